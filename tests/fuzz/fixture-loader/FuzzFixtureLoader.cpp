// Fuzz target "fixture-loader": a tenant fixture as `consentdesk-sandbox --fixture FILE` loads it. The input is the
// fixture's JSON (the shape of resources/fixtures/contoso.json). SandboxServer::start() loads it into TenantStore;
// if it is accepted, the requests ConsentDesk makes are served from it through SandboxServer::process (the server's
// synchronous core): the control endpoints (info, a token for the first user), then with that token the Graph reads
// of sign-in, the inventory, the consent-request queue, the Users view and the Mailbox access view, a $batch, and
// Exchange's Get- cmdlets.
// Oracles besides the sanitizers: a fixture the loader accepted is served without a 5xx (the sandbox has no faults
// configured here, so a 5xx means it could not handle its own data) and every JSON answer is valid JSON.
#include "FuzzEnvironment.h"
#include "FuzzOracles.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cstdint>
#include <cstdio>

namespace {

SandboxServer::Outcome send(SandboxServer& server,
                            const QByteArray& method,
                            const QString& pathAndQuery,
                            const QByteArray& token = {},
                            const QByteArray& body = {})
{
    SandboxRequest request;
    request.method = method;
    // As SandboxServer converts a QHttpServerRequest: path() PrettyDecoded, '+' in the query a space.
    request.url = QUrl(server.baseUrl().toString() + pathAndQuery);
    request.path = request.url.path();
    QString query = request.url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    request.query = QUrlQuery(query);
    request.peer = QHostAddress::LocalHost;
    request.headers.insert("host", server.baseUrl().authority().toLatin1());
    if (!token.isEmpty()) {
        request.headers.insert("authorization", "Bearer " + token);
    }
    if (!body.isEmpty()) {
        request.headers.insert("content-type", "application/json");
    }
    request.body = body;
    SandboxServer::Outcome outcome = server.process(request);
    const SandboxResponse& response = outcome.response;
    if (FuzzEnvironment::verbose()) {
        std::fprintf(stderr, "%s %s -> %d\n", method.constData(), qPrintable(pathAndQuery), response.status);
    }
    if (response.status >= 500) {
        FuzzOracles::fail(
            "the sandbox failed on a fixture it accepted",
            QStringLiteral("%1 %2 -> %3: ").arg(QString::fromLatin1(method), pathAndQuery).arg(response.status)
                + QString::fromUtf8(response.body.left(300)));
    }
    for (const auto& header : response.headers) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0 && header.second.contains("json")
            && !response.body.isEmpty()) {
            QJsonParseError error;
            QJsonDocument::fromJson(response.body, &error);
            if (error.error != QJsonParseError::NoError) {
                FuzzOracles::fail("the sandbox answered invalid JSON", pathAndQuery);
            }
        }
    }
    return outcome;
}

QString firstId(const TenantStore& store, const QString& collection)
{
    const QList<QJsonObject> items = store.list(collection);
    return items.isEmpty() ? QStringLiteral("none") : items.first().value(QStringLiteral("id")).toString();
}

