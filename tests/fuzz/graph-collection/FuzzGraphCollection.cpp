// Fuzz target "graph-collection": GraphClient — ConsentDesk's only HTTP layer — against whatever a server answers.
// The input is a script of HTTP answers (tests/fuzz/support/ScriptedResponse.h: status, headers, body; DROP;
// TRUNCATED), played by a QNetworkAccessManager without a network. Three operations run one after the other and take
// the answers in order:
//   1. getCollection(GET /servicePrincipals?$select=…&$count=true): pages, @odata.count, @odata.nextLink (followed
//      verbatim), 401/429/503 retries with Retry-After;
//   2. send(PATCH /oauth2PermissionGrants/{id}): a single write;
//   3. batch() of a GET, a PATCH and a DELETE that depends on it: the $batch answer, per-item retries and 424s.
// Oracles besides the sanitizers: every operation finishes (no hang); the bearer token only ever goes to the
// configured Graph origin, whatever nextLink a page names; a write (PATCH, POST) is only sent again after an answer
// that says it was not applied (401 before a fresh token, 429, 503, 504) — never after a dropped or cut-off answer or
// another 5xx (a $batch of GETs only reads, and may be); a collection's items() are exactly the items of the pages
// it reported.
#include "FuzzEnvironment.h"
#include "ScriptedNetworkAccessManager.h"
#include "ScriptedResponse.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QUrl kGraph(QStringLiteral("http://127.0.0.1:8080"));
const QUrl kExchange(QStringLiteral("http://127.0.0.1:8081"));

void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "graph-collection: %s: %s\n", what, qPrintable(detail.left(400)));
    std::abort();
}

struct Harness
{
    ScriptedNetworkAccessManager nam;
    StaticTokenProvider tokens {"fuzz-graph-token", "fuzz-exchange-token"};
    GraphClient client;

    Harness()
    {
        client.setNetworkAccessManager(&nam);
        client.setTokenProvider(&tokens);
        client.setEndpoints({kGraph, kExchange, QStringLiteral("contoso.onmicrosoft.com")});
        RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelayMs = 1;
        policy.maxDelayMs = 2;
        policy.maxTotalWaitMs = 30; // a Retry-After longer than this ends the operation instead of waiting
        policy.jitter = 0;
        client.setRetryPolicy(policy);
    }
};

Harness* g_harness = nullptr;

// A $batch is a POST, but one whose items are all GETs only reads: GraphClient sends it again after a dropped
// connection, as it would each GET.
bool isReadOnlyBatch(const ScriptedNetworkAccessManager::Sent& sent)
{
    if (sent.method != "POST" || !sent.url.path().endsWith(QLatin1String("/$batch"))) {
        return false;
    }
    const QJsonArray requests = QJsonDocument::fromJson(sent.body).object().value(QStringLiteral("requests")).toArray();
    return !requests.isEmpty() && std::all_of(requests.begin(), requests.end(), [](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("method")).toString() == QLatin1String("GET");
    });
}

bool isWrite(const ScriptedNetworkAccessManager::Sent& sent)
{
    return (sent.method == "POST" || sent.method == "PATCH" || sent.method == "PUT") && !isReadOnlyBatch(sent);
}

bool notApplied(const ScriptedResponse& answer)
{
    return !answer.truncated
           && (answer.status == 401 || answer.status == 429 || answer.status == 503 || answer.status == 504);
}

