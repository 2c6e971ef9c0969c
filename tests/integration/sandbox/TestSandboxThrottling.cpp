#include "SandboxTestEnvironment.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "sandbox/ThrottleBudget.h"
#include "sandbox/TokenService.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

// Graph's identity and access service limits on the emulated Graph (Microsoft's throttling page): the documented cost
// of each request, a budget of resource units per 10 seconds per application and tenant, 429 with Retry-After and the
// x-ms-throttle-* headers beyond it, $batch items charged one by one, and the write quota.
class TestSandboxThrottling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentedCosts_data();
    void documentedCosts();
    void budgetsBySize();
    void overBudgetIs429WithRetryAfter();
    void batchItemsAreChargedOneByOne();
    void writeQuota();

private:
    QString admin() { return m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")); }
    QString otherApp();

    SandboxTestEnvironment m_env {[] {
        SandboxOptions options = SandboxTestEnvironment::defaultOptions();
        options.throttleBudget = QStringLiteral("60");
        return options;
    }()};
};

void TestSandboxThrottling::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

QString TestSandboxThrottling::otherApp()
{
    TokenService::Claims claims;
    claims.tenantId = m_env.server().store().tenantId();
    claims.clientId = QStringLiteral("0f9d1c2b-7a1e-4f6a-9c3d-2b8e5f4a1d77"); // another application, its own budget
    claims.userId = m_env.userId(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
    claims.upn = QStringLiteral("grace.admin@mini.onmicrosoft.com");
    claims.resource = TokenService::Resource::Graph;
    claims.scopes = SandboxTestEnvironment::adminScopes();
    claims.roleTemplateIds = m_env.server().store().directoryRoleTemplateIds(claims.userId);
    claims.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return m_env.server().tokens().issueAccessToken(claims);
}

void TestSandboxThrottling::documentedCosts_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("cost");
    QTest::addColumn<bool>("write"); // spends write quota
    QTest::newRow("GET users") << QByteArray("GET") << QStringLiteral("users") << 2 << false;
    QTest::newRow("GET users $select") << QByteArray("GET") << QStringLiteral("users?$select=id") << 1 << false;
    QTest::newRow("GET users $top 5") << QByteArray("GET") << QStringLiteral("users?$top=5") << 1 << false;
    QTest::newRow("GET users/{id}") << QByteArray("GET") << QStringLiteral("users/x") << 1 << false;
    QTest::newRow("GET grants") << QByteArray("GET") << QStringLiteral("oauth2PermissionGrants?$top=999") << 2 << false;
    QTest::newRow("GET grant") << QByteArray("GET") << QStringLiteral("oauth2PermissionGrants/abc") << 2 << false;
    QTest::newRow("GET servicePrincipals") << QByteArray("GET") << QStringLiteral("servicePrincipals") << 1 << false;
    QTest::newRow("GET servicePrincipals $select $expand")
        << QByteArray("GET") << QStringLiteral("servicePrincipals?$select=id&$expand=appRoleAssignedTo") << 1 << false;
    QTest::newRow("GET servicePrincipals $expand")
        << QByteArray("GET") << QStringLiteral("servicePrincipals?$expand=appRoleAssignedTo") << 2 << false;
    QTest::newRow("GET sp appRoleAssignments")
        << QByteArray("GET") << QStringLiteral("servicePrincipals/x/appRoleAssignments") << 2 << false;
    QTest::newRow("GET sp appRoleAssignedTo")
        << QByteArray("GET") << QStringLiteral("servicePrincipals/x/appRoleAssignedTo") << 1 << false;
    QTest::newRow("POST getByIds") << QByteArray("POST") << QStringLiteral("directoryObjects/getByIds") << 3 << false;
    QTest::newRow("POST getByIds $select")
        << QByteArray("POST") << QStringLiteral("directoryObjects/getByIds?$select=id,displayName") << 2 << false;
    QTest::newRow("GET transitiveMembers")
        << QByteArray("GET") << QStringLiteral("groups/g/transitiveMembers") << 5 << false;
    QTest::newRow("GET members") << QByteArray("GET") << QStringLiteral("groups/g/members") << 3 << false;
    QTest::newRow("POST checkMemberGroups")
        << QByteArray("POST") << QStringLiteral("users/u/checkMemberGroups") << 4 << false;
    QTest::newRow("GET me/memberOf") << QByteArray("GET") << QStringLiteral("me/memberOf") << 2 << false;
    QTest::newRow("GET users('x')/memberOf")
        << QByteArray("GET") << QStringLiteral("users('x@y')/memberOf") << 2 << false;
    QTest::newRow("POST grant") << QByteArray("POST") << QStringLiteral("oauth2PermissionGrants") << 1 << true;
    QTest::newRow("PATCH grant") << QByteArray("PATCH") << QStringLiteral("oauth2PermissionGrants/abc") << 1 << true;
    QTest::newRow("DELETE assignment") << QByteArray("DELETE")
                                       << QStringLiteral("servicePrincipals/x/appRoleAssignedTo/y") << 1 << true;
}

