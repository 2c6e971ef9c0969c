#include "IdentityTestClient.h"
#include "sandbox/IdentityEndpoints.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantGenerator.h"
#include "sandbox/TenantStore.h"
#include "sandbox/TokenService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <memory>

// The emulated Microsoft identity platform over loopback: the sign-in page and its form, the redirect, the token
// endpoint (PKCE, single-use codes, refresh rotation, one resource per token, client authentication), consent
// (per-user, organization-wide, admin-only scopes and the admin consent workflow), the admin consent endpoint,
// /_sandbox/token, and Entra's error shapes. The tenant is a generated small one (seed 7).
class TestIdentityEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void signInPage();
    void pageEscapesEverything();
    void fullSignInWithPkce();
    void wrongVerifier();
    void missingVerifier();
    void missingPkce();
    void plainMethod();
    void codeReuse();
    void expiredCode();
    void redirectUriRules();
    void redirectUriMustMatchAtToken();
    void unknownClient();
    void tenantForms();
    void publicClientWithSecret();
    void confidentialClientWithoutSecret();
    void tokenEndpointShape();
    void refreshRotation();
    void redeemedRefreshTokenStaysValid();
    void revokeSignInSessions();
    void refreshTokenExpiresAfterInactivity();
    void refreshScopeMustBeConsented();
    void oneResourcePerToken();
    void exchangeToken();
    void adminOnlyScopeForNonAdmin();
    void userConsent();
    void adminConsentsForOrganization();
    void cancelOnSignInPage();
    void promptNoneAndSessions();
    void loginHint();
    void formPost();
    void adminConsentFlow();
    void adminConsentApplicationPermissions();
    void adminConsentRefusals();
    void sandboxToken();
    void accessTokenLifetime();
    void tokenClaims();
    void errorJsonShape();
    void demoTenantSignIn();

private:
    struct Authorize
    {
        QString clientId = TenantGenerator::kConsentDeskAppId;
        QString tenant; // empty: the tenant id
        QString scope = QStringLiteral("openid profile offline_access User.Read Directory.Read.All");
        QString redirectUri = QStringLiteral("http://127.0.0.1:51000/");
        QString state = QStringLiteral("state-1&x=y");
        QString verifier = IdentityTestClient::verifier();
        QString method = QStringLiteral("S256");
        bool pkce = true;
        QString prompt;
        QString loginHint;
        QString nonce = QStringLiteral("nonce-1");
        QString responseMode;
    };

    QUrl url(const QString& path) const { return QUrl(m_base + path); }
    QUrl authorizeUrl(const Authorize& a) const;
    QUrl tokenUrl() const { return url(QLatin1Char('/') + m_tenantId + QStringLiteral("/oauth2/v2.0/token")); }
    // Fetches the sign-in page, picks the account like a person would, posts the form; the 302 (or page) answered.
    IdentityTestClient::Reply
    signIn(const Authorize& a, const QString& upn, const IdentityTestClient::Form& extra = {});
    // The sign-in form posted, without following an "Approval required" page.
    IdentityTestClient::Reply
    signInOnly(const Authorize& a, const QString& upn, const IdentityTestClient::Form& extra = {});
    QString code(const Authorize& a, const QString& upn);
    IdentityTestClient::Reply
    redeem(const QString& code, const Authorize& a, const IdentityTestClient::Form& extra = {});
    IdentityTestClient::Reply refresh(const QString& refreshToken, const QString& scope = {});
    QString upn(const QString& local) const { return local + QLatin1Char('@') + m_domain; }
    QString userId(const QString& upn) const;
    QString replyUrl(const QString& appId) const; // the app's first registered reply URL
    static void verifyEntraError(const IdentityTestClient::Reply& reply, int status, const QString& error, int code);
    static int aadsts(const QString& description);

    std::unique_ptr<SandboxServer> m_server;
    IdentityTestClient m_client;
    QString m_base;
    QString m_tenantId;
    QString m_domain;
    QString m_member; // a user without directory roles
    QJsonObject m_fixture;
};

void TestIdentityEndpoints::initTestCase()
{
    SandboxOptions options;
    m_fixture = TenantGenerator::generate(TenantGenerator::Size::Small, 7);
    options.fixture = m_fixture;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    const quint16 port = m_server->start(&error);
    QVERIFY2(port != 0, qPrintable(error));
    m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    m_tenantId = m_server->store().tenantId();
    m_domain = m_server->store().tenant().value(QStringLiteral("defaultDomain")).toString();
    for (const auto& user : m_server->store().list(QStringLiteral("users"))) {
        const QString id = user.value(QStringLiteral("id")).toString();
        if (m_server->store().directoryRoleTemplateIds(id).isEmpty()
            && user.value(QStringLiteral("accountEnabled")).toBool()
            && user.value(QStringLiteral("userType")).toString() == QLatin1String("Member")) {
            m_member = user.value(QStringLiteral("userPrincipalName")).toString();
            break;
        }
    }
    QVERIFY(!m_member.isEmpty());
}

void TestIdentityEndpoints::init()
{
    // Every test starts from the generated tenant, with no sessions, codes or refresh tokens.
    QVERIFY(m_server->reset());
    m_server->tokens().setClock({});
    m_server->tokens().setAccessTokenLifetime(TokenService::kDefaultAccessLifetime);
    m_client.clearCookies();
}

QString TestIdentityEndpoints::userId(const QString& upn) const
{
    const auto user = m_server->store().userByIdOrUpn(upn);
    return user ? user->value(QStringLiteral("id")).toString() : QString();
}

QString TestIdentityEndpoints::replyUrl(const QString& appId) const
{
    const auto sp = m_server->store().servicePrincipalByAppId(appId);
    const QJsonObject known = sp ? *sp : m_server->store().catalogApp(appId).value_or(QJsonObject());
    const QString registered = known.value(QStringLiteral("replyUrls")).toArray().first().toString();
    // Without registered reply URLs the sandbox accepts any loopback address.
    return registered.isEmpty() ? QStringLiteral("http://localhost:7000/consented") : registered;
}

