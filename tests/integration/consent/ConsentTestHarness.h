#pragma once

#include "../sandbox/SandboxTestEnvironment.h"
#include "consent/ConsentRequestService.h"
#include "consent/GrantPlan.h"
#include "consent/Journal.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"
#include "pipeline/WriteRunner.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

/**
 * The sandbox (mini fixture unless told otherwise) plus the consent core wired as the product wires it: GraphClient
 * with a token for one user, the SP cache and resolver, the request service, a journal in a temporary folder, and the
 * write pipeline (WriteRunner) acting as the signed-in user. The network manager records each write and whether its
 * journal intent was on disk before it left.
 */
class ConsentTestHarness
{
public:
    // Writes as they leave: method, path, client-request-id, and whether the journal file already held an intent
    // with that client-request-id (read from disk by a separate Journal, as a crash would leave it).
    struct Write
    {
        QByteArray method;
        QString path;
        QString clientRequestId;
        bool journaledBefore = false;
    };

    class RecordingNetwork : public QNetworkAccessManager
    {
    public:
        QString journalPath;
        QList<Write> writes;

    protected:
        QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override;
    };

    explicit ConsentTestHarness(SandboxOptions options = SandboxTestEnvironment::defaultOptions());
    ~ConsentTestHarness();

    bool start(QString* error = nullptr);
    // A token with the user's fixture roles and the admin scopes (and extraScopes).
    void signInAs(const QString& upn, const QStringList& extraScopes = {});
    void signInWithRoles(const QString& upn, const QStringList& roleTemplateIds);

    SandboxTestEnvironment& env() { return m_env; }
    QString token() const { return m_token; }
    GraphClient& client() { return *m_client; }
    ServicePrincipalCache& cache() { return *m_cache; }
    PermissionResolver& resolver() { return *m_resolver; }
    ConsentRequestService& requests() { return *m_requests; }
    Journal& journal() { return *m_journal; }
    WriteRunner& writes() { return *m_writes; }
    RecordingNetwork& network() { return *m_network; }
    QString tenantId();

    // Synchronous helpers (spin the event loop; fail the test on timeout).
    ConsentRequestService::Listing list(const ConsentRequestService::Query& query);
    ConsentRequestReview review(const ConsentRequest& request);
    ClientConsentState clientState(const QString& appId);
    WriteRun run(const WritePlan& plan);
    WriteRun run(const GrantPlan& plan);
    ConsentRequest requestFor(const QString& appDisplayName); // from the All view

    // Reading the tenant back through the sandbox's own HTTP surface (not ConsentDesk's client).
    QJsonObject servicePrincipalByAppId(const QString& appId); // {} when absent
    QList<QJsonObject> tenantWideGrants(const QString& clientSpId);
    QList<QJsonObject> assignmentsOf(const QString& clientSpId);

private:
    SandboxTestEnvironment m_env;
    QTemporaryDir m_dir;
    QString m_token;
    StaticTokenProvider m_tokens;
    std::unique_ptr<RecordingNetwork> m_network;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<ServicePrincipalCache> m_cache;
    std::unique_ptr<PermissionResolver> m_resolver;
    std::unique_ptr<ConsentRequestService> m_requests;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<WriteRunner> m_writes;
    Actor m_actor;
};
