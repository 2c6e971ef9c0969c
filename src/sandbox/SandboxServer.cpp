#include "SandboxServer.h"

#include "BatchEndpoint.h"
#include "ControlEndpoints.h"
#include "ExchangeDirectory.h"
#include "ExchangeEndpoints.h"
#include "FaultInjector.h"
#include "GraphEndpoints.h"
#include "GraphErrors.h"
#include "IdentityEndpoints.h"
#include "ODataPager.h"
#include "SandboxStats.h"
#include "SandboxTcpServer.h"
#include "SnapshotFixture.h"
#include "TenantGenerator.h"
#include "TenantStore.h"
#include "ThrottleBudget.h"
#include "TokenService.h"
#include "log/Log.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace {

// The most a fixture may hold, read or inflated: the client's snapshot limit and its variable (SnapshotReader), so a
// file the client opens is one the sandbox serves. Without it a small .json.gz could inflate until memory ran out.
qint64 maxFixtureBytes()
{
    bool ok = false;
    const qint64 mb = qEnvironmentVariableIntValue("CONSENTDESK_MAX_SNAPSHOT_MB", &ok);
    return (ok && mb > 0 ? mb : 2048) * 1024 * 1024;
}

// A fixture or snapshot file as `consentdesk-cli snapshot export x.json.gz` writes it (gzip, RFC 1952): inflated whole.
// False with *error on a damaged stream, one that ends before its trailer (a file copied in part), or one that
// inflates past maxBytes.
bool gunzip(const QByteArray& in, QByteArray* out, QString* error, qint64 maxBytes)
{
    z_stream z {};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) { // 16: gzip framing, not zlib's
        *error = QStringLiteral("zlib cannot start");
        return false;
    }
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    out->clear();
    int status = Z_OK;
    char buffer[1 << 16];
    while (status == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        if (status == Z_OK || status == Z_STREAM_END) {
            out->append(buffer, qsizetype(sizeof buffer - z.avail_out));
            if (out->size() > maxBytes) {
                inflateEnd(&z);
                out->clear();
                *error = QStringLiteral("it inflates to more than %1 MB (CONSENTDESK_MAX_SNAPSHOT_MB)")
                             .arg(maxBytes / (1024 * 1024));
                return false;
            }
        }
        if (status == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
            status = Z_BUF_ERROR; // all input used, no end of stream: truncated
        }
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END) {
        *error = status == Z_BUF_ERROR ? QStringLiteral("the gzip file is truncated (it ends before its stream does)")
                                       : QStringLiteral("the gzip file is damaged (%1)")
                                             .arg(QString::fromLatin1(z.msg ? z.msg : "inflate failed"));
        return false;
    }
    return true;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

SandboxRequest convert(const QHttpServerRequest& request)
{
    SandboxRequest result;
    result.method = methodName(request.method());
    result.url = request.url();
    result.path = result.url.path();
    // '+' is a space in query strings (ASP.NET, hence Graph, decodes it so); QUrlQuery does not know that.
    QString query = result.url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    result.query = QUrlQuery(query);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto headers = request.headers().toListOfPairs();
#else
    const auto headers = request.headers();
#endif
    for (const auto& [name, value] : headers) {
        result.headers.insert(name.toLower(), value);
    }
    result.body = request.body();
    result.peer = request.remoteAddress();
    return result;
}

void writeResponse(QHttpServerResponder& responder, const SandboxResponse& response)
{
    const auto status = QHttpServerResponder::StatusCode(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto& [name, value] : response.headers) {
        headers.append(name, value);
    }
    responder.write(response.body, headers, status);
#else
    responder.writeStatusLine(status);
    for (const auto& [name, value] : response.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body); // also writes the blank line ending the headers
#endif
}

// Part of a response, then the connection goes away: the client must see a network error, not an answer.
void dropConnection(QTcpSocket* socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Le");
    socket->flush();
    socket->abort();
}

