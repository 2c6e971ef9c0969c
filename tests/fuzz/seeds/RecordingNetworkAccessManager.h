#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

/**
 * A real QNetworkAccessManager that remembers the URL of every request: the seed recorder runs ConsentDesk's own
 * services through it against the sandbox, so the OData seeds are the queries the product really sends.
 */
class RecordingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    const QList<QUrl>& urls() const { return m_urls; }

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoing) override
    {
        m_urls.append(request.url());
        return QNetworkAccessManager::createRequest(operation, request, outgoing);
    }

private:
    QList<QUrl> m_urls;
};