void TestSandboxThrottling::documentedCosts()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, cost);
    QFETCH(bool, write);
    const QUrl url(QStringLiteral("http://127.0.0.1/v1.0/") + path);
    const QStringList segments = url.path().mid(6).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QVERIFY(ThrottleBudget::isIdentityRequest(segments));
    QCOMPARE(ThrottleBudget::cost(method, segments, QUrlQuery(url)), cost);
    QCOMPARE(ThrottleBudget::isWrite(method, segments), write);
}

void TestSandboxThrottling::budgetsBySize()
{
    QCOMPARE(ThrottleBudget::parseQuota(QStringLiteral("auto"), 49), 3500);
    QCOMPARE(ThrottleBudget::parseQuota(QStringLiteral("auto"), 50), 5000);
    QCOMPARE(ThrottleBudget::parseQuota(QStringLiteral("auto"), 500), 5000);
    QCOMPARE(ThrottleBudget::parseQuota(QStringLiteral("auto"), 20000), 8000);
    QCOMPARE(ThrottleBudget::parseQuota(QStringLiteral("M"), 1), 5000);
    QCOMPARE(ThrottleBudget::parseQuota(QStringLiteral("off"), 1), 0);
    QVERIFY(!ThrottleBudget::parseQuota(QStringLiteral("lots"), 1));
    // Mail and calendar under a user are Outlook's, not the directory's.
    QVERIFY(
        !ThrottleBudget::isIdentityRequest({QStringLiteral("users"), QStringLiteral("u"), QStringLiteral("messages")}));
    QVERIFY(!ThrottleBudget::isIdentityRequest({QStringLiteral("identityGovernance"), QStringLiteral("appConsent")}));
}

void TestSandboxThrottling::overBudgetIs429WithRetryAfter()
{
    // 60 units: thirty GET users at 2 units each, then nothing for this app until the oldest age out of the 10 s.
    const QString token = admin();
    for (int i = 0; i < 30; ++i) {
        const auto reply = m_env.get(QStringLiteral("/v1.0/users"), token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("x-ms-resource-unit"), QByteArray("2"));
        if (i >= 23) { // 48 of 60 units and up
            QVERIFY2(!reply.header("x-ms-throttle-limit-percentage").isEmpty(), qPrintable(QString::number(i)));
        }
    }
    const auto throttled = m_env.get(QStringLiteral("/v1.0/users"), token);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.errorCode(), QStringLiteral("TooManyRequests"));
    const double retryAfter = throttled.header("retry-after").toDouble();
    QVERIFY2(retryAfter > 0 && retryAfter <= 10.0, throttled.header("retry-after").constData());
    QCOMPARE(throttled.header("x-ms-throttle-information"), QByteArray("ResourceUnitLimitExceeded"));
    const QByteArray scope = throttled.header("x-ms-throttle-scope");
    QVERIFY2(scope.startsWith("Tenant_Application/ReadWrite/ed8937e7-42b0-4264-9c09-91ad3d1b5f07/"), scope.constData());
    QVERIFY(scope.endsWith(m_env.server().store().tenantId().toUtf8()));
    // A request that costs nothing in the directory's budget is not refused; another app has its own budget.
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests"), token).status, 200);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users?$select=id"), otherApp()).status, 200);
    // The stats say what was charged and refused.
    const QJsonObject budget = m_env.get(QStringLiteral("/_sandbox/stats"), QString())
                                   .json()
                                   .value(QStringLiteral("throttlingBudget"))
                                   .toObject();
    QCOMPARE(budget.value(QStringLiteral("resourceUnitsPer10s")).toInt(), 60);
    QCOMPARE(budget.value(QStringLiteral("throttled")).toInt(), 1);
    QVERIFY(budget.value(QStringLiteral("charged")).toInt() >= 60);
    // The control endpoint switches the budget off (and back on): off, nothing is refused.
    auto off = m_env.post(QStringLiteral("/_sandbox/throttle-budget"),
                          QString(),
                          QJsonObject {{QStringLiteral("budget"), QStringLiteral("off")}});
    QCOMPARE(off.status, 200);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users"), token).status, 200);
    auto on = m_env.post(QStringLiteral("/_sandbox/throttle-budget"),
                         QString(),
                         QJsonObject {{QStringLiteral("budget"), QStringLiteral("60")}});
    QCOMPARE(on.status, 200);
    auto bad = m_env.post(QStringLiteral("/_sandbox/throttle-budget"),
                          QString(),
                          QJsonObject {{QStringLiteral("budget"), QStringLiteral("plenty")}});
    QCOMPARE(bad.status, 400);
    QVERIFY(m_env.server().reset());
}