QUrl TestIdentityEndpoints::authorizeUrl(const Authorize& a) const
{
    QList<QPair<QString, QString>> items {{QStringLiteral("client_id"), a.clientId},
                                          {QStringLiteral("response_type"), QStringLiteral("code")},
                                          {QStringLiteral("redirect_uri"), a.redirectUri},
                                          {QStringLiteral("scope"), a.scope},
                                          {QStringLiteral("state"), a.state},
                                          {QStringLiteral("nonce"), a.nonce}};
    if (a.pkce) {
        items.append({QStringLiteral("code_challenge"), IdentityTestClient::challenge(a.verifier)});
        if (!a.method.isEmpty()) {
            items.append({QStringLiteral("code_challenge_method"), a.method});
        }
    }
    for (const auto& [name, value] : {qMakePair(QStringLiteral("prompt"), a.prompt),
                                      qMakePair(QStringLiteral("login_hint"), a.loginHint),
                                      qMakePair(QStringLiteral("response_mode"), a.responseMode)}) {
        if (!value.isEmpty()) {
            items.append({name, value});
        }
    }
    QString query;
    for (const auto& [name, value] : items) {
        query += (query.isEmpty() ? QString() : QStringLiteral("&")) + name + QLatin1Char('=')
                 + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    const QString tenant = a.tenant.isEmpty() ? m_tenantId : a.tenant;
    return QUrl(m_base + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/authorize?") + query);
}

IdentityTestClient::Reply
TestIdentityEndpoints::signIn(const Authorize& a, const QString& upn, const IdentityTestClient::Form& extra)
{
    const auto reply = signInOnly(a, upn, extra);
    if (reply.status != 200 || !reply.text().contains(QLatin1String("value=\"request_approval\""))) {
        return reply;
    }
    // "Approval required" (the admin consent workflow is on): the user requests approval, as most would.
    const QString html = reply.text();
    IdentityTestClient::Form form = IdentityTestClient::hiddenFields(html);
    form.append({QStringLiteral("justification"), QStringLiteral("I need this app for my work.")});
    form.append({QStringLiteral("action"), QStringLiteral("request_approval")});
    return m_client.postForm(url(IdentityTestClient::formAction(html)), form);
}

IdentityTestClient::Reply
TestIdentityEndpoints::signInOnly(const Authorize& a, const QString& upn, const IdentityTestClient::Form& extra)
{
    const auto page = m_client.get(authorizeUrl(a));
    if (page.status != 200) {
        return page;
    }
    const QString html = page.text();
    IdentityTestClient::Form form = IdentityTestClient::hiddenFields(html);
    form.append({QStringLiteral("login"), IdentityTestClient::accountValue(html, upn)});
    form.append({QStringLiteral("action"), QStringLiteral("signin")});
    form += extra;
    return m_client.postForm(url(IdentityTestClient::formAction(html)), form);
}

QString TestIdentityEndpoints::code(const Authorize& a, const QString& upn)
{
    const auto reply = signIn(a, upn);
    if (reply.status != 302) {
        qWarning() << "sign-in answered" << reply.status << reply.header("location");
        return QString();
    }
    return reply.parameter(QStringLiteral("code"));
}

IdentityTestClient::Reply
TestIdentityEndpoints::redeem(const QString& code, const Authorize& a, const IdentityTestClient::Form& extra)
{
    IdentityTestClient::Form form {{QStringLiteral("client_id"), a.clientId},
                                   {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                   {QStringLiteral("code"), code},
                                   {QStringLiteral("redirect_uri"), a.redirectUri},
                                   {QStringLiteral("code_verifier"), a.verifier}};
    for (const auto& [name, value] : extra) {
        for (qsizetype i = 0; i < form.size(); ++i) {
            if (form.at(i).first == name) {
                form.removeAt(i);
                break;
            }
        }
        if (!value.isNull()) {
            form.append({name, value});
        }
    }
    return m_client.postForm(tokenUrl(), form);
}

IdentityTestClient::Reply TestIdentityEndpoints::refresh(const QString& refreshToken, const QString& scope)
{
    IdentityTestClient::Form form {{QStringLiteral("client_id"), TenantGenerator::kConsentDeskAppId},
                                   {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                   {QStringLiteral("refresh_token"), refreshToken}};
    if (!scope.isEmpty()) {
        form.append({QStringLiteral("scope"), scope});
    }
    return m_client.postForm(tokenUrl(), form);
}

int TestIdentityEndpoints::aadsts(const QString& description)
{
    static const QRegularExpression pattern(QStringLiteral("^AADSTS(\\d+): "));
    return pattern.match(description).captured(1).toInt();
}

void TestIdentityEndpoints::verifyEntraError(const IdentityTestClient::Reply& reply,
                                             int status,
                                             const QString& error,
                                             int code)
{
    QCOMPARE(reply.status, status);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(json.value(QStringLiteral("error_codes")).toArray(), QJsonArray {code});
    QCOMPARE(aadsts(json.value(QStringLiteral("error_description")).toString()), code);
}

// ---------------------------------------------------------------------------------------------------------------

void TestIdentityEndpoints::signInPage()
{
    Authorize a;
    const auto page = m_client.get(authorizeUrl(a));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QCOMPARE(page.header("cache-control"), QByteArray("no-store, no-cache"));
    QVERIFY(page.header("content-security-policy").contains("default-src 'none'"));
    const QString html = page.text();
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
    const QString tenantName = m_server->store().tenant().value(QStringLiteral("displayName")).toString();
    QVERIFY(html.contains(QStringLiteral("<title>Sign in to %1 (ConsentDesk sandbox)</title>").arg(tenantName)));
    QVERIFY(!html.contains(QLatin1String("<script")));
    // Every radio button has its label; administrators first, with their roles.
    const int radios = int(html.count(QLatin1String("type=\"radio\"")));
    QCOMPARE(radios, IdentityEndpoints::kMaxListedAccounts);
    QCOMPARE(int(html.count(QLatin1String("<label for=\"account-"))), radios);
    QVERIFY(html.indexOf(upn(QStringLiteral("admin"))) < html.indexOf(m_member));
    QVERIFY(html.contains(QLatin1String("Global Administrator")));
    QVERIFY(html.contains(QLatin1String("<label for=\"username\">")));
    QVERIFY(html.contains(QLatin1String("Showing 100 of")));
    // The form posts back to the same endpoint with every original parameter.
    QCOMPARE(IdentityTestClient::formAction(html), QStringLiteral("/%1/oauth2/v2.0/authorize").arg(m_tenantId));
    const auto hidden = IdentityTestClient::hiddenFields(html);
    QVERIFY(hidden.contains(qMakePair(QStringLiteral("state"), a.state)));
    QVERIFY(hidden.contains(qMakePair(QStringLiteral("scope"), a.scope)));
    QVERIFY(hidden.contains(qMakePair(QStringLiteral("code_challenge"), IdentityTestClient::challenge(a.verifier))));
    QVERIFY(!IdentityTestClient::accountValue(html, upn(QStringLiteral("admin"))).isEmpty());
    // ConsentDesk's scopes are consented for the organization: no permission notice.
    QVERIFY(!html.contains(QLatin1String("asks for these permissions")));
    // A scope not yet granted: listed, marked when it needs an admin.
    a.scope = QStringLiteral("openid User.Read AuditLog.Read.All");
    const QString withNotice = m_client.get(authorizeUrl(a)).text();
    QVERIFY(withNotice.contains(QLatin1String("ConsentDesk asks for these permissions")));
    QVERIFY(withNotice.contains(
        QLatin1String("(AuditLog.Read.All, Microsoft Graph)<span class=\"tag\">Admin consent required</span>")));
    QVERIFY(withNotice.contains(QLatin1String("name=\"consent_on_behalf_of_organization\"")));
}

void TestIdentityEndpoints::pageEscapesEverything()
{
    QJsonObject user = *m_server->store().userByIdOrUpn(m_member);
    user.insert(QStringLiteral("displayName"), QStringLiteral("<script>alert('x')</script> & \"Co\""));
    m_server->store().put(QStringLiteral("users"), user);
    Authorize a;
    a.state = QStringLiteral("\"><img src=x onerror=alert(1)>");
    a.loginHint = QStringLiteral("<b>nobody</b>@x");
    const QString html = m_client.get(authorizeUrl(a)).text();
    QVERIFY(!html.contains(QLatin1String("<script>alert")));
    QVERIFY(!html.contains(QLatin1String("<img src=x")));
    QVERIFY(!html.contains(QLatin1String("<b>nobody")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;")));
    QVERIFY(html.contains(QLatin1String("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"")));
    // The state still round-trips exactly.
    const auto reply = signIn(a, upn(QStringLiteral("admin")));
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.parameter(QStringLiteral("state")), a.state);
}

void TestIdentityEndpoints::fullSignInWithPkce()
{
    Authorize a;
    const auto reply = signIn(a, upn(QStringLiteral("admin")));
    QCOMPARE(reply.status, 302);
    const QUrl location = reply.location();
    QCOMPARE(location.scheme(), QStringLiteral("http"));
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(location.port(), 51000);
    QCOMPARE(location.path(), QStringLiteral("/"));
    QCOMPARE(reply.parameter(QStringLiteral("state")), a.state);
    QVERIFY(!QUuid::fromString(reply.parameter(QStringLiteral("session_state"))).isNull());
    const QString authCode = reply.parameter(QStringLiteral("code"));
    QVERIFY(authCode.size() > 40);
    QVERIFY(reply.header("set-cookie").startsWith(QByteArray(IdentityEndpoints::kSessionCookie + '=')));
    QVERIFY(reply.header("set-cookie").contains("HttpOnly"));

    const auto token = redeem(authCode, a);
    QCOMPARE(token.status, 200);
    QCOMPARE(token.header("cache-control"), QByteArray("no-store, no-cache"));
    const QJsonObject json = token.json();
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), TokenService::kDefaultAccessLifetime);
    QCOMPARE(json.value(QStringLiteral("ext_expires_in")).toInt(), TokenService::kDefaultAccessLifetime);
    // Entra's scopes are additive: what was asked for first, then everything else already consented for this
    // client and resource (here ConsentDesk's tenant-wide read set), then the OpenID scopes.
    const QString scope = json.value(QStringLiteral("scope")).toString();
    QVERIFY2(scope.startsWith(QStringLiteral(
                 "https://graph.microsoft.com/User.Read https://graph.microsoft.com/Directory.Read.All ")),
             qPrintable(scope));
    QVERIFY2(scope.contains(QStringLiteral("https://graph.microsoft.com/ConsentRequest.Read.All")), qPrintable(scope));
    QVERIFY2(scope.endsWith(QStringLiteral(" openid profile")), qPrintable(scope));
    QVERIFY(!json.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QVERIFY(!json.value(QStringLiteral("id_token")).toString().isEmpty());
    const auto claims
        = m_server->tokens().validateAccessToken(json.value(QStringLiteral("access_token")).toString().toLatin1());
    QVERIFY(claims);
    QCOMPARE(claims->resource, TokenService::Resource::Graph);
    QCOMPARE(claims->upn, upn(QStringLiteral("admin")));
    QCOMPARE(claims->userId, userId(upn(QStringLiteral("admin"))));
    QCOMPARE(claims->clientId, TenantGenerator::kConsentDeskAppId);
    QCOMPARE(claims->tenantId, m_tenantId);
    QVERIFY(claims->scopes.contains(QStringLiteral("Directory.Read.All")));
    QVERIFY(claims->roleTemplateIds.contains(QStringLiteral("62e90394-69f5-4237-9190-012177145e10")));
    const auto id = m_server->tokens().verifiedPayload(json.value(QStringLiteral("id_token")).toString().toLatin1());
    QVERIFY(id);
    QCOMPARE(id->value(QStringLiteral("nonce")).toString(), a.nonce);
    QCOMPARE(id->value(QStringLiteral("aud")).toString(), TenantGenerator::kConsentDeskAppId);
    QCOMPARE(id->value(QStringLiteral("preferred_username")).toString(), upn(QStringLiteral("admin")));
    // The token works against the emulated Graph.
    const auto me = m_client.get(
        url(QStringLiteral("/v1.0/me")),
        {{"Authorization", "Bearer " + json.value(QStringLiteral("access_token")).toString().toLatin1()}});
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("userPrincipalName")).toString(), upn(QStringLiteral("admin")));

    // Without offline_access there is no refresh token; without openid no id token.
    Authorize b;
    b.scope = QStringLiteral("User.Read");
    const QJsonObject plain = redeem(code(b, upn(QStringLiteral("admin"))), b).json();
    QVERIFY(plain.contains(QStringLiteral("access_token")));
    QVERIFY(!plain.contains(QStringLiteral("refresh_token")));
    QVERIFY(!plain.contains(QStringLiteral("id_token")));
    QVERIFY(plain.value(QStringLiteral("scope"))
                .toString()
                .startsWith(QStringLiteral("https://graph.microsoft.com/User.Read")));
    QVERIFY(!plain.value(QStringLiteral("scope")).toString().contains(QStringLiteral("openid")));
}

void TestIdentityEndpoints::wrongVerifier()
{
    Authorize a;
    const QString c = code(a, upn(QStringLiteral("admin")));
    const auto reply = redeem(c, a, {{QStringLiteral("code_verifier"), IdentityTestClient::verifier()}});
    verifyEntraError(reply, 400, QStringLiteral("invalid_grant"), 501481);
    QVERIFY(reply.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QLatin1String("AADSTS501481: The Code_Verifier does not match the code_challenge supplied "
                                          "in the authorization request.")));
    // The code is gone: the right verifier no longer helps.
    verifyEntraError(redeem(c, a), 400, QStringLiteral("invalid_grant"), 54005);
}

void TestIdentityEndpoints::missingVerifier()
{
    Authorize a;
    const auto reply = redeem(code(a, upn(QStringLiteral("admin"))), a, {{QStringLiteral("code_verifier"), QString()}});
    verifyEntraError(reply, 400, QStringLiteral("invalid_request"), 900144);
    QVERIFY(
        reply.json().value(QStringLiteral("error_description")).toString().contains(QLatin1String("'code_verifier'")));
}

void TestIdentityEndpoints::missingPkce()
{
    Authorize a;
    a.pkce = false;
    const auto reply = m_client.get(authorizeUrl(a));
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.location().port(), 51000);
    QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QVERIFY(reply.parameter(QStringLiteral("error_description"))
                .startsWith(QLatin1String("AADSTS9002325: Proof Key for Code Exchange is required")));
    QCOMPARE(reply.parameter(QStringLiteral("state")), a.state);
    QVERIFY(reply.parameter(QStringLiteral("code")).isEmpty());
}

void TestIdentityEndpoints::plainMethod()
{
    for (const QString& method : {QStringLiteral("plain"), QString(), QStringLiteral("S512")}) {
        Authorize a;
        a.method = method;
        const auto reply = m_client.get(authorizeUrl(a));
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QCOMPARE(aadsts(reply.parameter(QStringLiteral("error_description"))), 50149);
    }
    // A challenge that cannot be a SHA-256 digest.
    Authorize a;
    QUrl bad = authorizeUrl(a);
    QUrlQuery query(bad.query(QUrl::FullyEncoded));
    query.removeQueryItem(QStringLiteral("code_challenge"));
    query.addQueryItem(QStringLiteral("code_challenge"), QStringLiteral("short"));
    bad.setQuery(query);
    QCOMPARE(aadsts(m_client.get(bad).parameter(QStringLiteral("error_description"))), 501491);
}

void TestIdentityEndpoints::codeReuse()
{
    Authorize a;
    const QString c = code(a, upn(QStringLiteral("admin")));
    QCOMPARE(redeem(c, a).status, 200);
    const auto again = redeem(c, a);
    verifyEntraError(again, 400, QStringLiteral("invalid_grant"), 54005);
    QVERIFY(again.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QLatin1String("AADSTS54005: OAuth2 Authorization code was already redeemed")));
    verifyEntraError(redeem(QStringLiteral("1.not-a-code"), a), 400, QStringLiteral("invalid_grant"), 70000);
}

void TestIdentityEndpoints::expiredCode()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    m_server->tokens().setClock([&now]() { return now; });
    Authorize a;
    const QString c = code(a, upn(QStringLiteral("admin")));
    now = now.addSecs(TokenService::kDefaultCodeLifetime + 1);
    verifyEntraError(redeem(c, a), 400, QStringLiteral("invalid_grant"), 70008);
    m_server->tokens().setClock({});
}

void TestIdentityEndpoints::redirectUriRules()
{
    // Another port on the registered loopback address: accepted (the port is ignored), and echoed back.
    Authorize a;
    a.redirectUri = QStringLiteral("http://127.0.0.1:61234/");
    const auto ok = signIn(a, upn(QStringLiteral("admin")));
    QCOMPARE(ok.status, 302);
    QCOMPARE(ok.location().port(), 61234);
    // Without a path, as http://127.0.0.1 is registered; "localhost" is registered too.
    for (const QString& uri : {QStringLiteral("http://127.0.0.1:4000"), QStringLiteral("http://localhost:4000/")}) {
        Authorize b;
        b.redirectUri = uri;
        b.prompt = QStringLiteral("select_account"); // the page, not single sign-on with the session just made
        QCOMPARE(m_client.get(authorizeUrl(b)).status, 200);
    }
    // Unregistered: another host, https, IPv6 loopback, another path. An error page, never a redirect.
    for (const QString& uri : {QStringLiteral("http://evil.example:51000/"),
                               QStringLiteral("https://127.0.0.1:51000/"),
                               QStringLiteral("http://[::1]:51000/"),
                               QStringLiteral("http://127.0.0.1:51000/callback")}) {
        Authorize b;
        b.redirectUri = uri;
        const auto reply = m_client.get(authorizeUrl(b));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("location").isEmpty());
        QVERIFY(reply.text().contains(QLatin1String("AADSTS50011")));
        QVERIFY(
            reply.text().contains(QLatin1String("does not match the redirect URIs configured for the application")));
    }
}

