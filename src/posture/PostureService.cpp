#include "PostureService.h"

#include "PostureEvaluator.h"

#include "async/Async.h"
#include "consent/ConsentRequestService.h"
#include "directory/PermissionGrant.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/AccessPolicyLoader.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/MailboxAppFinder.h"
#include "exchange/MailboxScoping.h"
#include "graph/GraphClient.h"
#include "graph/GraphReply.h"
#include "graph/GraphRequest.h"
#include "graph/ODataFilter.h"
#include "graph/ODataQuery.h"
#include "risk/RiskCatalog.h"
#include "settings/ConsentSettingsLoader.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>

struct PostureService::Run
{
    PostureInputs inputs;
    int outstanding = 0;
    Async::Promise<PostureInputs> promise;

    void partDone()
    {
        if (--outstanding == 0) {
            promise.finish(inputs);
        }
    }
};

PostureService::PostureService(GraphClient* graph,
                               ServicePrincipalCache* cache,
                               ExchangeAdminClient* exchange,
                               QObject* parent)
    : QObject(parent)
    , m_graph(graph)
    , m_cache(cache)
    , m_exchange(exchange)
    , m_resolver(new PermissionResolver(cache, this))
    , m_settings(new ConsentSettingsLoader(graph, this))
    , m_requests(new ConsentRequestService(graph, m_resolver, this))
    , m_mailboxApps(new MailboxAppFinder(graph, cache, this))
{
}

PostureService::~PostureService() = default;

void PostureService::setRiskCatalog(const RiskCatalog* catalog)
{
    m_catalog = catalog;
}

const RiskCatalog& PostureService::catalog() const
{
    return m_catalog ? *m_catalog : RiskCatalog::builtIn();
}

QFuture<QList<PostureCheck>> PostureService::run()
{
    Async::Promise<QList<PostureCheck>> promise;
    Async::then(
        read(), this, [promise](const PostureInputs& inputs) { promise.finish(PostureEvaluator::evaluate(inputs)); });
    return promise.future();
}

QFuture<PostureInputs> PostureService::read()
{
    auto run = std::make_shared<Run>();
    run->inputs.now = QDateTime::currentDateTimeUtc();
    run->outstanding = 4;

    Async::then(m_settings->load(), this, [run](const ConsentSettings& settings) {
        run->inputs.settings = settings;
        run->partDone();
    });
    ConsentRequestService::Query query;
    query.view = ConsentRequestService::View::All;
    Async::then(m_requests->list(query), this, [run](const ConsentRequestService::Listing& listing) {
        run->inputs.requests = listing.requests;
        run->inputs.requestsError = listing.error;
        run->partDone();
    });
    readUserConsents(run);
    readMailboxAccess(run);
    return run->promise.future();
}

void PostureService::readUserConsents(const std::shared_ptr<Run>& run)
{
    GraphReply* reply = m_graph->getCollection(GraphRequest::get(
        QStringLiteral("/oauth2PermissionGrants"),
        ODataQuery().top(999).filter(ODataFilter::eq(QStringLiteral("consentType"), QStringLiteral("Principal")))));
    connect(reply, &GraphReply::finished, this, [this, reply, run] {
        reply->deleteLater();
        if (!reply->ok()) {
            run->inputs.userConsentsError = reply->error();
            run->partDone();
            return;
        }
        QList<PermissionGrant> grants;
        QSet<QString> ids;
        for (const auto& v : reply->items()) {
            PermissionGrant g = PermissionGrant::fromJson(v.toObject());
            if (g.isAllPrincipals() || g.clientId.isEmpty()) {
                continue;
            }
            ids.insert(g.clientId);
            ids.insert(g.resourceId);
            grants.append(g);
        }
        QList<ServicePrincipalCache::Key> keys;
        for (const QString& id : ids) {
            keys.append(ServicePrincipalCache::Key::byId(id));
        }
        m_cache->resolve(keys, this, [this, run, grants](const ServicePrincipalCache::Result& result) {
            struct Tally
            {
                PostureInputs::RiskyUserConsent consent;
                QSet<QString> permissions;
                QSet<QString> users;
            };
            QHash<QString, Tally> byClient;
            QStringList order;
            for (const PermissionGrant& g : grants) {
                const auto client = result.get(ServicePrincipalCache::Key::byId(g.clientId));
                const auto resource = result.get(ServicePrincipalCache::Key::byId(g.resourceId));
                if (!client || !resource) {
                    continue; // not resolved: the error (if any) is reported below
                }
                const auto trust = catalog().appTrust(client->appOwnerOrganizationId, client->verifiedPublisherId);
                if (trust.verifiedPublisher || trust.microsoftFirstParty) {
                    continue;
                }
                for (const QString& scope : g.scopes) {
                    const auto a = catalog().assess(resource->appId, scope, RiskCatalog::PermissionType::Delegated);
                    if (a.level < RiskLevel::High) {
                        continue;
                    }
                    Tally& t = byClient[client->id];
                    if (t.consent.servicePrincipalId.isEmpty()) {
                        t.consent.servicePrincipalId = client->id;
                        t.consent.appId = client->appId;
                        t.consent.displayName = client->displayName;
                        order.append(client->id);
                    }
                    t.permissions.insert(scope);
                    t.users.insert(g.principalId);
                }
            }
            for (const QString& id : order) {
                Tally& t = byClient[id];
                t.consent.permissions = QStringList(t.permissions.begin(), t.permissions.end());
                t.consent.permissions.sort(Qt::CaseInsensitive);
                t.consent.users = int(t.users.size());
                run->inputs.riskyUserConsents.append(t.consent);
            }
            std::sort(run->inputs.riskyUserConsents.begin(),
                      run->inputs.riskyUserConsents.end(),
                      [](const auto& a, const auto& b) { return a.users > b.users; });
            run->inputs.userConsentsError = result.error;
            run->partDone();
        });
    });
}

void PostureService::readMailboxAccess(const std::shared_ptr<Run>& run)
{
    Async::then(m_mailboxApps->find(), this, [this, run](const MailboxAppFinder::Found& found) {
        run->inputs.mailboxApps = found.apps;
        run->inputs.mailboxAppsError = found.error;
        if (found.error.isError() || found.apps.isEmpty()) {
            run->partDone();
            return;
        }
        if (!m_exchange) {
            run->inputs.exchangeError
                = GraphError::make(GraphError::Kind::Cancelled, tr("Exchange Online was not asked"));
            run->partDone();
            return;
        }
        auto* loader = new AccessPolicyLoader(m_exchange, m_graph, this);
        Async::then(loader->load(), this, [run, loader](const AccessPolicyLoader::Loaded& loaded) {
            loader->deleteLater();
            if (loaded.error.isError()) {
                run->inputs.exchangeError = loaded.error;
            } else {
                run->inputs.exchangeRead = true;
                for (const MailboxApp& app : run->inputs.mailboxApps) {
                    if (MailboxScoping::reachesEveryMailbox(app, loaded.model.policiesFor(app.appId))) {
                        run->inputs.unscopedMailboxApps.append(app);
                    }
                }
            }
            run->partDone();
        });
    });
}
