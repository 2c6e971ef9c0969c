#include "TestHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

TestHttpServer::Response TestHttpServer::Response::json(int status, const QByteArray& json)
{
    Response r;
    r.status = status;
    r.body = json;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

TestHttpServer::Response& TestHttpServer::Response::header(const QByteArray& name, const QByteArray& value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

TestHttpServer::TestHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

bool TestHttpServer::listenOnLoopback()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void TestHttpServer::reset()
{
    m_requests.clear();
    m_maxConcurrent = 0;
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                return;
            }
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            qsizetype length = 0;
            for (int i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
                    request.headers.insert(name, lines.at(i).mid(colon + 1).trimmed());
                    if (name == "content-length") {
                        length = lines.at(i).mid(colon + 1).trimmed().toLongLong();
                    }
                }
            }
            if (buffer->size() < headerEnd + 4 + length) {
                return; // body still arriving
            }
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            m_requests.append(request);
            ++m_open;
            m_maxConcurrent = std::max(m_maxConcurrent, m_open);
            const Response response = m_handler ? m_handler(request) : Response::json(404, "{}");
            QPointer<QTcpSocket> guard(socket);
            auto respond = [this, guard, response] {
                --m_open;
                if (!guard) {
                    return;
                }
                if (response.closeUnanswered) {
                    guard->abort();
                    return;
                }
                if (response.drop) {
                    guard->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"va");
                    guard->flush();
                    guard->abort();
                    return;
                }
                QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
                for (const auto& h : response.headers) {
                    out += h.first + ": " + h.second + "\r\n";
                }
                if (response.chunked) {
                    out += "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
                    for (qsizetype at = 0; at < response.body.size(); at += 4096) {
                        const QByteArray chunk = response.body.mid(at, 4096);
                        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
                    }
                    out += "0\r\n\r\n";
                } else {
                    out += "Content-Length: " + QByteArray::number(response.body.size())
                           + "\r\nConnection: close\r\n\r\n";
                    out += response.body;
                }
                guard->write(out);
                guard->disconnectFromHost();
            };
            if (response.delayMs > 0) {
                QTimer::singleShot(response.delayMs, this, respond);
            } else {
                respond();
            }
        });
    }
}
