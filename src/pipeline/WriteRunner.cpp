#include "WriteRunner.h"

#include "async/Async.h"
#include "consent/Journal.h"
#include "log/Log.h"

#include <QPromise>
#include <QTimer>
#include <QUuid>

namespace {

using Status = WriteRun::Result::Status;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

WriteRunner::WriteRunner(const TenantWrite::Channel& channel, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_channel(channel)
    , m_journal(journal)
{
    qRegisterMetaType<WriteRun>();
    qRegisterMetaType<WriteRun::Result>();
    qRegisterMetaType<TenantChanges>();
}

WriteRunner::~WriteRunner() = default;

QFuture<WriteRun> WriteRunner::run(const WritePlan& plan, const Actor& actor)
{
    WriteRun run;
    run.operationId = newId();
    run.plan = plan;
    for (int i = 0; i < plan.operations.size(); ++i) {
        WriteRun::Result r;
        r.index = i;
        r.operation = plan.operations.at(i);
        run.results.append(r);
    }
    if (m_running) {
        // Two runs at once would interleave their journal entries and their variables: refuse, send nothing.
        for (auto& r : run.results) {
            r.status = Status::Skipped;
            r.message = tr("Not sent: another change is still running.");
        }
        QPromise<WriteRun> refused;
        refused.start();
        refused.addResult(run);
        refused.finish();
        return refused.future();
    }
    m_running = true;
    m_run = run;
    m_actor = actor;
    m_variables.clear();
    m_next = 0;
    m_promise = std::make_unique<QPromise<WriteRun>>();
    m_promise->start();
    QTimer::singleShot(0, this, &WriteRunner::runNext);
    return m_promise->future();
}

void WriteRunner::runNext()
{
    if (m_next >= m_run.results.size()) {
        m_running = false;
        auto promise = std::move(m_promise);
        promise->addResult(m_run);
        promise->finish();
        return;
    }
    const int index = m_next++;
    const WriteRun::Result& result = m_run.results.at(index);
    if (result.status != Status::Pending) { // skipped already
        emit operationFinished(result);
        QTimer::singleShot(0, this, &WriteRunner::runNext);
        return;
    }
    std::shared_ptr<TenantWrite> operation = result.operation->clone();
    QString missing;
    if (!operation->resolve(m_variables, &missing)) {
        WriteRun::Result skipped = result;
        skipped.status = Status::Skipped;
        skipped.message = tr("Skipped: an object it needs (%1) was not created.").arg(missing);
        m_run.results[index] = skipped;
        emit operationFinished(skipped);
        QTimer::singleShot(0, this, &WriteRunner::runNext);
        return;
    }
    emit operationStarted(index, int(m_run.results.size()), operation->summary);
    // A read the transport dropped (its reply went with the client) is a failed read, never silence: the run goes on.
    QFuture<TenantWrite::Prepared> reading = operation->prepare(m_channel).onCanceled([] {
        return TenantWrite::Prepared {nullptr, GraphError::make(GraphError::Kind::Cancelled, tr("Cancelled.")), {}};
    });
    Async::then(reading, this, [this, index, operation](const TenantWrite::Prepared& prepared) {
        if (prepared.operation) {
            send(index, prepared.operation);
            return;
        }
        WriteRun::Result failed = m_run.results.at(index);
        failed.operation = operation;
        failed.status = Status::Failed;
        failed.error = prepared.error;
        failed.httpStatus = failed.error.httpStatus;
        failed.message = !prepared.message.isEmpty() ? prepared.message
                                                     : tr("Could not read the current state, nothing was changed: %1")
                                                           .arg(operation->explain(failed.error));
        complete(failed);
    });
}

void WriteRunner::send(int index, const std::shared_ptr<TenantWrite>& operation)
{
    WriteRun::Result result = m_run.results.at(index);
    result.operation = operation;
    if (!m_journal) {
        result.status = Status::Failed;
        result.message = tr("Not sent: there is no activity journal, and ConsentDesk never changes a tenant without "
                            "recording the change first.");
        m_run.results[index] = result;
        emit operationFinished(result);
        skipRest(index + 1, tr("Skipped: the journal is not writable."));
        return;
    }

    JournalEntry entry;
    // The entry's id is the request's client-request-id: the journal knows it before the request leaves, so a
    // write can be matched to the service's logs.
    entry.id = newId();
    entry.clientRequestId = entry.id;
    entry.tenantId = m_actor.tenantId;
    entry.actor = m_actor.upn;
    entry.actorId = m_actor.userId;
    entry.action = operation->action();
    entry.summary = operation->summary;
    entry.operationId = m_run.operationId;
    entry.restoresEntryId = operation->restoresEntryId;
    entry.target = operation->target;
    entry.prior = operation->prior;
    entry.request = operation->journalRequest();
    QString journalError;
    if (!m_journal->recordIntent(entry, &journalError)) {
        // Without a durable intent nothing may be sent: stop here.
        result.status = Status::Failed;
        result.message = tr("Not sent: the journal could not record it (%1).").arg(journalError);
        m_run.results[index] = result;
        emit operationFinished(result);
        skipRest(index + 1, tr("Skipped: the journal is not writable."));
        return;
    }
    result.journalEntryId = entry.id;
    m_run.results[index] = result;

    // The transport went away with the request in flight (its reply was dropped unanswered): it may or may not have
    // been applied — a network failure, never silence.
    QFuture<TenantWrite::Reply> sending = operation->send(m_channel, entry.id).onCanceled([] {
        return TenantWrite::Reply {
            GraphError::network(tr("The connection was closed before an answer came.")), 0, {}, {}};
    });
    Async::then(sending, this, [this, result, operation](TenantWrite::Reply reply) {
        WriteRun::Result done = result;
        done.httpStatus = reply.httpStatus;
        done.error = reply.error;
        if (!reply.error) {
            done.status = Status::Succeeded;
            done.result = reply.result;
            if (!operation->producedVariable().isEmpty()) {
                m_variables.insert(operation->producedVariable(), reply.createdId);
            }
        } else {
            done.status = Status::Failed;
            done.message = operation->explain(reply.error);
        }
        if (m_journal) {
            m_journal->recordReply(done.journalEntryId, reply.error, reply.httpStatus, reply.result);
        }
        if (done.succeeded() || Journal::isOutcomeUnknown(reply.error)) {
            emit applied(operation->changes());
        }
        complete(done);
    });
}

void WriteRunner::complete(WriteRun::Result result)
{
    m_run.results[result.index] = result;
    Log::get("pipeline")
        ->info("{} {}: {}",
               result.operation->action(),
               WriteRun::Result::statusName(result.status),
               result.operation->summary);
    emit operationFinished(result);
    if (result.status == Status::Failed && m_run.plan.failurePolicy == PlanHeader::FailurePolicy::StopAtFirstFailure) {
        skipRest(result.index + 1, tr("Skipped: an earlier change failed."));
        return;
    }
    QTimer::singleShot(0, this, &WriteRunner::runNext);
}

void WriteRunner::skipRest(int from, const QString& message)
{
    for (int i = from; i < m_run.results.size(); ++i) {
        auto& r = m_run.results[i];
        if (r.status == Status::Pending) {
            r.status = Status::Skipped;
            r.message = message;
        }
    }
    // runNext reports each skipped write, then finishes.
    QTimer::singleShot(0, this, &WriteRunner::runNext);
}
