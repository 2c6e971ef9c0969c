// The session: interactive sign-in through a driver, silent sign-in, token refresh ahead of expiry and after a 401,
// rotation persisted, the Exchange token, write consent, the keychain fallback, sign-out — against a fake identity
// platform and Graph on 127.0.0.1 (the sandbox integration test repeats the important paths against the emulator).
#include "FakeIdentityPlatform.h"

#include "async/Async.h"
#include "auth/MemorySecretStore.h"
#include "auth/ProfileStore.h"
#include "auth/SignInManager.h"
#include "graph/GraphClient.h"
#include "log/Log.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A store that claims to be the system keychain, so that its failures count as "keychain unavailable".
class FakeKeychain : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("fake keychain"); }
};

// A keychain whose writes complete only when the test says so — a chunked keychain write still under way.
class HoldingKeychain : public FakeKeychain
{
public:
    using FakeKeychain::FakeKeychain;
    QFuture<Error> write(const QString& key, const QByteArray& secret) override
    {
        if (!m_hold) {
            return FakeKeychain::write(key, secret);
        }
        const Async::Promise<Error> promise;
        m_held.append({key, secret, promise});
        return promise.future();
    }
    void setHold(bool hold) { m_hold = hold; }
    int heldCount() const { return int(m_held.size()); }
    void release()
    {
        m_hold = false;
        const auto held = std::exchange(m_held, {});
        for (const Held& h : held) {
            Async::then(FakeKeychain::write(h.key, h.secret), this, [promise = h.promise](const Error& e) {
                promise.finish(e);
            });
        }
    }

private:
    struct Held
    {
        QString key;
        QByteArray secret;
        Async::Promise<Error> promise;
    };
    bool m_hold = false;
    QList<Held> m_held;
};

struct TokenResult
{
    bool done = false;
    AccessToken token;
    GraphError error;
};

} // namespace

class TestSignInManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void interactiveSignIn();
    void browserSignalWithoutDriver();
    void tokensFromMemory();
    void refreshAheadOfExpiryPersistsRotation();
    void shortLivedTokenIsNotRefreshedOnEveryRequest();
    void explicitMarginAppliesAsItIs();
    void concurrentRequestsShareOneRefresh();
    void askerOrManagerGoneDuringARefresh();
    void exchangeTokenIsLazyAndSeparate();
    void graph401RefreshesSilently();
    void invalidGrantEndsTheSession();
    void silentSignIn();
    void silentSignInWithNothingStored();
    void keychainUnavailableFallsBackToSession();
    void writeConsent();
    void writeConsentDeclined();
    void cancelInteractive();
    void signInErrorIsMapped();
    void signOutForgetsEverything();
    void signOutDuringAPendingWriteDeletesAfterIt();
    void signInToAnotherTenantIsRefused_data();
    void signInToAnotherTenantIsRefused();
    void organizationsProfileKeepsItsTenant();
    void writeConsentMustProveUserAndTenant_data();
    void writeConsentMustProveUserAndTenant();
    void logHasNoSecrets();

private:
    SignInManager* makeManager(bool driver = true);
    bool signIn(SignInManager& manager);
    TokenResult token(SignInManager& manager, TokenResource resource, bool force = false);
    AuthProfile m_profile;
    FakeIdentityPlatform* m_idp = nullptr;
    FakeKeychain* m_keychain = nullptr;
    QTemporaryDir m_dir;
    QStringList m_allSecrets;
};

void TestSignInManager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Log::Options options;
    options.directory = m_dir.filePath(QStringLiteral("logs"));
    options.level = spdlog::level::trace;
    Log::init(options);
}

void TestSignInManager::cleanupTestCase()
{
    Log::shutdown();
}

void TestSignInManager::init()
{
    m_idp = new FakeIdentityPlatform(this);
    QVERIFY(m_idp->listenOnLoopback());
    m_profile = AuthProfile::forSandbox(
        m_idp->baseUrl(), QStringLiteral("contoso.onmicrosoft.com"), QLatin1String(FakeIdentityPlatform::ClientId));
    m_keychain = new FakeKeychain(this);
}

