#pragma once

#include "ConsentLedger.h"
#include "EntraError.h"
#include "IdentityPages.h"
#include "SandboxHttp.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class ScopeSet;
class TenantStore;
class TokenService;

/**
 * The Microsoft identity platform (v2) for the sandbox tenant, as a desktop public client meets it:
 *   GET|POST /{tenant}/oauth2/v2.0/authorize   the sign-in page (the tenant's users as radio buttons), then a 302 to
 *                                               the loopback redirect URI with code, state and session_state
 *   POST     /{tenant}/oauth2/v2.0/token       authorization_code (PKCE S256 mandatory) and refresh_token (rotation
 *                                               with reuse detection); one resource per token
 *   GET|POST /{tenant}/v2.0/adminconsent       an administrator grants an app's permissions to the organization
 *   GET      /_sandbox/token                   a token for a named user without the browser (scripts, benchmarks)
 * {tenant} is the tenant id, a verified domain, "organizations" or "common" ("consumers" is refused).
 *
 * Errors come back as Entra sends them: the JSON error shape with AADSTS codes from the token endpoint, an error page
 * when the client or the redirect URI cannot be trusted, otherwise error/error_description on the redirect.
 * Consent is read from and written to the tenant's oauth2PermissionGrants and appRoleAssignments (ConsentLedger).
 */
class IdentityEndpoints
{
public:
    IdentityEndpoints(TenantStore& store, TokenService& tokens);

    bool handles(const SandboxRequest& request) const;
    SandboxResponse handle(const SandboxRequest& request);

    // The delegated Graph permissions in a /_sandbox/token token unless the request names others: what ConsentDesk
    // asks for over its lifetime.
    static QStringList defaultSandboxScopes();
    static constexpr int kMaxListedAccounts = 100; // large tenants: administrators first, then a username field
    static const QByteArray kSessionCookie;

private:
    enum class Endpoint { None, Authorize, Token, AdminConsent, SandboxToken };
    using Params = QMap<QString, QString>;

    // What an authorize or admin-consent request asks for, resolved against the resources' service principals.
    struct Requested
    {
        QJsonObject resource; // the service principal
        QStringList delegated; // canonical scope values
        QStringList application; // app role values (admin consent with .default only)
        QStringList applicationIds; // their ids
        QList<QJsonObject> delegatedObjects; // oauth2PermissionScopes entries, for pages and policy checks
        QList<QJsonObject> applicationObjects;
    };

    static Endpoint route(const QString& path, QString* tenant);
    std::optional<EntraError> checkTenant(const QString& segment, const QString& clientId) const;
    QString tenantName() const;

    SandboxResponse authorize(const SandboxRequest& request, const QString& tenant);
    SandboxResponse token(const SandboxRequest& request, const QString& tenant);
    SandboxResponse adminConsent(const SandboxRequest& request, const QString& tenant);
    SandboxResponse sandboxToken(const SandboxRequest& request);
    SandboxResponse appOnlyToken(const SandboxRequest& request, const QString& appId, const QString& resourceName);

    SandboxResponse redeemCode(const Params& params, const QJsonObject& client, const EntraError::Context& context);
    SandboxResponse
    redeemRefreshToken(const Params& params, const QJsonObject& client, const EntraError::Context& context);
    // The token response for the user; allowedUris (refresh): the scopes the refresh token's grant covers.
    SandboxResponse issueTokens(const QJsonObject& client,
                                const QJsonObject& user,
                                const ScopeSet& scopes,
                                const QString& nonce,
                                const QString& family,
                                const QStringList* allowedUris,
                                const EntraError::Context& context);

    // Authorize's resolution of the scope parameter (explicit values must exist on the resource).
    std::optional<EntraError> resolveAuthorize(const ScopeSet& scopes, QList<Requested>* out) const;
    std::optional<EntraError>
    resolveAdminConsent(const ScopeSet& scopes, const QString& appId, QList<Requested>* out) const;

    SandboxResponse signInPage(const QString& action,
                               const Params& carried,
                               const QString& appName,
                               const QString& intro,
                               const QString& selectedUserId,
                               const QString& username,
                               const QList<IdentityPages::Permission>& permissions,
                               bool offerOrganizationConsent,
                               const QString& error) const;
    // "Approval required" (AADSTS90095 with the admin consent workflow on): request approval, or back to the app.
    SandboxResponse approvalPage(const QString& action,
                                 const Params& carried,
                                 const QString& appName,
                                 const QJsonObject& user,
                                 const QList<Requested>& requested,
                                 const QString& clientId) const;
    SandboxResponse errorPage(const EntraError& error, const EntraError::Context& context) const;
    SandboxResponse redirect(const QString& redirectUri,
                             const QString& responseMode,
                             const QList<QPair<QString, QString>>& parameters) const;
    QList<IdentityPages::Permission> pagePermissions(const QList<Requested>& requested,
                                                     bool onlyMissingForOrganization,
                                                     const QString& clientAppId) const;

    std::optional<QJsonObject> sessionUser(const SandboxRequest& request) const;
    void startSession(SandboxResponse& response, const QString& userId);
    std::optional<QJsonObject> chosenUser(const Params& params, QString* error) const;

    TenantStore& m_store;
    TokenService& m_tokens;
    ConsentLedger m_ledger;
};
