// Sign-in against the sandbox tenant (Contoso, in-process): the real sign-in page driven like a browser, PKCE, roles
// and capabilities, refresh rotation (old tokens stay valid, as Entra's; revoked sessions end), a Graph 401 recovered
// through GraphClient, incremental write consent, the Exchange token, Entra's errors in words, and no secret in logs,
// settings or output.
#include "AuthSandboxHarness.h"

#include "async/Async.h"
#include "auth/ProfileStore.h"
#include "graph/GraphClient.h"
#include "log/Log.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TokenService.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

const QString kKey = SecretStore::refreshTokenKey(QLatin1String(AuthSandboxHarness::TenantId),
                                                  QStringLiteral("b6cee3e8-742a-4101-b7b5-d48f10ef6abf"));

struct TokenResult
{
    bool done = false;
    AccessToken token;
    GraphError error;
};

TokenResult requestToken(SignInManager& manager, TokenResource resource, bool force)
{
    auto result = std::make_shared<TokenResult>();
    QObject context;
    Async::then(manager.requestToken(resource, force), &context, [result](const TokenProvider::Answer& a) {
        result->done = true;
        result->token = a.token;
        result->error = a.error;
    });
    if (!QTest::qWaitFor([result] { return result->done; }, 20000)) {
        result->error = GraphError::make(GraphError::Kind::Timeout, QStringLiteral("no answer"));
    }
    return *result;
}

bool signIn(SignInManager& manager, const AuthProfile& profile, AccountInfo* account = nullptr)
{
    QSignalSpy signedIn(&manager, &SignInManager::signedIn);
    QSignalSpy failed(&manager, &SignInManager::signInFailed);
    manager.signIn(profile);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000) || signedIn.isEmpty()) {
        qWarning("sign-in failed: %s", qPrintable(manager.lastError().summary()));
        return false;
    }
    if (account) {
        *account = signedIn.first().first().value<AccountInfo>();
    }
    return true;
}

// The JWT payload of a sandbox access token, for checks only the test makes (ConsentDesk never reads them).
QJsonObject claimsOf(const QByteArray& jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    return parts.size() < 2
               ? QJsonObject()
               : QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
}

} // namespace

class TestAuthSandbox : public QObject
{
    Q_OBJECT

private slots:
    void signInThroughTheSignInPage();
    void capabilitiesFollowRoles_data();
    void capabilitiesFollowRoles();
    void refreshRotatesAndIsStored();
    void staleRefreshTokenCopyStillWorks();
    void revokedSessionsNeedSignIn();
    void graph401IsRecoveredSilently();
    void incrementalWriteConsent();
    void exchangeToken();
    void nonAdminNeedsAdminApproval_data();
    void nonAdminNeedsAdminApproval();
    void webRegistrationIsExplained();
    void clientSecretIsRefused();
    void silentSignInAfterRestart();
    void noSecretInLogsSettingsOrOutput();
};

void TestAuthSandbox::signInThroughTheSignInPage()
{
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(QStringLiteral("adaeze.okafor@contoso.com"));
    QSignalSpy driverDone(&h.driver(), &SandboxBrowserDriver::finished);
    AccountInfo account;
    QVERIFY(signIn(*manager, h.profile(), &account));
    QTRY_COMPARE(driverDone.size(), 1);
    QVERIFY2(driverDone.first().first().toBool(), qPrintable(driverDone.first().at(1).toString()));

    QCOMPARE(account.userPrincipalName, QStringLiteral("adaeze.okafor@contoso.com"));
    QCOMPARE(account.userObjectId, QStringLiteral("b6cee3e8-742a-4101-b7b5-d48f10ef6abf"));
    QCOMPARE(account.tenantId, QLatin1String(AuthSandboxHarness::TenantId));
    QVERIFY(!account.tenantDefaultDomain.isEmpty());
    QVERIFY(account.rolesKnown);
    QVERIFY(account.roleTemplateIds().contains(CapabilityMap::GlobalAdministrator));
    for (const auto& c : account.capabilities().all()) {
        QVERIFY2(c.allowed, qPrintable(CapabilityMap::kindName(c.kind)));
    }
    QCOMPARE(manager->state(), SignInManager::State::SignedIn);

    // PKCE S256 on the wire: the token POST carried a verifier and no secret.
    bool sawRedemption = false;
    for (const QByteArray& body : h.network().bodies) {
        if (body.contains("grant_type=authorization_code")) {
            sawRedemption = true;
            QVERIFY(body.contains("code_verifier="));
            QVERIFY(!body.contains("client_secret"));
        }
    }
    QVERIFY(sawRedemption);
    QTRY_VERIFY(!h.keychain().peek(kKey).isEmpty());
}

