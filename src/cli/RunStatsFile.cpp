#include "RunStatsFile.h"

#include "graph/GraphClient.h"
#include "graph/GraphCounters.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#if defined(Q_OS_WIN)
#include <windows.h>
// windows.h first: psapi.h needs its types.
#include <psapi.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

QString RunStatsFile::pathFromEnvironment()
{
    return qEnvironmentVariable("CONSENTDESK_STATS_FILE");
}

qint64 RunStatsFile::peakResidentBytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters))) {
        return qint64(counters.PeakWorkingSetSize);
    }
    return -1;
#elif defined(Q_OS_LINUX)
    // VmHWM: this process image's own high-water mark. getrusage's ru_maxrss is not: Linux carries it over fork and
    // exec, so a CLI started by a big parent would report the parent's peak.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
            }
        }
    }
    return -1;
#elif defined(Q_OS_UNIX)
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0) {
        return -1;
    }
#if defined(Q_OS_DARWIN)
    return qint64(usage.ru_maxrss); // bytes on macOS
#else
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on the BSDs
#endif
#else
    return -1;
#endif
}

bool RunStatsFile::write(const QString& path, const GraphClient* graph, qint64 wallMs, int exitCode)
{
    QJsonObject stats {{QStringLiteral("wallMs"), wallMs},
                       {QStringLiteral("exitCode"), exitCode},
                       {QStringLiteral("peakRssBytes"), peakResidentBytes()}};
    if (graph) {
        const GraphCounters::Snapshot s = graph->counters()->snapshot();
        QJsonObject byStatus;
        for (auto it = s.byStatus.cbegin(); it != s.byStatus.cend(); ++it) {
            byStatus.insert(QString::number(it.key()), it.value());
        }
        stats.insert(QStringLiteral("requests"), s.requests);
        stats.insert(QStringLiteral("retries"), s.retries);
        stats.insert(QStringLiteral("throttled"), s.throttled);
        stats.insert(QStringLiteral("networkErrors"), s.networkErrors);
        stats.insert(QStringLiteral("bytesSent"), s.bytesSent);
        stats.insert(QStringLiteral("bytesReceived"), s.bytesReceived);
        stats.insert(QStringLiteral("byStatus"), byStatus);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(QJsonDocument(stats).toJson(QJsonDocument::Indented));
    return file.commit();
}
