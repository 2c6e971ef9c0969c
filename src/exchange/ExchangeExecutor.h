#pragma once

#include "ExchangeExecution.h"
#include "ExchangePlan.h"

#include <QObject>
#include <QPointer>

class ExchangeAdminClient;
class Journal;

/**
 * Runs an ExchangePlan through ExchangeAdminClient, one cmdlet at a time, in plan order, journaled like every
 * tenant write: re-read what a Set/Remove changes (the journal keeps the real prior state), record the intent in
 * the Journal (fsynced) BEFORE sending — when that fails nothing is sent — send, record the outcome.
 *
 * The journal entry's request is {"api":"exchange","method":"POST","path":"/InvokeCommand","cmdlet","parameters",
 * "powerShell"}, its result {"rows": the cmdlet's output} (a new policy's Identity, a new role assignment's Name:
 * what ExchangeRestorePlanner needs to undo a creation); JournalSettler settles such entries only where reading
 * Exchange gives a sure answer (removals, description changes) and leaves the rest pending, the safe answer.
 * Steps of a recipe depend on each other (group before members before policy): the first failure skips the rest.
 */
class ExchangeExecutor : public QObject
{
    Q_OBJECT

public:
    struct Actor
    {
        QString tenantId;
        QString upn;
        QString userId;
    };

    ExchangeExecutor(ExchangeAdminClient* client, Journal* journal, QObject* parent = nullptr);

    void setActor(const Actor& actor) { m_actor = actor; }
    bool execute(const ExchangePlan& plan); // false when busy; finished() follows
    bool isRunning() const { return m_running; }
    const ExchangeExecution& execution() const { return m_execution; }

signals:
    void operationStarted(int index, const ExchangeOperation& operation);
    void operationFinished(int index, const ExchangeExecution::Result& result);
    void finished(const ExchangeExecution& execution);

private:
    void runNext();
    void readPrior(int index);
    void send(int index);
    void complete(int index, const ExchangeExecution::Result& result);

    QPointer<ExchangeAdminClient> m_client;
    QPointer<Journal> m_journal;
    Actor m_actor;
    ExchangeExecution m_execution;
    int m_next = 0;
    bool m_running = false;
};
