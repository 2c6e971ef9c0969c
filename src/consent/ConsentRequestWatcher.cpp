#include "ConsentRequestWatcher.h"

#include "graph/GraphClient.h"
#include "graph/GraphPath.h"

#include <QDateTime>
#include <QJsonArray>

ConsentRequestWatcher::ConsentRequestWatcher(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &ConsentRequestWatcher::poll);
}

void ConsentRequestWatcher::watch(const QString& appConsentRequestId)
{
    m_requestId = appConsentRequestId;
    m_status.clear();
    m_watching = true;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.start();
    poll();
}

void ConsentRequestWatcher::stop()
{
    m_watching = false;
    m_timer.stop();
}

void ConsentRequestWatcher::poll()
{
    if (!m_watching || m_polling || !m_client) {
        return;
    }
    if (m_timeoutMs > 0 && QDateTime::currentMSecsSinceEpoch() - m_startedMs > m_timeoutMs) {
        stop();
        emit ended(QStringLiteral("timeout"));
        return;
    }
    m_polling = true;
    const QString path = QStringLiteral("/identityGovernance/appConsent/appConsentRequests/")
                         + GraphPath::segment(m_requestId) + QStringLiteral("/userConsentRequests");
    GraphReply* reply = m_client->getCollection(GraphRequest::get(path));
    connect(reply, &GraphReply::finished, this, [this, reply] {
        m_polling = false;
        if (!m_watching) {
            return;
        }
        if (!reply->ok()) {
            const auto kind = reply->error().kind;
            if (kind == GraphError::Kind::PermissionDenied || kind == GraphError::Kind::NotFound
                || kind == GraphError::Kind::SignInRequired) {
                stop();
                emit failed(reply->error());
                emit ended(QStringLiteral("error"));
            }
            return; // transient: try again on the next tick
        }
        ConsentRequest request;
        request.id = m_requestId;
        for (const auto& v : reply->items()) {
            request.userRequests.append(UserConsentRequest::fromJson(v.toObject()));
        }
        const QString status = request.status();
        if (status != m_status) {
            m_status = status;
            emit statusChanged(status);
        }
        if (!status.isEmpty() && status != QLatin1String("InProgress")) {
            stop();
            if (status == QLatin1String("Completed")) {
                emit completed(request);
            }
            emit ended(status);
        }
    });
}
