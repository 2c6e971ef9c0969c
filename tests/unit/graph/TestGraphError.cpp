#include "MarkingTranslator.h"
#include "graph/GraphError.h"
#include "graph/RetryPolicy.h"

#include <QCoreApplication>
#include <QTest>
#include <QTimeZone>

class TestGraphError : public QObject
{
    Q_OBJECT

private slots:
    void graphErrorJson();
    void graphErrorLowercaseInnerError();
    void kindsForStatuses_data();
    void kindsForStatuses();
    void noneIsNotAnError();
    void tokenEndpointError();
    void tokenEndpointCodeFromText();
    void exchangeInternalException();
    void exchangeDetails();
    void exchangeNulBody403();
    void ownMessagesAreTranslatable();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
    void summaryHasIdsNoSecrets();
    void summaryIsOneLineWhateverTheServerSends();
    void retryAfter_data();
    void retryAfter();
    void backoffGrowsAndIsBounded();
};

void TestGraphError::graphErrorJson()
{
    const QByteArray body
        = R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.",
        "innerError":{"date":"2026-11-22T10:00:00","request-id":"aa7c9e8b-1111-4a4b-9a2b-000000000001","client-request-id":"cc7c9e8b-2222-4a4b-9a2b-000000000002"}}})";
    const GraphError e = GraphError::fromHttp(403, body);
    QCOMPARE(e.kind, GraphError::Kind::PermissionDenied);
    QCOMPARE(e.httpStatus, 403);
    QCOMPARE(e.code, QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(e.message, QStringLiteral("Insufficient privileges to complete the operation."));
    QCOMPARE(e.requestId, QStringLiteral("aa7c9e8b-1111-4a4b-9a2b-000000000001"));
    QCOMPARE(e.clientRequestId, QStringLiteral("cc7c9e8b-2222-4a4b-9a2b-000000000002"));
    QCOMPARE(e.date, QStringLiteral("2026-11-22T10:00:00"));
    QVERIFY(!e.isRetryable());
    QCOMPARE(GraphError::fromHttp(404, R"({"error":{"code":"Request_ResourceNotFound","message":"x"}})").kind,
             GraphError::Kind::NotFound);
    QVERIFY(GraphError::fromHttp(429, R"({"error":{"code":"TooManyRequests"}})").isRetryable());
}

void TestGraphError::graphErrorLowercaseInnerError()
{
    const GraphError e = GraphError::fromHttp(
        400, R"({"error":{"code":"BadRequest","message":"m","innererror":{"request-id":"r1"}}})", "hdr");
    QCOMPARE(e.requestId, QStringLiteral("r1"));
    QCOMPARE(GraphError::fromHttp(500, "{}", "from-header").requestId, QStringLiteral("from-header"));
    QCOMPARE(GraphError::fromGraphJson(502, "<html>gateway</html>", "h-2").requestId, QStringLiteral("h-2"));
    // A body that is not Graph's error JSON never ends up in the message (or in logs through summary()).
    const GraphError html = GraphError::fromGraphJson(502, "<html>secret-ish page</html>");
    QVERIFY(!html.message.contains(QStringLiteral("secret-ish")));
    QVERIFY(html.message.contains(QStringLiteral("502")));
}

void TestGraphError::kindsForStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("200") << 200 << int(GraphError::Kind::None);
    QTest::newRow("204") << 204 << int(GraphError::Kind::None);
    QTest::newRow("302") << 302 << int(GraphError::Kind::Http);
    QTest::newRow("400") << 400 << int(GraphError::Kind::Http);
    QTest::newRow("401") << 401 << int(GraphError::Kind::SignInRequired);
    QTest::newRow("403") << 403 << int(GraphError::Kind::PermissionDenied);
    QTest::newRow("404") << 404 << int(GraphError::Kind::NotFound);
    QTest::newRow("409") << 409 << int(GraphError::Kind::Http);
    QTest::newRow("429") << 429 << int(GraphError::Kind::Throttled);
    QTest::newRow("503") << 503 << int(GraphError::Kind::Http);
}

void TestGraphError::kindsForStatuses()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QCOMPARE(int(GraphError::kindForStatus(status)), kind);
    if (status >= 300) {
        QCOMPARE(int(GraphError::fromGraphJson(status, R"({"error":{"code":"c"}})").kind), kind);
        QCOMPARE(int(GraphError::fromExchange(status, R"({"error":{"code":"c"}})").kind), kind);
    }
}

