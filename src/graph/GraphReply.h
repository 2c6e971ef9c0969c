#pragma once

#include "GraphError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

/**
 * The answer to one GraphClient::send() or getCollection(): single objects in json(), collections page by
 * page through pageReceived() and in full in items() once finished() fired.
 *
 * The reply deletes itself (deleteLater) after finished() unless setAutoDelete(false); read it in the slot.
 */
class GraphReply : public QObject
{
    Q_OBJECT

public:
    explicit GraphReply(QObject* parent = nullptr);

    bool isFinished() const { return m_finished; }
    const GraphError& error() const { return m_error; }
    bool ok() const { return m_finished && !m_error.isError(); }
    int statusCode() const { return m_status; }
    QJsonObject json() const { return m_json; } // single-object answers (empty for 204)
    QJsonArray items() const { return m_items; } // collections: every item of every page
    qint64 odataCount() const { return m_count; } // @odata.count of the first page, -1 when absent
    int pageCount() const { return m_pages; }
    QString clientRequestId() const { return m_clientRequestId; }

    void setAutoDelete(bool on) { m_autoDelete = on; }
    bool autoDelete() const { return m_autoDelete; }
    // Collections: off, items() stays empty and each page lives only as long as pageReceived() — for lists read once
    // and streamed (a tenant's 600 000 grants need not be held).
    void setKeepItems(bool on) { m_keepItems = on; }
    // Collections: while paused, the next page is not asked for (a page already on the wire still arrives). A reader
    // that joins pages slower than Graph sends them pauses so that received pages do not pile up in memory.
    void pause() { m_paused = true; }
    void resume();
    bool isPaused() const { return m_paused; }
    void abort();

signals:
    void pageReceived(const QJsonArray& page);
    void finished();
    void aborted(); // internal: lets the client cancel the network exchange

private:
    friend class GraphClient;

    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_keepItems = true;
    bool m_abortRequested = false;
    bool m_paused = false;
    std::function<void()> m_nextPage; // set by the client while paused between two pages
    GraphError m_error;
    int m_status = 0;
    QJsonObject m_json;
    QJsonArray m_items;
    qint64 m_count = -1;
    int m_pages = 0;
    QString m_clientRequestId;
};
