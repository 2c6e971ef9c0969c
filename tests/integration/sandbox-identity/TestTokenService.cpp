#include "sandbox/TokenService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

// The sandbox's token service on its own: JWT shape and claims, signature and lifetime checks, single-use codes,
// refresh token rotation with reuse detection, revocation and sessions.
class TestTokenService : public QObject
{
    Q_OBJECT

private slots:
    void accessTokenIsAJwt();
    void claimsRoundTrip();
    void tamperedTokensAreRejected();
    void expiry();
    void lifetimeSetting();
    void idToken();
    void codesAreSingleUse();
    void codesExpire();
    void refreshTokensRotate();
    void redeemedTokensStayValid();
    void refreshTokensExpire();
    void revokeSignInSessions();
    void revokeUser();
    void resetForgetsCredentials();
    void sessions();

private:
    static TokenService::Claims claims();
    static QJsonObject part(const QString& jwt, int index);
};

TokenService::Claims TestTokenService::claims()
{
    TokenService::Claims c;
    c.tenantId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    c.clientId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
    c.clientDisplayName = QStringLiteral("ConsentDesk");
    c.userId = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    c.upn = QStringLiteral("admin@fabrikam.onmicrosoft.com");
    c.name = QStringLiteral("Avery Admin");
    c.scopes = {QStringLiteral("User.Read"), QStringLiteral("Directory.Read.All")};
    c.roleTemplateIds = {QStringLiteral("62e90394-69f5-4237-9190-012177145e10")};
    return c;
}

QJsonObject TestTokenService::part(const QString& jwt, int index)
{
    const QByteArray encoded = jwt.toLatin1().split('.').value(index);
    return QJsonDocument::fromJson(QByteArray::fromBase64(encoded, QByteArray::Base64UrlEncoding)).object();
}

void TestTokenService::accessTokenIsAJwt()
{
    TokenService tokens;
    const QString jwt = tokens.issueAccessToken(claims());
    QCOMPARE(jwt.count(QLatin1Char('.')), 2);
    QVERIFY(!jwt.contains(QLatin1Char('=')) && !jwt.contains(QLatin1Char('+')) && !jwt.contains(QLatin1Char('/')));
    const QJsonObject header = part(jwt, 0);
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    const QJsonObject payload = part(jwt, 1);
    QCOMPARE(payload.value(QStringLiteral("aud")).toString(), QStringLiteral("https://graph.microsoft.com"));
    QCOMPARE(payload.value(QStringLiteral("iss")).toString(),
             QStringLiteral("https://sts.windows.net/11111111-2222-4333-8444-555555555555/"));
    QCOMPARE(payload.value(QStringLiteral("tid")).toString(), claims().tenantId);
    QCOMPARE(payload.value(QStringLiteral("oid")).toString(), claims().userId);
    QCOMPARE(payload.value(QStringLiteral("upn")).toString(), claims().upn);
    QCOMPARE(payload.value(QStringLiteral("name")).toString(), claims().name);
    QCOMPARE(payload.value(QStringLiteral("appid")).toString(), claims().clientId);
    QCOMPARE(payload.value(QStringLiteral("app_displayname")).toString(), QStringLiteral("ConsentDesk"));
    QCOMPARE(payload.value(QStringLiteral("scp")).toString(), QStringLiteral("User.Read Directory.Read.All"));
    QCOMPARE(payload.value(QStringLiteral("wids")).toArray(),
             QJsonArray {QStringLiteral("62e90394-69f5-4237-9190-012177145e10")});
    QCOMPARE(payload.value(QStringLiteral("ver")).toString(), QStringLiteral("1.0"));
    const qint64 iat = payload.value(QStringLiteral("iat")).toInteger();
    QCOMPARE(payload.value(QStringLiteral("nbf")).toInteger(), iat);
    QCOMPARE(payload.value(QStringLiteral("exp")).toInteger(), iat + TokenService::kDefaultAccessLifetime);
    // The Exchange audience.
    TokenService::Claims exchange = claims();
    exchange.resource = TokenService::Resource::Exchange;
    QCOMPARE(part(tokens.issueAccessToken(exchange), 1).value(QStringLiteral("aud")).toString(),
             QStringLiteral("https://outlook.office365.com"));
}

