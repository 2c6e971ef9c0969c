#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

/**
 * The sandbox's own request/response types, independent of the QHttpServer API (which changed between 6.4 and 6.8):
 * SandboxServer converts once, every endpoint handler works on these.
 */
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", …
    QUrl url; // full URL as received (path still percent-encoded in url.path(QUrl::FullyEncoded))
    QString path; // decoded path, e.g. "/v1.0/servicePrincipals(appId='…')"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;
    quint64 sequence = 0; // 1-based request counter of the server (fault injection keys off it)

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QJsonObject jsonBody(QString* error = nullptr) const;
    QUrlQuery formBody() const; // application/x-www-form-urlencoded
    QString baseUrl() const; // "http://127.0.0.1:PORT" as the client reached us
};

struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool dropConnection = false; // fault injection: close the socket mid-response

    SandboxResponse& setHeader(const QByteArray& name, const QByteArray& value);

    static SandboxResponse json(int status, const QJsonObject& object);
    static SandboxResponse json(int status, const QJsonDocument& document);
    static SandboxResponse html(int status, const QString& html);
    static SandboxResponse text(int status, const QByteArray& body, const QByteArray& contentType = "text/plain");
    static SandboxResponse noContent();
    static SandboxResponse redirect(const QUrl& location); // 302
};
