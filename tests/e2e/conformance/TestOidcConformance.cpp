// Conformance with an OAuth 2.0 / OpenID provider nobody here wrote: panva's oidc-provider (oidc-provider-server.mjs)
// as a strict native-client provider — PKCE S256 required, loopback redirect with any port, rotating refresh tokens.
// EntraFlow, the sign-in core SignInManager drives, talks to it unchanged: the same scopes, the same authorize and
// token requests, its own loopback listener. Sign-in and refresh succeed; a wrong state, a replayed authorization
// code and a wrong PKCE verifier each end in a clear AuthError, with no tokens and the listener closed.
//
// The level is EntraFlow, not SignInManager: the provider has no Microsoft Graph (/me, roles), and its tenant and
// client id ("conformance", "consentdesk-conformance") are not the GUID/domain an AuthProfile insists on.
#include "AutoInteractionAgent.h"
#include "E2eEnvironment.h"
#include "OidcProviderProcess.h"
#include "TokenRequestInterceptor.h"

#include "auth/ConsentDeskScopes.h"
#include "auth/EntraFlow.h"
#include "auth/OAuthState.h"
#include "auth/Pkce.h"
#include "graph/TokenProvider.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString kLoginHint = QStringLiteral("e2e-admin@conformance.test");

struct Page
{
    int status = 0;
    QByteArray body;
};

// What the browser does with the provider's final redirect: a GET to ConsentDesk's loopback listener.
Page deliver(const QUrl& callback)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = nam.get(QNetworkRequest(callback));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000)) {
        reply->abort();
    }
    Page page {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return page;
}

QUrl withQueryItem(const QUrl& url, const QString& name, const QString& value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, value);
    QUrl changed(url);
    changed.setQuery(query);
    return changed;
}

bool portIsClosed(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return !socket.waitForConnected(1000);
}

} // namespace

class TestOidcConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInAndRotatingRefresh();
    void wrongStateFailsClosed();
    void replayedCodeFailsClosed();
    void wrongVerifierFailsClosed();
    void providerErrorRedirectIsReported();

private:
    std::unique_ptr<EntraFlow> makeFlow();
    // Starts the authorization as SignInManager does for a known user and plays the browser up to the redirect.
    QUrl authorize(EntraFlow& flow, const EntraFlow::AuthorizationOptions& options = {kLoginHint, {}, {}});
    // authorize + deliver + wait for the code redemption.
    bool signIn(EntraFlow& flow, TokenResponse* tokens);
    QByteArray lastPost(const char* grantType) const;

    OidcProviderProcess m_provider;
    CloudEnvironment m_cloud;
    TokenRequestInterceptor m_network;
    QStringList m_signInScopes; // what SignInManager asks for at sign-in (read set)
    QStringList m_refreshScopes; // and when it refreshes the Graph token
};

void TestOidcConformance::initTestCase()
{
    const QString missing = E2eEnvironment::missingReason(false);
    // scripts/install-deps installs Node.js and Chromium: without them the test command is broken, so fail.
    QVERIFY2(missing.isEmpty(), qPrintable(missing + QStringLiteral(" (run scripts/install-deps)")));
    QVERIFY2(E2eEnvironment::hasNodeModules(), "tests/e2e/node_modules is missing: run scripts/install-deps (npm ci)");
    QString error;
    QVERIFY2(m_provider.start(&error), qPrintable(error));
    const QUrl root = m_provider.baseUrl();
    m_cloud = CloudEnvironment::custom(root, root, root);
    m_signInScopes = ConsentDeskScopes::graphRequest(m_cloud.graphResource());
    m_refreshScopes = ConsentDeskScopes::tokenRequest(TokenResource::Graph,
                                                      m_cloud.graphResource(),
                                                      m_cloud.exchangeResource(),
                                                      ConsentDeskScopes::names(ConsentDeskScopes::graphRead()));
}

void TestOidcConformance::cleanupTestCase()
{
    m_provider.stop();
}

