#include "ServicePrincipalFinder.h"

#include "async/Async.h"
#include "directory/ServicePrincipalCache.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphRequest.h"
#include "graph/ODataFilter.h"

#include <QJsonArray>
#include <QTimer>

namespace {

using Result = ServicePrincipalFinder::Result;

QFuture<Result> byKey(ServicePrincipalCache* cache, const ServicePrincipalCache::Key& key)
{
    const Async::Promise<Result> promise;
    Async::then(cache->resolve({key}), cache, [key, promise](const ServicePrincipalCache::Result& result) {
        Result out;
        out.servicePrincipal = result.get(key);
        if (!out.servicePrincipal) {
            out.error = result.error;
        }
        promise.finish(out);
    });
    return promise.future();
}

QFuture<Result> byDisplayName(GraphClient* graph, const QString& name)
{
    const Async::Promise<Result> promise;
    // User text reaches $filter only as an escaped literal.
    const ODataFilter filter = ODataFilter::eq(QStringLiteral("displayName"), name);
    if (name.isEmpty() || !filter.isValid()) {
        QTimer::singleShot(0, graph, [promise] { promise.finish({}); }); // never synchronously
        return promise.future();
    }
    ODataQuery query;
    query.filter(filter).select({QStringLiteral("id"), QStringLiteral("appId"), QStringLiteral("displayName")});
    GraphReply* reply = graph->getCollection(GraphRequest::get(QStringLiteral("/servicePrincipals"), query));
    Async::then(GraphAnswer::of(reply), graph, [promise](const GraphAnswer& answer) {
        Result out;
        if (!answer.ok()) {
            out.error = answer.error;
        } else if (answer.items.size() > 1) {
            out.ambiguous = true;
        } else if (answer.items.size() == 1) {
            out.servicePrincipal = ServicePrincipal::fromJson(answer.items.first().toObject());
        }
        promise.finish(out);
    });
    return promise.future();
}

} // namespace

void ServicePrincipalFinder::find(GraphClient* graph,
                                  ServicePrincipalCache* cache,
                                  const QString& text,
                                  QObject* context,
                                  std::function<void(const Result&)> done,
                                  bool objectIdOnly)
{
    Async::then(find(graph, cache, text, objectIdOnly), context, std::move(done));
}

QFuture<Result>
ServicePrincipalFinder::find(GraphClient* graph, ServicePrincipalCache* cache, const QString& text, bool objectIdOnly)
{
    const QString wanted = text.trimmed();
    if (objectIdOnly) {
        return byKey(cache, ServicePrincipalCache::Key::byId(wanted));
    }
    if (!ODataFilter::isGuid(wanted)) {
        return byDisplayName(graph, wanted);
    }
    // A GUID: the appId first (what the portals show first), then the object id.
    const Async::Promise<Result> promise;
    Async::then(
        byKey(cache, ServicePrincipalCache::Key::byAppId(wanted)), cache, [cache, wanted, promise](const Result& r) {
            if (r.servicePrincipal || r.error) {
                promise.finish(r);
                return;
            }
            Async::then(byKey(cache, ServicePrincipalCache::Key::byId(wanted)), cache, [promise](const Result& byId) {
                promise.finish(byId);
            });
        });
    return promise.future();
}
