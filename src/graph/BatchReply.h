#pragma once

#include "GraphError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

// One sub-request of a JSON batch. url is relative to the version root: "/users?$top=1" (build it with ODataQuery).
struct BatchItem
{
    QString id;
    QByteArray method = "GET";
    QString url;
    QJsonObject body;
    bool hasBody = false;
    QHash<QByteArray, QByteArray> headers;
    QStringList dependsOn;
};

struct BatchItemResult
{
    int status = 0; // 0: no answer for this item
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    GraphError error; // set when status >= 400 or no answer
    int attempts = 0;
};

/** The answer to GraphClient::batch(): a result per item id, whatever the order Graph answered in. */
class BatchReply : public QObject
{
    Q_OBJECT

public:
    explicit BatchReply(QObject* parent = nullptr);

    bool isFinished() const { return m_finished; }
    const GraphError& error() const { return m_error; } // whole-batch failure (invalid input, transport)
    QHash<QString, BatchItemResult> results() const { return m_results; }
    BatchItemResult result(const QString& id) const { return m_results.value(id); }
    int batchesSent() const { return m_batchesSent; } // HTTP $batch requests, retries included
    void setAutoDelete(bool on) { m_autoDelete = on; }

signals:
    void finished();

private:
    friend class GraphClient;

    bool m_finished = false;
    bool m_autoDelete = true;
    GraphError m_error;
    QHash<QString, BatchItemResult> m_results;
    int m_batchesSent = 0;
    int m_pendingChunks = 0;
};