std::unique_ptr<EntraFlow> TestOidcConformance::makeFlow()
{
    auto flow = std::make_unique<EntraFlow>(&m_network);
    AuthError error;
    // {authority}/conformance/oauth2/v2.0/{authorize,token}: the provider's routes are Entra's paths.
    if (!flow->configure(m_cloud,
                         QLatin1String(OidcProviderProcess::Tenant),
                         QLatin1String(OidcProviderProcess::ClientId),
                         &error)) {
        qWarning("configure failed: %s", qPrintable(error.summary()));
        return nullptr;
    }
    flow->setCallbackTimeout(20000);
    return flow;
}

QUrl TestOidcConformance::authorize(EntraFlow& flow, const EntraFlow::AuthorizationOptions& options)
{
    QSignalSpy browser(&flow, &EntraFlow::openBrowserRequested);
    AuthError error;
    if (!flow.startAuthorization(m_signInScopes, options, &error) || browser.isEmpty()) {
        qWarning("authorization did not start: %s", qPrintable(error.summary()));
        return {};
    }
    const QUrl authorizeUrl = browser.first().first().toUrl();
    if (authorizeUrl.adjusted(QUrl::RemoveQuery)
        != m_provider.baseUrl().resolved(QUrl(QStringLiteral("/conformance/oauth2/v2.0/authorize")))) {
        qWarning("unexpected authorize endpoint %s", qPrintable(authorizeUrl.adjusted(QUrl::RemoveQuery).toString()));
        return {};
    }
    AutoInteractionAgent agent;
    QSignalSpy reached(&agent, &AutoInteractionAgent::reachedRedirect);
    QSignalSpy failed(&agent, &AutoInteractionAgent::failed);
    agent.follow(authorizeUrl, flow.redirectUri());
    if (!QTest::qWaitFor([&] { return !reached.isEmpty() || !failed.isEmpty(); }, 15000) || reached.isEmpty()) {
        qWarning("the provider did not redirect back: %s",
                 failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
        return {};
    }
    return reached.first().first().toUrl();
}

bool TestOidcConformance::signIn(EntraFlow& flow, TokenResponse* tokens)
{
    QSignalSpy issued(&flow, &EntraFlow::tokensIssued);
    QSignalSpy failed(&flow, &EntraFlow::failed);
    const QUrl callback = authorize(flow);
    if (callback.isEmpty()) {
        return false;
    }
    const Page page = deliver(callback);
    if (!QTest::qWaitFor([&] { return !issued.isEmpty() || !failed.isEmpty(); }, 15000) || issued.isEmpty()) {
        qWarning("sign-in failed: %s",
                 failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().value<AuthError>().summary()));
        return false;
    }
    if (!page.body.contains("Signed in to ConsentDesk")) {
        qWarning("the browser got an unexpected page (HTTP %d)", page.status);
        return false;
    }
    *tokens = issued.first().first().value<TokenResponse>();
    return issued.first().at(1).value<EntraFlow::Operation>() == EntraFlow::Operation::CodeRedemption;
}

QByteArray TestOidcConformance::lastPost(const char* grantType) const
{
    const QList<QByteArray> posts = m_network.posts();
    for (auto it = posts.crbegin(); it != posts.crend(); ++it) {
        if (TokenRequestInterceptor::form(*it).queryItemValue(QStringLiteral("grant_type"))
            == QLatin1String(grantType)) {
            return *it;
        }
    }
    return {};
}

