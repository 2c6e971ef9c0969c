#include "WhoAmI.h"

#include "async/Async.h"
#include "graph/GraphClient.h"
#include "log/Log.h"

WhoAmI::WhoAmI(GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_graph(graph)
{
}

QFuture<WhoAmI::Result> WhoAmI::start()
{
    ODataQuery meQuery;
    meQuery.select({QStringLiteral("id"),
                    QStringLiteral("displayName"),
                    QStringLiteral("userPrincipalName"),
                    QStringLiteral("mail")});
    const QFuture<GraphAnswer> me = GraphAnswer::of(m_graph->send(GraphRequest::get(QStringLiteral("/me"), meQuery)));
    const QFuture<GraphAnswer> roles = readRoles(true);
    ODataQuery orgQuery;
    orgQuery.select({QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("verifiedDomains")});
    const QFuture<GraphAnswer> organization
        = GraphAnswer::of(m_graph->getCollection(GraphRequest::get(QStringLiteral("/organization"), orgQuery)));

    const Async::Promise<Result> promise;
    Async::then(
        Async::all<GraphAnswer>({me, roles, organization}), this, [this, promise](const QList<GraphAnswer>& answers) {
            if (answers.size() == 3) { // else a read was abandoned (the client went away): nobody is answered
                promise.finish(result(answers.at(0), answers.at(1), answers.at(2)));
            }
        });
    return promise.future();
}

QFuture<GraphAnswer> WhoAmI::readRoles(bool withCast)
{
    ODataQuery query;
    query.select({QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("roleTemplateId")});
    const QString path
        = withCast ? QStringLiteral("/me/memberOf/microsoft.graph.directoryRole") : QStringLiteral("/me/memberOf");
    const Async::Promise<GraphAnswer> promise;
    Async::then(GraphAnswer::of(m_graph->getCollection(GraphRequest::get(path, query))),
                this,
                [this, promise, withCast](const GraphAnswer& roles) {
                    const GraphError& error = roles.error;
                    if (withCast && error && (error.httpStatus == 400 || error.httpStatus == 404)) {
                        // The cast is refused: list every membership and keep the directory roles ourselves.
                        Log::get("auth")->info("memberOf cast not supported ({}); filtering memberOf", error.summary());
                        Async::then(readRoles(false), this, [promise](const GraphAnswer& all) { promise.finish(all); });
                        return;
                    }
                    promise.finish(roles);
                });
    return promise.future();
}

QList<AccountInfo::Role> WhoAmI::parseRoles(const QJsonArray& memberOf)
{
    QList<AccountInfo::Role> roles;
    for (const QJsonValue& v : memberOf) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("@odata.type")).toString();
        // memberOf mixes groups, administrative units and roles; only directory roles count. Items of the cast
        // may come without @odata.type, but they always carry roleTemplateId.
        const bool isRole = type.isEmpty() ? o.contains(QStringLiteral("roleTemplateId"))
                                           : type == QLatin1String("#microsoft.graph.directoryRole");
        if (!isRole) {
            continue;
        }
        AccountInfo::Role role;
        role.id = o.value(QStringLiteral("id")).toString();
        role.templateId = o.value(QStringLiteral("roleTemplateId")).toString().toLower();
        role.displayName = o.value(QStringLiteral("displayName")).toString();
        if (!role.templateId.isEmpty()) {
            roles.append(role);
        }
    }
    return roles;
}

void WhoAmI::applyOrganization(AccountInfo& account, const QJsonObject& organization)
{
    account.tenantId = organization.value(QStringLiteral("id")).toString();
    account.organizationRead = !account.tenantId.isEmpty();
    account.tenantDisplayName = organization.value(QStringLiteral("displayName")).toString();
    account.verifiedDomains.clear();
    QString initial;
    for (const QJsonValue& v : organization.value(QStringLiteral("verifiedDomains")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString name = d.value(QStringLiteral("name")).toString();
        if (name.isEmpty()) {
            continue;
        }
        account.verifiedDomains.append(name);
        if (d.value(QStringLiteral("isDefault")).toBool()) {
            account.tenantDefaultDomain = name;
        }
        if (d.value(QStringLiteral("isInitial")).toBool()) {
            initial = name;
        }
    }
    if (account.tenantDefaultDomain.isEmpty()) {
        account.tenantDefaultDomain = !initial.isEmpty() ? initial : account.verifiedDomains.value(0);
    }
}

WhoAmI::Result WhoAmI::result(const GraphAnswer& me, const GraphAnswer& roles, const GraphAnswer& organization) const
{
    if (me.error) {
        Log::get("auth")->warn("who am I: /me failed: {}", me.error.summary());
        return {{}, me.error};
    }
    AccountInfo account;
    account.userObjectId = me.json.value(QStringLiteral("id")).toString();
    account.userPrincipalName = me.json.value(QStringLiteral("userPrincipalName")).toString();
    account.displayName = me.json.value(QStringLiteral("displayName")).toString();
    account.mail = me.json.value(QStringLiteral("mail")).toString();

    if (roles.error) {
        account.rolesKnown = false;
        account.rolesError = roles.error.summary();
        Log::get("auth")->warn("who am I: directory roles unknown: {}", account.rolesError);
    } else {
        account.roles = parseRoles(roles.items);
        account.rolesKnown = true;
    }

    const QJsonObject tenant = organization.items.isEmpty() ? QJsonObject() : organization.items.first().toObject();
    if (!organization.error && !tenant.isEmpty()) {
        applyOrganization(account, tenant);
    } else {
        // Display only: the tenant id from the id_token, the domain from the UPN.
        account.tenantId = m_claims.tenantId;
        const qsizetype at = account.userPrincipalName.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            account.tenantDefaultDomain = account.userPrincipalName.mid(at + 1);
            account.tenantDisplayName = account.tenantDefaultDomain;
            account.verifiedDomains = {account.tenantDefaultDomain};
        }
        Log::get("auth")->info("who am I: /organization unavailable ({}); tenant from the sign-in",
                               organization.error ? organization.error.summary() : QStringLiteral("empty"));
    }
    Log::get("auth")->info(
        "signed in as {} ({} role(s)) in tenant {}", account.userPrincipalName, account.roles.size(), account.tenantId);
    return {account, {}};
}
