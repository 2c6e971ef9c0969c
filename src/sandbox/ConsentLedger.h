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

    // The tenant's user-consent setting (authorizationPolicy's ManagePermissionGrantsForSelf.* entry): whether a user
    // may consent to this delegated permission for themself.
    bool userMayConsent(const QJsonObject& scope) const;
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
    TenantStore& m_store;
};
