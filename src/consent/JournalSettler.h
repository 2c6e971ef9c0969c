#pragma once

#include "JournalEntry.h"
#include "graph/GraphError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class GraphClient;
class Journal;

/**
 * At start-up, settles journal intents that have no outcome (the process died between "about to send" and the
 * answer) by reading the tenant: does the object the write would have created exist now, does the object a PATCH
 * changed hold the new values, is the object a DELETE removed gone? The answer is appended as the entry's outcome
 * (Succeeded or NotApplied, settledBy "startup-check"), so Restore and the Activity view know the truth.
 *
 * Works from the request recorded in the entry (method, path, body), so it settles any write ConsentDesk journals
 * — grants here, revokes and restores too. Exchange writes (request.api "exchange") are settled only where a read
 * gives a sure answer: a removed policy or role assignment is gone or not, a policy holds the new description or
 * not. Creations and membership changes stay pending: what exists now cannot tell this write from an earlier one.
 * Entries of another tenant, and entries the tenant cannot answer for (a read failed), stay pending and are
 * reported.
 *
 * Only intents whose writer is gone are settled: another live ConsentDesk (the app, a CLI) may still be waiting for
 * the answer, and this process's own requests on their way are left alone too. The journal is re-read first, each
 * verdict is appended only if the entry is still pending then (Journal::recordSettledOutcome), and without a known
 * tenant nothing is settled at all — a verdict read from one tenant about another's write would be wrong.
 */
class JournalSettler : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int succeeded = 0;
        int notApplied = 0;
        QStringList unresolved; // entry ids left pending
        QStringList otherTenant; // entry ids of another tenant, not looked at
        QStringList stillRunning; // their writer is alive (another process, or this one's request on its way)
        QStringList otherComputer; // written on another computer: that computer settles them
        bool tenantUnknown = false; // no tenant set: nothing was settled
        int skipped = 0; // answered meanwhile (by the writer or another settler): not settled here
    };

    JournalSettler(GraphClient* client, Journal* journal, QObject* parent = nullptr);

    void setTenantId(const QString& tenantId) { m_tenantId = tenantId; } // empty: settle nothing (tenantUnknown)
    void settle(); // finished() follows, also when nothing is pending

    static QString settledBy() { return QStringLiteral("startup-check"); }

signals:
    void entrySettled(const QString& entryId, JournalEntry::Outcome outcome, const QString& reason);
    void finished(const JournalSettler::Summary& summary);

private:
    void next();

    QPointer<GraphClient> m_client;
    QPointer<Journal> m_journal;
    QString m_tenantId;
    QList<JournalEntry> m_queue;
    Summary m_summary;
};

Q_DECLARE_METATYPE(JournalSettler::Summary)
