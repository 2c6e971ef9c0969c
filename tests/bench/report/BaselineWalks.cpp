#include "BaselineWalks.h"

#include "consent/AppInventory.h"
#include "directory/AppRoleAssignment.h"
#include "directory/PermissionGrant.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "risk/RiskCatalog.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>

namespace {

template<typename Reply> void wait(Reply* reply)
{
    if (reply->isFinished()) {
        return;
    }
    QEventLoop loop;
    QObject::connect(reply, &Reply::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

BaselineWalks::BaselineWalks(GraphClient* client)
    : m_client(client)
{
}

QJsonArray BaselineWalks::list(const QString& path, const QString& query, GraphError* error)
{
    GraphRequest request;
    request.path = path + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
    GraphReply* reply = m_client->getCollection(request);
    reply->setAutoDelete(false);
    wait(reply);
    QJsonArray items;
    if (reply->ok()) {
        items = reply->items();
    } else if (error && !error->isError()) {
        *error = reply->error();
    }
    reply->deleteLater();
    return items;
}

QJsonObject BaselineWalks::get(const QString& path, GraphError* error, bool* notFound)
{
    GraphReply* reply = m_client->send(GraphRequest::get(path));
    reply->setAutoDelete(false);
    wait(reply);
    QJsonObject object;
    *notFound = false;
    if (reply->ok()) {
        object = reply->json();
    } else if (reply->error().kind == GraphError::Kind::NotFound) {
        *notFound = true;
    } else if (error && !error->isError()) {
        *error = reply->error();
    }
    reply->deleteLater();
    return object;
}

QJsonObject BaselineWalks::lookupById(const QString& id, GraphError* error)
{
    GraphRequest request = GraphRequest::post(QStringLiteral("/directoryObjects/getByIds"),
                                              QJsonObject {{QStringLiteral("ids"), QJsonArray {id}}});
    request.readOnly = true;
    GraphReply* reply = m_client->send(request);
    reply->setAutoDelete(false);
    wait(reply);
    QJsonObject object;
    if (reply->ok()) {
        object = reply->json().value(QStringLiteral("value")).toArray().at(0).toObject();
    } else if (error && !error->isError()) {
        *error = reply->error();
    }
    reply->deleteLater();
    return object;
}

BaselineWalks::Outcome BaselineWalks::perAppWalk(int appLimit)
{
    Outcome out;
    const RiskCatalog& catalog = RiskCatalog::builtIn();
    const QJsonArray sps = list(QStringLiteral("/servicePrincipals"), QStringLiteral("$top=999"), &out.error);
    out.totalApps = int(sps.size());
    QHash<QString, ServicePrincipal> principals; // the object cache of the scripts
    QHash<QString, User> users;
    QSet<QString> lookedUp;
    auto resolve = [&](const QString& id, bool user) {
        if (id.isEmpty() || lookedUp.contains(id)) {
            return;
        }
        lookedUp.insert(id);
        ++out.lookups;
        QElapsedTimer timer;
        timer.start();
        const QJsonObject object = lookupById(id, &out.error);
        out.lookupMs += timer.elapsed();
        if (object.isEmpty()) {
            return;
        }
        if (user) {
            users.insert(id, User::fromJson(object));
        } else {
            principals.insert(id, ServicePrincipal::fromJson(object));
        }
    };
    for (const auto& v : sps) {
        if (out.error.isError() || (appLimit > 0 && out.apps >= appLimit)) {
            break;
        }
        ++out.apps;
        ServicePrincipal client = ServicePrincipal::fromJson(v.toObject());
        client.raw = {};
        const QString base = GraphPath::servicePrincipal(client.id);
        QList<PermissionGrant> grants;
        for (const auto& g :
             list(base + QStringLiteral("/oauth2PermissionGrants"), QStringLiteral("$top=999"), &out.error)) {
            grants.append(PermissionGrant::fromJson(g.toObject()));
        }
        QList<AppRoleAssignment> assignments;
        for (const auto& a :
             list(base + QStringLiteral("/appRoleAssignments"), QStringLiteral("$top=999"), &out.error)) {
            assignments.append(AppRoleAssignment::fromJson(a.toObject()));
        }
        for (const auto& g : std::as_const(grants)) {
            resolve(g.resourceId, false);
            if (!g.isAllPrincipals()) {
                resolve(g.principalId, true);
            }
        }
        for (const auto& a : std::as_const(assignments)) {
            resolve(a.resourceId, false);
        }
        out.rows.append(AppInventory::rowsFor(client, grants, assignments, principals, users, catalog));
    }
    return out;
}

BaselineWalks::Outcome BaselineWalks::sequentialWalk(int userLimit)
{
    Outcome out;
    const RiskCatalog& catalog = RiskCatalog::builtIn();
    QHash<QString, ServicePrincipal> principals;
    QList<QString> order;
    for (const auto& v :
         list(QStringLiteral("/servicePrincipals"),
              QStringLiteral("$top=999&$select=") + ServicePrincipal::selectFields().join(QLatin1Char(',')),
              &out.error)) {
        ServicePrincipal sp = ServicePrincipal::fromJson(v.toObject());
        sp.raw = {};
        principals.insert(sp.id, sp);
        order.append(sp.id);
    }
    out.totalApps = int(order.size());
    QList<PermissionGrant> grants;
    for (const auto& g : list(QStringLiteral("/oauth2PermissionGrants"), QStringLiteral("$top=999"), &out.error)) {
        PermissionGrant grant = PermissionGrant::fromJson(g.toObject());
        grant.raw = {};
        grants.append(grant);
    }
    QList<AppRoleAssignment> assignments;
    for (const QString& id : std::as_const(order)) {
        const ServicePrincipal& sp = principals[id];
        const bool publishes = std::any_of(
            sp.appRoles.cbegin(), sp.appRoles.cend(), [](const auto& r) { return r.allowsApplications(); });
        if (!publishes || out.error.isError()) {
            continue;
        }
        for (const auto& a : list(GraphPath::servicePrincipal(id) + QStringLiteral("/appRoleAssignedTo"),
                                  QStringLiteral("$top=999"),
                                  &out.error)) {
            AppRoleAssignment assignment = AppRoleAssignment::fromJson(a.toObject());
            if (assignment.principalType == QLatin1String("ServicePrincipal")) {
                assignment.raw = {};
                assignments.append(assignment);
            }
        }
    }
    out.apps = out.totalApps;
    // Users one by one (the busiest first, so a sample sees the heavy ones).
    QHash<QString, int> grantsByUser;
    QHash<QString, QSet<QString>> usersByApp;
    for (const auto& g : std::as_const(grants)) {
        if (!g.isAllPrincipals() && !g.principalId.isEmpty()) {
            ++grantsByUser[g.principalId];
            usersByApp[g.clientId].insert(g.principalId);
        }
    }
    int most = -1;
    for (auto it = grantsByUser.cbegin(); it != grantsByUser.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < m_busiestUser)) {
            most = it.value();
            m_busiestUser = it.key();
        }
    }
    for (auto it = usersByApp.cbegin(); it != usersByApp.cend(); ++it) {
        if (int(it->size()) > m_busiestAppUsers) {
            m_busiestAppUsers = int(it->size());
            m_busiestApp = it.key();
        }
    }
    QHash<QString, User> users;
    int looked = 0;
    out.lookupsWanted = int(grantsByUser.size());
    QElapsedTimer lookupTimer;
    lookupTimer.start();
    for (auto it = grantsByUser.cbegin(); it != grantsByUser.cend() && !out.error.isError(); ++it) {
        if (userLimit > 0 && looked >= userLimit) {
            break;
        }
        ++looked;
        ++out.lookups;
        bool notFound = false;
        const QJsonObject user
            = get(GraphPath::user(it.key()) + QStringLiteral("?$select=id,displayName,userPrincipalName"),
                  &out.error,
                  &notFound);
        if (!user.isEmpty()) {
            users.insert(it.key(), User::fromJson(user));
        }
    }
    // Service principals the grants refer to but the list lacked, one by one too.
    QSet<QString> missing;
    for (const auto& g : std::as_const(grants)) {
        for (const QString& id : {g.clientId, g.resourceId}) {
            if (!principals.contains(id)) {
                missing.insert(id);
            }
        }
    }
    out.lookupMs = lookupTimer.elapsed();
    out.lookupsWanted += int(missing.size());
    for (const QString& id : std::as_const(missing)) {
        ++out.lookups;
        bool notFound = false;
        const QJsonObject sp = get(GraphPath::servicePrincipal(id), &out.error, &notFound);
        if (!sp.isEmpty()) {
            principals.insert(id, ServicePrincipal::fromJson(sp));
        }
    }
    if (userLimit > 0) {
        return out; // a sample: no rows
    }
    for (const auto& g : std::as_const(grants)) {
        ServicePrincipal client = principals.value(g.clientId);
        client.id = g.clientId;
        out.rows.append(AppInventory::rowsFor(client, {g}, {}, principals, users, catalog));
    }
    for (const auto& a : std::as_const(assignments)) {
        ServicePrincipal client = principals.value(a.principalId);
        client.id = a.principalId;
        out.rows.append(AppInventory::assignmentRow(client, a, principals, catalog));
    }
    return out;
}
