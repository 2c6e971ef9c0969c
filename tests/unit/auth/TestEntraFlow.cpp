// EntraFlow on Qt 6.4's QOAuth2AuthorizationCodeFlow against a QHttpServer token endpoint: PKCE, fresh state, the
// fixed refresh request, surfaced token errors, the loopback listener's lifetime, and refused callbacks.
#include "FakeIdentityPlatform.h"

#include "auth/CloudEnvironment.h"
#include "auth/ConsentDeskScopes.h"
#include "auth/EntraFlow.h"
#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

class TestEntraFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void authorizeUrlCarriesPkceAndFreshState();
    void tokenPostCarriesVerifierAndNoSecret();
    void refreshPostIsFixed();
    void refreshErrorSurfacesAndFlowRecovers();
    void listenerIsLoopbackOnlyAndClosedAfterCallback();
    void wrongStateIsRejected();
    void errorRedirectIsMapped();
    void cancelWhileWaiting();
    void timeout();
    void networkFailure();
    void insecureAuthorityRefused();
    void redirectUriIsTheListenersAddress();
    void stalledTokenRequestTimesOut();
    void tokenEndpointRedirectIsNotFollowed();
    void transientTokenAnswersAreRetried();
    void retriesAreBounded();
    void refreshSurvivesADroppedConnection();
    void oversizedTokenAnswerIsNotRead();
    void endlessTokenAnswerIsCutOff();

private:
    EntraFlow* makeFlow();
    QUrl startAuthorization(EntraFlow& flow);
    bool signInThroughBrowser(EntraFlow& flow, TokenResponse* tokens);

    FakeIdentityPlatform* m_idp = nullptr;
    CloudEnvironment m_cloud;
};

void TestEntraFlow::init()
{
    m_idp = new FakeIdentityPlatform(this);
    QVERIFY(m_idp->listenOnLoopback());
    m_cloud = CloudEnvironment::custom(m_idp->baseUrl(), m_idp->baseUrl(), m_idp->baseUrl());
}

void TestEntraFlow::cleanup()
{
    delete m_idp;
    m_idp = nullptr;
}

EntraFlow* TestEntraFlow::makeFlow()
{
    auto* flow = new EntraFlow(nullptr, this);
    AuthError error;
    if (!flow->configure(m_cloud,
                         QStringLiteral("contoso.onmicrosoft.com"),
                         QLatin1String(FakeIdentityPlatform::ClientId),
                         &error)) {
        qWarning("configure failed: %s", qPrintable(error.summary()));
    }
    return flow;
}

QUrl TestEntraFlow::startAuthorization(EntraFlow& flow)
{
    QSignalSpy browser(&flow, &EntraFlow::openBrowserRequested);
    AuthError error;
    EntraFlow::AuthorizationOptions options;
    options.loginHint = QStringLiteral("a+b@contoso.com");
    const bool started
        = flow.startAuthorization(ConsentDeskScopes::graphRequest(m_cloud.graphResource()), options, &error);
    if (!started || browser.count() != 1) {
        return {};
    }
    return browser.first().first().toUrl();
}

bool TestEntraFlow::signInThroughBrowser(EntraFlow& flow, TokenResponse* tokens)
{
    QSignalSpy issued(&flow, &EntraFlow::tokensIssued);
    const QUrl url = startAuthorization(flow);
    if (url.isEmpty()) {
        return false;
    }
    m_idp->complete(url);
    if (!issued.wait(5000)) {
        return false;
    }
    *tokens = issued.first().first().value<TokenResponse>();
    return issued.first().at(1).value<EntraFlow::Operation>() == EntraFlow::Operation::CodeRedemption;
}