void TestSignInManager::cleanup()
{
    m_allSecrets += m_idp->issuedSecrets();
    delete m_idp;
    delete m_keychain;
}

SignInManager* TestSignInManager::makeManager(bool driver)
{
    auto* manager = new SignInManager(this);
    manager->setSecretStore(m_keychain);
    if (driver) {
        FakeIdentityPlatform* idp = m_idp;
        manager->setInteractiveDriver([idp](const QUrl& url) { idp->complete(url); });
    }
    return manager;
}

bool TestSignInManager::signIn(SignInManager& manager)
{
    QSignalSpy signedIn(&manager, &SignInManager::signedIn);
    QSignalSpy stored(&manager, &SignInManager::refreshTokenStored);
    manager.signIn(m_profile);
    return signedIn.wait(10000) && (stored.size() > 0 || stored.wait(5000));
}

TokenResult TestSignInManager::token(SignInManager& manager, TokenResource resource, bool force)
{
    auto result = std::make_shared<TokenResult>();
    QObject context;
    Async::then(manager.requestToken(resource, force), &context, [result](const TokenProvider::Answer& a) {
        result->done = true;
        result->token = a.token;
        result->error = a.error;
    });
    if (!QTest::qWaitFor([result] { return result->done; }, 10000)) {
        result->error = GraphError::make(GraphError::Kind::Timeout, QStringLiteral("no answer from requestToken"));
    }
    return *result;
}

void TestSignInManager::interactiveSignIn()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("settings.ini")));
    AuthProfile profile = m_profile;
    profile.id = profiles.save(profile);
    manager->setProfileStore(&profiles);
    QSignalSpy states(manager.get(), &SignInManager::stateChanged);
    QSignalSpy signedIn(manager.get(), &SignInManager::signedIn);
    QSignalSpy browser(manager.get(), &SignInManager::openBrowserRequested);
    manager->signIn(profile);
    QCOMPARE(manager->state(), SignInManager::State::SigningIn);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(browser.size(), 0); // the driver replaced the browser
    QCOMPARE(manager->state(), SignInManager::State::SignedIn);
    const AccountInfo account = signedIn.first().first().value<AccountInfo>();
    QCOMPARE(account.userPrincipalName, QLatin1String(FakeIdentityPlatform::Upn));
    QCOMPARE(account.tenantId, QLatin1String(FakeIdentityPlatform::TenantId));
    QCOMPARE(account.tenantDefaultDomain, QStringLiteral("contoso.com"));
    QVERIFY(account.capabilities().allows(CapabilityMap::Kind::GrantDelegated)); // Cloud Application Administrator
    QVERIFY(!account.capabilities().allows(CapabilityMap::Kind::GrantApplication));
    QVERIFY(!manager->isSessionOnly());

    const QString key = SecretStore::refreshTokenKey(QLatin1String(FakeIdentityPlatform::TenantId),
                                                     QLatin1String(FakeIdentityPlatform::UserId));
    QTRY_COMPARE(m_keychain->peek(key), m_idp->currentRefreshToken().toUtf8());
    QCOMPARE(m_keychain->count(), 1);

    // The profile remembers who signed in — and nothing secret.
    profiles.sync();
    QCOMPARE(profiles.profile(profile.id)->lastUser.objectId, QLatin1String(FakeIdentityPlatform::UserId));
    QFile settings(profiles.fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    for (const QString& secret : m_idp->issuedSecrets()) {
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(QStringLiteral("secret in settings")));
    }
    QVERIFY(states.size() >= 2);
}