void TestIdentityEndpoints::redirectUriMustMatchAtToken()
{
    Authorize a;
    const QString c = code(a, upn(QStringLiteral("admin")));
    const auto reply = redeem(c, a, {{QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:51001/")}});
    verifyEntraError(reply, 400, QStringLiteral("invalid_grant"), 50011);
}

void TestIdentityEndpoints::unknownClient()
{
    Authorize a;
    a.clientId = QStringLiteral("00000000-1111-2222-3333-444444444444");
    const auto page = m_client.get(authorizeUrl(a));
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("location").isEmpty());
    QVERIFY(page.text().contains(QLatin1String("AADSTS700016")));
    QVERIFY(page.text().contains(QLatin1String("Trace ID: ")));
    const auto token = m_client.postForm(tokenUrl(),
                                         {{QStringLiteral("client_id"), a.clientId},
                                          {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("code"), QStringLiteral("x")}});
    verifyEntraError(token, 400, QStringLiteral("unauthorized_client"), 700016);
}

void TestIdentityEndpoints::tenantForms()
{
    for (const QString& tenant :
         {m_tenantId, m_tenantId.toUpper(), m_domain, QStringLiteral("organizations"), QStringLiteral("common")}) {
        Authorize a;
        a.tenant = tenant;
        QCOMPARE(m_client.get(authorizeUrl(a)).status, 200);
    }
    Authorize consumers;
    consumers.tenant = QStringLiteral("consumers");
    const auto refused = m_client.get(authorizeUrl(consumers));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.text().contains(QLatin1String("AADSTS9002332")));
    Authorize unknown;
    unknown.tenant = QStringLiteral("nowhere.example");
    QVERIFY(m_client.get(authorizeUrl(unknown)).text().contains(QLatin1String("AADSTS90002")));
    const auto token = m_client.postForm(url(QStringLiteral("/nowhere.example/oauth2/v2.0/token")),
                                         {{QStringLiteral("client_id"), TenantGenerator::kConsentDeskAppId},
                                          {QStringLiteral("grant_type"), QStringLiteral("refresh_token")}});
    verifyEntraError(token, 400, QStringLiteral("invalid_request"), 90002);
}

void TestIdentityEndpoints::publicClientWithSecret()
{
    Authorize a;
    const QString c = code(a, upn(QStringLiteral("admin")));
    // Even an empty client_secret counts as presented (Qt 6.4's OAuth sends one).
    for (const QString& secret : {QStringLiteral("s3cr3t"), QString(QLatin1String(""))}) {
        const auto reply = redeem(c, a, {{QStringLiteral("client_secret"), secret}});
        verifyEntraError(reply, 401, QStringLiteral("invalid_client"), 700025);
        QVERIFY(reply.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .startsWith(QLatin1String("AADSTS700025: Client is public so neither 'client_assertion' nor "
                                              "'client_secret' should be presented.")));
    }
    // The code was not consumed by the refused client authentication.
    QCOMPARE(redeem(c, a).status, 200);
}

void TestIdentityEndpoints::confidentialClientWithoutSecret()
{
    Authorize a;
    a.clientId = TenantGenerator::kMisconfiguredWebAppId;
    a.scope = QStringLiteral("openid User.Read");
    const QString c = code(a, upn(QStringLiteral("admin")));
    QVERIFY(!c.isEmpty());
    const auto reply = redeem(c, a);
    verifyEntraError(reply, 401, QStringLiteral("invalid_client"), 7000218);
    QVERIFY(reply.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QLatin1String("'client_assertion' or 'client_secret'")));
}

void TestIdentityEndpoints::tokenEndpointShape()
{
    // Only form bodies; only POST; known grant types; required parameters named.
    const auto json = m_client.post(tokenUrl(), R"({"grant_type":"authorization_code"})", "application/json");
    verifyEntraError(json, 400, QStringLiteral("invalid_request"), 900144);
    QVERIFY(json.json().value(QStringLiteral("error_description")).toString().contains(QLatin1String("'grant_type'")));
    verifyEntraError(m_client.get(tokenUrl()), 400, QStringLiteral("invalid_request"), 900561);
    const auto grant = m_client.postForm(tokenUrl(),
                                         {{QStringLiteral("client_id"), TenantGenerator::kConsentDeskAppId},
                                          {QStringLiteral("grant_type"), QStringLiteral("password")}});
    verifyEntraError(grant, 400, QStringLiteral("unsupported_grant_type"), 70003);
    const auto noClient
        = m_client.postForm(tokenUrl(), {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}});
    verifyEntraError(noClient, 400, QStringLiteral("invalid_request"), 900144);
    verifyEntraError(refresh(QStringLiteral("1.garbage")), 400, QStringLiteral("invalid_grant"), 9002313);
}

void TestIdentityEndpoints::refreshRotation()
{
    Authorize a;
    const QJsonObject first = redeem(code(a, upn(QStringLiteral("admin"))), a).json();
    const QString rt1 = first.value(QStringLiteral("refresh_token")).toString();
    const auto second = refresh(rt1);
    QCOMPARE(second.status, 200);
    const QString rt2 = second.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt2.isEmpty());
    QVERIFY(rt2 != rt1);
    // Without a scope, the original request's scopes (and an id token, openid having been asked for).
    QCOMPARE(second.json().value(QStringLiteral("scope")).toString(), first.value(QStringLiteral("scope")).toString());
    QVERIFY(second.json().contains(QStringLiteral("id_token")));
    const auto third = refresh(rt2, QStringLiteral("https://graph.microsoft.com/User.Read offline_access"));
    QCOMPARE(third.status, 200);
    // Asked for User.Read only; the token still carries what was consented before (additive scopes).
    const QString thirdScope = third.json().value(QStringLiteral("scope")).toString();
    QVERIFY2(thirdScope.startsWith(QStringLiteral("https://graph.microsoft.com/User.Read")), qPrintable(thirdScope));
    QVERIFY2(thirdScope.contains(QStringLiteral("https://graph.microsoft.com/Directory.Read.All")),
             qPrintable(thirdScope));
    QVERIFY(!thirdScope.contains(QStringLiteral("openid"))); // not asked for this time
    const auto claims = m_server->tokens().validateAccessToken(
        third.json().value(QStringLiteral("access_token")).toString().toLatin1());
    QVERIFY(claims);
    QCOMPARE(claims->scopes.first(), QStringLiteral("User.Read"));
    QVERIFY(claims->scopes.contains(QStringLiteral("Directory.Read.All")));
    QCOMPARE(claims->scopes.size(), thirdScope.split(QLatin1Char(' ')).size()); // scp and the scope answer agree
}

