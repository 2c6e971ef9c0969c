// GraphClient's own network manager: the system proxy for the cloud, never a proxy for this computer.
// Runs with http_proxy / https_proxy pointing at a proxy that does not exist (see CMakeLists.txt).
#include "TestHttpServer.h"
#include "async/Async.h"
#include "graph/GraphClient.h"
#include "graph/LoopbackAwareProxyFactory.h"

#include <QSignalSpy>
#include <QTest>

namespace {

class FixedTokens : public TokenProvider
{
public:
    QFuture<Answer> requestToken(TokenResource, bool) override
    {
        return Async::ready(Answer {AccessToken {"t", {}}, {}});
    }
};

} // namespace

class TestLoopbackAwareProxyFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loopbackIsNeverProxied_data();
    void loopbackIsNeverProxied();
    void cloudUsesTheSystemProxy();
    void defaultClientReachesLoopbackDespiteProxy();
};

void TestLoopbackAwareProxyFactory::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("http_proxy"), "the test expects a bogus proxy in the environment");
}

void TestLoopbackAwareProxyFactory::loopbackIsNeverProxied_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1.0/me");
    QTest::newRow("127.x") << QStringLiteral("http://127.3.2.1/v1.0/me");
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8080/v1.0/me");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/v1.0/me");
}

void TestLoopbackAwareProxyFactory::loopbackIsNeverProxied()
{
    QFETCH(QString, url);
    LoopbackAwareProxyFactory factory;
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    QCOMPARE(proxies.size(), 1);
    QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
}

void TestLoopbackAwareProxyFactory::cloudUsesTheSystemProxy()
{
    LoopbackAwareProxyFactory factory;
    const QNetworkProxyQuery query(QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/me")));
    QCOMPARE(factory.queryProxy(query), QNetworkProxyFactory::proxyForQuery(query));
#ifdef Q_OS_LINUX
    // On Linux the system configuration includes the environment's proxy variables.
    QCOMPARE(factory.queryProxy(query).first().hostName(), QStringLiteral("proxy.invalid"));
#endif
}

void TestLoopbackAwareProxyFactory::defaultClientReachesLoopbackDespiteProxy()
{
    TestHttpServer server;
    QVERIFY(server.listenOnLoopback());
    server.setHandler([](const auto&) { return TestHttpServer::Response::json(200, R"({"id":"me"})"); });
    FixedTokens tokens;
    GraphClient client; // its own network manager, as in the product
    client.setTokenProvider(&tokens);
    client.setEndpoints({server.baseUrl(), server.baseUrl(), QString()});
    GraphReply* reply = client.send(GraphRequest::get(QStringLiteral("/me")));
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &GraphReply::finished);
    QVERIFY(finished.wait(15000));
    QVERIFY2(reply->ok(), qPrintable(reply->error().summary()));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().first().target, QByteArray("/v1.0/me")); // origin-form: not sent to a proxy
}

QTEST_GUILESS_MAIN(TestLoopbackAwareProxyFactory)
#include "TestLoopbackAwareProxyFactory.moc"
