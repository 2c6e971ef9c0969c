#pragma once

#include "FaultInjector.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

/**
 * Request counters for /_sandbox/stats (benchmarks read them): requests by route template ("GET
 * /v1.0/users/{id}/memberOf") and status, faults injected by kind, and the total.
 */
class SandboxStats
{
public:
    SandboxStats();

    void record(const QByteArray& method, const QString& path, int status);
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
    QDateTime m_since;
};