// Entra "doesn't revoke old refresh tokens when used to fetch new access tokens": a redeemed one keeps working, for
// Graph and for Exchange, and so does the newer one.
void TestIdentityEndpoints::redeemedRefreshTokenStaysValid()
{
    Authorize a;
    const QString rt1
        = redeem(code(a, upn(QStringLiteral("admin"))), a).json().value(QStringLiteral("refresh_token")).toString();
    const QString rt2 = refresh(rt1).json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt2.isEmpty());
    QVERIFY(rt2 != rt1);
    const auto again = refresh(rt1);
    QCOMPARE(again.status, 200);
    QVERIFY(!again.json().value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(refresh(rt2).status, 200);
    const QString exchangeScope = QStringLiteral("https://outlook.office365.com/.default offline_access");
    QCOMPARE(refresh(rt1, exchangeScope).status, 200);
    QCOMPARE(refresh(rt2, exchangeScope).status, 200);
    QCOMPARE(refresh(rt1).status, 200); // still, after every other redemption
}

// POST /users/{id}/revokeSignInSessions: every refresh token issued before it fails with AADSTS50173 (Graph and
// Exchange), a new sign-in works, other users are untouched; Graph's documented answer; roles enforced.
void TestIdentityEndpoints::revokeSignInSessions()
{
    Authorize a;
    const QString victim = upn(QStringLiteral("reader"));
    const QString rt = redeem(code(a, victim), a).json().value(QStringLiteral("refresh_token")).toString();
    const QString rotated = refresh(rt).json().value(QStringLiteral("refresh_token")).toString();
    m_client.clearCookies();
    Authorize b;
    const QString bystander
        = redeem(code(b, upn(QStringLiteral("admin"))), b).json().value(QStringLiteral("refresh_token")).toString();

    auto graphToken = [this](const QString& who, const QStringList& scopes) -> QByteArray {
        TokenService::Claims claims;
        claims.tenantId = m_tenantId;
        claims.clientId = TenantGenerator::kConsentDeskAppId;
        claims.userId = userId(who);
        claims.upn = who;
        claims.scopes = scopes;
        claims.roleTemplateIds = m_server->store().directoryRoleTemplateIds(claims.userId);
        return "Bearer " + m_server->tokens().issueAccessToken(claims).toLatin1();
    };
    const QUrl revoke = url(QStringLiteral("/v1.0/users/%1/revokeSignInSessions").arg(victim));
    // A user without an administrator role may revoke only their own sessions; without the scope, nobody.
    const auto member
        = m_client.post(revoke,
                        QByteArray(),
                        "application/json",
                        {{"Authorization", graphToken(m_member, {QStringLiteral("User.RevokeSessions.All")})}});
    QCOMPARE(member.status, 403);
    const auto noScope
        = m_client.post(revoke,
                        QByteArray(),
                        "application/json",
                        {{"Authorization", graphToken(upn(QStringLiteral("admin")), {QStringLiteral("User.Read")})}});
    QCOMPARE(noScope.status, 403);
    QCOMPARE(refresh(rt).status, 200); // nothing was revoked

    const QByteArray admin = graphToken(upn(QStringLiteral("admin")), {QStringLiteral("User.RevokeSessions.All")});
    const auto get = m_client.get(revoke, {{"Authorization", admin}});
    QCOMPARE(get.status, 405);
    const auto done = m_client.post(revoke, QByteArray(), "application/json", {{"Authorization", admin}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value(QStringLiteral("value")), QJsonValue(true));
    QVERIFY(done.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QLatin1String("$metadata#Edm.Boolean")));

    verifyEntraError(refresh(rt), 400, QStringLiteral("invalid_grant"), 50173);
    verifyEntraError(refresh(rotated), 400, QStringLiteral("invalid_grant"), 50173);
    verifyEntraError(refresh(rotated, QStringLiteral("https://outlook.office365.com/.default offline_access")),
                     400,
                     QStringLiteral("invalid_grant"),
                     50173);
    QCOMPARE(refresh(bystander).status, 200);
    // The browser session went too: signing in again shows the page, and the new refresh token works.
    m_client.clearCookies();
    Authorize c;
    const QString fresh = redeem(code(c, victim), c).json().value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(refresh(fresh).status, 200);

    // Anyone may revoke their own sessions with the scope (/me).
    const auto self
        = m_client.post(url(QStringLiteral("/v1.0/me/revokeSignInSessions")),
                        QByteArray(),
                        "application/json",
                        {{"Authorization", graphToken(m_member, {QStringLiteral("User.RevokeSessions.All")})}});
    QCOMPARE(self.status, 200);
    const auto unknown = m_client.post(url(QStringLiteral("/v1.0/users/nobody@%1/revokeSignInSessions").arg(m_domain)),
                                       QByteArray(),
                                       "application/json",
                                       {{"Authorization", admin}});
    QCOMPARE(unknown.status, 404);
}

void TestIdentityEndpoints::refreshTokenExpiresAfterInactivity()
{
    Authorize a;
    const QString rt
        = redeem(code(a, upn(QStringLiteral("admin"))), a).json().value(QStringLiteral("refresh_token")).toString();
    QDateTime later = QDateTime::currentDateTimeUtc().addDays(89);
    m_server->tokens().setClock([&later] { return later; });
    const QString renewed = refresh(rt).json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!renewed.isEmpty());
    later = later.addDays(2); // 91 days after the first one, 2 after the second
    verifyEntraError(refresh(rt), 400, QStringLiteral("invalid_grant"), 700082);
    QCOMPARE(refresh(renewed).status, 200); // a new token starts a new 90 days
    m_server->tokens().setClock({});
}

void TestIdentityEndpoints::refreshScopeMustBeConsented()
{
    Authorize a;
    const QString rt
        = redeem(code(a, upn(QStringLiteral("admin"))), a).json().value(QStringLiteral("refresh_token")).toString();
    const auto reply = refresh(rt, QStringLiteral("https://graph.microsoft.com/AuditLog.Read.All"));
    verifyEntraError(reply, 400, QStringLiteral("invalid_grant"), 65001);
    QCOMPARE(reply.json().value(QStringLiteral("suberror")).toString(), QStringLiteral("consent_required"));
}

void TestIdentityEndpoints::oneResourcePerToken()
{
    // At the authorize endpoint: back to the app with invalid_scope.
    Authorize a;
    a.scope = QStringLiteral("openid https://graph.microsoft.com/User.Read https://outlook.office365.com/.default");
    const auto authorize = m_client.get(authorizeUrl(a));
    QCOMPARE(authorize.status, 302);
    QCOMPARE(authorize.parameter(QStringLiteral("error")), QStringLiteral("invalid_scope"));
    QCOMPARE(aadsts(authorize.parameter(QStringLiteral("error_description"))), 700022);
    // At the token endpoint.
    Authorize b;
    const QString c = code(b, upn(QStringLiteral("admin")));
    const auto token
        = redeem(c,
                 b,
                 {{QStringLiteral("scope"),
                   QStringLiteral("User.Read https://outlook.office365.com/Exchange.Manage offline_access")}});
    verifyEntraError(token, 400, QStringLiteral("invalid_scope"), 28000);
    // A resource the sandbox does not host.
    Authorize vault;
    vault.scope = QStringLiteral("https://vault.azure.net/user_impersonation");
    QCOMPARE(m_client.get(authorizeUrl(vault)).parameter(QStringLiteral("error")), QStringLiteral("invalid_resource"));
    // A scope Graph does not publish.
    Authorize unknown;
    unknown.scope = QStringLiteral("User.Fly");
    QCOMPARE(aadsts(m_client.get(authorizeUrl(unknown)).parameter(QStringLiteral("error_description"))), 70011);
}

void TestIdentityEndpoints::exchangeToken()
{
    // One sign-in, then the refresh token for the other resource: Exchange's .default is the consented Exchange.Manage.
    Authorize a;
    const QString rt
        = redeem(code(a, upn(QStringLiteral("admin"))), a).json().value(QStringLiteral("refresh_token")).toString();
    const auto exchange = refresh(rt, QStringLiteral("https://outlook.office365.com/.default offline_access"));
    QCOMPARE(exchange.status, 200);
    QCOMPARE(exchange.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("https://outlook.office365.com/Exchange.Manage"));
    const auto claims = m_server->tokens().validateAccessToken(
        exchange.json().value(QStringLiteral("access_token")).toString().toLatin1());
    QVERIFY(claims);
    QCOMPARE(claims->resource, TokenService::Resource::Exchange);
    QCOMPARE(claims->scopes, QStringList {QStringLiteral("Exchange.Manage")});
    // Graph refuses an Exchange token.
    const auto graph = m_client.get(
        url(QStringLiteral("/v1.0/me")),
        {{"Authorization", "Bearer " + exchange.json().value(QStringLiteral("access_token")).toString().toLatin1()}});
    QCOMPARE(graph.status, 401);
    // Signing in for Exchange directly works too.
    m_client.clearCookies();
    Authorize b;
    b.scope = QStringLiteral("https://outlook.office365.com/.default offline_access");
    const auto direct = redeem(code(b, upn(QStringLiteral("exchangeadmin"))), b);
    QCOMPARE(direct.status, 200);
    QVERIFY(direct.json().contains(QStringLiteral("refresh_token")));
    QVERIFY(!direct.json().contains(QStringLiteral("id_token")));
}

