#include "WriteVerifier.h"

#include "async/Async.h"
#include "directory/PermissionGrant.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

using Verdict = WriteVerifier::Verdict;
using State = Verdict::State;

QSet<QString> scopeSet(const QString& scope)
{
    QSet<QString> set;
    for (const auto& s : PermissionGrant::splitScopes(scope)) {
        set.insert(s.toLower());
    }
    return set;
}

Verdict verdict(State state, const QJsonObject& result, const QString& reason)
{
    return Verdict {state, result, reason, {}};
}

Verdict unknown(const GraphError& error)
{
    return Verdict {State::Unknown, {}, {}, error};
}

// The promise's future, answered Unknown when the promise goes unfinished (the client and its replies went first).
QFuture<Verdict> answered(const Async::Promise<Verdict>& promise)
{
    return promise.future().onCanceled([] {
        return unknown(GraphError::make(GraphError::Kind::Cancelled, QStringLiteral("the read was cancelled")));
    });
}

// Reads one object; 404 is an answer too (absent: nullopt).
void read(GraphClient* client,
          const QString& path,
          const Async::Promise<Verdict>& promise,
          std::function<Verdict(const std::optional<QJsonObject>&)> decide)
{
    GraphReply* reply = client->send(GraphRequest::get(path));
    QObject::connect(reply, &GraphReply::finished, reply, [reply, promise, decide] {
        if (reply->ok()) {
            QJsonObject o = reply->json();
            o.remove(QStringLiteral("@odata.context"));
            promise.finish(decide(o));
        } else if (reply->error().kind == GraphError::Kind::NotFound) {
            promise.finish(decide(std::nullopt));
        } else {
            promise.finish(unknown(reply->error()));
        }
    });
}

void readAll(GraphClient* client,
             const QString& path,
             const Async::Promise<Verdict>& promise,
             std::function<Verdict(const QJsonArray&)> decide)
{
    GraphReply* reply = client->getCollection(GraphRequest::get(path));
    QObject::connect(reply, &GraphReply::finished, reply, [reply, promise, decide] {
        if (reply->ok()) {
            promise.finish(decide(reply->items()));
        } else if (reply->error().kind == GraphError::Kind::NotFound) {
            promise.finish(decide({}));
        } else {
            promise.finish(unknown(reply->error()));
        }
    });
}

bool sameId(const QJsonObject& a, const QJsonObject& b, const char* key)
{
    const QString k = QLatin1String(key);
    return a.value(k).toString().compare(b.value(k).toString(), Qt::CaseInsensitive) == 0;
}

// Whether what the tenant holds now (now) carries what a PATCH or PUT sent (sent). The service answers with more than
// was sent (other properties, a policy's version) and in its own order, so: objects hold every key sent (recursively;
// a null sent is an absent one), lists hold the same items in any order, a grant's scope the same scopes in any case
// and order.
bool holds(const QJsonValue& sent, const QJsonValue& now, const QString& key = {})
{
    if (key == QLatin1String("scope") && sent.isString()) {
        return scopeSet(sent.toString()) == scopeSet(now.toString());
    }
    if (sent.isNull() || sent.isUndefined()) {
        return now.isNull() || now.isUndefined();
    }
    if (sent.isObject()) {
        if (!now.isObject()) {
            return false;
        }
        const QJsonObject s = sent.toObject();
        const QJsonObject n = now.toObject();
        for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
            if (!holds(it.value(), n.value(it.key()), it.key())) {
                return false;
            }
        }
        return true;
    }
    if (sent.isArray()) {
        if (!now.isArray() || sent.toArray().size() != now.toArray().size()) {
            return false;
        }
        QJsonArray left = now.toArray();
        for (const auto& item : sent.toArray()) {
            const auto match = std::find_if(
                left.begin(), left.end(), [&](const QJsonValueRef& n) { return holds(item, QJsonValue(n)); });
            if (match == left.end()) {
                return false;
            }
            left.erase(match);
        }
        return true;
    }
    return sent == now;
}

// The service principal a path under /servicePrincipals/{id}/delegatedPermissionClassifications belongs to (empty for
// other paths). Graph has no GET of one classification: a write to one is checked against the list.
QString classificationOwner(const QString& path, QString* classificationId)
{
    static const QRegularExpression classificationPath(
        QStringLiteral("^/servicePrincipals/([^/]+)/delegatedPermissionClassifications(?:/([^/]+))?$"));
    const auto m = classificationPath.match(path);
    if (!m.hasMatch()) {
        return {};
    }
    *classificationId = m.captured(2);
    return m.captured(1);
}

} // namespace

