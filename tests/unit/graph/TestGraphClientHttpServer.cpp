// GraphClient against a real QHttpServer (keep-alive connections, Qt's own HTTP parser) rather than the
// scripted socket of TestHttpServer: the main paths must work with an independent HTTP/1.1 implementation.
#include "ConsentDeskVersion.h"
#include "LocalHttpServer.h"
#include "async/Async.h"
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
#include <QUrlQuery>

namespace {

class RefreshingTokens : public TokenProvider
{
public:
    int forced = 0;

    QFuture<Answer> requestToken(TokenResource resource, bool forceRefresh) override
    {
        forced += forceRefresh ? 1 : 0;
        const QByteArray prefix = resource == TokenResource::Exchange ? "exo-" : "graph-";
        return Async::ready(Answer {AccessToken {prefix + QByteArray::number(forced + 1), {}}, {}});
    }
};

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestGraphClientHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagedCollectionWithHeaders();
    void throttledThenSuccess();
    void unauthorizedRefreshesOnce();
    void errorCarriesIds();
    void batchRoundTrip();
    void exchangeCommandPages();

private:
    template<typename Reply> Reply* wait(Reply* reply);

    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GraphClient> m_client;
    RefreshingTokens m_tokens;
};

void TestGraphClientHttpServer::init()
{
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listenOnLoopback());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_client = std::make_unique<GraphClient>();
    m_client->setNetworkAccessManager(m_nam.get());
    m_client->setEndpoints({m_server->baseUrl(), m_server->baseUrl(), QStringLiteral("contoso.onmicrosoft.com")});
    m_tokens = RefreshingTokens();
    m_client->setTokenProvider(&m_tokens);
    RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    policy.maxAttempts = 4;
    m_client->setRetryPolicy(policy);
}

void TestGraphClientHttpServer::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

template<typename Reply> Reply* TestGraphClientHttpServer::wait(Reply* reply)
{
    reply->setAutoDelete(false);
    reply->setParent(this);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &Reply::finished);
        spy.wait(15000);
    }
    return reply;
}

void TestGraphClientHttpServer::pagedCollectionWithHeaders()
{
    const QString base = m_server->baseUrl().toString();
    m_server->setHandler([base](const LocalHttpServer::Request& r) {
        const QUrlQuery query(QUrl::fromEncoded(r.target));
        const QString page = query.queryItemValue(QStringLiteral("$skiptoken"));
        QJsonObject o;
        if (page.isEmpty()) {
            o = {{QStringLiteral("value"), QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")}}}},
                 {QStringLiteral("@odata.count"), 3},
                 {QStringLiteral("@odata.nextLink"),
                  QString(base + QStringLiteral("/v1.0/users?$count=true&$skiptoken=p2"))}};
        } else if (page == QLatin1String("p2")) {
            o = {{QStringLiteral("value"), QJsonArray {}},
                 {QStringLiteral("@odata.nextLink"),
                  QString(base + QStringLiteral("/v1.0/users?$count=true&$skiptoken=p3"))}};
        } else {
            o = {{QStringLiteral("value"),
                  QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("b")}},
                              QJsonObject {{QStringLiteral("id"), QStringLiteral("c")}}}}};
        }
        return LocalHttpServer::Response::json(200, json(o));
    });
    ODataQuery q;
    q.count().select({QStringLiteral("id")});
    GraphReply* reply = m_client->getCollection(GraphRequest::get(QStringLiteral("/users"), q));
    QSignalSpy pages(reply, &GraphReply::pageReceived);
    wait(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(pages.count(), 3);
    QCOMPARE(reply->items().size(), 3);
    QCOMPARE(reply->odataCount(), 3);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QSet<QByteArray> ids;
    for (const auto& r : requests) {
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.header("authorization"), QByteArray("Bearer graph-1"));
        QCOMPARE(r.header("accept"), QByteArray("application/json"));
        QCOMPARE(r.header("consistencylevel"), QByteArray("eventual"));
        QCOMPARE(r.header("user-agent"), QByteArray("ConsentDesk/" CONSENTDESK_VERSION));
        QVERIFY(uuid.match(QString::fromLatin1(r.header("client-request-id"))).hasMatch());
        ids.insert(r.header("client-request-id"));
    }
    QCOMPARE(ids.size(), 3);
    QVERIFY(requests.at(2).target.endsWith("$skiptoken=p3"));
}

void TestGraphClientHttpServer::throttledThenSuccess()
{
    int calls = 0;
    m_server->setHandler([&](const auto&) {
        if (++calls == 1) {
            return LocalHttpServer::Response::json(429, R"({"error":{"code":"TooManyRequests"}})")
                .header("Retry-After", "0.3");
        }
        return LocalHttpServer::Response::json(200, R"({"id":"x"})");
    });
    QElapsedTimer timer;
    timer.start();
    GraphReply* reply = wait(m_client->send(GraphRequest::get(QStringLiteral("/x"))));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QVERIFY(timer.elapsed() >= 280);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_client->counters()->snapshot().throttled, 1);
}

