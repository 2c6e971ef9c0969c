#pragma once

#include "ScriptedResponse.h"

#include <QNetworkReply>

/**
 * A QNetworkReply that plays one ScriptedResponse, asynchronously like a real one (finished() from the event loop),
 * with the error codes QNetworkAccessManager would set: a transport error below 200 for DROP and TRUNCATED answers,
 * Qt's HTTP error codes (>= 200) for 4xx/5xx statuses.
 */
class ScriptedReply : public QNetworkReply
{
    Q_OBJECT

public:
    ScriptedReply(QNetworkAccessManager::Operation operation,
                  const QNetworkRequest& request,
                  const QByteArray& verb,
                  const ScriptedResponse& response,
                  QObject* parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void deliver();
    void complete(NetworkError error, const QString& text);

    QByteArray m_body;
    qsizetype m_offset = 0;
    ScriptedResponse m_response;
};
