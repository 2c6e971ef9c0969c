#pragma once

#include "FaultInjector.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QString>

/**
 * Request counters for /_sandbox/stats (benchmarks read them): requests by route template ("GET
 * /v1.0/users/{id}/memberOf") and status, faults injected by kind, the total, the server's own time by route, bytes
 * answered, and the identity throttling budget's figures.
 */
class SandboxStats
{
public:
    SandboxStats();

    void record(const QByteArray& method, const QString& path, int status);
    // The server's own time for a request (routing, the store, JSON), latency not included: a benchmark's floor needs
    // it.
    void recordTime(const QByteArray& method, const QString& path, qint64 microseconds);
    void recordBytes(qint64 bytes) { m_bytesSent += bytes; }
    // Identity throttling (ThrottleBudget): resource units charged and requests refused, as of now.
    void setBudget(int quota, qint64 charged, qint64 throttled);
    void recordFault(FaultInjector::Fault fault);
    void recordLatency() { ++m_delayed; }
    void reset();
    QJsonObject toJson() const;

    // Ids, UPNs, quoted keys and tenant names become placeholders so counters aggregate by route.
    static QString routeTemplate(const QByteArray& method, const QString& path);

private:
    QHash<QString, QHash<int, quint64>> m_byRoute;
    QHash<QString, quint64> m_faults;
    quint64 m_total = 0;
    quint64 m_delayed = 0;
    QHash<QString, QPair<quint64, qint64>> m_time; // route -> (requests, microseconds)
    qint64 m_bytesSent = 0;
    int m_budgetQuota = 0;
    qint64 m_budgetCharged = 0;
    qint64 m_budgetThrottled = 0;
    QDateTime m_since;
};
