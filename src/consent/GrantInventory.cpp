#include "GrantInventory.h"

#include "async/Async.h"
#include "graph/GraphAnswer.h"
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
    auto inventory = std::make_shared<AppInventory>();
    const Async::Promise<AppInventory> promise;
    auto finish = [this, inventory, promise] {
        inventory->buildRows(riskCatalog());
        emit appLoaded(*inventory);
        promise.finish(*inventory);
    };
    auto fail = [inventory](const GraphError& error) {
        if (error.isError() && !inventory->error.isError()) {
            inventory->error = error;
        }
    };

    // Second stage, once grants and assignments are in: the resources and the users they name, read at once.
    auto resolveReferences = [this, inventory, finish, fail] {
        QList<ServicePrincipalCache::Key> keys;
        for (const auto& id : inventory->resourceIds()) {
            keys.append(ServicePrincipalCache::Key::byId(id));
        }
        const QFuture<ServicePrincipalCache::Result> resources = m_cache->resolve(keys);
        const QFuture<Users> users = resolveUsers(inventory->principalIds().values());
        Async::then(
            resources, this, [this, inventory, keys, users, finish, fail](const ServicePrincipalCache::Result& r) {
                for (const auto& key : keys) {
                    if (const auto sp = r.get(key)) {
                        inventory->resources.insert(sp->id, *sp);
                    }
                }
                fail(r.error);
                Async::then(users, this, [inventory, finish, fail](const Users& u) {
                    inventory->users = u.users;
                    fail(u.error);
                    finish();
                });
            });
    };

    if (app.kind != ServicePrincipalCache::Key::Kind::Name) {
        m_cache->forget(app); // the app's own state must be current: revokes are planned from it
    }
    Async::then(
        m_cache->resolve({app}),
        this,
        [this, inventory, app, finish, fail, resolveReferences](const ServicePrincipalCache::Result& r) {
            const auto sp = r.get(app);
            if (!sp) {
                fail(r.error.isError()
                         ? r.error
                         : GraphError::make(GraphError::Kind::NotFound,
                                            tr("No service principal %1 in this tenant.").arg(app.value)));
                finish();
                return;
            }
            inventory->app = *sp;
            ODataQuery grantsQuery;
            grantsQuery.filter(ODataFilter::eq(QStringLiteral("clientId"), sp->id));
            grantsQuery.top(999); // an app 5 000 users consented to: 6 pages, not 50
            ODataQuery assignmentsQuery;
            assignmentsQuery.top(999);
            const QFuture<GraphAnswer> grants = GraphAnswer::of(
                m_client->getCollection(GraphRequest::get(QStringLiteral("/oauth2PermissionGrants"), grantsQuery)));
            const QFuture<GraphAnswer> assignments = GraphAnswer::of(m_client->getCollection(GraphRequest::get(
                GraphPath::servicePrincipal(sp->id) + QStringLiteral("/appRoleAssignments"), assignmentsQuery)));
            Async::then(Async::all<GraphAnswer>({grants, assignments}),
                        this,
                        [inventory, fail, resolveReferences](const QList<GraphAnswer>& answers) {
                            if (answers.size() != 2) {
                                return; // a read was abandoned (the client went away): nobody is answered
                            }
                            for (const auto& v : answers.at(0).ok() ? answers.at(0).items : QJsonArray()) {
                                inventory->grants.append(PermissionGrant::fromJson(v.toObject()));
                            }
                            for (const auto& v : answers.at(1).ok() ? answers.at(1).items : QJsonArray()) {
                                inventory->assignments.append(AppRoleAssignment::fromJson(v.toObject()));
                            }
                            fail(answers.at(0).error);
                            fail(answers.at(1).error);
                            resolveReferences();
                        });
        });
    return promise.future();
}

QFuture<GrantInventory::Users> GrantInventory::resolveUsers(const QStringList& ids)
{
    if (ids.isEmpty() || !m_client) {
        return Async::ready(Users());
    }
    QList<QFuture<GraphAnswer>> reads;
    for (qsizetype from = 0; from < ids.size(); from += GetByIdsMax) {
        const QJsonObject body {{QStringLiteral("ids"), QJsonArray::fromStringList(ids.mid(from, GetByIdsMax))},
                                {QStringLiteral("types"), QJsonArray {QStringLiteral("user")}}};
        reads.append(
            GraphAnswer::of(m_client->send(GraphRequest::post(QStringLiteral("/directoryObjects/getByIds"), body))));
    }
    const Async::Promise<Users> promise;
    Async::then(Async::all(reads), this, [promise, parts = reads.size()](const QList<GraphAnswer>& answers) {
        if (answers.size() != parts) {
            return; // a read was abandoned: nobody is answered
        }
        Users found;
        for (const GraphAnswer& answer : answers) {
            if (answer.ok()) {
                for (const auto& v : answer.json.value(QStringLiteral("value")).toArray()) {
                    const User user = User::fromJson(v.toObject());
                    found.users.insert(user.id, user);
                }
            } else if (!found.error.isError()) {
                found.error = answer.error;
            }
        }
        promise.finish(found);
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