void TestEntraFlow::authorizeUrlCarriesPkceAndFreshState()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    const QUrl first = startAuthorization(*flow);
    QVERIFY(first.isValid());
    const QUrlQuery q(first);
    QCOMPARE(first.path(), QStringLiteral("/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QLatin1String(FakeIdentityPlatform::ClientId));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(q.queryItemValue(QStringLiteral("response_mode")), QStringLiteral("query"));
    QCOMPARE(q.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), QStringLiteral("a+b@contoso.com"));
    const QString scope = q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    QVERIFY(scope.split(QLatin1Char(' ')).contains(QStringLiteral("offline_access")));
    QVERIFY(scope.contains(QLatin1String("https://graph.microsoft.com/User.Read")));
    const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1")); // never "localhost": [::1] comes first for it
    QCOMPARE(redirect.port(), int(flow->listenerPort()));
    QCOMPARE(redirect.path(), QStringLiteral("/"));
    const QString state1 = q.queryItemValue(QStringLiteral("state"));
    QVERIFY(state1.size() >= 22);

    flow->cancel();
    const QUrl second = startAuthorization(*flow);
    const QUrlQuery q2(second);
    QVERIFY(q2.queryItemValue(QStringLiteral("state")) != state1); // 6.4 would reuse it
    QVERIFY(q2.queryItemValue(QStringLiteral("code_challenge")) != q.queryItemValue(QStringLiteral("code_challenge")));
    QCOMPARE(q2.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), scope); // not the last answer's
    flow->cancel();
}

void TestEntraFlow::tokenPostCarriesVerifierAndNoSecret()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    TokenResponse tokens;
    QVERIFY(signInThroughBrowser(*flow, &tokens));
    QVERIFY(tokens.isValid());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    QVERIFY(!tokens.idToken.isEmpty());

    QCOMPARE(m_idp->tokenRequests().size(), 1);
    const auto post = m_idp->tokenRequests().first();
    QCOMPARE(post.value("grant_type"), QStringLiteral("authorization_code"));
    QVERIFY(Pkce::isValidVerifier(post.value("code_verifier").toLatin1())); // and the server checked the challenge
    QVERIFY(!post.has("client_secret"));
    QVERIFY(post.value("scope").contains(QLatin1String("offline_access")));
    QVERIFY(post.value("redirect_uri").startsWith(QLatin1String("http://127.0.0.1:")));
    // The flow keeps no copies of the tokens.
    QVERIFY(flow->token().isEmpty());
    QVERIFY(flow->refreshToken().isEmpty());
    QVERIFY(!flow->isBusy());
}

void TestEntraFlow::refreshPostIsFixed()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    TokenResponse tokens;
    QVERIFY(signInThroughBrowser(*flow, &tokens));
    QVERIFY(tokens.refreshToken.contains('+')); // the fake's tokens carry '+', '/' and '='

    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    const QStringList exchange = ConsentDeskScopes::exchangeRequest(m_cloud.exchangeResource());
    QVERIFY(flow->startRefresh(tokens.refreshToken, exchange));
    QVERIFY(issued.wait(5000));
    QCOMPARE(issued.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::Refresh);
    const TokenResponse exo = issued.first().first().value<TokenResponse>();
    QVERIFY(exo.accessToken.startsWith("AT-exo-"));
    QVERIFY(exo.refreshToken != tokens.refreshToken); // rotated

    const auto post = m_idp->tokenRequests().last();
    QCOMPARE(post.value("grant_type"), QStringLiteral("refresh_token"));
    QCOMPARE(post.value("refresh_token"), QString::fromUtf8(tokens.refreshToken)); // '+' survived form encoding
    QCOMPARE(post.value("scope"), exchange.join(QLatin1Char(' ')));
    QVERIFY(!post.has("client_secret"));
    QVERIFY(!post.has("redirect_uri"));
    QVERIFY(!post.rawBody.contains("client_secret"));

    // And the next refresh asks for Graph again: the scope is the request's, not the last answer's.
    issued.clear();
    QVERIFY(flow->startRefresh(exo.refreshToken, ConsentDeskScopes::graphRequest(m_cloud.graphResource())));
    QVERIFY(issued.wait(5000));
    QVERIFY(m_idp->tokenRequests().last().value("scope").contains(QLatin1String("https://graph.microsoft.com/")));
}

