#include "ConsentRequestService.h"

#include "async/Async.h"
#include "directory/PermissionResolver.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/ODataFilter.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace {

const QString kRequests = QStringLiteral("/identityGovernance/appConsent/appConsentRequests");

struct ListRun
{
    ConsentRequestService::Query query;
    ConsentRequestService::Listing listing;
    QList<ConsentRequest> pending; // waiting for user requests, in order
    QHash<QString, int> index; // request id -> position in listing.requests
    int outstanding = 0; // batches and the collection itself
    bool policyDone = false;
    Async::Promise<ConsentRequestService::Listing> promise;
};

bool matchesStatuses(const ConsentRequest& request, const QStringList& statuses)
{
    if (statuses.isEmpty()) {
        return true;
    }
    for (const auto& r : request.userRequests) {
        if (statuses.contains(r.status, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace

ConsentRequestService::ConsentRequestService(GraphClient* client, PermissionResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_resolver(resolver)
{
    qRegisterMetaType<ConsentRequest>();
    qRegisterMetaType<ConsentRequestReview>();
}

QStringList ConsentRequestService::statuses()
{
    return {QStringLiteral("Initializing"),
            QStringLiteral("InProgress"),
            QStringLiteral("Expired"),
            QStringLiteral("Completed")};
}

GraphRequest ConsentRequestService::listRequest(const Query& query, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return GraphRequest();
    };
    QList<ODataFilter> parts;
    QStringList wanted = query.view == View::MyPending ? QStringList {QStringLiteral("InProgress")} : query.statuses;
    QList<ODataFilter> statusParts;
    for (const auto& s : wanted) {
        QString canonical;
        for (const auto& known : statuses()) {
            if (known.compare(s.trimmed(), Qt::CaseInsensitive) == 0) {
                canonical = known;
            }
        }
        if (canonical.isEmpty()) {
            return fail(QStringLiteral("unknown status '%1' (expected one of %2)")
                            .arg(s.left(40), statuses().join(QStringLiteral(", "))));
        }
        statusParts.append(ODataFilter::eqEnum(QStringLiteral("u/status"), canonical));
    }
    if (!statusParts.isEmpty()) {
        parts.append(ODataFilter::any(
            QStringLiteral("userConsentRequests"), QStringLiteral("u"), ODataFilter::anyOf(statusParts)));
    }
    if (!query.appId.isEmpty()) {
        if (!ODataFilter::isGuid(query.appId)) {
            return fail(QStringLiteral("not an application id: '%1'").arg(query.appId.left(40)));
        }
        parts.append(ODataFilter::eq(QStringLiteral("appId"), query.appId.toLower()));
    }
    ODataQuery options;
    if (!parts.isEmpty()) {
        const ODataFilter filter = ODataFilter::all(parts);
        if (!filter.isValid()) {
            return fail(filter.error());
        }
        options.filter(filter);
    }
    const QString path
        = query.view == View::MyPending ? kRequests + QStringLiteral("/filterByCurrentUser(on='reviewer')") : kRequests;
    return GraphRequest::get(path, options);
}

void ConsentRequestService::applyExpiry(ConsentRequest& request, int requestDurationInDays)
{
    for (auto& r : request.userRequests) {
        r.expiresAt = requestDurationInDays >= 0 && r.createdDateTime.isValid()
                          ? r.createdDateTime.addDays(requestDurationInDays)
                          : QDateTime();
    }
}

void ConsentRequestService::list(const Query& query, QObject* context, std::function<void(const Listing&)> done)
{
    Async::then(list(query), context ? context : this, std::move(done));
}

QFuture<ConsentRequestService::Listing> ConsentRequestService::list(const Query& query)
{
    auto run = std::make_shared<ListRun>();
    run->query = query;

    auto finishIfDone = [this, run] {
        if (run->outstanding > 0 || !run->policyDone) {
            return;
        }
        QList<ConsentRequest> kept;
        for (auto r : run->listing.requests) {
            applyExpiry(r, run->listing.requestDurationInDays);
            // "All" with statuses: Graph filtered already; the client check keeps us honest if it did not.
            if (run->query.view == View::MyPending ? r.openRequestCount() > 0 || r.userRequests.isEmpty()
                                                   : matchesStatuses(r, run->query.statuses)) {
                kept.append(r);
            }
        }
        run->listing.requests = kept;
        run->promise.finish(run->listing);
    };

    QString error;
    const GraphRequest request = listRequest(query, &error);
    if (!error.isEmpty() || !m_client) {
        run->listing.error = GraphError::make(GraphError::Kind::Http, error.isEmpty() ? tr("No Graph client.") : error);
        run->policyDone = true;
        QTimer::singleShot(0, this, finishIfDone);
        return run->promise.future();
    }

    // The policy, for expiry; a reader without Policy.Read.All still gets the list.
    GraphReply* policy = m_client->send(GraphRequest::get(QStringLiteral("/policies/adminConsentRequestPolicy")));
    connect(policy, &GraphReply::finished, this, [policy, run, finishIfDone] {
        if (policy->ok()) {
            run->listing.requestDurationInDays
                = policy->json().value(QStringLiteral("requestDurationInDays")).toInt(-1);
            run->listing.workflowEnabled = policy->json().value(QStringLiteral("isEnabled")).toBool();
        } else {
            run->listing.policyError = policy->error();
        }
        run->policyDone = true;
        finishIfDone();
    });

    auto fetchUserRequests = [this, run, finishIfDone](const QList<ConsentRequest>& page) {
        if (page.isEmpty()) {
            return;
        }
        QList<BatchItem> items;
        for (int i = 0; i < page.size(); ++i) {
            BatchItem item;
            item.id = QString::number(i + 1);
            item.url = kRequests + QLatin1Char('/') + GraphPath::segment(page.at(i).id)
                       + QStringLiteral("/userConsentRequests");
            items.append(item);
        }
        ++run->outstanding;
        BatchReply* batch = m_client->batch(items);
        connect(batch, &BatchReply::finished, this, [this, batch, page, run, finishIfDone] {
            for (int i = 0; i < page.size(); ++i) {
                const BatchItemResult r = batch->result(QString::number(i + 1));
                const int at = run->index.value(page.at(i).id, -1);
                if (at < 0) {
                    continue;
                }
                ConsentRequest& request = run->listing.requests[at];
                if (r.status >= 200 && r.status < 300) {
                    request.userRequests.clear();
                    for (const auto& u : r.body.value(QStringLiteral("value")).toArray()) {
                        request.userRequests.append(UserConsentRequest::fromJson(u.toObject()));
                    }
                } else if (!run->listing.error.isError()) {
                    run->listing.error = r.error.isError() ? r.error : batch->error();
                }
                ConsentRequest streamed = request;
                applyExpiry(streamed, run->listing.requestDurationInDays);
                emit requestReceived(streamed);
            }
            --run->outstanding;
            finishIfDone();
        });
    };

    ++run->outstanding;
    GraphReply* reply = m_client->getCollection(request);
    connect(reply, &GraphReply::pageReceived, this, [run, fetchUserRequests](const QJsonArray& items) {
        QList<ConsentRequest> page;
        for (const auto& v : items) {
            const ConsentRequest r = ConsentRequest::fromJson(v.toObject());
            if (r.id.isEmpty() || run->index.contains(r.id)) {
                continue;
            }
            run->index.insert(r.id, int(run->listing.requests.size()));
            run->listing.requests.append(r);
            page.append(r);
        }
        fetchUserRequests(page);
    });
    connect(reply, &GraphReply::finished, this, [reply, run, finishIfDone] {
        if (!reply->ok()) {
            run->listing.error = reply->error();
        }
        --run->outstanding;
        finishIfDone();
    });
    return run->promise.future();
}

void ConsentRequestService::loadClientState(const QString& appId,
                                            const QString& displayName,
                                            QObject* context,
                                            std::function<void(const ClientConsentState&, const GraphError&)> done)
{
    Async::then(loadClientState(appId, displayName), context ? context : this, [done](const ClientState& loaded) {
        done(loaded.state, loaded.error);
    });
}

QFuture<ConsentRequestService::ClientState> ConsentRequestService::loadClientState(const QString& appId,
                                                                                   const QString& displayName)
{
    const Async::Promise<ClientState> promise;
    ServicePrincipalCache* cache = m_resolver->cache();
    const auto key = ServicePrincipalCache::Key::byAppId(appId);
    cache->forget(key); // the client's own state must be current: it is what a grant merges into
    cache->resolve({key}, this, [this, promise, key, appId, displayName](const ServicePrincipalCache::Result& result) {
        ClientState loaded;
        loaded.state.appId = appId;
        loaded.state.displayName = displayName;
        loaded.state.client = result.get(key);
        loaded.error = result.error;
        if (!loaded.state.client) {
            promise.finish(loaded);
            return;
        }
        if (loaded.state.displayName.isEmpty()) {
            loaded.state.displayName = loaded.state.client->displayName;
        }
        const QString base = GraphPath::servicePrincipal(loaded.state.client->id);
        const QFuture<GraphAnswer> grants = GraphAnswer::of(
            m_client->getCollection(GraphRequest::get(base + QStringLiteral("/oauth2PermissionGrants"))));
        const QFuture<GraphAnswer> assignments
            = GraphAnswer::of(m_client->getCollection(GraphRequest::get(base + QStringLiteral("/appRoleAssignments"))));
        Async::then(Async::all<GraphAnswer>({grants, assignments}),
                    this,
                    [promise, loaded](const QList<GraphAnswer>& answers) mutable {
                        if (answers.size() != 2) {
                            return; // a read was abandoned (the client went away): nobody is answered
                        }
                        const GraphAnswer& grants = answers.at(0);
                        const GraphAnswer& assignments = answers.at(1);
                        if (grants.ok()) {
                            for (const auto& v : grants.items) {
                                const PermissionGrant g = PermissionGrant::fromJson(v.toObject());
                                if (g.isAllPrincipals()) {
                                    loaded.state.tenantWideGrants.append(g);
                                }
                            }
                        }
                        if (assignments.ok()) {
                            for (const auto& v : assignments.items) {
                                loaded.state.assignments.append(AppRoleAssignment::fromJson(v.toObject()));
                            }
                        }
                        if (!loaded.error.isError()) {
                            loaded.error = GraphAnswer::firstError({grants.error, assignments.error});
                        }
                        promise.finish(loaded);
                    });
    });
    return promise.future();
}

void ConsentRequestService::review(const ConsentRequest& request,
                                   QObject* context,
                                   std::function<void(const ConsentRequestReview&)> done)
{
    Async::then(review(request), context ? context : this, std::move(done));
}

QFuture<ConsentRequestReview> ConsentRequestService::review(const ConsentRequest& request)
{
    // Two reads of different types at once: the client's state and the pending scopes; continue the first and,
    // inside, the second (a resolve finished by then continues at once).
    QList<PermissionResolver::Reference> references;
    for (const auto& scope : request.pendingScopes) {
        references.append(PermissionResolver::fromRequestedScope(scope));
    }
    const QFuture<ClientState> state = loadClientState(request.appId, request.appDisplayName);
    const QFuture<PermissionResolver::Resolved> resolved = m_resolver->resolve(references);
    const Async::Promise<ConsentRequestReview> promise;
    Async::then(state, this, [this, request, resolved, promise](const ClientState& loaded) {
        Async::then(resolved, this, [request, loaded, promise](const PermissionResolver::Resolved& r) {
            ConsentRequestReview review;
            review.request = request;
            review.state = loaded.state;
            review.error = loaded.error.isError() ? loaded.error : r.error;
            for (int i = 0; i < r.permissions.size(); ++i) {
                ConsentRequestReview::Item item;
                item.requestedScope = request.pendingScopes.value(i);
                item.permission = r.permissions.at(i);
                item.alreadyGranted = review.state.isGranted(item.permission);
                review.items.append(item);
            }
            promise.finish(review);
        });
    });
    return promise.future();
}
