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

void ExchangeAdminClient::invoke(const QString& cmdlet,
                                 const QJsonObject& parameters,
                                 QObject* context,
                                 RawRows done,
                                 const QString& clientRequestId)
{
    if (!m_transport) {
        if (context) {
            done({}, GraphError::make(GraphError::Kind::Protocol, tr("No Exchange transport.")));
        }
        return;
    }
    // Retries (read-only cmdlets after network failures and 5xx, every cmdlet after 429) are the transport's.
    GraphReply* reply = m_transport->invokeExchangeCommand(cmdlet, parameters, clientRequestId);
    QPointer<QObject> guard(context);
    connect(reply, &GraphReply::finished, this, [=, this]() {
        if (!guard) {
            return;
        }
        const GraphError& error = reply->error();
        done(reply->items(), error ? decode(cmdlet, error) : GraphError());
    });
}

void ExchangeAdminClient::getApplicationAccessPolicies(QObject* context,
                                                       Rows<ApplicationAccessPolicy> done,
                                                       const QString& identity)
{
    QJsonObject p;
    if (!identity.isEmpty()) {
        p.insert(QStringLiteral("Identity"), identity);
    }
    invoke(QStringLiteral("Get-ApplicationAccessPolicy"), p, context, typed(std::move(done)));
}

void ExchangeAdminClient::testApplicationAccessPolicy(const QString& mailbox,
                                                      const QString& appId,
                                                      QObject* context,
                                                      Rows<AccessPolicyTestResult> done)
{
    invoke(QStringLiteral("Test-ApplicationAccessPolicy"),
           {{QStringLiteral("Identity"), mailbox}, {QStringLiteral("AppId"), appId}},
           context,
           typed(std::move(done)));
}

void ExchangeAdminClient::getMailboxes(QObject* context, Rows<ExchangeRecipient> done, const QString& identity)
{
    QJsonObject p {{QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}};
    if (!identity.isEmpty()) {
        p = {{QStringLiteral("Identity"), identity}};
    }
    invoke(QStringLiteral("Get-Mailbox"), p, context, typed(std::move(done)));
}

void ExchangeAdminClient::getDistributionGroups(QObject* context, Rows<ExchangeRecipient> done, const QString& identity)
{
    QJsonObject p {{QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}};
    if (!identity.isEmpty()) {
        p = {{QStringLiteral("Identity"), identity}};
    }
    invoke(QStringLiteral("Get-DistributionGroup"), p, context, typed(std::move(done)));
}

void ExchangeAdminClient::getDistributionGroupMembers(const QString& group,
                                                      QObject* context,
                                                      Rows<ExchangeRecipient> done)
{
    invoke(QStringLiteral("Get-DistributionGroupMember"),
           {{QStringLiteral("Identity"), group}, {QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}},
           context,
           typed(std::move(done)));
}

void ExchangeAdminClient::getManagementScopes(QObject* context, Rows<ManagementScope> done, const QString& identity)
{
    QJsonObject p;
    if (!identity.isEmpty()) {
        p.insert(QStringLiteral("Identity"), identity);
    }
    invoke(QStringLiteral("Get-ManagementScope"), p, context, typed(std::move(done)));
}

void ExchangeAdminClient::getManagementRoleAssignments(const QString& app,
                                                       QObject* context,
                                                       Rows<ManagementRoleAssignment> done)
{
    QJsonObject p;
    if (!app.isEmpty()) {
        p.insert(QStringLiteral("App"), app);
    }
    invoke(QStringLiteral("Get-ManagementRoleAssignment"), p, context, typed(std::move(done)));
}

void ExchangeAdminClient::testServicePrincipalAuthorization(const QString& identity,
                                                            const QString& resource,
                                                            QObject* context,
                                                            Rows<ServicePrincipalAuthorization> done)
{
    QJsonObject p {{QStringLiteral("Identity"), identity}};
    if (!resource.isEmpty()) {
        p.insert(QStringLiteral("Resource"), resource);
    }
    invoke(QStringLiteral("Test-ServicePrincipalAuthorization"), p, context, typed(std::move(done)));
}
