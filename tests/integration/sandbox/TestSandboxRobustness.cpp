#include "SandboxTestEnvironment.h"

#include "sandbox/SandboxServer.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

// Hostile input: garbage and huge bodies, unknown routes, wrong methods, raw socket junk. Every answer is a
// Graph-shaped 4xx and the server keeps serving.
class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void garbageBodies_data();
    void garbageBodies();
    void hugeBody();
    void unknownRoutes_data();
    void unknownRoutes();
    void wrongMethods_data();
    void wrongMethods();
    void rawSocketJunk();
    void identityBadInput();
    void randomPaths();
    void serverSurvives();

private:
    QString admin() { return m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")); }
    static void verifyGraphError(const SandboxTestEnvironment::Reply& reply);
    SandboxTestEnvironment m_env;
};

void TestSandboxRobustness::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestSandboxRobustness::verifyGraphError(const SandboxTestEnvironment::Reply& reply)
{
    QVERIFY2(reply.status >= 400 && reply.status < 500, qPrintable(QString::number(reply.status)));
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    QVERIFY2(!error.value(QStringLiteral("code")).toString().isEmpty(), reply.body.left(200).constData());
    QVERIFY(error.contains(QStringLiteral("message")));
    QVERIFY(!error["innerError"]["request-id"].toString().isEmpty());
    QVERIFY(!error["innerError"]["date"].toString().isEmpty());
    QVERIFY(!reply.header("request-id").isEmpty());
}

void TestSandboxRobustness::garbageBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QList<QByteArray> bodies {QByteArray("not json"),
                                    QByteArray("[]"),
                                    QByteArray("\"string\""),
                                    QByteArray("{\"a\":"),
                                    QByteArray(1000, '\0'),
                                    QByteArray("{}"),
                                    QByteArray("null")};
    const QList<QPair<QByteArray, QString>> targets {
        {"POST", QStringLiteral("/v1.0/oauth2PermissionGrants")},
        {"PATCH", QStringLiteral("/v1.0/oauth2PermissionGrants/OVUDt-181UmPsKwVRPiZjmSXNQArjiJOhMi88iVGdvs")},
        {"POST", QStringLiteral("/v1.0/servicePrincipals")},
        {"PATCH", QStringLiteral("/v1.0/servicePrincipals/c74c4e15-bf9f-5eb3-83bc-e9f2a3b0cc6c")},
        {"POST", QStringLiteral("/v1.0/servicePrincipals/e38dd14f-0271-5d1c-a631-edfc88434bf5/appRoleAssignedTo")},
        {"PUT", QStringLiteral("/v1.0/policies/adminConsentRequestPolicy")},
        {"PATCH", QStringLiteral("/v1.0/policies/authorizationPolicy")},
        {"POST", QStringLiteral("/v1.0/$batch")},
        {"POST", QStringLiteral("/v1.0/me/checkMemberGroups")},
        {"POST", QStringLiteral("/_sandbox/consent-requests")},
    };
    for (const auto& [method, path] : targets) {
        for (int i = 0; i < bodies.size(); ++i) {
            QTest::addRow("%s %s #%d", method.constData(), qPrintable(path), i) << method << path << bodies.at(i);
        }
    }
}

void TestSandboxRobustness::garbageBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const auto reply = m_env.send(method, path, admin(), body);
    if (path.startsWith(QLatin1String("/v1.0/policies/authorizationPolicy")) && body == "{}") {
        QCOMPARE(reply.status, 204); // an empty PATCH is valid
        return;
    }
    if (path.contains(QLatin1String("oauth2PermissionGrants/")) && body == "{}") {
        QCOMPARE(reply.status, 404); // no such grant in the mini tenant
        return;
    }
    if (path.contains(QLatin1String("servicePrincipals/c74c")) && body == "{}") {
        QCOMPARE(reply.status, 204);
        return;
    }
    verifyGraphError(reply);
}