void TestSignInManager::browserSignalWithoutDriver()
{
    std::unique_ptr<SignInManager> manager(makeManager(false));
    QSignalSpy browser(manager.get(), &SignInManager::openBrowserRequested);
    QSignalSpy signedIn(manager.get(), &SignInManager::signedIn);
    manager->signIn(m_profile, QStringLiteral("adaeze.okafor@contoso.com"));
    QCOMPARE(browser.size(), 1);
    const QUrl url = browser.first().first().toUrl();
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
             QStringLiteral("adaeze.okafor@contoso.com"));
    m_idp->complete(url); // the "browser"
    QVERIFY(signedIn.wait(10000));
}

void TestSignInManager::tokensFromMemory()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    const int before = m_idp->tokenRequests().size();
    const TokenResult t = token(*manager, TokenResource::Graph);
    QVERIFY(t.error.isNone());
    QVERIFY(t.token.value.startsWith("AT-graph-"));
    QCOMPARE(m_idp->tokenRequests().size(), before); // no refresh needed
}

void TestSignInManager::refreshAheadOfExpiryPersistsRotation()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    m_idp->setExpiresIn(2); // refreshed at most half its lifetime (1 s) ahead of expiry, never after it
    QVERIFY(signIn(*manager));
    const QByteArray first = token(*manager, TokenResource::Graph).token.value;
    QTest::qWait(1200); // 0.8 s left: inside the margin, still valid
    QSignalSpy stored(manager.get(), &SignInManager::refreshTokenStored);
    const TokenResult t = token(*manager, TokenResource::Graph);
    QVERIFY(t.error.isNone());
    QVERIFY(t.token.value != first);
    const auto last = m_idp->tokenRequests().last();
    QCOMPARE(last.value("grant_type"), QStringLiteral("refresh_token"));
    QVERIFY(last.value("scope").contains(QLatin1String("https://graph.microsoft.com/Directory.Read.All")));
    QVERIFY(stored.wait(5000) || stored.size() > 0);
    const QString key = SecretStore::refreshTokenKey(QLatin1String(FakeIdentityPlatform::TenantId),
                                                     QLatin1String(FakeIdentityPlatform::UserId));
    QCOMPARE(m_keychain->peek(key), m_idp->currentRefreshToken().toUtf8()); // the rotated one, at once
}

void TestSignInManager::shortLivedTokenIsNotRefreshedOnEveryRequest()
{
    // A token shorter-lived than twice the 5-minute margin (the sandbox's --token-lifetime-s 30 in the fault matrix)
    // was refreshed before every single request: thousands of refreshes for one inventory.
    std::unique_ptr<SignInManager> manager(makeManager());
    m_idp->setExpiresIn(4);
    QVERIFY(signIn(*manager));
    const int before = m_idp->tokenRequests().size();
    const QByteArray first = token(*manager, TokenResource::Graph).token.value;
    QCOMPARE(token(*manager, TokenResource::Graph).token.value, first);
    QCOMPARE(token(*manager, TokenResource::Graph).token.value, first);
    QCOMPARE(m_idp->tokenRequests().size(), before);
    QTest::qWait(2300); // past half its lifetime
    const TokenResult t = token(*manager, TokenResource::Graph);
    QVERIFY(t.error.isNone());
    QVERIFY(t.token.value != first);
    QCOMPARE(m_idp->tokenRequests().size(), before + 1);
}

void TestSignInManager::explicitMarginAppliesAsItIs()
{
    // setRefreshMargin() is not capped by the token's lifetime: a day's margin refreshes on every request (the GUI's
    // session-end test relies on it to make the next request meet a refused refresh).
    std::unique_ptr<SignInManager> manager(makeManager());
    m_idp->setExpiresIn(3600);
    QVERIFY(signIn(*manager));
    manager->setRefreshMargin(24 * 3600);
    const int before = m_idp->tokenRequests().size();
    const QByteArray first = token(*manager, TokenResource::Graph).token.value;
    const TokenResult t = token(*manager, TokenResource::Graph);
    QVERIFY(t.error.isNone());
    QVERIFY(t.token.value != first);
    QCOMPARE(m_idp->tokenRequests().size(), before + 2);
}

