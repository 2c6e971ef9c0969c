#pragma once

#include "GrantExecution.h"
#include "GrantPlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class GraphClient;
class Journal;

/**
 * Runs a GrantPlan (grant, block or rollback) through GraphClient, one write at a time, in plan order.
 *
 * For each operation: substitute the ids of objects created earlier; re-read the object it changes (PATCH/DELETE)
 * so the journal holds the real prior state — and a grant's scope is merged with what is there *now*, never
 * losing a scope added since the preview; record the intent in the Journal (fsynced) BEFORE sending — when that
 * fails nothing is sent and the run stops; send; record the outcome.
 *
 * A revoke's scope removal (subtractFromCurrent) is computed the same way from the live grant: a scope added since
 * the preview is kept, and the PATCH becomes a DELETE when no scope would remain.
 *
 * On failure: by default the operations that need an object that failed to be created are skipped and the others
 * still run (a 403 on a Microsoft Graph app role must not cost the delegated grant); StopAtFirstFailure skips all
 * the rest. GrantPlanner::planRollback(execution()) then undoes what succeeded.
 */
class GrantExecutor : public QObject
{
    Q_OBJECT

public:
    enum class FailurePolicy { SkipDependents, StopAtFirstFailure };

    struct Actor
    {
        QString tenantId;
        QString upn;
        QString userId;
    };

    GrantExecutor(GraphClient* client, Journal* journal, QObject* parent = nullptr);

    void setActor(const Actor& actor) { m_actor = actor; }
    void setFailurePolicy(FailurePolicy policy) { m_policy = policy; }
    FailurePolicy failurePolicy() const { return m_policy; }

    // Starts the run; finished() follows (also for an empty plan). One run at a time: false when busy.
    bool execute(const GrantPlan& plan);
    bool isRunning() const { return m_running; }
    const GrantExecution& execution() const { return m_execution; }

    // Why a failed write failed, in an admin's words (403 on a Microsoft Graph app role names the missing role).
    static QString explain(const PlannedOperation& operation, const GraphError& error);

signals:
    void operationStarted(int index, const PlannedOperation& operation);
    void operationFinished(int index, const GrantExecution::Result& result);
    void finished(const GrantExecution& execution);

private:
    void runNext();
    void readPrior(int index, PlannedOperation operation);
    void send(int index, PlannedOperation operation);
    static void subtractScopes(PlannedOperation& operation); // revoke: current scopes minus removedScopes
    void complete(int index, GrantExecution::Result result);
    void skipRest(int from, const QString& message);

    QPointer<GraphClient> m_client;
    QPointer<Journal> m_journal;
    Actor m_actor;
    FailurePolicy m_policy = FailurePolicy::SkipDependents;
    GrantExecution m_execution;
    QHash<QString, QString> m_variables;
    int m_next = 0;
    bool m_running = false;
};
