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
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphRequest.h"
#include "graph/ODataFilter.h"
#include "graph/ODataQuery.h"
#include "risk/RiskCatalog.h"
#include "settings/ConsentSettingsLoader.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>

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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ConsentRequestService::Query query;
    query.view = ConsentRequestService::View::All;
    // Four reads at once; each part's future fills its own inputs once all are in.
    const QList<QFuture<Part>> parts {
        QFuture<ConsentSettings>(m_settings->load())
            .then(QtFuture::Launch::Sync,
                  [](const ConsentSettings& settings) -> Part {
                      return [settings](PostureInputs& inputs) { inputs.settings = settings; };
                  }),
        QFuture<ConsentRequestService::Listing>(m_requests->list(query))
            .then(QtFuture::Launch::Sync,
                  [](const ConsentRequestService::Listing& listing) -> Part {
                      return [listing](PostureInputs& inputs) {
                          inputs.requests = listing.requests;
                          inputs.requestsError = listing.error;
                      };
                  }),
        readUserConsents(),
        readMailboxAccess(),
    };
    Async::Promise<PostureInputs> promise;
    Async::then(Async::all(parts), this, [promise, now, count = parts.size()](const QList<Part>& filled) {
        if (filled.size() != count) {
            return; // a read was abandoned (its service went away): nobody is answered
        }
        PostureInputs inputs;
        inputs.now = now;
        for (const Part& fill : filled) {
            fill(inputs);
        }
        promise.finish(inputs);
    });
    return promise.future();
}

QFuture<PostureService::Part> PostureService::readUserConsents()
{
    const Async::Promise<Part> promise;
    const QFuture<GraphAnswer> read = GraphAnswer::of(m_graph->getCollection(GraphRequest::get(
        QStringLiteral("/oauth2PermissionGrants"),
        ODataQuery().top(999).filter(ODataFilter::eq(QStringLiteral("consentType"), QStringLiteral("Principal"))))));
    Async::then(read, this, [this, promise](const GraphAnswer& answer) {
        if (!answer.ok()) {
            promise.finish([error = answer.error](PostureInputs& inputs) { inputs.userConsentsError = error; });
            return;
        }
        QList<PermissionGrant> grants;
        QSet<QString> ids;
        for (const auto& v : answer.items) {
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
        Async::then(m_cache->resolve(keys), this, [this, promise, grants](const ServicePrincipalCache::Result& result) {
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
            QList<PostureInputs::RiskyUserConsent> risky;
            for (const QString& id : order) {
                Tally& t = byClient[id];
                t.consent.permissions = QStringList(t.permissions.begin(), t.permissions.end());
                t.consent.permissions.sort(Qt::CaseInsensitive);
                t.consent.users = int(t.users.size());
                risky.append(t.consent);
            }
            std::sort(risky.begin(), risky.end(), [](const auto& a, const auto& b) { return a.users > b.users; });
            promise.finish([risky, error = result.error](PostureInputs& inputs) {
                inputs.riskyUserConsents = risky;
                inputs.userConsentsError = error;
            });
        });
    });
    return promise.future();
}

QFuture<PostureService::Part> PostureService::readMailboxAccess()
{
    const Async::Promise<Part> promise;
    Async::then(m_mailboxApps->find(), this, [this, promise](const MailboxAppFinder::Found& found) {
        auto fill = [found](PostureInputs& inputs) {
            inputs.mailboxApps = found.apps;
            inputs.mailboxAppsError = found.error;
        };
        if (found.error.isError() || found.apps.isEmpty()) {
            promise.finish(fill);
            return;
        }
        if (!m_exchange) {
            const GraphError notAsked
                = GraphError::make(GraphError::Kind::Cancelled, tr("Exchange Online was not asked"));
            promise.finish([fill, notAsked](PostureInputs& inputs) {
                fill(inputs);
                inputs.exchangeError = notAsked;
            });
            return;
        }
        auto* loader = new AccessPolicyLoader(m_exchange, m_graph, this);
        Async::then(loader->load(), this, [promise, fill, found, loader](const AccessPolicyLoader::Loaded& loaded) {
            loader->deleteLater();
            QList<MailboxApp> unscoped;
            for (const MailboxApp& app : found.apps) {
                if (MailboxScoping::reachesEveryMailbox(app, loaded.model.policiesFor(app.appId))) {
                    unscoped.append(app);
                }
            }
            promise.finish([fill, loaded, unscoped](PostureInputs& inputs) {
                fill(inputs);
                if (loaded.error.isError()) {
                    inputs.exchangeError = loaded.error;
                } else {
                    inputs.exchangeRead = true;
                    inputs.unscopedMailboxApps = unscoped;
                }
            });
        });
    });
    return promise.future();
}
