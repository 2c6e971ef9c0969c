// $batch: chunking by 20, mapping answers by id, per-item retries, dependsOn and 424.
#include "TestHttpServer.h"
#include "async/Async.h"
#include "consent/Journal.h"
#include "graph/GraphClient.h"
#include "graph/GraphCounters.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
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

// Answers a $batch like Graph: every item 200 with its id echoed, in reverse order (Graph may reorder).
QByteArray answer(const QJsonArray& requests, const std::function<QJsonObject(const QJsonObject&)>& perItem)
{
    QJsonArray responses;
    for (int i = int(requests.size()) - 1; i >= 0; --i) {
        responses.append(perItem(requests.at(i).toObject()));
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("responses"), responses}}).toJson(QJsonDocument::Compact);
}

QJsonObject ok(const QJsonObject& request)
{
    return QJsonObject {
        {QStringLiteral("id"), request.value(QStringLiteral("id"))},
        {QStringLiteral("status"), 200},
        {QStringLiteral("body"), QJsonObject {{QStringLiteral("echo"), request.value(QStringLiteral("url"))}}}};
}

// Graph's answer to an item that failed: its status, a Retry-After when given, an error code (and innerError) when
// given.
QJsonObject failed(const QJsonValue& id,
                   int status,
                   const QString& retryAfter = {},
                   const QString& code = {},
                   const QJsonObject& innerError = {})
{
    QJsonObject item {{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
    if (!retryAfter.isEmpty()) {
        item.insert(QStringLiteral("headers"), QJsonObject {{QStringLiteral("Retry-After"), retryAfter}});
    }
    if (!code.isEmpty()) {
        QJsonObject error {{QStringLiteral("code"), code}};
        if (!innerError.isEmpty()) {
            error.insert(QStringLiteral("innerError"), innerError);
        }
        item.insert(QStringLiteral("body"), QJsonObject {{QStringLiteral("error"), error}});
    }
    return item;
}

} // namespace

class TestGraphBatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fortyFiveItemsInThreeBatchesWithItemRetry();
    void dependsOnAnd424();
    void retriedDependencyTakesItsDependentsAlong();
    void itemThrottledUntilRetriesRunOut();
    void dependentChainsStayTogether();
    void bodiesGetContentType();
    void versionIsTheBatchUrls();
    void wholeBatchFailure();
    void batchOfReadsIsSentAgainBatchWithWritesOnce();
    void gatewayTimeoutOfAWriteItemIsNotSentAgain();
    void invalidBatchesAreRejected();

private:
    BatchReply* wait(BatchReply* reply);
    // Every $batch the server receives is answered 200, with perItem's answer for each of its items (see answer());
    // m_server->requestCount() tells perItem which $batch it is (1 for the first).
    void answerItems(const std::function<QJsonObject(const QJsonObject&)>& perItem);
    QList<QJsonArray> batchesReceived() const;

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GraphClient> m_client;
    FixedTokens m_tokens;
};

void TestGraphBatch::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listenOnLoopback());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_client = std::make_unique<GraphClient>();
    m_client->setNetworkAccessManager(m_nam.get());
    m_client->setEndpoints({m_server->baseUrl(), m_server->baseUrl(), QStringLiteral("t")});
    m_client->setTokenProvider(&m_tokens);
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxAttempts = 4;
    m_client->setRetryPolicy(policy);
}

void TestGraphBatch::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

BatchReply* TestGraphBatch::wait(BatchReply* reply)
{
    reply->setAutoDelete(false);
    reply->setParent(this);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &BatchReply::finished);
        spy.wait(15000);
    }
    return reply;
}

void TestGraphBatch::answerItems(const std::function<QJsonObject(const QJsonObject&)>& perItem)
{
    m_server->setHandler([perItem](const TestHttpServer::Request& r) {
        const QJsonArray requests
            = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("requests")).toArray();
        return TestHttpServer::Response::json(200, answer(requests, perItem));
    });
}

QList<QJsonArray> TestGraphBatch::batchesReceived() const
{
    QList<QJsonArray> batches;
    for (const auto& r : m_server->requests()) {
        batches.append(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("requests")).toArray());
    }
    return batches;
}

