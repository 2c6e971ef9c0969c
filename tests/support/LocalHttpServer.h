#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QTcpServer;

/**
 * A real QHttpServer on 127.0.0.1 (ephemeral port) for tests that want an independent HTTP/1.1 implementation
 * on the other end — keep-alive connections, its own request parsing — rather than TestHttpServer's scripted
 * socket. Answers synchronously from one handler; records every request. Hides QtHttpServer's API changes
 * between 6.4 and 6.8 (listen → bind, header lists → QHttpHeaders).
 */
class LocalHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, encoded
        QHash<QByteArray, QByteArray> headers; // lower-cased names
        QByteArray body;
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;

        static Response json(int status, const QByteArray& json);
        Response& header(const QByteArray& name, const QByteArray& value);
    };

    using Handler = std::function<Response(const Request&)>;

    explicit LocalHttpServer(QObject* parent = nullptr);
    ~LocalHttpServer() override;

    bool listenOnLoopback();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }

private:
    std::unique_ptr<QHttpServer> m_server;
    Handler m_handler;
    QList<Request> m_requests;
    quint16 m_port = 0;
};