void TestEntraFlow::refreshErrorSurfacesAndFlowRecovers()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    TokenResponse tokens;
    QVERIFY(signInThroughBrowser(*flow, &tokens));

    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    m_idp->failNextTokenRequest(400,
                                R"({"error":"invalid_grant","error_description":"AADSTS70008: expired.",)"
                                R"("error_codes":[70008],"trace_id":"t","correlation_id":"c"})");
    QVERIFY(flow->startRefresh(tokens.refreshToken, ConsentDeskScopes::graphRequest(m_cloud.graphResource())));
    QVERIFY(failed.wait(5000));
    const AuthError error = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::Refresh);
    QCOMPARE(error.aadsts, 70008);
    QCOMPARE(error.kind, AuthError::Kind::SignInRequired);
    QCOMPARE(error.correlationId, QStringLiteral("c"));
    QVERIFY(!flow->isBusy());
    QVERIFY(flow->status() != QAbstractOAuth::Status::RefreshingToken); // 6.4 would be stuck here

    // The same flow refreshes again (the scripted failure did not consume the token).
    QVERIFY(flow->startRefresh(tokens.refreshToken, ConsentDeskScopes::graphRequest(m_cloud.graphResource())));
    QVERIFY(issued.wait(5000));
    QCOMPARE(issued.size(), 1);
}

void TestEntraFlow::listenerIsLoopbackOnlyAndClosedAfterCallback()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    const QUrl url = startAuthorization(*flow);
    QVERIFY(flow->isListening());
    const quint16 port = flow->listenerPort();
    QVERIFY(port != 0);

    QTcpSocket loopback;
    loopback.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(loopback.waitForConnected(3000));
    loopback.abort();

    // Not reachable on any other address of this machine.
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol) {
            continue;
        }
        QTcpSocket lan;
        lan.connectToHost(address, port);
        QVERIFY2(!lan.waitForConnected(1000), qPrintable(address.toString()));
    }

    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    m_idp->complete(url);
    QVERIFY(issued.wait(5000));
    QVERIFY(!flow->isListening());
    QTRY_COMPARE(m_idp->callbacksCompleted(), 1);
    QCOMPARE(m_idp->callbackStatus(), 200);
    QVERIFY(m_idp->lastCallbackPage().contains("Signed in to ConsentDesk"));

    QTcpSocket after;
    after.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!after.waitForConnected(1000)); // closed after the first valid callback
}

void TestEntraFlow::wrongStateIsRejected()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    QSignalSpy rejected(flow.get(), &EntraFlow::callbackRejected);
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    const QUrl url = startAuthorization(*flow);
    m_idp->complete(url, QStringLiteral("not-the-state-we-sent-aaaaaaaa"));
    QVERIFY(rejected.wait(5000));
    QTRY_COMPARE(m_idp->callbacksCompleted(), 1);
    QVERIFY(m_idp->lastCallbackPage().contains("does not belong"));
    QCOMPARE(m_idp->tokenRequests().size(), 0); // the code was not redeemed
    QVERIFY(flow->isListening()); // still waiting for the real answer
    QCOMPARE(flow->operation(), EntraFlow::Operation::Authorization);

    m_idp->complete(url);
    QVERIFY(issued.wait(5000));
    QCOMPARE(m_idp->tokenRequests().size(), 1);
}

void TestEntraFlow::errorRedirectIsMapped()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    const QUrl url = startAuthorization(*flow);
    m_idp->completeWithError(url,
                             QStringLiteral("access_denied"),
                             QStringLiteral("AADSTS90094: The grant requires admin permission. <script>x</script>"));
    QVERIFY(failed.wait(5000));
    const AuthError error = failed.first().first().value<AuthError>();
    QCOMPARE(error.aadsts, 90094);
    QCOMPARE(error.kind, AuthError::Kind::ConsentRequired);
    QCOMPARE(error.serverMessage,
             QStringLiteral("AADSTS90094: The grant requires admin permission. <script>x</script>")); // decoded
    QVERIFY(!flow->isListening());
    QTRY_COMPARE(m_idp->callbacksCompleted(), 1);
    const QByteArray page = m_idp->lastCallbackPage();
    QVERIFY(page.contains("did not complete"));
    QVERIFY(!page.contains("<script>")); // nothing from the redirect lands raw in the page
}