void TestGraphBatch::fortyFiveItemsInThreeBatchesWithItemRetry()
{
    int throttledOnce = 0;
    answerItems([&](const QJsonObject& item) {
        if (item.value(QStringLiteral("id")).toString() == QLatin1String("17") && throttledOnce++ == 0) {
            return failed(QStringLiteral("17"), 429, QStringLiteral("0.2"), QStringLiteral("TooManyRequests"));
        }
        return ok(item);
    });
    QList<BatchItem> items;
    for (int i = 0; i < 45; ++i) {
        BatchItem item;
        item.id = QString::number(i);
        item.url = QStringLiteral("/users/u%1?$select=id").arg(i);
        items.append(item);
    }
    QElapsedTimer timer;
    timer.start();
    BatchReply* reply = wait(m_client->batch(items));
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->error());
    QVERIFY2(timer.elapsed() >= 180, "the item's own Retry-After (0.2 s) is honoured");
    const auto batches = batchesReceived();
    QCOMPARE(batches.size(), 4); // 20 + 20 + 5, then the one throttled item alone
    QCOMPARE(batches.at(0).size(), 20);
    QCOMPARE(batches.at(1).size(), 20);
    QCOMPARE(batches.at(2).size(), 5);
    QCOMPARE(batches.at(3).size(), 1);
    QCOMPARE(batches.at(3).at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("17"));
    QCOMPARE(reply->batchesSent(), 4);
    const auto results = reply->results();
    QCOMPARE(results.size(), 45);
    for (int i = 0; i < 45; ++i) {
        const BatchItemResult r = results.value(QString::number(i));
        QCOMPARE(r.status, 200);
        // Answers came back reversed; each maps to its own request.
        QCOMPARE(r.body.value(QStringLiteral("echo")).toString(), QStringLiteral("/users/u%1?$select=id").arg(i));
    }
    QCOMPARE(results.value(QStringLiteral("17")).attempts, 2);
    QCOMPARE(results.value(QStringLiteral("16")).attempts, 1);
    QCOMPARE(m_server->requests().first().target, QByteArray("/v1.0/$batch"));
    // Sub-request URLs go out as given: relative, no version prefix.
    QCOMPARE(batches.at(0).at(0).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("/users/u0?$select=id"));
    QVERIFY(!batches.at(0).at(0).toObject().contains(QStringLiteral("body")));
    QVERIFY(!batches.at(0).at(0).toObject().contains(QStringLiteral("headers")));
    QCOMPARE(m_client->counters()->snapshot().retries, 1);
}

