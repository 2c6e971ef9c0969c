#include "GraphClient.h"

#include "ConsentDeskVersion.h"
#include "GraphCounters.h"
#include "LoopbackAwareProxyFactory.h"
#include "OneShotUploadDevice.h"
#include "async/Async.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <numeric>

struct GraphClient::Operation
{
    QPointer<GraphReply> reply;
    GraphRequest request;
    bool collection = false;
    QUrl url;
    QSet<QString> seenLinks;
    int attempt = 0; // attempts for the current page
    qint64 waitedMs = 0;
    bool refreshedAfter401 = false;
    bool forceRefresh = false;
    bool done = false;
    QPointer<QNetworkReply> network;
    GraphError lastError;
    QElapsedTimer exchangeTimer;
    qint64 bytesSent = 0;
    bool tooLarge = false; // this response passed maxResponseBytes: aborted, not read to the end
    qint64 collectedBytes = 0; // over every page of a collection
    qint64 itemCount = 0;
    QSet<QByteArray> pageFingerprints; // of each page's item ids, to notice pages sent again
    int repeatedPages = 0; // consecutive pages that repeat one already received
};

struct GraphClient::BatchRun
{
    QPointer<BatchReply> reply;
    QString version;
};

namespace {

const QByteArray kUserAgent = QByteArrayLiteral("ConsentDesk/" CONSENTDESK_VERSION);

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A read stopped by one of the limits. No HTTP status: the answer was not taken, whatever its status line said.
GraphError limitError(const QString& code, const QString& message)
{
    GraphError e = GraphError::make(GraphError::Kind::Protocol, message);
    e.code = code;
    return e;
}

// "64 MiB" for the default limits, the exact byte count for others.
QString sizeText(qint64 bytes)
{
    constexpr qint64 mib = 1024 * 1024;
    return bytes % mib == 0 ? QStringLiteral("%1 MiB").arg(bytes / mib) : QStringLiteral("%1 bytes").arg(bytes);
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                  == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

GraphClient::GraphClient(QObject* parent)
    : QObject(parent)
    , m_counters(new GraphCounters(this))
{
    setNetworkAccessManager(nullptr); // an own manager until one is injected
}

GraphClient::~GraphClient() = default;

void GraphClient::setEndpoints(const Endpoints& endpoints)
{
    m_endpoints = endpoints;
}

void GraphClient::setTokenProvider(TokenProvider* provider)
{
    m_tokens = provider;
}

void GraphClient::setNetworkAccessManager(QNetworkAccessManager* nam)
{
    if (nam == m_nam && nam) {
        return;
    }
    if (m_ownsNam && m_nam) {
        m_nam->deleteLater(); // replies still running on it finish or are aborted with it
    }
    m_ownsNam = nam == nullptr;
    m_nam = nam;
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setProxyFactory(new LoopbackAwareProxyFactory); // owned by the manager
    }
}

qint64 GraphClient::defaultMaxResponseBytes()
{
    constexpr qint64 mib = 1024 * 1024;
    bool ok = false;
    const qint64 configured = qEnvironmentVariable("CONSENTDESK_MAX_RESPONSE_MB").trimmed().toLongLong(&ok);
    return ok && configured > 0 ? configured * mib : 64 * mib;
}

void GraphClient::setMaxInFlight(int n)
{
    m_maxInFlight = std::max(1, n);
    // A raised cap starts what was waiting at once rather than at the next completion.
    while (!m_waiting.isEmpty() && m_inFlight < m_maxInFlight) {
        ++m_inFlight;
        auto next = m_waiting.dequeue();
        m_counters->setLoad(m_inFlight, int(m_waiting.size()));
        next();
    }
}

bool GraphClient::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl GraphClient::resolve(const GraphRequest& request) const
{
    QUrl url;
    if (request.absoluteUrl.isValid() && !request.absoluteUrl.isEmpty()) {
        url = request.absoluteUrl;
    } else {
        const QUrl root = request.resource == TokenResource::Graph ? m_endpoints.graph : m_endpoints.exchange;
        if (!root.isValid() || root.isEmpty()) {
            return {};
        }
        QString base = root.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash);
        if (request.resource == TokenResource::Graph) {
            base += QLatin1Char('/') + request.version;
        } else {
            base
                += QStringLiteral("/adminapi/beta/") + QString::fromLatin1(QUrl::toPercentEncoding(m_endpoints.tenant));
        }
        // Tolerant: paths from GraphPath are already encoded; stray characters in a hand-written one get encoded.
        url = QUrl::fromEncoded((base + request.path).toUtf8(), QUrl::TolerantMode);
    }
    request.query.applyTo(url);
    return url;
}

