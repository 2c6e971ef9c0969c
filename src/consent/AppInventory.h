#pragma once

#include "directory/AppRoleAssignment.h"
#include "directory/GrantedPermission.h"
#include "directory/PermissionGrant.h"
#include "directory/ServicePrincipal.h"
#include "directory/User.h"
#include "graph/GraphError.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <optional>

class RiskCatalog;

/**
 * Everything one app (client service principal) holds in the tenant: its delegated grants — tenant-wide
 * (AllPrincipals) and per user (Principal) — and the application permissions (app role assignments) it holds, with
 * the resource service principals and the users they refer to, and one GrantedPermission row per claim.
 *
 * GrantInventory fills it from Graph; RevokePlanner plans from it; the views and the export show its rows.
 */
struct AppInventory
{
    ServicePrincipal app;
    QList<PermissionGrant> grants; // both consent types
    QList<AppRoleAssignment> assignments; // held by the app (principalId == app.id)
    QHash<QString, ServicePrincipal> resources; // by object id
    QHash<QString, User> users; // principals of the Principal grants, by id
    QList<GrantedPermission> permissions; // one row per scope of each grant and per assignment
    GraphError error; // the first failure; what did load is still there

    bool isValid() const { return app.isValid(); }
    QList<GrantedPermission> rows(GrantedPermission::Source source) const;
    std::optional<PermissionGrant> grant(const QString& grantId) const;
    std::optional<AppRoleAssignment> assignment(const QString& assignmentId) const;
    QList<PermissionGrant> grantsOf(const QString& principalId) const; // one user's Principal grants
    QSet<QString> principalIds() const; // users with Principal grants
    QSet<QString> resourceIds() const;
    int userCount() const { return int(principalIds().size()); }

    // (Re)builds permissions from grants, assignments, resources and users.
    void buildRows(const RiskCatalog& catalog);

    // Claims described once (resource id, type, value -> Permission): a tenant's report describes the same few hundred
    // claims for hundreds of thousands of rows. Valid while resources and catalog stay as they were.
    using DescriptionCache = QHash<QString, Permission>;

    // The rows of one client's grants and assignments; a claim whose resource is unknown comes back unresolved.
    static QList<GrantedPermission> rowsFor(const ServicePrincipal& client,
                                            const QList<PermissionGrant>& grants,
                                            const QList<AppRoleAssignment>& assignments,
                                            const QHash<QString, ServicePrincipal>& resources,
                                            const QHash<QString, User>& users,
                                            const RiskCatalog& catalog,
                                            DescriptionCache* cache = nullptr);
    static GrantedPermission assignmentRow(const ServicePrincipal& client,
                                           const AppRoleAssignment& assignment,
                                           const QHash<QString, ServicePrincipal>& resources,
                                           const RiskCatalog& catalog,
                                           DescriptionCache* cache = nullptr);
    // The claim value of an assignment's app role ("" when the resource does not publish it; "default access"
    // role 00000000-… gives "").
    static QString appRoleValue(const AppRoleAssignment& assignment, const QHash<QString, ServicePrincipal>& resources);
};

Q_DECLARE_METATYPE(AppInventory)
