#pragma once

#include "AppSummary.h"
#include "graph/GraphError.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * The tenant-wide inventory: every app with its AppSummary, totals, and the $count cross-checks — Graph has been
 * seen returning incomplete oauth2PermissionGrant lists when paging (peers.md §3), so the number of items received
 * is compared with @odata.count (ConsistencyLevel: eventual) and any difference is reported, never hidden.
 */
struct TenantInventory
{
    struct CountCheck
    {
        QString collection; // "servicePrincipals", "oauth2PermissionGrants", "appRoleAssignedTo"
        qint64 received = 0; // distinct items received over all pages
        qint64 reported = -1; // @odata.count; -1 when Graph did not send one
        int duplicates = 0; // items received twice (same id) — paging trouble too

        bool isChecked() const { return reported >= 0; }
        bool mismatch() const { return (reported >= 0 && reported != received) || duplicates > 0; }
        QString describe() const; // "oauth2PermissionGrants: 59 980 received, Graph counts 60 000"
    };

    QList<AppSummary> apps; // every service principal, in the order Graph listed them
    int servicePrincipals = 0;
    int tenantWideGrants = 0;
    int userGrants = 0;
    int applicationPermissions = 0; // app role assignments held by service principals
    int resourcesWithAppRoles = 0; // resources whose appRoleAssignedTo was read
    QList<CountCheck> countChecks;
    // Service principals that grants or assignments refer to but the list did not return, looked up by id: found
    // that way (Graph dropped them while paging, or they are too new to be listed), or not found at all (their rows
    // stay, as "(not found)").
    QStringList resolvedOutsideList;
    QStringList notFound;
    GraphError error; // the first failure (the inventory is then incomplete)
    int requests = 0; // HTTP requests (pages) it took
    qint64 elapsedMs = 0;

    bool hasMismatch() const;
    QStringList mismatches() const; // describe() of each mismatching check
    const AppSummary* app(const QString& servicePrincipalId) const;
};

Q_DECLARE_METATYPE(TenantInventory)
