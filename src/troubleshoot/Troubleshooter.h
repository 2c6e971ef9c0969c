#pragma once

#include "TroubleshootReport.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class GraphClient;
class PermissionResolver;
class ServicePrincipalCache;

/**
 * "Why can't this user connect this app?" — reads what decides it and judges it (TroubleshootRules), read-only:
 * - the user (UPN or object id), the groups they are a direct member of (app assignment) and, transitively, their
 *   groups and directory roles (conditional access): GET /users/{id}, /memberOf, /transitiveMemberOf;
 * - the app as the admin names it (ServicePrincipalFinder: appId, object id or exact name), read fresh; who is
 *   assigned to it (appRoleAssignedTo) and its delegated grants (oauth2PermissionGrants by clientId); an app not in
 *   the tenant is found through its consent requests;
 * - the consent requests for the app (ConsentRequestService, expiry from the workflow's duration), the consent
 *   settings (ConsentSettingsLoader) and the conditional access policies (/identity/conditionalAccess/policies);
 * - the permissions the user is asked for: those the admin names, else the user's request's, else the app's requests',
 *   else what the app holds — resolved against their APIs (PermissionResolver).
 * Parts are read at once and gathered with Async::all (the user's memberships and the app's details and requests are
 * parts of the user's and the app's read); each part's failure is kept in the facts and shown by its check.
 */
class Troubleshooter : public QObject
{
    Q_OBJECT

public:
    struct Query
    {
        QString user; // UPN or object id
        QString app; // appId, service principal object id or exact display name
        QStringList scopes; // optional: the permissions the user is asked for ("Mail.Read", full URIs)
    };

    Troubleshooter(GraphClient* client, ServicePrincipalCache* cache, QObject* parent = nullptr);

    QFuture<TroubleshootReport> run(const Query& query); // never finished synchronously

private:
    struct Run;
    // One read's contribution: fills its own fields of the report once every read is in.
    using Part = std::function<void(TroubleshootReport&)>;
    QFuture<Part> readUser(const QString& user);
    QFuture<Part> readApp(const QString& app);
    QList<QFuture<Part>> readAppDetails(const QString& servicePrincipalId);
    QFuture<Part> readRequests(const QString& appId, const QString& appText);
    QFuture<Part> readSettings();
    QFuture<Part> readPolicies();
    void resolveRequested(const std::shared_ptr<Run>& run);
    void finish(const std::shared_ptr<Run>& run);

    QPointer<GraphClient> m_client;
    ServicePrincipalCache* m_cache = nullptr;
    PermissionResolver* m_resolver = nullptr;
};
