#pragma once

#include "SandboxHttp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

/**
 * One Microsoft identity platform error, with the catalogue of the AADSTS codes the sandbox answers. The numbers and
 * their wording follow MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md; where the docs list
 * only a name, the text is the service's own as it appears in public bug reports (noted at the factory).
 *
 * Three renderings, as Entra uses them: the token endpoint's JSON (HTTP 400, 401 for invalid_client), the
 * error/error_description parameters of a redirect back to the app, and (for the error page) the description alone.
 * Every rendering carries a fresh Trace ID and the request's Correlation ID (the client-request-id it sent, if any).
 */
class EntraError
{
public:
    QString error; // the OAuth error: invalid_request, invalid_grant, invalid_client, access_denied, …
    int code = 0; // the AADSTS number
    QString message; // the text after "AADSTSnnnnn: "
    int httpStatus = 400;
    QString suberror; // token JSON: e.g. "consent_required" with 65001
    QString errorSubcode; // redirects: "cancel" when the user declined

    EntraError() = default;
    EntraError(QString error, int code, QString message, int httpStatus = 400);

    struct Context
    {
        QDateTime now;
        QString correlationId;
        QString traceId;
    };
    static Context context(const SandboxRequest& request, const QDateTime& now); // a new trace id for this answer

    // "AADSTS54005: …\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: 2024-01-09 02:02:12Z"
    QString description(const Context& context) const;
    QJsonObject toJson(const Context& context) const;
    SandboxResponse toResponse(const Context& context) const;
    QList<QPair<QString, QString>> redirectParameters(const Context& context) const;
    QString errorUri() const;

    static QString timestamp(const QDateTime& time); // "yyyy-MM-dd hh:mm:ssZ"

    // Tenant, client and redirect URI (authorize shows these on an error page: the app cannot be trusted with them).
    static EntraError tenantNotFound(const QString& tenant);
    static EntraError consumersNotSupported(const QString& appId, const QString& appName);
    static EntraError unknownClient(const QString& appId, const QString& tenant);
    static EntraError redirectUriNotRegistered(const QString& redirectUri, const QString& appId);
    static EntraError methodNotAllowed(const QByteArray& allowed, const QByteArray& received);
    // Request shape.
    static EntraError missingParameter(const QString& name);
    static EntraError invalidParameter(const QString& name);
    static EntraError unsupportedResponseType(const QString& responseType);
    static EntraError unsupportedResponseMode(const QString& responseMode);
    static EntraError pkceRequired();
    static EntraError invalidCodeChallengeMethod(const QString& method);
    static EntraError invalidCodeChallengeSize();
    // Scopes and resources.
    static EntraError invalidScope(const QString& scope, const QString& detail = {});
    static EntraError multipleResourcesAtAuthorize(const QString& scope);
    static EntraError multipleResourcesAtToken(const QString& scope);
    static EntraError resourceNotFound(const QString& resource, const QString& tenant);
    // Users, sessions and consent.
    static EntraError loginRequired();
    static EntraError userNotFound(const QString& tenant);
    static EntraError userDisabled();
    static EntraError consentRequired(const QString& appId, const QString& appName, bool tokenEndpoint);
    static EntraError adminConsentRequired(const QString& appName);
    static EntraError adminConsentRequestAccess(const QString& appName);
    static EntraError userDeclinedConsent();
    // The token endpoint.
    static EntraError unsupportedGrantType(const QString& grantType);
    static EntraError publicClientWithCredential();
    static EntraError confidentialClientWithoutCredential();
    static EntraError codeAlreadyRedeemed();
    static EntraError codeExpired();
    static EntraError codeInvalid();
    static EntraError redirectUriMismatch(const QString& presented, const QString& authorized);
    static EntraError codeVerifierMismatch();
    static EntraError refreshTokenRevoked(); // issued before the user's sessions were revoked
    static EntraError refreshTokenExpired(); // past its inactivity lifetime
    static EntraError refreshTokenMalformed();
};
