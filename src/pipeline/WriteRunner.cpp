#include "WriteRunner.h"

#include "async/Async.h"
#include "consent/Journal.h"
#include "consent/WriteVerifier.h"
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
    prepareAndSend(index, operation);
}

namespace {

// A 5xx: the server answered, but failing, which does not tell whether the write was made (Journal::isOutcomeUnknown).
bool serverFailed(const GraphError& error)
{
    return error.kind == GraphError::Kind::Http && error.httpStatus >= 500;
}

// A read that failed on the way (the network, throttling, a server error, a token that could not be had) may work a
// moment later; one that cannot decide (an Exchange creation, a refused read) will not.
bool worthReadingAgain(const GraphError& error)
{
    switch (error.kind) {
    case GraphError::Kind::Network:
    case GraphError::Kind::Timeout:
    case GraphError::Kind::Throttled:
    case GraphError::Kind::TokenEndpoint:
        return true;
    case GraphError::Kind::Http:
        return error.httpStatus == 0 || error.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace

void WriteRunner::prepareAndSend(int index, const std::shared_ptr<TenantWrite>& operation, int read)
{
    // A read the transport dropped (its reply went with the client) is a failed read, never silence: the run goes on.
    QFuture<TenantWrite::Prepared> reading = operation->prepare(m_channel).onCanceled([] {
        return TenantWrite::Prepared {nullptr, GraphError::make(GraphError::Kind::Cancelled, tr("Cancelled.")), {}};
    });
    Async::then(reading, this, [this, index, operation, read](const TenantWrite::Prepared& prepared) {
        if (prepared.operation) {
            send(index, prepared.operation);
            return;
        }
        // Nothing was sent: reading again is safe, and a refresh or a refusal on the way may be over in a moment
        // (found by the fault matrix: bulk revoke, fault-seed 6, a token refresh answered 503).
        if (read <= m_readBackDelaysMs.size() && worthReadingAgain(prepared.error)) {
            Log::get("pipeline")->warn("reading the prior state failed ({}), reading again", prepared.error.summary());
            QTimer::singleShot(m_readBackDelaysMs.at(read - 1), this, [this, index, operation, read] {
                prepareAndSend(index, operation, read + 1);
            });
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

void WriteRunner::send(int index, const std::shared_ptr<TenantWrite>& operation, const QString& resends, int attempt)
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
    entry.resendsEntryId = resends;
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
    Async::then(sending, this, [this, result, operation, entry, attempt](TenantWrite::Reply reply) {
        WriteRun::Result done = result;
        done.httpStatus = reply.httpStatus;
        done.error = reply.error;
        if (!reply.error) {
            done.status = Status::Succeeded;
            done.result = reply.result;
            if (attempt > 1) {
                done.message = tr("The connection dropped before the answer came. ConsentDesk read the tenant back, "
                                  "found the change not made, and sent it again: it was made.");
            }
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
        if (m_journal && Journal::isOutcomeUnknown(reply.error)) {
            readBack(done, operation, entry, attempt, 1);
            return;
        }
        complete(done);
    });
}

void WriteRunner::setReadBackDelays(const QList<int>& delaysMs)
{
    m_readBackDelaysMs = delaysMs;
}

void WriteRunner::readBack(WriteRun::Result lost,
                           const std::shared_ptr<TenantWrite>& operation,
                           const JournalEntry& entry,
                           int attempt,
                           int read)
{
    using State = WriteVerifier::Verdict::State;
    Log::get("pipeline")
        ->warn("{}: no sure answer ({}), reading the tenant (read {})", entry.id, lost.error.summary(), read);
    // As the transport's: a verdict it dropped is no verdict.
    QFuture<WriteVerifier::Verdict> reading = operation->verify(m_channel, entry).onCanceled([] {
        return WriteVerifier::Verdict {
            State::Unknown, {}, {}, GraphError::make(GraphError::Kind::Cancelled, tr("Cancelled."))};
    });
    Async::then(reading, this, [this, lost, operation, entry, attempt, read](const WriteVerifier::Verdict& verdict) {
        WriteRun::Result done = lost;
        // A server error (5xx) rather than a lost answer: the server failed, maybe after making the change.
        const bool answered = serverFailed(lost.error);
        const QString answer = answered
                                   ? tr("The service answered HTTP %1 (%2).")
                                         .arg(lost.error.httpStatus)
                                         .arg(lost.error.message.isEmpty() ? lost.error.summary() : lost.error.message)
                                   : QString();
        // Records the verdict on the lost entry; false when the journal could not take it (answered meanwhile is fine).
        const auto record = [&](JournalEntry::Outcome outcome) {
            QString error;
            if (m_journal
                && !m_journal->recordSettledOutcome(
                    entry.id, outcome, verdict.result, verdict.reason, readBackSettledBy(), &error)) {
                Log::get("pipeline")
                    ->warn("{}: the read-back verdict was not recorded: {}",
                           entry.id,
                           error.isEmpty() ? std::string("answered meanwhile") : error.toStdString());
                return error.isEmpty();
            }
            return true;
        };
        switch (verdict.state) {
        case State::Applied:
            record(JournalEntry::Outcome::Succeeded);
            done.status = WriteRun::Result::Status::Succeeded;
            done.error = {};
            done.httpStatus = 0;
            done.result = verdict.result;
            if (answered) {
                done.message = answer + QLatin1Char(' ')
                               + tr("ConsentDesk read the tenant back: the change was made, so it is recorded as "
                                    "made.");
            } else {
                done.message = attempt > 1 ? tr("The connection dropped before the answer came, on the first try "
                                                "and again when ConsentDesk sent the change once more. ConsentDesk "
                                                "read the tenant back: the change was made, once.")
                                           : tr("The connection dropped before the answer came. ConsentDesk read the "
                                                "tenant back: the change was made.");
            }
            if (!operation->producedVariable().isEmpty()) {
                m_variables.insert(operation->producedVariable(),
                                   verdict.result.value(QStringLiteral("id")).toString());
            }
            complete(done);
            return;
        case State::NotApplied:
            if (!record(JournalEntry::Outcome::NotApplied)) {
                // Sending again while the journal still says "maybe" would leave two entries claiming one change.
                done.message = tr("The connection dropped before the answer came. ConsentDesk read the tenant back "
                                  "and the change was not made, but the journal could not record that, so it was not "
                                  "sent again. Nothing changed; try again once the journal is writable.");
                complete(done);
                return;
            }
            if (answered && lost.error.httpStatus != 504) {
                // The server refused with an error of its own: sending the same again is the admin's call.
                done.message = answer + QLatin1Char(' ')
                               + tr("ConsentDesk read the tenant back: the change was not made. Nothing changed; try "
                                    "again later.");
                complete(done);
                return;
            }
            if (attempt < maxSendsOfALostWrite()) {
                // Not made: sent again as a write of its own, journaled first, naming the one that was lost.
                send(done.index, operation, entry.id, attempt + 1);
                return;
            }
            done.message = tr("The connection dropped every time the change was sent (%n time(s)). ConsentDesk read "
                              "the tenant back after each: the change was not made. Nothing changed; check the "
                              "network connection and try again.",
                              nullptr,
                              attempt);
            complete(done);
            return;
        case State::Unknown:
            if (read <= m_readBackDelaysMs.size() && worthReadingAgain(verdict.error)) {
                QTimer::singleShot(
                    m_readBackDelaysMs.at(read - 1), this, [this, lost, operation, entry, attempt, read] {
                        readBack(lost, operation, entry, attempt, read + 1);
                    });
                return;
            }
            if (answered) {
                done.message = answer + QLatin1Char(' ')
                               + tr("That does not say whether the change was made, and ConsentDesk could not read "
                                    "the tenant back to check (%1). It stays pending in the activity journal until "
                                    "ConsentDesk can check it. Look at Activity before trying again.")
                                     .arg(verdict.error.summary());
            } else {
                done.message = tr("The connection dropped before the answer came, and ConsentDesk could not read the "
                                  "tenant back to check (%1). Whether the change was made is not known: it stays "
                                  "pending in the activity journal until ConsentDesk can check it. Look at Activity "
                                  "before trying again.")
                                   .arg(verdict.error.summary());
            }
            complete(done);
            return;
        }
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
