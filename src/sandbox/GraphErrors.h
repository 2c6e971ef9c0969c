#pragma once

#include "SandboxHttp.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * Graph's error responses: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}
 * with matching request-id / client-request-id headers (the client's client-request-id is echoed).
 * Codes and messages follow what Graph returns for each case, so clients branch on the code as they must in production.
 */
class GraphErrors
{
public:
    // Stable for one request (derived from its sequence number, method and path): header and body agree.
    static QByteArray requestId(const SandboxRequest& request);
    static QByteArray clientRequestId(const SandboxRequest& request);
    // Adds request-id, client-request-id and Graph's other diagnostic headers to any Graph response.
    static void addDiagnosticHeaders(SandboxResponse& response, const SandboxRequest& request);

    static SandboxResponse
    error(const SandboxRequest& request, int status, const QString& code, const QString& message);

    static SandboxResponse badRequest(const SandboxRequest& request, const QString& message); // Request_BadRequest
    static SandboxResponse odataBadRequest(const SandboxRequest& request, const QString& message); // BadRequest
    static SandboxResponse unsupportedQuery(const SandboxRequest& request, const QString& message);
    static SandboxResponse invalidJson(const SandboxRequest& request);
    static SandboxResponse
    invalidProperty(const SandboxRequest& request, const QString& property, const QString& resource);
    static SandboxResponse notFound(const SandboxRequest& request, const QString& id); // Request_ResourceNotFound
    static SandboxResponse segmentNotFound(const SandboxRequest& request, const QString& segment);
    static SandboxResponse
    noHttpResource(const SandboxRequest& request); // 404 of routes Graph documents but never serves
    static SandboxResponse methodNotAllowed(const SandboxRequest& request, const QStringList& allowed);
    static SandboxResponse accessDenied(const SandboxRequest& request);
    static SandboxResponse unauthorized(const SandboxRequest& request, const QString& message, bool expired = false);
    static SandboxResponse throttled(const SandboxRequest& request, const QByteArray& retryAfter);
    static SandboxResponse serviceUnavailable(const SandboxRequest& request, const QByteArray& retryAfter);
    // 504 GatewayTimeout, as Graph's gateway answers when a backend took too long (it may still have made the change).
    static SandboxResponse gatewayTimeout(const SandboxRequest& request);
    static SandboxResponse payloadTooLarge(const SandboxRequest& request, qint64 limit);
};
