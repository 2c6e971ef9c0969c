#include "BackgroundSaveFile.h"

#include <QMetaObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {

constexpr qsizetype kPiece = 256 * 1024; // a write per piece: few tasks, little held

} // namespace

BackgroundSaveFile::BackgroundSaveFile(const QString& path, QObject* parent)
    : QObject(parent)
    , m_file(std::make_unique<QSaveFile>(path))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the one thread stays until the file is done
}

BackgroundSaveFile::~BackgroundSaveFile()
{
    m_pool.waitForDone();
    // QSaveFile's destructor removes the temporary file of a file never committed.
}

bool BackgroundSaveFile::open(QString* error)
{
    if (m_file->open(QIODevice::WriteOnly)) {
        return true;
    }
    if (error) {
        *error = m_file->errorString();
    }
    return false;
}

void BackgroundSaveFile::write(const QByteArray& bytes)
{
    if (m_ended || m_failed.load()) {
        return;
    }
    m_buffer.append(bytes);
    if (m_buffer.size() >= kPiece) {
        handOver();
    }
}

void BackgroundSaveFile::handOver()
{
    if (m_buffer.isEmpty()) {
        return;
    }
    m_pool.start([this, piece = std::exchange(m_buffer, {})] {
        // The destructor waits for this task, so the file is still there.
        if (m_failed.load()) {
            return;
        }
        if (m_file->write(piece) != piece.size()) {
            m_failed.store(true);
            const QString error = m_file->errorString();
            // Posted to this: destroyed first, Qt drops the call.
            QMetaObject::invokeMethod(
                this, [this, error] { emit writeFailed(error); }, Qt::QueuedConnection);
        }
    });
}

QFuture<QString> BackgroundSaveFile::commit()
{
    if (!m_failed.load()) {
        handOver();
    }
    m_ended = true;
    m_buffer.clear();
    return QtConcurrent::run(&m_pool, [this]() -> QString {
        if (m_failed.load()) {
            const QString error = m_file->errorString();
            m_file->cancelWriting();
            m_file->commit(); // removes the temporary file
            return error;
        }
        return m_file->commit() ? QString() : m_file->errorString();
    });
}

QFuture<QString> BackgroundSaveFile::discard()
{
    m_ended = true;
    m_buffer.clear();
    return QtConcurrent::run(&m_pool, [this]() -> QString {
        m_file->cancelWriting();
        m_file->commit(); // refused on purpose: removes the temporary file, leaves nothing under the name
        return QString();
    });
}
