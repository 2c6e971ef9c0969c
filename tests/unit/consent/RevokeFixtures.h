#pragma once

// A hand-made AppInventory shared by the revoke, restore and export tests: one client with a tenant-wide grant on
// Microsoft Graph, two users' own grants and two application permissions.
#include "consent/AppInventory.h"
#include "directory/PermissionResolver.h"
#include "risk/RiskCatalog.h"

#include <QJsonArray>

namespace RevokeFixtures {

inline const QString GraphSpId = QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6");
inline const QString ClientSpId = QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076");
inline const QString ClientAppId = QStringLiteral("c34bd620-c9f8-5666-8513-79e9e000421c");
inline const QString OwnerTenant = QStringLiteral("9b59047e-5fed-5da8-8b3d-5644830b9e4f");
inline const QString UserA = QStringLiteral("aa5ea441-d51e-51e8-b802-af60495828c9");
inline const QString UserB = QStringLiteral("fa283865-c63a-5dc6-ac4d-856458d39fa8");
inline const QString MailReadRole = QStringLiteral("810c84a8-4a9e-49e6-bf7d-12d183f40d01");
inline const QString UserReadAllRole = QStringLiteral("df021288-bdef-4463-88db-98f22de89214");

inline QJsonObject
grantJson(const QString& id, const QString& consentType, const QString& principal, const QString& scope)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("clientId"), ClientSpId},
                        {QStringLiteral("consentType"), consentType},
                        {QStringLiteral("principalId"), principal.isEmpty() ? QJsonValue() : QJsonValue(principal)},
                        {QStringLiteral("resourceId"), GraphSpId},
                        {QStringLiteral("scope"), scope}};
}

inline QJsonObject assignmentJson(const QString& id, const QString& roleId)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("appRoleId"), roleId},
                        {QStringLiteral("principalId"), ClientSpId},
                        {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")},
                        {QStringLiteral("principalDisplayName"), QStringLiteral("Northwind CRM")},
                        {QStringLiteral("resourceId"), GraphSpId},
                        {QStringLiteral("resourceDisplayName"), QStringLiteral("Microsoft Graph")}};
}

inline ServicePrincipal graph()
{
    auto scope = [](const QString& v) {
        return QJsonObject {{QStringLiteral("id"), QString(QStringLiteral("scope-") + v)},
                            {QStringLiteral("value"), v},
                            {QStringLiteral("type"), QStringLiteral("User")},
                            {QStringLiteral("isEnabled"), true},
                            {QStringLiteral("adminConsentDisplayName"), QString(QStringLiteral("Admin name of ") + v)}};
    };
    auto role = [](const QString& id, const QString& v) {
        return QJsonObject {{QStringLiteral("id"), id},
                            {QStringLiteral("value"), v},
                            {QStringLiteral("displayName"), QString(QStringLiteral("Role ") + v)},
                            {QStringLiteral("allowedMemberTypes"), QJsonArray {QStringLiteral("Application")}},
                            {QStringLiteral("isEnabled"), true}};
    };
    return ServicePrincipal::fromJson(QJsonObject {
        {QStringLiteral("id"), GraphSpId},
        {QStringLiteral("appId"), PermissionResolver::MicrosoftGraphAppId},
        {QStringLiteral("displayName"), QStringLiteral("Microsoft Graph")},
        {QStringLiteral("oauth2PermissionScopes"),
         QJsonArray {scope(QStringLiteral("User.Read")),
                     scope(QStringLiteral("Mail.Read")),
                     scope(QStringLiteral("Mail.Send")),
                     scope(QStringLiteral("Calendars.Read"))}},
        {QStringLiteral("appRoles"),
         QJsonArray {role(MailReadRole, QStringLiteral("Mail.Read")),
                     role(UserReadAllRole, QStringLiteral("User.Read.All"))}},
    });
}

// g-all: AllPrincipals "User.Read Mail.Read Mail.Send"; g-a: UserA "User.Read Calendars.Read"; g-b: UserB "Mail.Read";
// a-mail: Mail.Read (Application); a-users: User.Read.All (Application).
inline AppInventory inventory()
{
    AppInventory inv;
    inv.app = ServicePrincipal::fromJson(QJsonObject {{QStringLiteral("id"), ClientSpId},
                                                      {QStringLiteral("appId"), ClientAppId},
                                                      {QStringLiteral("displayName"), QStringLiteral("Northwind CRM")},
                                                      {QStringLiteral("appOwnerOrganizationId"), OwnerTenant}});
    inv.grants = {
        PermissionGrant::fromJson(grantJson(QStringLiteral("g-all"),
                                            QStringLiteral("AllPrincipals"),
                                            {},
                                            QStringLiteral("User.Read Mail.Read Mail.Send"))),
        PermissionGrant::fromJson(grantJson(
            QStringLiteral("g-a"), QStringLiteral("Principal"), UserA, QStringLiteral(" User.Read  Calendars.Read"))),
        PermissionGrant::fromJson(
            grantJson(QStringLiteral("g-b"), QStringLiteral("Principal"), UserB, QStringLiteral("Mail.Read")))};
    inv.assignments = {AppRoleAssignment::fromJson(assignmentJson(QStringLiteral("a-mail"), MailReadRole)),
                       AppRoleAssignment::fromJson(assignmentJson(QStringLiteral("a-users"), UserReadAllRole))};
    inv.resources.insert(GraphSpId, graph());
    User a;
    a.id = UserA;
    a.displayName = QStringLiteral("Alex Wilber");
    a.userPrincipalName = QStringLiteral("alex.wilber@mini.onmicrosoft.com");
    User b;
    b.id = UserB;
    b.displayName = QStringLiteral("Adele Vance");
    b.userPrincipalName = QStringLiteral("adele.vance@mini.onmicrosoft.com");
    inv.users.insert(a.id, a);
    inv.users.insert(b.id, b);
    inv.buildRows(RiskCatalog::builtIn());
    return inv;
}

inline QString key(const QString& value, Permission::Type type)
{
    Permission p;
    p.resourceAppId = PermissionResolver::MicrosoftGraphAppId;
    p.value = value;
    p.type = type;
    return p.key();
}

} // namespace RevokeFixtures