void TestSignInManager::concurrentRequestsShareOneRefresh()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    const int before = m_idp->tokenRequests().size();
    int answered = 0;
    QByteArray a;
    QByteArray b;
    QObject context;
    Async::then(manager->requestToken(TokenResource::Graph, true), &context, [&](const TokenProvider::Answer& r) {
        a = r.token.value;
        ++answered;
    });
    Async::then(manager->requestToken(TokenResource::Graph, true), &context, [&](const TokenProvider::Answer& r) {
        b = r.token.value;
        ++answered;
    });
    QTRY_COMPARE(answered, 2);
    QCOMPARE(a, b);
    QCOMPARE(m_idp->tokenRequests().size(), before + 1);
}

// The waiters of a refresh are futures: an asker gone before the refresh finished is not called (the others are);
// a manager destroyed mid-refresh cancels every waiter's future and calls nobody.
void TestSignInManager::askerOrManagerGoneDuringARefresh()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    bool goneCalled = false;
    QByteArray stayed;
    auto* gone = new QObject;
    QObject stays;
    const QFuture<TokenProvider::Answer> first = manager->requestToken(TokenResource::Graph, true);
    QVERIFY(!first.isFinished()); // a forced refresh goes to the identity platform
    Async::then(first, gone, [&](const TokenProvider::Answer&) { goneCalled = true; });
    Async::then(manager->requestToken(TokenResource::Graph, true), &stays, [&](const TokenProvider::Answer& r) {
        stayed = r.token.value;
    });
    delete gone;
    QTRY_VERIFY(!stayed.isEmpty());
    QVERIFY(first.isFinished() && !first.isCanceled());
    QVERIFY(!goneCalled);

    bool called = false;
    const QFuture<TokenProvider::Answer> pending = manager->requestToken(TokenResource::Graph, true);
    Async::then(pending, &stays, [&](const TokenProvider::Answer&) { called = true; });
    manager.reset();
    QVERIFY(pending.isCanceled());
    QTest::qWait(200); // the identity platform's answer arrives and finds nothing freed
    QVERIFY(!called);
}

void TestSignInManager::exchangeTokenIsLazyAndSeparate()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    const int before = m_idp->tokenRequests().size();
    const TokenResult exo = token(*manager, TokenResource::Exchange);
    QVERIFY(exo.error.isNone());
    QVERIFY(exo.token.value.startsWith("AT-exo-"));
    QCOMPARE(m_idp->tokenRequests().size(), before + 1);
    QCOMPARE(m_idp->tokenRequests().last().value("scope"),
             QStringLiteral("https://outlook.office365.com/.default offline_access"));
    // Graph's token is still the Graph one, and Exchange's comes from memory now.
    QVERIFY(token(*manager, TokenResource::Graph).token.value.startsWith("AT-graph-"));
    QCOMPARE(token(*manager, TokenResource::Exchange).token.value, exo.token.value);
    QCOMPARE(m_idp->tokenRequests().size(), before + 1);
}

void TestSignInManager::graph401RefreshesSilently()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    m_idp->expireAccessTokens();
    const int before = m_idp->tokenRequests().size();
    GraphReply* reply = manager->graphClient()->send(GraphRequest::get(QStringLiteral("/me")));
    QSignalSpy finished(reply, &GraphReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(m_idp->tokenRequests().size(), before + 1); // one refresh after the 401
}

void TestSignInManager::invalidGrantEndsTheSession()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    QSignalSpy expired(manager.get(), &SignInManager::sessionExpired);
    m_idp->revokeRefreshTokens();
    const TokenResult t = token(*manager, TokenResource::Graph, true);
    QCOMPARE(t.error.kind, GraphError::Kind::SignInRequired);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().first().value<AuthError>().aadsts, 70008);
    QCOMPARE(manager->state(), SignInManager::State::Error);
    QTRY_COMPARE(m_keychain->count(), 0); // the dead refresh token is not kept
    // Nothing to refresh with any more.
    QCOMPARE(token(*manager, TokenResource::Graph, true).error.kind, GraphError::Kind::SignInRequired);
    QCOMPARE(manager->account().userPrincipalName, QLatin1String(FakeIdentityPlatform::Upn)); // for "sign in again"
}