QString encoded(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 512 * 1024) {
        return -1;
    }
    FuzzEnvironment::init();
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject()) {
        return 0;
    }
    SandboxOptions options;
    options.fixture = doc.object();
    options.exchangePropagationMs = 0;
    SandboxServer server(options);
    QString error;
    if (server.start(&error) == 0) {
        return 0; // refused with a reason: fine
    }
    const TenantStore& store = server.store();
    send(server, "GET", QStringLiteral("/_sandbox/info"));
    send(server, "GET", QStringLiteral("/"));

    const QList<QJsonObject> users = store.list(QStringLiteral("users"));
    if (users.isEmpty()) {
        return 0;
    }
    const QString upn = users.first().value(QStringLiteral("userPrincipalName")).toString();
    auto token = [&](const char* resource) {
        const auto outcome = send(
            server,
            "GET",
            QStringLiteral("/_sandbox/token?upn=%1&resource=%2").arg(encoded(upn), QString::fromLatin1(resource)));
        return QJsonDocument::fromJson(outcome.response.body)
            .object()
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    };
    const QByteArray graph = token("graph");
    if (graph.isEmpty()) {
        return 0;
    }
    const QString sp = encoded(firstId(store, QStringLiteral("servicePrincipals")));
    const QString group = encoded(firstId(store, QStringLiteral("groups")));
    const QString request = encoded(firstId(store, QStringLiteral("appConsentRequests")));
    const QString user = encoded(users.first().value(QStringLiteral("id")).toString());
    const QStringList reads {
        QStringLiteral("/v1.0/me"),
        QStringLiteral("/v1.0/me/memberOf"),
        QStringLiteral("/v1.0/organization"),
        QStringLiteral("/v1.0/servicePrincipals?$select=id,appId,displayName,appRoles,oauth2PermissionScopes&$top=999"),
        QStringLiteral("/v1.0/servicePrincipals?$count=true&$top=1"),
        QStringLiteral("/v1.0/servicePrincipals/") + sp,
        QStringLiteral("/v1.0/servicePrincipals/") + sp + QStringLiteral("/appRoleAssignedTo"),
        QStringLiteral("/v1.0/servicePrincipals/") + sp + QStringLiteral("/appRoleAssignments"),
        QStringLiteral("/v1.0/servicePrincipals/") + sp + QStringLiteral("/oauth2PermissionGrants"),
        QStringLiteral("/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20'") + sp + QStringLiteral("'"),
        QStringLiteral("/v1.0/oauth2PermissionGrants"),
        QStringLiteral("/v1.0/users?$top=5&$select=id,displayName,userPrincipalName"),
        QStringLiteral("/v1.0/users/") + user + QStringLiteral("/oauth2PermissionGrants"),
        QStringLiteral("/v1.0/users/") + user + QStringLiteral("/appRoleAssignments"),
        QStringLiteral("/v1.0/users/") + user + QStringLiteral("/transitiveMemberOf"),
        QStringLiteral("/v1.0/groups/") + group + QStringLiteral("/transitiveMembers"),
        QStringLiteral("/v1.0/groups/") + group + QStringLiteral("/members"),
        QStringLiteral("/v1.0/directoryRoles"),
        QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests"
                       "?$filter=userConsentRequests/any(u:u/status%20eq%20'InProgress')"),
        QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests/") + request
            + QStringLiteral("/userConsentRequests"),
        QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"),
        QStringLiteral("/v1.0/policies/authorizationPolicy"),
        QStringLiteral("/v1.0/policies/permissionGrantPolicies"),
        QStringLiteral("/v1.0/identity/conditionalAccess/policies"),
    };
    for (const QString& path : reads) {
        send(server, "GET", path, graph);
    }
    const QJsonObject batch {
        {QStringLiteral("requests"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("1")},
                                  {QStringLiteral("method"), QStringLiteral("GET")},
                                  {QStringLiteral("url"), QString(QStringLiteral("/servicePrincipals/") + sp)}},
                     QJsonObject {{QStringLiteral("id"), QStringLiteral("2")},
                                  {QStringLiteral("method"), QStringLiteral("GET")},
                                  {QStringLiteral("url"),
                                   QString(QStringLiteral("/groups/") + group + QStringLiteral("/members"))}}}}};
    send(server, "POST", QStringLiteral("/v1.0/$batch"), graph, QJsonDocument(batch).toJson(QJsonDocument::Compact));

    const QByteArray exchange = token("exchange");
    const QString invoke
        = QStringLiteral("/adminapi/beta/") + encoded(store.tenantId()) + QStringLiteral("/InvokeCommand");
    for (const char* cmdlet :
         {"Get-ApplicationAccessPolicy", "Get-Mailbox", "Get-DistributionGroup", "Get-ManagementScope"}) {
        const QJsonObject body {{QStringLiteral("CmdletInput"),
                                 QJsonObject {{QStringLiteral("CmdletName"), QString::fromLatin1(cmdlet)},
                                              {QStringLiteral("Parameters"), QJsonObject()}}}};
        send(server, "POST", invoke, exchange, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return 0;
}
