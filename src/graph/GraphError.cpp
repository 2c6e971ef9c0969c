#include "GraphError.h"

#include "log/Redactor.h"
#include "report/TenantText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QJsonObject parseObject(const QByteArray& body, bool* ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return *ok ? doc.object() : QJsonObject();
}

QString firstNonEmpty(std::initializer_list<QString> values)
{
    for (const QString& v : values) {
        if (!v.isEmpty()) {
            return v;
        }
    }
    return {};
}

} // namespace

GraphError::Kind GraphError::kindForStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::SignInRequired;
    case 403:
        return Kind::PermissionDenied;
    case 404:
        return Kind::NotFound;
    case 429:
        return Kind::Throttled;
    default:
        // A redirect (never followed: the token must not travel on) or an informational answer is an error too.
        return status >= 200 && status < 300 ? Kind::None : Kind::Http;
    }
}

bool GraphError::isRetryable() const
{
    return kind == Kind::Network || kind == Kind::Timeout || httpStatus == 429 || httpStatus == 503
           || httpStatus == 504;
}

QString GraphError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::SignInRequired:
        return QStringLiteral("sign-in-required");
    case Kind::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::TokenEndpoint:
        return QStringLiteral("token-endpoint");
    }
    return {};
}

QString GraphError::summary() const
{
    if (kind == Kind::None) {
        return QStringLiteral("ok");
    }
    QString text;
    if (httpStatus > 0) {
        text += QStringLiteral("HTTP %1 ").arg(httpStatus);
    }
    text += code.isEmpty() ? kindName() : code;
    const QString detail = innerMessage.isEmpty() ? message : message + QStringLiteral(" — ") + innerMessage;
    if (!detail.isEmpty()) {
        text += QStringLiteral(": ") + detail;
    }
    if (!method.isEmpty() || url.isValid()) {
        text += QStringLiteral(" [%1 %2]").arg(method, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    }
    QStringList ids;
    if (!requestId.isEmpty()) {
        ids << QStringLiteral("request-id ") + requestId;
    }
    if (!clientRequestId.isEmpty()) {
        ids << QStringLiteral("client-request-id ") + clientRequestId;
    }
    if (!traceId.isEmpty()) {
        ids << QStringLiteral("trace-id ") + traceId;
    }
    if (!ids.isEmpty()) {
        text += QStringLiteral(" (") + ids.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    // One line, as documented: the parts come from the server (message, ids), and a line break in them would
    // forge lines wherever a summary is logged or printed.
    return Redactor::scrub(TenantText::singleLine(text));
}

GraphError GraphError::make(Kind kind, const QString& message)
{
    GraphError e;
    e.kind = kind;
    e.message = message;
    return e;
}

GraphError GraphError::network(const QString& message, bool timeout)
{
    return make(timeout ? Kind::Timeout : Kind::Network, message);
}

GraphError GraphError::fromGraphJson(int status, const QByteArray& body, const QByteArray& requestIdHeader)
{
    GraphError e;
    e.requestId = QString::fromLatin1(requestIdHeader);
    e.httpStatus = status;
    e.kind = kindForStatus(status);
    bool ok = false;
    const QJsonObject root = parseObject(body, &ok);
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    if (!ok || error.isEmpty()) {
        // Not Graph's error JSON (a gateway's HTML page, NUL bytes, nothing): bodies stay out of messages and logs.
        e.message
            = QCoreApplication::translate("GraphError", "The server answered HTTP %1 without details.").arg(status);
        return e;
    }
    e.code = error.value(QStringLiteral("code")).toString();
    e.message = error.value(QStringLiteral("message")).toString();
    QJsonObject inner = error.value(QStringLiteral("innerError")).toObject();
    if (inner.isEmpty()) {
        inner = error.value(QStringLiteral("innererror")).toObject();
    }
    e.requestId = firstNonEmpty({inner.value(QStringLiteral("request-id")).toString(), e.requestId});
    e.clientRequestId = inner.value(QStringLiteral("client-request-id")).toString();
    e.date = inner.value(QStringLiteral("date")).toString();
    return e;
}

GraphError GraphError::fromTokenEndpointJson(int status, const QByteArray& body)
{
    GraphError e;
    e.httpStatus = status;
    e.kind = Kind::TokenEndpoint;
    bool ok = false;
    const QJsonObject root = parseObject(body, &ok);
    if (!ok) {
        e.message = QCoreApplication::translate("GraphError", "The sign-in service answered HTTP %1 without details.")
                        .arg(status);
        return e;
    }
    e.code = root.value(QStringLiteral("error")).toString();
    e.message = root.value(QStringLiteral("error_description")).toString();
    for (const QJsonValue& v : root.value(QStringLiteral("error_codes")).toArray()) {
        e.errorCodes.append(v.toInt());
    }
    if (e.errorCodes.isEmpty()) {
        // Some answers carry the number only in the text: "AADSTS90094: …".
        static const QRegularExpression aadsts(QStringLiteral("AADSTS(\\d+)"));
        const auto match = aadsts.match(e.message);
        if (match.hasMatch()) {
            e.errorCodes.append(match.captured(1).toInt());
        }
    }
    e.traceId = root.value(QStringLiteral("trace_id")).toString();
    e.correlationId = root.value(QStringLiteral("correlation_id")).toString();
    e.date = root.value(QStringLiteral("timestamp")).toString();
    // The description repeats trace and correlation ids on extra lines; keep the first line for people.
    e.message = e.message.section(QLatin1Char('\n'), 0, 0).trimmed();
    return e;
}

GraphError GraphError::fromExchange(int status, const QByteArray& body)
{
    GraphError e;
    e.httpStatus = status;
    e.kind = kindForStatus(status);
    bool ok = false;
    const QJsonObject root = parseObject(body, &ok);
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    if (!ok || error.isEmpty()) {
        // Exchange answers some refusals (unknown cmdlet, no role) with a 403 whose body is NUL bytes.
        e.message
            = status == 403
                  ? QCoreApplication::translate(
                      "GraphError",
                      "Exchange refused the request (HTTP 403) without details. The signed-in "
                      "account may lack the Exchange role this cmdlet needs, or the cmdlet is "
                      "not available.")
                  : QCoreApplication::translate("GraphError", "Exchange answered HTTP %1 without details.").arg(status);
        return e;
    }
    e.code = error.value(QStringLiteral("code")).toString();
    e.message = error.value(QStringLiteral("message")).toString();
    QJsonObject inner = error.value(QStringLiteral("innererror")).toObject();
    if (inner.isEmpty()) {
        inner = error.value(QStringLiteral("innerError")).toObject();
    }
    const QString internal
        = inner.value(QStringLiteral("internalexception")).toObject().value(QStringLiteral("message")).toString();
    const QString detail = error.value(QStringLiteral("details"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("message"))
                               .toString();
    e.innerMessage = firstNonEmpty({internal, detail, inner.value(QStringLiteral("message")).toString()});
    e.requestId = inner.value(QStringLiteral("request-id")).toString();
    e.clientRequestId = inner.value(QStringLiteral("client-request-id")).toString();
    e.date = inner.value(QStringLiteral("date")).toString();
    return e;
}

GraphError GraphError::fromHttp(int status, const QByteArray& body, const QByteArray& requestIdHeader)
{
    return fromGraphJson(status, body, requestIdHeader);
}
