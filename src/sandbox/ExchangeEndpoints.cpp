#include "ExchangeEndpoints.h"

#include "ExchangeDirectory.h"
#include "TenantStore.h"
#include "TokenService.h"
#include "log/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QString kGlobalAdministrator = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
const QString kExchangeAdministrator = QStringLiteral("29232cdf-9323-42fd-ade2-1d097af3e4de");
const QString kGlobalReader = QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451");

SandboxResponse unauthorized()
{
    SandboxResponse response = SandboxResponse::text(401, QByteArray());
    response.setHeader("WWW-Authenticate",
                       "Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", "
                       "trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\", token_types=\"app_asserted_user_v1 "
                       "service_asserted_app_v1\", error=\"invalid_token\"");
    return response;
}

QString skipToken(const SandboxRequest& request)
{
    for (const auto& [name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("$skiptoken")) {
            return value;
        }
    }
    return {};
}

} // namespace

ExchangeEndpoints::ExchangeEndpoints(TenantStore& store, TokenService& tokens, ExchangeDirectory& directory)
    : m_store(store)
    , m_tokens(tokens)
    , m_directory(directory)
{
}

bool ExchangeEndpoints::handles(const QString& path)
{
    return path.startsWith(QLatin1String("/adminapi/")) || path.startsWith(QLatin1String("/_sandbox/exchange/"));
}

void ExchangeEndpoints::reset()
{
    m_paging.clear();
    m_defaultPageSize = 1000;
}

SandboxResponse ExchangeEndpoints::nulForbidden()
{
    return SandboxResponse::text(403, QByteArray(32, '\0'), "application/octet-stream");
}

SandboxResponse ExchangeEndpoints::cmdletError(int status, const QString& exceptionType, const QString& message)
{
    const QString detail
        = QStringLiteral("Ex6F9304|Microsoft.Exchange.Configuration.Tasks.%1|%2").arg(exceptionType, message);
    const QJsonObject error {
        {QStringLiteral("code"), status == 404 ? QStringLiteral("NotFound") : QStringLiteral("BadRequest")},
        {QStringLiteral("message"), QStringLiteral("Invalid Operation")},
        {QStringLiteral("details"),
         QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("Context")},
                                  {QStringLiteral("target"), QString()},
                                  {QStringLiteral("message"), detail}}}},
        {QStringLiteral("innererror"),
         QJsonObject {
             {QStringLiteral("message"), detail},
             {QStringLiteral("type"), QStringLiteral("Microsoft.Exchange.Admin.OData.Core.ODataServiceException")},
             {QStringLiteral("internalexception"),
              QJsonObject {{QStringLiteral("message"), message},
                           {QStringLiteral("type"),
                            QStringLiteral("Microsoft.Exchange.Configuration.Tasks.%1").arg(exceptionType)}}}}}};
    return SandboxResponse::json(status, QJsonObject {{QStringLiteral("error"), error}});
}

SandboxResponse ExchangeEndpoints::propagation(const SandboxRequest& request)
{
    if (request.method == "POST") {
        const QJsonObject body = request.jsonBody();
        const bool delay = body.value(QStringLiteral("delayMs")).isDouble();
        const bool size = body.value(QStringLiteral("pageSize")).isDouble();
        if (!delay && !size) {
            return SandboxResponse::json(
                400,
                QJsonObject {{QStringLiteral("error"), QStringLiteral("expected {\"delayMs\": N, \"pageSize\": N}")}});
        }
        if (delay) {
            m_directory.setPropagationMs(body.value(QStringLiteral("delayMs")).toInt());
        }
        if (size) {
            m_defaultPageSize = std::clamp(body.value(QStringLiteral("pageSize")).toInt(), 1, 1000);
        }
        Log::get("sandbox")->info(
            "exchange: propagation delay {} ms, page size {}", m_directory.propagationMs(), m_defaultPageSize);
    } else if (request.method != "GET") {
        return SandboxResponse::json(405, QJsonObject {{QStringLiteral("error"), QStringLiteral("GET or POST")}});
    }
    return SandboxResponse::json(200,
                                 QJsonObject {{QStringLiteral("delayMs"), m_directory.propagationMs()},
                                              {QStringLiteral("pageSize"), m_defaultPageSize}});
}

