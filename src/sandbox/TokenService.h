#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Issues and validates the sandbox's tokens, like Entra's token service does for one tenant.
 *
 * Access and ID tokens are JWT-shaped (HS256 with a per-process key) so clients that decode id_token claims work;
 * access tokens stay opaque to ConsentDesk. Authorization codes are single-use and live 10 minutes; refresh tokens
 * rotate on every use, and presenting a used one revokes the whole family (reuse detection).
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
        QDateTime expiresAt;
    };

    struct AuthorizationCode
    {
        QString clientId;
        QString redirectUri;
        QString codeChallenge; // S256
        QString userId;
        QStringList scopes; // as requested (may include OIDC scopes and full URIs)
        QString nonce;
        QDateTime expiresAt;
    };

    struct RefreshToken
    {
        QString clientId;
        QString userId;
        QStringList scopes; // everything consented in the original grant (all resources)
        QString family; // rotation family; reuse of any member revokes the family
    };

    explicit TokenService(QByteArray signingKey = {});

    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    int accessTokenLifetime() const { return m_accessLifetime; }

    QString issueAccessToken(const Claims& claims);
    QString issueIdToken(const Claims& claims, const QString& nonce);
    std::optional<Claims> validateAccessToken(const QByteArray& bearer, QString* failure = nullptr) const;

    QString issueCode(const AuthorizationCode& code);
    // Consumes the code (single use). nullopt when unknown, expired or already used.
    std::optional<AuthorizationCode> redeemCode(const QString& code, QString* failure = nullptr);

    QString issueRefreshToken(const RefreshToken& token);
    // Rotates: the presented token becomes used. A used token revokes its family and returns nullopt.
    std::optional<RefreshToken> redeemRefreshToken(const QString& token, QString* failure = nullptr);

    void revokeUser(const QString& userId); // sign-out everywhere; invalidates refresh tokens
    void reset();

private:
    QByteArray sign(const QByteArray& headerAndPayload) const;

    QByteArray m_key;
    int m_accessLifetime = 3600;
    QHash<QString, AuthorizationCode> m_codes;
    QSet<QString> m_usedCodes;
    QHash<QString, RefreshToken> m_refreshTokens; // live
    QHash<QString, QString> m_usedRefreshTokens; // token -> family
    QSet<QString> m_revokedFamilies;
};
