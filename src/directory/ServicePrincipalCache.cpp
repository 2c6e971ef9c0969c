#include "ServicePrincipalCache.h"

#include "async/Async.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/ODataFilter.h"
#include "graph/ODataQuery.h"

#include <QJsonArray>
#include <QTimer>

struct ServicePrincipalCache::Job
{
    QList<Key> keys;
    QSet<QString> waiting;
    GraphError error;
    Async::Promise<Result> promise;
};

QString ServicePrincipalCache::Key::cacheKey() const
{
    const char* prefix = kind == Kind::ObjectId ? "id:" : kind == Kind::AppId ? "appid:" : "name:";
    return QString(QLatin1String(prefix) + value.toLower());
}

std::optional<ServicePrincipal> ServicePrincipalCache::Result::get(const Key& key) const
{
    const auto it = found.constFind(key.cacheKey());
    if (it == found.cend()) {
        return std::nullopt;
    }
    return *it;
}

bool ServicePrincipalCache::Result::isMissing(const Key& key) const
{
    for (const auto& k : missing) {
        if (k.cacheKey() == key.cacheKey()) {
            return true;
        }
    }
    return false;
}

ServicePrincipalCache::ServicePrincipalCache(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

ServicePrincipalCache::~ServicePrincipalCache() = default;

std::optional<ServicePrincipal> ServicePrincipalCache::cached(const Key& key) const
{
    const auto it = m_byKey.constFind(key.cacheKey());
    if (it == m_byKey.cend()) {
        return std::nullopt;
    }
    return *it;
}

bool ServicePrincipalCache::isKnownMissing(const Key& key) const
{
    return m_missing.contains(key.cacheKey());
}

void ServicePrincipalCache::insert(const ServicePrincipal& sp)
{
    if (!sp.isValid()) {
        return;
    }
    // One principal is reachable by all its keys.
    m_byKey.insert(Key::byId(sp.id).cacheKey(), sp);
    m_missing.remove(Key::byId(sp.id).cacheKey());
    if (!sp.appId.isEmpty()) {
        m_byKey.insert(Key::byAppId(sp.appId).cacheKey(), sp);
        m_missing.remove(Key::byAppId(sp.appId).cacheKey());
    }
    for (const auto& name : sp.servicePrincipalNames) {
        m_byKey.insert(Key::byName(name).cacheKey(), sp);
        m_missing.remove(Key::byName(name).cacheKey());
    }
}

void ServicePrincipalCache::forget(const Key& key)
{
    const auto sp = cached(key);
    m_missing.remove(key.cacheKey());
    m_byKey.remove(key.cacheKey());
    if (sp) {
        m_byKey.remove(Key::byId(sp->id).cacheKey());
        m_byKey.remove(Key::byAppId(sp->appId).cacheKey());
        for (const auto& name : sp->servicePrincipalNames) {
            m_byKey.remove(Key::byName(name).cacheKey());
        }
    }
}

void ServicePrincipalCache::clear()
{
    m_byKey.clear();
    m_missing.clear();
}

void ServicePrincipalCache::resolve(const QList<Key>& keys, QObject* context, std::function<void(const Result&)> done)
{
    Async::then(resolve(keys), context ? context : this, std::move(done));
}

QFuture<ServicePrincipalCache::Result> ServicePrincipalCache::resolve(const QList<Key>& keys)
{
    auto job = std::make_shared<Job>();
    job->keys = keys;
    QList<Key> toFetch;
    for (const auto& key : keys) {
        const QString k = key.cacheKey();
        if (m_byKey.contains(k) || m_missing.contains(k) || job->waiting.contains(k)) {
            continue;
        }
        job->waiting.insert(k);
        if (!m_inFlight.contains(k)) {
            m_inFlight.insert(k);
            toFetch.append(key);
        }
    }
    if (job->waiting.isEmpty()) {
        // Never call back synchronously: callers may still be setting up.
        QTimer::singleShot(0, this, [this, job] { finishJob(job); });
        return job->promise.future();
    }
    m_jobs.append(job);
    if (!toFetch.isEmpty()) {
        fetch(toFetch);
    }
    return job->promise.future();
}

QString ServicePrincipalCache::pathFor(const Key& key)
{
    switch (key.kind) {
    case Key::Kind::ObjectId:
        return GraphPath::servicePrincipal(key.value);
    case Key::Kind::AppId:
        return GraphPath::servicePrincipalByAppId(key.value);
    case Key::Kind::Name:
        break;
    }
    return QStringLiteral("/servicePrincipals");
}

void ServicePrincipalCache::fetch(const QList<Key>& keys)
{
    if (!m_client) {
        for (const auto& key : keys) {
            store(key, std::nullopt, GraphError::make(GraphError::Kind::Cancelled, tr("No Graph client.")));
        }
        return;
    }
    auto queryFor = [](const Key& key) {
        ODataQuery query;
        query.select(ServicePrincipal::selectFields());
        if (key.kind == Key::Kind::Name) {
            // Resource URIs are user-visible text from a request: always through ODataFilter.
            query.filter(ODataFilter::any(QStringLiteral("servicePrincipalNames"),
                                          QStringLiteral("n"),
                                          ODataFilter::eq(QStringLiteral("n"), key.value)));
        }
        return query;
    };
    auto parse = [](const Key& key, const QJsonObject& body) -> std::optional<ServicePrincipal> {
        if (selectsCollection(key)) {
            const QJsonArray value = body.value(QStringLiteral("value")).toArray();
            if (value.isEmpty()) {
                return std::nullopt;
            }
            return ServicePrincipal::fromJson(value.first().toObject());
        }
        return ServicePrincipal::fromJson(body);
    };

    ++m_fetches;
    if (keys.size() == 1) {
        const Key key = keys.first();
        GraphReply* reply = m_client->send(GraphRequest::get(pathFor(key), queryFor(key)));
        connect(reply, &GraphReply::finished, this, [this, reply, key, parse] {
            if (reply->ok()) {
                store(key, parse(key, reply->json()), {});
            } else {
                store(key, std::nullopt, reply->error());
            }
        });
        return;
    }
    QList<BatchItem> items;
    for (int i = 0; i < keys.size(); ++i) {
        BatchItem item;
        item.id = QString::number(i + 1);
        const ODataQuery query = queryFor(keys.at(i));
        item.url = pathFor(keys.at(i)) + QLatin1Char('?') + query.toQueryString();
        items.append(item);
    }
    BatchReply* reply = m_client->batch(items);
    connect(reply, &BatchReply::finished, this, [this, reply, keys, parse] {
        for (int i = 0; i < keys.size(); ++i) {
            const BatchItemResult r = reply->result(QString::number(i + 1));
            if (r.status >= 200 && r.status < 300) {
                store(keys.at(i), parse(keys.at(i), r.body), {});
            } else {
                GraphError error = r.error;
                if (!error.isError()) {
                    error = reply->error().isError() ? reply->error()
                                                     : GraphError::make(GraphError::Kind::Http, tr("No answer."));
                }
                store(keys.at(i), std::nullopt, error);
            }
        }
    });
}

void ServicePrincipalCache::store(const Key& key, const std::optional<ServicePrincipal>& sp, const GraphError& error)
{
    const QString k = key.cacheKey();
    m_inFlight.remove(k);
    GraphError failure;
    if (sp && sp->isValid()) {
        insert(*sp);
        m_byKey.insert(k, *sp); // a Name key may differ in case from the stored names
        emit resolved(*sp);
    } else if (!error.isError() || error.kind == GraphError::Kind::NotFound) {
        m_missing.insert(k);
    } else {
        failure = error;
    }
    settle(k, failure);
}

void ServicePrincipalCache::settle(const QString& cacheKey, const GraphError& error)
{
    const auto jobs = m_jobs;
    for (const auto& job : jobs) {
        if (!job->waiting.remove(cacheKey)) {
            continue;
        }
        if (error.isError() && !job->error.isError()) {
            job->error = error;
        }
        if (job->waiting.isEmpty()) {
            m_jobs.removeAll(job);
            finishJob(job);
        }
    }
}

void ServicePrincipalCache::finishJob(const std::shared_ptr<Job>& job)
{
    Result result;
    result.error = job->error;
    for (const auto& key : job->keys) {
        if (const auto sp = cached(key)) {
            result.found.insert(key.cacheKey(), *sp);
        } else if (isKnownMissing(key)) {
            result.missing.append(key);
        }
    }
    job->promise.finish(result);
}