void TestEntraFlow::cancelWhileWaiting()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    const QUrl url = startAuthorization(*flow);
    const quint16 port = flow->listenerPort();
    flow->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::Cancelled);
    QVERIFY(!flow->isListening());
    QVERIFY(!flow->isBusy());
    QTcpSocket after;
    after.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!after.waitForConnected(1000));
    Q_UNUSED(url);
}

void TestEntraFlow::timeout()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    flow->setCallbackTimeout(200);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    startAuthorization(*flow);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::Timeout);
    QVERIFY(!flow->isListening());
}

void TestEntraFlow::networkFailure()
{
    // A token endpoint nobody listens on: the code redemption fails with a network error, not silence.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    auto* flow = new EntraFlow(nullptr, this);
    std::unique_ptr<EntraFlow> owner(flow);
    AuthError error;
    QVERIFY(flow->configure(CloudEnvironment::custom(dead, dead, dead),
                            QStringLiteral("organizations"),
                            QLatin1String(FakeIdentityPlatform::ClientId),
                            &error));
    QSignalSpy failed(flow, &EntraFlow::failed);
    const QUrl url = startAuthorization(*flow);
    m_idp->complete(url); // the fake mints the code; the flow posts it to the dead endpoint
    QVERIFY(failed.wait(10000));
    const AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::CodeRedemption);
    QCOMPARE(e.kind, AuthError::Kind::Network);
    QVERIFY(e.code.contains(QLatin1String("ConnectionRefused")));
}

void TestEntraFlow::insecureAuthorityRefused()
{
    EntraFlow flow;
    AuthError error;
    const QUrl plain(QStringLiteral("http://login.example.com"));
    QVERIFY(!flow.configure(CloudEnvironment::custom(plain, plain, plain),
                            QStringLiteral("organizations"),
                            QLatin1String(FakeIdentityPlatform::ClientId),
                            &error));
    QCOMPARE(error.kind, AuthError::Kind::Configuration);
    QVERIFY(!flow.startAuthorization({QStringLiteral("openid")}, {}, &error));
}

// RFC 8252 §8.3: the redirect URI names the loopback address the listener has, so no other local process can take
// the answer on [::1] (which browsers and Windows try first for "localhost").
void TestEntraFlow::redirectUriIsTheListenersAddress()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    const QUrl url = startAuthorization(*flow);
    const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(flow->redirectUri(), redirect);
    // The listener is on exactly that address: not on [::1] with the same port.
    QTcpSocket v6;
    v6.connectToHost(QHostAddress::LocalHostIPv6, flow->listenerPort());
    QVERIFY(!v6.waitForConnected(1000));
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    m_idp->complete(url);
    QVERIFY(issued.wait(5000));
    QVERIFY(m_idp->tokenRequests().last().value("redirect_uri").startsWith(QLatin1String("http://127.0.0.1:")));
}

// A token endpoint that accepts the connection and never answers: the code redemption and a refresh each fail after
// the deadline with a clear error, and the flow is free again.
void TestEntraFlow::stalledTokenRequestTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held; // read and never answered
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection()) {
            held.append(socket);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        }
    });
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    std::unique_ptr<EntraFlow> flow(new EntraFlow);
    AuthError error;
    QVERIFY(flow->configure(CloudEnvironment::custom(base, base, base),
                            QStringLiteral("organizations"),
                            QLatin1String(FakeIdentityPlatform::ClientId),
                            &error));
    QCOMPARE(flow->tokenRequestTimeout(), 60000); // the default: no request waits for hours
    flow->setTokenRequestTimeout(400);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    const QUrl url = startAuthorization(*flow);
    QVERIFY(url.isValid());
    QElapsedTimer timer;
    timer.start();
    m_idp->complete(url); // the fake mints the code; the flow posts it to the silent endpoint
    QVERIFY(failed.wait(10000));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!held.isEmpty()); // the request did reach the endpoint
    AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::CodeRedemption);
    QCOMPARE(e.kind, AuthError::Kind::Timeout);
    QCOMPARE(e.code, QStringLiteral("token_timeout"));
    QCOMPARE(e.title, QStringLiteral("The sign-in service did not answer in time"));
    QVERIFY(!e.nextStep.isEmpty());
    QVERIFY(!flow->isBusy());

    failed.clear();
    QVERIFY(flow->startRefresh("1.refresh-token", {QStringLiteral("https://graph.microsoft.com/.default")}));
    QVERIFY(failed.wait(10000));
    e = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::Refresh);
    QCOMPARE(e.kind, AuthError::Kind::Timeout);
    QVERIFY(!flow->isBusy());
    QVERIFY(flow->startRefresh("1.refresh-token", {QStringLiteral("https://graph.microsoft.com/.default")})); // usable
    flow->cancel();
}

