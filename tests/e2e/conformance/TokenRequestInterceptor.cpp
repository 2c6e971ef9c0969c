#include "TokenRequestInterceptor.h"

#include <QBuffer>
#include <QNetworkProxy>
#include <QNetworkReply>

TokenRequestInterceptor::TokenRequestInterceptor()
{
    setProxy(QNetworkProxy::NoProxy);
}

QUrlQuery TokenRequestInterceptor::form(const QByteArray& body)
{
    return QUrlQuery(QString::fromLatin1(QByteArray(body).replace('+', ' ')));
}

QByteArray TokenRequestInterceptor::withField(const QByteArray& body, const QString& name, const QString& value)
{
    QList<QByteArray> fields = body.split('&');
    const QByteArray prefix = name.toLatin1() + '=';
    for (QByteArray& field : fields) {
        if (field.startsWith(prefix)) {
            field = prefix + QUrl::toPercentEncoding(value);
        }
    }
    return fields.join('&');
}

QNetworkReply* TokenRequestInterceptor::createRequest(Operation op, const QNetworkRequest& request, QIODevice* data)
{
    if (op != PostOperation || !data) {
        return QNetworkAccessManager::createRequest(op, request, data);
    }
    QByteArray body = data->readAll();
    if (m_rewrite) {
        body = m_rewrite(body);
        m_rewrite = nullptr;
    }
    m_posts.append(body);
    auto* buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkRequest sent(request);
    sent.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    QNetworkReply* reply = QNetworkAccessManager::createRequest(op, sent, buffer);
    buffer->setParent(reply);
    return reply;
}
