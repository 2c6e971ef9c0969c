#include "GrantInventory.h"

#include "async/Async.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "risk/RiskCatalog.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

GrantInventory::GrantInventory(GraphClient* client, ServicePrincipalCache* cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
    qRegisterMetaType<AppInventory>();
}

void GrantInventory::setRiskCatalog(const RiskCatalog* catalog)
{
    m_catalog = catalog;
}

const RiskCatalog& GrantInventory::riskCatalog() const
{
    return m_catalog ? *m_catalog : RiskCatalog::builtIn();
}

void GrantInventory::loadApp(const ServicePrincipalCache::Key& app,
                             QObject* context,
                             std::function<void(const AppInventory&)> done)
{
    Async::then(loadApp(app), context ? context : this, std::move(done));
}

QFuture<AppInventory> GrantInventory::loadApp(const ServicePrincipalCache::Key& app)
{
    struct Run
    {
        AppInventory inventory;
        int outstanding = 0;
    };
    auto run = std::make_shared<Run>();
    const Async::Promise<AppInventory> promise;
    auto finish = [this, run, promise] {
        run->inventory.buildRows(riskCatalog());
        emit appLoaded(run->inventory);
        promise.finish(run->inventory);
    };
    auto fail = [run](const GraphError& error) {
        if (!run->inventory.error.isError()) {
            run->inventory.error = error;
        }
    };

    // Second stage: resources and users, once grants and assignments are in.
    auto resolveReferences = [this, run, finish, fail] {
        QList<ServicePrincipalCache::Key> keys;
        for (const auto& id : run->inventory.resourceIds()) {
            keys.append(ServicePrincipalCache::Key::byId(id));
        }
        run->outstanding = 2;
        m_cache->resolve(keys, this, [run, keys, finish, fail](const ServicePrincipalCache::Result& result) {
            for (const auto& key : keys) {
                if (const auto sp = result.get(key)) {
                    run->inventory.resources.insert(sp->id, *sp);
                }
            }
            if (result.error.isError()) {
                fail(result.error);
            }
            if (--run->outstanding == 0) {
                finish();
            }
        });
        resolveUsers(run->inventory.principalIds().values(),
                     this,
                     [run, finish, fail](const QHash<QString, User>& users, const GraphError& error) {
                         run->inventory.users = users;
                         if (error.isError()) {
                             fail(error);
                         }
                         if (--run->outstanding == 0) {
                             finish();
                         }
                     });
    };

    if (app.kind != ServicePrincipalCache::Key::Kind::Name) {
        m_cache->forget(app); // the app's own state must be current: revokes are planned from it
    }
    m_cache->resolve(
        {app}, this, [this, run, app, finish, fail, resolveReferences](const ServicePrincipalCache::Result& r) {
            const auto sp = r.get(app);
            if (!sp) {
                fail(r.error.isError()
                         ? r.error
                         : GraphError::make(GraphError::Kind::NotFound,
                                            tr("No service principal %1 in this tenant.").arg(app.value)));
                finish();
                return;
            }
            run->inventory.app = *sp;
            run->outstanding = 2;
            auto stageDone = [run, resolveReferences] {
                if (--run->outstanding == 0) {
                    resolveReferences();
                }
            };
            ODataQuery grantsQuery;
            grantsQuery.filter(ODataFilter::eq(QStringLiteral("clientId"), sp->id));
            grantsQuery.top(999); // an app 5 000 users consented to: 6 pages, not 50
            GraphReply* grants
                = m_client->getCollection(GraphRequest::get(QStringLiteral("/oauth2PermissionGrants"), grantsQuery));
            connect(grants, &GraphReply::finished, this, [grants, run, fail, stageDone] {
                if (grants->ok()) {
                    for (const auto& v : grants->items()) {
                        run->inventory.grants.append(PermissionGrant::fromJson(v.toObject()));
                    }
                } else {
                    fail(grants->error());
                }
                stageDone();
            });
            ODataQuery assignmentsQuery;
            assignmentsQuery.top(999);
            GraphReply* assignments = m_client->getCollection(GraphRequest::get(
                GraphPath::servicePrincipal(sp->id) + QStringLiteral("/appRoleAssignments"), assignmentsQuery));
            connect(assignments, &GraphReply::finished, this, [assignments, run, fail, stageDone] {
                if (assignments->ok()) {
                    for (const auto& v : assignments->items()) {
                        run->inventory.assignments.append(AppRoleAssignment::fromJson(v.toObject()));
                    }
                } else {
                    fail(assignments->error());
                }
                stageDone();
            });
        });
    return promise.future();
}

QFuture<GrantInventory::AssignedTo> GrantInventory::loadAssignedTo(const QString& resourceId)
{
    const Async::Promise<AssignedTo> promise;
    if (!m_client) {
        promise.finish(
            AssignedTo {{}, GraphError::make(GraphError::Kind::Protocol, tr("No Microsoft Graph connection."))});
        return promise.future();
    }
    ODataQuery query;
    query.top(999);
    GraphReply* reply = m_client->getCollection(
        GraphRequest::get(GraphPath::servicePrincipal(resourceId) + QStringLiteral("/appRoleAssignedTo"), query));
    connect(reply, &GraphReply::finished, this, [reply, promise] {
        AssignedTo answer;
        if (reply->ok()) {
            for (const auto& v : reply->items()) {
                answer.assignments.append(AppRoleAssignment::fromJson(v.toObject()));
            }
        } else if (reply->error().kind != GraphError::Kind::NotFound) {
            answer.error = reply->error();
        }
        promise.finish(answer);
    });
    return promise.future();
}

void GrantInventory::resolveUsers(const QStringList& ids,
                                  QObject* context,
                                  std::function<void(const QHash<QString, User>&, const GraphError&)> done)
{
    struct Run
    {
        QHash<QString, User> users;
        GraphError error;
        int outstanding = 0;
    };
    auto run = std::make_shared<Run>();
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [run, guard, hasContext, done] {
        if (hasContext && !guard) {
            return;
        }
        done(run->users, run->error);
    };
    if (ids.isEmpty() || !m_client) {
        QTimer::singleShot(0, this, finish);
        return;
    }
    run->outstanding = int((ids.size() + GetByIdsMax - 1) / GetByIdsMax);
    for (qsizetype from = 0; from < ids.size(); from += GetByIdsMax) {
        const QJsonObject body {{QStringLiteral("ids"), QJsonArray::fromStringList(ids.mid(from, GetByIdsMax))},
                                {QStringLiteral("types"), QJsonArray {QStringLiteral("user")}}};
        GraphReply* reply = m_client->send(GraphRequest::post(QStringLiteral("/directoryObjects/getByIds"), body));
        connect(reply, &GraphReply::finished, this, [reply, run, finish] {
            if (reply->ok()) {
                for (const auto& v : reply->json().value(QStringLiteral("value")).toArray()) {
                    const User user = User::fromJson(v.toObject());
                    run->users.insert(user.id, user);
                }
            } else if (!run->error.isError()) {
                run->error = reply->error();
            }
            if (--run->outstanding == 0) {
                finish();
            }
        });
    }
}
