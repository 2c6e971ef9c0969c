#pragma once

#include "AccessPolicyTestResult.h"
#include "ApplicationAccessPolicy.h"
#include "ExchangeRecipient.h"
#include "ExchangeServicePrincipal.h"
#include "ManagementRoleAssignment.h"
#include "ManagementScope.h"
#include "ServicePrincipalAuthorization.h"
#include "async/Async.h"
#include "graph/GraphClient.h"
#include "graph/GraphError.h"

#include <QFuture>
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
 * Every call returns a QFuture (continue with Async::then; "only the latest may answer" with Async::cancel). The
 * (context, callback) forms are the same call for callers not on QFuture yet: done on context's thread, not at all
 * once context is gone.
 */
class ExchangeAdminClient : public QObject
{
    Q_OBJECT

public:
    // A cmdlet's rows, or why there are none.
    template<class T> struct Answer
    {
        QList<T> rows;
        GraphError error;
    };
    struct RawAnswer
    {
        QJsonArray rows;
        GraphError error;
    };
    template<class T> using Rows = std::function<void(const QList<T>& rows, const GraphError& error)>;
    using RawRows = std::function<void(const QJsonArray& rows, const GraphError& error)>;

    explicit ExchangeAdminClient(GraphClient* transport, QObject* parent = nullptr);

    GraphClient* transport() const { return m_transport; }

    // Any cmdlet. Writes go through WriteRunner (ExchangeOperation, journaled before they are sent, with the journal
    // entry's id as clientRequestId), never straight through here; the typed calls below are the reads.
    QFuture<RawAnswer>
    invoke(const QString& cmdlet, const QJsonObject& parameters, const QString& clientRequestId = {});
    void invoke(const QString& cmdlet,
                const QJsonObject& parameters,
                QObject* context,
                RawRows done,
                const QString& clientRequestId = {});

    // Application access policies.
    QFuture<Answer<ApplicationAccessPolicy>> getApplicationAccessPolicies(const QString& identity = {});
    void
    getApplicationAccessPolicies(QObject* context, Rows<ApplicationAccessPolicy> done, const QString& identity = {});
    QFuture<Answer<AccessPolicyTestResult>> testApplicationAccessPolicy(const QString& mailbox, const QString& appId);
    void testApplicationAccessPolicy(const QString& mailbox,
                                     const QString& appId,
                                     QObject* context,
                                     Rows<AccessPolicyTestResult> done);

    // Recipients and mail-enabled security groups.
    QFuture<Answer<ExchangeRecipient>> getMailboxes(const QString& identity = {});
    void getMailboxes(QObject* context, Rows<ExchangeRecipient> done, const QString& identity = {});
    QFuture<Answer<ExchangeRecipient>> getDistributionGroups(const QString& identity = {});
    void getDistributionGroups(QObject* context, Rows<ExchangeRecipient> done, const QString& identity = {});
    QFuture<Answer<ExchangeRecipient>> getDistributionGroupMembers(const QString& group);
    void getDistributionGroupMembers(const QString& group, QObject* context, Rows<ExchangeRecipient> done);

    // RBAC for Applications.
    QFuture<Answer<ManagementScope>> getManagementScopes(const QString& identity = {});
    void getManagementScopes(QObject* context, Rows<ManagementScope> done, const QString& identity = {});
    QFuture<Answer<ManagementRoleAssignment>> getManagementRoleAssignments(const QString& app); // empty: every app
    void getManagementRoleAssignments(const QString& app, QObject* context, Rows<ManagementRoleAssignment> done);
    QFuture<Answer<ServicePrincipalAuthorization>> testServicePrincipalAuthorization(const QString& identity,
                                                                                     const QString& resource);
    void testServicePrincipalAuthorization(const QString& identity,
                                           const QString& resource,
                                           QObject* context,
                                           Rows<ServicePrincipalAuthorization> done);

    // The transport's error made readable for this cmdlet (see the class comment). Kind and status are kept.
    static GraphError decode(const QString& cmdlet, const GraphError& error);

private:
    // The one place a cmdlet is sent: done gets its rows (or the decoded error) once, unless this client is gone.
    void send(const QString& cmdlet, const QJsonObject& parameters, const QString& clientRequestId, RawRows done);

    template<class T> QFuture<Answer<T>> read(const QString& cmdlet, const QJsonObject& parameters)
    {
        const Async::Promise<Answer<T>> promise;
        send(cmdlet, parameters, {}, [promise](const QJsonArray& rows, const GraphError& error) {
            Answer<T> answer;
            for (const auto& row : rows) {
                answer.rows.append(T::fromJson(row.toObject()));
            }
            answer.error = error;
            promise.finish(answer);
        });
        return promise.future();
    }

    template<class T> static void answer(const QFuture<Answer<T>>& future, QObject* context, Rows<T> done)
    {
        Async::then(future, context, [done = std::move(done)](const Answer<T>& a) { done(a.rows, a.error); });
    }

    QPointer<GraphClient> m_transport;
};