GraphError GraphClient::checkUrl(const QUrl& url, TokenResource resource) const
{
    if (url.isEmpty()) {
        return GraphError::make(
            GraphError::Kind::Protocol,
            resource == TokenResource::Graph
                ? QCoreApplication::translate("GraphClient", "No Microsoft Graph endpoint is configured.")
                : QCoreApplication::translate("GraphClient", "No Exchange Online endpoint is configured."));
    }
    if (!url.isValid() || url.host().isEmpty()) {
        return GraphError::make(GraphError::Kind::InsecureUrl,
                                QCoreApplication::translate("GraphClient", "Invalid URL."));
    }
    if (url.scheme() == QLatin1String("http")) {
        if (!isLoopbackHost(url.host())) {
            return GraphError::make(
                GraphError::Kind::InsecureUrl,
                QCoreApplication::translate("GraphClient",
                                            "Refusing plain http:// to %1: tokens travel only over https "
                                            "(plain http is allowed to this computer only).")
                    .arg(url.host()));
        }
    } else if (url.scheme() != QLatin1String("https")) {
        return GraphError::make(GraphError::Kind::InsecureUrl,
                                QCoreApplication::translate("GraphClient", "Unsupported scheme %1.").arg(url.scheme()));
    }
    const QUrl root = resource == TokenResource::Graph ? m_endpoints.graph : m_endpoints.exchange;
    if (!root.isValid() || !sameOrigin(url, root)) {
        // The bearer token only ever goes to the configured API root (a nextLink pointing elsewhere is refused).
        return GraphError::make(
            GraphError::Kind::InsecureUrl,
            QCoreApplication::translate(
                "GraphClient", "Refusing to send the access token to %1, which is not the configured API root.")
                .arg(url.host()));
    }
    return {};
}

GraphReply* GraphClient::send(const GraphRequest& request)
{
    return start(request, false);
}

GraphReply* GraphClient::getCollection(const GraphRequest& request)
{
    return start(request, true);
}

GraphReply*
GraphClient::invokeExchangeCommand(const QString& cmdlet, const QJsonObject& parameters, const QString& clientRequestId)
{
    GraphRequest request = GraphRequest::post(QStringLiteral("/InvokeCommand"),
                                              QJsonObject {{QStringLiteral("CmdletInput"),
                                                            QJsonObject {{QStringLiteral("CmdletName"), cmdlet},
                                                                         {QStringLiteral("Parameters"), parameters}}}});
    request.resource = TokenResource::Exchange;
    // Get-/Test- cmdlets change nothing: the transport's retries apply to them as to a GET. Writes are never resent.
    request.readOnly = cmdlet.startsWith(QLatin1String("Get-"), Qt::CaseInsensitive)
                       || cmdlet.startsWith(QLatin1String("Test-"), Qt::CaseInsensitive);
    if (!clientRequestId.isEmpty()) {
        request.headers.insert("client-request-id", clientRequestId.toLatin1());
    }
    return start(request, true);
}

GraphReply* GraphClient::start(const GraphRequest& request, bool collection)
{
    auto* reply = new GraphReply(this);
    auto op = std::make_shared<Operation>();
    op->reply = reply;
    op->request = request;
    op->collection = collection;
    connect(reply, &GraphReply::aborted, this, [this, op] {
        if (op->network) {
            op->network->abort(); // finishes through onNetworkFinished as Cancelled
        } else {
            finish(
                op,
                GraphError::make(GraphError::Kind::Cancelled, QCoreApplication::translate("GraphClient", "Canceled.")));
        }
    });

    GraphError error;
    if (!request.query.isValid()) {
        error = GraphError::make(GraphError::Kind::Protocol,
                                 QStringLiteral("Invalid query: %1").arg(request.query.error()));
    } else {
        op->url = resolve(request);
        error = checkUrl(op->url, request.resource);
    }
    if (error) {
        // Report asynchronously so callers can always connect to finished() first.
        QTimer::singleShot(0, reply, [this, op, error] { finish(op, error); });
        return reply;
    }
    QTimer::singleShot(0, reply, [this, op] { attempt(op); });
    return reply;
}

