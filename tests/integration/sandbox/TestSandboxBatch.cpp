#include "SandboxTestEnvironment.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/TenantStore.h"

#include <QJsonDocument>
#include <QTest>

// JSON batching: limits, ids, dependsOn and 424, per-item status/headers/body, out-of-order answers, per-item
// throttling.
class TestSandboxBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void itemsAnswerOutOfOrder();
    void atMostTwenty();
    void uniqueIds();
    void dependsOn();
    void failedDependencyIs424();
    void contentTypeRequiredWithBody();
    void writesInBatch();
    void malformedBatches_data();
    void malformedBatches();
    void itemsAreThrottledOnTheirOwn();

private:
    QString admin() { return m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")); }
    static QJsonObject get(const QString& id, const QString& url, const QStringList& dependsOn = {});
    SandboxTestEnvironment::Reply batch(const QJsonArray& requests, const QString& token);
    static const QHash<QString, QJsonObject> byId(const SandboxTestEnvironment::Reply& reply);

    SandboxTestEnvironment m_env;
};

void TestSandboxBatch::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

QJsonObject TestSandboxBatch::get(const QString& id, const QString& url, const QStringList& dependsOn)
{
    QJsonObject item {
        {QStringLiteral("id"), id}, {QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("url"), url}};
    if (!dependsOn.isEmpty()) {
        item.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(dependsOn));
    }
    return item;
}

SandboxTestEnvironment::Reply TestSandboxBatch::batch(const QJsonArray& requests, const QString& token)
{
    return m_env.post(QStringLiteral("/v1.0/$batch"), token, QJsonObject {{QStringLiteral("requests"), requests}});
}

const QHash<QString, QJsonObject> TestSandboxBatch::byId(const SandboxTestEnvironment::Reply& reply)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue& r : reply.json().value(QStringLiteral("responses")).toArray()) {
        result.insert(r.toObject().value(QStringLiteral("id")).toString(), r.toObject());
    }
    return result;
}

void TestSandboxBatch::itemsAnswerOutOfOrder()
{
    const auto reply = batch({get(QStringLiteral("1"), QStringLiteral("/me")),
                              get(QStringLiteral("2"), QStringLiteral("/users?$top=1")),
                              get(QStringLiteral("3"), QStringLiteral("/users/nobody@mini.onmicrosoft.com")),
                              get(QStringLiteral("4"), QStringLiteral("users/$count"))},
                             admin());
    QCOMPARE(reply.status, 200);
    const QJsonArray responses = reply.json().value(QStringLiteral("responses")).toArray();
    QCOMPARE(responses.size(), 4);
    QStringList order;
    for (const QJsonValue& r : responses) {
        order.append(r["id"].toString());
    }
    QVERIFY2(order
                 != (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}),
             qPrintable(order.join(QLatin1Char(','))));
    const auto items = byId(reply);
    QCOMPARE(items["1"]["status"].toInt(), 200);
    QCOMPARE(items["1"]["body"]["userPrincipalName"].toString(), QStringLiteral("grace.admin@mini.onmicrosoft.com"));
    QVERIFY(items["1"]["headers"]["Content-Type"].toString().startsWith(QLatin1String("application/json")));
    QCOMPARE(items["2"]["body"]["value"].toArray().size(), 1);
    // nextLinks inside items are absolute, like outside.
    QVERIFY(items["2"]["body"]["@odata.nextLink"].toString().startsWith(m_env.baseUrl().toString()
                                                                        + QStringLiteral("/v1.0/users?")));
    QCOMPARE(items["3"]["status"].toInt(), 404);
    QCOMPARE(items["3"]["body"]["error"]["code"].toString(), QStringLiteral("Request_ResourceNotFound"));
    QCOMPARE(items["4"]["status"].toInt(), 400); // $count without ConsistencyLevel, per item
}

void TestSandboxBatch::atMostTwenty()
{
    QJsonArray twenty;
    for (int i = 1; i <= 20; ++i) {
        twenty.append(get(QString::number(i), QStringLiteral("/me")));
    }
    auto reply = batch(twenty, admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("responses")).toArray().size(), 20);
    twenty.append(get(QStringLiteral("21"), QStringLiteral("/me")));
    reply = batch(twenty, admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("BadRequest"));
}

void TestSandboxBatch::uniqueIds()
{
    const auto reply = batch(
        {get(QStringLiteral("1"), QStringLiteral("/me")), get(QStringLiteral("1"), QStringLiteral("/me"))}, admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("BadRequest"));
}