// The requests one operation sent: [from, to) of nam.sent().
void checkSent(qsizetype from, qsizetype to, const QUrl& origin, const QByteArray& token)
{
    const auto& sent = g_harness->nam.sent();
    for (qsizetype i = from; i < to; ++i) {
        const auto& s = sent.at(i);
        if (s.url.scheme() != origin.scheme() || s.url.host() != origin.host() || s.url.port() != origin.port()) {
            fail("a request left the configured origin", s.url.toString());
        }
        if (s.authorization != "Bearer " + token) {
            fail("a request carried an unexpected Authorization header", s.url.toString());
        }
        if (i == from || !isWrite(s)) {
            continue;
        }
        const auto& previous = sent.at(i - 1);
        if (previous.method != s.method || previous.url != s.url || notApplied(previous.answer)) {
            continue;
        }
        // The same write again after an answer that may have applied it. For $batch that is allowed for the items
        // the previous answer said were not applied (429/503/504, or 424 behind one of those) and for nothing else.
        const bool isBatch = s.url.path().endsWith(QLatin1String("/$batch"));
        if (isBatch && previous.answer.status >= 200 && previous.answer.status < 300) {
            QHash<QString, int> statuses;
            const QJsonObject answer = QJsonDocument::fromJson(previous.answer.body).object();
            for (const auto& v : answer.value(QStringLiteral("responses")).toArray()) {
                statuses.insert(v.toObject().value(QStringLiteral("id")).toString(),
                                v.toObject().value(QStringLiteral("status")).toInt());
            }
            const QJsonObject again = QJsonDocument::fromJson(s.body).object();
            for (const auto& v : again.value(QStringLiteral("requests")).toArray()) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                const int status = statuses.value(id);
                if (status != 429 && status != 503 && status != 504 && status != 424) {
                    fail("a batch item was sent again although its answer may have applied it",
                         id + QStringLiteral(" had status %1").arg(status));
                }
            }
            continue;
        }
        fail("a write was sent again after an answer that may have applied it",
             QString::fromLatin1(s.method) + QLatin1Char(' ') + s.url.toString());
    }
}

template<class Reply> void wait(Reply* reply, const char* what)
{
    QPointer<Reply> guard(reply);
    bool finished = false;
    QObject::connect(reply, &Reply::finished, [&finished] { finished = true; });
    FuzzEnvironment::runUntil([&] { return finished || !guard; }, 10000, what);
    if (!finished) {
        fail("a reply was deleted without finishing", QString::fromLatin1(what));
    }
}

void collection()
{
    const qsizetype from = g_harness->nam.sent().size();
    GraphRequest request = GraphRequest::get(
        QStringLiteral("/servicePrincipals"),
        ODataQuery().select({QStringLiteral("id"), QStringLiteral("appId"), QStringLiteral("displayName")}).count());
    GraphReply* reply = g_harness->client.getCollection(request);
    reply->setAutoDelete(false);
    qsizetype pageItems = 0;
    QObject::connect(
        reply, &GraphReply::pageReceived, [&pageItems](const QJsonArray& page) { pageItems += page.size(); });
    wait(reply, "getCollection");
    if (reply->items().size() != pageItems) {
        fail("items() differ from the pages received",
             QStringLiteral("%1 items, %2 in pages").arg(reply->items().size()).arg(pageItems));
    }
    reply->error().summary();
    delete reply;
    checkSent(from, g_harness->nam.sent().size(), kGraph, "fuzz-graph-token");
}

void write()
{
    const qsizetype from = g_harness->nam.sent().size();
    GraphReply* reply = g_harness->client.send(
        GraphRequest::patch(QStringLiteral("/oauth2PermissionGrants/abc"),
                            QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read")}}));
    reply->setAutoDelete(false);
    wait(reply, "send PATCH");
    reply->error().summary();
    reply->json();
    delete reply;
    checkSent(from, g_harness->nam.sent().size(), kGraph, "fuzz-graph-token");
}

void batch()
{
    const qsizetype from = g_harness->nam.sent().size();
    QList<BatchItem> items;
    items.append({QStringLiteral("1"), "GET", QStringLiteral("/users?$top=1"), {}, {}, {}});
    items.append({QStringLiteral("2"),
                  "PATCH",
                  QStringLiteral("/servicePrincipals/x"),
                  QJsonObject {{QStringLiteral("accountEnabled"), false}},
                  {},
                  {}});
    items.append(
        {QStringLiteral("3"), "DELETE", QStringLiteral("/oauth2PermissionGrants/y"), {}, {}, {QStringLiteral("2")}});
    BatchReply* reply = g_harness->client.batch(items);
    reply->setAutoDelete(false);
    wait(reply, "batch");
    for (const auto& id : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
        const BatchItemResult result = reply->result(id);
        if (result.status == 0 && !result.error) {
            fail("a batch item has neither an answer nor an error", id);
        }
        result.error.summary();
    }
    delete reply;
    checkSent(from, g_harness->nam.sent().size(), kGraph, "fuzz-graph-token");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 512 * 1024) {
        return -1;
    }
    FuzzEnvironment::init();
    if (!g_harness) {
        g_harness = new Harness;
    }
    g_harness->nam.setScript(
        ScriptedResponse::parseScript(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))));
    collection();
    write();
    batch();
    return 0;
}