void TestAuthSandbox::capabilitiesFollowRoles_data()
{
    QTest::addColumn<QString>("upn");
    QTest::addColumn<bool>("readRequests");
    QTest::addColumn<bool>("grantDelegated");
    QTest::addColumn<bool>("grantGraphApplication");
    QTest::addColumn<bool>("exchange");
    QTest::newRow("Global Reader") << QStringLiteral("kwame.mensah@contoso.com") << true << false << false << false;
    QTest::newRow("Cloud Application Administrator")
        << QStringLiteral("marcus.lindqvist@contoso.com") << true << true << false << false;
    QTest::newRow("Privileged Role Administrator")
        << QStringLiteral("priya.raman@contoso.com") << false << true << true << false;
    QTest::newRow("Exchange Administrator")
        << QStringLiteral("hiroshi.tanaka@contoso.com") << false << false << false << true;
}

void TestAuthSandbox::capabilitiesFollowRoles()
{
    QFETCH(QString, upn);
    QFETCH(bool, readRequests);
    QFETCH(bool, grantDelegated);
    QFETCH(bool, grantGraphApplication);
    QFETCH(bool, exchange);
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(upn);
    AccountInfo account;
    QVERIFY(signIn(*manager, h.profile(), &account));
    const CapabilityMap map = account.capabilities();
    QCOMPARE(map.allows(CapabilityMap::Kind::ReadRequests), readRequests);
    QCOMPARE(map.allows(CapabilityMap::Kind::GrantDelegated), grantDelegated);
    QCOMPARE(map.allows(CapabilityMap::Kind::GrantApplication), grantGraphApplication);
    QCOMPARE(map.allows(CapabilityMap::Kind::ExchangeAccessPolicies), exchange);
    if (!grantGraphApplication) {
        QVERIFY(map.capability(CapabilityMap::Kind::GrantApplication).reason.contains(QLatin1String("Your roles: ")));
    }
}

void TestAuthSandbox::refreshRotatesAndIsStored()
{
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(QStringLiteral("adaeze.okafor@contoso.com"));
    QVERIFY(signIn(*manager, h.profile()));
    QTRY_VERIFY(!h.keychain().peek(kKey).isEmpty());
    const QByteArray first = h.keychain().peek(kKey);
    const TokenResult graph = requestToken(*manager, TokenResource::Graph, true);
    QVERIFY2(graph.error.isNone(), qPrintable(graph.error.summary()));
    QTRY_VERIFY(h.keychain().peek(kKey) != first); // the rotated token, stored at once
    const QByteArray refreshBody = h.network().bodies.last();
    QVERIFY(refreshBody.contains("grant_type=refresh_token"));
    QVERIFY(refreshBody.contains("scope="));
    QVERIFY(!refreshBody.contains("client_secret"));
    QVERIFY(!refreshBody.contains("redirect_uri"));
    QCOMPARE(claimsOf(graph.token.value).value(QStringLiteral("aud")).toString(),
             QStringLiteral("https://graph.microsoft.com"));
}

