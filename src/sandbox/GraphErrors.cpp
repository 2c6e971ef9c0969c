#include "GraphErrors.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

// Per-process namespace so request ids differ between runs but stay stable within one request.
const QUuid& requestIdNamespace()
{
    static const QUuid ns = QUuid::createUuid();
    return ns;
}

} // namespace

QByteArray GraphErrors::requestId(const SandboxRequest& request)
{
    const QByteArray name = QByteArray::number(request.sequence) + ' ' + request.method + ' '
                            + request.url.toString(QUrl::FullyEncoded).toUtf8();
    return QUuid::createUuidV5(requestIdNamespace(), name).toString(QUuid::WithoutBraces).toLatin1();
}

QByteArray GraphErrors::clientRequestId(const SandboxRequest& request)
{
    const QByteArray echoed = request.header("client-request-id").trimmed();
    // Graph uses its own request id when the client sends none.
    return echoed.isEmpty() ? requestId(request) : echoed.left(128);
}

void GraphErrors::addDiagnosticHeaders(SandboxResponse& response, const SandboxRequest& request)
{
    response.setHeader("request-id", requestId(request));
    response.setHeader("client-request-id", clientRequestId(request));
    response.setHeader(
        "x-ms-ags-diagnostic",
        R"({"ServerInfo":{"DataCenter":"Sandbox","Slice":"E","Ring":"0","ScaleUnit":"000","RoleInstance":"SANDBOX"}})");
    response.setHeader("Strict-Transport-Security", "max-age=31536000");
}

SandboxResponse
GraphErrors::error(const SandboxRequest& request, int status, const QString& code, const QString& message)
{
    const QJsonObject innerError {
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
        {QStringLiteral("request-id"), QString::fromLatin1(requestId(request))},
        {QStringLiteral("client-request-id"), QString::fromLatin1(clientRequestId(request))},
    };
    const QJsonObject body {{QStringLiteral("error"),
                             QJsonObject {{QStringLiteral("code"), code},
                                          {QStringLiteral("message"), message},
                                          {QStringLiteral("innerError"), innerError}}}};
    SandboxResponse response = SandboxResponse::json(status, body);
    addDiagnosticHeaders(response, request);
    return response;
}

SandboxResponse GraphErrors::badRequest(const SandboxRequest& request, const QString& message)
{
    return error(request, 400, QStringLiteral("Request_BadRequest"), message);
}

SandboxResponse GraphErrors::odataBadRequest(const SandboxRequest& request, const QString& message)
{
    return error(request, 400, QStringLiteral("BadRequest"), message);
}

SandboxResponse GraphErrors::unsupportedQuery(const SandboxRequest& request, const QString& message)
{
    return error(request, 400, QStringLiteral("Request_UnsupportedQuery"), message);
}

SandboxResponse GraphErrors::invalidJson(const SandboxRequest& request)
{
    return odataBadRequest(
        request,
        QStringLiteral("Unable to read JSON request payload. Please ensure Content-Type header is set "
                       "and payload is of valid JSON format."));
}

SandboxResponse
GraphErrors::invalidProperty(const SandboxRequest& request, const QString& property, const QString& resource)
{
    return badRequest(
        request, QStringLiteral("Invalid value specified for property '%1' of resource '%2'.").arg(property, resource));
}

SandboxResponse GraphErrors::notFound(const SandboxRequest& request, const QString& id)
{
    return error(
        request,
        404,
        QStringLiteral("Request_ResourceNotFound"),
        QStringLiteral("Resource '%1' does not exist or one of its queried reference-property objects are not present.")
            .arg(id));
}

SandboxResponse GraphErrors::segmentNotFound(const SandboxRequest& request, const QString& segment)
{
    return odataBadRequest(request, QStringLiteral("Resource not found for the segment '%1'.").arg(segment));
}

SandboxResponse GraphErrors::noHttpResource(const SandboxRequest& request)
{
    return error(request,
                 404,
                 QStringLiteral("UnknownError"),
                 QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                     .arg(request.url.toString(QUrl::FullyEncoded)));
}

SandboxResponse GraphErrors::methodNotAllowed(const SandboxRequest& request, const QStringList& allowed)
{
    SandboxResponse response = error(request,
                                     405,
                                     QStringLiteral("Request_BadRequest"),
                                     QStringLiteral("Specified HTTP method is not allowed for the request target."));
    response.setHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
    return response;
}

SandboxResponse GraphErrors::accessDenied(const SandboxRequest& request)
{
    return error(request,
                 403,
                 QStringLiteral("Authorization_RequestDenied"),
                 QStringLiteral("Insufficient privileges to complete the operation."));
}

SandboxResponse GraphErrors::unauthorized(const SandboxRequest& request, const QString& message, bool expired)
{
    SandboxResponse response = error(request, 401, QStringLiteral("InvalidAuthenticationToken"), message);
    QByteArray challenge = "Bearer realm=\"\", authorization_uri=\"" + request.baseUrl().toUtf8()
                           + "/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"";
    if (expired) {
        challenge += ", error=\"invalid_token\", error_description=\"The access token has expired\"";
    }
    response.setHeader("WWW-Authenticate", challenge);
    return response;
}

SandboxResponse GraphErrors::throttled(const SandboxRequest& request, const QByteArray& retryAfter)
{
    SandboxResponse response
        = error(request, 429, QStringLiteral("TooManyRequests"), QStringLiteral("Please retry again later."));
    // Graph's throttling example carries the status in innerError too.
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QJsonObject errorObject = body.value(QStringLiteral("error")).toObject();
    QJsonObject inner = errorObject.value(QStringLiteral("innerError")).toObject();
    inner.insert(QStringLiteral("status"), QStringLiteral("429"));
    errorObject.insert(QStringLiteral("innerError"), inner);
    body.insert(QStringLiteral("error"), errorObject);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.setHeader("Retry-After", retryAfter);
    return response;
}

SandboxResponse GraphErrors::serviceUnavailable(const SandboxRequest& request, const QByteArray& retryAfter)
{
    SandboxResponse response = error(request,
                                     503,
                                     QStringLiteral("ServiceUnavailable"),
                                     QStringLiteral("The service is temporarily unavailable. Please retry later."));
    response.setHeader("Retry-After", retryAfter);
    return response;
}

SandboxResponse GraphErrors::gatewayTimeout(const SandboxRequest& request)
{
    return error(request,
                 504,
                 QStringLiteral("GatewayTimeout"),
                 QStringLiteral("The operation timed out while waiting for the backend service."));
}

SandboxResponse GraphErrors::payloadTooLarge(const SandboxRequest& request, qint64 limit)
{
    return error(request,
                 413,
                 QStringLiteral("RequestEntityTooLarge"),
                 QStringLiteral("The request body exceeds the maximum of %1 bytes.").arg(limit));
}
