#include "GrantExecutor.h"

#include "GrantPlanner.h"
#include "Journal.h"
#include "graph/GraphClient.h"
#include "log/Log.h"

#include <QTimer>
#include <QUuid>

GrantExecutor::GrantExecutor(GraphClient* client, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
    qRegisterMetaType<GrantExecution>();
    qRegisterMetaType<GrantExecution::Result>();
}

bool GrantExecutor::execute(const GrantPlan& plan)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_execution = {};
    m_execution.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_execution.plan = plan;
    for (int i = 0; i < plan.operations.size(); ++i) {
        GrantExecution::Result r;
        r.index = i;
        r.operation = plan.operations.at(i);
        m_execution.results.append(r);
    }
    m_variables.clear();
    m_next = 0;
    QTimer::singleShot(0, this, &GrantExecutor::runNext);
    return true;
}

QString GrantExecutor::explain(const PlannedOperation& operation, const GraphError& error)
{
    if (error.kind == GraphError::Kind::PermissionDenied) {
        if (operation.kind == PlannedOperation::Kind::CreateAppRoleAssignment && operation.needsPrivilegedRole) {
            return tr("Permission denied: granting Microsoft Graph application permissions needs the Privileged Role "
                      "Administrator or Global Administrator role (%1).")
                .arg(error.code);
        }
        return tr("Permission denied: your role does not allow this change (%1).").arg(error.code);
    }
    if (error.kind == GraphError::Kind::SignInRequired) {
        return tr("Sign-in needed: %1").arg(error.summary());
    }
    return error.summary();
}

void GrantExecutor::runNext()
{
    if (m_next >= m_execution.results.size()) {
        m_running = false;
        emit finished(m_execution);
        return;
    }
    const int index = m_next++;
    GrantExecution::Result& result = m_execution.results[index];
    if (result.status != GrantExecution::Result::Status::Pending) { // skipped already
        emit operationFinished(index, result);
        QTimer::singleShot(0, this, &GrantExecutor::runNext);
        return;
    }
    PlannedOperation operation;
    QString missing;
    if (!result.operation.substitute(m_variables, &operation, &missing)) {
        result.status = GrantExecution::Result::Status::Skipped;
        result.message = tr("Skipped: an object it needs (%1) was not created.").arg(missing);
        emit operationFinished(index, result);
        QTimer::singleShot(0, this, &GrantExecutor::runNext);
        return;
    }
    emit operationStarted(index, operation);
    if (operation.isCreation()) {
        send(index, operation);
    } else {
        readPrior(index, operation);
    }
}

void GrantExecutor::readPrior(int index, PlannedOperation operation)
{
    // The same path reads the object (GET …/appRoleAssignedTo/{id} included).
    GraphReply* reply = m_client->send(GraphRequest::get(operation.path));
    connect(reply, &GraphReply::finished, this, [this, reply, index, operation]() mutable {
        if (!reply->ok()) {
            GrantExecution::Result result = m_execution.results.at(index);
            result.operation = operation;
            result.status = GrantExecution::Result::Status::Failed;
            result.httpStatus = reply->error().httpStatus;
            result.error = reply->error();
            result.message = tr("Could not read the current state, nothing was changed: %1")
                                 .arg(explain(operation, reply->error()));
            complete(index, result);
            return;
        }
        QJsonObject prior = reply->json();
        prior.remove(QStringLiteral("@odata.context"));
        operation.prior = prior;
        if (operation.kind == PlannedOperation::Kind::UpdateGrantScope && operation.mergeWithCurrent) {
            const QStringList current = PermissionGrant::splitScopes(prior.value(QStringLiteral("scope")).toString());
            operation.resultingScopes = GrantPlanner::mergeScopes(current, operation.addedScopes);
            operation.body.insert(QStringLiteral("scope"), operation.resultingScopes.join(QLatin1Char(' ')));
        }
        if (operation.kind == PlannedOperation::Kind::UpdateGrantScope && operation.subtractFromCurrent) {
            subtractScopes(operation);
        }
        send(index, operation);
    });
}

void GrantExecutor::subtractScopes(PlannedOperation& operation)
{
    QStringList remaining;
    for (const auto& scope : PermissionGrant::splitScopes(operation.prior.value(QStringLiteral("scope")).toString())) {
        if (!operation.removedScopes.contains(scope, Qt::CaseInsensitive)) {
            remaining.append(scope);
        }
    }
    operation.resultingScopes = remaining;
    if (remaining.isEmpty()) {
        // Nothing left: the grant itself goes (an empty scope string would leave a grant that grants nothing).
        operation.kind = PlannedOperation::Kind::DeleteGrant;
        operation.method = "DELETE";
        operation.body = {};
        return;
    }
    operation.body.insert(QStringLiteral("scope"), remaining.join(QLatin1Char(' ')));
}