// Entra does not revoke a refresh token when it is redeemed, so a second ConsentDesk with an older copy (another
// machine, a CLI that read the keychain before a rotation) keeps working, and so does the first one — which keeps
// the newest token it was given.
void TestAuthSandbox::staleRefreshTokenCopyStillWorks()
{
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(QStringLiteral("adaeze.okafor@contoso.com"));
    QVERIFY(signIn(*manager, h.profile()));
    QTRY_VERIFY(!h.keychain().peek(kKey).isEmpty());
    const QByteArray old = h.keychain().peek(kKey);
    QVERIFY(requestToken(*manager, TokenResource::Graph, true).error.isNone()); // rotates
    QTRY_VERIFY(h.keychain().peek(kKey) != old); // the newest is kept
    const QByteArray newest = h.keychain().peek(kKey);
    const AuthProfile profile = manager->profile();

    AuthSandboxHarness::FakeKeychain stale;
    stale.write(kKey, old); // in memory at once; the answer does not matter
    SignInManager second;
    second.setSecretStore(&stale);
    QSignalSpy signedIn(&second, &SignInManager::signedIn);
    QSignalSpy silentFailed(&second, &SignInManager::silentSignInFailed);
    second.trySilentSignIn(profile);
    QVERIFY(QTest::qWaitFor([&] { return !signedIn.isEmpty() || !silentFailed.isEmpty(); }, 20000));
    QVERIFY2(silentFailed.isEmpty(), qPrintable(second.lastError().summary()));
    QTRY_VERIFY(stale.peek(kKey) != old); // the second one keeps its newest too

    // Both sessions go on, for Graph and Exchange.
    QVERIFY(requestToken(second, TokenResource::Graph, true).error.isNone());
    QVERIFY(requestToken(*manager, TokenResource::Graph, true).error.isNone());
    QVERIFY(requestToken(*manager, TokenResource::Exchange, true).error.isNone());
    QCOMPARE(manager->state(), SignInManager::State::SignedIn);
    QTRY_VERIFY(h.keychain().peek(kKey) != newest);
}

// revokeSignInSessions ends every copy: the next refresh says "sign in again" in words, the dead token leaves the
// keychain, and nothing keeps using it.
void TestAuthSandbox::revokedSessionsNeedSignIn()
{
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(QStringLiteral("adaeze.okafor@contoso.com"));
    QVERIFY(signIn(*manager, h.profile()));
    QTRY_VERIFY(!h.keychain().peek(kKey).isEmpty());
    QTest::qWait(5); // the revocation comes strictly after the sign-in
    h.server().tokens().revokeSignInSessions(QStringLiteral("b6cee3e8-742a-4101-b7b5-d48f10ef6abf"));

    QSignalSpy expired(manager.get(), &SignInManager::sessionExpired);
    const TokenResult after = requestToken(*manager, TokenResource::Graph, true);
    QCOMPARE(after.error.kind, GraphError::Kind::SignInRequired);
    QCOMPARE(expired.size(), 1);
    const AuthError e = expired.first().first().value<AuthError>();
    QCOMPARE(e.aadsts, 50173);
    QCOMPARE(e.title, QStringLiteral("Your stored sign-in was revoked"));
    QVERIFY(e.requiresInteraction());
    QCOMPARE(manager->state(), SignInManager::State::Error);
    QTRY_VERIFY(h.keychain().peek(kKey).isEmpty());
    // Signing in again works.
    QVERIFY(signIn(*manager, h.profile()));
    QVERIFY(requestToken(*manager, TokenResource::Graph, true).error.isNone());
}