void TestTokenService::claimsRoundTrip()
{
    TokenService tokens;
    TokenService::Claims exchange = claims();
    exchange.resource = TokenService::Resource::Exchange;
    const auto validated = tokens.validateAccessToken(tokens.issueAccessToken(exchange).toLatin1());
    QVERIFY(validated);
    QCOMPARE(validated->resource, TokenService::Resource::Exchange);
    QCOMPARE(validated->tenantId, exchange.tenantId);
    QCOMPARE(validated->clientId, exchange.clientId);
    QCOMPARE(validated->userId, exchange.userId);
    QCOMPARE(validated->upn, exchange.upn);
    QCOMPARE(validated->name, exchange.name);
    QCOMPARE(validated->scopes, exchange.scopes);
    QCOMPARE(validated->roleTemplateIds, exchange.roleTemplateIds);
    QVERIFY(validated->expiresAt > QDateTime::currentDateTimeUtc());
}

void TestTokenService::tamperedTokensAreRejected()
{
    TokenService tokens;
    const QString jwt = tokens.issueAccessToken(claims());
    QStringList parts = jwt.split(QLatin1Char('.'));
    // More scopes in the payload, same signature.
    QJsonObject payload = part(jwt, 1);
    payload.insert(QStringLiteral("scp"), QStringLiteral("Directory.ReadWrite.All"));
    parts[1] = QString::fromLatin1(TokenService::base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    QString failure;
    QVERIFY(!tokens.validateAccessToken(parts.join(QLatin1Char('.')).toLatin1(), &failure));
    QCOMPARE(failure, TokenService::kBadSignature);
    // A flipped signature character.
    QString forged = jwt;
    forged[forged.size() - 2] = forged.at(forged.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!tokens.validateAccessToken(forged.toLatin1(), &failure));
    // Another sandbox's key.
    TokenService other;
    QVERIFY(!other.validateAccessToken(jwt.toLatin1(), &failure));
    QCOMPARE(failure, TokenService::kBadSignature);
    // A fixed key validates across instances.
    TokenService a("k1");
    TokenService b("k1");
    QVERIFY(b.validateAccessToken(a.issueAccessToken(claims()).toLatin1()));
    // Garbage.
    for (const QByteArray& bad :
         {QByteArray(), QByteArray("abc"), QByteArray("a.b.c"), QByteArray("a..c"), QByteArray("***.***.***")}) {
        QVERIFY(!tokens.validateAccessToken(bad, &failure));
        QVERIFY(failure == TokenService::kMalformed || failure == TokenService::kBadSignature);
    }
}

void TestTokenService::expiry()
{
    TokenService tokens;
    QDateTime now = QDateTime::currentDateTimeUtc();
    tokens.setClock([&now]() { return now; });
    const QString jwt = tokens.issueAccessToken(claims());
    QVERIFY(tokens.validateAccessToken(jwt.toLatin1()));
    now = now.addSecs(TokenService::kDefaultAccessLifetime + 1);
    QString failure;
    QVERIFY(!tokens.validateAccessToken(jwt.toLatin1(), &failure));
    QCOMPARE(failure, TokenService::kExpired);
    // An explicit expiry wins over the lifetime.
    TokenService::Claims c = claims();
    c.expiresAt = now.addSecs(-5);
    QVERIFY(!tokens.validateAccessToken(tokens.issueAccessToken(c).toLatin1(), &failure));
    QCOMPARE(failure, TokenService::kExpired);
}

void TestTokenService::lifetimeSetting()
{
    TokenService tokens;
    tokens.setAccessTokenLifetime(90);
    QCOMPARE(tokens.accessTokenLifetime(), 90);
    const QJsonObject payload = part(tokens.issueAccessToken(claims()), 1);
    QCOMPARE(payload.value(QStringLiteral("exp")).toInteger() - payload.value(QStringLiteral("iat")).toInteger(), 90);
}

void TestTokenService::idToken()
{
    TokenService tokens;
    const QString jwt = tokens.issueIdToken(claims(), QStringLiteral("n-0S6_WzA2Mj"));
    const QJsonObject payload = part(jwt, 1);
    QCOMPARE(payload.value(QStringLiteral("aud")).toString(), claims().clientId);
    QCOMPARE(payload.value(QStringLiteral("iss")).toString(),
             QStringLiteral("https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0"));
    QCOMPARE(payload.value(QStringLiteral("preferred_username")).toString(), claims().upn);
    QCOMPARE(payload.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-0S6_WzA2Mj"));
    QCOMPARE(payload.value(QStringLiteral("ver")).toString(), QStringLiteral("2.0"));
    QVERIFY(!payload.value(QStringLiteral("sub")).toString().isEmpty());
    QVERIFY(tokens.verifiedPayload(jwt.toLatin1()));
    QVERIFY(!tokens.validateAccessToken(jwt.toLatin1())); // an id token is no access token
}

void TestTokenService::codesAreSingleUse()
{
    TokenService tokens;
    TokenService::AuthorizationCode code;
    code.clientId = claims().clientId;
    code.redirectUri = QStringLiteral("http://127.0.0.1:5000/");
    code.codeChallenge = QStringLiteral("challenge");
    code.userId = claims().userId;
    code.scopes = {QStringLiteral("openid"), QStringLiteral("User.Read")};
    const QString value = tokens.issueCode(code);
    QVERIFY(value.size() > 40);
    const auto redeemed = tokens.redeemCode(value);
    QVERIFY(redeemed);
    QCOMPARE(redeemed->redirectUri, code.redirectUri);
    QCOMPARE(redeemed->scopes, code.scopes);
    QString failure;
    QVERIFY(!tokens.redeemCode(value, &failure));
    QCOMPARE(failure, TokenService::kAlreadyRedeemed);
    QVERIFY(!tokens.redeemCode(QStringLiteral("1.never-issued"), &failure));
    QCOMPARE(failure, TokenService::kUnknown);
}

void TestTokenService::codesExpire()
{
    TokenService tokens;
    QDateTime now = QDateTime::currentDateTimeUtc();
    tokens.setClock([&now]() { return now; });
    QCOMPARE(tokens.codeLifetime(), 600);
    const QString value = tokens.issueCode(TokenService::AuthorizationCode {});
    now = now.addSecs(601);
    QString failure;
    QVERIFY(!tokens.redeemCode(value, &failure));
    QCOMPARE(failure, TokenService::kExpired);
    tokens.setCodeLifetime(5);
    const QString shortLived = tokens.issueCode(TokenService::AuthorizationCode {});
    now = now.addSecs(4);
    QVERIFY(tokens.redeemCode(shortLived));
}

void TestTokenService::refreshTokensRotate()
{
    TokenService tokens;
    TokenService::RefreshToken grant;
    grant.clientId = claims().clientId;
    grant.userId = claims().userId;
    grant.scopes = {QStringLiteral("https://graph.microsoft.com/User.Read")};
    const QString first = tokens.issueRefreshToken(grant);
    // ≥ 32 random bytes, base64url.
    QVERIFY(first.size() >= 43);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(first).hasMatch());
    const auto redeemed = tokens.redeemRefreshToken(first);
    QVERIFY(redeemed);
    QVERIFY(!redeemed->family.isEmpty());
    QCOMPARE(redeemed->scopes, grant.scopes);
    const QString second = tokens.issueRefreshToken(*redeemed);
    QVERIFY(second != first);
    QVERIFY(tokens.redeemRefreshToken(second));
}

void TestTokenService::redeemedTokensStayValid()
{
    TokenService tokens;
    TokenService::RefreshToken grant;
    grant.userId = claims().userId;
    const QString first = tokens.issueRefreshToken(grant);
    const auto one = tokens.redeemRefreshToken(first);
    QVERIFY(one);
    const QString second = tokens.issueRefreshToken(*one);
    // As Entra: redeeming does not revoke, neither the old token nor the family.
    QVERIFY(tokens.redeemRefreshToken(first));
    QVERIFY(tokens.redeemRefreshToken(second));
    QVERIFY(tokens.redeemRefreshToken(first));
    QCOMPARE(tokens.redeemRefreshToken(second)->family, one->family);
    QString failure;
    QVERIFY(!tokens.redeemRefreshToken(QStringLiteral("1.unknown"), &failure));
    QCOMPARE(failure, TokenService::kUnknown);
}

void TestTokenService::refreshTokensExpire()
{
    TokenService tokens;
    QDateTime now = QDateTime::currentDateTimeUtc();
    tokens.setClock([&now]() { return now; });
    QCOMPARE(tokens.refreshTokenLifetime(), 90LL * 24 * 3600);
    TokenService::RefreshToken grant;
    grant.userId = claims().userId;
    const QString token = tokens.issueRefreshToken(grant);
    now = now.addDays(90).addSecs(-1);
    QVERIFY(tokens.redeemRefreshToken(token));
    now = now.addSecs(1);
    QString failure;
    QVERIFY(!tokens.redeemRefreshToken(token, &failure));
    QCOMPARE(failure, TokenService::kExpired);
}

void TestTokenService::revokeSignInSessions()
{
    TokenService tokens;
    QDateTime now = QDateTime::currentDateTimeUtc();
    tokens.setClock([&now]() { return now; });
    TokenService::RefreshToken grant;
    grant.userId = claims().userId;
    TokenService::RefreshToken other;
    other.userId = QStringLiteral("0e0e0e0e-0000-4000-8000-000000000000");
    const QString before = tokens.issueRefreshToken(grant);
    const QString unrelated = tokens.issueRefreshToken(other);
    const QString access = tokens.issueAccessToken(claims());
    const QString session = tokens.createSession(claims().userId);
    now = now.addMSecs(5);
    QVERIFY(!tokens.sessionsValidFrom(claims().userId).isValid());
    tokens.revokeSignInSessions(claims().userId.toUpper());
    QCOMPARE(tokens.sessionsValidFrom(claims().userId), now);
    now = now.addMSecs(5);
    QString failure;
    QVERIFY(!tokens.redeemRefreshToken(before, &failure));
    QCOMPARE(failure, TokenService::kRevoked);
    QVERIFY(tokens.sessionUser(session).isEmpty());
    QVERIFY(tokens.redeemRefreshToken(unrelated)); // another user
    QVERIFY(tokens.validateAccessToken(access.toLatin1())); // access tokens live until they expire
    QVERIFY(tokens.redeemRefreshToken(tokens.issueRefreshToken(grant))); // a new sign-in works
}

void TestTokenService::revokeUser()
{
    TokenService tokens;
    QDateTime now = QDateTime::currentDateTimeUtc();
    tokens.setClock([&now]() { return now; });
    TokenService::RefreshToken grant;
    grant.userId = claims().userId;
    const QString refresh = tokens.issueRefreshToken(grant);
    const QString before = tokens.issueAccessToken(claims());
    const QString session = tokens.createSession(claims().userId);
    now = now.addMSecs(5);
    tokens.revokeUser(claims().userId.toUpper());
    now = now.addMSecs(5);
    const QString after = tokens.issueAccessToken(claims());
    QString failure;
    QVERIFY(!tokens.validateAccessToken(before.toLatin1(), &failure));
    QCOMPARE(failure, TokenService::kRevoked);
    QVERIFY(tokens.validateAccessToken(after.toLatin1()));
    QVERIFY(!tokens.redeemRefreshToken(refresh, &failure));
    QCOMPARE(failure, TokenService::kRevoked);
    QVERIFY(tokens.sessionUser(session).isEmpty());
}

void TestTokenService::resetForgetsCredentials()
{
    TokenService tokens;
    const QString code = tokens.issueCode(TokenService::AuthorizationCode {});
    const QString refresh = tokens.issueRefreshToken(TokenService::RefreshToken {});
    const QString session = tokens.createSession(claims().userId);
    const QString access = tokens.issueAccessToken(claims());
    tokens.reset();
    QVERIFY(!tokens.redeemCode(code));
    QVERIFY(!tokens.redeemRefreshToken(refresh));
    QVERIFY(tokens.sessionUser(session).isEmpty());
    QVERIFY(tokens.validateAccessToken(access.toLatin1())); // same key: access tokens live until they expire
}

void TestTokenService::sessions()
{
    TokenService tokens;
    const QString a = tokens.createSession(QStringLiteral("user-a"));
    const QString b = tokens.createSession(QStringLiteral("user-b"));
    QVERIFY(a != b);
    QCOMPARE(tokens.sessionUser(a), QStringLiteral("user-a"));
    QCOMPARE(tokens.sessionUser(b), QStringLiteral("user-b"));
    QVERIFY(tokens.sessionUser(QString()).isEmpty());
    QVERIFY(tokens.sessionUser(QStringLiteral("nope")).isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "TestTokenService.moc"
