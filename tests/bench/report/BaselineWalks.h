#pragma once

#include "directory/GrantedPermission.h"
#include "directory/ServicePrincipal.h"
#include "directory/User.h"
#include "graph/GraphError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class GraphClient;

/**
 * The ways other tools build the full permission report, replayed on ConsentDesk's own transport (GraphClient, one
 * request at a time as the PowerShell scripts send them) against the same sandbox, for the bench's baselines:
 *   - perAppWalk(): Get-AzureADPSPermissions / MSIdentityTools — every service principal, then for each one its
 *     delegated grants and its app role assignments, every object a grant refers to looked up by id, one request each
 *     (getByIds with one id, as Get-MgDirectoryObjectById), cached;
 *   - sequentialWalk(): every collection paged one after another (service principals, grants, each resource's
 *     appRoleAssignedTo), then every user and missing service principal looked up one by one.
 * Both build their rows with AppInventory's row code, so their rows can be compared with the report's. Synchronous:
 * they spin the event loop until done. appLimit > 0 walks only that many apps (a sample to extrapolate from).
 */
class BaselineWalks
{
public:
    struct Outcome
    {
        QList<GrantedPermission> rows;
        int apps = 0; // service principals walked
        int totalApps = 0; // in the tenant
        int lookups = 0; // one-by-one object lookups made
        int lookupsWanted = 0; // ... that a full walk makes (the sequential walk knows; a sampled walk did fewer)
        qint64 lookupMs = 0; // time spent in them
        int requestsPerApp = 0; // the per-app walk: requests for an app's own lists (grants, assignments)
        GraphError error;
    };

    explicit BaselineWalks(GraphClient* client);

    Outcome perAppWalk(int appLimit = 0);
    Outcome sequentialWalk(int userLimit = 0);

    // The tenant's busiest user and app (most per-user grants), as the sequential walk saw them.
    QString busiestUser() const { return m_busiestUser; }
    QString busiestApp() const { return m_busiestApp; }
    int busiestAppUsers() const { return m_busiestAppUsers; }

private:
    QJsonArray list(const QString& path, const QString& query, GraphError* error);
    QJsonObject lookupById(const QString& id, GraphError* error); // getByIds with one id
    QJsonObject get(const QString& path, GraphError* error, bool* notFound);

    GraphClient* m_client = nullptr;
    QString m_busiestUser;
    QString m_busiestApp;
    int m_busiestAppUsers = 0;
};
