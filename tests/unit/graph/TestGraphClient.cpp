// GraphClient against a local HTTP server: paging, retries, token refresh, errors, safety and counters.
#include "TestHttpServer.h"
#include "graph/GraphClient.h"
#include "graph/GraphCounters.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

class CountingTokenProvider : public TokenProvider
{
public:
    int calls = 0;
    int forced = 0;
    QByteArray token = "token-1";
    bool failOnForce = false;

    void requestToken(TokenResource,
                      bool forceRefresh,
                      QObject*,
                      std::function<void(const AccessToken&, const GraphError&)> cb) override
    {
        ++calls;
        if (forceRefresh) {
            ++forced;
            if (failOnForce) {
                cb({}, GraphError::make(GraphError::Kind::SignInRequired, QStringLiteral("refresh token expired")));
                return;
            }
            token = "token-" + QByteArray::number(forced + 1);
        }
        cb(AccessToken {token, {}}, {});
    }
};

QByteArray page(const QJsonArray& values, const QString& next = {}, qint64 count = -1)
{
    QJsonObject o {
        {QStringLiteral("@odata.context"), QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#users")},
        {QStringLiteral("value"), values}};
    if (!next.isEmpty()) {
        o.insert(QStringLiteral("@odata.nextLink"), next);
    }
    if (count >= 0) {
        o.insert(QStringLiteral("@odata.count"), count);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonArray ids(int from, int n)
{
    QJsonArray a;
    for (int i = from; i < from + n; ++i) {
        a.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("u%1").arg(i)}});
    }
    return a;
}

} // namespace

class TestGraphClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestHeaders();
    void threePageCollectionFollowsNextLinkVerbatim();
    void emptyMiddlePage();
    void repeatingNextLinkStops();
    void nextLinkToForeignHostIsRefused();
    void throttledWithFractionalRetryAfter();
    void serviceUnavailableThenSuccess();
    void networkDropThenSuccess();
    void postIsNotRetriedAfterDrop();
    void retriesExhaustedCarryRequestIds();
    void unauthorizedRefreshesOnce();
    void unauthorizedTwiceNeedsSignIn();
    void malformedJsonIsAnError();
    void plainHttpToNonLoopbackIsRefused();
    void consistencyLevelOnEveryPage();
    void inFlightCap();
    void countersReflectTraffic();
    void exchangeInvokeCommand();
    void exchangeErrorShapes();
    void abortCancels();

private:
    GraphReply* wait(GraphReply* reply);

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    CountingTokenProvider m_tokens;
};

void TestGraphClient::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_client = std::make_unique<GraphClient>();
    m_client->setNetworkAccessManager(m_nam.get());
    m_client->setEndpoints({m_server->baseUrl(), m_server->baseUrl(), QStringLiteral("contoso.onmicrosoft.com")});
    m_tokens = CountingTokenProvider();
    m_client->setTokenProvider(&m_tokens);
    RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    policy.maxAttempts = 4;
    policy.maxTotalWaitMs = 10000;
    m_client->setRetryPolicy(policy);
}

void TestGraphClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

GraphReply* TestGraphClient::wait(GraphReply* reply)
{
    reply->setAutoDelete(false);
    reply->setParent(this);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &GraphReply::finished);
        spy.wait(15000);
    }
    return reply;
}