void TestOidcConformance::signInAndRotatingRefresh()
{
    auto flow = makeFlow();
    QVERIFY(flow);
    TokenResponse first;
    QVERIFY(signIn(*flow, &first));
    QVERIFY(!first.accessToken.isEmpty());
    QVERIFY2(!first.refreshToken.isEmpty(), "no refresh token although offline_access was asked for");
    QVERIFY(!first.idToken.isEmpty());
    QVERIFY(first.expiresAt.isValid());
    QVERIFY(first.scope.split(QLatin1Char(' ')).contains(QStringLiteral("https://graph.microsoft.com/User.Read")));
    QVERIFY(!flow->isListening());
    QVERIFY(!flow->isBusy());

    // The redemption a public client must send (RFC 6749 §4.1.3, RFC 7636 §4.5): verifier, exact redirect URI, no
    // secret.
    const QUrlQuery redemption = TokenRequestInterceptor::form(lastPost("authorization_code"));
    QVERIFY(Pkce::isValidVerifier(redemption.queryItemValue(QStringLiteral("code_verifier")).toLatin1()));
    QCOMPARE(redemption.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             flow->redirectUri().toString());
    QCOMPARE(redemption.queryItemValue(QStringLiteral("client_id")), QLatin1String(OidcProviderProcess::ClientId));
    QVERIFY(!redemption.hasQueryItem(QStringLiteral("client_secret")));

    // Refresh with what SignInManager asks for: a new access token and a rotated refresh token.
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    QVERIFY(flow->startRefresh(first.refreshToken, m_refreshScopes));
    QTRY_VERIFY_WITH_TIMEOUT(!issued.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<AuthError>().summary()));
    QCOMPARE(issued.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::Refresh);
    const TokenResponse second = issued.first().first().value<TokenResponse>();
    QVERIFY(!second.accessToken.isEmpty() && second.accessToken != first.accessToken);
    QVERIFY2(!second.refreshToken.isEmpty() && second.refreshToken != first.refreshToken, "not rotated");
    const QUrlQuery refresh = TokenRequestInterceptor::form(lastPost("refresh_token"));
    QVERIFY(!refresh.hasQueryItem(QStringLiteral("client_secret")));
    QVERIFY(!refresh.hasQueryItem(QStringLiteral("redirect_uri")));
    QCOMPARE(refresh.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             m_refreshScopes.join(QLatin1Char(' ')));

    // The rotated-out token is refused, as a clear "sign in again"; the flow is not left stuck in RefreshingToken.
    issued.clear();
    QVERIFY(flow->startRefresh(first.refreshToken, m_refreshScopes));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    const AuthError reused = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::Refresh);
    QCOMPARE(reused.oauthError, QStringLiteral("invalid_grant"));
    QCOMPARE(reused.kind, AuthError::Kind::SignInRequired);
    QVERIFY(reused.requiresInteraction());
    QVERIFY(!reused.title.isEmpty() && !reused.nextStep.isEmpty());
    QVERIFY(issued.isEmpty());
    QVERIFY(!flow->isBusy());

    // Reuse revokes the whole grant (the provider's reuse detection): the newest token is dead too, reported the same.
    failed.clear();
    QVERIFY(flow->startRefresh(second.refreshToken, m_refreshScopes));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::SignInRequired);
    QVERIFY(issued.isEmpty());
}

void TestOidcConformance::wrongStateFailsClosed()
{
    auto flow = makeFlow();
    QVERIFY(flow);
    flow->setCallbackTimeout(4000);
    QSignalSpy rejected(flow.get(), &EntraFlow::callbackRejected);
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    const QUrl callback = authorize(*flow);
    QVERIFY(!callback.isEmpty());
    const quint16 port = flow->listenerPort();
    m_network.clearPosts();

    // The provider's genuine code, but a state this sign-in never sent (a forged or cross-site answer).
    const Page page = deliver(withQueryItem(callback, QStringLiteral("state"), OAuthState::generate()));
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().first().toString(), QStringLiteral("state mismatch"));
    QVERIFY2(page.body.contains("does not belong"), page.body.constData());
    QVERIFY(m_network.posts().isEmpty()); // the code was never redeemed

    // Fails closed: no tokens, and when no genuine answer follows, a clear error instead of a hang.
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    const AuthError error = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::Authorization);
    QCOMPARE(error.kind, AuthError::Kind::Protocol);
    QCOMPARE(error.code, QStringLiteral("state_mismatch"));
    QVERIFY(!error.title.isEmpty() && !error.nextStep.isEmpty());
    QVERIFY(issued.isEmpty());
    QVERIFY(m_network.posts().isEmpty());
    QVERIFY(!flow->isListening());
    QVERIFY(portIsClosed(port));
}