void TestIdentityEndpoints::adminOnlyScopeForNonAdmin()
{
    // AuditLog.Read.All is type "Admin" on the Graph service principal and not consented for ConsentDesk.
    Authorize a;
    a.scope = QStringLiteral("openid User.Read AuditLog.Read.All");
    QVERIFY(m_server->store()
                .policy(QStringLiteral("adminConsentRequestPolicy"))
                .value(QStringLiteral("isEnabled"))
                .toBool());
    // The workflow on: "Approval required", a plain form with a justification field and a way back.
    const QString memberId = userId(m_member);
    auto requestsBy = [&](const QString& id) {
        QList<QJsonObject> found;
        const auto appRequest = m_server->store().appConsentRequestForApp(TenantGenerator::kConsentDeskAppId);
        if (!appRequest) {
            return found;
        }
        for (const auto& r :
             m_server->store().userConsentRequests(appRequest->value(QStringLiteral("id")).toString())) {
            if (r[QStringLiteral("createdBy")][QStringLiteral("user")][QStringLiteral("id")].toString() == id) {
                found.append(r);
            }
        }
        return found;
    };
    QVERIFY(requestsBy(memberId).isEmpty());
    auto page = signInOnly(a, m_member);
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QLatin1String("<h1>Approval required</h1>")));
    QVERIFY(page.text().contains(QLatin1String("<label for=\"justification\">")));
    QVERIFY(page.text().contains(QLatin1String("AuditLog.Read.All")));
    QVERIFY(!page.text().contains(QLatin1String("<script")));
    // Going back files nothing: AADSTS65004, as when a user backs out of the page.
    IdentityTestClient::Form back = IdentityTestClient::hiddenFields(page.text());
    back.append({QStringLiteral("action"), QStringLiteral("cancel")});
    auto reply = m_client.postForm(url(IdentityTestClient::formAction(page.text())), back);
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(reply.parameter(QStringLiteral("error_description")).startsWith(QLatin1String("AADSTS65004: ")));
    QVERIFY(requestsBy(memberId).isEmpty());
    // Requesting approval files an appConsentRequest the reviewers see; the app gets AADSTS90095.
    m_client.clearCookies();
    reply = signIn(a, m_member);
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(reply.parameter(QStringLiteral("error_description")).startsWith(QLatin1String("AADSTS90095: ")));
    QCOMPARE(reply.parameter(QStringLiteral("state")), a.state);
    const auto filed = requestsBy(memberId);
    QCOMPARE(filed.size(), 1);
    QCOMPARE(filed.first()[QStringLiteral("status")].toString(), QStringLiteral("InProgress"));
    QCOMPARE(filed.first()[QStringLiteral("reason")].toString(), QStringLiteral("I need this app for my work."));
    const auto appRequest = m_server->store().appConsentRequestForApp(TenantGenerator::kConsentDeskAppId);
    QVERIFY(QJsonDocument(appRequest->value(QStringLiteral("pendingScopes")).toArray())
                .toJson()
                .contains("AuditLog.Read.All"));
    // Asking again while the request waits adds no second one.
    m_client.clearCookies();
    QCOMPARE(signIn(a, m_member).status, 302);
    QCOMPARE(requestsBy(memberId).size(), 1);
    // The workflow off: 90094.
    QJsonObject policy = m_server->store().policy(QStringLiteral("adminConsentRequestPolicy"));
    policy.insert(QStringLiteral("isEnabled"), false);
    m_server->store().setPolicy(QStringLiteral("adminConsentRequestPolicy"), policy);
    m_client.clearCookies();
    reply = signIn(a, m_member);
    QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(reply.parameter(QStringLiteral("error_description")).startsWith(QLatin1String("AADSTS90094: ")));
    QVERIFY(reply.parameter(QStringLiteral("error_description")).contains(QLatin1String("only an admin can grant")));
    // A Global Reader is no administrator for consent either.
    m_client.clearCookies();
    QCOMPARE(signIn(a, upn(QStringLiteral("reader"))).parameter(QStringLiteral("error")),
             QStringLiteral("access_denied"));
    // What the organization consented to, the reader gets.
    m_client.clearCookies();
    Authorize read;
    QCOMPARE(signIn(read, upn(QStringLiteral("reader"))).status, 302);
}

void TestIdentityEndpoints::userConsent()
{
    const QString memberId = userId(m_member);
    const QString consentDesk = m_server->store()
                                    .servicePrincipalByAppId(TenantGenerator::kConsentDeskAppId)
                                    ->value(QStringLiteral("id"))
                                    .toString();
    auto principalGrants = [&]() {
        int count = 0;
        for (const auto& grant : m_server->store().grantsByClient(consentDesk)) {
            count += grant.value(QStringLiteral("principalId")).toString() == memberId;
        }
        return count;
    };
    // Mail.Read needs no admin, but the tenant lets users consent only to low-impact permissions.
    Authorize a;
    a.scope = QStringLiteral("openid User.Read Mail.Read");
    QCOMPARE(signIn(a, m_member).parameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(principalGrants(), 0);
    // Under the legacy policy, any permission that needs no admin: the user consents for themself.
    QJsonObject authorization = m_server->store().policy(QStringLiteral("authorizationPolicy"));
    QJsonObject defaults = authorization.value(QStringLiteral("defaultUserRolePermissions")).toObject();
    defaults.insert(QStringLiteral("permissionGrantPoliciesAssigned"),
                    QJsonArray {QStringLiteral("managePermissionGrantsForSelf.microsoft-user-default-legacy")});
    authorization.insert(QStringLiteral("defaultUserRolePermissions"), defaults);
    m_server->store().setPolicy(QStringLiteral("authorizationPolicy"), authorization);
    m_client.clearCookies();
    const auto reply = signIn(a, m_member);
    QCOMPARE(reply.status, 302);
    QVERIFY(!reply.parameter(QStringLiteral("code")).isEmpty());
    QCOMPARE(principalGrants(), 1);
    const QJsonObject token = redeem(reply.parameter(QStringLiteral("code")), a).json();
    QVERIFY(token.value(QStringLiteral("scope"))
                .toString()
                .contains(QLatin1String("https://graph.microsoft.com/Mail.Read")));
    // Consent is remembered: the next sign-in (single sign-on, with the hint) asks nothing.
    Authorize again = a;
    again.loginHint = m_member;
    QCOMPARE(m_client.get(authorizeUrl(again)).status, 302);
}

void TestIdentityEndpoints::adminConsentsForOrganization()
{
    const QString consentDesk = m_server->store()
                                    .servicePrincipalByAppId(TenantGenerator::kConsentDeskAppId)
                                    ->value(QStringLiteral("id"))
                                    .toString();
    const QString graph = m_server->store()
                              .servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-c000-000000000000"))
                              ->value(QStringLiteral("id"))
                              .toString();
    auto organization = [&]() {
        for (const auto& grant : m_server->store().grantsByClient(consentDesk)) {
            if (grant.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")
                && grant.value(QStringLiteral("resourceId")).toString() == graph) {
                return grant.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '));
            }
        }
        return QStringList();
    };
    Authorize a;
    a.scope = QStringLiteral("openid User.Read AuditLog.Read.All");
    // For themself only (the checkbox left empty): a Principal grant; the member is still refused.
    QCOMPARE(signIn(a, upn(QStringLiteral("admin"))).status, 302);
    QVERIFY(!organization().contains(QStringLiteral("AuditLog.Read.All")));
    m_client.clearCookies();
    QCOMPARE(signIn(a, m_member).parameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    // On behalf of the organization: merged into the AllPrincipals grant; now the member signs in.
    m_client.clearCookies();
    a.prompt = QStringLiteral("consent");
    const auto reply = signIn(a,
                              upn(QStringLiteral("cloudappadmin")),
                              {{QStringLiteral("consent_on_behalf_of_organization"), QStringLiteral("true")}});
    QCOMPARE(reply.status, 302);
    QVERIFY(organization().contains(QStringLiteral("AuditLog.Read.All")));
    QVERIFY(organization().contains(QStringLiteral("Directory.Read.All"))); // merged, not replaced
    m_client.clearCookies();
    a.prompt.clear();
    QCOMPARE(signIn(a, m_member).status, 302);
    QVERIFY(!signIn(a, m_member).parameter(QStringLiteral("code")).isEmpty());
}

void TestIdentityEndpoints::cancelOnSignInPage()
{
    Authorize a;
    const QString html = m_client.get(authorizeUrl(a)).text();
    IdentityTestClient::Form form = IdentityTestClient::hiddenFields(html);
    form.append({QStringLiteral("action"), QStringLiteral("cancel")});
    const auto reply = m_client.postForm(url(IdentityTestClient::formAction(html)), form);
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(reply.parameter(QStringLiteral("error_subcode")), QStringLiteral("cancel"));
    QCOMPARE(aadsts(reply.parameter(QStringLiteral("error_description"))), 65004);
    // Nobody chosen: the page again, with the reason.
    IdentityTestClient::Form empty = IdentityTestClient::hiddenFields(html);
    empty.append({QStringLiteral("action"), QStringLiteral("signin")});
    const auto again = m_client.postForm(url(IdentityTestClient::formAction(html)), empty);
    QCOMPARE(again.status, 200);
    QVERIFY(again.text().contains(QLatin1String("role=\"alert\"")));
    // A typed UPN works like a chosen account.
    IdentityTestClient::Form typed = IdentityTestClient::hiddenFields(html);
    typed.append({QStringLiteral("username"), upn(QStringLiteral("ADMIN"))});
    typed.append({QStringLiteral("action"), QStringLiteral("signin")});
    QCOMPARE(m_client.postForm(url(IdentityTestClient::formAction(html)), typed).status, 302);
}

void TestIdentityEndpoints::promptNoneAndSessions()
{
    Authorize a;
    a.prompt = QStringLiteral("none");
    auto reply = m_client.get(authorizeUrl(a));
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("login_required"));
    QCOMPARE(aadsts(reply.parameter(QStringLiteral("error_description"))), 50058);
    // After a sign-in, the session cookie lets prompt=none (and no prompt) through without the page.
    Authorize first;
    QCOMPARE(signIn(first, upn(QStringLiteral("admin"))).status, 302);
    reply = m_client.get(authorizeUrl(a));
    QCOMPARE(reply.status, 302);
    QVERIFY(!reply.parameter(QStringLiteral("code")).isEmpty());
    QVERIFY(reply.header("set-cookie").isEmpty()); // the same session
    Authorize sso;
    QVERIFY(!m_client.get(authorizeUrl(sso)).parameter(QStringLiteral("code")).isEmpty());
    // prompt=none cannot show a consent prompt.
    a.scope = QStringLiteral("openid AuditLog.Read.All");
    reply = m_client.get(authorizeUrl(a));
    QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("consent_required"));
    QCOMPARE(aadsts(reply.parameter(QStringLiteral("error_description"))), 65001);
    // prompt=login and select_account always show the page.
    for (const QString& prompt : {QStringLiteral("login"), QStringLiteral("select_account")}) {
        Authorize b;
        b.prompt = prompt;
        QCOMPARE(m_client.get(authorizeUrl(b)).status, 200);
    }
    Authorize bad;
    bad.prompt = QStringLiteral("sometimes");
    QCOMPARE(m_client.get(authorizeUrl(bad)).parameter(QStringLiteral("error")), QStringLiteral("invalid_request"));
    // A reset forgets the session.
    QVERIFY(m_server->reset());
    QCOMPARE(m_client.get(authorizeUrl(sso)).status, 200);
}

