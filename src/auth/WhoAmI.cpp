#include "WhoAmI.h"

#include "graph/GraphClient.h"
#include "log/Log.h"

WhoAmI::WhoAmI(GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_graph(graph)
{
}

void WhoAmI::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_pending = 3;

    ODataQuery meQuery;
    meQuery.select({QStringLiteral("id"),
                    QStringLiteral("displayName"),
                    QStringLiteral("userPrincipalName"),
                    QStringLiteral("mail")});
    GraphReply* me = m_graph->send(GraphRequest::get(QStringLiteral("/me"), meQuery));
    connect(me, &GraphReply::finished, this, [this, me] {
        m_meError = me->error();
        m_me = me->json();
        --m_pending;
        maybeFinish();
    });

    requestRoles(true);

    ODataQuery orgQuery;
    orgQuery.select({QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("verifiedDomains")});
    GraphReply* org = m_graph->getCollection(GraphRequest::get(QStringLiteral("/organization"), orgQuery));
    connect(org, &GraphReply::finished, this, [this, org] {
        m_organizationError = org->error();
        if (!org->items().isEmpty()) {
            m_organization = org->items().first().toObject();
        }
        --m_pending;
        maybeFinish();
    });
}

void WhoAmI::requestRoles(bool withCast)
{
    ODataQuery query;
    query.select({QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("roleTemplateId")});
    const QString path
        = withCast ? QStringLiteral("/me/memberOf/microsoft.graph.directoryRole") : QStringLiteral("/me/memberOf");
    GraphReply* roles = m_graph->getCollection(GraphRequest::get(path, query));
    connect(roles, &GraphReply::finished, this, [this, roles, withCast] {
        const GraphError error = roles->error();
        if (withCast && error && (error.httpStatus == 400 || error.httpStatus == 404)) {
            // The cast is refused: list every membership and keep the directory roles ourselves.
            Log::get("auth")->info("memberOf cast not supported ({}); filtering memberOf", error.summary());
            requestRoles(false);
            return;
        }
        m_rolesError = error;
        m_roles = roles->items();
        --m_pending;
        maybeFinish();
    });
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

void WhoAmI::maybeFinish()
{
    if (m_pending > 0) {
        return;
    }
    if (m_meError) {
        Log::get("auth")->warn("who am I: /me failed: {}", m_meError.summary());
        emit failed(m_meError);
        return;
    }
    AccountInfo account;
    account.userObjectId = m_me.value(QStringLiteral("id")).toString();
    account.userPrincipalName = m_me.value(QStringLiteral("userPrincipalName")).toString();
    account.displayName = m_me.value(QStringLiteral("displayName")).toString();
    account.mail = m_me.value(QStringLiteral("mail")).toString();

    if (m_rolesError) {
        account.rolesKnown = false;
        account.rolesError = m_rolesError.summary();
        Log::get("auth")->warn("who am I: directory roles unknown: {}", account.rolesError);
    } else {
        account.roles = parseRoles(m_roles);
        account.rolesKnown = true;
    }

    if (!m_organizationError && !m_organization.isEmpty()) {
        applyOrganization(account, m_organization);
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
                               m_organizationError ? m_organizationError.summary() : QStringLiteral("empty"));
    }
    Log::get("auth")->info(
        "signed in as {} ({} role(s)) in tenant {}", account.userPrincipalName, account.roles.size(), account.tenantId);
    emit finished(account);
}
