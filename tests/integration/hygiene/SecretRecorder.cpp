#include "SecretRecorder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

SecretRecorder::SecretRecorder()
{
    setProxy(QNetworkProxy::NoProxy);
}

void SecretRecorder::add(const QString& kind, const QString& value)
{
    if (value.isEmpty()) {
        return;
    }
    for (const Secret& s : std::as_const(m_secrets)) {
        if (s.value == value) {
            return;
        }
    }
    m_secrets.append({kind, value});
}

int SecretRecorder::count(const QString& kind) const
{
    return int(std::count_if(m_secrets.cbegin(), m_secrets.cend(), [&](const Secret& s) { return s.kind == kind; }));
}

QStringList SecretRecorder::needles(const QString& value)
{
    QStringList result {value};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (encoded != value) {
        result.append(encoded);
    }
    constexpr int kPart = 24;
    if (value.size() >= 2 * kPart) {
        const bool jwt = value.startsWith(QLatin1String("eyJ")) && value.count(QLatin1Char('.')) == 2;
        if (!jwt) {
            result.append(value.left(kPart));
        }
        result.append(value.right(kPart));
    }
    return result;
}

QNetworkReply* SecretRecorder::createRequest(Operation op, const QNetworkRequest& request, QIODevice* data)
{
    if (data && op == PostOperation) {
        const QByteArray body = data->peek(data->size() > 0 ? data->size() : 1 << 20);
        const QUrlQuery form(QString::fromLatin1(QByteArray(body).replace('+', ' ')));
        for (const char* key : {"code", "code_verifier", "refresh_token"}) {
            add(QLatin1String(key), form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded));
        }
    }
    QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, data);
    // Connected before the flow connects: peeks at the answer without consuming it.
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const QJsonObject answer = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
        for (const char* key : {"access_token", "refresh_token", "id_token"}) {
            add(QLatin1String(key), answer.value(QLatin1String(key)).toString());
        }
    });
    return reply;
}