void TestSandboxThrottling::batchItemsAreChargedOneByOne()
{
    QVERIFY(m_env.server().reset()); // a fresh window
    const QString token = admin();
    for (int i = 0; i < 25; ++i) { // 50 of 60 units used
        QCOMPARE(m_env.get(QStringLiteral("/v1.0/users"), token).status, 200);
    }
    QJsonArray requests;
    for (int i = 0; i < 8; ++i) {
        requests.append(QJsonObject {{QStringLiteral("id"), QString::number(i)},
                                     {QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("url"), QStringLiteral("/users?$select=id")}});
    }
    const auto reply
        = m_env.post(QStringLiteral("/v1.0/$batch"), token, QJsonObject {{QStringLiteral("requests"), requests}});
    QCOMPARE(reply.status, 200);
    int ok = 0;
    int throttled = 0;
    for (const auto& v : reply.json().value(QStringLiteral("responses")).toArray()) {
        const QJsonObject item = v.toObject();
        const int status = item.value(QStringLiteral("status")).toInt();
        ok += status == 200;
        throttled += status == 429;
        if (status == 429) {
            QVERIFY(!item.value(QStringLiteral("headers"))
                         .toObject()
                         .value(QStringLiteral("Retry-After"))
                         .toString()
                         .isEmpty());
        }
    }
    QCOMPARE(ok, 8); // 10 units left at 1 unit each: all 8 pass
    QCOMPARE(throttled, 0);
    // Two units left now: of 8 more, 2 pass and 6 are throttled, each on its own.
    const auto second
        = m_env.post(QStringLiteral("/v1.0/$batch"), token, QJsonObject {{QStringLiteral("requests"), requests}});
    ok = 0;
    throttled = 0;
    for (const auto& v : second.json().value(QStringLiteral("responses")).toArray()) {
        const int status = v.toObject().value(QStringLiteral("status")).toInt();
        ok += status == 200;
        throttled += status == 429;
    }
    QCOMPARE(ok, 2);
    QCOMPARE(throttled, 6);
    QVERIFY(m_env.server().reset());
}

void TestSandboxThrottling::writeQuota()
{
    // 3 000 writes per 2 minutes 30 seconds per app and tenant, whatever the resource units.
    ThrottleBudget budget;
    budget.setQuota(1000000);
    for (int i = 0; i < ThrottleBudget::WriteQuota; ++i) {
        QVERIFY(!budget.charge(QStringLiteral("app"), QStringLiteral("tenant"), true, 1).throttled);
    }
    const auto refused = budget.charge(QStringLiteral("app"), QStringLiteral("tenant"), true, 1);
    QVERIFY(refused.throttled);
    QVERIFY(refused.writeLimit);
    QVERIFY(refused.retryAfterSeconds > 100 && refused.retryAfterSeconds <= 150);
    QVERIFY(!budget.charge(QStringLiteral("app"), QStringLiteral("tenant"), false, 1).throttled); // reads go on
    QVERIFY(!budget.charge(QStringLiteral("other"), QStringLiteral("tenant"), true, 1).throttled);
}

QTEST_GUILESS_MAIN(TestSandboxThrottling)
#include "TestSandboxThrottling.moc"
