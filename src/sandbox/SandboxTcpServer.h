#pragma once

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

/**
 * The sandbox's listener: a QTcpServer that remembers each connection it accepts by its client's address and port.
 * From Qt 6.5 on, QHttpServer hands a request handler only a QHttpServerResponder, never the socket, so a fault that
 * must cut the connection mid-answer (--drop-rate) finds the socket here from the request's remote address and port.
 */
class SandboxTcpServer : public QTcpServer
{
public:
    explicit SandboxTcpServer(QObject* parent = nullptr);

    // The open connection from that client, or null when it is gone.
    QTcpSocket* connection(const QHostAddress& peer, quint16 peerPort) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    static QString key(const QHostAddress& peer, quint16 peerPort);

    QHash<QString, QPointer<QTcpSocket>> m_connections;
};