QFuture<Verdict> WriteVerifier::check(GraphClient* client, const JournalEntry& entry)
{
    if (!client) {
        return Async::ready(unknown(GraphError::make(GraphError::Kind::Protocol, QStringLiteral("no connection"))));
    }
    if (entry.request.value(QStringLiteral("api")).toString() == QLatin1String("exchange")) {
        return checkExchange(client, entry);
    }
    const QString method = entry.request.value(QStringLiteral("method")).toString().toUpper();
    const QString path = entry.request.value(QStringLiteral("path")).toString();
    const QJsonObject body = entry.request.value(QStringLiteral("body")).toObject();
    Async::Promise<Verdict> promise;

    QString classificationId;
    const QString classifiedSp = classificationOwner(path, &classificationId);
    if (!classifiedSp.isEmpty() && (method == QLatin1String("DELETE") || method == QLatin1String("POST"))) {
        const bool removal = method == QLatin1String("DELETE");
        if (removal == classificationId.isEmpty()) {
            return Async::ready(unknown(GraphError::make(GraphError::Kind::Protocol, QStringLiteral("unknown write"))));
        }
        readAll(client,
                GraphPath::servicePrincipal(classifiedSp) + QStringLiteral("/delegatedPermissionClassifications"),
                promise,
                [removal, classificationId, body](const QJsonArray& classifications) {
                    for (const auto& v : classifications) {
                        const QJsonObject c = v.toObject();
                        if (removal && c.value(QStringLiteral("id")).toString() == classificationId) {
                            return verdict(State::NotApplied, c, QStringLiteral("the classification still exists"));
                        }
                        if (!removal && sameId(c, body, "permissionId")
                            && c.value(QStringLiteral("classification"))
                                   == body.value(QStringLiteral("classification"))) {
                            return verdict(State::Applied, c, QStringLiteral("the classification exists"));
                        }
                    }
                    return removal ? verdict(State::Applied, {}, QStringLiteral("the classification is gone"))
                                   : verdict(State::NotApplied, {}, QStringLiteral("no such classification"));
                });
        return answered(promise);
    }
    if (method == QLatin1String("DELETE")) {
        read(client, path, promise, [](const std::optional<QJsonObject>& o) {
            return o ? verdict(State::NotApplied, *o, QStringLiteral("the object still exists"))
                     : verdict(State::Applied, {}, QStringLiteral("the object is gone"));
        });
        return answered(promise);
    }
    if (method == QLatin1String("PATCH") || method == QLatin1String("PUT")) {
        // A PUT here replaces a singleton (a policy): the same test as a PATCH, on everything it sent.
        read(client, path, promise, [body](const std::optional<QJsonObject>& o) {
            if (!o) {
                return verdict(State::NotApplied, {}, QStringLiteral("the object no longer exists"));
            }
            for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
                if (!holds(it.value(), o->value(it.key()), it.key())) {
                    return verdict(
                        State::NotApplied, *o, QStringLiteral("%1 does not hold the new value").arg(it.key()));
                }
            }
            return verdict(State::Applied, *o, QStringLiteral("the object holds the new values"));
        });
        return answered(promise);
    }
    if (method != QLatin1String("POST")) {
        return Async::ready(unknown(GraphError::make(GraphError::Kind::Protocol, QStringLiteral("unknown method"))));
    }

    static const QRegularExpression assignmentPath(
        QStringLiteral("^/servicePrincipals/([^/]+)/(appRoleAssignedTo|appRoleAssignments)$"));
    if (path == QLatin1String("/servicePrincipals")) {
        const QString appId = body.value(QStringLiteral("appId")).toString();
        read(client, GraphPath::servicePrincipalByAppId(appId), promise, [](const std::optional<QJsonObject>& o) {
            return o ? verdict(State::Applied, *o, QStringLiteral("the service principal exists"))
                     : verdict(State::NotApplied, {}, QStringLiteral("no service principal for the app"));
        });
        return answered(promise);
    }
    if (path == QLatin1String("/oauth2PermissionGrants")) {
        const QString clientId = body.value(QStringLiteral("clientId")).toString();
        readAll(client,
                GraphPath::servicePrincipal(clientId) + QStringLiteral("/oauth2PermissionGrants"),
                promise,
                [body](const QJsonArray& grants) {
                    const QSet<QString> wanted = scopeSet(body.value(QStringLiteral("scope")).toString());
                    for (const auto& v : grants) {
                        const QJsonObject g = v.toObject();
                        if (sameId(g, body, "resourceId")
                            && g.value(QStringLiteral("consentType")) == body.value(QStringLiteral("consentType"))
                            && sameId(g, body, "principalId")
                            && scopeSet(g.value(QStringLiteral("scope")).toString()).contains(wanted)) {
                            return verdict(State::Applied, g, QStringLiteral("the grant exists"));
                        }
                    }
                    return verdict(State::NotApplied, {}, QStringLiteral("no such grant"));
                });
        return answered(promise);
    }
    if (assignmentPath.match(path).hasMatch()) {
        // appRoleId is not filterable: list the principal's assignments and match here.
        const QString principalId = body.value(QStringLiteral("principalId")).toString();
        readAll(client,
                GraphPath::servicePrincipal(principalId) + QStringLiteral("/appRoleAssignments"),
                promise,
                [body](const QJsonArray& assignments) {
                    for (const auto& v : assignments) {
                        const QJsonObject a = v.toObject();
                        if (sameId(a, body, "resourceId") && sameId(a, body, "appRoleId")) {
                            return verdict(State::Applied, a, QStringLiteral("the assignment exists"));
                        }
                    }
                    return verdict(State::NotApplied, {}, QStringLiteral("no such assignment"));
                });
        return answered(promise);
    }
    return Async::ready(unknown(GraphError::make(GraphError::Kind::Protocol, QStringLiteral("unknown write"))));
}

