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
    using RawRows = std::function<void(const QJsonArray& rows, const GraphError& error)>;

    explicit ExchangeAdminClient(GraphClient* transport, QObject* parent = nullptr);

    GraphClient* transport() const { return m_transport; }

    // Any cmdlet. Writes go through WriteRunner (ExchangeOperation, journaled before they are sent, with the journal
    // entry's id as clientRequestId), never straight through here; the typed wrappers below are the reads.
    void invoke(const QString& cmdlet,
                const QJsonObject& parameters,
                QObject* context,
                RawRows done,
                const QString& clientRequestId = {});

    // Application access policies.
    void
    getApplicationAccessPolicies(QObject* context, Rows<ApplicationAccessPolicy> done, const QString& identity = {});
    void testApplicationAccessPolicy(const QString& mailbox,
                                     const QString& appId,
                                     QObject* context,
                                     Rows<AccessPolicyTestResult> done);

    // Recipients and mail-enabled security groups.
    void getMailboxes(QObject* context, Rows<ExchangeRecipient> done, const QString& identity = {});
    void getDistributionGroups(QObject* context, Rows<ExchangeRecipient> done, const QString& identity = {});
    void getDistributionGroupMembers(const QString& group, QObject* context, Rows<ExchangeRecipient> done);

    // RBAC for Applications.
    void getManagementScopes(QObject* context, Rows<ManagementScope> done, const QString& identity = {});
    void getManagementRoleAssignments(const QString& app, QObject* context, Rows<ManagementRoleAssignment> done);
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

    QPointer<GraphClient> m_transport;
};
