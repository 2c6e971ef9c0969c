#include "TokenService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

namespace {

const QString kGraphUri = QStringLiteral("https://graph.microsoft.com");
const QString kExchangeUri = QStringLiteral("https://outlook.office365.com");
const QString kGraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");
const QString kExchangeAppId = QStringLiteral("00000002-0000-0ff1-ce00-000000000000");

QByteArray fromBase64Url(const QByteArray& text, bool* ok)
{
    const auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(result);
    return result.decoded;
}

// Constant time, so a forged signature cannot be found byte by byte from response timings.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return difference == 0;
}

QJsonArray toArray(const QStringList& values)
{
    QJsonArray array;
    for (const auto& value : values) {
        array.append(value);
    }
    return array;
}

// Entra's "uti" is a short opaque per-token id. Ours carries the issue time in milliseconds (iat has only seconds),
// so a sign-out revokes exactly the tokens issued before it.
QString newUti(const QDateTime& issued)
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    const qint64 ms = issued.toMSecsSinceEpoch();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char((ms >> (8 * (7 - i))) & 0xff);
    }
    return QString::fromLatin1(TokenService::base64Url(bytes));
}

qint64 utiMillis(const QString& uti)
{
    const auto decoded = QByteArray::fromBase64Encoding(uti.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded || decoded.decoded.size() < 8) {
        return 0;
    }
    qint64 ms = 0;
    for (int i = 0; i < 8; ++i) {
        ms = (ms << 8) | static_cast<unsigned char>(decoded.decoded.at(i));
    }
    return ms;
}

// Entra's "sub" is pairwise: the same user has a different subject in every app.
QString pairwiseSubject(const QString& userId, const QString& clientId)
{
    const QByteArray hash = QCryptographicHash::hash((userId + clientId).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(TokenService::base64Url(hash).left(43));
}

} // namespace

const QString TokenService::kUnknown = QStringLiteral("The token or code is unknown.");
const QString TokenService::kExpired = QStringLiteral("The token or code is expired.");
const QString TokenService::kAlreadyRedeemed = QStringLiteral("The code was already redeemed.");
const QString TokenService::kRevoked = QStringLiteral("The grant was revoked.");
const QString TokenService::kBadSignature = QStringLiteral("The token signature is invalid.");
const QString TokenService::kMalformed = QStringLiteral("The token is malformed.");

TokenService::TokenService(QByteArray signingKey)
    : m_key(std::move(signingKey))
{
    if (m_key.isEmpty()) {
        // A fresh key per process: tokens never outlive the sandbox that issued them.
        m_key.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_key.data()), m_key.size() / 4);
    }
}

void TokenService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime TokenService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QByteArray TokenService::base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString TokenService::resourceUri(Resource resource)
{
    return resource == Resource::Exchange ? kExchangeUri : kGraphUri;
}

QString TokenService::resourceAppId(Resource resource)
{
    return resource == Resource::Exchange ? kExchangeAppId : kGraphAppId;
}

QString TokenService::randomToken(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(buffer.data()), bytes / 4);
    return QString::fromLatin1(base64Url(buffer));
}

QByteArray TokenService::sign(const QByteArray& headerAndPayload) const
{
    return QMessageAuthenticationCode::hash(headerAndPayload, m_key, QCryptographicHash::Sha256);
}

