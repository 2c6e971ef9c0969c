#include "ControlEndpoints.h"

#include "ThrottleBudget.h"

#include "GraphErrors.h"
#include "SandboxOptions.h"
#include "SandboxStats.h"
#include "TenantStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace {

const QString kPrefix = QStringLiteral("/_sandbox/");

} // namespace

ControlEndpoints::ControlEndpoints(TenantStore& store,
                                   SandboxStats& stats,
                                   const SandboxOptions& options,
                                   ResetFunction reset)
    : m_store(store)
    , m_stats(stats)
    , m_options(options)
    , m_reset(std::move(reset))
{
}

bool ControlEndpoints::handles(const QString& path)
{
    return path.startsWith(kPrefix) || path == QLatin1String("/_sandbox");
}

SandboxResponse
ControlEndpoints::error(const SandboxRequest& request, int status, const QString& code, const QString& message)
{
    return GraphErrors::error(request, status, code, message);
}

SandboxResponse ControlEndpoints::handle(const SandboxRequest& request)
{
    const QString name = request.path.mid(kPrefix.size());
    auto only = [&request](const char* method) {
        return GraphErrors::methodNotAllowed(request, {QString::fromLatin1(method)});
    };
    if (name == QLatin1String("info")) {
        return request.method == "GET" ? info(request) : only("GET");
    }
    if (name == QLatin1String("export")) {
        return request.method == "GET" ? SandboxResponse::json(200, m_store.toFixture()) : only("GET");
    }
    if (name == QLatin1String("stats")) {
        return request.method == "GET" ? SandboxResponse::json(200, m_stats.toJson()) : only("GET");
    }
    if (name == QLatin1String("reset")) {
        if (request.method != "POST") {
            return only("POST");
        }
        QString failure;
        if (!m_reset(&failure)) {
            return error(request, 500, QStringLiteral("ResetFailed"), failure);
        }
        return SandboxResponse::json(200, QJsonObject {{QStringLiteral("reset"), true}});
    }
    if (name == QLatin1String("consent-requests")) {
        return request.method == "POST" ? createConsentRequest(request) : only("POST");
    }
    if (name == QLatin1String("throttle-budget") && m_budget) {
        return request.method == "POST" ? setThrottleBudget(request) : only("POST");
    }
    return error(request,
                 404,
                 QStringLiteral("NotFound"),
                 QStringLiteral("No sandbox control endpoint '%1'.").arg(request.path));
}

SandboxResponse ControlEndpoints::info(const SandboxRequest& request) const
{
    const QJsonObject tenant = m_store.tenant();
    QJsonArray clientIds;
    for (const auto& c : m_store.clients()) {
        clientIds.append(c.toObject().value(QStringLiteral("appId")));
    }
    QJsonArray users;
    for (const auto& user : m_store.list(QStringLiteral("users"))) {
        const QString id = user.value(QStringLiteral("id")).toString();
        QJsonArray roles;
        for (const auto& role : m_store.directoryRolesOf(id)) {
            roles.append(
                QJsonObject {{QStringLiteral("id"), role.value(QStringLiteral("id"))},
                             {QStringLiteral("displayName"), role.value(QStringLiteral("displayName"))},
                             {QStringLiteral("roleTemplateId"), role.value(QStringLiteral("roleTemplateId"))}});
        }
        users.append(QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("userPrincipalName"), user.value(QStringLiteral("userPrincipalName"))},
            {QStringLiteral("displayName"), user.value(QStringLiteral("displayName"))},
            {QStringLiteral("userType"), user.value(QStringLiteral("userType"))},
            {QStringLiteral("accountEnabled"), user.value(QStringLiteral("accountEnabled"))},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("roleTemplateIds"), QJsonArray::fromStringList(m_store.directoryRoleTemplateIds(id))},
        });
    }
    const QString base = request.baseUrl();
    QJsonObject counts;
    for (const auto& collection : {QStringLiteral("users"),
                                   QStringLiteral("groups"),
                                   QStringLiteral("servicePrincipals"),
                                   QStringLiteral("oauth2PermissionGrants"),
                                   QStringLiteral("appRoleAssignments"),
                                   QStringLiteral("appConsentRequests"),
                                   QStringLiteral("directoryRoles")}) {
        counts.insert(collection, m_store.count(collection));
    }
    const QJsonObject body {
        {QStringLiteral("tenant"), tenant},
        {QStringLiteral("tenantId"), m_store.tenantId()},
        {QStringLiteral("defaultDomain"), tenant.value(QStringLiteral("defaultDomain"))},
        {QStringLiteral("clients"), m_store.clients()},
        {QStringLiteral("clientIds"), clientIds},
        {QStringLiteral("users"), users},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("endpoints"),
         QJsonObject {
             {QStringLiteral("authority"), base},
             {QStringLiteral("graph"), base},
             {QStringLiteral("exchange"), base},
             {QStringLiteral("authorize"),
              QString(base + QLatin1Char('/') + m_store.tenantId() + QStringLiteral("/oauth2/v2.0/authorize"))},
             {QStringLiteral("token"),
              QString(base + QLatin1Char('/') + m_store.tenantId() + QStringLiteral("/oauth2/v2.0/token"))}}},
        {QStringLiteral("options"),
         QJsonObject {{QStringLiteral("pageSize"), m_options.pageSize},
                      {QStringLiteral("latencyMs"), m_options.latencyMs},
                      {QStringLiteral("throttleRate"), m_options.throttleRate},
                      {QStringLiteral("errorRate"), m_options.errorRate},
                      {QStringLiteral("dropRate"), m_options.dropRate},
                      {QStringLiteral("gatewayTimeoutRate"), m_options.gatewayTimeoutRate},
                      {QStringLiteral("throttleBudget"), m_options.throttleBudget},
                      {QStringLiteral("seed"), QString::number(m_options.seed)},
                      {QStringLiteral("faultSeed"), QString::number(m_options.effectiveFaultSeed())}}},
    };
    return SandboxResponse::json(200, body);
}