SandboxResponse ExchangeEndpoints::page(const SandboxRequest& request,
                                        const QString& root,
                                        const QJsonArray& rows,
                                        int offset,
                                        int size)
{
    QJsonObject body {{QStringLiteral("@odata.context"),
                       QString(root + QStringLiteral("/$metadata#Collection(Exchange.GenericHashTable)"))}};
    QJsonArray value;
    for (int i = offset; i < rows.size() && i < offset + size; ++i) {
        value.append(rows.at(i));
    }
    body.insert(QStringLiteral("value"), value);
    if (offset + size < rows.size()) {
        QString token;
        const QString skip = skipToken(request);
        const QString key = skip.isEmpty() ? QString::number(++m_nextPaging) : skip.section(QLatin1Char('-'), 0, 0);
        if (skip.isEmpty()) {
            m_paging.insert(key, Paging {rows, size});
        }
        token = QStringLiteral("%1-%2").arg(key).arg(offset + size);
        body.insert(QStringLiteral("@odata.nextLink"),
                    QString(root + QStringLiteral("/InvokeCommand?$skiptoken=") + token));
    }
    return SandboxResponse::json(200, body);
}

SandboxResponse ExchangeEndpoints::handle(const SandboxRequest& request)
{
    if (request.path == QLatin1String("/_sandbox/exchange/propagation")
        || request.path == QLatin1String("/_sandbox/exchange/settings")) {
        return propagation(request);
    }
    static const QRegularExpression route(QStringLiteral("^/adminapi/beta/([^/]+)/InvokeCommand$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = route.match(request.path);
    if (!match.hasMatch()) {
        return SandboxResponse::text(404, QByteArray());
    }
    const QString tenant = match.captured(1);
    const QString domain = m_store.tenant().value(QStringLiteral("defaultDomain")).toString();
    bool knownTenant = tenant.compare(m_store.tenantId(), Qt::CaseInsensitive) == 0
                       || tenant.compare(domain, Qt::CaseInsensitive) == 0;
    for (const auto& v : m_store.tenant().value(QStringLiteral("verifiedDomains")).toArray()) {
        const QString name = v.isObject() ? v.toObject().value(QStringLiteral("name")).toString() : v.toString();
        knownTenant = knownTenant || name.compare(tenant, Qt::CaseInsensitive) == 0;
    }

    // Authentication: a bearer token for Exchange Online.
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
        return unauthorized();
    }
    const auto claims = m_tokens.validateAccessToken(authorization.mid(7).trimmed());
    if (!claims || claims->resource != TokenService::Resource::Exchange || !knownTenant) {
        return unauthorized();
    }

    const QString root = request.baseUrl() + QStringLiteral("/adminapi/beta/") + tenant;
    if (request.method == "GET") {
        const QString skip = skipToken(request);
        const auto it = m_paging.constFind(skip.section(QLatin1Char('-'), 0, 0));
        if (skip.isEmpty() || it == m_paging.constEnd()) {
            return cmdletError(400,
                               QStringLiteral("InvalidOperationException"),
                               QStringLiteral("The page token is invalid or has expired."));
        }
        return page(request, root, it->rows, skip.section(QLatin1Char('-'), 1).toInt(), it->pageSize);
    }
    if (request.method != "POST") {
        return SandboxResponse::text(405, QByteArray());
    }
    const QJsonObject input = request.jsonBody().value(QStringLiteral("CmdletInput")).toObject();
    const QString cmdlet = input.value(QStringLiteral("CmdletName")).toString();
    if (cmdlet.isEmpty()) {
        return cmdletError(
            400,
            QStringLiteral("InvalidOperationException"),
            QStringLiteral("The request body must be {\"CmdletInput\":{\"CmdletName\":…,\"Parameters\":{…}}}."));
    }

    // Authorization: Exchange RBAC as the built-in role groups give it. App-only callers are not emulated.
    const QStringList wids = claims->roleTemplateIds;
    const bool admin = wids.contains(kGlobalAdministrator, Qt::CaseInsensitive)
                       || wids.contains(kExchangeAdministrator, Qt::CaseInsensitive);
    const bool reader = wids.contains(kGlobalReader, Qt::CaseInsensitive) && ExchangeDirectory::isReadOnly(cmdlet);
    if (claims->appOnly || !(admin || reader)) {
        Log::get("sandbox")->info("exchange: {} refused (no Exchange role)", cmdlet);
        return nulForbidden();
    }

    ExchangeDirectory::CmdletError error;
    const auto rows = m_directory.run(cmdlet, input.value(QStringLiteral("Parameters")).toObject(), &error);
    if (!rows) {
        return nulForbidden(); // an unknown cmdlet looks like a refused one
    }
    if (!error.message.isEmpty()) {
        return cmdletError(error.status, error.exceptionType, error.message);
    }
    int pageSize = m_defaultPageSize;
    static const QRegularExpression maxPage(QStringLiteral("odata\\.maxpagesize=(\\d+)"));
    for (const QByteArray& header : {request.header("prefer"), request.header("x-prefer")}) {
        const auto m = maxPage.match(QString::fromLatin1(header));
        if (m.hasMatch()) {
            pageSize = std::clamp(m.captured(1).toInt(), 1, 1000);
        }
    }
    QJsonArray value;
    for (const auto& row : *rows) {
        value.append(row);
    }
    return page(request, root, value, 0, pageSize);
}
