#include "ClientConsentState.h"

std::optional<PermissionGrant> ClientConsentState::grantFor(const QString& resourceId) const
{
    for (const auto& g : tenantWideGrants) {
        if (g.isAllPrincipals() && g.resourceId.compare(resourceId, Qt::CaseInsensitive) == 0) {
            return g;
        }
    }
    return std::nullopt;
}

bool ClientConsentState::isGranted(const Permission& permission) const
{
    if (!hasServicePrincipal() || permission.resourceId.isEmpty()) {
        return false;
    }
    if (permission.isDelegated()) {
        const auto grant = grantFor(permission.resourceId);
        return grant && grant->hasScope(permission.value);
    }
    for (const auto& a : assignments) {
        if (a.resourceId.compare(permission.resourceId, Qt::CaseInsensitive) == 0
            && a.appRoleId.compare(permission.permissionId, Qt::CaseInsensitive) == 0
            && !permission.permissionId.isEmpty()) {
            return true;
        }
    }
    return false;
}
