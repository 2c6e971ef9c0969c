#pragma once

#include "BatchReply.h"
#include "GraphReply.h"
#include "GraphRequest.h"
#include "RetryPolicy.h"
#include "TokenProvider.h"

#include <QObject>
#include <QQueue>
#include <QUrl>

#include <functional>
#include <memory>

class GraphCounters;
class QNetworkAccessManager;
class QNetworkReply;

/**
 * The one HTTP layer of ConsentDesk: every call to Microsoft Graph and to Exchange's admin API goes through it.
 *
 * It adds the bearer token, a fresh client-request-id and Accept headers; follows @odata.nextLink verbatim;
 * batches with $batch (20 a time); retries 429/503/504 after Retry-After and transient failures with
 * backoff, within bounds; refreshes the token once on a 401; caps requests in flight; refuses plain http
 * to anything but this machine; and turns every failure into a GraphError. Never blocks the event loop.
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
    void setMaxInFlight(int n);
    int maxInFlight() const { return m_maxInFlight; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    GraphReply* send(const GraphRequest& request);
    GraphReply* getCollection(const GraphRequest& request);
    BatchReply* batch(const QList<BatchItem>& items, const QString& version = QStringLiteral("v1.0"));
    // Exchange Online admin API: POST {exchange}/adminapi/beta/{tenant}/InvokeCommand; rows in items().
    GraphReply* invokeExchangeCommand(const QString& cmdlet, const QJsonObject& parameters);

    GraphCounters* counters() const { return m_counters; }

    // Plain http only to loopback (127.0.0.0/8, ::1, localhost).
    static bool isLoopbackHost(const QString& host);
    QUrl resolve(const GraphRequest& request) const;

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
    GraphError
    errorFor(const std::shared_ptr<Operation>& op, int status, const QByteArray& body, QNetworkReply* reply) const;

    void runBatchChunk(const std::shared_ptr<BatchRun>& run, QList<BatchItem> chunk, int round);

    void acquireSlot(std::function<void()> start);
    void releaseSlot();

    Endpoints m_endpoints;
    TokenProvider* m_tokens = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    bool m_ownsNam = false;
    RetryPolicy m_policy;
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    int m_transferTimeoutMs = 60000;
    QQueue<std::function<void()>> m_waiting;
    GraphCounters* m_counters = nullptr;
};
