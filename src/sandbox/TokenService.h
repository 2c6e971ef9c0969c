#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/**
 * Issues and validates the sandbox's tokens, like Entra's token service does for one tenant.
 *
 * Access and ID tokens are JWT-shaped (HS256 with a per-process key) so clients that decode id_token claims work;
 * access tokens stay opaque to ConsentDesk. Authorization codes are single-use and live 10 minutes. Refresh tokens
 * behave as Entra's do ("Refresh tokens in the Microsoft identity platform"): every redemption returns a new one, but
 * the old one is not revoked — each stays valid until its own inactivity lifetime (90 days) ends or the user's sessions
 * are revoked (revokeSignInSessions, which refuses every refresh token issued before it).
 *
 * Also keeps the browser sessions of the sign-in page (a cookie value -> the signed-in user), so that reset()
 * forgets every credential at once. The clock is injectable for expiry tests.
 */
class TokenService
{
public:
    enum class Resource { Graph, Exchange };

    struct Claims
    {
        QString tenantId;
        QString clientId; // appId of the client that asked
        QString userId; // object id of the signed-in user (oid)
        QString upn;
        QString name;
        Resource resource = Resource::Graph;
        QStringList scopes; // delegated scope values granted in this token, e.g. "User.Read", "Directory.Read.All"
        QStringList roleTemplateIds; // the user's directory roles (wids)
        QDateTime expiresAt; // invalid: now + accessTokenLifetime()
        QString givenName; // optional profile claims
        QString familyName;
        QString clientDisplayName; // app_displayname
        // App-only (client credentials): no user; userId is the service principal's object id, roles its app roles.
        bool appOnly = false;
        QStringList roles; // application permission values, e.g. "Mail.Read"
    };

    struct AuthorizationCode
    {
        QString clientId;
        QString redirectUri;
        QString codeChallenge; // S256
        QString userId;
        QStringList scopes; // as requested (may include OIDC scopes and full URIs)
        QString nonce;
        QDateTime expiresAt; // invalid: now + codeLifetime()
    };

    struct RefreshToken
    {
        QString clientId;
        QString userId;
        QStringList scopes; // everything consented in the original grant (all resources)
        QString family; // the sign-in the token descends from (kept across redemptions)
        QStringList requestedScopes; // the scope of the original request, used when a refresh names none
        QDateTime issuedAt; // set by issueRefreshToken
        QDateTime expiresAt; // issuedAt + refreshTokenLifetime(), set by issueRefreshToken
    };

    // The failure texts of redeemCode/redeemRefreshToken/validateAccessToken, for callers mapping them to errors.
    static const QString kUnknown; // never issued (or forgotten by reset)
    static const QString kExpired;
    static const QString kAlreadyRedeemed; // a code presented twice
    static const QString kRevoked; // issued before the user's sessions were revoked
    static const QString kBadSignature;
    static const QString kMalformed;

    static constexpr int kDefaultAccessLifetime = 3600;
    static constexpr int kDefaultCodeLifetime = 600;
    static constexpr qint64 kDefaultRefreshLifetime = 90LL * 24 * 3600; // Entra: 90 days of inactivity

    explicit TokenService(QByteArray signingKey = {});

    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    int accessTokenLifetime() const { return m_accessLifetime; }
    void setCodeLifetime(int seconds) { m_codeLifetime = seconds; }
    int codeLifetime() const { return m_codeLifetime; }
    void setRefreshTokenLifetime(qint64 seconds) { m_refreshLifetime = seconds; }
    qint64 refreshTokenLifetime() const { return m_refreshLifetime; }

    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock); // null: the system clock (UTC)
    QDateTime now() const;

    QString issueAccessToken(const Claims& claims);
    QString issueIdToken(const Claims& claims, const QString& nonce);
    std::optional<Claims> validateAccessToken(const QByteArray& bearer, QString* failure = nullptr) const;

    QString issueCode(const AuthorizationCode& code);
    // Consumes the code (single use). nullopt when unknown, expired or already used.
    std::optional<AuthorizationCode> redeemCode(const QString& code, QString* failure = nullptr);

    QString issueRefreshToken(const RefreshToken& token);
    // The grant behind a refresh token. The token stays valid (Entra does not revoke a redeemed refresh token);
    // nullopt when unknown (kUnknown), past its lifetime (kExpired) or issued before a revocation (kRevoked).
    std::optional<RefreshToken> redeemRefreshToken(const QString& token, QString* failure = nullptr);

    // user: revokeSignInSessions — refresh tokens and browser sessions issued until now stop working. Access tokens
    // stay valid until they expire, as Entra's do for clients without continuous access evaluation.
    void revokeSignInSessions(const QString& userId);
    // Also access tokens issued until now (a password reset with continuous access evaluation, in Entra terms).
    void revokeUser(const QString& userId);
    // When the user's sessions were last revoked (signInSessionsValidFromDateTime); invalid when never.
    QDateTime sessionsValidFrom(const QString& userId) const;
    void reset(); // forgets codes, refresh tokens and sessions (the signing key, hence access tokens, stay valid)

    // Browser sessions of the sign-in page.
    QString createSession(const QString& userId);
    QString sessionUser(const QString& sessionId) const; // empty when unknown

    // A JWT's payload after checking its signature (not its lifetime); nullopt when malformed or forged.
    std::optional<QJsonObject> verifiedPayload(const QByteArray& jwt, QString* failure = nullptr) const;
    static QByteArray base64Url(const QByteArray& data);
    static QString resourceUri(Resource resource); // "https://graph.microsoft.com", "https://outlook.office365.com"
    static QString resourceAppId(Resource resource);

private:
    QByteArray sign(const QByteArray& headerAndPayload) const;
    QString encode(const QJsonObject& payload) const;
    static QString randomToken(int bytes);

    QByteArray m_key;
    int m_accessLifetime = kDefaultAccessLifetime;
    int m_codeLifetime = kDefaultCodeLifetime;
    qint64 m_refreshLifetime = kDefaultRefreshLifetime;
    Clock m_clock;
    QHash<QString, AuthorizationCode> m_codes;
    QSet<QString> m_usedCodes;
    QHash<QString, RefreshToken> m_refreshTokens; // every issued, unexpired one (redeemed ones too)
    QHash<QString, QDateTime> m_sessionsValidFrom; // user id (lower case) -> refresh tokens issued before are revoked
    QHash<QString, qint64> m_revokedUsers; // user id (lower case) -> access tokens issued before this ms are invalid
    QHash<QString, QString> m_sessions; // session id -> user id
};