void TestSignInManager::silentSignIn()
{
    AuthProfile profile;
    {
        std::unique_ptr<SignInManager> first(makeManager());
        QVERIFY(signIn(*first));
        profile = first->profile();
    }
    QVERIFY(profile.lastUser.isValid());
    std::unique_ptr<SignInManager> second(makeManager(false));
    QSignalSpy browser(second.get(), &SignInManager::openBrowserRequested);
    QSignalSpy signedIn(second.get(), &SignInManager::signedIn);
    QSignalSpy stored(second.get(), &SignInManager::refreshTokenStored);
    second->trySilentSignIn(profile);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(browser.size(), 0);
    QCOMPARE(second->account().userObjectId, QLatin1String(FakeIdentityPlatform::UserId));
    QVERIFY(stored.size() > 0 || stored.wait(5000));
    const QString key = SecretStore::refreshTokenKey(QLatin1String(FakeIdentityPlatform::TenantId),
                                                     QLatin1String(FakeIdentityPlatform::UserId));
    QCOMPARE(m_keychain->peek(key), m_idp->currentRefreshToken().toUtf8());
}

void TestSignInManager::silentSignInWithNothingStored()
{
    std::unique_ptr<SignInManager> manager(makeManager(false));
    AuthProfile profile = m_profile;
    profile.lastUser = {QStringLiteral("x@contoso.com"), QStringLiteral("nobody"), QStringLiteral("t")};
    QSignalSpy failed(manager.get(), &SignInManager::silentSignInFailed);
    manager->trySilentSignIn(profile);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::SignInRequired);
    QCOMPARE(manager->state(), SignInManager::State::SignedOut);

    // No lastUser at all: same answer, at once.
    failed.clear();
    manager->trySilentSignIn(m_profile);
    QCOMPARE(failed.size(), 1);
}

void TestSignInManager::keychainUnavailableFallsBackToSession()
{
    m_keychain->setSimulatedError(SecretStore::Error::make(SecretStore::Error::Code::Unavailable,
                                                           QStringLiteral("The login keyring is locked or missing.")));
    std::unique_ptr<SignInManager> manager(makeManager());
    QSignalSpy unavailable(manager.get(), &SignInManager::keychainUnavailable);
    QSignalSpy signedIn(manager.get(), &SignInManager::signedIn);
    QSignalSpy stored(manager.get(), &SignInManager::refreshTokenStored);
    manager->signIn(m_profile);
    QVERIFY(signedIn.wait(10000));
    QTRY_COMPARE(unavailable.size(), 1);
    QVERIFY(unavailable.first().first().toString().contains(QLatin1String("locked")));
    QVERIFY(manager->isSessionOnly());
    QTRY_VERIFY(!stored.isEmpty());
    QCOMPARE(stored.last().first().toBool(), false); // kept, but only for this session
    QCOMPARE(m_keychain->count(), 0);
    // The session works: refresh and rotation go to memory.
    QVERIFY(token(*manager, TokenResource::Graph, true).error.isNone());
}

