#pragma once

#include "ServicePrincipal.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class GraphClient;

/**
 * Service principals by object id, appId or servicePrincipalName (resource URI), cached for the session.
 *
 * resolve() answers from the cache, and fetches the rest in one go: a single GET for one key, $batch for several
 * (GraphClient packs 20 per request). A key already being fetched by another resolve() is waited for, not fetched
 * again — inventories resolve the same resources (Microsoft Graph) over and over. "Not in this tenant" (404, or an
 * empty filter result) is cached too; other failures are not, so a later resolve() retries them.
 * resolved() fires for every principal as it arrives, for views that fill in rows as they go.
 */
class ServicePrincipalCache : public QObject
{
    Q_OBJECT

public:
    struct Key
    {
        enum class Kind { ObjectId, AppId, Name };
        Kind kind = Kind::AppId;
        QString value;

        static Key byId(const QString& id) { return {Kind::ObjectId, id}; }
        static Key byAppId(const QString& appId) { return {Kind::AppId, appId}; }
        static Key byName(const QString& servicePrincipalName) { return {Kind::Name, servicePrincipalName}; }
        QString cacheKey() const; // "id:…", "appid:…", "name:…" (lower-case)
    };

    struct Result
    {
        QHash<QString, ServicePrincipal> found; // by Key::cacheKey()
        QList<Key> missing; // not in this tenant
        GraphError error; // the first failure other than "not found" (those keys are neither found nor missing)

        std::optional<ServicePrincipal> get(const Key& key) const;
        bool isMissing(const Key& key) const;
    };

    explicit ServicePrincipalCache(GraphClient* client, QObject* parent = nullptr);
    ~ServicePrincipalCache() override;

    std::optional<ServicePrincipal> cached(const Key& key) const;
    bool isKnownMissing(const Key& key) const;
    void insert(const ServicePrincipal& sp); // e.g. after ConsentDesk created it
    void forget(const Key& key);
    void clear();
    int fetchCount() const { return m_fetches; } // Graph requests (GET or $batch) sent, for tests and benchmarks

    // Never finished synchronously; cancelled when the cache is destroyed first.
    QFuture<Result> resolve(const QList<Key>& keys);
    // The same, for callers not on QFuture yet: done once, on context's thread, unless context is destroyed first.
    void resolve(const QList<Key>& keys, QObject* context, std::function<void(const Result&)> done);

signals:
    void resolved(const ServicePrincipal& sp);

private:
    struct Job;

    void fetch(const QList<Key>& keys);
    void store(const Key& key, const std::optional<ServicePrincipal>& sp, const GraphError& error);
    void settle(const QString& cacheKey, const GraphError& error);
    void finishJob(const std::shared_ptr<Job>& job);
    static QString pathFor(const Key& key);
    static bool selectsCollection(const Key& key) { return key.kind == Key::Kind::Name; }

    QPointer<GraphClient> m_client;
    QHash<QString, ServicePrincipal> m_byKey;
    QSet<QString> m_missing;
    QSet<QString> m_inFlight;
    QList<std::shared_ptr<Job>> m_jobs;
    int m_fetches = 0;
};
