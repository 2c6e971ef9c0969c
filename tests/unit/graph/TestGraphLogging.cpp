// What GraphClient writes to the log: one debug line per exchange and a warning per retry — never a token,
// a request body, a response body or a query string. Captured before any redaction, so the client's own
// discipline is what is tested.
#include "TestHttpServer.h"
#include "async/Async.h"
#include "graph/GraphClient.h"
#include "log/Log.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>

#include <algorithm>
#include <sstream>

namespace {

const QByteArray kToken = "tkn-PLAIN-SECRET-1";

class FixedTokens : public TokenProvider
{
public:
    QFuture<Answer> requestToken(TokenResource, bool) override
    {
        return Async::ready(Answer {AccessToken {kToken, {}}, {}});
    }
};

} // namespace

class TestGraphLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void oneLinePerRequestNoSecrets();

private:
    void run(GraphClient& client, const GraphRequest& request);

    std::ostringstream m_out;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> m_sink;
};

void TestGraphLogging::initTestCase()
{
    m_sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_out);
    m_sink->set_pattern("%l %v");
    auto logger = Log::get("graph");
    logger->sinks().push_back(m_sink);
    logger->set_level(spdlog::level::debug);
}

void TestGraphLogging::cleanupTestCase()
{
    auto& sinks = Log::get("graph")->sinks();
    sinks.erase(std::remove(sinks.begin(), sinks.end(), m_sink), sinks.end());
}

void TestGraphLogging::run(GraphClient& client, const GraphRequest& request)
{
    GraphReply* reply = client.send(request);
    reply->setAutoDelete(false);
    reply->setParent(this);
    QSignalSpy finished(reply, &GraphReply::finished);
    QVERIFY(finished.wait(15000));
}

void TestGraphLogging::oneLinePerRequestNoSecrets()
{
    TestHttpServer server;
    QVERIFY(server.listenOnLoopback());
    int calls = 0;
    server.setHandler([&](const TestHttpServer::Request& r) {
        ++calls;
        if (r.method == "POST") {
            return TestHttpServer::Response::json(
                400, R"({"error":{"code":"Request_BadRequest","message":"bad","innerError":{"x":"SERVER-BODY-4"}}})");
        }
        if (calls == 1) {
            return TestHttpServer::Response::json(429, R"({"error":{"code":"TooManyRequests","x":"SERVER-BODY-4"}})")
                .header("Retry-After", "0.01");
        }
        return TestHttpServer::Response::json(200, R"({"value":[],"x":"SERVER-BODY-4"})");
    });
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    FixedTokens tokens;
    GraphClient client;
    client.setNetworkAccessManager(&nam);
    client.setTokenProvider(&tokens);
    client.setEndpoints({server.baseUrl(), server.baseUrl(), QString()});
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    client.setRetryPolicy(policy);

    ODataQuery query;
    query.filter(ODataFilter::eq(QStringLiteral("displayName"), QStringLiteral("QUERY-SECRET-3")));
    run(client, GraphRequest::get(QStringLiteral("/users"), query));
    run(client,
        GraphRequest::post(QStringLiteral("/groups"),
                           QJsonObject {{QStringLiteral("displayName"), QStringLiteral("BODY-SECRET-2")}}));
    QCOMPARE(server.requestCount(), 3);
    Log::get("graph")->flush();

    const QString log = QString::fromStdString(m_out.str());
    const QString crid = QString::fromLatin1(server.requests().at(1).header("client-request-id"));
    const QRegularExpression line(
        QStringLiteral("debug GET http://127\\.0\\.0\\.1:%1/v1\\.0/users -> 200 in \\d+ ms \\(client-request-id %2\\)")
            .arg(server.port())
            .arg(crid));
    QVERIFY2(line.match(log).hasMatch(), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("-> 429 in ")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("warning retrying GET")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("debug POST")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Request_BadRequest")), qPrintable(log)); // the failure is reported
    QCOMPARE(log.count(QStringLiteral("debug ")), 3); // one line per exchange
    for (const QString& secret : {QString::fromLatin1(kToken),
                                  QStringLiteral("BODY-SECRET-2"),
                                  QStringLiteral("QUERY-SECRET-3"),
                                  QStringLiteral("SERVER-BODY-4"),
                                  QStringLiteral("$filter")}) {
        QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("leaked into the log: ") + secret));
    }
}

QTEST_GUILESS_MAIN(TestGraphLogging)
#include "TestGraphLogging.moc"