void TestSignInManager::writeConsent()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    QVERIFY(!manager->hasWriteConsent());
    QSignalSpy needed(manager.get(), &SignInManager::writeConsentNeeded);
    QSignalSpy granted(manager.get(), &SignInManager::writeConsentGranted);
    manager->requestWriteConsent();
    QCOMPARE(needed.size(), 1);
    const auto permissions = needed.first().first().value<QList<ConsentDeskScopes::Permission>>();
    QCOMPARE(permissions.size(), 3);
    for (const auto& p : permissions) {
        QVERIFY(!p.reason.isEmpty());
    }
    QCOMPARE(permissions.first().name, QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"));
    manager->proceedWithWriteConsent();
    QVERIFY(granted.wait(10000));
    QVERIFY(manager->hasWriteConsent());
    QCOMPARE(manager->state(), SignInManager::State::SignedIn);
    const auto consent = m_idp->tokenRequests().last();
    QCOMPARE(consent.value("grant_type"), QStringLiteral("authorization_code"));
    QVERIFY(consent.value("scope").contains(
        QLatin1String("https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All")));
    QVERIFY(consent.value("scope").contains(QLatin1String("https://graph.microsoft.com/Directory.Read.All")));
    // Later Graph tokens ask for the write permissions too.
    QVERIFY(token(*manager, TokenResource::Graph, true).error.isNone());
    QVERIFY(m_idp->tokenRequests().last().value("scope").contains(QLatin1String("AppRoleAssignment.ReadWrite.All")));
    // Asking again: granted at once, no browser.
    granted.clear();
    manager->requestWriteConsent({QStringLiteral("DelegatedPermissionGrant.ReadWrite.All")});
    QVERIFY(granted.wait(2000));
    QCOMPARE(needed.size(), 1);
}

void TestSignInManager::writeConsentDeclined()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    QSignalSpy failed(manager.get(), &SignInManager::writeConsentFailed);
    manager->requestWriteConsent({QStringLiteral("Policy.ReadWrite.ConsentRequest")});
    manager->declineWriteConsent();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::Cancelled);
    QCOMPARE(manager->state(), SignInManager::State::SignedIn);
}

void TestSignInManager::cancelInteractive()
{
    std::unique_ptr<SignInManager> manager(makeManager(false));
    QSignalSpy failed(manager.get(), &SignInManager::signInFailed);
    manager->signIn(m_profile);
    QCOMPARE(manager->state(), SignInManager::State::SigningIn);
    const quint16 port = manager->flow()->listenerPort();
    manager->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::Cancelled);
    QCOMPARE(manager->state(), SignInManager::State::SignedOut);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(1000));
}

void TestSignInManager::signInErrorIsMapped()
{
    std::unique_ptr<SignInManager> manager(makeManager(false));
    QSignalSpy failed(manager.get(), &SignInManager::signInFailed);
    QSignalSpy browser(manager.get(), &SignInManager::openBrowserRequested);
    manager->signIn(m_profile);
    m_idp->failNextTokenRequest(400,
                                R"({"error":"invalid_client","error_description":"AADSTS7000218: The request body )"
                                R"(must contain client_assertion or client_secret.","error_codes":[7000218]})");
    m_idp->complete(browser.first().first().toUrl());
    QVERIFY(failed.wait(10000));
    const AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(e.aadsts, 7000218);
    QCOMPARE(e.kind, AuthError::Kind::Configuration);
    QVERIFY(e.nextStep.contains(QLatin1String("Mobile and desktop applications")));
    QCOMPARE(manager->state(), SignInManager::State::Error);
    QCOMPARE(manager->lastError().aadsts, 7000218);
}

void TestSignInManager::signOutForgetsEverything()
{
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    QVERIFY(token(*manager, TokenResource::Exchange).error.isNone());
    QSignalSpy signedOut(manager.get(), &SignInManager::signedOut);
    manager->signOut();
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(manager->state(), SignInManager::State::SignedOut);
    QTRY_COMPARE(m_keychain->count(), 0);
    QCOMPARE(token(*manager, TokenResource::Graph).error.kind, GraphError::Kind::SignInRequired);
    QCOMPARE(token(*manager, TokenResource::Exchange).error.kind, GraphError::Kind::SignInRequired);
    QVERIFY(!manager->account().isValid());
}

