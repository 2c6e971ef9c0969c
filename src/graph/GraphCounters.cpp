#include "GraphCounters.h"

GraphCounters::GraphCounters(QObject* parent)
    : QObject(parent)
{
}

void GraphCounters::reset()
{
    const int inFlight = m_snapshot.inFlight;
    const int queued = m_snapshot.queued;
    m_snapshot = Snapshot();
    m_snapshot.inFlight = inFlight;
    m_snapshot.queued = queued;
    emit changed();
}

void GraphCounters::recordExchange(const QString& method, int status, qint64 sent, qint64 received, qint64 ms)
{
    ++m_snapshot.requests;
    ++m_snapshot.byMethod[method];
    ++m_snapshot.byStatus[status];
    if (status == 429) {
        ++m_snapshot.throttled;
    }
    if (status == 0) {
        ++m_snapshot.networkErrors;
    }
    m_snapshot.bytesSent += sent;
    m_snapshot.bytesReceived += received;
    m_snapshot.wallTimeMs += ms;
    emit changed();
}

void GraphCounters::recordRetry()
{
    ++m_snapshot.retries;
    emit changed();
}

void GraphCounters::setLoad(int inFlight, int queued)
{
    m_snapshot.inFlight = inFlight;
    m_snapshot.queued = queued;
    emit changed();
}
