#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

/**
 * The tests' own view of the sandbox tenant: plain QNetworkAccessManager requests with a token, waiting with a
 * running event loop — so every claim about a write is checked in the tenant, never taken from the CLI's output.
 */
class TenantHttp
{
public:
    TenantHttp() = default;
    TenantHttp(const QUrl& base, const QByteArray& token)
        : m_base(base)
        , m_token(token)
    {
    }

    // GET /v1.0{pathAndQuery}; *status gets the HTTP status.
    QJsonDocument get(const QString& pathAndQuery, int* status = nullptr) const;
    // A collection with every page (@odata.nextLink followed).
    QJsonArray list(const QString& pathAndQuery) const;
    QJsonObject control(const QString& path) const; // POST /_sandbox/…
    int remove(const QString& path) const; // DELETE /v1.0{path}: the HTTP status
    int patch(const QString& path, const QJsonObject& body) const; // PATCH /v1.0{path}: the HTTP status
    QJsonObject post(const QString& path, const QJsonObject& body, int* status = nullptr) const; // POST /v1.0{path}

private:
    QJsonDocument send(const QUrl& url, const QByteArray& method, int* status, const QByteArray& body = {}) const;

    QUrl m_base;
    QByteArray m_token;
};