void TestGraphBatch::dependsOnAnd424()
{
    answerItems([](const QJsonObject& item) {
        const QString id = item.value(QStringLiteral("id")).toString();
        if (id == QLatin1String("create")) {
            return failed(id, 403, {}, QStringLiteral("Authorization_RequestDenied"));
        }
        if (item.value(QStringLiteral("dependsOn")).toArray().contains(QStringLiteral("create"))) {
            return failed(id, 424);
        }
        return ok(item);
    });
    BatchItem create {QStringLiteral("create"),
                      "POST",
                      QStringLiteral("/servicePrincipals"),
                      QJsonObject {{QStringLiteral("appId"), QStringLiteral("x")}},
                      {},
                      {}};
    BatchItem grant {QStringLiteral("grant"),
                     "POST",
                     QStringLiteral("/oauth2PermissionGrants"),
                     QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read")}},
                     {},
                     {QStringLiteral("create")}};
    BatchItem other {QStringLiteral("other"), "GET", QStringLiteral("/me"), {}, {}, {}};
    BatchReply* reply = wait(m_client->batch({create, grant, other}));
    QCOMPARE(reply->result(QStringLiteral("create")).status, 403);
    QCOMPARE(reply->result(QStringLiteral("create")).error.kind, GraphError::Kind::PermissionDenied);
    QCOMPARE(reply->result(QStringLiteral("create")).error.code, QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(reply->result(QStringLiteral("grant")).status, 424);
    QCOMPARE(reply->result(QStringLiteral("other")).status, 200);
    const QJsonArray sent = batchesReceived().first();
    QCOMPARE(sent.at(1).toObject().value(QStringLiteral("dependsOn")).toArray(), QJsonArray {QStringLiteral("create")});
    QCOMPARE(batchesReceived().size(), 1); // 403 and 424 are answers, not reasons to retry
}

void TestGraphBatch::retriedDependencyTakesItsDependentsAlong()
{
    answerItems([this](const QJsonObject& item) {
        const QString id = item.value(QStringLiteral("id")).toString();
        const bool first = m_server->requestCount() == 1;
        if (first && id == QLatin1String("group")) {
            return failed(id, 503, QStringLiteral("0.05"));
        }
        if (first && id == QLatin1String("member")) {
            return failed(id, 424);
        }
        return ok(item);
    });
    BatchItem group {QStringLiteral("group"), "POST", QStringLiteral("/groups"), {}, {}, {}};
    BatchItem member {
        QStringLiteral("member"), "POST", QStringLiteral("/groups/x/members/$ref"), {}, {}, {QStringLiteral("group")}};
    BatchItem unrelated {QStringLiteral("me"), "GET", QStringLiteral("/me"), {}, {}, {}};
    BatchReply* reply = wait(m_client->batch({group, member, unrelated}));
    QVERIFY(!reply->error());
    const auto batches = batchesReceived();
    QCOMPARE(batches.size(), 2);
    const QJsonArray second = batches.at(1);
    QCOMPARE(second.size(), 2); // the 503 item and the 424 that depended on it; not the finished GET
    QCOMPARE(second.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("group"));
    QCOMPARE(second.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("member"));
    QCOMPARE(second.at(1).toObject().value(QStringLiteral("dependsOn")).toArray(),
             QJsonArray {QStringLiteral("group")});
    QCOMPARE(reply->result(QStringLiteral("group")).status, 200);
    QCOMPARE(reply->result(QStringLiteral("member")).status, 200);
    QCOMPARE(reply->result(QStringLiteral("me")).attempts, 1);
}

void TestGraphBatch::itemThrottledUntilRetriesRunOut()
{
    answerItems([](const QJsonObject& item) {
        return failed(item.value(QStringLiteral("id")),
                      429,
                      QStringLiteral("0.01"),
                      QStringLiteral("TooManyRequests"),
                      QJsonObject {{QStringLiteral("request-id"), QStringLiteral("r-9")}});
    });
    BatchReply* reply
        = wait(m_client->batch({BatchItem {QStringLiteral("1"), "GET", QStringLiteral("/me"), {}, {}, {}}}));
    QVERIFY(!reply->error()); // the batch worked; the item did not
    const BatchItemResult r = reply->result(QStringLiteral("1"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.error.kind, GraphError::Kind::Throttled);
    QCOMPARE(r.error.code, QStringLiteral("TooManyRequests"));
    QCOMPARE(r.error.requestId, QStringLiteral("r-9"));
    QCOMPARE(r.attempts, m_client->retryPolicy().maxAttempts);
    QCOMPARE(reply->batchesSent(), m_client->retryPolicy().maxAttempts);
}

void TestGraphBatch::dependentChainsStayTogether()
{
    answerItems(ok);
    QList<BatchItem> items;
    for (int i = 0; i < 18; ++i) {
        items.append(BatchItem {QStringLiteral("a%1").arg(i), "GET", QStringLiteral("/x"), {}, {}, {}});
    }
    // A chain of 4 that would straddle the first batch if packed naively.
    for (int i = 0; i < 4; ++i) {
        BatchItem item {QStringLiteral("c%1").arg(i), "GET", QStringLiteral("/y"), {}, {}, {}};
        if (i > 0) {
            item.dependsOn = {QStringLiteral("c%1").arg(i - 1)};
        }
        items.append(item);
    }
    BatchReply* reply = wait(m_client->batch(items));
    QCOMPARE(reply->results().size(), 22);
    const auto batches = batchesReceived();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.at(0).size(), 18);
    QCOMPARE(batches.at(1).size(), 4);
}

void TestGraphBatch::bodiesGetContentType()
{
    answerItems(ok);
    BatchItem patch {QStringLiteral("1"),
                     "PATCH",
                     QStringLiteral("/oauth2PermissionGrants/abc"),
                     QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read")}},
                     {},
                     {}};
    BatchItem action {QStringLiteral("2"), "POST", QStringLiteral("/users/u1/revokeSignInSessions"), {}, {}, {}};
    BatchItem withHeader {QStringLiteral("3"),
                          "POST",
                          QStringLiteral("/groups"),
                          QJsonObject {{QStringLiteral("displayName"), QStringLiteral("g")}},
                          {{"content-type", "application/json; charset=utf-8"}},
                          {}};
    wait(m_client->batch({patch, action, withHeader}));
    const QJsonArray batch = batchesReceived().first();
    const QJsonObject sent = batch.at(0).toObject();
    QCOMPARE(sent.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Content-Type")).toString(),
             QStringLiteral("application/json"));
    QCOMPARE(sent.value(QStringLiteral("body")).toObject().value(QStringLiteral("scope")).toString(),
             QStringLiteral("User.Read"));
    QCOMPARE(sent.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
    // A write without parameters still carries {} and its Content-Type.
    const QJsonObject empty = batch.at(1).toObject();
    QVERIFY(empty.value(QStringLiteral("body")).isObject());
    QCOMPARE(empty.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Content-Type")).toString(),
             QStringLiteral("application/json"));
    // A caller's own Content-Type is kept, not doubled.
    const QJsonObject own = batch.at(2).toObject().value(QStringLiteral("headers")).toObject();
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.value(QStringLiteral("content-type")).toString(), QStringLiteral("application/json; charset=utf-8"));
}

void TestGraphBatch::versionIsTheBatchUrls()
{
    answerItems(ok);
    wait(m_client->batch({BatchItem {QStringLiteral("1"), "GET", QStringLiteral("/policies/x"), {}, {}, {}}},
                         QStringLiteral("beta")));
    QCOMPARE(m_server->requests().first().target, QByteArray("/beta/$batch"));
}

void TestGraphBatch::wholeBatchFailure()
{
    m_server->setHandler([](const auto&) {
        return TestHttpServer::Response::json(
            500, R"({"error":{"code":"InternalServerError","message":"boom","innerError":{"request-id":"b-1"}}})");
    });
    BatchItem a {QStringLiteral("a"), "GET", QStringLiteral("/me"), {}, {}, {}};
    BatchItem b {QStringLiteral("b"), "DELETE", QStringLiteral("/oauth2PermissionGrants/g1"), {}, {}, {}};
    BatchReply* reply = wait(m_client->batch({a, b}));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, GraphError::Kind::Http);
    QCOMPARE(reply->error().httpStatus, 500);
    QCOMPARE(reply->error().requestId, QStringLiteral("b-1"));
    QCOMPARE(reply->results().size(), 2);
    QCOMPARE(reply->result(QStringLiteral("a")).status, 0);
    QCOMPARE(reply->result(QStringLiteral("a")).error.httpStatus, 500);
    QCOMPARE(m_server->requestCount(), 1); // a $batch with a write may have been applied: a 500 is not retried
}