void GraphClient::attempt(const std::shared_ptr<Operation>& op)
{
    if (op->done || !op->reply) {
        return;
    }
    if (op->reply->m_abortRequested) {
        finish(op,
               GraphError::make(GraphError::Kind::Cancelled, QCoreApplication::translate("GraphClient", "Canceled.")));
        return;
    }
    ++op->attempt;
    if (!m_tokens) {
        finish(op,
               GraphError::make(GraphError::Kind::SignInRequired,
                                QCoreApplication::translate("GraphClient", "Not signed in.")));
        return;
    }
    const bool force = op->forceRefresh;
    op->forceRefresh = false;
    // The reply is the context: aborted and gone meanwhile, the answer goes nowhere. A token at hand continues
    // inside this call.
    const QFuture<TokenProvider::Answer> asked = m_tokens->requestToken(op->request.resource, force);
    Async::then(asked, op->reply, [this, op](const TokenProvider::Answer& answer) {
        if (op->done) {
            return;
        }
        if (answer.error || !answer.token.isValid()) {
            GraphError e = answer.error
                               ? answer.error
                               : GraphError::make(GraphError::Kind::SignInRequired,
                                                  QCoreApplication::translate("GraphClient", "No access token."));
            if (e.kind != GraphError::Kind::Network && e.kind != GraphError::Kind::Timeout) {
                e.kind = e.kind == GraphError::Kind::TokenEndpoint ? e.kind : GraphError::Kind::SignInRequired;
            }
            finish(op, e);
            return;
        }
        acquireSlot([this, op, token = answer.token] { transmit(op, token); }, op->request.urgent);
    });
}

void GraphClient::transmit(const std::shared_ptr<Operation>& op, const AccessToken& token)
{
    if (op->done || !op->reply) {
        releaseSlot();
        return;
    }
    QNetworkRequest request(op->url);
    // A caller that journals the write names the id itself, so the journal, the reply and Graph's logs agree.
    QString clientRequestId;
    for (auto it = op->request.headers.cbegin(); it != op->request.headers.cend(); ++it) {
        if (it.key().compare("client-request-id", Qt::CaseInsensitive) == 0) {
            clientRequestId = QString::fromLatin1(it.value());
        }
    }
    if (clientRequestId.isEmpty()) {
        clientRequestId = newRequestId();
    }
    op->reply->m_clientRequestId = clientRequestId;
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + token.value);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", clientRequestId.toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    request.setHeader(QNetworkRequest::UserAgentHeader, kUserAgent);
    if (op->request.needsConsistencyLevel()) {
        request.setRawHeader("ConsistencyLevel", "eventual"); // Graph does not carry it over to the next page
    }
    for (auto it = op->request.headers.cbegin(); it != op->request.headers.cend(); ++it) {
        if (it.key().compare("authorization", Qt::CaseInsensitive) != 0 // the token comes from the provider only
            && it.key().compare("client-request-id", Qt::CaseInsensitive) != 0) { // set above, exactly once
            request.setRawHeader(it.key(), it.value());
        }
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_transferTimeoutMs);

    QByteArray body;
    if (op->request.hasBody || !op->request.body.isEmpty()) {
        body = QJsonDocument(op->request.body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    op->bytesSent = body.size();
    op->exchangeTimer.start();
    QNetworkReply* reply = nullptr;
    if (op->request.method == "GET") {
        reply = m_nam->get(request);
    } else if (!op->request.isIdempotent() && (!body.isEmpty() || op->request.method == "DELETE")) {
        // A write the server may have applied is sent once: Qt would resend it by itself when the connection closes
        // before the answer (see OneShotUploadDevice; a DELETE gets an empty one for that alone); the outcome is then
        // unknown, for the caller to settle.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto* device = new OneShotUploadDevice(body);
        reply = m_nam->sendCustomRequest(request, op->request.method, device);
        device->setParent(reply);
    } else {
        reply = m_nam->sendCustomRequest(request, op->request.method, body);
    }
    op->network = reply;
    // A body past the limit is not read to the end: its announced length stops it at once, its bytes as they come.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, op, reply] {
        checkResponseSize(op, reply, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, op, reply](qint64 received, qint64) {
        checkResponseSize(op, reply, received);
    });
    connect(reply, &QNetworkReply::finished, this, [this, op, reply] { onNetworkFinished(op, reply); });
}

void GraphClient::checkResponseSize(const std::shared_ptr<Operation>& op, QNetworkReply* reply, qint64 bytes)
{
    if (op->tooLarge || bytes <= m_maxResponseBytes || !reply->isRunning()) {
        return;
    }
    op->tooLarge = true;
    reply->abort(); // finishes through onNetworkFinished, which reports it
}

GraphError GraphClient::errorFor(const std::shared_ptr<Operation>& op,
                                 int status,
                                 const QByteArray& body,
                                 QNetworkReply* reply) const
{
    GraphError e = op->request.resource == TokenResource::Exchange
                       ? GraphError::fromExchange(status, body)
                       : GraphError::fromHttp(status, body, reply->rawHeader("request-id"));
    if (e.requestId.isEmpty()) {
        e.requestId = QString::fromLatin1(reply->rawHeader("request-id"));
    }
    if (e.clientRequestId.isEmpty()) {
        e.clientRequestId = op->reply ? op->reply->m_clientRequestId : QString();
    }
    return e;
}

