#pragma once

#include "AppInventory.h"
#include "directory/ServicePrincipalCache.h"
#include "directory/User.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class GraphClient;
class RiskCatalog;

/**
 * "What can this app do in our tenant?" — loads one app's AppInventory: the client SP (fresh, never from the cache:
 * revokes plan from it), GET /oauth2PermissionGrants?$filter=clientId eq '…' (both consent types; the documented
 * filter, which also narrows Graph's replication lag), GET /servicePrincipals/{id}/appRoleAssignments, then the
 * resource SPs through the ServicePrincipalCache and the users of per-user grants through
 * POST /directoryObjects/getByIds (1000 ids a request). Nothing here writes.
 */
class GrantInventory : public QObject
{
    Q_OBJECT

public:
    static constexpr int GetByIdsMax = 1000; // Graph's limit per getByIds request

    GrantInventory(GraphClient* client, ServicePrincipalCache* cache, QObject* parent = nullptr);

    void setRiskCatalog(const RiskCatalog* catalog); // not owned; default RiskCatalog::builtIn()
    const RiskCatalog& riskCatalog() const;

    // app: Key::byId(objectId) or Key::byAppId(appId); never finished synchronously. An app not in the tenant gives
    // an invalid AppInventory with error NotFound. Cancelled when this inventory is destroyed first.
    QFuture<AppInventory> loadApp(const ServicePrincipalCache::Key& app);
    // The same, for callers not on QFuture yet: done once unless context died.
    void
    loadApp(const ServicePrincipalCache::Key& app, QObject* context, std::function<void(const AppInventory&)> done);

    // The assignments on one resource service principal (GET /servicePrincipals/{id}/appRoleAssignedTo: users, groups
    // and apps assigned to it). A resource not in the tenant holds none (no error).
    struct AssignedTo
    {
        QList<AppRoleAssignment> assignments;
        GraphError error;
    };
    QFuture<AssignedTo> loadAssignedTo(const QString& resourceId);

signals:
    void appLoaded(const AppInventory& inventory);

private:
    // Users (or anything getByIds returns for type "user") by object id; ids not found are simply absent.
    struct Users
    {
        QHash<QString, User> users;
        GraphError error;
    };
    QFuture<Users> resolveUsers(const QStringList& ids);

    QPointer<GraphClient> m_client;
    ServicePrincipalCache* m_cache = nullptr;
    const RiskCatalog* m_catalog = nullptr;
};