void TestSandboxBatch::dependsOn()
{
    // 2 depends on 1 and 3 on 2: answered in dependency order even though the rest is reversed.
    const auto reply = batch({get(QStringLiteral("1"), QStringLiteral("/me")),
                              get(QStringLiteral("2"), QStringLiteral("/users?$top=1"), {QStringLiteral("1")}),
                              get(QStringLiteral("3"), QStringLiteral("/groups?$top=1"), {QStringLiteral("2")}),
                              get(QStringLiteral("4"), QStringLiteral("/servicePrincipals?$top=1"))},
                             admin());
    QCOMPARE(reply.status, 200);
    QStringList order;
    for (const QJsonValue& r : reply.json().value(QStringLiteral("responses")).toArray()) {
        order.append(r["id"].toString());
        QCOMPARE(r["status"].toInt(), 200);
    }
    QVERIFY(order.indexOf(QStringLiteral("1")) < order.indexOf(QStringLiteral("2")));
    QVERIFY(order.indexOf(QStringLiteral("2")) < order.indexOf(QStringLiteral("3")));
    // Unknown dependency: the whole batch is refused.
    const auto unknown = batch({get(QStringLiteral("1"), QStringLiteral("/me"), {QStringLiteral("9")})}, admin());
    QCOMPARE(unknown.status, 400);
    const auto cycle = batch({get(QStringLiteral("1"), QStringLiteral("/me"), {QStringLiteral("2")}),
                              get(QStringLiteral("2"), QStringLiteral("/me"), {QStringLiteral("1")})},
                             admin());
    QCOMPARE(cycle.status, 400);
}

void TestSandboxBatch::failedDependencyIs424()
{
    const auto reply = batch({get(QStringLiteral("a"), QStringLiteral("/users/nobody")),
                              get(QStringLiteral("b"), QStringLiteral("/me"), {QStringLiteral("a")}),
                              get(QStringLiteral("c"), QStringLiteral("/me"), {QStringLiteral("b")}),
                              get(QStringLiteral("d"), QStringLiteral("/me"))},
                             admin());
    QCOMPARE(reply.status, 200);
    const auto items = byId(reply);
    QCOMPARE(items["a"]["status"].toInt(), 404);
    QCOMPARE(items["b"]["status"].toInt(), 424);
    QCOMPARE(items["c"]["status"].toInt(), 424); // transitively
    QCOMPARE(items["d"]["status"].toInt(), 200);
}

void TestSandboxBatch::contentTypeRequiredWithBody()
{
    const QJsonObject body {
        {QStringLiteral("groupIds"), QJsonArray {QStringLiteral("90160df2-2dd0-5160-8fd9-df9eb701cdc1")}}};
    const auto reply
        = batch({QJsonObject {{QStringLiteral("id"), QStringLiteral("1")},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("url"),
                               QStringLiteral("/users/alex.wilber@mini.onmicrosoft.com/checkMemberGroups")},
                              {QStringLiteral("body"), body}},
                 QJsonObject {{QStringLiteral("id"), QStringLiteral("2")},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("url"),
                               QStringLiteral("/users/alex.wilber@mini.onmicrosoft.com/checkMemberGroups")},
                              {QStringLiteral("headers"),
                               QJsonObject {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
                              {QStringLiteral("body"), body}},
                 get(QStringLiteral("3"), QStringLiteral("https://graph.microsoft.com/v1.0/me"))},
                admin());
    QCOMPARE(reply.status, 200);
    const auto items = byId(reply);
    QCOMPARE(items["1"]["status"].toInt(), 400);
    QCOMPARE(items["2"]["status"].toInt(), 200);
    QCOMPARE(items["2"]["body"]["value"].toArray().size(), 1);
    QCOMPARE(items["3"]["status"].toInt(), 400); // relative URLs only
}