void TestSandboxRobustness::hugeBody()
{
    const QByteArray huge(5 * 1024 * 1024, 'x');
    const auto reply = m_env.send("POST", QStringLiteral("/v1.0/oauth2PermissionGrants"), admin(), huge);
    QCOMPARE(reply.status, 413);
    verifyGraphError(reply);
    const auto batch = m_env.send("POST", QStringLiteral("/v1.0/$batch"), admin(), huge);
    QCOMPARE(batch.status, 413);
}

void TestSandboxRobustness::unknownRoutes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("segment") << QStringLiteral("/v1.0/shoes") << 400;
    QTest::newRow("nested segment") << QStringLiteral("/v1.0/users/alex.wilber@mini.onmicrosoft.com/shoes") << 400;
    QTest::newRow("policy") << QStringLiteral("/v1.0/policies/shoePolicy") << 400;
    QTest::newRow("deep") << QStringLiteral("/v1.0/oauth2PermissionGrants/a/b/c") << 400;
    QTest::newRow("version") << QStringLiteral("/v2.0/users") << 404;
    QTest::newRow("root file") << QStringLiteral("/favicon.ico") << 404;
    QTest::newRow("control") << QStringLiteral("/_sandbox/shoes") << 404;
    QTest::newRow("unicode") << QStringLiteral("/v1.0/users/%C3%A9%E2%82%AC") << 404;
    QTest::newRow("quotes") << QStringLiteral("/v1.0/users('')") << 404;
    QTest::newRow("long") << QStringLiteral("/v1.0/users/") + QString(4000, QLatin1Char('a')) << 404;
    QTest::newRow("approval") << QStringLiteral(
        "/v1.0/identityGovernance/appConsent/appConsentRequests/x/userConsentRequests/y/approval")
                              << 404;
}

void TestSandboxRobustness::unknownRoutes()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const auto reply = m_env.get(path, admin());
    QCOMPARE(reply.status, status);
    verifyGraphError(reply);
}

void TestSandboxRobustness::wrongMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("DELETE users") << QByteArray("DELETE") << QStringLiteral("/v1.0/users");
    QTest::newRow("POST users") << QByteArray("POST") << QStringLiteral("/v1.0/users");
    QTest::newRow("PATCH user") << QByteArray("PATCH")
                                << QStringLiteral("/v1.0/users/alex.wilber@mini.onmicrosoft.com");
    QTest::newRow("PUT grants") << QByteArray("PUT") << QStringLiteral("/v1.0/oauth2PermissionGrants");
    QTest::newRow("PATCH consent policy")
        << QByteArray("PATCH") << QStringLiteral("/v1.0/policies/adminConsentRequestPolicy");
    QTest::newRow("DELETE roles") << QByteArray("DELETE") << QStringLiteral("/v1.0/directoryRoles");
    QTest::newRow("GET batch") << QByteArray("GET") << QStringLiteral("/v1.0/$batch");
    QTest::newRow("POST requests") << QByteArray("POST")
                                   << QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests");
    QTest::newRow("POST info") << QByteArray("POST") << QStringLiteral("/_sandbox/info");
    QTest::newRow("GET reset") << QByteArray("GET") << QStringLiteral("/_sandbox/reset");
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << QStringLiteral("/v1.0/me");
    QTest::newRow("POST organization") << QByteArray("POST") << QStringLiteral("/v1.0/organization");
}

void TestSandboxRobustness::wrongMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const auto reply = m_env.send(method, path, admin(), method == "GET" ? QByteArray() : QByteArray("{}"));
    QCOMPARE(reply.status, 405);
    verifyGraphError(reply);
    QVERIFY(!reply.header("allow").isEmpty());
    if (path.startsWith(QLatin1String("/v1.0/"))) {
        // The directory's 405, as in Graph's JSON batching example.
        QCOMPARE(reply.errorCode(), QStringLiteral("Request_BadRequest"));
        QCOMPARE(reply.json()["error"]["message"].toString(),
                 QStringLiteral("Specified HTTP method is not allowed for the request target."));
    }
}