QString TokenService::encode(const QJsonObject& payload) const
{
    static const QByteArray header
        = base64Url(QJsonDocument(QJsonObject {{QStringLiteral("typ"), QStringLiteral("JWT")},
                                               {QStringLiteral("alg"), QStringLiteral("HS256")},
                                               {QStringLiteral("kid"), QStringLiteral("sandbox")}})
                        .toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(signingInput + '.' + base64Url(sign(signingInput)));
}

QString TokenService::issueAccessToken(const Claims& claims)
{
    const QDateTime issued = now();
    const QDateTime expires = claims.expiresAt.isValid() ? claims.expiresAt : issued.addSecs(m_accessLifetime);
    // v1.0 access tokens, as Graph and Exchange Online receive them.
    QJsonObject payload {
        {QStringLiteral("aud"), resourceUri(claims.resource)},
        {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(claims.tenantId)},
        {QStringLiteral("iat"), issued.toSecsSinceEpoch()},
        {QStringLiteral("nbf"), issued.toSecsSinceEpoch()},
        {QStringLiteral("exp"), expires.toSecsSinceEpoch()},
        {QStringLiteral("acr"), QStringLiteral("1")},
        {QStringLiteral("amr"), QJsonArray {QStringLiteral("pwd")}},
        {QStringLiteral("appid"), claims.clientId},
        {QStringLiteral("appidacr"), QStringLiteral("0")},
        {QStringLiteral("idtyp"), QStringLiteral("user")},
        {QStringLiteral("name"), claims.name},
        {QStringLiteral("oid"), claims.userId},
        {QStringLiteral("scp"), claims.scopes.join(QLatin1Char(' '))},
        {QStringLiteral("sub"), pairwiseSubject(claims.userId, claims.clientId)},
        {QStringLiteral("tid"), claims.tenantId},
        {QStringLiteral("unique_name"), claims.upn},
        {QStringLiteral("upn"), claims.upn},
        {QStringLiteral("uti"), newUti(issued)},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
        {QStringLiteral("wids"), toArray(claims.roleTemplateIds)},
    };
    if (!claims.clientDisplayName.isEmpty()) {
        payload.insert(QStringLiteral("app_displayname"), claims.clientDisplayName);
    }
    if (claims.appOnly) {
        // Entra's app-only tokens: idtyp app, roles instead of scp, no user claims.
        for (const auto& key : {"amr", "name", "scp", "unique_name", "upn", "wids"}) {
            payload.remove(QLatin1String(key));
        }
        payload.insert(QStringLiteral("idtyp"), QStringLiteral("app"));
        payload.insert(QStringLiteral("appidacr"), QStringLiteral("1"));
        payload.insert(QStringLiteral("roles"), toArray(claims.roles));
    }
    if (!claims.givenName.isEmpty()) {
        payload.insert(QStringLiteral("given_name"), claims.givenName);
    }
    if (!claims.familyName.isEmpty()) {
        payload.insert(QStringLiteral("family_name"), claims.familyName);
    }
    return encode(payload);
}

QString TokenService::issueIdToken(const Claims& claims, const QString& nonce)
{
    const QDateTime issued = now();
    // v2.0 id tokens: the audience is the client, the issuer the v2.0 authority.
    QJsonObject payload {
        {QStringLiteral("aud"), claims.clientId},
        {QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(claims.tenantId)},
        {QStringLiteral("iat"), issued.toSecsSinceEpoch()},
        {QStringLiteral("nbf"), issued.toSecsSinceEpoch()},
        {QStringLiteral("exp"), issued.addSecs(kDefaultAccessLifetime).toSecsSinceEpoch()},
        {QStringLiteral("name"), claims.name},
        {QStringLiteral("oid"), claims.userId},
        {QStringLiteral("preferred_username"), claims.upn},
        {QStringLiteral("sub"), pairwiseSubject(claims.userId, claims.clientId)},
        {QStringLiteral("tid"), claims.tenantId},
        {QStringLiteral("uti"), newUti(issued)},
        {QStringLiteral("ver"), QStringLiteral("2.0")},
    };
    if (!nonce.isEmpty()) {
        payload.insert(QStringLiteral("nonce"), nonce);
    }
    return encode(payload);
}

std::optional<QJsonObject> TokenService::verifiedPayload(const QByteArray& jwt, QString* failure) const
{
    auto fail = [failure](const QString& why) -> std::optional<QJsonObject> {
        if (failure) {
            *failure = why;
        }
        return std::nullopt;
    };
    const QList<QByteArray> parts = jwt.trimmed().split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        return fail(kMalformed);
    }
    bool ok = false;
    const QByteArray signature = fromBase64Url(parts.at(2), &ok);
    if (!ok) {
        return fail(kMalformed);
    }
    if (!sameBytes(signature, sign(parts.at(0) + '.' + parts.at(1)))) {
        return fail(kBadSignature);
    }
    const QByteArray payload = fromBase64Url(parts.at(1), &ok);
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!ok || !doc.isObject()) {
        return fail(kMalformed);
    }
    return doc.object();
}

std::optional<TokenService::Claims> TokenService::validateAccessToken(const QByteArray& bearer, QString* failure) const
{
    auto fail = [failure](const QString& why) -> std::optional<Claims> {
        if (failure) {
            *failure = why;
        }
        return std::nullopt;
    };
    QString why;
    const auto payload = verifiedPayload(bearer, &why);
    if (!payload) {
        return fail(why);
    }
    const QString audience = payload->value(QStringLiteral("aud")).toString();
    Claims claims;
    if (audience == kGraphUri || audience == kGraphAppId) {
        claims.resource = Resource::Graph;
    } else if (audience == kExchangeUri || audience == kExchangeAppId) {
        claims.resource = Resource::Exchange;
    } else {
        return fail(kMalformed); // an id token, or not ours
    }
    const qint64 nowSecs = now().toSecsSinceEpoch();
    const qint64 exp = payload->value(QStringLiteral("exp")).toInteger();
    if (exp <= nowSecs) {
        return fail(kExpired);
    }
    claims.userId = payload->value(QStringLiteral("oid")).toString();
    const auto revoked = m_revokedUsers.constFind(claims.userId.toLower());
    if (revoked != m_revokedUsers.constEnd()
        && utiMillis(payload->value(QStringLiteral("uti")).toString()) < revoked.value()) {
        return fail(kRevoked);
    }
    claims.tenantId = payload->value(QStringLiteral("tid")).toString();
    claims.clientId = payload->value(QStringLiteral("appid")).toString();
    claims.upn = payload->value(QStringLiteral("upn")).toString();
    claims.name = payload->value(QStringLiteral("name")).toString();
    claims.givenName = payload->value(QStringLiteral("given_name")).toString();
    claims.familyName = payload->value(QStringLiteral("family_name")).toString();
    claims.clientDisplayName = payload->value(QStringLiteral("app_displayname")).toString();
    claims.scopes = payload->value(QStringLiteral("scp")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto& wid : payload->value(QStringLiteral("wids")).toArray()) {
        claims.roleTemplateIds.append(wid.toString());
    }
    claims.appOnly = payload->value(QStringLiteral("idtyp")).toString() == QLatin1String("app");
    for (const auto& role : payload->value(QStringLiteral("roles")).toArray()) {
        claims.roles.append(role.toString());
    }
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc());
    if (failure) {
        failure->clear();
    }
    return claims;
}