void GraphClient::onNetworkFinished(const std::shared_ptr<Operation>& op, QNetworkReply* reply)
{
    reply->deleteLater();
    releaseSlot();
    op->network = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool tooLarge = op->tooLarge || reply->bytesAvailable() > m_maxResponseBytes;
    const QByteArray body = tooLarge ? QByteArray() : reply->readAll();
    const qint64 ms = op->exchangeTimer.elapsed();
    // Transport failures (codes below 200 in QNetworkReply) win over any status: a connection that dropped after
    // the status line delivered a truncated body, not an answer.
    const bool transportFailure = reply->error() != QNetworkReply::NoError && int(reply->error()) < 200;
    m_counters->recordExchange(
        QString::fromLatin1(op->request.method), transportFailure ? 0 : status, op->bytesSent, body.size(), ms);
    Log::get("graph")->debug("{} {} -> {} in {} ms (client-request-id {})",
                             QString::fromLatin1(op->request.method),
                             op->url,
                             status,
                             ms,
                             op->reply ? op->reply->m_clientRequestId : QString());
    if (op->done || !op->reply) {
        return;
    }
    if (op->reply->m_abortRequested) {
        finish(op,
               GraphError::make(GraphError::Kind::Cancelled, QCoreApplication::translate("GraphClient", "Canceled.")));
        return;
    }
    if (tooLarge) {
        // Never retried: the same server would send the same answer.
        const QString service = op->request.resource == TokenResource::Exchange ? QStringLiteral("Exchange Online")
                                                                                : QStringLiteral("Microsoft Graph");
        finish(op,
               limitError(QStringLiteral("responseTooLarge"),
                          QCoreApplication::translate(
                              "GraphClient",
                              "The answer to %1 %2 was larger than %3, the most ConsentDesk reads in one "
                              "response, so it stopped reading. %4 does not send answers this large: "
                              "something else may be answering (a proxy or a server that is not "
                              "Microsoft's). Check the connection's proxy settings and try again; if the "
                              "answer is genuine, raise the limit with CONSENTDESK_MAX_RESPONSE_MB.")
                              .arg(QString::fromLatin1(op->request.method), op->url.path())
                              .arg(sizeText(m_maxResponseBytes), service)));
        return;
    }
    op->reply->m_status = transportFailure ? 0 : status;

    if (status == 0 || transportFailure) {
        const bool timeout
            = reply->error() == QNetworkReply::TimeoutError || reply->error() == QNetworkReply::OperationCanceledError;
        op->lastError = GraphError::network(reply->errorString(), timeout);
        op->lastError.clientRequestId = op->reply->m_clientRequestId;
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            finish(op, op->lastError); // a TLS failure does not heal by retrying
            return;
        }
        // Without a response we cannot know whether a POST/PATCH was applied: only idempotent requests retry.
        if (!op->request.isIdempotent() || !scheduleRetry(op, m_policy.backoffMs(op->attempt + 1))) {
            finish(op, op->lastError);
        }
        return;
    }
    if (status >= 200 && status < 300) {
        handleSuccess(op, body);
        return;
    }
    GraphError error = errorFor(op, status, body, reply);
    op->lastError = error;
    if (status == 401) {
        if (!op->refreshedAfter401) {
            // One fresh token; a second 401 means the sign-in itself is no longer good.
            op->refreshedAfter401 = true;
            op->forceRefresh = true;
            --op->attempt;
            m_counters->recordRetry();
            Log::get("graph")->warn(
                "{} {} got 401; retrying once with a fresh token", QString::fromLatin1(op->request.method), op->url);
            attempt(op);
            return;
        }
        error.kind = GraphError::Kind::SignInRequired;
        finish(op, error);
        return;
    }
    // 429 and 503 are refusals before the work (Graph throttling guidance: retry after Retry-After). 504 is the gateway
    // giving up on a backend that may still finish the change: a write answered so is not sent again (the caller
    // reads the tenant back); a read is, below.
    if (status == 429 || status == 503 || (status == 504 && op->request.isIdempotent())) {
        const auto retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"));
        if (!scheduleRetry(op, retryAfter.value_or(m_policy.backoffMs(op->attempt + 1)))) {
            finish(op, error);
        }
        return;
    }
    if (status >= 500 && op->request.isIdempotent()) {
        if (!scheduleRetry(op, m_policy.backoffMs(op->attempt + 1))) {
            finish(op, error);
        }
        return;
    }
    finish(op, error);
}

