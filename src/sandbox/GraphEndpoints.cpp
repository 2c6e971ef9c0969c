#include "GraphEndpoints.h"

#include "GraphCollection.h"
#include "GraphConsentEndpoints.h"
#include "GraphContext.h"
#include "GraphDirectoryEndpoints.h"
#include "GraphErrors.h"
#include "GraphGrantEndpoints.h"
#include "GraphGroupSettingEndpoints.h"
#include "GraphMailEndpoints.h"
#include "GraphPolicyEndpoints.h"
#include "GraphServicePrincipalEndpoints.h"
#include "TenantStore.h"
#include "ThrottleBudget.h"

#include <QJsonArray>

#include <algorithm>

GraphEndpoints::GraphEndpoints(TenantStore& store,
                               TokenService& tokens,
                               const SandboxOptions& options,
                               ODataPager& pager)
    : m_store(store)
    , m_tokens(tokens)
    , m_options(options)
    , m_pager(pager)
{
}

QString GraphEndpoints::version(const QString& path)
{
    for (const auto& v : {QStringLiteral("v1.0"), QStringLiteral("beta")}) {
        const QString prefix = QLatin1Char('/') + v;
        if (path == prefix || path.startsWith(prefix + QLatin1Char('/'))) {
            return v;
        }
    }
    return QString();
}

bool GraphEndpoints::handles(const QString& path)
{
    return !version(path).isEmpty();
}

bool GraphEndpoints::isBatch(const QString& path)
{
    const QString v = version(path);
    return !v.isEmpty() && path.mid(v.size() + 1) == QLatin1String("/$batch");
}

std::optional<SandboxResponse> GraphEndpoints::authenticate(const SandboxRequest& request,
                                                            TokenService::Claims* claims) const
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty()) {
        return GraphErrors::unauthorized(request, QStringLiteral("Access token is empty."));
    }
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
        return GraphErrors::unauthorized(request, QStringLiteral("Access token validation failure. Invalid audience."));
    }
    const QByteArray token = authorization.mid(7).trimmed();
    QString failure;
    const auto validated = m_tokens.validateAccessToken(token, &failure);
    if (!validated) {
        if (failure == TokenService::kExpired) {
            return GraphErrors::unauthorized(
                request, QStringLiteral("Lifetime validation failed, the token is expired."), true);
        }
        if (!token.contains('.')) {
            return GraphErrors::unauthorized(request,
                                             QStringLiteral("CompactToken parsing failed with error code: 80049217"));
        }
        return GraphErrors::unauthorized(request, QStringLiteral("Access token validation failure."));
    }
    if (validated->resource != TokenService::Resource::Graph) {
        return GraphErrors::unauthorized(request, QStringLiteral("Access token validation failure. Invalid audience."));
    }
    if (!validated->tenantId.isEmpty() && !m_store.tenantId().isEmpty()
        && validated->tenantId.compare(m_store.tenantId(), Qt::CaseInsensitive) != 0) {
        return GraphErrors::unauthorized(request, QStringLiteral("Access token validation failure. Invalid issuer."));
    }
    *claims = *validated;
    return std::nullopt;
}

SandboxResponse GraphEndpoints::handle(const SandboxRequest& request)
{
    TokenService::Claims claims;
    if (auto failure = authenticate(request, &claims)) {
        return *failure;
    }
    const QString v = version(request.path);
    const QStringList segments = request.path.mid(v.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (m_budget && m_budget->enabled() && ThrottleBudget::isIdentityRequest(segments)) {
        const QString tenant = claims.tenantId.isEmpty() ? m_store.tenantId() : claims.tenantId;
        const ThrottleBudget::Decision decision
            = m_budget->charge(claims.clientId,
                               tenant,
                               ThrottleBudget::isWrite(request.method, segments),
                               ThrottleBudget::cost(request.method, segments, request.query));
        if (decision.throttled) {
            SandboxResponse response
                = GraphErrors::throttled(request, QByteArray::number(decision.retryAfterSeconds, 'f', 3));
            response.setHeader("x-ms-throttle-scope",
                               QStringLiteral("Tenant_Application/%1/%2/%3")
                                   .arg(decision.writeLimit ? QStringLiteral("Write") : QStringLiteral("ReadWrite"),
                                        claims.clientId,
                                        tenant)
                                   .toUtf8());
            response.setHeader("x-ms-throttle-information",
                               decision.writeLimit ? "WriteLimitExceeded" : "ResourceUnitLimitExceeded");
            response.setHeader("x-ms-throttle-limit-percentage",
                               QByteArray::number(std::min(1.8, decision.usage), 'f', 1));
            return response;
        }
        SandboxResponse response = handle(request, claims, v, segments);
        response.setHeader("x-ms-resource-unit", QByteArray::number(decision.cost));
        if (decision.usage >= 0.8) {
            response.setHeader("x-ms-throttle-limit-percentage", QByteArray::number(decision.usage, 'f', 1));
        }
        return response;
    }
    return handle(request, claims, v, segments);
}

SandboxResponse GraphEndpoints::handle(const SandboxRequest& request,
                                       const TokenService::Claims& claims,
                                       const QString& v,
                                       const QStringList& segments)
{
    GraphContext context {request, m_store, m_options, m_pager, claims, v, segments};
    context.tokens = &m_tokens;

    if (segments.isEmpty()) {
        // The service document.
        QJsonArray sets;
        for (const auto& name : {QStringLiteral("users"),
                                 QStringLiteral("groups"),
                                 QStringLiteral("servicePrincipals"),
                                 QStringLiteral("oauth2PermissionGrants"),
                                 QStringLiteral("directoryRoles"),
                                 QStringLiteral("directoryObjects")}) {
            sets.append(QJsonObject {{QStringLiteral("name"), name},
                                     {QStringLiteral("kind"), QStringLiteral("EntitySet")},
                                     {QStringLiteral("url"), name}});
        }
        return GraphCollection::ok(context,
                                   QJsonObject {{QStringLiteral("@odata.context"),
                                                 QString(context.graphRoot() + QStringLiteral("/$metadata"))},
                                                {QStringLiteral("value"), sets}});
    }
    if (segments.first() == QLatin1String("$batch")) {
        return GraphErrors::odataBadRequest(request, QStringLiteral("Nested $batch requests are not supported."));
    }
    if (m_exchange) {
        if (auto response = GraphMailEndpoints::handle(context, *m_exchange)) {
            GraphErrors::addDiagnosticHeaders(*response, request);
            return *response;
        }
    }
    for (auto handler : {&GraphDirectoryEndpoints::handle,
                         &GraphGrantEndpoints::handle,
                         &GraphServicePrincipalEndpoints::handle,
                         &GraphConsentEndpoints::handle,
                         &GraphPolicyEndpoints::handle,
                         &GraphGroupSettingEndpoints::handle}) {
        if (auto response = handler(context)) {
            GraphErrors::addDiagnosticHeaders(*response, request);
            return *response;
        }
    }
    return GraphErrors::segmentNotFound(request, GraphContext::split(segments.first()).name);
}
