#pragma once

#include "TokenService.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class TenantStore;

/**
 * What the identity endpoints need to know about consent, read from (and written to) the tenant's Graph objects:
 * oauth2PermissionGrants (delegated, AllPrincipals or per user), appRoleAssignments (application permissions), the
 * resource service principals' published permissions (whether a scope needs an admin comes from
 * oauth2PermissionScopes[].type), the user's directory roles and the tenant's consent policies.
 */
class ConsentLedger
{
public:
    explicit ConsentLedger(TenantStore& store);

    std::optional<QJsonObject> resource(TokenService::Resource resource) const; // the resource's service principal
    std::optional<QJsonObject> clientServicePrincipal(const QString& appId) const;

    // Published permissions (enabled ones), looked up case-insensitively.
    static std::optional<QJsonObject> delegatedScope(const QJsonObject& resource, const QString& value);
    static std::optional<QJsonObject> applicationRole(const QJsonObject& resource, const QString& value);
    static bool requiresAdmin(const QJsonObject& scope)
    {
        return scope.value(QStringLiteral("type")).toString() == QLatin1String("Admin");
    }

    // Scope values consented for the client on the resource: for everyone, or for everyone plus this user.
    QStringList organizationScopes(const QString& clientSpId, const QString& resourceSpId) const;
    QStringList grantedScopes(const QString& clientSpId, const QString& resourceSpId, const QString& userId) const;
    // Everything consented for the client and the user, on every resource the sandbox hosts, as full URIs.
    QStringList grantedUris(const QString& clientAppId, const QString& userId) const;

    // Directory roles. Consent for the organization: Global, Privileged Role, Cloud Application and Application
    // Administrator; Microsoft Graph's app roles: only Global and Privileged Role Administrator.
    bool canConsentForOrganization(const QString& userId) const;
    bool canGrantGraphAppRoles(const QString& userId) const;
    QStringList roleNames(const QString& userId) const;

    // The tenant's user-consent setting: whether a user may consent for themself to this delegated permission of the
    // resource for the client app. Admin-only permissions never; otherwise one of the permission grant policies
    // assigned as ManagePermissionGrantsForSelf.{id} must include it (a condition set matches: permission type,
    // classification on the resource's delegatedPermissionClassifications, resource, permission ids, client app, its
    // publisher's tenant, verified publisher) and none of its excludes may. No such entry: "Do not allow user consent".
    bool userMayConsent(const QJsonObject& scope, const QJsonObject& resource, const QString& clientAppId) const;
    bool adminConsentWorkflowEnabled() const;

    // Writes. The client's service principal is created when missing, from what the tenant knows about the app.
    QJsonObject ensureClientServicePrincipal(const QString& appId, const QString& fallbackDisplayName);
    // Merges scopes into the grant of the client on the resource (principalId empty: AllPrincipals).
    void grantDelegated(const QString& clientSpId,
                        const QString& resourceSpId,
                        const QStringList& scopes,
                        const QString& principalId = {});
    // App role assignments the client does not have yet; returns how many were created.
    int assignApplicationRoles(const QJsonObject& client, const QJsonObject& resource, const QStringList& appRoleIds);

    static const QString kGlobalAdministrator;
    static const QString kPrivilegedRoleAdministrator;
    static const QString kCloudApplicationAdministrator;
    static const QString kApplicationAdministrator;

private:
    // What the policies know about a client app: its publisher's tenant and verified publisher id (Microsoft's own
    // apps count as verified).
    struct ClientFacts
    {
        QString appId;
        QString ownerTenantId;
        QString verifiedPublisherId;
    };
    ClientFacts clientFacts(const QString& appId) const;
    bool conditionSetMatches(const QJsonObject& set,
                             const QJsonObject& scope,
                             const QJsonObject& resource,
                             const ClientFacts& client) const;

    TenantStore& m_store;
};