void TestAuthSandbox::graph401IsRecoveredSilently()
{
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(QStringLiteral("marcus.lindqvist@contoso.com"));
    QVERIFY(signIn(*manager, h.profile()));
    // Two hours later for the sandbox: its access token has expired, ConsentDesk's clock still thinks it fresh.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
    h.server().tokens().setClock([later] { return later; });
    const int before = int(h.network().bodies.size());
    GraphClient graph;
    graph.setTokenProvider(manager.get());
    graph.setEndpoints({h.baseUrl(), h.baseUrl(), QLatin1String(AuthSandboxHarness::TenantId)});
    ODataQuery query;
    query.select({QStringLiteral("id"), QStringLiteral("userPrincipalName")});
    GraphReply* reply = graph.send(GraphRequest::get(QStringLiteral("/me"), query));
    QSignalSpy finished(reply, &GraphReply::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(reply->json().value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("marcus.lindqvist@contoso.com"));
    QCOMPARE(int(h.network().bodies.size()), before + 1); // exactly one refresh, after the 401
    QVERIFY(h.network().bodies.last().contains("grant_type=refresh_token"));
}

void TestAuthSandbox::incrementalWriteConsent()
{
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(QStringLiteral("adaeze.okafor@contoso.com"));
    QVERIFY(signIn(*manager, h.profile()));
    QVERIFY(!manager->hasWriteConsent());
    const TokenResult before = requestToken(*manager, TokenResource::Graph, false);
    const QString scpBefore = claimsOf(before.token.value).value(QStringLiteral("scp")).toString();
    QVERIFY2(!scpBefore.contains(QLatin1String("ReadWrite")), qPrintable(scpBefore)); // sign-in asked for reads only

    QSignalSpy needed(manager.get(), &SignInManager::writeConsentNeeded);
    QSignalSpy granted(manager.get(), &SignInManager::writeConsentGranted);
    QSignalSpy failed(manager.get(), &SignInManager::writeConsentFailed);
    manager->requestWriteConsent();
    QCOMPARE(needed.size(), 1);
    const auto permissions = needed.first().first().value<QList<ConsentDeskScopes::Permission>>();
    QVERIFY(!permissions.isEmpty());
    for (const auto& p : permissions) {
        QVERIFY(!p.reason.isEmpty());
    }
    manager->proceedWithWriteConsent();
    QVERIFY(QTest::qWaitFor([&] { return !granted.isEmpty() || !failed.isEmpty(); }, 20000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<AuthError>().summary()));
    QVERIFY(manager->hasWriteConsent());
    const TokenResult after = requestToken(*manager, TokenResource::Graph, false);
    const QString scp = claimsOf(after.token.value).value(QStringLiteral("scp")).toString();
    QVERIFY2(scp.contains(QLatin1String("DelegatedPermissionGrant.ReadWrite.All")), qPrintable(scp));
    QVERIFY(scp.contains(QLatin1String("Directory.Read.All"))); // and still the reads
}

void TestAuthSandbox::exchangeToken()
{
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(QStringLiteral("hiroshi.tanaka@contoso.com"));
    QVERIFY(signIn(*manager, h.profile()));
    const TokenResult exo = requestToken(*manager, TokenResource::Exchange, false);
    QVERIFY2(exo.error.isNone(), qPrintable(exo.error.summary()));
    QCOMPARE(claimsOf(exo.token.value).value(QStringLiteral("aud")).toString(),
             QStringLiteral("https://outlook.office365.com"));
    const QByteArray body = h.network().bodies.last();
    QVERIFY(body.contains("grant_type=refresh_token"));
    QVERIFY2(body.contains("scope=https%3A%2F%2Foutlook.office365.com%2F.default%20offline_access")
                 || body.contains("scope=https://outlook.office365.com/.default%20offline_access"),
             body.constData());
    // Graph's token is untouched and still for Graph.
    const TokenResult graph = requestToken(*manager, TokenResource::Graph, false);
    QCOMPARE(claimsOf(graph.token.value).value(QStringLiteral("aud")).toString(),
             QStringLiteral("https://graph.microsoft.com"));
}

void TestAuthSandbox::nonAdminNeedsAdminApproval_data()
{
    QTest::addColumn<bool>("workflow");
    QTest::addColumn<int>("aadsts");
    QTest::newRow("workflow on") << true << 90095;
    QTest::newRow("workflow off") << false << 90094;
}

void TestAuthSandbox::nonAdminNeedsAdminApproval()
{
    QFETCH(bool, workflow);
    QFETCH(int, aadsts);
    // A tenant where Directory.Read.All was never consented for the organization: only an admin may consent to it.
    AuthSandboxHarness::Options options;
    options.consentReadSet = false;
    options.adminConsentWorkflow = workflow;
    AuthSandboxHarness h(options);
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(QStringLiteral("elena.petrova@contoso.com"));
    QSignalSpy failed(manager.get(), &SignInManager::signInFailed);
    manager->signIn(h.profile());
    QVERIFY(failed.wait(20000));
    const AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(e.aadsts, aadsts);
    QCOMPARE(e.kind, AuthError::Kind::ConsentRequired);
    QVERIFY(!e.title.isEmpty());
    QVERIFY(e.nextStep.contains(QLatin1String("Global Administrator or Cloud Application Administrator")));
    QCOMPARE(manager->state(), SignInManager::State::Error);
}

void TestAuthSandbox::webRegistrationIsExplained()
{
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto manager = h.manager(QStringLiteral("adaeze.okafor@contoso.com"));
    QSignalSpy failed(manager.get(), &SignInManager::signInFailed);
    manager->signIn(h.profile(QLatin1String(AuthSandboxHarness::WebClientId)));
    QVERIFY(failed.wait(20000));
    const AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(e.aadsts, 7000218);
    QCOMPARE(e.kind, AuthError::Kind::Configuration);
    QVERIFY(e.nextStep.contains(QLatin1String("Mobile and desktop applications")));
}

void TestAuthSandbox::clientSecretIsRefused()
{
    // ConsentDesk never sends a secret; this shows what Entra (and the sandbox) says when something does.
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    QNetworkRequest request(h.profile().environment().tokenUrl(QStringLiteral("contoso.onmicrosoft.com")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply
        = h.network().post(request,
                           QByteArrayLiteral("grant_type=refresh_token&refresh_token=x&client_secret=s&client_id=")
                               + AuthSandboxHarness::ClientId);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const AuthError e = AuthError::fromGraphError(GraphError::fromTokenEndpointJson(status, reply->readAll()));
    reply->deleteLater();
    QCOMPARE(e.aadsts, 700025);
    QCOMPARE(e.kind, AuthError::Kind::Configuration);
    QVERIFY(!e.correlationId.isEmpty());
}

void TestAuthSandbox::silentSignInAfterRestart()
{
    AuthSandboxHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    AuthProfile profile;
    {
        auto first = h.manager(QStringLiteral("sofia.marchetti@contoso.com"));
        QVERIFY(signIn(*first, h.profile()));
        QTRY_VERIFY(h.keychain().count() == 1);
        profile = first->profile();
    }
    SignInManager second; // "after a restart": nothing in memory, the keychain entry remains
    second.setSecretStore(&h.keychain());
    QSignalSpy browser(&second, &SignInManager::openBrowserRequested);
    QSignalSpy signedIn(&second, &SignInManager::signedIn);
    second.trySilentSignIn(profile);
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(browser.size(), 0);
    QCOMPARE(second.account().userPrincipalName, QStringLiteral("sofia.marchetti@contoso.com"));
    QVERIFY(second.capabilities().allows(CapabilityMap::Kind::BlockApp)); // Application Administrator
}

void TestAuthSandbox::noSecretInLogsSettingsOrOutput()
{
    if (qEnvironmentVariableIsSet("AUTH_HYGIENE_CHILD")) {
        return;
    }
    QTemporaryDir dir;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTH_HYGIENE_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hygiene-run"), dir.path()});
    QVERIFY(child.waitForFinished(120000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(child.exitCode() == 0, output.constData());
    for (const char* step : {"signed-in", "refreshed", "exchange", "write-consent", "graph-call", "signed-out"}) {
        QVERIFY2(output.contains(step), output.constData());
    }

    QFile secretsFile(dir.filePath(QStringLiteral("secrets.txt")));
    QVERIFY(secretsFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> secrets = secretsFile.readAll().split('\n');
    int kinds = 0;
    for (const char* prefix : {"eyJ"}) {
        for (const QByteArray& s : secrets) {
            kinds += s.startsWith(prefix) ? 1 : 0;
        }
    }
    QVERIFY2(secrets.size() > 12, "the child recorded too few secrets to prove anything");
    QVERIFY(kinds > 3); // JWT-shaped access and id tokens among them

    QByteArray written;
    QDirIterator it(dir.filePath(QStringLiteral("logs")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        written += f.readAll();
    }
    QVERIFY2(written.contains("sign-in callback accepted"), "the log file was not written");
    QFile settings(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settings.readAll();
    QVERIFY(settingsText.contains("adaeze.okafor@contoso.com")); // lastUser, the non-secret part
    for (const QByteArray& secret : secrets) {
        if (secret.size() < 8) {
            continue;
        }
        QVERIFY2(!written.contains(secret), "a secret reached the log file");
        QVERIFY2(!settingsText.contains(secret), "a secret reached the settings file");
        QVERIFY2(!output.contains(secret), "a secret reached the program's output");
    }
}

// The child of noSecretInLogsSettingsOrOutput: everything a session does, logging to a file as the app does.
static int hygieneRun(const QString& dir)
{
    Log::Options options;
    options.directory = dir + QStringLiteral("/logs");
    options.level = spdlog::level::trace; // the most talkative setting
    options.console = true; // and to stderr, which the parent reads
    Log::init(options);
    auto say = [](const char* line) {
        std::printf("%s\n", line);
        std::fflush(stdout);
    };

    AuthSandboxHarness h;
    QString error;
    if (!h.start(&error)) {
        return 2;
    }
    ProfileStore profiles(dir + QStringLiteral("/settings.ini"));
    AuthProfile profile = h.profile();
    profile.id = profiles.save(profile);
    profiles.setCurrentId(profile.id);
    auto manager = h.manager(QStringLiteral("adaeze.okafor@contoso.com"));
    manager->setProfileStore(&profiles);
    QStringList secrets;
    auto keep = [&](const QByteArray& s) {
        if (!s.isEmpty()) {
            secrets.append(QString::fromUtf8(s));
        }
    };
    QObject::connect(
        manager.get(), &SignInManager::refreshTokenStored, manager.get(), [&] { keep(h.keychain().peek(kKey)); });

    if (!signIn(*manager, profile)) {
        return 3;
    }
    say("signed-in");
    keep(requestToken(*manager, TokenResource::Graph, false).token.value);
    const TokenResult refreshed = requestToken(*manager, TokenResource::Graph, true);
    keep(refreshed.token.value);
    say(refreshed.error.isNone() ? "refreshed" : "refresh-failed");
    const TokenResult exo = requestToken(*manager, TokenResource::Exchange, false);
    keep(exo.token.value);
    say(exo.error.isNone() ? "exchange" : "exchange-failed");
    QSignalSpy granted(manager.get(), &SignInManager::writeConsentGranted);
    manager->requestWriteConsent();
    manager->proceedWithWriteConsent();
    if (granted.wait(20000)) {
        say("write-consent");
    }
    GraphClient graph;
    graph.setTokenProvider(manager.get());
    graph.setEndpoints({h.baseUrl(), h.baseUrl(), QLatin1String(AuthSandboxHarness::TenantId)});
    GraphReply* me = graph.send(GraphRequest::get(QStringLiteral("/me")));
    QSignalSpy meDone(me, &GraphReply::finished);
    if (meDone.wait(20000) && me->ok()) {
        say("graph-call");
    }
    manager->signOut();
    QTest::qWait(200);
    if (h.keychain().count() == 0) {
        say("signed-out");
    }
    profiles.sync();
    Log::flush();

    secrets += h.secrets();
    QFile out(dir + QStringLiteral("/secrets.txt"));
    if (!out.open(QIODevice::WriteOnly)) {
        return 4;
    }
    out.write(secrets.join(QLatin1Char('\n')).toUtf8());
    Log::shutdown();
    return 0;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hygiene-run") == 0) {
        return hygieneRun(QString::fromLocal8Bit(argv[2]));
    }
    TestAuthSandbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAuthSandbox.moc"