bool isBrowserPage(const QString& path)
{
    return path.contains(QLatin1String("/oauth2/v2.0/authorize")) || path.endsWith(QLatin1String("/adminconsent"));
}

} // namespace

struct SandboxServer::Private
{
    explicit Private(const SandboxOptions& o, SandboxServer* server)
        : options(o)
        , faults(o.effectiveFaultSeed(), o.throttleRate, o.errorRate, o.dropRate)
        , graph(store, tokens, options, pager)
        , batch(graph, faults, stats)
        , control(store, stats, options, [server](QString* error) { return server->reset(error); })
        , exchange(store, o.exchangePropagationMs)
        , exchangeApi(store, tokens, exchange)
    {
        faults.setAppliedTimeoutRate(o.gatewayTimeoutRate);
        graph.setExchange(&exchange);
        graph.setThrottleBudget(&budget);
        control.setThrottleBudget(&budget);
    }

    // The budget follows the tenant's size ("auto"), so it is set once the tenant is loaded.
    void sizeBudget()
    {
        budget.reset();
        budget.setQuota(
            ThrottleBudget::parseQuota(options.throttleBudget, store.count(QStringLiteral("users"))).value_or(0));
    }

    SandboxOptions options;
    QJsonObject fixture;
    TenantStore store;
    TokenService tokens;
    ODataPager pager;
    FaultInjector faults;
    SandboxStats stats;
    GraphEndpoints graph;
    BatchEndpoint batch;
    ControlEndpoints control;
    ExchangeDirectory exchange;
    ExchangeEndpoints exchangeApi;
    ThrottleBudget budget;
    std::unique_ptr<IdentityEndpoints> identity;
    SandboxTcpServer* tcp = nullptr;
    quint16 port = 0;
    quint64 sequence = 0;
};

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QAbstractHttpServer(parent)
    , d(std::make_unique<Private>(options, this))
{
    d->identity = std::make_unique<IdentityEndpoints>(d->store, d->tokens);
    if (options.tokenLifetimeSeconds > 0) {
        d->tokens.setAccessTokenLifetime(options.tokenLifetimeSeconds);
    }
}

SandboxServer::~SandboxServer() = default;

TenantStore& SandboxServer::store()
{
    return d->store;
}

TokenService& SandboxServer::tokens()
{
    return d->tokens;
}

SandboxStats& SandboxServer::stats()
{
    return d->stats;
}

const SandboxOptions& SandboxServer::options() const
{
    return d->options;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

std::optional<QJsonObject> SandboxServer::loadFixture(const SandboxOptions& options, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<QJsonObject> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (options.fixture) {
        return SnapshotFixture::isSnapshot(*options.fixture) ? SnapshotFixture::toFixture(*options.fixture, error)
                                                             : *options.fixture;
    }
    if (!options.generateSize.isEmpty()) {
        const auto size = TenantGenerator::parseSize(options.generateSize);
        if (!size) {
            return fail(QStringLiteral("unknown tenant size '%1' (small, large or huge)").arg(options.generateSize));
        }
        return TenantGenerator::generate(*size, options.seed);
    }
    const QString path = options.fixturePath.isEmpty() ? SandboxOptions::embeddedFixture() : options.fixturePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot open the fixture %1: %2").arg(path, file.errorString()));
    }
    const qint64 maxBytes = maxFixtureBytes();
    if (file.size() > maxBytes) {
        return fail(QStringLiteral("cannot read the fixture %1: it is larger than %2 MB (CONSENTDESK_MAX_SNAPSHOT_MB)")
                        .arg(path)
                        .arg(maxBytes / (1024 * 1024)));
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\x1f\x8b")) { // a snapshot exported as .json.gz
        QByteArray json;
        QString why;
        if (!gunzip(bytes, &json, &why, maxBytes)) {
            return fail(QStringLiteral("cannot read the fixture %1: %2").arg(path, why));
        }
        bytes = std::move(json);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(QStringLiteral("the fixture %1 is not a JSON object: %2").arg(path, parseError.errorString()));
    }
    if (SnapshotFixture::isSnapshot(doc.object())) {
        return SnapshotFixture::toFixture(doc.object(), error); // a ConsentDesk snapshot served as the tenant
    }
    return doc.object();
}

