#pragma once

#include "GraphError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

/**
 * One sub-request of a JSON batch. url is relative to the batch's version root, without it: "/users?$top=1"
 * (build it with GraphPath and ODataQuery::toQueryString()). The body is sent when it is not empty, and always
 * for POST/PATCH/PUT (then {}), with the Content-Type header Graph requires. dependsOn: ids in the same batch().
 */
struct BatchItem
{
    QString id;
    QByteArray method = "GET";
    QString url;
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers;
    QStringList dependsOn;
};

struct BatchItemResult
{
    int status = 0; // the item's own HTTP status; 0: no answer for this item (see error)
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    GraphError error; // set when status is not 2xx or there was no answer; 429 after the retries: Throttled
    int attempts = 0; // rounds this item was sent in
};

/**
 * The answer to GraphClient::batch(): a result per item id, whatever the order Graph answered in.
 * error() is set for a whole-batch failure (invalid input, or a $batch request that failed; its items then carry
 * the same error). Deletes itself (deleteLater) after finished() unless setAutoDelete(false).
 */
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
