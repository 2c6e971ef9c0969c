#include "ExchangeExecutor.h"

#include "ExchangeAdminClient.h"
#include "consent/Journal.h"

#include <QTimer>
#include <QUuid>

ExchangeExecutor::ExchangeExecutor(ExchangeAdminClient* client, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
    qRegisterMetaType<ExchangeExecution>();
}

bool ExchangeExecutor::execute(const ExchangePlan& plan)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_execution = {};
    m_execution.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_execution.plan = plan;
    for (int i = 0; i < plan.operations.size(); ++i) {
        ExchangeExecution::Result r;
        r.index = i;
        r.operation = plan.operations.at(i);
        m_execution.results.append(r);
    }
    m_next = 0;
    QTimer::singleShot(0, this, &ExchangeExecutor::runNext);
    return true;
}

void ExchangeExecutor::runNext()
{
    if (m_next >= m_execution.results.size()) {
        m_running = false;
        emit finished(m_execution);
        return;
    }
    const int index = m_next++;
    auto& result = m_execution.results[index];
    if (result.status == ExchangeExecution::Result::Status::Skipped) {
        emit operationFinished(index, result);
        QTimer::singleShot(0, this, &ExchangeExecutor::runNext);
        return;
    }
    emit operationStarted(index, result.operation);
    readPrior(index);
}

void ExchangeExecutor::readPrior(int index)
{
    using K = ExchangeOperation::Kind;
    const ExchangeOperation& op = m_execution.results.at(index).operation;
    QString reader;
    if (op.kind == K::SetPolicyDescription || op.kind == K::RemovePolicy) {
        reader = QStringLiteral("Get-ApplicationAccessPolicy");
    } else if (op.kind == K::RemoveRoleAssignment) {
        reader = QStringLiteral("Get-ManagementRoleAssignment");
    }
    if (reader.isEmpty() || !m_client) {
        if (op.kind == K::RemoveGroupMember) {
            // What an undo needs: the same pair, added back.
            m_execution.results[index].operation.prior = op.target;
        }
        send(index);
        return;
    }
    m_client->invoke(
        reader,
        {{QStringLiteral("Identity"), op.parameters.value(QStringLiteral("Identity"))}},
        this,
        [this, index, reader](const QJsonArray& rows, const GraphError& error) {
            if (error) {
                ExchangeExecution::Result result = m_execution.results.at(index);
                result.status = ExchangeExecution::Result::Status::Failed;
                result.error = error;
                result.message = tr("Could not read the current state, nothing was changed: %1").arg(error.message);
                complete(index, result);
                return;
            }
            if (rows.isEmpty()) {
                // Nothing to change, and no prior state to journal: never send a blind write.
                ExchangeExecution::Result result = m_execution.results.at(index);
                result.status = ExchangeExecution::Result::Status::Failed;
                result.message
                    = tr("Not found, nothing was changed: %1 returned nothing for %2.")
                          .arg(reader, result.operation.parameters.value(QStringLiteral("Identity")).toString());
                complete(index, result);
                return;
            }
            m_execution.results[index].operation.prior = rows.first().toObject();
            send(index);
        });
}

void ExchangeExecutor::send(int index)
{
    ExchangeExecution::Result result = m_execution.results.at(index);
    const ExchangeOperation& op = result.operation;
    if (!m_client || !m_journal) {
        result.status = ExchangeExecution::Result::Status::Failed;
        result.message = tr("Not sent: no Exchange client or journal.");
        complete(index, result);
        return;
    }
    JournalEntry entry;
    entry.tenantId = m_actor.tenantId;
    entry.actor = m_actor.upn;
    entry.actorId = m_actor.userId;
    entry.action = op.action();
    entry.summary = op.summary;
    entry.operationId = m_execution.operationId;
    entry.restoresEntryId = op.restoresEntryId;
    entry.target = op.target;
    entry.prior = op.prior;
    entry.request = QJsonObject {{QStringLiteral("api"), QStringLiteral("exchange")},
                                 {QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("path"), QStringLiteral("/InvokeCommand")},
                                 {QStringLiteral("cmdlet"), op.cmdlet},
                                 {QStringLiteral("parameters"), op.parameters},
                                 {QStringLiteral("powerShell"), op.powerShell()}};
    QString journalError;
    if (!m_journal->recordIntent(entry, &journalError)) {
        result.status = ExchangeExecution::Result::Status::Failed;
        result.message = tr("Not sent: the journal could not record it (%1).").arg(journalError);
        complete(index, result);
        return;
    }
    result.journalEntryId = entry.id;
    m_execution.results[index] = result;
    m_client->invoke(op.cmdlet, op.parameters, this, [this, index](const QJsonArray& rows, const GraphError& error) {
        ExchangeExecution::Result r = m_execution.results.at(index);
        r.rows = rows;
        r.error = error;
        r.status = error ? ExchangeExecution::Result::Status::Failed : ExchangeExecution::Result::Status::Succeeded;
        r.message = error ? error.message : QString();
        // InvokeCommand is a POST: after a network failure the cmdlet may have run, so recordReply leaves it Pending.
        m_journal->recordReply(r.journalEntryId, error, error ? error.httpStatus : 200, {{QStringLiteral("rows"), rows}});
        complete(index, r);
    });
}

void ExchangeExecutor::complete(int index, const ExchangeExecution::Result& result)
{
    m_execution.results[index] = result;
    emit operationFinished(index, result);
    if (!result.succeeded()) {
        for (int i = index + 1; i < m_execution.results.size(); ++i) {
            auto& r = m_execution.results[i];
            r.status = ExchangeExecution::Result::Status::Skipped;
            r.message = tr("Skipped: an earlier step failed.");
        }
    }
    QTimer::singleShot(0, this, &ExchangeExecutor::runNext);
}
