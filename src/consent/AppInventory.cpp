#include "AppInventory.h"

#include "directory/PermissionResolver.h"
#include "risk/RiskCatalog.h"

#include <QCoreApplication>

namespace {

void setClient(GrantedPermission& row, const ServicePrincipal& client, const RiskCatalog& catalog)
{
    row.clientId = client.id;
    row.clientAppId = client.appId;
    row.clientDisplayName = client.displayName;
    row.appOwnerOrganizationId = client.appOwnerOrganizationId;
    const auto trust = catalog.appTrust(client.appOwnerOrganizationId, client.verifiedPublisherId);
    row.microsoftApp = trust.microsoftFirstParty;
    row.verifiedPublisher = trust.verifiedPublisher;
}

Permission describe(const QString& resourceId,
                    const QString& value,
                    Permission::Type type,
                    const QHash<QString, ServicePrincipal>& resources,
                    const RiskCatalog& catalog,
                    AppInventory::DescriptionCache* cache)
{
    QString key;
    if (cache) {
        key = resourceId + QLatin1Char('\n') + QLatin1Char(type == Permission::Type::Application ? 'a' : 'd')
              + QLatin1Char('\n') + value;
        const auto cached = cache->constFind(key);
        if (cached != cache->constEnd()) {
            return *cached;
        }
    }
    const auto it = resources.constFind(resourceId);
    const Permission p = it != resources.constEnd()
                             ? PermissionResolver::describe(*it, value, type, catalog)
                             : PermissionResolver::unresolved(
                                 PermissionResolver::Reference::byResourceId(resourceId, value, type), catalog);
    if (cache) {
        cache->insert(key, p);
    }
    return p;
}

} // namespace

QList<GrantedPermission> AppInventory::rows(GrantedPermission::Source source) const
{
    QList<GrantedPermission> result;
    for (const auto& row : permissions) {
        if (row.source == source) {
            result.append(row);
        }
    }
    return result;
}

std::optional<PermissionGrant> AppInventory::grant(const QString& grantId) const
{
    for (const auto& g : grants) {
        if (g.id == grantId) {
            return g;
        }
    }
    return std::nullopt;
}

std::optional<AppRoleAssignment> AppInventory::assignment(const QString& assignmentId) const
{
    for (const auto& a : assignments) {
        if (a.id == assignmentId) {
            return a;
        }
    }
    return std::nullopt;
}

QList<PermissionGrant> AppInventory::grantsOf(const QString& principalId) const
{
    QList<PermissionGrant> result;
    for (const auto& g : grants) {
        if (!g.isAllPrincipals() && g.principalId == principalId) {
            result.append(g);
        }
    }
    return result;
}

QSet<QString> AppInventory::principalIds() const
{
    QSet<QString> ids;
    for (const auto& g : grants) {
        if (!g.isAllPrincipals() && !g.principalId.isEmpty()) {
            ids.insert(g.principalId);
        }
    }
    return ids;
}

QSet<QString> AppInventory::resourceIds() const
{
    QSet<QString> ids;
    for (const auto& g : grants) {
        ids.insert(g.resourceId);
    }
    for (const auto& a : assignments) {
        ids.insert(a.resourceId);
    }
    return ids;
}

void AppInventory::buildRows(const RiskCatalog& catalog)
{
    permissions = rowsFor(app, grants, assignments, resources, users, catalog);
}

QString AppInventory::appRoleValue(const AppRoleAssignment& assignment,
                                   const QHash<QString, ServicePrincipal>& resources)
{
    const auto it = resources.constFind(assignment.resourceId);
    if (it == resources.constEnd()) {
        return {};
    }
    const auto role = it->appRoleById(assignment.appRoleId);
    return role ? role->value : QString();
}

GrantedPermission AppInventory::assignmentRow(const ServicePrincipal& client,
                                              const AppRoleAssignment& assignment,
                                              const QHash<QString, ServicePrincipal>& resources,
                                              const RiskCatalog& catalog,
                                              DescriptionCache* cache)
{
    GrantedPermission row;
    row.source = GrantedPermission::Source::Application;
    setClient(row, client, catalog);
    QString value = appRoleValue(assignment, resources);
    if (value.isEmpty()) {
        // Not published (or default access): the id is all there is; it still has to be revocable.
        value = assignment.appRoleId;
    }
    row.permission = describe(assignment.resourceId, value, Permission::Type::Application, resources, catalog, cache);
    row.permission.permissionId = assignment.appRoleId;
    if (assignment.appRoleId == QLatin1String("00000000-0000-0000-0000-000000000000")) {
        // Assigned to the app itself, no particular role (what "assignment required" apps need).
        row.permission.displayName = QCoreApplication::translate("AppInventory", "Default access");
    }
    if (row.permission.resourceDisplayName.isEmpty()) {
        row.permission.resourceDisplayName = assignment.resourceDisplayName;
    }
    row.assignmentId = assignment.id;
    row.principalId = assignment.principalId;
    row.principalDisplayName = assignment.principalDisplayName;
    return row;
}

QList<GrantedPermission> AppInventory::rowsFor(const ServicePrincipal& client,
                                               const QList<PermissionGrant>& grants,
                                               const QList<AppRoleAssignment>& assignments,
                                               const QHash<QString, ServicePrincipal>& resources,
                                               const QHash<QString, User>& users,
                                               const RiskCatalog& catalog,
                                               DescriptionCache* cache)
{
    QList<GrantedPermission> result;
    for (const auto& g : grants) {
        for (const auto& scope : g.scopes) {
            GrantedPermission row;
            row.source = g.isAllPrincipals() ? GrantedPermission::Source::TenantWide : GrantedPermission::Source::User;
            setClient(row, client, catalog);
            row.permission = describe(g.resourceId, scope, Permission::Type::Delegated, resources, catalog, cache);
            row.grantId = g.id;
            if (!g.isAllPrincipals()) {
                row.principalId = g.principalId;
                const auto user = users.constFind(g.principalId);
                if (user != users.constEnd()) {
                    row.principalDisplayName = user->displayName;
                    row.principalUpn = user->userPrincipalName;
                }
            }
            result.append(row);
        }
    }
    for (const auto& a : assignments) {
        result.append(assignmentRow(client, a, resources, catalog, cache));
    }
    return result;
}