quint16 SandboxServer::start(QString* error)
{
    auto fail = [error](const QString& message) -> quint16 {
        if (error) {
            *error = message;
        }
        Log::get("sandbox")->error("{}", message);
        return 0;
    };
    if (d->tcp) {
        return d->port;
    }
    QElapsedTimer timer;
    timer.start();
    QString failure;
    const auto fixture = loadFixture(d->options, &failure);
    if (!fixture) {
        return fail(failure);
    }
    d->fixture = *fixture;
    if (!d->store.load(d->fixture, &failure)) {
        return fail(QStringLiteral("invalid fixture: %1").arg(failure));
    }
    d->sizeBudget();

    auto* tcp = new SandboxTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, d->options.port)) {
        const QString message
            = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(d->options.port).arg(tcp->errorString());
        delete tcp;
        return fail(message);
    }
    bind(tcp);
    d->tcp = tcp;
    d->port = tcp->serverPort();
    auto log = Log::get("sandbox");
    log->info("tenant {} ({}) ready in {} ms: {} users, {} service principals, {} grants",
              d->store.tenantId(),
              d->store.tenant().value(QStringLiteral("defaultDomain")).toString(),
              timer.elapsed(),
              d->store.count(QStringLiteral("users")),
              d->store.count(QStringLiteral("servicePrincipals")),
              d->store.count(QStringLiteral("oauth2PermissionGrants")));
    for (const auto& line : d->options.describe()) {
        log->info("{}", line);
    }
    return d->port;
}

bool SandboxServer::reset(QString* error)
{
    if (!d->store.load(d->fixture, error)) {
        return false;
    }
    d->tokens.reset();
    d->exchange.reset();
    d->exchangeApi.reset();
    d->pager.rotateKey();
    d->stats.reset();
    d->sizeBudget();
    d->sequence = 0;
    Log::get("sandbox")->info("reset: fixture reloaded, tokens forgotten");
    return true;
}

