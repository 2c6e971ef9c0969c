#pragma once

#include "Actor.h"
#include "TenantChange.h"
#include "TenantWrite.h"
#include "WritePlan.h"
#include "WriteRun.h"
#include "consent/Journal.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

template<typename T> class QPromise;

/**
 * The one journaled runner of tenant writes, for Graph and Exchange plans alike, behind every front end (the GUI's
 * PlanRunner, the CLI's CliPlanRunner). It runs a WritePlan one write at a time, in plan order:
 *
 *  1. substitute the ids of objects created earlier in the run (a write whose creator failed is skipped);
 *  2. prepare: re-read what the write changes, so the journal holds the real prior state — and a grant's scope is
 *     merged with (or subtracted from) the live grant, never losing a scope added since the preview; when the read
 *     fails nothing is sent;
 *  3. record the intent in the Journal, fsynced, BEFORE sending — its id is the request's client-request-id; when
 *     that fails nothing is sent and the run stops;
 *  4. send, and record the reply (Journal::recordReply);
 *  4a. when the answer was lost (a dropped connection, a timeout: the write may or may not have been made) or was a
 *     server error (5xx: Graph may have made the change before failing; a 504 is treated as a lost answer), read that
 *     one object back (WriteVerifier, TenantWrite::verify) at once: made — recorded as made; not made — recorded so,
 *     and sent again under a new intent that names the lost one (JournalEntry::resendsEntryId), at most
 *     maxSendsOfALostWrite() times; a read that fails on the way is tried again (setReadBackDelays); still no sure
 *     answer — the entry stays Pending for JournalSettler. A 5xx other than 504 that did not make the change is not
 *     sent again: the result says the change was not made;
 *  5. after a failure: skip the writes that depend on it, or all the rest (PlanHeader::FailurePolicy).
 *
 * applied() tells after every write that reached the service which kinds of tenant state changed. One run at a time;
 * WriteRun::rollbackPlan() undoes what a run made. Only this class records journal intents.
 */
class WriteRunner : public QObject
{
    Q_OBJECT

public:
    WriteRunner(const TenantWrite::Channel& channel, Journal* journal, QObject* parent = nullptr);
    ~WriteRunner() override;

    bool hasJournal() const { return m_journal != nullptr; }
    bool isRunning() const { return m_running; }
    const WriteRun& current() const { return m_run; } // the run so far (the last one once it finished)

    // Starts on the next turn of the event loop; the future finishes with every write's result. While a run is
    // going, another is refused: its writes come back skipped, nothing sent.
    QFuture<WriteRun> run(const WritePlan& plan, const Actor& actor);

    static QString readBackSettledBy() { return QStringLiteral("read-back"); } // JournalEntry::settledBy
    static int maxSendsOfALostWrite() { return 3; }
    // How long to wait before reading a lost write back again when a read fails on the way; one more read per delay.
    void setReadBackDelays(const QList<int>& delaysMs);

signals:
    void operationStarted(int index, int count, const QString& summary);
    void operationFinished(const WriteRun::Result& result);
    // A write reached the service (succeeded, or its outcome is unknown): this state may have changed.
    void applied(TenantChanges changes);

private:
    void runNext();
    // Reads the prior state, then sends; a read that failed on the way (a token refresh, throttling, a 5xx, the
    // network) is made again after the read-back delays before the change is given up as not made.
    void prepareAndSend(int index, const std::shared_ptr<TenantWrite>& operation, int read = 1);
    void send(int index, const std::shared_ptr<TenantWrite>& operation, const QString& resends = {}, int attempt = 1);
    void readBack(WriteRun::Result lost,
                  const std::shared_ptr<TenantWrite>& operation,
                  const JournalEntry& entry,
                  int attempt,
                  int read);
    void complete(WriteRun::Result result);
    void skipRest(int from, const QString& message);

    TenantWrite::Channel m_channel;
    QPointer<Journal> m_journal;
    Actor m_actor;
    WriteRun m_run;
    QHash<QString, QString> m_variables;
    std::unique_ptr<QPromise<WriteRun>> m_promise;
    int m_next = 0;
    bool m_running = false;
    QList<int> m_readBackDelaysMs {2000, 8000}; // a read-back that failed on the way is tried again after these
};
