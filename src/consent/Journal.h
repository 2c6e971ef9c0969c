#pragma once

#include "JournalEntry.h"
#include "graph/GraphError.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>

class QFileSystemWatcher;

/**
 * The write-ahead journal of every tenant write: an append-only JSON-lines file, owner-readable only.
 *
 * Each write is recorded as an "intent" line — fsynced to disk BEFORE the request goes out — and later an
 * "outcome" line. If the process dies in between, the intent stays pending and is settled at the next start
 * by reading the tenant (JournalSettler). Nothing is ever rewritten or deleted, so the file is also the
 * audit trail the Activity view shows and the source of every Restore.
 *
 * Several processes share the file (the app and CLIs, or two CLIs): every append and every settling outcome happens
 * under a lock file beside it (QLockFile, "<journal>.lock"; a holder that died leaves a stale lock that is taken
 * over), a line is never appended to a fragment another writer left, each intent names its writer (JournalWriter)
 * so only a dead writer's intents are settled, and the file is re-read when another process changes it. An outcome
 * from a real response wins over one from settling, whichever comes first in the file.
 */
class Journal : public QObject
{
    Q_OBJECT

public:
    explicit Journal(const QString& path, QObject* parent = nullptr);
    ~Journal() override;

    static QString defaultPath(); // AppLocalDataLocation/journal/consentdesk-journal.jsonl

    // Creates the file (0600) and folder (0700) if needed, loads it, and from then on re-reads it (debounced) when
    // another process changes it — changed() follows.
    bool open(QString* error = nullptr);
    bool reload(QString* error = nullptr); // re-reads the file (another process may have appended)
    QString path() const { return m_path; }

    // Records the intent durably. Returns false (and the write must NOT be sent) when it could not be stored.
    bool recordIntent(JournalEntry& entry, QString* error = nullptr); // fills id and time when empty
    bool recordOutcome(const QString& entryId,
                       JournalEntry::Outcome outcome,
                       int httpStatus,
                       const QJsonObject& result,
                       const QString& errorText,
                       const QString& settledBy,
                       QString* error = nullptr);

    // The outcome of a sent write from its reply: Succeeded with the result, Failed with the error — except after a
    // network failure or timeout, when the write may or may not have happened: the entry then stays Pending for
    // JournalSettler to decide by reading the tenant. Every executor records replies through here.
    bool recordReply(const QString& entryId,
                     const GraphError& error,
                     int httpStatus,
                     const QJsonObject& result,
                     QString* journalError = nullptr);
    static bool isOutcomeUnknown(const GraphError& error);

    // For JournalSettler: appends an outcome settled by reading the tenant, under the lock and only if the file still
    // has the entry pending (its writer may have answered meanwhile, or another process settled it first). Returns
    // false with an empty *error when it was no longer pending.
    bool recordSettledOutcome(const QString& entryId,
                              JournalEntry::Outcome outcome,
                              const QJsonObject& result,
                              const QString& reason,
                              const QString& settledBy,
                              QString* error = nullptr);
    // An intent this process recorded (through any Journal object) whose reply has not come yet: its request may
    // still be on its way.
    static bool isInFlight(const QString& entryId);
    QString lockPath() const { return m_path + QStringLiteral(".lock"); }
    void setLockTimeout(int ms) { m_lockTimeoutMs = ms; } // how long an append waits for another writer; default 10 s

    QList<JournalEntry> entries() const; // oldest first
    QList<JournalEntry> pending() const;
    const JournalEntry* entry(const QString& id) const;
    int skippedLines() const { return m_skippedLines; } // unreadable lines (e.g. a write cut short by a crash)

signals:
    void changed();

private:
    bool appendLine(const QJsonObject& object, QString* error);
    bool appendUnlocked(const QJsonObject& object, QString* error);
    bool readUnlocked(QString* error);
    // Runs `work` holding the lock file; false (and *error) when the lock could not be had in time.
    bool withLock(const std::function<bool()>& work, QString* error);
    void onFileChanged();

    QString m_path;
    QList<JournalEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    int m_skippedLines = 0;
    QLockFile m_lock;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_reloadDebounce;
    int m_lockTimeoutMs = 10000;
    qint64 m_knownSize = -1; // the file's size after our last read or append: a change notice of our own is skipped
};
