#pragma once

#include "JournalEntry.h"
#include "graph/GraphError.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

/**
 * The write-ahead journal of every tenant write: an append-only JSON-lines file, owner-readable only.
 *
 * Each write is recorded as an "intent" line — fsynced to disk BEFORE the request goes out — and later an
 * "outcome" line. If the process dies in between, the intent stays pending and is settled at the next start
 * by reading the tenant (JournalSettler). Nothing is ever rewritten or deleted, so the file is also the
 * audit trail the Activity view shows and the source of every Restore.
 */
class Journal : public QObject
{
    Q_OBJECT

public:
    explicit Journal(const QString& path, QObject* parent = nullptr);
    ~Journal() override;

    static QString defaultPath(); // AppLocalDataLocation/journal/consentdesk-journal.jsonl

    bool open(QString* error = nullptr); // creates the file (0600) and folder (0700) if needed, then loads it
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

    QList<JournalEntry> entries() const; // oldest first
    QList<JournalEntry> pending() const;
    const JournalEntry* entry(const QString& id) const;
    int skippedLines() const { return m_skippedLines; } // unreadable lines (e.g. a write cut short by a crash)

signals:
    void changed();

private:
    bool appendLine(const QJsonObject& object, QString* error);
    bool ensureOpenForAppend(QString* error);

    QString m_path;
    QFile m_file;
    QList<JournalEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    int m_skippedLines = 0;
    bool m_needsNewline = false;
};