void TestGraphClientHttpServer::unauthorizedRefreshesOnce()
{
    m_server->setHandler([](const LocalHttpServer::Request& r) {
        if (r.header("authorization") == "Bearer graph-1") {
            return LocalHttpServer::Response::json(401, R"({"error":{"code":"InvalidAuthenticationToken"}})");
        }
        return LocalHttpServer::Response::json(200, R"({"id":"me"})");
    });
    GraphReply* reply = wait(m_client->send(GraphRequest::get(QStringLiteral("/me"))));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(m_tokens.forced, 1);
    QCOMPARE(reply->json().value(QStringLiteral("id")).toString(), QStringLiteral("me"));
}

void TestGraphClientHttpServer::errorCarriesIds()
{
    m_server->setHandler([](const auto&) {
        return LocalHttpServer::Response::
            json(403,
                 R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"date":"2026-11-22T10:00:00","client-request-id":"from-body"}}})")
                .header("request-id", "rid-header");
    });
    GraphReply* reply = wait(m_client->send(GraphRequest::del(QStringLiteral("/oauth2PermissionGrants/x"))));
    QCOMPARE(reply->error().kind, GraphError::Kind::PermissionDenied);
    QCOMPARE(reply->error().code, QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(reply->error().requestId, QStringLiteral("rid-header"));
    QCOMPARE(reply->error().clientRequestId, QStringLiteral("from-body"));
    QCOMPARE(reply->error().date, QStringLiteral("2026-11-22T10:00:00"));
    QCOMPARE(reply->error().method, QStringLiteral("DELETE"));
    QCOMPARE(reply->statusCode(), 403);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphClientHttpServer::batchRoundTrip()
{
    m_server->setHandler([](const LocalHttpServer::Request& r) {
        QJsonArray responses;
        const QJsonArray requests
            = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("requests")).toArray();
        for (const QJsonValue& v : requests) {
            const QJsonObject item = v.toObject();
            responses.prepend(QJsonObject {
                {QStringLiteral("id"), item.value(QStringLiteral("id"))},
                {QStringLiteral("status"), 200},
                {QStringLiteral("body"), QJsonObject {{QStringLiteral("url"), item.value(QStringLiteral("url"))}}}});
        }
        return LocalHttpServer::Response::json(200, json(QJsonObject {{QStringLiteral("responses"), responses}}));
    });
    QList<BatchItem> items;
    for (int i = 0; i < 25; ++i) {
        items.append(BatchItem {QString::number(i), "GET", QStringLiteral("/users/%1").arg(i), {}, {}, {}});
    }
    BatchReply* reply = wait(m_client->batch(items));
    QVERIFY(!reply->error());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(0).target, QByteArray("/v1.0/$batch"));
    QCOMPARE(m_server->requests().at(0).header("content-type"), QByteArray("application/json"));
    QCOMPARE(reply->results().size(), 25);
    for (int i = 0; i < 25; ++i) {
        QCOMPARE(reply->result(QString::number(i)).body.value(QStringLiteral("url")).toString(),
                 QStringLiteral("/users/%1").arg(i));
    }
}

void TestGraphClientHttpServer::exchangeCommandPages()
{
    const QString base = m_server->baseUrl().toString();
    m_server->setHandler([base](const LocalHttpServer::Request& r) {
        if (r.method == "POST") {
            return LocalHttpServer::Response::json(
                200,
                json(QJsonObject {
                    {QStringLiteral("value"),
                     QJsonArray {QJsonObject {{QStringLiteral("Identity"), QStringLiteral("p1")}}}},
                    {QStringLiteral("@odata.nextLink"),
                     QString(base
                             + QStringLiteral("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$skiptoken=2"))}}));
        }
        return LocalHttpServer::Response::json(200, R"({"value":[{"Identity":"p2"}]})");
    });
    GraphReply* reply
        = wait(m_client->invokeExchangeCommand(QStringLiteral("Get-ApplicationAccessPolicy"),
                                               QJsonObject {{QStringLiteral("Identity"), QStringLiteral("x")}}));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(reply->items().size(), 2);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).target, QByteArray("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand"));
    QCOMPARE(requests.at(0).header("authorization"), QByteArray("Bearer exo-1"));
    const QJsonObject input
        = QJsonDocument::fromJson(requests.at(0).body).object().value(QStringLiteral("CmdletInput")).toObject();
    QCOMPARE(input.value(QStringLiteral("CmdletName")).toString(), QStringLiteral("Get-ApplicationAccessPolicy"));
    QCOMPARE(input.value(QStringLiteral("Parameters")).toObject().value(QStringLiteral("Identity")).toString(),
             QStringLiteral("x"));
    QCOMPARE(requests.at(1).method, QByteArray("GET"));
}

QTEST_GUILESS_MAIN(TestGraphClientHttpServer)
#include "TestGraphClientHttpServer.moc"