void TestOidcConformance::replayedCodeFailsClosed()
{
    auto flow = makeFlow();
    QVERIFY(flow);
    TokenResponse first;
    QVERIFY(signIn(*flow, &first));
    const QByteArray redemption = lastPost("authorization_code");
    QVERIFY(!redemption.isEmpty());

    // A second sign-in whose token request is replaced by a replay of the first, byte for byte (code, verifier,
    // redirect URI): what an attacker who captured the first redemption would send.
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    const QUrl callback = authorize(*flow);
    QVERIFY(!callback.isEmpty());
    const quint16 port = flow->listenerPort();
    m_network.rewriteNextPost([redemption](const QByteArray&) { return redemption; });
    deliver(callback);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    const AuthError error = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::CodeRedemption);
    QCOMPARE(error.oauthError, QStringLiteral("invalid_grant"));
    QCOMPARE(error.kind, AuthError::Kind::SignInRequired);
    QVERIFY(!error.title.isEmpty() && !error.nextStep.isEmpty());
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(issued.isEmpty());
    QVERIFY(!flow->isBusy());
    QVERIFY(portIsClosed(port));

    // RFC 6749 §4.1.2: a replayed code revokes what it issued. ConsentDesk's refresh with it now fails clearly.
    QVERIFY(flow->startRefresh(first.refreshToken, m_refreshScopes));
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 2, 15000);
    QCOMPARE(failed.last().first().value<AuthError>().kind, AuthError::Kind::SignInRequired);
    QVERIFY(issued.isEmpty());
}

void TestOidcConformance::wrongVerifierFailsClosed()
{
    auto flow = makeFlow();
    QVERIFY(flow);
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    const QUrl callback = authorize(*flow);
    QVERIFY(!callback.isEmpty());
    const quint16 port = flow->listenerPort();
    // A well-formed verifier that is not the one the challenge was made from (RFC 7636 §4.6).
    m_network.rewriteNextPost([](const QByteArray& body) {
        return TokenRequestInterceptor::withField(
            body, QStringLiteral("code_verifier"), QString::fromLatin1(Pkce::generateVerifier()));
    });
    deliver(callback);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    const AuthError error = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::CodeRedemption);
    QCOMPARE(error.oauthError, QStringLiteral("invalid_grant"));
    QVERIFY(error.requiresInteraction());
    QVERIFY(!error.title.isEmpty() && !error.nextStep.isEmpty());
    QVERIFY(issued.isEmpty());
    QVERIFY(!flow->isBusy());
    QVERIFY(portIsClosed(port));

    // Closed, not stuck: the next sign-in on the same flow goes through.
    TokenResponse tokens;
    QVERIFY(signIn(*flow, &tokens));
    QVERIFY(!tokens.accessToken.isEmpty());
}

void TestOidcConformance::providerErrorRedirectIsReported()
{
    // SignInManager asks for prompt=select_account when it knows no user. Entra supports it; this provider does not
    // (OIDC Core lists it, oidc-provider implements none/login/consent) and says so with an error redirect.
    auto flow = makeFlow();
    QVERIFY(flow);
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    const QUrl callback = authorize(*flow, {{}, {}, QStringLiteral("select_account")});
    QVERIFY(!callback.isEmpty());
    QVERIFY(QUrlQuery(callback).hasQueryItem(QStringLiteral("error")));
    const Page page = deliver(callback);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    const AuthError error = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::Authorization);
    QCOMPARE(error.oauthError, QStringLiteral("invalid_request"));
    QVERIFY2(error.serverMessage.contains(QStringLiteral("unsupported prompt value requested")),
             qPrintable(error.serverMessage));
    QVERIFY(!error.title.isEmpty());
    QVERIFY(page.body.contains("did not complete"));
    QVERIFY(issued.isEmpty());
    QVERIFY(!flow->isListening());
}

QTEST_GUILESS_MAIN(TestOidcConformance)

#include "TestOidcConformance.moc"
