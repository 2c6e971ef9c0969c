#pragma once

#include <QMap>
#include <QObject>
#include <QString>

/**
 * What the transport has done this session — for the Diagnostics view and for benchmarks.
 * Updated on the GUI thread by GraphClient; snapshot() copies.
 */
class GraphCounters : public QObject
{
    Q_OBJECT

public:
    struct Snapshot
    {
        qint64 requests = 0; // HTTP exchanges (each retry and each page counts)
        QMap<QString, qint64> byMethod;
        QMap<int, qint64> byStatus; // 0 = no response (network error)
        qint64 retries = 0;
        qint64 throttled = 0; // 429 answers
        qint64 networkErrors = 0;
        qint64 bytesSent = 0;
        qint64 bytesReceived = 0;
        qint64 wallTimeMs = 0; // sum of request durations
        int inFlight = 0;
        int queued = 0;
    };

    explicit GraphCounters(QObject* parent = nullptr);

    Snapshot snapshot() const { return m_snapshot; }
    void reset();

    void recordExchange(const QString& method, int status, qint64 sent, qint64 received, qint64 ms);
    void recordRetry();
    void setLoad(int inFlight, int queued);

signals:
    void changed();

private:
    Snapshot m_snapshot;
};