bool GraphClient::scheduleRetry(const std::shared_ptr<Operation>& op, int delayMs)
{
    if (op->attempt >= m_policy.maxAttempts || op->waitedMs + delayMs > m_policy.maxTotalWaitMs) {
        return false;
    }
    op->waitedMs += delayMs;
    m_counters->recordRetry();
    Log::get("graph")->warn("retrying {} {} in {} ms (attempt {} of {}): {}",
                            QString::fromLatin1(op->request.method),
                            op->url,
                            delayMs,
                            op->attempt + 1,
                            m_policy.maxAttempts,
                            op->lastError.summary());
    // Precise: a coarse timer may fire up to 5 % early, i.e. before the server's Retry-After.
    QTimer::singleShot(delayMs, Qt::PreciseTimer, op->reply, [this, op] { attempt(op); });
    return true;
}

void GraphClient::handleSuccess(const std::shared_ptr<Operation>& op, const QByteArray& body)
{
    QJsonObject object;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            GraphError e = GraphError::make(
                GraphError::Kind::Parse,
                QCoreApplication::translate("GraphClient", "The server sent malformed JSON (%1 at offset %2).")
                    .arg(parseError.errorString())
                    .arg(parseError.offset));
            e.httpStatus = op->reply->m_status;
            finish(op, e);
            return;
        }
        object = doc.object();
    }
    if (!op->collection) {
        op->reply->m_json = object;
        finish(op, {});
        return;
    }
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (!value.isArray()) {
        GraphError e = GraphError::make(
            GraphError::Kind::Parse,
            QCoreApplication::translate("GraphClient", "The server sent no 'value' array for a collection."));
        e.httpStatus = op->reply->m_status;
        finish(op, e);
        return;
    }
    GraphReply* reply = op->reply;
    if (reply->m_pages == 0 && object.contains(QStringLiteral("@odata.count"))) {
        reply->m_count = object.value(QStringLiteral("@odata.count")).toInteger(-1);
    }
    const QJsonArray page = value.toArray();
    ++reply->m_pages;
    op->collectedBytes += body.size();
    op->itemCount += page.size();
    QCryptographicHash fingerprint(QCryptographicHash::Sha1);
    for (const QJsonValue& item : page) {
        if (reply->m_keepItems) {
            reply->m_items.append(item);
        }
        // An item is its id; one without (an Exchange row) is its whole content.
        const QString id = item.toObject().value(QStringLiteral("id")).toString();
        fingerprint.addData(id.isEmpty() ? QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact) : id.toUtf8());
        fingerprint.addData(QByteArrayView("\n"));
    }
    // A page with the very items of one already received (an empty page is Graph's own quirk, not a repeat). Only
    // the pages' fingerprints are kept, so a streamed read (keepItems off) stays small.
    const bool repeated = !page.isEmpty() && op->pageFingerprints.contains(fingerprint.result());
    op->pageFingerprints.insert(fingerprint.result());
    op->repeatedPages = repeated ? op->repeatedPages + 1 : 0;
    emit reply->pageReceived(page);
    if (!op->reply || op->done) {
        return; // a slot aborted or deleted it
    }

    const QString next = object.value(QStringLiteral("@odata.nextLink")).toString();
    if (next.isEmpty()) {
        finish(op, {});
        return;
    }
    const QString what = QString::fromLatin1(op->request.method) + QLatin1Char(' ') + op->url.path();
    if (op->seenLinks.contains(next) || next == op->url.toString(QUrl::FullyEncoded) || op->repeatedPages >= 3) {
        finish(
            op,
            limitError(QStringLiteral("nextLinkLoop"),
                       op->repeatedPages >= 3
                           ? QCoreApplication::translate(
                                 "GraphClient",
                                 "While reading %1 the server sent pages it had already sent, after %n page(s); "
                                 "ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, "
                                 "and if it happens again, the service is misbehaving — try later.",
                                 nullptr,
                                 reply->m_pages)
                                 .arg(what)
                           : QCoreApplication::translate(
                                 "GraphClient",
                                 "While reading %1 the server sent a page link it had already given, after %n "
                                 "page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: "
                                 "refresh, and if it happens again, the service is misbehaving — try later.",
                                 nullptr,
                                 reply->m_pages)
                                 .arg(what)));
        return;
    }
    if (reply->m_pages >= m_maxPages || op->collectedBytes > 16 * m_maxResponseBytes) {
        const bool pages = reply->m_pages >= m_maxPages;
        finish(op,
               limitError(
                   pages ? QStringLiteral("tooManyPages") : QStringLiteral("collectionTooLarge"),
                   QStringLiteral("The server kept sending more of %1 after %2 pages and %3 (%4 items); "
                                  "ConsentDesk stops a list at %5, far beyond any tenant, so the list shown "
                                  "is incomplete. Something other than Microsoft's service may be answering "
                                  "(a proxy): check the connection and try again.")
                       .arg(what)
                       .arg(reply->m_pages)
                       .arg(sizeText(op->collectedBytes))
                       .arg(op->itemCount)
                       .arg(pages ? QStringLiteral("%1 pages").arg(m_maxPages) : sizeText(16 * m_maxResponseBytes))));
        return;
    }
    op->seenLinks.insert(next);
    // Verbatim: the link is opaque (it carries $skiptoken and the original options); never rebuild it.
    const QUrl nextUrl = QUrl::fromEncoded(next.toUtf8(), QUrl::TolerantMode);
    if (GraphError e = checkUrl(nextUrl, op->request.resource)) {
        finish(op, e);
        return;
    }
    op->url = nextUrl;
    op->attempt = 0;
    op->waitedMs = 0;
    op->refreshedAfter401 = false; // a long paging run may outlive a token: each page may refresh once
    // Exchange pages are fetched with GET; the command body belongs to the first request only.
    op->request.method = "GET";
    op->request.hasBody = false;
    op->request.body = QJsonObject();
    if (reply->m_paused) {
        // The reader asked for no more for now: resume() (or abort()) goes on from here. Holds no slot meanwhile.
        reply->m_nextPage = [this, op] { attempt(op); };
        return;
    }
    attempt(op);
}

