#pragma once

// Small hand-made tenant state shared by the planner and PowerShell tests.
#include "consent/ClientConsentState.h"
#include "directory/PermissionResolver.h"

namespace PlannerFixtures {

inline const QString GraphSpId = QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6");
inline const QString HrSpId = QStringLiteral("e38dd14f-0271-5d1c-a631-edfc88434bf5");
inline const QString ClientSpId = QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076");
inline const QString ClientAppId = QStringLiteral("c34bd620-c9f8-5666-8513-79e9e000421c");

inline Permission permission(const QString& resourceAppId,
                             const QString& resourceId,
                             const QString& resourceName,
                             const QString& value,
                             Permission::Type type,
                             const QString& id = QStringLiteral("perm-id"))
{
    Permission p;
    p.resourceAppId = resourceAppId;
    p.resourceId = resourceId;
    p.resourceDisplayName = resourceName;
    p.value = value;
    p.type = type;
    p.permissionId = id;
    p.published = true;
    return p;
}

inline Permission graphDelegated(const QString& value)
{
    return permission(PermissionResolver::MicrosoftGraphAppId,
                      GraphSpId,
                      QStringLiteral("Microsoft Graph"),
                      value,
                      Permission::Type::Delegated);
}

inline Permission graphApplication(const QString& value, const QString& roleId)
{
    return permission(PermissionResolver::MicrosoftGraphAppId,
                      GraphSpId,
                      QStringLiteral("Microsoft Graph"),
                      value,
                      Permission::Type::Application,
                      roleId);
}

inline ClientConsentState existingClient(const QString& graphScope = QStringLiteral("User.Read Mail.Read"))
{
    ClientConsentState s;
    s.appId = ClientAppId;
    s.displayName = QStringLiteral("Northwind CRM");
    ServicePrincipal sp;
    sp.id = ClientSpId;
    sp.appId = ClientAppId;
    sp.displayName = s.displayName;
    sp.raw = QJsonObject {{QStringLiteral("id"), ClientSpId}, {QStringLiteral("accountEnabled"), true}};
    s.client = sp;
    if (!graphScope.isEmpty()) {
        s.tenantWideGrants.append(PermissionGrant::fromJson(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("grant-it's-opaque")},
            {QStringLiteral("clientId"), ClientSpId},
            {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
            {QStringLiteral("principalId"), QJsonValue::Null},
            {QStringLiteral("resourceId"), GraphSpId},
            {QStringLiteral("scope"), graphScope},
        }));
    }
    s.assignments.append(AppRoleAssignment::fromJson(QJsonObject {
        {QStringLiteral("id"), QStringLiteral("assignment-1")},
        {QStringLiteral("appRoleId"), QStringLiteral("df021288-bdef-4463-88db-98f22de89214")},
        {QStringLiteral("principalId"), ClientSpId},
        {QStringLiteral("resourceId"), GraphSpId},
    }));
    return s;
}

inline ClientConsentState missingClient()
{
    ClientConsentState s;
    s.appId = QStringLiteral("d6fdd1c8-c917-5e77-b524-c3f607b74abf");
    s.displayName = QStringLiteral("Fabrikam Sales Engage");
    return s;
}

} // namespace PlannerFixtures