QFuture<Verdict> WriteVerifier::checkExchange(GraphClient* client, const JournalEntry& entry)
{
    const QJsonObject parameters = entry.request.value(QStringLiteral("parameters")).toObject();
    const QString identity = parameters.value(QStringLiteral("Identity")).toString();
    const bool removal = entry.action == QLatin1String("exchange.accessPolicy.delete")
                         || entry.action == QLatin1String("exchange.roleAssignment.delete");
    const bool description = entry.action == QLatin1String("exchange.accessPolicy.update");
    if ((!removal && !description) || identity.isEmpty()) {
        return Async::ready(
            unknown(GraphError::make(GraphError::Kind::Protocol, QStringLiteral("not decidable by reading Exchange"))));
    }
    const QString reader = entry.action == QLatin1String("exchange.roleAssignment.delete")
                               ? QStringLiteral("Get-ManagementRoleAssignment")
                               : QStringLiteral("Get-ApplicationAccessPolicy");
    Async::Promise<Verdict> promise;
    GraphReply* reply = client->invokeExchangeCommand(reader, {{QStringLiteral("Identity"), identity}});
    QObject::connect(reply, &GraphReply::finished, reply, [reply, promise, removal, parameters] {
        // Get- with -Identity answers a missing object with ManagementObjectNotFoundException (404).
        const bool gone = reply->ok() ? reply->items().isEmpty() : reply->error().kind == GraphError::Kind::NotFound;
        if (!reply->ok() && !gone) {
            promise.finish(unknown(reply->error()));
            return;
        }
        const QJsonObject now = gone ? QJsonObject() : reply->items().first().toObject();
        const QJsonObject rows = gone ? QJsonObject() : QJsonObject {{QStringLiteral("rows"), QJsonArray {now}}};
        if (removal) {
            promise.finish(gone ? verdict(State::Applied, {}, QStringLiteral("the object is gone"))
                                : verdict(State::NotApplied, rows, QStringLiteral("the object still exists")));
        } else if (gone) {
            promise.finish(verdict(State::NotApplied, {}, QStringLiteral("the policy no longer exists")));
        } else if (now.value(QStringLiteral("Description")).toString()
                   == parameters.value(QStringLiteral("Description")).toString()) {
            promise.finish(verdict(State::Applied, rows, QStringLiteral("the policy holds the new description")));
        } else {
            promise.finish(verdict(State::NotApplied, rows, QStringLiteral("the description is not the new one")));
        }
    });
    return answered(promise);
}