void TestGraphBatch::batchOfReadsIsSentAgainBatchWithWritesOnce()
{
    // The connection closes before any answer: a $batch of reads is sent again (it changes nothing); a $batch with a
    // write is sent once — Graph may have applied it — and every item reports the network failure.
    m_server->setHandler([this](const TestHttpServer::Request& r) {
        if (m_server->requestCount() % 2 == 1) {
            TestHttpServer::Response closed;
            closed.closeUnanswered = true;
            return closed;
        }
        const QJsonArray requests
            = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("requests")).toArray();
        return TestHttpServer::Response::json(200, answer(requests, [](const QJsonObject& item) {
                                                  return QJsonObject {
                                                      {QStringLiteral("id"), item.value(QStringLiteral("id"))},
                                                      {QStringLiteral("status"), 200},
                                                      {QStringLiteral("body"), QJsonObject {}}};
                                              }));
    });
    BatchReply* reads = wait(m_client->batch(
        {BatchItem {QStringLiteral("1"), "GET", QStringLiteral("/me"), {}, {}, {}},
         BatchItem {
             QStringLiteral("2"), "POST", QStringLiteral("/directoryObjects/getByIds"), QJsonObject {}, {}, {}}}));
    QVERIFY(!reads->error());
    QCOMPARE(reads->result(QStringLiteral("1")).status, 200);
    QCOMPARE(m_server->requestCount(), 2);

    m_server->reset();
    BatchReply* writes = wait(m_client->batch(
        {BatchItem {QStringLiteral("1"), "GET", QStringLiteral("/me"), {}, {}, {}},
         BatchItem {QStringLiteral("2"), "DELETE", QStringLiteral("/oauth2PermissionGrants/g1"), {}, {}, {}}}));
    QVERIFY(writes->error());
    QCOMPARE(writes->result(QStringLiteral("2")).error.kind, GraphError::Kind::Network);
    QCOMPARE(m_server->requestCount(), 1);
}

