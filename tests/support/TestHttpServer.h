#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

/**
 * A scriptable HTTP/1.1 server on 127.0.0.1 for transport tests: each request goes to a handler that returns
 * the response — with an optional delay, or a connection dropped mid-answer. Records every request and the
 * highest number of requests it had open at once. QTcpServer-based, so it behaves the same on every Qt 6.
 */
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // lower-cased names
        QByteArray body;
        QUrl url() const { return QUrl::fromEncoded(QByteArray("http://127.0.0.1" + target)); }
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        bool drop = false; // close the connection after part of the headers
        bool chunked = false; // Transfer-Encoding: chunked, no Content-Length (the size is known only at the end)
        bool closeUnanswered = false; // close the connection without a byte of answer (the request was received)

        static Response json(int status, const QByteArray& json);
        Response& header(const QByteArray& name, const QByteArray& value);
    };

    using Handler = std::function<Response(const Request&)>;

    explicit TestHttpServer(QObject* parent = nullptr);

    bool listenOnLoopback(); // 127.0.0.1, ephemeral port
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int maxConcurrent() const { return m_maxConcurrent; }
    void reset();

private:
    void onNewConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    int m_open = 0;
    int m_maxConcurrent = 0;
};