void TestGraphClient::requestHeaders()
{
    m_server->setHandler([](const auto&) { return TestHttpServer::Response::json(200, R"({"id":"me"})"); });
    wait(m_client->send(GraphRequest::get(QStringLiteral("/me"))));
    wait(m_client->send(GraphRequest::get(QStringLiteral("/me"))));
    QCOMPARE(m_server->requestCount(), 2);
    const auto first = m_server->requests().at(0);
    const auto second = m_server->requests().at(1);
    QCOMPARE(first.target, QByteArray("/v1.0/me"));
    QCOMPARE(first.header("authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(first.header("accept"), QByteArray("application/json"));
    QVERIFY(first.header("user-agent").startsWith("ConsentDesk/"));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY(uuid.match(QString::fromLatin1(first.header("client-request-id"))).hasMatch());
    QVERIFY(first.header("client-request-id") != second.header("client-request-id"));
    QVERIFY(first.header("consistencylevel").isEmpty());
}

void TestGraphClient::threePageCollectionFollowsNextLinkVerbatim()
{
    const QString base = m_server->baseUrl().toString();
    // An opaque token with characters a client might be tempted to re-encode.
    const QString link2 = base + QStringLiteral("/v1.0/users?$top=2&$skiptoken=RFNwdAIAAQ%3D%3D%2Bx");
    const QString link3 = base + QStringLiteral("/v1.0/users?$top=2&$skiptoken=Zm9v%2Fbar%3D");
    m_server->setHandler([=](const TestHttpServer::Request& r) {
        if (r.target.contains("skiptoken=RFNw")) {
            return TestHttpServer::Response::json(200, page(ids(2, 2), link3));
        }
        if (r.target.contains("skiptoken=Zm9v")) {
            return TestHttpServer::Response::json(200, page(ids(4, 1)));
        }
        return TestHttpServer::Response::json(200, page(ids(0, 2), link2, 5));
    });
    ODataQuery q;
    q.top(2);
    GraphReply* reply = m_client->getCollection(GraphRequest::get(QStringLiteral("/users"), q));
    QSignalSpy pages(reply, &GraphReply::pageReceived);
    wait(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(pages.count(), 3);
    QCOMPARE(pages.at(0).at(0).toJsonArray().size(), 2);
    QCOMPARE(reply->items().size(), 5);
    QCOMPARE(reply->items().at(4).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("u4"));
    QCOMPARE(reply->odataCount(), 5);
    QCOMPARE(reply->pageCount(), 3);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).target, QByteArray("/v1.0/users?$top=2&$skiptoken=RFNwdAIAAQ%3D%3D%2Bx"));
    QCOMPARE(requests.at(2).target, QByteArray("/v1.0/users?$top=2&$skiptoken=Zm9v%2Fbar%3D"));
}

void TestGraphClient::emptyMiddlePage()
{
    const QString base = m_server->baseUrl().toString();
    m_server->setHandler([=](const TestHttpServer::Request& r) {
        if (r.target.contains("p=2")) {
            return TestHttpServer::Response::json(200, page({}, base + QStringLiteral("/v1.0/x?p=3")));
        }
        if (r.target.contains("p=3")) {
            return TestHttpServer::Response::json(200, page(ids(3, 2)));
        }
        return TestHttpServer::Response::json(200, page(ids(0, 3), base + QStringLiteral("/v1.0/x?p=2")));
    });
    GraphReply* reply = wait(m_client->getCollection(GraphRequest::get(QStringLiteral("/x"))));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(reply->items().size(), 5);
    QCOMPARE(reply->pageCount(), 3);
}

void TestGraphClient::repeatingNextLinkStops()
{
    const QString base = m_server->baseUrl().toString();
    m_server->setHandler([=](const auto&) {
        return TestHttpServer::Response::json(200, page(ids(0, 1), base + QStringLiteral("/v1.0/loop?skiptoken=same")));
    });
    GraphReply* reply = wait(m_client->getCollection(GraphRequest::get(QStringLiteral("/loop"))));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, GraphError::Kind::Protocol);
    QVERIFY(m_server->requestCount() <= 3);
    QCOMPARE(reply->items().size(), m_server->requestCount()); // what arrived is kept
}