// A sign-out while a rotated refresh token is still being written (chunked keychain writes take several jobs): the
// deletion runs after the write, so the token does not survive the sign-out.
void TestSignInManager::signOutDuringAPendingWriteDeletesAfterIt()
{
    auto* keychain = new HoldingKeychain(this);
    std::unique_ptr<SignInManager> manager(new SignInManager);
    manager->setSecretStore(keychain);
    FakeIdentityPlatform* idp = m_idp;
    manager->setInteractiveDriver([idp](const QUrl& url) { idp->complete(url); });
    QSignalSpy signedIn(manager.get(), &SignInManager::signedIn);
    manager->signIn(m_profile);
    QVERIFY(signedIn.wait(10000));
    QTRY_COMPARE(keychain->count(), 1);

    keychain->setHold(true);
    QVERIFY(token(*manager, TokenResource::Graph, true).error.isNone()); // rotates: the new token is being written
    QTRY_COMPARE(keychain->heldCount(), 1);
    manager->signOut();
    QTest::qWait(50); // a deletion sent now would complete before the write
    keychain->release();
    QTRY_COMPARE(keychain->count(), 0);
    QTest::qWait(100);
    QCOMPARE(keychain->count(), 0); // and stays gone
    delete keychain;
}

void TestSignInManager::signInToAnotherTenantIsRefused_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the tenant id") << QString::fromLatin1(FakeIdentityPlatform::TenantId) << true;
    QTest::newRow("the tenant id, upper case") << QString::fromLatin1(FakeIdentityPlatform::TenantId).toUpper() << true;
    QTest::newRow("a verified domain") << QStringLiteral("contoso.com") << true;
    QTest::newRow("another tenant id") << QStringLiteral("0d4c8e3f-1111-4222-8333-944455556666") << false;
    QTest::newRow("another domain") << QStringLiteral("fabrikam.com") << false;
}

// The id_token's tid (and Graph's /organization) must be the profile's tenant: otherwise the session would work on
// whichever tenant the browser happened to sign in to. Refused with both tenants named, and nothing stored.
void TestSignInManager::signInToAnotherTenantIsRefused()
{
    QFETCH(QString, tenant);
    QFETCH(bool, accepted);
    AuthProfile profile = m_profile;
    profile.tenant = tenant;
    std::unique_ptr<SignInManager> manager(makeManager());
    QSignalSpy signedIn(manager.get(), &SignInManager::signedIn);
    QSignalSpy failed(manager.get(), &SignInManager::signInFailed);
    manager->signIn(profile);
    QVERIFY(QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 10000));
    if (accepted) {
        QVERIFY2(failed.isEmpty(), qPrintable(manager->lastError().summary()));
        QTRY_COMPARE(m_keychain->count(), 1);
        return;
    }
    QVERIFY(signedIn.isEmpty());
    const AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(e.code, QStringLiteral("tenant_mismatch"));
    QCOMPARE(e.kind, AuthError::Kind::Configuration);
    QVERIFY2(e.explanation.contains(tenant), qPrintable(e.explanation));
    QVERIFY2(e.explanation.contains(QLatin1String(FakeIdentityPlatform::TenantId)), qPrintable(e.explanation));
    QVERIFY(e.nextStep.contains(tenant));
    QCOMPARE(manager->state(), SignInManager::State::Error);
    QTest::qWait(100);
    QCOMPARE(m_keychain->count(), 0); // the refresh token was never stored
    QCOMPARE(token(*manager, TokenResource::Graph).error.kind, GraphError::Kind::SignInRequired);
    QVERIFY(!manager->account().isValid());
}

