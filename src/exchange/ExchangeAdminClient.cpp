#include "ExchangeAdminClient.h"

#include "graph/GraphClient.h"
#include "graph/GraphReply.h"

ExchangeAdminClient::ExchangeAdminClient(GraphClient* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{
}

GraphError ExchangeAdminClient::decode(const QString& cmdlet, const GraphError& error)
{
    GraphError e = error;
    if (e.kind == GraphError::Kind::PermissionDenied && e.code.isEmpty()) {
        e.message = tr("Exchange Online refused %1 (HTTP 403, no details). The signed-in account needs the Exchange "
                       "Administrator or Global Administrator role (Global Reader may only run Get- and Test- "
                       "cmdlets), or this cmdlet is not available in the organization.")
                        .arg(cmdlet);
        return e;
    }
    if (!e.innerMessage.isEmpty()
        && (e.message.isEmpty() || e.message.compare(QLatin1String("Invalid Operation"), Qt::CaseInsensitive) == 0)) {
        // details[0] reads "Ex6F9304|Microsoft.Exchange…Exception|text": keep the text.
        const QStringList parts = e.innerMessage.split(QLatin1Char('|'));
        e.message = parts.size() >= 3 ? parts.mid(2).join(QLatin1Char('|')) : e.innerMessage;
    }
    return e;
}

void ExchangeAdminClient::send(const QString& cmdlet,
                               const QJsonObject& parameters,
                               const QString& clientRequestId,
                               RawRows done)
{
    if (!m_transport) {
        done({}, GraphError::make(GraphError::Kind::Protocol, tr("No Exchange transport.")));
        return;
    }
    // Retries (read-only cmdlets after network failures and 5xx, every cmdlet after 429) are the transport's.
    GraphReply* reply = m_transport->invokeExchangeCommand(cmdlet, parameters, clientRequestId);
    connect(reply, &GraphReply::finished, this, [reply, cmdlet, done = std::move(done)]() {
        const GraphError& error = reply->error();
        done(reply->items(), error ? decode(cmdlet, error) : GraphError());
    });
}

QFuture<ExchangeAdminClient::RawAnswer>
ExchangeAdminClient::invoke(const QString& cmdlet, const QJsonObject& parameters, const QString& clientRequestId)
{
    const Async::Promise<RawAnswer> promise;
    send(cmdlet, parameters, clientRequestId, [promise](const QJsonArray& rows, const GraphError& error) {
        promise.finish({rows, error});
    });
    return promise.future();
}

void ExchangeAdminClient::invoke(const QString& cmdlet,
                                 const QJsonObject& parameters,
                                 QObject* context,
                                 RawRows done,
                                 const QString& clientRequestId)
{
    Async::then(invoke(cmdlet, parameters, clientRequestId), context, [done = std::move(done)](const RawAnswer& a) {
        done(a.rows, a.error);
    });
}

QFuture<ExchangeAdminClient::Answer<ApplicationAccessPolicy>>
ExchangeAdminClient::getApplicationAccessPolicies(const QString& identity)
{
    QJsonObject p;
    if (!identity.isEmpty()) {
        p.insert(QStringLiteral("Identity"), identity);
    }
    return read<ApplicationAccessPolicy>(QStringLiteral("Get-ApplicationAccessPolicy"), p);
}

void ExchangeAdminClient::getApplicationAccessPolicies(QObject* context,
                                                       Rows<ApplicationAccessPolicy> done,
                                                       const QString& identity)
{
    answer(getApplicationAccessPolicies(identity), context, std::move(done));
}

QFuture<ExchangeAdminClient::Answer<AccessPolicyTestResult>>
ExchangeAdminClient::testApplicationAccessPolicy(const QString& mailbox, const QString& appId)
{
    return read<AccessPolicyTestResult>(QStringLiteral("Test-ApplicationAccessPolicy"),
                                        {{QStringLiteral("Identity"), mailbox}, {QStringLiteral("AppId"), appId}});
}

void ExchangeAdminClient::testApplicationAccessPolicy(const QString& mailbox,
                                                      const QString& appId,
                                                      QObject* context,
                                                      Rows<AccessPolicyTestResult> done)
{
    answer(testApplicationAccessPolicy(mailbox, appId), context, std::move(done));
}

QFuture<ExchangeAdminClient::Answer<ExchangeRecipient>> ExchangeAdminClient::getMailboxes(const QString& identity)
{
    QJsonObject p {{QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}};
    if (!identity.isEmpty()) {
        p = {{QStringLiteral("Identity"), identity}};
    }
    return read<ExchangeRecipient>(QStringLiteral("Get-Mailbox"), p);
}

void ExchangeAdminClient::getMailboxes(QObject* context, Rows<ExchangeRecipient> done, const QString& identity)
{
    answer(getMailboxes(identity), context, std::move(done));
}

QFuture<ExchangeAdminClient::Answer<ExchangeRecipient>>
ExchangeAdminClient::getDistributionGroups(const QString& identity)
{
    QJsonObject p {{QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}};
    if (!identity.isEmpty()) {
        p = {{QStringLiteral("Identity"), identity}};
    }
    return read<ExchangeRecipient>(QStringLiteral("Get-DistributionGroup"), p);
}

void ExchangeAdminClient::getDistributionGroups(QObject* context, Rows<ExchangeRecipient> done, const QString& identity)
{
    answer(getDistributionGroups(identity), context, std::move(done));
}

QFuture<ExchangeAdminClient::Answer<ExchangeRecipient>>
ExchangeAdminClient::getDistributionGroupMembers(const QString& group)
{
    return read<ExchangeRecipient>(
        QStringLiteral("Get-DistributionGroupMember"),
        {{QStringLiteral("Identity"), group}, {QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}});
}

void ExchangeAdminClient::getDistributionGroupMembers(const QString& group,
                                                      QObject* context,
                                                      Rows<ExchangeRecipient> done)
{
    answer(getDistributionGroupMembers(group), context, std::move(done));
}

QFuture<ExchangeAdminClient::Answer<ManagementScope>> ExchangeAdminClient::getManagementScopes(const QString& identity)
{
    QJsonObject p;
    if (!identity.isEmpty()) {
        p.insert(QStringLiteral("Identity"), identity);
    }
    return read<ManagementScope>(QStringLiteral("Get-ManagementScope"), p);
}

void ExchangeAdminClient::getManagementScopes(QObject* context, Rows<ManagementScope> done, const QString& identity)
{
    answer(getManagementScopes(identity), context, std::move(done));
}

QFuture<ExchangeAdminClient::Answer<ManagementRoleAssignment>>
ExchangeAdminClient::getManagementRoleAssignments(const QString& app)
{
    QJsonObject p;
    if (!app.isEmpty()) {
        p.insert(QStringLiteral("App"), app);
    }
    return read<ManagementRoleAssignment>(QStringLiteral("Get-ManagementRoleAssignment"), p);
}

void ExchangeAdminClient::getManagementRoleAssignments(const QString& app,
                                                       QObject* context,
                                                       Rows<ManagementRoleAssignment> done)
{
    answer(getManagementRoleAssignments(app), context, std::move(done));
}

QFuture<ExchangeAdminClient::Answer<ServicePrincipalAuthorization>>
ExchangeAdminClient::testServicePrincipalAuthorization(const QString& identity, const QString& resource)
{
    QJsonObject p {{QStringLiteral("Identity"), identity}};
    if (!resource.isEmpty()) {
        p.insert(QStringLiteral("Resource"), resource);
    }
    return read<ServicePrincipalAuthorization>(QStringLiteral("Test-ServicePrincipalAuthorization"), p);
}

void ExchangeAdminClient::testServicePrincipalAuthorization(const QString& identity,
                                                            const QString& resource,
                                                            QObject* context,
                                                            Rows<ServicePrincipalAuthorization> done)
{
    answer(testServicePrincipalAuthorization(identity, resource), context, std::move(done));
}