void TestGraphClient::nextLinkToForeignHostIsRefused()
{
    m_server->setHandler([](const auto&) {
        return TestHttpServer::Response::json(
            200, page(ids(0, 1), QStringLiteral("https://evil.example.com/v1.0/users?$skiptoken=x")));
    });
    GraphReply* reply = wait(m_client->getCollection(GraphRequest::get(QStringLiteral("/users"))));
    QCOMPARE(reply->error().kind, GraphError::Kind::InsecureUrl);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphClient::throttledWithFractionalRetryAfter()
{
    int calls = 0;
    m_server->setHandler([&](const auto&) {
        if (++calls == 1) {
            return TestHttpServer::Response::json(
                       429, R"({"error":{"code":"TooManyRequests","message":"Please retry again later."}})")
                .header("Retry-After", "1.5");
        }
        return TestHttpServer::Response::json(200, R"({"id":"x"})");
    });
    QElapsedTimer timer;
    timer.start();
    GraphReply* reply = wait(m_client->send(GraphRequest::get(QStringLiteral("/x"))));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QVERIFY2(timer.elapsed() >= 1400, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_client->counters()->snapshot().throttled, 1);
    QCOMPARE(m_client->counters()->snapshot().retries, 1);
}

void TestGraphClient::serviceUnavailableThenSuccess()
{
    int calls = 0;
    m_server->setHandler([&](const auto&) {
        if (++calls == 1) {
            return TestHttpServer::Response::json(503, R"({"error":{"code":"ServiceUnavailable","message":"busy"}})");
        }
        return TestHttpServer::Response::json(200, R"({"id":"x"})");
    });
    GraphReply* reply = wait(m_client->send(GraphRequest::get(QStringLiteral("/x"))));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(reply->json().value(QStringLiteral("id")).toString(), QStringLiteral("x"));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestGraphClient::networkDropThenSuccess()
{
    int calls = 0;
    m_server->setHandler([&](const auto&) {
        TestHttpServer::Response r = TestHttpServer::Response::json(200, R"({"id":"x"})");
        r.drop = ++calls == 1;
        return r;
    });
    GraphReply* reply = wait(m_client->send(GraphRequest::get(QStringLiteral("/x"))));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(m_client->counters()->snapshot().networkErrors >= 1);
}

void TestGraphClient::postIsNotRetriedAfterDrop()
{
    m_server->setHandler([](const auto&) {
        TestHttpServer::Response r = TestHttpServer::Response::json(201, R"({"id":"x"})");
        r.drop = true;
        return r;
    });
    GraphReply* reply = wait(
        m_client->send(GraphRequest::post(QStringLiteral("/oauth2PermissionGrants"),
                                          QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read")}})));
    QCOMPARE(reply->error().kind, GraphError::Kind::Network);
    QCOMPARE(m_server->requestCount(), 1); // a create may have happened: never send it twice blindly
}

void TestGraphClient::retriesExhaustedCarryRequestIds()
{
    m_server->setHandler([](const auto&) {
        return TestHttpServer::Response::json(
                   503,
                   R"({"error":{"code":"ServiceUnavailable","message":"down","innerError":{"request-id":"rid-503"}}})")
            .header("Retry-After", "0.05");
    });
    GraphReply* reply = wait(m_client->send(GraphRequest::get(QStringLiteral("/x"))));
    QVERIFY(reply->error());
    QCOMPARE(reply->error().httpStatus, 503);
    QCOMPARE(reply->error().requestId, QStringLiteral("rid-503"));
    QVERIFY(!reply->error().clientRequestId.isEmpty());
    QCOMPARE(reply->error().clientRequestId,
             QString::fromLatin1(m_server->requests().last().header("client-request-id")));
    QCOMPARE(m_server->requestCount(), m_client->retryPolicy().maxAttempts);
}

void TestGraphClient::unauthorizedRefreshesOnce()
{
    m_server->setHandler([](const TestHttpServer::Request& r) {
        if (r.header("authorization") == "Bearer token-1") {
            return TestHttpServer::Response::json(
                401, R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired."}})");
        }
        return TestHttpServer::Response::json(200, R"({"id":"ok"})");
    });
    GraphReply* reply = wait(m_client->send(GraphRequest::get(QStringLiteral("/me"))));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(m_tokens.forced, 1);
    QCOMPARE(m_server->requests().last().header("authorization"), QByteArray("Bearer token-2"));
}

void TestGraphClient::unauthorizedTwiceNeedsSignIn()
{
    m_server->setHandler([](const auto&) {
        return TestHttpServer::Response::json(
            401, R"({"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed."}})");
    });
    GraphReply* reply = wait(m_client->send(GraphRequest::get(QStringLiteral("/me"))));
    QCOMPARE(reply->error().kind, GraphError::Kind::SignInRequired);
    QCOMPARE(m_tokens.forced, 1);
    QCOMPARE(m_server->requestCount(), 2);

    // A provider that cannot refresh ends it at once.
    m_tokens.failOnForce = true;
    m_server->reset();
    GraphReply* again = wait(m_client->send(GraphRequest::get(QStringLiteral("/me"))));
    QCOMPARE(again->error().kind, GraphError::Kind::SignInRequired);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphClient::malformedJsonIsAnError()
{
    m_server->setHandler([](const auto&) { return TestHttpServer::Response::json(200, R"({"value":[{"id":"a"},)"); });
    GraphReply* reply = wait(m_client->getCollection(GraphRequest::get(QStringLiteral("/x"))));
    QCOMPARE(reply->error().kind, GraphError::Kind::Parse);
    GraphReply* single = wait(m_client->send(GraphRequest::get(QStringLiteral("/x"))));
    QCOMPARE(single->error().kind, GraphError::Kind::Parse);
    m_server->setHandler([](const auto&) { return TestHttpServer::Response::json(200, R"({"notvalue":1})"); });
    QCOMPARE(wait(m_client->getCollection(GraphRequest::get(QStringLiteral("/x"))))->error().kind,
             GraphError::Kind::Parse);
}

void TestGraphClient::plainHttpToNonLoopbackIsRefused()
{
    m_server->setHandler([](const auto&) { return TestHttpServer::Response::json(200, "{}"); });
    GraphClient client;
    client.setTokenProvider(&m_tokens);
    client.setEndpoints(
        {QUrl(QStringLiteral("http://graph.example.test")), QUrl(QStringLiteral("http://10.0.0.8")), QString()});
    GraphReply* reply = wait(client.send(GraphRequest::get(QStringLiteral("/me"))));
    QCOMPARE(reply->error().kind, GraphError::Kind::InsecureUrl);
    QCOMPARE(client.counters()->snapshot().requests, 0); // nothing went on the wire
    QCOMPARE(m_tokens.calls, 0); // not even a token was fetched

    QVERIFY(GraphClient::isLoopbackHost(QStringLiteral("127.0.0.1")));
    QVERIFY(GraphClient::isLoopbackHost(QStringLiteral("127.8.9.10")));
    QVERIFY(GraphClient::isLoopbackHost(QStringLiteral("::1")));
    QVERIFY(GraphClient::isLoopbackHost(QStringLiteral("localhost")));
    QVERIFY(!GraphClient::isLoopbackHost(QStringLiteral("10.0.0.1")));
    QVERIFY(!GraphClient::isLoopbackHost(QStringLiteral("localhost.evil.com")));
}

void TestGraphClient::consistencyLevelOnEveryPage()
{
    const QString base = m_server->baseUrl().toString();
    m_server->setHandler([=](const TestHttpServer::Request& r) {
        if (r.target.contains("skiptoken")) {
            return TestHttpServer::Response::json(200, page(ids(1, 1)));
        }
        return TestHttpServer::Response::json(
            200, page(ids(0, 1), base + QStringLiteral("/v1.0/users?$count=true&$skiptoken=abc"), 2));
    });
    ODataQuery q;
    q.count().filter(ODataFilter::startsWith(QStringLiteral("displayName"), QStringLiteral("A")));
    GraphReply* reply = wait(m_client->getCollection(GraphRequest::get(QStringLiteral("/users"), q)));
    QVERIFY(reply->ok());
    QCOMPARE(m_server->requestCount(), 2);
    for (const auto& r : m_server->requests()) {
        QCOMPARE(r.header("consistencylevel"), QByteArray("eventual"));
    }
    QVERIFY(m_server->requests().at(0).target.contains("%24count=true")
            || m_server->requests().at(0).target.contains("$count=true"));
}

void TestGraphClient::inFlightCap()
{
    m_server->setHandler([](const auto&) {
        TestHttpServer::Response r = TestHttpServer::Response::json(200, R"({"id":"x"})");
        r.delayMs = 150;
        return r;
    });
    QCOMPARE(m_client->maxInFlight(), 4);
    QList<GraphReply*> replies;
    for (int i = 0; i < 10; ++i) {
        replies.append(m_client->send(GraphRequest::get(QStringLiteral("/x/%1").arg(i))));
        replies.last()->setAutoDelete(false);
        replies.last()->setParent(this);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](GraphReply* r) { return r->isFinished(); }),
                             15000);
    QCOMPARE(m_server->requestCount(), 10);
    QCOMPARE(m_server->maxConcurrent(), 4);

    m_server->reset();
    m_client->setMaxInFlight(2);
    replies.clear();
    for (int i = 0; i < 6; ++i) {
        replies.append(m_client->send(GraphRequest::get(QStringLiteral("/y/%1").arg(i))));
        replies.last()->setAutoDelete(false);
        replies.last()->setParent(this);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](GraphReply* r) { return r->isFinished(); }),
                             15000);
    QCOMPARE(m_server->maxConcurrent(), 2);
}

void TestGraphClient::countersReflectTraffic()
{
    int calls = 0;
    m_server->setHandler([&](const auto&) {
        if (++calls == 1) {
            return TestHttpServer::Response::json(503, "{}").header("Retry-After", "0");
        }
        return TestHttpServer::Response::json(200, R"({"id":"x"})");
    });
    QSignalSpy changed(m_client->counters(), &GraphCounters::changed);
    wait(m_client->send(GraphRequest::get(QStringLiteral("/x"))));
    wait(m_client->send(GraphRequest::patch(QStringLiteral("/x"), QJsonObject {{QStringLiteral("a"), 1}})));
    const auto s = m_client->counters()->snapshot();
    QCOMPARE(s.requests, 3);
    QCOMPARE(s.byMethod.value(QStringLiteral("GET")), 2);
    QCOMPARE(s.byMethod.value(QStringLiteral("PATCH")), 1);
    QCOMPARE(s.byStatus.value(503), 1);
    QCOMPARE(s.byStatus.value(200), 2);
    QCOMPARE(s.retries, 1);
    QVERIFY(s.bytesReceived > 0);
    QVERIFY(s.bytesSent > 0);
    QCOMPARE(s.inFlight, 0);
    QVERIFY(changed.count() > 0);
    m_client->counters()->reset();
    QCOMPARE(m_client->counters()->snapshot().requests, 0);
}

void TestGraphClient::exchangeInvokeCommand()
{
    const QString base = m_server->baseUrl().toString();
    m_server->setHandler([=](const TestHttpServer::Request& r) {
        if (r.method == "GET") {
            return TestHttpServer::Response::json(200, R"({"value":[{"Identity":"p2"}]})");
        }
        return TestHttpServer::Response::json(
            200,
            QJsonDocument(
                QJsonObject {
                    {QStringLiteral("value"),
                     QJsonArray {QJsonObject {{QStringLiteral("Identity"), QStringLiteral("p1")}}}},
                    {QStringLiteral("@odata.nextLink"),
                     QString(base
                             + QStringLiteral("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$skiptoken=1"))}})
                .toJson());
    });
    GraphReply* reply
        = wait(m_client->invokeExchangeCommand(QStringLiteral("Get-ApplicationAccessPolicy"), QJsonObject {}));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(reply->items().size(), 2);
    const auto first = m_server->requests().at(0);
    QCOMPARE(first.method, QByteArray("POST"));
    QCOMPARE(first.target, QByteArray("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand"));
    const QJsonObject body = QJsonDocument::fromJson(first.body).object();
    QCOMPARE(body.value(QStringLiteral("CmdletInput")).toObject().value(QStringLiteral("CmdletName")).toString(),
             QStringLiteral("Get-ApplicationAccessPolicy"));
    QCOMPARE(first.header("content-type"), QByteArray("application/json"));
    QCOMPARE(m_server->requests().at(1).method, QByteArray("GET"));
}

void TestGraphClient::exchangeErrorShapes()
{
    m_server->setHandler([](const auto&) {
        return TestHttpServer::Response::json(
            400,
            R"({"error":{"code":"BadRequest","message":"Invalid Operation","innererror":{"internalexception":{"message":"Couldn't find object \"Sales\"."}}}})");
    });
    GraphReply* reply = wait(m_client->invokeExchangeCommand(
        QStringLiteral("Get-DistributionGroup"), QJsonObject {{QStringLiteral("Identity"), QStringLiteral("Sales")}}));
    QCOMPARE(reply->error().innerMessage, QStringLiteral("Couldn't find object \"Sales\"."));
    m_server->setHandler([](const auto&) {
        TestHttpServer::Response r;
        r.status = 403;
        r.body = QByteArray(32, '\0');
        return r;
    });
    GraphReply* denied = wait(m_client->invokeExchangeCommand(QStringLiteral("Get-Mailbox"), {}));
    QCOMPARE(denied->error().kind, GraphError::Kind::PermissionDenied);
    QVERIFY(denied->error().message.contains(QStringLiteral("Exchange refused")));
}

void TestGraphClient::abortCancels()
{
    m_server->setHandler([](const auto&) {
        TestHttpServer::Response r = TestHttpServer::Response::json(200, "{}");
        r.delayMs = 3000;
        return r;
    });
    GraphReply* reply = m_client->send(GraphRequest::get(QStringLiteral("/slow")));
    reply->setAutoDelete(false);
    reply->setParent(this);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 5000);
    reply->abort();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 2000);
    QCOMPARE(reply->error().kind, GraphError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestGraphClient)
#include "TestGraphClient.moc"