void TestSandboxRobustness::identityBadInput()
{
    // The sign-in service answers junk in Entra's shapes: JSON with error/error_codes from the token endpoint, an
    // error page from authorize, never a crash or a 5xx.
    const QString token = QStringLiteral("/mini.onmicrosoft.com/oauth2/v2.0/token");
    const QHash<QByteArray, QByteArray> form {{"Content-Type", "application/x-www-form-urlencoded"}};
    const QList<QByteArray> bodies {QByteArray("not a form %%% &&&"),
                                    QByteArray("=&=&grant_type"),
                                    QByteArray("grant_type=authorization_code&code=%ZZ&code_verifier=\x01"),
                                    QByteArray(3000, '\xff'),
                                    QByteArray(1000, '\0')};
    for (const QByteArray& body : bodies) {
        const auto reply = m_env.send("POST", token, QString(), body, form);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json().value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!reply.json().value(QStringLiteral("error_codes")).toArray().isEmpty());
    }
    // JSON instead of a form, a GET, a huge form.
    auto reply = m_env.send(
        "POST", token, QString(), "{\"grant_type\":\"authorization_code\"}", {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    reply = m_env.get(token, QString());
    QVERIFY(reply.status >= 400 && reply.status < 500);
    QVERIFY(reply.json().contains(QStringLiteral("error_codes")));
    reply = m_env.send("POST", token, QString(), QByteArray(6 * 1024 * 1024, 'a'), form);
    QCOMPARE(reply.status, 413);
    // Authorize: wrong method and garbage form bodies get Entra's error page.
    for (const QByteArray& method : {QByteArray("DELETE"), QByteArray("POST")}) {
        reply = m_env.send(method,
                           QStringLiteral("/mini.onmicrosoft.com/oauth2/v2.0/authorize"),
                           QString(),
                           QByteArray(2000, '\x7f'),
                           form);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
    }
    // Unknown identity routes: Graph-shaped 404.
    reply = m_env.get(QStringLiteral("/mini.onmicrosoft.com/oauth2/v2.0/devicecode"), QString());
    QCOMPARE(reply.status, 404);
    verifyGraphError(reply);
    serverSurvives();
}

void TestSandboxRobustness::rawSocketJunk()
{
    // Not even HTTP: the connection may be closed, the server must not care.
    for (const QByteArray& junk : {QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),
                                   QByteArray("GET / HTTP/9.9\r\n\r\n"),
                                   QByteArray("GARBAGE\r\n\r\n"),
                                   QByteArray("POST /v1.0/$batch HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n{"),
                                   QByteArray("GET /v1.0/me HTTP/1.1\r\nHost: x\r\n")}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_env.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write(junk);
        socket.flush();
        socket.waitForReadyRead(200);
        socket.abort();
    }
}

void TestSandboxRobustness::randomPaths()
{
    QRandomGenerator random(1234);
    const QString alphabet = QStringLiteral("abcXYZ019()'=$/%?&#.,-_~ ");
    for (int i = 0; i < 100; ++i) {
        QString path = QStringLiteral("/v1.0/");
        const int length = int(random.bounded(1, 40));
        for (int c = 0; c < length; ++c) {
            path += alphabet.at(int(random.bounded(int(alphabet.size()))));
        }
        path.replace(QLatin1Char('#'), QStringLiteral("%23"));
        const auto reply = m_env.get(path, admin());
        QVERIFY2(reply.status == 200 || (reply.status >= 400 && reply.status < 500),
                 qPrintable(path + QStringLiteral(" -> ") + QString::number(reply.status)));
    }
}

void TestSandboxRobustness::serverSurvives()
{
    const auto reply = m_env.get(QStringLiteral("/v1.0/me"), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("grace.admin@mini.onmicrosoft.com"));
}

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "TestSandboxRobustness.moc"
