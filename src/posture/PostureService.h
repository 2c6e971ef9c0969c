#pragma once

#include "PostureCheck.h"
#include "PostureInputs.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ConsentRequestService;
class ConsentSettingsLoader;
class ExchangeAdminClient;
class GraphClient;
class MailboxAppFinder;
class PermissionResolver;
class RiskCatalog;
class ServicePrincipalCache;

/**
 * Reads what the posture checks need, all at once, and judges it (PostureEvaluator) — for the Consent settings
 * view's Posture section, `consentdesk-cli posture` and any other view that shows the tenant's consent posture:
 *   - the consent settings (ConsentSettingsLoader: authorization policy, admin consent workflow with its reviewers);
 *   - every admin consent request (ConsentRequestService);
 *   - users' own consents (oauth2PermissionGrants with consentType Principal), their clients and resources through
 *     the service principal cache, each claim ranked by the risk catalog;
 *   - the apps holding mailbox application permissions (MailboxAppFinder) and, when an Exchange client is given,
 *     Exchange's application access policies — which of those apps no policy limits.
 * Reads only; a part that cannot be read becomes a warning naming why. One run at a time per caller is enough:
 * runs share nothing but the cache.
 */
class PostureService : public QObject
{
    Q_OBJECT

public:
    // exchange may be null: mailbox scoping is then reported as unknown.
    PostureService(GraphClient* graph,
                   ServicePrincipalCache* cache,
                   ExchangeAdminClient* exchange,
                   QObject* parent = nullptr);
    ~PostureService() override;

    void setRiskCatalog(const RiskCatalog* catalog); // not owned; default RiskCatalog::builtIn()

    QFuture<PostureInputs> read(); // never finished synchronously
    QFuture<QList<PostureCheck>> run(); // read() judged by PostureEvaluator

private:
    // One read's contribution: it fills its own inputs once every read is in.
    using Part = std::function<void(PostureInputs&)>;
    QFuture<Part> readUserConsents();
    QFuture<Part> readMailboxAccess();
    const RiskCatalog& catalog() const;

    QPointer<GraphClient> m_graph;
    QPointer<ServicePrincipalCache> m_cache;
    QPointer<ExchangeAdminClient> m_exchange;
    const RiskCatalog* m_catalog = nullptr;
    PermissionResolver* m_resolver = nullptr;
    ConsentSettingsLoader* m_settings = nullptr;
    ConsentRequestService* m_requests = nullptr;
    MailboxAppFinder* m_mailboxApps = nullptr;
};
