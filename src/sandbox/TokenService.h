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
 * access tokens stay opaque to ConsentDesk. Authorization codes are single-use and live 10 minutes; refresh tokens
 * rotate on every use, and presenting a used one revokes the whole family (reuse detection).
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
        QString family; // rotation family; reuse of any member revokes the family
        QStringList requestedScopes; // the scope of the original request, used when a refresh names none
    };

    // The failure texts of redeemCode/redeemRefreshToken/validateAccessToken, for callers mapping them to errors.
    static const QString kUnknown; // never issued (or forgotten by reset)
    static const QString kExpired;
    static const QString kAlreadyRedeemed; // a code presented twice
    static const QString kRevoked; // a refresh token whose family was revoked (reuse, sign-out)
    static const QString kBadSignature;
    static const QString kMalformed;

    static constexpr int kDefaultAccessLifetime = 3600;
    static constexpr int kDefaultCodeLifetime = 600;

    explicit TokenService(QByteArray signingKey = {});

    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    int accessTokenLifetime() const { return m_accessLifetime; }
    void setCodeLifetime(int seconds) { m_codeLifetime = seconds; }
    int codeLifetime() const { return m_codeLifetime; }

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
    // Rotates: the presented token becomes used. A used token revokes its family and returns nullopt.
    std::optional<RefreshToken> redeemRefreshToken(const QString& token, QString* failure = nullptr);

    void revokeUser(const QString& userId); // sign-out everywhere; invalidates refresh tokens and sessions
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
    void revokeFamily(const QString& family);

    QByteArray m_key;
    int m_accessLifetime = kDefaultAccessLifetime;
    int m_codeLifetime = kDefaultCodeLifetime;
    Clock m_clock;
    QHash<QString, AuthorizationCode> m_codes;
    QSet<QString> m_usedCodes;
    QHash<QString, RefreshToken> m_refreshTokens; // live
    QHash<QString, QString> m_usedRefreshTokens; // token -> family
    QSet<QString> m_revokedFamilies;
    QHash<QString, qint64> m_revokedUsers; // user id (lower case) -> access tokens issued before this ms are invalid
    QHash<QString, QString> m_sessions; // session id -> user id
};
