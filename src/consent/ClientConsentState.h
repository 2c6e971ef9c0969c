#pragma once

#include "directory/AppRoleAssignment.h"
#include "directory/Permission.h"
#include "directory/PermissionGrant.h"
#include "directory/ServicePrincipal.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * What a client app holds tenant-wide right now: its service principal (absent when the app was never
 * instantiated here), its AllPrincipals delegated grants and the app role assignments it holds. The planner
 * merges into this; the review marks "already granted" from it.
 */
struct ClientConsentState
{
    QString appId;
    QString displayName;
    std::optional<ServicePrincipal> client;
    QList<PermissionGrant> tenantWideGrants; // consentType AllPrincipals only
    QList<AppRoleAssignment> assignments; // held by the client SP

    bool hasServicePrincipal() const { return client.has_value() && client->isValid(); }
    std::optional<PermissionGrant> grantFor(const QString& resourceId) const;
    // Delegated: in the AllPrincipals grant on that resource; Application: an assignment of that role.
    bool isGranted(const Permission& permission) const;
};
