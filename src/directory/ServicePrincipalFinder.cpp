#include "ServicePrincipalFinder.h"

#include "directory/ServicePrincipalCache.h"
#include "graph/GraphClient.h"
#include "graph/GraphReply.h"
#include "graph/GraphRequest.h"
#include "graph/ODataFilter.h"

#include <QJsonArray>
#include <QPointer>

namespace {

using Done = std::function<void(const ServicePrincipalFinder::Result&)>;

void byKey(ServicePrincipalCache* cache,
           const ServicePrincipalCache::Key& key,
           QObject* context,
           std::function<void(const ServicePrincipalFinder::Result&)> done)
{
    cache->resolve({key}, context, [key, done](const ServicePrincipalCache::Result& result) {
        ServicePrincipalFinder::Result out;
        out.servicePrincipal = result.get(key);
        if (!out.servicePrincipal) {
            out.error = result.error;
        }
        done(out);
    });
}

void byDisplayName(GraphClient* graph, const QString& name, QObject* context, Done done)
{
    // User text reaches $filter only as an escaped literal.
    const ODataFilter filter = ODataFilter::eq(QStringLiteral("displayName"), name);
    if (name.isEmpty() || !filter.isValid()) {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    ODataQuery query;
    query.filter(filter).select({QStringLiteral("id"), QStringLiteral("appId"), QStringLiteral("displayName")});
    GraphReply* reply = graph->getCollection(GraphRequest::get(QStringLiteral("/servicePrincipals"), query));
    QObject::connect(reply, &GraphReply::finished, context, [reply, done] {
        ServicePrincipalFinder::Result out;
        if (!reply->ok()) {
            out.error = reply->error();
        } else if (reply->items().size() > 1) {
            out.ambiguous = true;
        } else if (reply->items().size() == 1) {
            out.servicePrincipal = ServicePrincipal::fromJson(reply->items().first().toObject());
        }
        done(out);
    });
}

} // namespace

void ServicePrincipalFinder::find(GraphClient* graph,
                                  ServicePrincipalCache* cache,
                                  const QString& text,
                                  QObject* context,
                                  std::function<void(const Result&)> done,
                                  bool objectIdOnly)
{
    const QString wanted = text.trimmed();
    if (objectIdOnly) {
        byKey(cache, ServicePrincipalCache::Key::byId(wanted), context, done);
        return;
    }
    if (!ODataFilter::isGuid(wanted)) {
        byDisplayName(graph, wanted, context, done);
        return;
    }
    QPointer<QObject> guard(context);
    byKey(cache, ServicePrincipalCache::Key::byAppId(wanted), context, [cache, wanted, guard, done](const Result& r) {
        if (r.servicePrincipal || r.error || !guard) {
            done(r);
            return;
        }
        byKey(cache, ServicePrincipalCache::Key::byId(wanted), guard, done);
    });
}
