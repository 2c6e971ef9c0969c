#include "LocalHttpServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace {

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
    default:
        return "OTHER";
    }
}

LocalHttpServer::Request toRequest(const QHttpServerRequest& request)
{
    LocalHttpServer::Request r;
    r.method = methodName(request.method());
    r.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    r.body = request.body();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders& headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        r.headers.insert(QByteArray(headers.nameAt(i).data(), headers.nameAt(i).size()).toLower(),
                         headers.valueAt(i).toByteArray());
    }
#else
    for (const auto& header : request.headers()) {
        r.headers.insert(header.first.toLower(), header.second);
    }
#endif
    return r;
}

} // namespace

LocalHttpServer::Response LocalHttpServer::Response::json(int status, const QByteArray& json)
{
    Response r;
    r.status = status;
    r.body = json;
    return r;
}

LocalHttpServer::Response& LocalHttpServer::Response::header(const QByteArray& name, const QByteArray& value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

LocalHttpServer::LocalHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    // "<arg>" typed as QUrl matches the rest of the path, slashes included: one handler for every request.
    m_server->route(QStringLiteral("/<arg>"), [this](const QUrl&, const QHttpServerRequest& request) {
        const Request r = toRequest(request);
        m_requests.append(r);
        const Response answer = m_handler ? m_handler(r) : Response::json(404, "{}");
        QHttpServerResponse response(
            answer.contentType, answer.body, static_cast<QHttpServerResponse::StatusCode>(answer.status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QHttpHeaders headers = response.headers();
        for (const auto& h : answer.headers) {
            headers.append(QAnyStringView(h.first), QAnyStringView(h.second));
        }
        response.setHeaders(std::move(headers));
#else
        for (const auto& h : answer.headers) {
            response.addHeader(h.first, h.second);
        }
#endif
        return response;
    });
}

LocalHttpServer::~LocalHttpServer() = default;

bool LocalHttpServer::listenOnLoopback()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    auto* tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, 0) || !m_server->bind(tcp)) {
        return false;
    }
    m_port = tcp->serverPort();
#else
    m_port = m_server->listen(QHostAddress::LocalHost, 0); // never the default (Any)
#endif
    return m_port != 0;
}

QUrl LocalHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}