// A 307 from the token endpoint would make Qt's default policy re-send the POST — code verifier or refresh token —
// to wherever it points. Nothing is sent there; the answer is an error that says why.
void TestEntraFlow::tokenEndpointRedirectIsNotFollowed()
{
    LocalHttpServer thief;
    QVERIFY(thief.listenOnLoopback());
    thief.setHandler([](const LocalHttpServer::Request&) {
        return LocalHttpServer::Response::json(200, R"({"access_token":"x","token_type":"Bearer","expires_in":3600})");
    });
    LocalHttpServer redirector;
    QVERIFY(redirector.listenOnLoopback());
    const QByteArray target = thief.baseUrl().toString().toLatin1() + "/steal";
    redirector.setHandler([target](const LocalHttpServer::Request&) {
        return LocalHttpServer::Response::json(307, "{}").header("Location", target);
    });
    std::unique_ptr<EntraFlow> flow(new EntraFlow);
    AuthError error;
    QVERIFY(flow->configure(CloudEnvironment::custom(redirector.baseUrl(), redirector.baseUrl(), redirector.baseUrl()),
                            QStringLiteral("organizations"),
                            QLatin1String(FakeIdentityPlatform::ClientId),
                            &error));
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    m_idp->complete(startAuthorization(*flow));
    QVERIFY(failed.wait(10000));
    AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::CodeRedemption);
    QCOMPARE(e.code, QStringLiteral("token_redirect"));
    QCOMPARE(e.kind, AuthError::Kind::Protocol);
    QCOMPARE(e.httpStatus, 307);
    QVERIFY(e.explanation.contains(QLatin1String("127.0.0.1")));
    QVERIFY(!e.nextStep.isEmpty());

    failed.clear();
    QVERIFY(flow->startRefresh("1.secret-refresh-token", {QStringLiteral("https://graph.microsoft.com/.default")}));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<AuthError>().code, QStringLiteral("token_redirect"));
    QCOMPARE(redirector.requestCount(), 2);
    QTest::qWait(200);
    QCOMPARE(thief.requestCount(), 0); // neither the verifier nor the refresh token went on
    QCOMPARE(issued.size(), 0);
}

// Entra's token endpoint answers 429/503 (temporarily_unavailable) now and then; MSAL retries, so does the flow:
// after Retry-After, for a refresh and for a code redemption (the code was not consumed).
void TestEntraFlow::transientTokenAnswersAreRetried()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    const QByteArray unavailable = R"({"error":"temporarily_unavailable","error_description":"AADSTS90033: busy.",)"
                                   R"("error_codes":[90033]})";
    m_idp->failNextTokenRequest(429, unavailable, "0.2");
    const QUrl url = startAuthorization(*flow);
    m_idp->complete(url);
    QVERIFY(issued.wait(10000));
    QCOMPARE(issued.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::CodeRedemption);
    QCOMPARE(m_idp->tokenRequests().size(), 2); // the same code, redeemed on the second attempt
    QCOMPARE(m_idp->tokenRequests().at(0).value("code"), m_idp->tokenRequests().at(1).value("code"));
    const TokenResponse tokens = issued.first().first().value<TokenResponse>();

    issued.clear();
    m_idp->failNextTokenRequest(503, unavailable, "0.1");
    m_idp->failNextTokenRequest(504, R"({"error":"server_error"})"); // no Retry-After: a short backoff
    QElapsedTimer clock;
    clock.start();
    QVERIFY(flow->startRefresh(tokens.refreshToken, ConsentDeskScopes::graphRequest(m_cloud.graphResource())));
    QVERIFY(issued.wait(15000));
    QVERIFY(clock.elapsed() >= 100); // waited as told
    QCOMPARE(m_idp->tokenRequests().size(), 5);
    QCOMPARE(m_idp->tokenRequests().last().value("refresh_token"), QString::fromUtf8(tokens.refreshToken));
    QCOMPARE(failed.size(), 0);
    QVERIFY(flow->refreshToken().isEmpty()); // no copy kept after the redemption
}