void GraphClient::finish(const std::shared_ptr<Operation>& op, GraphError error)
{
    if (op->done) {
        return;
    }
    op->done = true;
    GraphReply* reply = op->reply;
    if (!reply) {
        return;
    }
    if (error) {
        error.method = QString::fromLatin1(op->request.method);
        error.url = op->url;
        if (error.clientRequestId.isEmpty()) {
            error.clientRequestId = reply->m_clientRequestId;
        }
        if (error.kind == GraphError::Kind::NotFound) {
            Log::get("graph")->info("{}", error.summary()); // often an expected answer ("does it exist?")
        } else if (error.kind != GraphError::Kind::Cancelled) {
            Log::get("graph")->warn("{}", error.summary());
        }
    }
    reply->m_error = error;
    reply->m_finished = true;
    emit reply->finished();
    if (reply->m_autoDelete) {
        reply->deleteLater();
    }
}

void GraphClient::acquireSlot(std::function<void()> start, bool urgent)
{
    if (m_inFlight < m_maxInFlight) {
        ++m_inFlight;
        m_counters->setLoad(m_inFlight, int(m_waiting.size()));
        start();
        return;
    }
    if (urgent) {
        m_waiting.prepend(std::move(start));
    } else {
        m_waiting.enqueue(std::move(start));
    }
    m_counters->setLoad(m_inFlight, int(m_waiting.size()));
}

void GraphClient::releaseSlot()
{
    --m_inFlight;
    if (!m_waiting.isEmpty() && m_inFlight < m_maxInFlight) {
        ++m_inFlight;
        auto next = m_waiting.dequeue();
        m_counters->setLoad(m_inFlight, int(m_waiting.size()));
        next();
        return;
    }
    m_counters->setLoad(m_inFlight, int(m_waiting.size()));
}

// ---- JSON batching ----

namespace {

constexpr int kMaxPerBatch = 20; // Graph's limit per $batch

bool isWriteMethod(const QByteArray& method)
{
    return method == "POST" || method == "PATCH" || method == "PUT";
}

// A read: a GET, or a POST that only reads (getByIds, …), as GraphRequest::isIdempotent() knows them.
bool isReadItem(const BatchItem& item)
{
    return item.method == "GET" || (item.method == "POST" && GraphRequest::post(item.url, {}).isIdempotent());
}

// Sub-request URLs are relative to the batch's version: "/users?$top=1", never "https://…" or "/v1.0/users".
QString batchUrlProblem(const QString& url)
{
    if (url.isEmpty()) {
        return QStringLiteral("has no URL");
    }
    if (url.contains(QStringLiteral("://"))) {
        return QStringLiteral("has an absolute URL; sub-request URLs are relative (\"/users?$top=1\")");
    }
    for (const QString& version : {QStringLiteral("/v1.0"), QStringLiteral("/beta")}) {
        if (url == version || url.startsWith(version + QLatin1Char('/')) || url.startsWith(version + QLatin1Char('?'))
            || url.startsWith(version.mid(1) + QLatin1Char('/'))) {
            return QStringLiteral("starts with the API version; sub-request URLs are relative to it");
        }
    }
    return {};
}

} // namespace