void GrantExecutor::send(int index, PlannedOperation operation)
{
    GrantExecution::Result result = m_execution.results.at(index);
    result.operation = operation;
    if (!m_client || !m_journal) {
        result.status = GrantExecution::Result::Status::Failed;
        result.message = tr("Not sent: no Graph client or journal.");
        complete(index, result);
        return;
    }

    const QString clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    JournalEntry entry;
    entry.tenantId = m_actor.tenantId;
    entry.actor = m_actor.upn;
    entry.actorId = m_actor.userId;
    entry.action = operation.action();
    entry.summary = operation.summary;
    entry.operationId = m_execution.operationId;
    entry.restoresEntryId = operation.restoresEntryId;
    entry.target = operation.target;
    entry.prior = operation.prior;
    entry.request = QJsonObject {{QStringLiteral("method"), QString::fromLatin1(operation.method)},
                                 {QStringLiteral("path"), operation.path},
                                 {QStringLiteral("body"), operation.body}};
    entry.clientRequestId = clientRequestId;
    QString journalError;
    if (!m_journal->recordIntent(entry, &journalError)) {
        // Without a durable intent nothing may be sent: stop here.
        result.status = GrantExecution::Result::Status::Failed;
        result.message = tr("Not sent: the journal could not record it (%1).").arg(journalError);
        m_execution.results[index] = result;
        emit operationFinished(index, result);
        skipRest(index + 1, tr("Skipped: the journal is not writable."));
        return;
    }
    result.journalEntryId = entry.id;

    GraphRequest request;
    request.method = operation.method;
    request.path = operation.path;
    request.body = operation.body;
    request.hasBody = operation.method == "POST" || operation.method == "PATCH" || operation.method == "PUT";
    // The journal knows this id before the request leaves, so a write can be matched to Graph's logs.
    request.headers.insert("client-request-id", clientRequestId.toLatin1());
    GraphReply* reply = m_client->send(request);
    connect(reply, &GraphReply::finished, this, [this, reply, index, result]() mutable {
        result.httpStatus = reply->ok() ? reply->statusCode() : reply->error().httpStatus;
        QJsonObject body = reply->json();
        body.remove(QStringLiteral("@odata.context"));
        if (reply->ok()) {
            result.status = GrantExecution::Result::Status::Succeeded;
            result.result = body;
            if (!result.operation.produces.isEmpty()) {
                m_variables.insert(result.operation.produces, body.value(QStringLiteral("id")).toString());
            }
            m_journal->recordReply(result.journalEntryId, {}, result.httpStatus, body);
        } else {
            result.status = GrantExecution::Result::Status::Failed;
            result.error = reply->error();
            result.message = explain(result.operation, reply->error());
            m_journal->recordReply(result.journalEntryId, reply->error(), result.httpStatus, {});
        }
        complete(index, result);
    });
}

void GrantExecutor::complete(int index, GrantExecution::Result result)
{
    m_execution.results[index] = result;
    Log::get("consent")->info("{} {}: {}",
                              result.operation.action(),
                              GrantExecution::Result::statusName(result.status),
                              result.operation.summary);
    emit operationFinished(index, result);
    if (result.status == GrantExecution::Result::Status::Failed && m_policy == FailurePolicy::StopAtFirstFailure) {
        skipRest(index + 1, tr("Skipped: an earlier change failed."));
        return;
    }
    QTimer::singleShot(0, this, &GrantExecutor::runNext);
}

void GrantExecutor::skipRest(int from, const QString& message)
{
    for (int i = from; i < m_execution.results.size(); ++i) {
        auto& r = m_execution.results[i];
        if (r.status == GrantExecution::Result::Status::Pending) {
            r.status = GrantExecution::Result::Status::Skipped;
            r.message = message;
        }
    }
    m_next = int(m_execution.results.size());
    // Report the skipped ones, then finish.
    for (int i = from; i < m_execution.results.size(); ++i) {
        emit operationFinished(i, m_execution.results.at(i));
    }
    QTimer::singleShot(0, this, &GrantExecutor::runNext);
}
