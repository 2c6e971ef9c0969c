#pragma once

#include "BatchReply.h"
#include "GraphReply.h"
#include "GraphRequest.h"
#include "RetryPolicy.h"
#include "TokenProvider.h"

#include <QObject>
#include <QQueue>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

class GraphCounters;
class QNetworkAccessManager;
class QNetworkReply;

/**
 * The one HTTP layer of ConsentDesk: every call to Microsoft Graph and to Exchange's admin API goes through it.
 *
 * Every request carries the bearer token from the TokenProvider, a fresh client-request-id (with
 * return-client-request-id), Accept: application/json and the ConsentDesk User-Agent. Collections follow
 * @odata.nextLink verbatim and re-send ConsistencyLevel on every page; batch() packs sub-requests 20 a time.
 *
 * Retries (RetryPolicy bounds attempts and total wait; every retry is counted):
 * - 429/503: after Retry-After (seconds, fractions, or an HTTP date), else exponential backoff; any method.
 * - 504 (the gateway gave up on a backend that may have made the change), other 5xx and transport failures (refused,
 * reset, dropped mid-answer, timeout): backoff, but only for idempotent methods (GET/PUT/DELETE/HEAD) — a POST/PATCH
 * that may have been applied is not sent twice.
 * - 401: the provider is asked once with forceRefresh; a second 401 is SignInRequired.
 * At most maxInFlight() requests are on the wire; the rest wait in FIFO order (GraphRequest::urgent ones first).
 * Nothing blocks: timers only.
 *
 * Limits: a response body larger than maxResponseBytes() is not read to the end; a collection stops after maxPages()
 * pages, after 16 × maxResponseBytes() in total, at a repeated nextLink, or when three pages in a row repeat the
 * items of pages already received (a loop with fresh links).
 *
 * Safety: plain http:// only to loopback (127.0.0.0/8, ::1, localhost); the token only goes to the configured
 * graph/exchange origin (a nextLink elsewhere is refused with InsecureUrl, before any I/O). Logs: one debug
 * line per exchange (method, URL without query, status, ms, client-request-id) — never tokens or bodies.
 *
 * Replies are children of the client and delete themselves after finished() (see GraphReply::setAutoDelete).
 */
class GraphClient : public QObject
{
    Q_OBJECT

public:
    struct Endpoints
    {
        QUrl graph; // root without version: https://graph.microsoft.com
        QUrl exchange; // root: https://outlook.office365.com
        QString tenant; // for Exchange's /adminapi/beta/{tenant}/
    };

    explicit GraphClient(QObject* parent = nullptr);
    ~GraphClient() override;

    void setEndpoints(const Endpoints& endpoints);
    Endpoints endpoints() const { return m_endpoints; }
    void setTokenProvider(TokenProvider* provider); // not owned
    void setNetworkAccessManager(QNetworkAccessManager* nam); // not owned; default: an own one
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setMaxInFlight(int n); // default 4; at least 1
    int maxInFlight() const { return m_maxInFlight; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; } // no bytes for this long: Timeout (retried)

    // Limits against a server that never stops (a proxy or an impostor; Graph and Exchange never come close): one
    // response body (default 64 MiB, or CONSENTDESK_MAX_RESPONSE_MB), the pages one collection read follows (default
    // 10000) and the bytes it reads over all its pages (16 times the body limit). Each fails the read with a
    // Protocol error (code responseTooLarge, tooManyPages, collectionTooLarge) that says what happened; what arrived
    // before stays in items().
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = std::max<qint64>(1, bytes); }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxPages(int pages) { m_maxPages = std::max(1, pages); }
    int maxPages() const { return m_maxPages; }
    static qint64 defaultMaxResponseBytes(); // 64 MiB, unless CONSENTDESK_MAX_RESPONSE_MB names another size

    GraphReply* send(const GraphRequest& request); // one request; the answer in json()
    // Every page: pageReceived() as each arrives, then finished() with items() = all, odataCount() from page one.
    GraphReply* getCollection(const GraphRequest& request);
    // Any number of items, in $batch requests of at most 20 (dependsOn chains kept together); per-item 429/503, and
    // 504 of a read (and the 424s they caused), are re-sent after their Retry-After. A write answered 504 is not.
    BatchReply* batch(const QList<BatchItem>& items, const QString& version = QStringLiteral("v1.0"));
    // Exchange Online admin API: POST {exchange}/adminapi/beta/{tenant}/InvokeCommand; rows in items(). A write
    // passes its journal entry's id as the client-request-id (else a fresh one, as for every request).
    GraphReply*
    invokeExchangeCommand(const QString& cmdlet, const QJsonObject& parameters, const QString& clientRequestId = {});

    GraphCounters* counters() const { return m_counters; }

    // Plain http only to loopback (127.0.0.0/8, ::1, localhost).
    static bool isLoopbackHost(const QString& host);
    QUrl resolve(const GraphRequest& request) const; // the URL send() would use (empty: no endpoint configured)

private:
    struct Operation;
    struct BatchRun;

    GraphReply* start(const GraphRequest& request, bool collection);
    void attempt(const std::shared_ptr<Operation>& op);
    void transmit(const std::shared_ptr<Operation>& op, const AccessToken& token);
    void onNetworkFinished(const std::shared_ptr<Operation>& op, QNetworkReply* reply);
    void handleSuccess(const std::shared_ptr<Operation>& op, const QByteArray& body);
    bool scheduleRetry(const std::shared_ptr<Operation>& op, int delayMs);
    void finish(const std::shared_ptr<Operation>& op, GraphError error);
    GraphError checkUrl(const QUrl& url, TokenResource resource) const;
    void checkResponseSize(const std::shared_ptr<Operation>& op, QNetworkReply* reply, qint64 bytes);
    GraphError
    errorFor(const std::shared_ptr<Operation>& op, int status, const QByteArray& body, QNetworkReply* reply) const;

    void runBatchChunk(const std::shared_ptr<BatchRun>& run, QList<BatchItem> chunk, int round, int waitedMs);

    void acquireSlot(std::function<void()> start, bool urgent = false);
    void releaseSlot();

    Endpoints m_endpoints;
    TokenProvider* m_tokens = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    bool m_ownsNam = false;
    RetryPolicy m_policy;
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    int m_transferTimeoutMs = 60000;
    qint64 m_maxResponseBytes = defaultMaxResponseBytes();
    int m_maxPages = 10000;
    QQueue<std::function<void()>> m_waiting;
    GraphCounters* m_counters = nullptr;
};
