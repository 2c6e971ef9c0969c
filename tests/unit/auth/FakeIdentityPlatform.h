#pragma once

#include "LocalHttpServer.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

/**
 * A small stand-in for Entra's token endpoint and the three Graph calls of sign-in, on a real QHttpServer on
 * 127.0.0.1 — enough to test the flow and the session manager without the sandbox:
 * - POST /{tenant}/oauth2/v2.0/token: authorization_code (PKCE S256 checked against the authorize URL's challenge),
 *   refresh_token (rotation; a reused token answers invalid_grant), Entra's error JSON; scripted failures;
 * - GET /v1.0/me, /v1.0/me/memberOf/microsoft.graph.directoryRole, /v1.0/organization with bearer checks (401 for an
 *   unknown or expired token).
 * Refresh tokens contain '+', '/' and '=' on purpose: they must survive form encoding.
 * complete(authorizeUrl) plays the browser: it mints a code for the authorize request and GETs the redirect URI.
 * GET/POST /{tenant}/oauth2/v2.0/authorize serve a sign-in page like the sandbox's (radio buttons per user, then a
 * 302 to the redirect URI), for SandboxBrowserDriver.
 */
class FakeIdentityPlatform : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* TenantId = "beeebbd2-a0e9-467e-94e0-f43de5a70d0f";
    static constexpr const char* UserId = "b6cee3e8-742a-4101-b7b5-d48f10ef6abf";
    static constexpr const char* Upn = "adaeze.okafor@contoso.com";
    static constexpr const char* ClientId = "ed8937e7-42b0-4264-9c09-91ad3d1b5f07";

    struct TokenRequest
    {
        QUrlQuery form;
        QByteArray rawBody;
        QString value(const char* key) const { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); }
        bool has(const char* key) const { return form.hasQueryItem(QLatin1String(key)); }
    };

    explicit FakeIdentityPlatform(QObject* parent = nullptr);

    bool listenOnLoopback();
    QUrl baseUrl() const { return m_server.baseUrl(); }

    // The browser step: a code for this authorize request, then GET redirect_uri?code&state. Returns at once.
    void complete(const QUrl& authorizeUrl, const QString& overrideState = {});
    // The browser step with an error redirect instead.
    void completeWithError(const QUrl& authorizeUrl, const QString& error, const QString& description);
    QByteArray lastCallbackPage() const { return m_lastCallbackPage; }
    int callbackStatus() const { return m_callbackStatus; }
    int callbacksCompleted() const { return m_callbacksCompleted; }

    // Scripted answers: the next token request gets this status and JSON instead.
    void failNextTokenRequest(int status, const QByteArray& json, const QByteArray& retryAfter = {})
    {
        m_scriptedFailures.append({status, json});
        m_scriptedRetryAfter.append(retryAfter);
    }
    void clearScriptedFailures()
    {
        m_scriptedFailures.clear();
        m_scriptedRetryAfter.clear();
    }
    void setExpiresIn(int seconds) { m_expiresIn = seconds; }
    void setRoles(const QStringList& roleTemplateIds) { m_roles = roleTemplateIds; }
    void setGrantedScopes(const QString& scope) { m_grantedScope = scope; } // "" = echo the request's
    void expireAccessTokens() { m_validAccessTokens.clear(); } // the next Graph call gets 401
    void revokeRefreshTokens() { m_liveRefreshTokens.clear(); }
    // The id_token of the next answers: another tenant (tid) or user (oid), or none at all.
    void setIdTokenTenant(const QString& tenantId) { m_idTokenTenant = tenantId; }
    void setIdTokenUser(const QString& objectId) { m_idTokenUser = objectId; }
    void setIssueIdToken(bool issue) { m_issueIdToken = issue; }

    QList<TokenRequest> tokenRequests() const { return m_tokenRequests; }
    QList<LocalHttpServer::Request> requests() const { return m_server.requests(); }
    QStringList issuedSecrets() const { return m_issuedSecrets; } // every token and code handed out
    QString currentRefreshToken() const { return m_lastRefreshToken; }
    int graphCalls() const { return m_graphCalls; }
    QString lastSignInUser() const { return m_lastSignInUser; } // who the sign-in page's form chose
    QList<QByteArray> bearerTokensSeen() const { return m_bearers; }

private:
    LocalHttpServer::Response handle(const LocalHttpServer::Request& request);
    LocalHttpServer::Response token(const LocalHttpServer::Request& request);
    LocalHttpServer::Response graph(const LocalHttpServer::Request& request);
    LocalHttpServer::Response authorizePage(const LocalHttpServer::Request& request);
    QString mintCode(const QUrl& authorizeUrl);
    LocalHttpServer::Response issue(const QString& scope);
    static LocalHttpServer::Response entraError(int status, const char* error, int code, const char* text);
    QByteArray idToken() const;

    LocalHttpServer m_server;
    QNetworkAccessManager m_browser;
    struct Code
    {
        QString challenge;
        QString redirectUri;
        QString scope;
    };
    QHash<QString, Code> m_codes;
    QSet<QString> m_liveRefreshTokens;
    QSet<QString> m_usedRefreshTokens;
    QHash<QString, QString> m_validAccessTokens; // token -> resource
    QList<QPair<int, QByteArray>> m_scriptedFailures;
    QList<QByteArray> m_scriptedRetryAfter;
    QList<TokenRequest> m_tokenRequests;
    QStringList m_issuedSecrets;
    QStringList m_roles;
    QString m_grantedScope;
    QString m_lastRefreshToken;
    QString m_lastSignInUser;
    QByteArray m_lastCallbackPage;
    QList<QByteArray> m_bearers;
    int m_callbackStatus = 0;
    int m_callbacksCompleted = 0;
    int m_counter = 0;
    int m_expiresIn = 3600;
    int m_graphCalls = 0;
    QString m_idTokenTenant = QLatin1String(TenantId);
    QString m_idTokenUser = QLatin1String(UserId);
    bool m_issueIdToken = true;
};