SandboxResponse ControlEndpoints::createConsentRequest(const SandboxRequest& request)
{
    QString parseError;
    const QJsonObject body = request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return error(
            request, 400, QStringLiteral("BadRequest"), QStringLiteral("The body is not a JSON object: ") + parseError);
    }
    const QString appId = body.value(QStringLiteral("appId")).toString().toLower();
    if (QUuid::fromString(appId).isNull()) {
        return error(request, 400, QStringLiteral("BadRequest"), QStringLiteral("\"appId\" must be a GUID."));
    }
    QStringList scopes;
    for (const auto& s : body.value(QStringLiteral("scopes")).toArray()) {
        if (!s.isString() || s.toString().trimmed().isEmpty()) {
            return error(request, 400, QStringLiteral("BadRequest"), QStringLiteral("\"scopes\" must be strings."));
        }
        scopes.append(s.toString().trimmed());
    }
    if (scopes.isEmpty()) {
        return error(request,
                     400,
                     QStringLiteral("BadRequest"),
                     QStringLiteral("\"scopes\" must list at least one permission."));
    }
    const QString upn = body.value(QStringLiteral("userPrincipalName")).toString();
    const auto user = m_store.userByIdOrUpn(upn);
    if (upn.isEmpty() || !user) {
        return error(request, 404, QStringLiteral("NotFound"), QStringLiteral("No user '%1' in the tenant.").arg(upn));
    }
    const QString reason = body.value(QStringLiteral("reason")).toString();
    const auto [appRequest, userRequest] = m_store.fileConsentRequest(
        appId, body.value(QStringLiteral("appDisplayName")).toString(), scopes, *user, reason);
    return SandboxResponse::json(201,
                                 QJsonObject {{QStringLiteral("appConsentRequest"), appRequest},
                                              {QStringLiteral("userConsentRequest"), userRequest}});
}

SandboxResponse ControlEndpoints::setThrottleBudget(const SandboxRequest& request)
{
    QString parseError;
    const QJsonObject body = request.jsonBody(&parseError);
    const QString budget = body.value(QStringLiteral("budget")).toString();
    const auto quota = ThrottleBudget::parseQuota(budget, m_store.count(QStringLiteral("users")));
    if (!parseError.isEmpty() || !quota) {
        return error(request,
                     400,
                     QStringLiteral("BadRequest"),
                     QStringLiteral("budget must be S, M, L, auto, off or a number of resource units per 10 s."));
    }
    m_budget->reset();
    m_budget->setQuota(*quota);
    return SandboxResponse::json(
        200, QJsonObject {{QStringLiteral("budget"), budget}, {QStringLiteral("resourceUnitsPer10s"), *quota}});
}