// A 504 may come after the backend made the change (Graph's gateway gave up waiting): a read answered 504 is sent
// again, a write is not — its 504 is the answer, an outcome unknown that the caller reads back (WriteRunner).
void TestGraphBatch::gatewayTimeoutOfAWriteItemIsNotSentAgain()
{
    answerItems([this](const QJsonObject& item) {
        const QString id = item.value(QStringLiteral("id")).toString();
        if (m_server->requestCount() == 1 && id != QLatin1String("ok")) {
            return failed(id, 504, QStringLiteral("0"), QStringLiteral("GatewayTimeout"));
        }
        return ok(item);
    });
    const QJsonObject grant {{QStringLiteral("clientId"), QStringLiteral("c1")},
                             {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                             {QStringLiteral("resourceId"), QStringLiteral("r1")},
                             {QStringLiteral("scope"), QStringLiteral("User.Read")}};
    BatchReply* reply = wait(m_client->batch(
        {BatchItem {QStringLiteral("read"), "GET", QStringLiteral("/me"), {}, {}, {}},
         BatchItem {QStringLiteral("getByIds"),
                    "POST",
                    QStringLiteral("/directoryObjects/getByIds"),
                    QJsonObject {{QStringLiteral("ids"), QJsonArray {QStringLiteral("x")}}},
                    {},
                    {}},
         BatchItem {QStringLiteral("create"), "POST", QStringLiteral("/oauth2PermissionGrants"), grant, {}, {}},
         BatchItem {QStringLiteral("patch"),
                    "PATCH",
                    QStringLiteral("/oauth2PermissionGrants/g1"),
                    QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read")}},
                    {},
                    {}},
         BatchItem {QStringLiteral("delete"), "DELETE", QStringLiteral("/oauth2PermissionGrants/g2"), {}, {}, {}},
         BatchItem {QStringLiteral("ok"), "DELETE", QStringLiteral("/oauth2PermissionGrants/g3"), {}, {}, {}}}));
    QVERIFY(!reply->error()); // the batch was answered; some of its items failed
    const auto batches = batchesReceived();
    QCOMPARE(batches.size(), 2);
    QStringList again;
    for (const QJsonValue& item : batches.at(1)) {
        again << item.toObject().value(QStringLiteral("id")).toString();
    }
    again.sort();
    QCOMPARE(again, (QStringList {QStringLiteral("getByIds"), QStringLiteral("read")})); // the reads, nothing else
    QCOMPARE(reply->result(QStringLiteral("read")).status, 200);
    QCOMPARE(reply->result(QStringLiteral("getByIds")).status, 200);
    QCOMPARE(reply->result(QStringLiteral("ok")).status, 200);
    for (const char* id : {"create", "patch", "delete"}) {
        const BatchItemResult r = reply->result(QString::fromLatin1(id));
        QCOMPARE(r.status, 504);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.error.httpStatus, 504);
        QVERIFY2(Journal::isOutcomeUnknown(r.error), id); // read back, not taken for "not made"
    }
}

void TestGraphBatch::invalidBatchesAreRejected()
{
    BatchItem a {QStringLiteral("1"), "GET", QStringLiteral("/x"), {}, {}, {}};
    BatchItem b {QStringLiteral("1"), "GET", QStringLiteral("/y"), {}, {}, {}};
    QCOMPARE(wait(m_client->batch({a, b}))->error().kind, GraphError::Kind::Protocol);
    BatchItem c {QStringLiteral("2"), "GET", QStringLiteral("/y"), {}, {}, {QStringLiteral("missing")}};
    QCOMPARE(wait(m_client->batch({a, c}))->error().kind, GraphError::Kind::Protocol);
    QCOMPARE(wait(m_client->batch({}))->error().kind, GraphError::Kind::Protocol);
    BatchItem self {QStringLiteral("3"), "GET", QStringLiteral("/y"), {}, {}, {QStringLiteral("3")}};
    QCOMPARE(wait(m_client->batch({self}))->error().kind, GraphError::Kind::Protocol);
    for (const QString& url : {QStringLiteral("/v1.0/users"),
                               QStringLiteral("/beta/users"),
                               QStringLiteral("v1.0/users"),
                               QStringLiteral("https://graph.microsoft.com/v1.0/users"),
                               QString()}) {
        BatchItem bad {QStringLiteral("x"), "GET", url, {}, {}, {}};
        QCOMPARE(wait(m_client->batch({a, bad}))->error().kind, GraphError::Kind::Protocol);
    }
    QList<BatchItem> chain;
    for (int i = 0; i < 21; ++i) {
        chain.append(BatchItem {QStringLiteral("c%1").arg(i), "GET", QStringLiteral("/x"), {}, {}, {}});
        if (i > 0) {
            chain.last().dependsOn = {QStringLiteral("c%1").arg(i - 1)};
        }
    }
    QCOMPARE(wait(m_client->batch(chain))->error().kind, GraphError::Kind::Protocol); // cannot fit in one $batch
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestGraphBatch)
#include "TestGraphBatch.moc"