SandboxServer::Outcome SandboxServer::process(SandboxRequest request)
{
    QElapsedTimer serverTime;
    serverTime.start();
    request.sequence = ++d->sequence;
    Outcome outcome;
    const QString& path = request.path;

    auto applyFaults = [&]() -> bool {
        const auto decision
            = d->faults.decide(request.sequence, QString::fromLatin1(request.method) + QLatin1Char(' ') + path);
        d->stats.recordFault(decision.fault);
        switch (decision.fault) {
        case FaultInjector::Fault::None:
            return false;
        case FaultInjector::Fault::Drop:
            outcome.drop = true;
            return true;
        case FaultInjector::Fault::Throttle:
            outcome.response = GraphErrors::throttled(request, decision.retryAfter);
            return true;
        case FaultInjector::Fault::ServiceUnavailable:
            outcome.response = GraphErrors::serviceUnavailable(request, decision.retryAfter);
            return true;
        case FaultInjector::Fault::AppliedTimeout: // decided after the write, below
            return false;
        }
        return false;
    };

    if (request.body.size() > d->options.maxBodyBytes) {
        outcome.response = GraphErrors::payloadTooLarge(request, d->options.maxBodyBytes);
    } else if (ExchangeEndpoints::handles(path)) {
        // The admin API is subject to latency and faults like Graph; its control endpoint is not.
        const bool control = path.startsWith(QLatin1String("/_sandbox/"));
        outcome.delay = !control;
        if (control || !applyFaults()) {
            outcome.response = d->exchangeApi.handle(request);
        }
    } else if (ControlEndpoints::handles(path)) {
        outcome.response = d->identity->handles(request) ? d->identity->handle(request) : d->control.handle(request);
    } else if (d->identity->handles(request)) {
        const bool page = isBrowserPage(path);
        outcome.delay = !page;
        if (page || !applyFaults()) {
            outcome.response = d->identity->handle(request);
        }
    } else if (GraphEndpoints::handles(path)) {
        outcome.delay = true;
        if (!applyFaults()) {
            const bool batch = GraphEndpoints::isBatch(path);
            outcome.response = batch ? d->batch.handle(request) : d->graph.handle(request);
            const bool applied
                = request.method != "GET" && outcome.response.status >= 200 && outcome.response.status < 300;
            if (applied && !batch
                && d->faults.timesOutAfterApplying(request.sequence,
                                                   QString::fromLatin1(request.method) + QLatin1Char(' ') + path)) {
                d->stats.recordFault(FaultInjector::Fault::AppliedTimeout);
                outcome.response = GraphErrors::gatewayTimeout(request); // the change stays made
            }
        }
        GraphErrors::addDiagnosticHeaders(outcome.response, request);
    } else if (path == QLatin1String("/") && request.method == "GET") {
        outcome.response = SandboxResponse::json(
            200,
            QJsonObject {{QStringLiteral("service"), QStringLiteral("consentdesk-sandbox")},
                         {QStringLiteral("tenantId"), d->store.tenantId()},
                         {QStringLiteral("graph"), QString(request.baseUrl() + QStringLiteral("/v1.0"))},
                         {QStringLiteral("info"), QString(request.baseUrl() + QStringLiteral("/_sandbox/info"))}});
    } else {
        outcome.response = GraphErrors::error(
            request, 404, QStringLiteral("NotFound"), QStringLiteral("No resource at '%1' in this sandbox.").arg(path));
    }
    const int status = outcome.drop ? 0 : outcome.response.status;
    d->stats.record(request.method, path, status);
    d->stats.recordTime(request.method, path, serverTime.nsecsElapsed() / 1000);
    d->stats.recordBytes(outcome.response.body.size());
    if (d->budget.enabled()) {
        d->stats.setBudget(d->budget.quota(), d->budget.chargedUnits(), d->budget.throttledRequests());
    }
    Log::get("sandbox")->debug("{} {} -> {}", request.method.constData(), path, status);
    return outcome;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const Outcome outcome = process(convert(request));
    if (outcome.drop) {
        dropConnection(socket);
        return true;
    }
    const int latency = outcome.delay ? d->options.latencyMs : 0;
    if (latency <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeResponse(responder, outcome.response);
        return true;
    }
    d->stats.recordLatency();
    // The responder outlives this call; the timer dies with the socket if the client goes away first.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    const SandboxResponse response = outcome.response;
    QTimer::singleShot(latency, socket, [responder, guard, response]() {
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            writeResponse(*responder, response);
        }
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder,
                  SandboxResponse::json(404, QJsonObject {{QStringLiteral("error"), QStringLiteral("not found")}}));
}

#else

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    Outcome outcome = process(convert(request));
    if (outcome.drop) {
        // Qt 6.5+ hands over no socket; the listener knows it by the client's port. Unanswered, the responder then
        // only lets QHttpServer delete the closed connection.
        if (QTcpSocket* socket = d->tcp->connection(request.remoteAddress(), request.remotePort())) {
            dropConnection(socket);
            return true;
        }
        // The client left already; nobody reads this answer.
        outcome.response = GraphErrors::serviceUnavailable(convert(request), "1");
    }
    const int latency = outcome.delay ? d->options.latencyMs : 0;
    if (latency <= 0) {
        writeResponse(responder, outcome.response);
        return true;
    }
    d->stats.recordLatency();
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const SandboxResponse response = outcome.response;
    QTimer::singleShot(latency, this, [shared, response]() { writeResponse(*shared, response); });
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void SandboxServer::missingHandler(const QHttpServerRequest&, QHttpServerResponder&& responder)
#else
void SandboxServer::missingHandler(const QHttpServerRequest&, QHttpServerResponder& responder)
#endif
{
    writeResponse(responder,
                  SandboxResponse::json(404, QJsonObject {{QStringLiteral("error"), QStringLiteral("not found")}}));
}

#endif
