#include "SandboxTcpServer.h"

SandboxTcpServer::SandboxTcpServer(QObject* parent)
    : QTcpServer(parent)
{
}

QTcpSocket* SandboxTcpServer::connection(const QHostAddress& peer, quint16 peerPort) const
{
    QTcpSocket* socket = m_connections.value(key(peer, peerPort));
    return socket && socket->state() == QAbstractSocket::ConnectedState ? socket : nullptr;
}

void SandboxTcpServer::incomingConnection(qintptr descriptor)
{
    // As QTcpServer's own incomingConnection does; QHttpServer takes the socket over from nextPendingConnection().
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString id = key(socket->peerAddress(), socket->peerPort());
    m_connections.insert(id, socket);
    // The entry goes with the socket (its owner deletes it when the client leaves), not with a later connection that
    // reuses the port.
    connect(socket, &QObject::destroyed, this, [this, id] {
        if (m_connections.value(id).isNull()) {
            m_connections.remove(id);
        }
    });
    addPendingConnection(socket);
}

QString SandboxTcpServer::key(const QHostAddress& peer, quint16 peerPort)
{
    return peer.toString() + QLatin1Char('#') + QString::number(peerPort);
}