BatchReply* GraphClient::batch(const QList<BatchItem>& items, const QString& version)
{
    auto* reply = new BatchReply(this);
    auto run = std::make_shared<BatchRun>();
    run->reply = reply;
    run->version = version;

    auto fail = [this, reply](const QString& message) {
        reply->m_error = GraphError::make(GraphError::Kind::Protocol, message);
        Log::get("graph")->warn("{}", reply->m_error.summary());
        QTimer::singleShot(0, reply, [reply] {
            reply->m_finished = true;
            emit reply->finished();
            if (reply->m_autoDelete) {
                reply->deleteLater();
            }
        });
        return reply;
    };

    // Validate before anything goes out: Graph rejects a whole batch for one bad item.
    QHash<QString, int> index;
    for (int i = 0; i < items.size(); ++i) {
        const BatchItem& item = items.at(i);
        if (item.id.isEmpty() || index.contains(item.id)) {
            return fail(QStringLiteral("Batch item ids must be unique and non-empty (%1).").arg(item.id));
        }
        if (item.method.isEmpty()) {
            return fail(QStringLiteral("Batch item %1 has no method.").arg(item.id));
        }
        const QString problem = batchUrlProblem(item.url);
        if (!problem.isEmpty()) {
            return fail(QStringLiteral("Batch item %1 %2.").arg(item.id, problem));
        }
        index.insert(item.id, i);
    }
    for (const BatchItem& item : items) {
        for (const QString& dep : item.dependsOn) {
            if (!index.contains(dep) || dep == item.id) {
                return fail(QStringLiteral("Batch item %1 depends on unknown item %2.").arg(item.id, dep));
            }
        }
    }

    // Items linked by dependsOn must travel in the same $batch: group them (union-find), then pack groups into 20s.
    QList<int> parent(items.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::function<int(int)> root = [&](int i) { return parent[i] == i ? i : parent[i] = root(parent[i]); };
    for (int i = 0; i < items.size(); ++i) {
        for (const QString& dep : items.at(i).dependsOn) {
            parent[root(i)] = root(index.value(dep));
        }
    }
    QList<QList<BatchItem>> groups;
    QHash<int, int> groupOfRoot;
    for (int i = 0; i < items.size(); ++i) {
        const int r = root(i);
        if (!groupOfRoot.contains(r)) {
            groupOfRoot.insert(r, int(groups.size()));
            groups.append(QList<BatchItem>());
        }
        groups[groupOfRoot.value(r)].append(items.at(i));
    }
    QList<QList<BatchItem>> chunks;
    for (const QList<BatchItem>& group : groups) {
        if (group.size() > kMaxPerBatch) {
            return fail(
                QStringLiteral("A chain of %1 dependent batch items exceeds Graph's limit of 20.").arg(group.size()));
        }
        if (chunks.isEmpty() || chunks.last().size() + group.size() > kMaxPerBatch) {
            chunks.append(QList<BatchItem>());
        }
        chunks.last().append(group);
    }
    if (chunks.isEmpty()) {
        return fail(QStringLiteral("Empty batch."));
    }
    reply->m_pendingChunks = int(chunks.size());
    for (const QList<BatchItem>& chunk : chunks) {
        QTimer::singleShot(0, reply, [this, run, chunk] { runBatchChunk(run, chunk, 1, 0); });
    }
    return reply;
}

void GraphClient::runBatchChunk(const std::shared_ptr<BatchRun>& run, QList<BatchItem> chunk, int round, int waitedMs)
{
    BatchReply* batchReply = run->reply;
    if (!batchReply) {
        return;
    }
    QJsonArray requests;
    for (const BatchItem& item : chunk) {
        QJsonObject r {{QStringLiteral("id"), item.id},
                       {QStringLiteral("method"), QString::fromLatin1(item.method)},
                       {QStringLiteral("url"), item.url}};
        QJsonObject headers;
        for (auto it = item.headers.cbegin(); it != item.headers.cend(); ++it) {
            headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
        }
        // A body goes out when there is one, and always for writes ({} then); Graph requires its Content-Type.
        if (!item.body.isEmpty() || isWriteMethod(item.method)) {
            r.insert(QStringLiteral("body"), item.body);
            bool hasContentType = false;
            for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
                hasContentType
                    = hasContentType || it.key().compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0;
            }
            if (!hasContentType) {
                headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
            }
        }
        if (!headers.isEmpty()) {
            r.insert(QStringLiteral("headers"), headers);
        }
        if (!item.dependsOn.isEmpty()) {
            r.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(item.dependsOn));
        }
        requests.append(r);
    }
    GraphRequest request
        = GraphRequest::post(QStringLiteral("/$batch"), QJsonObject {{QStringLiteral("requests"), requests}});
    request.version = run->version;
    // A $batch of reads reads: sent again after a dropped connection, like each of its GETs would be.
    request.readOnly = std::all_of(chunk.cbegin(), chunk.cend(), isReadItem);
    ++batchReply->m_batchesSent;
    GraphReply* http = send(request);
    connect(http, &GraphReply::finished, this, [this, run, chunk, round, waitedMs, http] {
        BatchReply* reply = run->reply;
        if (!reply) {
            return;
        }
        QHash<QString, BatchItemResult> answers;
        if (http->error()) {
            // The $batch request itself failed (after the transport's own retries): every item shares the error.
            if (!reply->m_error) {
                reply->m_error = http->error();
            }
            for (const BatchItem& item : chunk) {
                BatchItemResult r;
                r.error = http->error();
                r.attempts = round;
                answers.insert(item.id, r);
            }
        } else {
            for (const QJsonValue& v : http->json().value(QStringLiteral("responses")).toArray()) {
                const QJsonObject o = v.toObject();
                BatchItemResult r;
                r.status = o.value(QStringLiteral("status")).toInt();
                r.body = o.value(QStringLiteral("body")).toObject();
                const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
                for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
                    r.headers.insert(it.key().toLatin1().toLower(), it.value().toVariant().toString().toLatin1());
                }
                r.attempts = round;
                if (r.status < 200 || r.status >= 300) {
                    r.error = GraphError::fromGraphJson(
                        r.status, QJsonDocument(r.body).toJson(QJsonDocument::Compact), r.headers.value("request-id"));
                }
                answers.insert(o.value(QStringLiteral("id")).toString(), r);
            }
        }

        // Retry only what the service asked us to retry, plus what failed only because of those (424). 429 and 503
        // refuse before the work; a 504 may come after the backend made a change, so only a read is sent again: a
        // write answered 504 stays the item's answer, an outcome unknown that the caller reads back
        // (Journal::isOutcomeUnknown, WriteRunner), as for a single request.
        QSet<QString> retry;
        int delayMs = 0;
        for (const BatchItem& item : chunk) {
            const BatchItemResult r = answers.value(item.id);
            if (r.status == 429 || r.status == 503 || (r.status == 504 && isReadItem(item))) {
                retry.insert(item.id);
                const auto after = RetryPolicy::parseRetryAfter(r.headers.value("retry-after"));
                delayMs = std::max(delayMs, after.value_or(m_policy.backoffMs(round + 1)));
            }
        }
        bool grew = true;
        while (grew) {
            grew = false;
            for (const BatchItem& item : chunk) {
                if (retry.contains(item.id) || answers.value(item.id).status != 424) {
                    continue;
                }
                for (const QString& dep : item.dependsOn) {
                    if (retry.contains(dep)) {
                        retry.insert(item.id);
                        grew = true;
                        break;
                    }
                }
            }
        }
        const bool canRetry
            = !retry.isEmpty() && round < m_policy.maxAttempts && waitedMs + delayMs <= m_policy.maxTotalWaitMs;
        QList<BatchItem> again;
        for (const BatchItem& item : chunk) {
            if (canRetry && retry.contains(item.id)) {
                BatchItem copy = item;
                // A dependency that already succeeded is not in the next batch; Graph would reject the reference.
                copy.dependsOn.erase(std::remove_if(copy.dependsOn.begin(),
                                                    copy.dependsOn.end(),
                                                    [&](const QString& d) { return !retry.contains(d); }),
                                     copy.dependsOn.end());
                again.append(copy);
                continue;
            }
            BatchItemResult r = answers.value(item.id);
            if (r.status == 0 && !r.error) {
                r.error = GraphError::make(
                    GraphError::Kind::Protocol,
                    QCoreApplication::translate("GraphClient", "No answer for batch item %1.").arg(item.id));
                r.attempts = round;
            }
            if (r.error) {
                r.error.method = QString::fromLatin1(item.method);
                r.error.url = QUrl(item.url); // relative; for messages only
                if (r.status == 429) {
                    r.error.kind = GraphError::Kind::Throttled;
                }
            }
            reply->m_results.insert(item.id, r);
        }
        if (!again.isEmpty()) {
            m_counters->recordRetry();
            Log::get("graph")->warn("retrying {} batch item(s) in {} ms (round {})", again.size(), delayMs, round + 1);
            QTimer::singleShot(delayMs, Qt::PreciseTimer, reply, [this, run, again, round, waitedMs, delayMs] {
                runBatchChunk(run, again, round + 1, waitedMs + delayMs);
            });
            return;
        }
        if (--reply->m_pendingChunks == 0) {
            reply->m_finished = true;
            emit reply->finished();
            if (reply->m_autoDelete) {
                reply->deleteLater();
            }
        }
    });
}