void TestGraphError::noneIsNotAnError()
{
    const GraphError none;
    QVERIFY(none.isNone());
    QVERIFY(!none);
    QVERIFY(!none.isError());
    QVERIFY(!none.isRetryable());
    const GraphError e = GraphError::make(GraphError::Kind::Network, QStringLiteral("reset"));
    QVERIFY(!e.isNone());
    QVERIFY(bool(e));
    QVERIFY(e.isRetryable());
    QVERIFY(GraphError::network(QStringLiteral("slow"), true).kind == GraphError::Kind::Timeout);
}

void TestGraphError::tokenEndpointError()
{
    const QByteArray body
        = R"({"error":"invalid_grant","error_description":"AADSTS90094: The grant requires admin permission.\r\nTrace ID: t\r\nCorrelation ID: c\r\nTimestamp: 2026-11-22 10:00:00Z",
        "error_codes":[90094],"timestamp":"2026-11-22 10:00:00Z","trace_id":"trace-1","correlation_id":"corr-1","error_uri":"https://login.microsoftonline.com/error?code=90094"})";
    const GraphError e = GraphError::fromTokenEndpointJson(400, body);
    QCOMPARE(e.kind, GraphError::Kind::TokenEndpoint);
    QCOMPARE(e.code, QStringLiteral("invalid_grant"));
    QCOMPARE(e.errorCodes, QList<int> {90094});
    QCOMPARE(e.traceId, QStringLiteral("trace-1"));
    QCOMPARE(e.correlationId, QStringLiteral("corr-1"));
    QCOMPARE(e.message, QStringLiteral("AADSTS90094: The grant requires admin permission."));
    QCOMPARE(e.date, QStringLiteral("2026-11-22 10:00:00Z"));
    QCOMPARE(e.httpStatus, 400);
    QVERIFY(e.summary().contains(QStringLiteral("invalid_grant")));
    QVERIFY(e.summary().contains(QStringLiteral("trace-1")));
}

void TestGraphError::tokenEndpointCodeFromText()
{
    const GraphError e = GraphError::fromTokenEndpointJson(
        400, R"({"error":"invalid_client","error_description":"AADSTS700025: Client is public."})");
    QCOMPARE(e.errorCodes, QList<int> {700025});
}

void TestGraphError::exchangeInternalException()
{
    const QByteArray body = R"({"error":{"code":"InternalServerError","message":"Invalid Operation",
        "innererror":{"message":"Invalid Operation","type":"Microsoft.Exchange.Admin.OData.Core.ODataServiceException",
        "internalexception":{"message":"The group 'Sales' is not a mail-enabled security group.","type":"x"}}}})";
    const GraphError e = GraphError::fromExchange(400, body);
    QCOMPARE(e.message, QStringLiteral("Invalid Operation"));
    QCOMPARE(e.innerMessage, QStringLiteral("The group 'Sales' is not a mail-enabled security group."));
    QVERIFY(e.summary().contains(e.innerMessage));
}

void TestGraphError::exchangeDetails()
{
    const GraphError e = GraphError::fromExchange(
        400,
        R"({"error":{"code":"BadRequest","message":"Invalid Operation","details":[{"message":"The App ID is not valid."}]}})");
    QCOMPARE(e.innerMessage, QStringLiteral("The App ID is not valid."));
}

// What ConsentDesk says itself (not the server's own message) reaches the GUI in its language; the CLI stays English.
void TestGraphError::ownMessagesAreTranslatable()
{
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const QList<GraphError> errors {GraphError::fromGraphJson(502, "<html>gateway</html>"),
                                    GraphError::fromTokenEndpointJson(500, "not json"),
                                    GraphError::fromExchange(403, QByteArray(64, '\0')),
                                    GraphError::fromExchange(500, QByteArray())};
    for (const GraphError& e : errors) {
        QVERIFY2(MarkingTranslator::isMarked(e.message), qPrintable(e.message));
    }
    // The server's own words are the server's: they pass through as sent.
    const GraphError server
        = GraphError::fromGraphJson(403, R"({"error":{"code":"x","message":"Insufficient privileges"}})");
    QCOMPARE(server.message, QStringLiteral("Insufficient privileges"));
    QCoreApplication::removeTranslator(&marking);
    QVERIFY(!MarkingTranslator::isMarked(GraphError::fromGraphJson(502, "<html>gateway</html>").message));
}