QString TokenService::issueCode(const AuthorizationCode& code)
{
    AuthorizationCode stored = code;
    if (!stored.expiresAt.isValid()) {
        stored.expiresAt = now().addSecs(m_codeLifetime);
    }
    // Entra's codes are long opaque strings; the length only has to be unguessable here.
    const QString value = QStringLiteral("1.") + randomToken(48);
    m_codes.insert(value, stored);
    return value;
}

std::optional<TokenService::AuthorizationCode> TokenService::redeemCode(const QString& code, QString* failure)
{
    auto fail = [failure](const QString& why) -> std::optional<AuthorizationCode> {
        if (failure) {
            *failure = why;
        }
        return std::nullopt;
    };
    if (m_usedCodes.contains(code)) {
        return fail(kAlreadyRedeemed);
    }
    const auto it = m_codes.find(code);
    if (it == m_codes.end()) {
        return fail(kUnknown);
    }
    const AuthorizationCode found = it.value();
    m_codes.erase(it);
    m_usedCodes.insert(code);
    if (found.expiresAt <= now()) {
        return fail(kExpired);
    }
    if (failure) {
        failure->clear();
    }
    return found;
}

QString TokenService::issueRefreshToken(const RefreshToken& token)
{
    const QDateTime issued = now();
    // Forget tokens past their lifetime, so a long-running sandbox does not keep every token it ever issued.
    for (auto it = m_refreshTokens.begin(); it != m_refreshTokens.end();) {
        it = it.value().expiresAt <= issued ? m_refreshTokens.erase(it) : std::next(it);
    }
    RefreshToken stored = token;
    if (stored.family.isEmpty()) {
        stored.family = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    stored.issuedAt = issued;
    stored.expiresAt = issued.addSecs(m_refreshLifetime);
    const QString value = QStringLiteral("1.") + randomToken(64); // ≥ 32 random bytes, base64url
    m_refreshTokens.insert(value, stored);
    return value;
}

std::optional<TokenService::RefreshToken> TokenService::redeemRefreshToken(const QString& token, QString* failure)
{
    auto fail = [failure](const QString& why) -> std::optional<RefreshToken> {
        if (failure) {
            *failure = why;
        }
        return std::nullopt;
    };
    const auto it = m_refreshTokens.constFind(token);
    if (it == m_refreshTokens.constEnd()) {
        return fail(kUnknown);
    }
    const RefreshToken found = it.value();
    if (found.expiresAt <= now()) {
        return fail(kExpired);
    }
    const QDateTime validFrom = sessionsValidFrom(found.userId);
    if (validFrom.isValid() && found.issuedAt <= validFrom) {
        return fail(kRevoked);
    }
    if (failure) {
        failure->clear();
    }
    return found; // not consumed: Entra does not revoke a refresh token when it is redeemed
}

QDateTime TokenService::sessionsValidFrom(const QString& userId) const
{
    return m_sessionsValidFrom.value(userId.toLower());
}

void TokenService::revokeSignInSessions(const QString& userId)
{
    m_sessionsValidFrom.insert(userId.toLower(), now());
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        it = it.value().compare(userId, Qt::CaseInsensitive) == 0 ? m_sessions.erase(it) : std::next(it);
    }
}

void TokenService::revokeUser(const QString& userId)
{
    revokeSignInSessions(userId);
    m_revokedUsers.insert(userId.toLower(), now().toMSecsSinceEpoch());
}

void TokenService::reset()
{
    m_codes.clear();
    m_usedCodes.clear();
    m_refreshTokens.clear();
    m_sessionsValidFrom.clear();
    m_revokedUsers.clear();
    m_sessions.clear();
}

QString TokenService::createSession(const QString& userId)
{
    const QString id = randomToken(32);
    m_sessions.insert(id, userId);
    return id;
}

QString TokenService::sessionUser(const QString& sessionId) const
{
    return sessionId.isEmpty() ? QString() : m_sessions.value(sessionId);
}
