#include "ConsentTestHarness.h"

#include "graph/GraphPath.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

QNetworkReply*
ConsentTestHarness::RecordingNetwork::createRequest(Operation op, const QNetworkRequest& request, QIODevice* data)
{
    const QByteArray method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    const bool write = op == PostOperation || op == PutOperation || op == DeleteOperation
                       || (op == CustomOperation && method != "GET");
    const bool batch = request.url().path().endsWith(QLatin1String("/$batch"));
    if (write && !batch) {
        Write w;
        w.method = op == PostOperation     ? QByteArray("POST")
                   : op == PutOperation    ? QByteArray("PUT")
                   : op == DeleteOperation ? QByteArray("DELETE")
                                           : method;
        w.path = request.url().path();
        w.clientRequestId = QString::fromLatin1(request.rawHeader("client-request-id"));
        Journal onDisk(journalPath);
        if (onDisk.open()) {
            for (const auto& e : onDisk.pending()) {
                w.journaledBefore = w.journaledBefore || e.clientRequestId == w.clientRequestId;
            }
        }
        writes.append(w);
    }
    return QNetworkAccessManager::createRequest(op, request, data);
}

ConsentTestHarness::ConsentTestHarness(SandboxOptions options)
    : m_env(std::move(options))
{
}

ConsentTestHarness::~ConsentTestHarness() = default;

bool ConsentTestHarness::start(QString* error)
{
    if (!m_env.start(error)) {
        return false;
    }
    m_network = std::make_unique<RecordingNetwork>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_network->journalPath = m_dir.filePath(QStringLiteral("journal/consentdesk-journal.jsonl"));
    m_client = std::make_unique<GraphClient>();
    m_client->setNetworkAccessManager(m_network.get());
    GraphClient::Endpoints endpoints;
    endpoints.graph = m_env.baseUrl();
    endpoints.tenant = tenantId();
    m_client->setEndpoints(endpoints);
    m_client->setTokenProvider(&m_tokens);
    m_cache = std::make_unique<ServicePrincipalCache>(m_client.get());
    m_resolver = std::make_unique<PermissionResolver>(m_cache.get());
    m_requests = std::make_unique<ConsentRequestService>(m_client.get(), m_resolver.get());
    m_journal = std::make_unique<Journal>(m_network->journalPath);
    if (!m_journal->open(error)) {
        return false;
    }
    m_writes = std::make_unique<WriteRunner>(TenantWrite::Channel {m_client.get(), nullptr}, m_journal.get());
    return true;
}

QString ConsentTestHarness::tenantId()
{
    return m_env.server().store().tenantId();
}

void ConsentTestHarness::signInAs(const QString& upn, const QStringList& extraScopes)
{
    m_token = m_env.token(upn, SandboxTestEnvironment::adminScopes() + extraScopes);
    m_tokens.setToken(TokenResource::Graph, m_token.toLatin1());
    m_actor = {tenantId(), upn, m_env.userId(upn)};
}

void ConsentTestHarness::signInWithRoles(const QString& upn, const QStringList& roleTemplateIds)
{
    m_token = m_env.tokenWithRoles(upn, roleTemplateIds, SandboxTestEnvironment::adminScopes());
    m_tokens.setToken(TokenResource::Graph, m_token.toLatin1());
    m_actor = {tenantId(), upn, m_env.userId(upn)};
}

ConsentRequestService::Listing ConsentTestHarness::list(const ConsentRequestService::Query& query)
{
    ConsentRequestService::Listing result;
    bool done = false;
    QObject context;
    m_requests->list(query, &context, [&](const ConsentRequestService::Listing& l) {
        result = l;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
    return result;
}

ConsentRequestReview ConsentTestHarness::review(const ConsentRequest& request)
{
    ConsentRequestReview result;
    bool done = false;
    QObject context;
    m_requests->review(request, &context, [&](const ConsentRequestReview& r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
    return result;
}

ClientConsentState ConsentTestHarness::clientState(const QString& appId)
{
    ClientConsentState result;
    bool done = false;
    QObject context;
    m_requests->loadClientState(appId, {}, &context, [&](const ClientConsentState& s, const GraphError&) {
        result = s;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
    return result;
}

WriteRun ConsentTestHarness::run(const WritePlan& plan)
{
    const QFuture<WriteRun> done = m_writes->run(plan, m_actor);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 20000); }();
    return done.isFinished() && done.resultCount() == 1 ? done.result() : WriteRun();
}

WriteRun ConsentTestHarness::run(const GrantPlan& plan)
{
    return run(WritePlan::from(plan));
}

ConsentRequest ConsentTestHarness::requestFor(const QString& appDisplayName)
{
    ConsentRequestService::Query all;
    all.view = ConsentRequestService::View::All;
    for (const auto& r : list(all).requests) {
        if (r.appDisplayName == appDisplayName) {
            return r;
        }
    }
    return {};
}

QJsonObject ConsentTestHarness::servicePrincipalByAppId(const QString& appId)
{
    const auto reply = m_env.get(QStringLiteral("/v1.0") + GraphPath::servicePrincipalByAppId(appId), m_token);
    return reply.status == 200 ? reply.json() : QJsonObject();
}

QList<QJsonObject> ConsentTestHarness::tenantWideGrants(const QString& clientSpId)
{
    QList<QJsonObject> result;
    const QJsonArray all
        = m_env.all(QStringLiteral("/v1.0/servicePrincipals/%1/oauth2PermissionGrants").arg(clientSpId), m_token);
    for (const auto& v : all) {
        if (v.toObject().value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            result.append(v.toObject());
        }
    }
    return result;
}

QList<QJsonObject> ConsentTestHarness::assignmentsOf(const QString& clientSpId)
{
    QList<QJsonObject> result;
    for (const auto& v :
         m_env.all(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignments").arg(clientSpId), m_token)) {
        result.append(v.toObject());
    }
    return result;
}