void TestGraphError::exchangeNulBody403()
{
    const GraphError e = GraphError::fromExchange(403, QByteArray(64, '\0'));
    QCOMPARE(e.kind, GraphError::Kind::PermissionDenied);
    QVERIFY(e.message.startsWith(QStringLiteral("Exchange refused the request (HTTP 403) without details")));
    QVERIFY(!e.message.contains(QChar(0)));
    QVERIFY(!e.summary().contains(QChar(0)));
    // Not JSON at all, or empty: the same clear message.
    QVERIFY(GraphError::fromExchange(403, "Forbidden").message.startsWith(QStringLiteral("Exchange refused")));
    QVERIFY(GraphError::fromExchange(403, QByteArray()).message.startsWith(QStringLiteral("Exchange refused")));
}

void TestGraphError::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Bad Gateway</body></html>");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("error string") << QByteArray(R"({"error":"x"})");
    QTest::newRow("error number") << QByteArray(R"({"error":{"code":5,"innerError":7}})");
    QTest::newRow("nul") << QByteArray(8, '\0');
    QTest::newRow("truncated") << QByteArray(R"({"error":{"code":"Bad)");
}

void TestGraphError::garbageNeverCrashes()
{
    QFETCH(QByteArray, body);
    for (int status : {400, 403, 500, 503}) {
        QVERIFY(GraphError::fromHttp(status, body).isError());
        QVERIFY(GraphError::fromExchange(status, body).isError());
        QVERIFY(GraphError::fromTokenEndpointJson(status, body).isError());
        QVERIFY(!GraphError::fromHttp(status, body).summary().isEmpty());
    }
}

void TestGraphError::summaryHasIdsNoSecrets()
{
    GraphError e = GraphError::fromHttp(
        400,
        R"({"error":{"code":"BadRequest","message":"token eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln leaked","innerError":{"request-id":"rid"}}})");
    e.clientRequestId = QStringLiteral("crid");
    e.method = QStringLiteral("GET");
    e.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/users?$filter=secret"));
    const QString s = e.summary();
    QVERIFY(s.contains(QStringLiteral("request-id rid")));
    QVERIFY(s.contains(QStringLiteral("client-request-id crid")));
    QVERIFY(!s.contains(QStringLiteral("eyJhbGciOiJub25lIn0")));
    QVERIFY(!s.contains(QStringLiteral("$filter=secret")));
}

void TestGraphError::summaryIsOneLineWhateverTheServerSends()
{
    // Found by the aadsts-error fuzzer: a client-request-id (or message) with a line break in the server's JSON made
    // summary() — which goes to the log and the CLI — two lines, the second written by the server.
    const QByteArray body
        = "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token is empty.\\r\\n"
          "2026-12-07T06:51:07.000+00:00 [auth] info: signed in as admin@contoso.com\","
          "\"innerError\":{\"client-request-id\":\"dbe170fc\\nclient-re12-07\\u2028x\\u0085y\","
          "\"request-id\":\"r\\u001b[2Jid\"}}}";
    for (const GraphError& e : {GraphError::fromGraphJson(401, body), GraphError::fromExchange(401, body)}) {
        const QString s = e.summary();
        for (const QChar c : s) {
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && !(c.unicode() >= 0x80 && c.unicode() <= 0x9f)
                         && c.unicode() != 0x2028 && c.unicode() != 0x2029,
                     qPrintable(QStringLiteral("U+%1 in: %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(s)));
        }
        QVERIFY(s.contains(QLatin1String("Access token is empty.")));
        QVERIFY(s.contains(QLatin1String("[auth] info: signed in"))); // kept, but on the same line
    }
}

void TestGraphError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("seconds") << QByteArray("3") << 3000;
    QTest::newRow("fraction") << QByteArray("1.5") << 1500;
    QTest::newRow("graph fraction") << QByteArray("2.128") << 2128;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("http date") << QByteArray("Sun, 22 Nov 2026 10:00:30 GMT") << 30000;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-4") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
}

void TestGraphError::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expectedMs);
    const QDateTime now(QDate(2026, 11, 22), QTime(10, 0, 0), QTimeZone::utc());
    const auto parsed = RetryPolicy::parseRetryAfter(header, now);
    QCOMPARE(parsed.value_or(-1), expectedMs);
}

void TestGraphError::backoffGrowsAndIsBounded()
{
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 1000;
    p.jitter = 0.2;
    for (int i = 0; i < 50; ++i) {
        const int first = p.backoffMs(2);
        QVERIFY(first >= 80 && first <= 120);
        const int third = p.backoffMs(4);
        QVERIFY(third >= 320 && third <= 480);
        QVERIFY(p.backoffMs(30) <= 1000);
    }
}

QTEST_GUILESS_MAIN(TestGraphError)
#include "TestGraphError.moc"
