#include "SandboxHttp.h"

#include <QJsonParseError>

QJsonObject SandboxRequest::jsonBody(QString* error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("the body is not a JSON object");
        }
        return {};
    }
    if (error) {
        error->clear();
    }
    return doc.object();
}

QUrlQuery SandboxRequest::formBody() const
{
    // '+' means space in form encoding; QUrlQuery does not know that.
    QByteArray copy = body;
    copy.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(copy));
}

QString SandboxRequest::baseUrl() const
{
    const QByteArray host = header("host");
    if (!host.isEmpty()) {
        return QStringLiteral("http://") + QString::fromLatin1(host);
    }
    return QStringLiteral("http://%1:%2").arg(url.host()).arg(url.port(80));
}

SandboxResponse& SandboxResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject& object)
{
    return json(status, QJsonDocument(object));
}

SandboxResponse SandboxResponse::json(int status, const QJsonDocument& document)
{
    SandboxResponse r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SandboxResponse SandboxResponse::html(int status, const QString& html)
{
    SandboxResponse r;
    r.status = status;
    r.body = html.toUtf8();
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    return r;
}

SandboxResponse SandboxResponse::text(int status, const QByteArray& body, const QByteArray& contentType)
{
    SandboxResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse r;
    r.status = 204;
    return r;
}

SandboxResponse SandboxResponse::redirect(const QUrl& location)
{
    SandboxResponse r;
    r.status = 302;
    r.setHeader("Location", location.toString(QUrl::FullyEncoded).toUtf8());
    r.setHeader("Cache-Control", "no-store");
    return r;
}
