#include "TenantHttp.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>

QJsonDocument TenantHttp::send(const QUrl& url, const QByteArray& method, int* status, const QByteArray& body) const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply* reply = method == "POST"     ? network.post(request, body)
                           : method == "PATCH"  ? network.sendCustomRequest(request, method, body)
                           : method == "DELETE" ? network.deleteResource(request)
                                                : network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        done.wait(30000);
    }
    if (status) {
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return json;
}

QJsonDocument TenantHttp::get(const QString& pathAndQuery, int* status) const
{
    return send(QUrl(m_base.toString() + QStringLiteral("/v1.0") + pathAndQuery), "GET", status);
}

int TenantHttp::remove(const QString& path) const
{
    int status = 0;
    send(QUrl(m_base.toString() + QStringLiteral("/v1.0") + path), "DELETE", &status);
    return status;
}

int TenantHttp::patch(const QString& path, const QJsonObject& body) const
{
    int status = 0;
    send(QUrl(m_base.toString() + QStringLiteral("/v1.0") + path),
         "PATCH",
         &status,
         QJsonDocument(body).toJson(QJsonDocument::Compact));
    return status;
}

QJsonObject TenantHttp::post(const QString& path, const QJsonObject& body, int* status) const
{
    return send(QUrl(m_base.toString() + QStringLiteral("/v1.0") + path),
                "POST",
                status,
                QJsonDocument(body).toJson(QJsonDocument::Compact))
        .object();
}

QJsonArray TenantHttp::list(const QString& pathAndQuery) const
{
    QJsonArray all;
    QUrl next(m_base.toString() + QStringLiteral("/v1.0") + pathAndQuery);
    for (int page = 0; page < 1000 && next.isValid() && !next.isEmpty(); ++page) {
        const QJsonObject body = send(next, "GET", nullptr).object();
        for (const auto& v : body.value(QStringLiteral("value")).toArray()) {
            all.append(v);
        }
        next = QUrl(body.value(QStringLiteral("@odata.nextLink")).toString());
    }
    return all;
}

QJsonObject TenantHttp::control(const QString& path) const
{
    return send(QUrl(m_base.toString() + path), "POST", nullptr).object();
}