void TestIdentityEndpoints::loginHint()
{
    // A hint names the account: no chooser, straight back with a code for that user.
    Authorize a;
    a.loginHint = upn(QStringLiteral("reader"));
    const auto reply = m_client.get(authorizeUrl(a));
    QCOMPARE(reply.status, 302);
    const QJsonObject token = redeem(reply.parameter(QStringLiteral("code")), a).json();
    const auto claims
        = m_server->tokens().validateAccessToken(token.value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(claims->upn, upn(QStringLiteral("reader")));
    QVERIFY(claims->roleTemplateIds.contains(QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451")));
    // select_account shows the chooser, the hinted account preselected.
    m_client.clearCookies();
    a.prompt = QStringLiteral("select_account");
    const QString html = m_client.get(authorizeUrl(a)).text();
    const QString id = userId(upn(QStringLiteral("reader")));
    QVERIFY(QRegularExpression(QStringLiteral("value=\"%1\" checked>").arg(id)).match(html).hasMatch());
    // An unknown hint: the chooser, the hint in the username field.
    Authorize unknown;
    unknown.loginHint = QStringLiteral("someone@elsewhere.example");
    const auto page = m_client.get(authorizeUrl(unknown));
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QLatin1String("value=\"someone@elsewhere.example\"")));
}

void TestIdentityEndpoints::formPost()
{
    Authorize a;
    a.responseMode = QStringLiteral("form_post");
    const auto reply = signIn(a, upn(QStringLiteral("admin")));
    QCOMPARE(reply.status, 200);
    const QString html = reply.text();
    QCOMPARE(IdentityTestClient::formAction(html), a.redirectUri);
    const auto fields = IdentityTestClient::hiddenFields(html);
    QString code;
    for (const auto& [name, value] : fields) {
        if (name == QLatin1String("code")) {
            code = value;
        }
    }
    QVERIFY(fields.contains(qMakePair(QStringLiteral("state"), a.state)));
    QCOMPARE(redeem(code, a).status, 200);
    Authorize fragment;
    fragment.responseMode = QStringLiteral("fragment");
    QCOMPARE(aadsts(m_client.get(authorizeUrl(fragment)).parameter(QStringLiteral("error_description"))), 70007);
}

void TestIdentityEndpoints::adminConsentFlow()
{
    TenantStore& store = m_server->store();
    // A pending request for an app without a service principal.
    QJsonObject request;
    for (const auto& candidate : store.list(QStringLiteral("appConsentRequests"))) {
        const QString appId = candidate.value(QStringLiteral("appId")).toString();
        bool inProgress = false;
        for (const auto& user : store.userConsentRequests(candidate.value(QStringLiteral("id")).toString())) {
            inProgress = inProgress || user.value(QStringLiteral("status")).toString() == QLatin1String("InProgress");
        }
        if (inProgress && !store.servicePrincipalByAppId(appId)) {
            request = candidate;
            break;
        }
    }
    QVERIFY(!request.isEmpty());
    const QString appId = request.value(QStringLiteral("appId")).toString();
    QStringList pending;
    for (const auto& scope : request.value(QStringLiteral("pendingScopes")).toArray()) {
        pending.append(scope.toObject().value(QStringLiteral("displayName")).toString());
    }
    // Entra sends the admin back to the app's own reply address.
    const QUrl reply(replyUrl(appId));
    QVERIFY(reply.isValid());
    QString query
        = QStringLiteral("client_id=%1&scope=%2&redirect_uri=%3&state=%4")
              .arg(appId,
                   QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://graph.microsoft.com/.default"))),
                   QString::fromLatin1(QUrl::toPercentEncoding(reply.toString())),
                   QStringLiteral("s42"));
    const QUrl consentUrl = url(QStringLiteral("/organizations/v2.0/adminconsent?") + query);
    // Nobody signed in: the account chooser first.
    auto page = m_client.get(consentUrl);
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QLatin1String("Sign in with an administrator account")));
    IdentityTestClient::Form form = IdentityTestClient::hiddenFields(page.text());
    form.append({QStringLiteral("login"), IdentityTestClient::accountValue(page.text(), upn(QStringLiteral("admin")))});
    form.append({QStringLiteral("action"), QStringLiteral("signin")});
    page = m_client.postForm(url(IdentityTestClient::formAction(page.text())), form);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("set-cookie").startsWith(IdentityEndpoints::kSessionCookie));
    // The consent page lists what users asked for.
    const QString html = page.text();
    QVERIFY(html.contains(request.value(QStringLiteral("appDisplayName")).toString().toHtmlEscaped()));
    QVERIFY(html.contains(QLatin1String("value=\"accept\"")));
    for (const auto& scope : pending) {
        QVERIFY2(html.contains(QStringLiteral("<br>%1</td>").arg(scope)), qPrintable(scope));
    }
    IdentityTestClient::Form accept = IdentityTestClient::hiddenFields(html);
    accept.append({QStringLiteral("action"), QStringLiteral("accept")});
    const auto done = m_client.postForm(url(IdentityTestClient::formAction(html)), accept);
    QCOMPARE(done.status, 302);
    QCOMPARE(done.location().host(), reply.host());
    QCOMPARE(done.location().port(), reply.port());
    QCOMPARE(done.location().path(), reply.path());
    QCOMPARE(done.parameter(QStringLiteral("admin_consent")), QStringLiteral("True"));
    QCOMPARE(done.parameter(QStringLiteral("tenant")), m_tenantId);
    QCOMPARE(done.parameter(QStringLiteral("state")), QStringLiteral("s42"));
    QVERIFY(done.parameter(QStringLiteral("scope")).contains(QLatin1String("https://graph.microsoft.com/User.Read")));
    // In the tenant: the service principal, an organization-wide grant of the pending scopes, the requests completed.
    const auto sp = store.servicePrincipalByAppId(appId);
    QVERIFY(sp);
    QCOMPARE(sp->value(QStringLiteral("displayName")).toString(),
             request.value(QStringLiteral("appDisplayName")).toString());
    const auto grants = store.grantsByClient(sp->value(QStringLiteral("id")).toString());
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants.first().value(QStringLiteral("consentType")).toString(), QStringLiteral("AllPrincipals"));
    const QStringList granted = grants.first().value(QStringLiteral("scope")).toString().split(QLatin1Char(' '));
    for (const auto& scope : pending) {
        QVERIFY2(granted.contains(scope), qPrintable(scope));
    }
    for (const auto& user : store.userConsentRequests(request.value(QStringLiteral("id")).toString())) {
        QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    }
    // Through Graph as well.
    const QString token = m_server->tokens().issueAccessToken([&]() {
        TokenService::Claims c;
        c.tenantId = m_tenantId;
        c.userId = userId(upn(QStringLiteral("admin")));
        c.upn = upn(QStringLiteral("admin"));
        c.scopes = {QStringLiteral("ConsentRequest.Read.All")};
        c.roleTemplateIds = {QStringLiteral("62e90394-69f5-4237-9190-012177145e10")};
        return c;
    }());
    const auto graph = m_client.get(
        url(QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests/%1/userConsentRequests")
                .arg(request.value(QStringLiteral("id")).toString())),
        {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(graph.status, 200);
    for (const auto& user : graph.json().value(QStringLiteral("value")).toArray()) {
        QCOMPARE(user.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    }
    // Consent without a redirect URI: the sandbox shows the outcome itself.
    const auto noRedirect
        = m_client.get(url(QStringLiteral("/%1/v2.0/adminconsent?client_id=%2&scope=%3")
                               .arg(m_tenantId, appId, QStringLiteral("https://graph.microsoft.com/Mail.Read"))));
    QCOMPARE(noRedirect.status, 200);
    IdentityTestClient::Form again = IdentityTestClient::hiddenFields(noRedirect.text());
    again.append({QStringLiteral("action"), QStringLiteral("accept")});
    const auto shown = m_client.postForm(url(IdentityTestClient::formAction(noRedirect.text())), again);
    QCOMPARE(shown.status, 200);
    QVERIFY(shown.text().contains(QLatin1String("Permissions granted")));
    QVERIFY(store.grantsByClient(sp->value(QStringLiteral("id")).toString())
                .first()
                .value(QStringLiteral("scope"))
                .toString()
                .contains(QLatin1String("Mail.Read")));
}

void TestIdentityEndpoints::adminConsentApplicationPermissions()
{
    TenantStore& store = m_server->store();
    // An app whose users asked for a permission Graph has only as an app role (Calendars.ReadBasic.All).
    const QString appId = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    store.put(QStringLiteral("appConsentRequests"),
              QJsonObject {{QStringLiteral("id"), QStringLiteral("6f1f4b1e-0000-4000-8000-000000000001")},
                           {QStringLiteral("appId"), appId},
                           {QStringLiteral("appDisplayName"), QStringLiteral("Contoso Room Finder")},
                           {QStringLiteral("consentType"), QStringLiteral("Dynamic")},
                           {QStringLiteral("pendingScopes"),
                            QJsonArray {QJsonObject {{QStringLiteral("displayName"), QStringLiteral("User.Read")}},
                                        QJsonObject {{QStringLiteral("displayName"),
                                                      QStringLiteral("Calendars.ReadBasic.All")}}}}});
    store.addCatalogApp(QJsonObject {{QStringLiteral("appId"), appId},
                                     {QStringLiteral("displayName"), QStringLiteral("Contoso Room Finder")}});
    const QUrl consentUrl = url(QLatin1Char('/') + m_domain + QStringLiteral("/v2.0/adminconsent?client_id=") + appId
                                + QStringLiteral("&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"
                                                 "&redirect_uri=http%3A%2F%2F127.0.0.1%3A7001%2F&state=app"));
    // A Cloud Application Administrator may not grant Microsoft Graph app roles: the page says so, no Accept.
    Authorize hint;
    hint.loginHint = upn(QStringLiteral("cloudappadmin"));
    QCOMPARE(m_client.get(authorizeUrl(hint)).status, 302); // signs in (and starts a session) for the hinted admin
    auto page = m_client.get(consentUrl);
    QVERIFY2(page.status == 200, page.body.constData());
    QVERIFY(page.text().contains(QLatin1String("Privileged Role Administrator or Global Administrator")));
    QVERIFY(!page.text().contains(QLatin1String("value=\"accept\"")));
    QVERIFY(page.text().contains(QLatin1String("<td>Application</td>")));
    IdentityTestClient::Form forced = IdentityTestClient::hiddenFields(page.text());
    forced.append({QStringLiteral("action"), QStringLiteral("accept")});
    auto refused = m_client.postForm(url(IdentityTestClient::formAction(page.text())), forced);
    QCOMPARE(refused.parameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(aadsts(refused.parameter(QStringLiteral("error_description"))), 90094);
    QVERIFY(!store.servicePrincipalByAppId(appId));
    // A Privileged Role Administrator may.
    m_client.clearCookies();
    hint.loginHint = upn(QStringLiteral("pra"));
    QCOMPARE(m_client.get(authorizeUrl(hint)).status, 302);
    page = m_client.get(consentUrl);
    QVERIFY(page.text().contains(QLatin1String("value=\"accept\"")));
    IdentityTestClient::Form accept = IdentityTestClient::hiddenFields(page.text());
    accept.append({QStringLiteral("action"), QStringLiteral("accept")});
    const auto done = m_client.postForm(url(IdentityTestClient::formAction(page.text())), accept);
    QCOMPARE(done.status, 302);
    QVERIFY(done.parameter(QStringLiteral("scope"))
                .contains(QLatin1String("https://graph.microsoft.com/Calendars.ReadBasic.All")));
    const auto sp = store.servicePrincipalByAppId(appId);
    QVERIFY(sp);
    const auto assignments = store.assignmentsByPrincipal(sp->value(QStringLiteral("id")).toString());
    QCOMPARE(assignments.size(), 1);
    QCOMPARE(assignments.first().value(QStringLiteral("appRoleId")).toString(),
             QStringLiteral("8ba4a692-bc31-4128-9094-475872af8a53"));
    QCOMPARE(assignments.first().value(QStringLiteral("principalType")).toString(), QStringLiteral("ServicePrincipal"));
    QCOMPARE(assignments.first().value(QStringLiteral("resourceDisplayName")).toString(),
             QStringLiteral("Microsoft Graph"));
    QCOMPARE(store.grantsByClient(sp->value(QStringLiteral("id")).toString())
                 .first()
                 .value(QStringLiteral("scope"))
                 .toString(),
             QStringLiteral("User.Read"));
    // Consenting again adds no duplicate assignment.
    page = m_client.get(consentUrl);
    accept = IdentityTestClient::hiddenFields(page.text());
    accept.append({QStringLiteral("action"), QStringLiteral("accept")});
    QCOMPARE(m_client.postForm(url(IdentityTestClient::formAction(page.text())), accept).status, 302);
    QCOMPARE(store.assignmentsByPrincipal(sp->value(QStringLiteral("id")).toString()).size(), 1);
}

void TestIdentityEndpoints::adminConsentRefusals()
{
    const QString appId = m_server->store()
                              .list(QStringLiteral("appConsentRequests"))
                              .first()
                              .value(QStringLiteral("appId"))
                              .toString();
    const QString redirect = QString::fromLatin1(QUrl::toPercentEncoding(replyUrl(appId)));
    // %1 is the app id (filled in below); everything else concatenated, the percent-encodings not being placeholders.
    const QString base = QLatin1Char('/') + m_tenantId + QStringLiteral("/v2.0/adminconsent?client_id=%1")
                         + QStringLiteral("&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=")
                         + redirect + QStringLiteral("&state=r");
    auto consentFor = [&](const QString& id) { return url(QString(base).replace(QStringLiteral("%1"), id)); };
    // A non-admin session: access_denied (90094) back to the app.
    Authorize hint;
    hint.loginHint = m_member;
    hint.scope = QStringLiteral("openid User.Read");
    QCOMPARE(m_client.get(authorizeUrl(hint)).status, 302);
    auto reply = m_client.get(consentFor(appId));
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.parameter(QStringLiteral("admin_consent")), QStringLiteral("True"));
    QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(aadsts(reply.parameter(QStringLiteral("error_description"))), 90094);
    QVERIFY(reply.parameter(QStringLiteral("error_description"))
                .contains(QLatin1String(
                    "needs permission to access resources in your organization that only an admin can grant")));
    // The admin cancels: 65004.
    m_client.clearCookies();
    hint.loginHint = upn(QStringLiteral("admin"));
    QCOMPARE(m_client.get(authorizeUrl(hint)).status, 302);
    const auto page = m_client.get(consentFor(appId));
    IdentityTestClient::Form cancel = IdentityTestClient::hiddenFields(page.text());
    cancel.append({QStringLiteral("action"), QStringLiteral("cancel")});
    reply = m_client.postForm(url(IdentityTestClient::formAction(page.text())), cancel);
    QCOMPARE(reply.parameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(reply.parameter(QStringLiteral("error_subcode")), QStringLiteral("cancel"));
    QCOMPARE(aadsts(reply.parameter(QStringLiteral("error_description"))), 65004);
    QCOMPARE(reply.parameter(QStringLiteral("state")), QStringLiteral("r"));
    // Unknown app, a redirect URI the app did not register (a loopback one included): error pages, no redirect.
    reply = m_client.get(consentFor(QStringLiteral("99999999-9999-4999-8999-999999999999")));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.text().contains(QLatin1String("AADSTS700016")));
    for (const QString& bad : {QStringLiteral("http%3A%2F%2Fevil.example%2F"),
                               QStringLiteral("https%3A%2F%2Fevil.example%2Fauth%2Fcallback")}) {
        reply = m_client.get(url(QLatin1Char('/') + m_tenantId + QStringLiteral("/v2.0/adminconsent?client_id=") + appId
                                 + QStringLiteral("&scope=User.Read&redirect_uri=") + bad));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("location").isEmpty());
        QVERIFY(reply.text().contains(QLatin1String("AADSTS50011")));
    }
    // No scope.
    reply = m_client.get(url(QLatin1Char('/') + m_tenantId + QStringLiteral("/v2.0/adminconsent?client_id=") + appId
                             + QStringLiteral("&redirect_uri=") + redirect));
    QCOMPARE(aadsts(reply.parameter(QStringLiteral("error_description"))), 900144);
}

void TestIdentityEndpoints::sandboxToken()
{
    auto reply = m_client.get(url(QStringLiteral("/_sandbox/token?upn=") + upn(QStringLiteral("reader"))));
    QCOMPARE(reply.status, 200);
    QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), TokenService::kDefaultAccessLifetime);
    QVERIFY(!json.contains(QStringLiteral("refresh_token")));
    QVERIFY(json.value(QStringLiteral("scope"))
                .toString()
                .contains(QLatin1String("https://graph.microsoft.com/Directory.Read.All")));
    auto claims
        = m_server->tokens().validateAccessToken(json.value(QStringLiteral("access_token")).toString().toLatin1());
    QVERIFY(claims);
    QCOMPARE(claims->upn, upn(QStringLiteral("reader")));
    QCOMPARE(claims->roleTemplateIds, QStringList {QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451")});
    QCOMPARE(claims->scopes, IdentityEndpoints::defaultSandboxScopes());
    // ConsentDesk's whole delegated set (src/auth/ConsentDeskScopes.cpp, read and write), so scripts can do anything
    // the signed-in user's roles allow.
    for (const char* scope : {"User.Read",
                              "Directory.Read.All",
                              "ConsentRequest.Read.All",
                              "Policy.Read.All",
                              "DelegatedPermissionGrant.ReadWrite.All",
                              "AppRoleAssignment.ReadWrite.All",
                              "Application.ReadWrite.All",
                              "Policy.ReadWrite.ConsentRequest",
                              "Policy.ReadWrite.Authorization"}) {
        QVERIFY2(claims->scopes.contains(QLatin1String(scope)), scope);
    }
    QCOMPARE(claims->clientId, TenantGenerator::kConsentDeskAppId);
    // Exactly the scopes asked for; Exchange.
    reply = m_client.get(url(
        QStringLiteral("/_sandbox/token?upn=%1&scopes=User.Read,Policy.Read.All").arg(upn(QStringLiteral("admin")))));
    claims = m_server->tokens().validateAccessToken(
        reply.json().value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(claims->scopes, (QStringList {QStringLiteral("User.Read"), QStringLiteral("Policy.Read.All")}));
    reply = m_client.get(
        url(QStringLiteral("/_sandbox/token?upn=%1&resource=exchange").arg(upn(QStringLiteral("exchangeadmin")))));
    claims = m_server->tokens().validateAccessToken(
        reply.json().value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(claims->resource, TokenService::Resource::Exchange);
    QCOMPARE(claims->scopes, QStringList {QStringLiteral("Exchange.Manage")});
    QCOMPARE(reply.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("https://outlook.office365.com/Exchange.Manage"));
    // The token reads Graph as that user.
    const auto me = m_client.get(url(QStringLiteral("/v1.0/me")),
                                 {{"Authorization",
                                   "Bearer "
                                       + m_client.get(url(QStringLiteral("/_sandbox/token?upn=") + m_member))
                                             .json()
                                             .value(QStringLiteral("access_token"))
                                             .toString()
                                             .toLatin1()}});
    QCOMPARE(me.json().value(QStringLiteral("userPrincipalName")).toString(), m_member);
    // Errors in Entra's shape.
    verifyEntraError(
        m_client.get(url(QStringLiteral("/_sandbox/token"))), 400, QStringLiteral("invalid_request"), 900144);
    verifyEntraError(m_client.get(url(QStringLiteral("/_sandbox/token?upn=nobody@nowhere.example"))),
                     400,
                     QStringLiteral("invalid_grant"),
                     50034);
    verifyEntraError(m_client.get(url(QStringLiteral("/_sandbox/token?upn=%1&resource=sharepoint").arg(m_member))),
                     400,
                     QStringLiteral("invalid_request"),
                     90100);
}

void TestIdentityEndpoints::accessTokenLifetime()
{
    m_server->tokens().setAccessTokenLifetime(120);
    Authorize a;
    const QJsonObject json = redeem(code(a, upn(QStringLiteral("admin"))), a).json();
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 120);
    const auto payload
        = m_server->tokens().verifiedPayload(json.value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(payload->value(QStringLiteral("exp")).toInteger() - payload->value(QStringLiteral("iat")).toInteger(),
             120);
    QCOMPARE(m_client.get(url(QStringLiteral("/_sandbox/token?upn=") + m_member))
                 .json()
                 .value(QStringLiteral("expires_in"))
                 .toInt(),
             120);
    // Past its lifetime, Graph refuses it.
    QDateTime later = QDateTime::currentDateTimeUtc().addSecs(121);
    m_server->tokens().setClock([later]() { return later; });
    const auto graph = m_client.get(
        url(QStringLiteral("/v1.0/me")),
        {{"Authorization", "Bearer " + json.value(QStringLiteral("access_token")).toString().toLatin1()}});
    QCOMPARE(graph.status, 401);
}

void TestIdentityEndpoints::tokenClaims()
{
    Authorize a;
    a.scope = QStringLiteral("openid profile email User.Read Policy.Read.All");
    const QJsonObject json = redeem(code(a, upn(QStringLiteral("pra"))), a).json();
    const auto payload
        = m_server->tokens().verifiedPayload(json.value(QStringLiteral("access_token")).toString().toLatin1());
    QVERIFY(payload);
    QCOMPARE(payload->value(QStringLiteral("aud")).toString(), QStringLiteral("https://graph.microsoft.com"));
    QCOMPARE(payload->value(QStringLiteral("iss")).toString(),
             QStringLiteral("https://sts.windows.net/%1/").arg(m_tenantId));
    QCOMPARE(payload->value(QStringLiteral("tid")).toString(), m_tenantId);
    QCOMPARE(payload->value(QStringLiteral("oid")).toString(), userId(upn(QStringLiteral("pra"))));
    QCOMPARE(payload->value(QStringLiteral("upn")).toString(), upn(QStringLiteral("pra")));
    QCOMPARE(payload->value(QStringLiteral("name")).toString(), QStringLiteral("Parker Roles"));
    QCOMPARE(payload->value(QStringLiteral("appid")).toString(), TenantGenerator::kConsentDeskAppId);
    QCOMPARE(payload->value(QStringLiteral("app_displayname")).toString(), QStringLiteral("ConsentDesk"));
    const QString scp = payload->value(QStringLiteral("scp")).toString();
    QVERIFY2(scp.startsWith(QStringLiteral("User.Read Policy.Read.All ")), qPrintable(scp)); // asked for, first
    QVERIFY2(scp.endsWith(QStringLiteral(" openid profile email")), qPrintable(scp));
    QCOMPARE(payload->value(QStringLiteral("wids")).toArray(),
             QJsonArray {QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814")});
    QVERIFY(payload->value(QStringLiteral("nbf")).toInteger() <= QDateTime::currentSecsSinceEpoch());
}

void TestIdentityEndpoints::errorJsonShape()
{
    Authorize a;
    const QString c = code(a, upn(QStringLiteral("admin")));
    QCOMPARE(redeem(c, a).status, 200);
    IdentityTestClient::Form form {{QStringLiteral("client_id"), a.clientId},
                                   {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                   {QStringLiteral("code"), c},
                                   {QStringLiteral("redirect_uri"), a.redirectUri},
                                   {QStringLiteral("code_verifier"), a.verifier}};
    const QByteArray correlation = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    const auto reply = m_client.postForm(tokenUrl(), form, {{"client-request-id", correlation}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.keys(),
             (QStringList {QStringLiteral("correlation_id"),
                           QStringLiteral("error"),
                           QStringLiteral("error_codes"),
                           QStringLiteral("error_description"),
                           QStringLiteral("error_uri"),
                           QStringLiteral("timestamp"),
                           QStringLiteral("trace_id")}));
    QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    const QJsonArray codes = json.value(QStringLiteral("error_codes")).toArray();
    QCOMPARE(codes.size(), 1);
    QVERIFY(codes.first().isDouble());
    QCOMPARE(codes.first().toInt(), 54005);
    const QString timestamp = json.value(QStringLiteral("timestamp")).toString();
    QVERIFY(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z$")).match(timestamp).hasMatch());
    const QString trace = json.value(QStringLiteral("trace_id")).toString();
    QVERIFY(!QUuid::fromString(trace).isNull());
    QCOMPARE(json.value(QStringLiteral("correlation_id")).toString(), QString::fromLatin1(correlation));
    QCOMPARE(json.value(QStringLiteral("error_uri")).toString(),
             QStringLiteral("https://login.microsoftonline.com/error?code=54005"));
    const QString description = json.value(QStringLiteral("error_description")).toString();
    QCOMPARE(
        description,
        QStringLiteral(
            "AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code or use "
            "an existing refresh token.\r\nTrace ID: %1\r\nCorrelation ID: %2\r\nTimestamp: %3")
            .arg(trace, QString::fromLatin1(correlation), timestamp));
    // A new trace id for every answer.
    const auto again = m_client.postForm(tokenUrl(), form);
    QVERIFY(again.json().value(QStringLiteral("trace_id")) != json.value(QStringLiteral("trace_id")));
    QVERIFY(!QUuid::fromString(again.json().value(QStringLiteral("correlation_id")).toString()).isNull());
}

void TestIdentityEndpoints::demoTenantSignIn()
{
    // The embedded demo tenant (what consentdesk --demo serves).
    SandboxServer demo;
    QString error;
    const quint16 port = demo.start(&error);
    QVERIFY2(port != 0, qPrintable(QStringLiteral("no demo tenant: ") + error));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QString tenant = demo.store().tenantId();
    const QString clientId = demo.store().clients().first().toObject().value(QStringLiteral("appId")).toString();
    const QString verifier = IdentityTestClient::verifier();
    // Concatenated, not QString::arg(): the percent-encodings would read as placeholders.
    const QString query
        = QStringLiteral("client_id=") + clientId
          + QStringLiteral("&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A40000%2F&scope=openid%20"
                           "offline_access%20User.Read&state=demo&code_challenge_method=S256&code_challenge=")
          + IdentityTestClient::challenge(verifier);
    m_client.clearCookies();
    const auto page
        = m_client.get(QUrl(base + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/authorize?") + query));
    QVERIFY2(page.status == 200, page.body.constData());
    // The first Global Administrator listed signs in.
    const QRegularExpression admin(
        QStringLiteral("<span class=\"upn\">([^<]+)</span><span class=\"roles\">Global Administrator"));
    const QString adminUpn = IdentityTestClient::unescape(admin.match(page.text()).captured(1));
    QVERIFY(!adminUpn.isEmpty());
    IdentityTestClient::Form form = IdentityTestClient::hiddenFields(page.text());
    form.append({QStringLiteral("login"), IdentityTestClient::accountValue(page.text(), adminUpn)});
    form.append({QStringLiteral("action"), QStringLiteral("signin")});
    const auto reply = m_client.postForm(QUrl(base + IdentityTestClient::formAction(page.text())), form);
    QCOMPARE(reply.status, 302);
    const auto token = m_client.postForm(QUrl(base + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token")),
                                         {{QStringLiteral("client_id"), clientId},
                                          {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("code"), reply.parameter(QStringLiteral("code"))},
                                          {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:40000/")},
                                          {QStringLiteral("code_verifier"), verifier}});
    QCOMPARE(token.status, 200);
    QVERIFY(token.json().contains(QStringLiteral("refresh_token")));
}

QTEST_GUILESS_MAIN(TestIdentityEndpoints)
#include "TestIdentityEndpoints.moc"
