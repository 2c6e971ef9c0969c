#pragma once

#include "ScriptedResponse.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

/**
 * A QNetworkAccessManager with no network: every request gets the next scripted answer (DROP once the script is used
 * up), and is recorded — method, URL, the Authorization header and the body — so a harness can check what the client
 * sent in answer to hostile responses (where the token went, whether a write went out twice).
 */
class ScriptedNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Sent
    {
        QByteArray method;
        QUrl url;
        QByteArray authorization;
        QByteArray body;
        ScriptedResponse answer;
    };

    explicit ScriptedNetworkAccessManager(QObject* parent = nullptr);

    void setScript(const QList<ScriptedResponse>& responses);
    const QList<Sent>& sent() const { return m_sent; }

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoing) override;

private:
    QList<ScriptedResponse> m_script;
    qsizetype m_next = 0;
    QList<Sent> m_sent;
};
