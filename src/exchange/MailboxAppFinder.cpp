#include "MailboxAppFinder.h"

#include "directory/AppRoleAssignment.h"
#include "directory/MailboxPermissions.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphRequest.h"

#include <algorithm>

MailboxAppFinder::MailboxAppFinder(GraphClient* graph, ServicePrincipalCache* cache, QObject* parent)
    : QObject(parent)
    , m_graph(graph)
    , m_cache(cache)
{
}

QFuture<MailboxAppFinder::Found> MailboxAppFinder::find()
{
    Async::Promise<Found> promise;
    if (!m_graph || !m_cache) {
        promise.finish({{}, GraphError::make(GraphError::Kind::Cancelled, tr("No Graph client."))});
        return promise.future();
    }
    m_waiting.append(promise);
    if (m_running) {
        return promise.future();
    }
    m_running = true;
    m_byId.clear();
    m_apps.clear();
    m_error = {};
    using Key = ServicePrincipalCache::Key;
    const QList<Key> resources {Key::byAppId(PermissionResolver::MicrosoftGraphAppId),
                                Key::byAppId(MailboxPermissions::ExchangeOnlineAppId)};
    m_cache->resolve(resources, this, [this, resources](const ServicePrincipalCache::Result& result) {
        if (result.error) {
            m_error = result.error;
        }
        QList<QFuture<GraphError>> reads;
        for (const auto& key : resources) {
            const auto sp = result.get(key);
            if (!sp) {
                continue; // Exchange Online may be absent from a tenant without Exchange
            }
            QHash<QString, QString> mailboxRoles; // appRoleId -> value
            for (const auto& role : sp->appRoles) {
                if (MailboxPermissions::contains(sp->appId, role.value)) {
                    mailboxRoles.insert(role.id.toLower(), role.value);
                }
            }
            if (!mailboxRoles.isEmpty()) {
                reads.append(readHolders(sp->id, mailboxRoles));
            }
        }
        Async::then(Async::all(reads), this, [this](const QList<GraphError>& errors) {
            if (!m_error) {
                m_error = GraphAnswer::firstError(errors);
            }
            done();
        });
    });
    return promise.future();
}

QFuture<GraphError> MailboxAppFinder::readHolders(const QString& resourceId,
                                                  const QHash<QString, QString>& mailboxRoles)
{
    const Async::Promise<GraphError> promise;
    GraphReply* reply = m_graph->getCollection(
        GraphRequest::get(GraphPath::servicePrincipal(resourceId) + QStringLiteral("/appRoleAssignedTo"),
                          ODataQuery().top(999).select({QStringLiteral("id"),
                                                        QStringLiteral("appRoleId"),
                                                        QStringLiteral("principalId"),
                                                        QStringLiteral("principalType"),
                                                        QStringLiteral("principalDisplayName"),
                                                        QStringLiteral("resourceId")})));
    Async::then(GraphAnswer::of(reply), this, [this, promise, mailboxRoles](const GraphAnswer& answer) {
        // A failed read adds nothing, not even the pages that came before the failure.
        const QJsonArray items = answer.ok() ? answer.items : QJsonArray();
        for (const auto& v : items) {
            const AppRoleAssignment a = AppRoleAssignment::fromJson(v.toObject());
            const QString value = mailboxRoles.value(a.appRoleId.toLower());
            if (value.isEmpty() || a.principalType != QLatin1String("ServicePrincipal")) {
                continue;
            }
            MailboxApp& app = m_byId[a.principalId.toLower()];
            app.servicePrincipalId = a.principalId;
            app.displayName = a.principalDisplayName;
            if (!app.permissions.contains(value)) {
                app.permissions.append(value);
            }
        }
        promise.finish(answer.error);
    });
    return promise.future();
}

void MailboxAppFinder::done()
{
    // appRoleAssignedTo does not carry the holder's appId (what Exchange's policies name): resolve the holders.
    QList<ServicePrincipalCache::Key> keys;
    for (const auto& app : std::as_const(m_byId)) {
        keys.append(ServicePrincipalCache::Key::byId(app.servicePrincipalId));
    }
    auto publish = [this]() {
        m_apps = m_byId.values();
        for (auto& app : m_apps) {
            app.permissions.sort(Qt::CaseInsensitive);
        }
        std::sort(m_apps.begin(), m_apps.end(), [](const MailboxApp& a, const MailboxApp& b) {
            return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
        });
        m_running = false;
        const Found found {m_apps, m_error};
        for (const auto& waiting : std::exchange(m_waiting, {})) {
            waiting.finish(found);
        }
    };
    if (keys.isEmpty()) {
        publish();
        return;
    }
    m_cache->resolve(keys, this, [this, publish](const ServicePrincipalCache::Result& result) {
        if (result.error && !m_error) {
            m_error = result.error;
        }
        for (auto& app : m_byId) {
            if (const auto sp = result.get(ServicePrincipalCache::Key::byId(app.servicePrincipalId))) {
                app.appId = sp->appId;
                app.displayName = sp->displayName;
            }
        }
        publish();
    });
}