// "organizations" names no tenant: the tenant the profile was last used with is its tenant from then on.
void TestSignInManager::organizationsProfileKeepsItsTenant()
{
    AuthProfile profile = m_profile;
    profile.tenant = QStringLiteral("organizations");
    std::unique_ptr<SignInManager> manager(makeManager());
    QSignalSpy signedIn(manager.get(), &SignInManager::signedIn);
    QSignalSpy failed(manager.get(), &SignInManager::signInFailed);
    manager->signIn(profile); // first use: any tenant
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(manager->profile().lastUser.tenantId, QLatin1String(FakeIdentityPlatform::TenantId));

    profile.lastUser = {QStringLiteral("someone@fabrikam.com"),
                        QStringLiteral("6a0e0b5c-0000-4000-8000-000000000001"),
                        QStringLiteral("0d4c8e3f-1111-4222-8333-944455556666")};
    manager->signIn(profile);
    QVERIFY(failed.wait(10000));
    const AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(e.code, QStringLiteral("tenant_mismatch"));
    QVERIFY(e.explanation.contains(QLatin1String("0d4c8e3f-1111-4222-8333-944455556666")));
    QVERIFY(e.explanation.contains(QLatin1String(FakeIdentityPlatform::TenantId)));
}

void TestSignInManager::writeConsentMustProveUserAndTenant_data()
{
    QTest::addColumn<QString>("idTokenTenant");
    QTest::addColumn<QString>("idTokenUser");
    QTest::addColumn<bool>("idToken");
    QTest::addColumn<QString>("code");
    QTest::newRow("no id_token") << QString::fromLatin1(FakeIdentityPlatform::TenantId)
                                 << QString::fromLatin1(FakeIdentityPlatform::UserId) << false
                                 << QStringLiteral("id_token_missing");
    QTest::newRow("another tenant") << QStringLiteral("0d4c8e3f-1111-4222-8333-944455556666")
                                    << QString::fromLatin1(FakeIdentityPlatform::UserId) << true
                                    << QStringLiteral("tenant_mismatch");
    QTest::newRow("another user") << QString::fromLatin1(FakeIdentityPlatform::TenantId)
                                  << QStringLiteral("6a0e0b5c-0000-4000-8000-000000000001") << true
                                  << QStringLiteral("account_mismatch");
}

// Write consent is a second browser sign-in: only the admin's own, in the same tenant, proven by the id_token, may
// extend the session. Otherwise the session stays as it was (no write permissions) and nothing new is stored.
void TestSignInManager::writeConsentMustProveUserAndTenant()
{
    QFETCH(QString, idTokenTenant);
    QFETCH(QString, idTokenUser);
    QFETCH(bool, idToken);
    QFETCH(QString, code);
    std::unique_ptr<SignInManager> manager(makeManager());
    QVERIFY(signIn(*manager));
    QTRY_COMPARE(m_keychain->writeCount(), 1);
    m_idp->setIdTokenTenant(idTokenTenant);
    m_idp->setIdTokenUser(idTokenUser);
    m_idp->setIssueIdToken(idToken);
    QSignalSpy failed(manager.get(), &SignInManager::writeConsentFailed);
    QSignalSpy granted(manager.get(), &SignInManager::writeConsentGranted);
    manager->requestWriteConsent();
    manager->proceedWithWriteConsent();
    QVERIFY(failed.wait(10000));
    QCOMPARE(granted.size(), 0);
    QCOMPARE(failed.first().first().value<AuthError>().code, code);
    QVERIFY(!manager->hasWriteConsent());
    QCOMPARE(manager->state(), SignInManager::State::SignedIn); // the admin's session goes on, read-only
    QTest::qWait(100);
    QCOMPARE(m_keychain->writeCount(), 1); // the other sign-in's refresh token was not stored
}

void TestSignInManager::logHasNoSecrets()
{
    Log::flush();
    QFile file(Log::filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();
    QVERIFY(log.contains("sign-in callback accepted")); // the log was written
    QVERIFY(m_allSecrets.size() > 20);
    for (const QString& secret : m_allSecrets) {
        QVERIFY2(!log.contains(secret.toUtf8()), "a token or code reached the log file");
    }
    QVERIFY(!log.contains("code_verifier="));
    QVERIFY(!log.contains("state="));
}

QTEST_GUILESS_MAIN(TestSignInManager)
#include "TestSignInManager.moc"
