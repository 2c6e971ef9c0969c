#pragma once

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QSaveFile;

/**
 * A QSaveFile written on a thread of its own: the GUI thread hands over bytes and goes on, while the writes and the
 * end of the file — commit()'s flush, fsync and rename take a hundred milliseconds and more for a report of tens of
 * megabytes — never hold up its event loop. Bytes are gathered into pieces of a few hundred kilobytes and written in
 * the order given. Once a write fails the rest are dropped and writeFailed() follows (on this object's thread).
 * As with QSaveFile, the file appears under its name only when commit() succeeds.
 */
class BackgroundSaveFile : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundSaveFile(const QString& path, QObject* parent = nullptr);
    ~BackgroundSaveFile() override; // waits for the work handed over; a file never committed is discarded

    bool open(QString* error); // at once, on the caller's thread: a folder that cannot be written is said right away
    void write(const QByteArray& bytes);
    bool hasFailed() const { return m_failed.load(); }
    // Ends the file: the future gives an empty text when it is saved under its name, else why it is not. discard()
    // leaves nothing under the name (the temporary file is removed).
    QFuture<QString> commit();
    QFuture<QString> discard();

signals:
    void writeFailed(const QString& error);

private:
    void handOver(); // the gathered bytes to the writing thread

    QThreadPool m_pool; // one thread: the pieces are written in order
    std::unique_ptr<QSaveFile> m_file; // used by the writing thread only once open
    QByteArray m_buffer;
    std::atomic<bool> m_failed {false};
    bool m_ended = false;
};