void TestSandboxBatch::writesInBatch()
{
    const QJsonObject grant {{QStringLiteral("clientId"), QStringLiteral("c74c4e15-bf9f-5eb3-83bc-e9f2a3b0cc6c")},
                             {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                             {QStringLiteral("resourceId"), QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6")},
                             {QStringLiteral("scope"), QStringLiteral("User.Read")}};
    const QJsonObject headers {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    auto reply = batch({QJsonObject {{QStringLiteral("id"), QStringLiteral("create")},
                                     {QStringLiteral("method"), QStringLiteral("POST")},
                                     {QStringLiteral("url"), QStringLiteral("/oauth2PermissionGrants")},
                                     {QStringLiteral("headers"), headers},
                                     {QStringLiteral("body"), grant}},
                        QJsonObject {{QStringLiteral("id"), QStringLiteral("again")},
                                     {QStringLiteral("method"), QStringLiteral("POST")},
                                     {QStringLiteral("url"), QStringLiteral("/oauth2PermissionGrants")},
                                     {QStringLiteral("headers"), headers},
                                     {QStringLiteral("body"), grant},
                                     {QStringLiteral("dependsOn"), QJsonArray {QStringLiteral("create")}}}},
                       admin());
    const auto created = byId(reply);
    QCOMPARE(created["create"]["status"].toInt(), 201);
    QCOMPARE(created["again"]["status"].toInt(), 409);
    const QString id = created["create"]["body"]["id"].toString();
    reply = batch({QJsonObject {{QStringLiteral("id"), QStringLiteral("del")},
                                {QStringLiteral("method"), QStringLiteral("DELETE")},
                                {QStringLiteral("url"), QString(QStringLiteral("/oauth2PermissionGrants/") + id)}}},
                  admin());
    const auto deleted = byId(reply);
    QCOMPARE(deleted["del"]["status"].toInt(), 204);
    QVERIFY(!deleted["del"].contains(QStringLiteral("body")));
    // A read-only role gets its 403 per item.
    reply = batch({QJsonObject {{QStringLiteral("id"), QStringLiteral("x")},
                                {QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("url"), QStringLiteral("/oauth2PermissionGrants")},
                                {QStringLiteral("headers"), headers},
                                {QStringLiteral("body"), grant}}},
                  m_env.token(QStringLiteral("gil.reader@mini.onmicrosoft.com")));
    QCOMPARE(byId(reply)["x"]["status"].toInt(), 403);
    m_env.server().reset();
}

void TestSandboxBatch::malformedBatches_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{{{");
    QTest::newRow("no requests") << QByteArray("{}");
    QTest::newRow("empty") << QByteArray(R"({"requests":[]})");
    QTest::newRow("requests not array") << QByteArray(R"({"requests":{}})");
    QTest::newRow("item not object") << QByteArray(R"({"requests":[1]})");
    QTest::newRow("no id") << QByteArray(R"({"requests":[{"method":"GET","url":"/me"}]})");
    QTest::newRow("bad method") << QByteArray(R"({"requests":[{"id":"1","method":"FETCH","url":"/me"}]})");
    QTest::newRow("no url") << QByteArray(R"({"requests":[{"id":"1","method":"GET"}]})");
    QTest::newRow("dependsOn not array") << QByteArray(
        R"({"requests":[{"id":"1","method":"GET","url":"/me","dependsOn":"2"}]})");
}

void TestSandboxBatch::malformedBatches()
{
    QFETCH(QByteArray, body);
    const auto reply = m_env.send("POST", QStringLiteral("/v1.0/$batch"), admin(), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("BadRequest"));
}

void TestSandboxBatch::itemsAreThrottledOnTheirOwn()
{
    SandboxOptions options = SandboxTestEnvironment::defaultOptions();
    options.throttleRate = 0.4;
    options.seed = 7;
    SandboxTestEnvironment throttled(options);
    QString error;
    QVERIFY2(throttled.start(&error), qPrintable(error));
    const QString token = throttled.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
    QJsonArray requests;
    for (int i = 1; i <= 20; ++i) {
        requests.append(get(QString::number(i), QStringLiteral("/me")));
    }
    SandboxTestEnvironment::Reply reply;
    for (int attempt = 0; attempt < 10; ++attempt) {
        reply = throttled.post(
            QStringLiteral("/v1.0/$batch"), token, QJsonObject {{QStringLiteral("requests"), requests}});
        if (reply.status != 429) {
            break;
        }
        QVERIFY(!reply.header("retry-after").isEmpty()); // the batch itself can be throttled too
    }
    QCOMPARE(reply.status, 200);
    int throttledItems = 0;
    int ok = 0;
    for (const QJsonValue& r : reply.json().value(QStringLiteral("responses")).toArray()) {
        const QJsonObject item = r.toObject();
        if (item.value(QStringLiteral("status")).toInt() == 429) {
            ++throttledItems;
            const QString retryAfter = item["headers"]["Retry-After"].toString();
            bool number = false;
            const double seconds = retryAfter.toDouble(&number);
            QVERIFY2(number && seconds > 0 && seconds <= 2, qPrintable(retryAfter));
            QCOMPARE(item["body"]["error"]["code"].toString(), QStringLiteral("TooManyRequests"));
        } else {
            QCOMPARE(item.value(QStringLiteral("status")).toInt(), 200);
            ++ok;
        }
    }
    QVERIFY(throttledItems > 0);
    QVERIFY(ok > 0);
    QVERIFY(throttled.server()
                .stats()
                .toJson()
                .value(QStringLiteral("faults"))
                .toObject()
                .value(QStringLiteral("throttle"))
                .toInt()
            >= throttledItems);
}

QTEST_GUILESS_MAIN(TestSandboxBatch)
#include "TestSandboxBatch.moc"