void TestEntraFlow::retriesAreBounded()
{
    std::unique_ptr<EntraFlow> flow(makeFlow());
    TokenResponse tokens;
    QVERIFY(signInThroughBrowser(*flow, &tokens));
    const int before = int(m_idp->tokenRequests().size());
    for (int i = 0; i < 10; ++i) {
        m_idp->failNextTokenRequest(503, R"({"error":"temporarily_unavailable","error_codes":[90033]})", "0.05");
    }
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    QVERIFY(flow->startRefresh(tokens.refreshToken, ConsentDeskScopes::graphRequest(m_cloud.graphResource())));
    QVERIFY(failed.wait(15000));
    QCOMPARE(int(m_idp->tokenRequests().size()) - before, 4); // four attempts, then the error
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::Server);
    QVERIFY(!flow->isBusy());
    // Errors that do not heal by waiting are not retried.
    m_idp->clearScriptedFailures();
    failed.clear();
    m_idp->failNextTokenRequest(400, R"({"error":"invalid_grant","error_codes":[70008]})");
    const int beforeGrant = int(m_idp->tokenRequests().size());
    QVERIFY(flow->startRefresh(tokens.refreshToken, ConsentDeskScopes::graphRequest(m_cloud.graphResource())));
    QVERIFY(failed.wait(5000));
    QCOMPARE(int(m_idp->tokenRequests().size()) - beforeGrant, 1);
}

// The connection of a refresh drops without an answer: the refresh is sent once more — by Qt's HTTP transport, which
// resends a request whose connection closed before any answer; the flow adds no retry of its own on top (two sends,
// not more). Guards that behaviour across Qt versions.
void TestEntraFlow::refreshSurvivesADroppedConnection()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            const int n = ++connections;
            connect(socket, &QTcpSocket::readyRead, socket, [socket, n] {
                const QByteArray request = socket->readAll();
                if (!request.contains("grant_type=refresh_token")) {
                    return; // the rest of the body comes later
                }
                if (n == 1) {
                    socket->abort(); // no answer at all
                    return;
                }
                const QByteArray body = R"({"token_type":"Bearer","access_token":"AT-1","expires_in":3600,)"
                                        R"("refresh_token":"RT-2","scope":"https://graph.microsoft.com/User.Read"})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                              "Content-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        }
    });
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    std::unique_ptr<EntraFlow> flow(new EntraFlow);
    AuthError error;
    QVERIFY(flow->configure(CloudEnvironment::custom(base, base, base),
                            QStringLiteral("organizations"),
                            QLatin1String(FakeIdentityPlatform::ClientId),
                            &error));
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    QVERIFY(flow->startRefresh("RT-1", {QStringLiteral("https://graph.microsoft.com/User.Read")}));
    QVERIFY(issued.wait(10000));
    QCOMPARE(connections, 2);
    QCOMPARE(issued.first().first().value<TokenResponse>().refreshToken, QByteArray("RT-2"));
    QCOMPARE(failed.size(), 0);
}

