#pragma once

#include "AccessPolicyTestResult.h"
#include "ApplicationAccessPolicy.h"
#include "ExchangeRecipient.h"
#include "ExchangeServicePrincipal.h"
#include "ManagementRoleAssignment.h"
#include "ManagementScope.h"
#include "ServicePrincipalAuthorization.h"
#include "graph/GraphClient.h"
#include "graph/GraphError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

/**
 * Exchange Online's admin API (InvokeCommand) on ConsentDesk's one transport: GraphClient::invokeExchangeCommand
 * brings the Exchange token (TokenProvider, resource Exchange), retries (Retry-After; read-only Get-/Test- cmdlets
 * also after network failures and 5xx, writes never) and @odata.nextLink paging. This class adds typed wrappers for
 * the access-policy, group and RBAC-for-Applications cmdlets, and error decoding:
 *  - "Invalid Operation" -> the cmdlet's own text (innererror.internalexception / details[0]) as the message;
 *  - a 403 without a JSON body -> PermissionDenied in words (the account lacks the Exchange role, or the cmdlet
 *    is unknown to this organization).
 * Callbacks run on `context`'s thread, not at all once context is gone.
 */
class ExchangeAdminClient : public QObject
{
    Q_OBJECT

public:
    template<class T> using Rows = std::function<void(const QList<T>& rows, const GraphError& error)>;
    using Done = std::function<void(const GraphError& error)>;
    using RawRows = std::function<void(const QJsonArray& rows, const GraphError& error)>;

    explicit ExchangeAdminClient(GraphClient* transport, QObject* parent = nullptr);

    GraphClient* transport() const { return m_transport; }

    void invoke(const QString& cmdlet, const QJsonObject& parameters, QObject* context, RawRows done);

    // Application access policies.
    void
    getApplicationAccessPolicies(QObject* context, Rows<ApplicationAccessPolicy> done, const QString& identity = {});
    void newApplicationAccessPolicy(const QString& appId,
                                    const QString& policyScopeGroupId,
                                    ApplicationAccessPolicy::AccessRight right,
                                    const QString& description,
                                    QObject* context,
                                    Rows<ApplicationAccessPolicy> done);
    void setApplicationAccessPolicyDescription(const QString& identity,
                                               const QString& description,
                                               QObject* context,
                                               Done done);
    void removeApplicationAccessPolicy(const QString& identity, QObject* context, Done done);
    void testApplicationAccessPolicy(const QString& mailbox,
                                     const QString& appId,
                                     QObject* context,
                                     Rows<AccessPolicyTestResult> done);

    // Recipients and mail-enabled security groups.
    void getMailboxes(QObject* context, Rows<ExchangeRecipient> done, const QString& identity = {});
    void getDistributionGroups(QObject* context, Rows<ExchangeRecipient> done, const QString& identity = {});
    void newSecurityGroup(const QString& name,
                          const QStringList& members,
                          QObject* context,
                          Rows<ExchangeRecipient> done,
                          const QString& alias = {});
    void getDistributionGroupMembers(const QString& group, QObject* context, Rows<ExchangeRecipient> done);
    void addDistributionGroupMember(const QString& group, const QString& member, QObject* context, Done done);
    void removeDistributionGroupMember(const QString& group, const QString& member, QObject* context, Done done);

    // RBAC for Applications.
    void newServicePrincipal(const QString& appId,
                             const QString& objectId,
                             const QString& displayName,
                             QObject* context,
                             Rows<ExchangeServicePrincipal> done);
    void getManagementScopes(QObject* context, Rows<ManagementScope> done, const QString& identity = {});
    void newManagementScope(const QString& name,
                            const QString& recipientRestrictionFilter,
                            QObject* context,
                            Rows<ManagementScope> done);
    void getManagementRoleAssignments(const QString& app, QObject* context, Rows<ManagementRoleAssignment> done);
    void newManagementRoleAssignment(const QString& app,
                                     const QString& role,
                                     const QString& customResourceScope,
                                     QObject* context,
                                     Rows<ManagementRoleAssignment> done);
    void removeManagementRoleAssignment(const QString& identity, QObject* context, Done done);
    void testServicePrincipalAuthorization(const QString& identity,
                                           const QString& resource,
                                           QObject* context,
                                           Rows<ServicePrincipalAuthorization> done);

    // The transport's error made readable for this cmdlet (see the class comment). Kind and status are kept.
    static GraphError decode(const QString& cmdlet, const GraphError& error);

private:
    template<class T> RawRows typed(Rows<T> done)
    {
        return [done](const QJsonArray& rows, const GraphError& error) {
            QList<T> out;
            for (const auto& row : rows) {
                out.append(T::fromJson(row.toObject()));
            }
            done(out, error);
        };
    }
    static RawRows untyped(Done done)
    {
        return [done](const QJsonArray&, const GraphError& error) { done(error); };
    }

    QPointer<GraphClient> m_transport;
};
