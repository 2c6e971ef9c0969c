#include "ScriptedNetworkAccessManager.h"

#include "ScriptedReply.h"

ScriptedNetworkAccessManager::ScriptedNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{
}

void ScriptedNetworkAccessManager::setScript(const QList<ScriptedResponse>& responses)
{
    m_script = responses;
    m_next = 0;
    m_sent.clear();
}

QNetworkReply*
ScriptedNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoing)
{
    Sent sent;
    switch (operation) {
    case GetOperation:
        sent.method = "GET";
        break;
    case PostOperation:
        sent.method = "POST";
        break;
    case PutOperation:
        sent.method = "PUT";
        break;
    case DeleteOperation:
        sent.method = "DELETE";
        break;
    case HeadOperation:
        sent.method = "HEAD";
        break;
    default:
        sent.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    sent.url = request.url();
    sent.authorization = request.rawHeader("Authorization");
    if (outgoing) {
        sent.body = outgoing->readAll();
    }
    ScriptedResponse answer;
    answer.status = 0; // the script is used up: nobody answers
    if (m_next < m_script.size()) {
        answer = m_script.at(m_next++);
    }
    sent.answer = answer;
    m_sent.append(sent);
    return new ScriptedReply(operation, request, sent.method, answer, this);
}
