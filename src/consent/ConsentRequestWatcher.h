#pragma once

#include "directory/ConsentRequest.h"
#include "graph/GraphError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class GraphClient;

/**
 * After the admin-consent page was opened in the browser: polls one request's user requests until none is open
 * any more (the consent was given: Completed; or the request ran out: Expired), or until the timeout.
 * Transient failures keep polling; 401/403/404 stop it.
 */
class ConsentRequestWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ConsentRequestWatcher(GraphClient* client, QObject* parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); } // default 5 s
    void setTimeout(int ms) { m_timeoutMs = ms; } // default 10 min; 0: none
    void watch(const QString& appConsentRequestId);
    void stop();
    bool isWatching() const { return m_watching; }

signals:
    void statusChanged(const QString& status); // ConsentRequest::status() after each poll that changed it
    void completed(const ConsentRequest& request); // no open user request left, at least one Completed
    void ended(const QString& status); // stopped for any reason: Completed, Expired, "timeout", "error"
    void failed(const GraphError& error);

private:
    void poll();

    QPointer<GraphClient> m_client;
    QTimer m_timer;
    QString m_requestId;
    QString m_status;
    qint64 m_startedMs = 0;
    int m_timeoutMs = 10 * 60 * 1000;
    bool m_watching = false;
    bool m_polling = false;
};