// A token answer is a few KB. One that announces megabytes is not read (Qt would buffer any size), for a code
// redemption and for a refresh, and the failure says what happened.
void TestEntraFlow::oversizedTokenAnswerIsNotRead()
{
    LocalHttpServer bloated;
    QVERIFY(bloated.listenOnLoopback());
    const QByteArray body
        = R"({"access_token":")" + QByteArray(3 * 1024 * 1024, 'a') + R"(","token_type":"Bearer","expires_in":3600})";
    bloated.setHandler([body](const LocalHttpServer::Request&) { return LocalHttpServer::Response::json(200, body); });
    std::unique_ptr<EntraFlow> flow(new EntraFlow);
    QCOMPARE(flow->handler()->maxResponseBytes(), qint64(1024 * 1024));
    AuthError error;
    QVERIFY(flow->configure(CloudEnvironment::custom(bloated.baseUrl(), bloated.baseUrl(), bloated.baseUrl()),
                            QStringLiteral("organizations"),
                            QLatin1String(FakeIdentityPlatform::ClientId),
                            &error));
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    QSignalSpy issued(flow.get(), &EntraFlow::tokensIssued);
    m_idp->complete(startAuthorization(*flow));
    QVERIFY(failed.wait(10000));
    AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::CodeRedemption);
    QCOMPARE(e.code, QStringLiteral("token_response_too_large"));
    QCOMPARE(e.kind, AuthError::Kind::Protocol);
    QVERIFY2(e.serverMessage.contains(QLatin1String("1024 KiB")), qPrintable(e.serverMessage));
    QVERIFY2(e.explanation.contains(QLatin1String("127.0.0.1")), qPrintable(e.explanation));
    QVERIFY(!e.nextStep.isEmpty());
    QVERIFY(!flow->isBusy());

    failed.clear();
    QVERIFY(flow->startRefresh("1.refresh-token", {QStringLiteral("https://graph.microsoft.com/.default")}));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<AuthError>().code, QStringLiteral("token_response_too_large"));
    QCOMPARE(failed.first().at(1).value<EntraFlow::Operation>(), EntraFlow::Operation::Refresh);
    QCOMPARE(issued.size(), 0);
}

// No Content-Length, and the body never ends: reading stops at the limit instead of filling memory until the
// request's deadline.
void TestEntraFlow::endlessTokenAnswerIsCutOff()
{
    QTcpServer endless;
    QVERIFY(endless.listen(QHostAddress::LocalHost, 0));
    qint64 sent = 0;
    QList<QTcpSocket*> sockets;
    const QByteArray chunk(64 * 1024, ' ');
    connect(&endless, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = endless.nextPendingConnection()) {
            sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{");
            // More whenever the client has taken what was sent, up to 64 MiB.
            connect(socket, &QTcpSocket::bytesWritten, socket, [socket, &sent, chunk](qint64 written) {
                sent += written;
                if (sent < 64 * 1024 * 1024 && socket->bytesToWrite() == 0) {
                    socket->write(chunk);
                }
            });
            socket->write(chunk);
        }
    });
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(endless.serverPort()));
    std::unique_ptr<EntraFlow> flow(new EntraFlow);
    AuthError error;
    QVERIFY(
        flow->configure(CloudEnvironment::custom(base, base, base), QStringLiteral("organizations"), "client", &error));
    flow->setTokenRequestTimeout(30000);
    QSignalSpy failed(flow.get(), &EntraFlow::failed);
    QVERIFY(flow->startRefresh("1.refresh-token", {QStringLiteral("https://graph.microsoft.com/.default")}));
    qint64 sentAtFailure = -1;
    connect(flow.get(), &EntraFlow::failed, this, [&] { sentAtFailure = sent; });
    QVERIFY(failed.wait(25000));
    const AuthError e = failed.first().first().value<AuthError>();
    QCOMPARE(e.code, QStringLiteral("token_response_too_large")); // not the deadline, not "not JSON"
    // It stopped reading early: what the server got rid of by then is the limit plus the loopback's socket buffers.
    QVERIFY2(sentAtFailure < 16 * 1024 * 1024, qPrintable(QString::number(sentAtFailure)));
    QVERIFY(!flow->isBusy());
}

QTEST_GUILESS_MAIN(TestEntraFlow)
#include "TestEntraFlow.moc"
