#include "SnapshotIndex.h"

#include <QJsonDocument>

namespace {

QString lower(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().toLower();
}

QString compact(const QJsonValue& v)
{
    if (v.isObject()) {
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    if (v.isArray()) {
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    if (v.isNull() || v.isUndefined()) {
        return QStringLiteral("null");
    }
    return v.toString();
}

QString sortedList(const QJsonArray& array)
{
    QStringList items;
    for (const auto& v : array) {
        items.append(v.isString() ? v.toString() : compact(v));
    }
    items.sort();
    return items.join(QStringLiteral(", "));
}

QString userCountKey(const QString& client, const QString& resource, const QString& permission)
{
    return client + QLatin1Char('|') + resource + QLatin1Char('|') + permission;
}

} // namespace

QString SnapshotIndex::kindName(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Delegated:
        return QStringLiteral("delegated");
    case ClaimKind::UserConsent:
        return QStringLiteral("userConsent");
    case ClaimKind::Application:
        return QStringLiteral("application");
    }
    return {};
}

QString SnapshotIndex::claimKey(ClaimKind kind,
                                const QString& clientAppId,
                                const QString& resourceAppId,
                                const QString& permission,
                                const QString& principalId)
{
    return kindName(kind) + QLatin1Char('|') + clientAppId.toLower() + QLatin1Char('|') + resourceAppId.toLower()
           + QLatin1Char('|') + permission + QLatin1Char('|') + principalId.toLower();
}

int SnapshotIndex::usersHolding(const QString& clientAppId,
                                const QString& resourceAppId,
                                const QString& permission) const
{
    return m_userCounts.value(userCountKey(clientAppId.toLower(), resourceAppId.toLower(), permission));
}

SnapshotIndex SnapshotIndex::build(const TenantSnapshot& s)
{
    SnapshotIndex index;
    index.m_tenantId = s.tenantId;
    index.m_tenantName = s.tenantDisplayName;
    index.m_created = s.createdDateTime;
    index.m_createdBy = s.createdBy;
    index.m_missing = s.errorParts();

    struct Principal
    {
        QString appId;
        QString name;
        QHash<QString, QString> roles; // app role id → value
    };
    QHash<QString, Principal> byObjectId; // lower-case object id
    byObjectId.reserve(s.servicePrincipals.size());
    for (const auto& v : s.servicePrincipals) {
        const QJsonObject sp = v.toObject();
        Principal p;
        p.appId = lower(sp, "appId");
        p.name = sp.value(QStringLiteral("displayName")).toString();
        for (const auto& r : sp.value(QStringLiteral("appRoles")).toArray()) {
            const QJsonObject role = r.toObject();
            p.roles.insert(lower(role, "id"), role.value(QStringLiteral("value")).toString());
        }
        const QString id = lower(sp, "id");
        App app {sp.value(QStringLiteral("id")).toString(),
                 sp.value(QStringLiteral("appId")).toString(),
                 p.name,
                 sp.value(QStringLiteral("publisherName")).toString()};
        index.m_apps.insert(p.appId.isEmpty() ? id : p.appId, app);
        byObjectId.insert(id, std::move(p));
    }
    QHash<QString, QString> userNames;
    for (const auto& v : s.users) {
        const QJsonObject u = v.toObject();
        QString name = u.value(QStringLiteral("userPrincipalName")).toString();
        if (name.isEmpty()) {
            name = u.value(QStringLiteral("displayName")).toString();
        }
        userNames.insert(lower(u, "id"), name);
    }
    // A grant may name an app the list lacked (Graph drops items while paging): keep the claim under its object id.
    auto principal = [&byObjectId](const QString& objectId) {
        const auto it = byObjectId.constFind(objectId);
        return it != byObjectId.cend() ? *it : Principal {objectId, objectId, {}};
    };

    index.m_claims.reserve(s.oauth2PermissionGrants.size() * 3 + s.appRoleAssignments.size());
    for (const auto& v : s.oauth2PermissionGrants) {
        const QJsonObject g = v.toObject();
        const Principal client = principal(lower(g, "clientId"));
        const Principal resource = principal(lower(g, "resourceId"));
        const bool perUser = g.value(QStringLiteral("consentType")).toString() == QLatin1String("Principal");
        const QString userId = perUser ? lower(g, "principalId") : QString();
        const QStringList scopes
            = g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& scope : scopes) {
            Claim c;
            c.kind = perUser ? ClaimKind::UserConsent : ClaimKind::Delegated;
            c.clientAppId = client.appId;
            c.clientName = client.name;
            c.resourceAppId = resource.appId;
            c.resourceName = resource.name;
            c.permission = scope;
            c.principalId = userId;
            if (perUser) {
                c.principalName = userNames.value(userId, userId);
                ++index.m_userCounts[userCountKey(client.appId, resource.appId, scope)];
            }
            index.m_claims.insert(claimKey(c.kind, c.clientAppId, c.resourceAppId, scope, userId), c);
        }
    }
    for (const auto& v : s.appRoleAssignments) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("principalType")).toString() != QLatin1String("ServicePrincipal")) {
            continue; // roles given to users and groups are not application permissions
        }
        const Principal client = principal(lower(a, "principalId"));
        const Principal resource = principal(lower(a, "resourceId"));
        const QString roleId = lower(a, "appRoleId");
        Claim c;
        c.kind = ClaimKind::Application;
        c.clientAppId = client.appId;
        c.clientName = client.name.isEmpty() ? a.value(QStringLiteral("principalDisplayName")).toString() : client.name;
        c.resourceAppId = resource.appId;
        c.resourceName
            = resource.name.isEmpty() ? a.value(QStringLiteral("resourceDisplayName")).toString() : resource.name;
        c.permission = resource.roles.value(roleId, roleId);
        index.m_claims.insert(claimKey(c.kind, c.clientAppId, c.resourceAppId, c.permission), c);
    }
    index.addSettings(s);
    return index;
}

void SnapshotIndex::addSettings(const TenantSnapshot& s)
{
    const QJsonObject workflow = s.policies.value(QStringLiteral("adminConsentRequestPolicy")).toObject();
    if (!workflow.isEmpty()) {
        for (const char* key : {"isEnabled", "notifyReviewers", "remindersEnabled", "requestDurationInDays"}) {
            m_settings.insert(QStringLiteral("adminConsentRequestPolicy.") + QLatin1String(key),
                              compact(workflow.value(QLatin1String(key))));
        }
        QStringList reviewers;
        for (const auto& r : workflow.value(QStringLiteral("reviewers")).toArray()) {
            reviewers.append(r.toObject().value(QStringLiteral("query")).toString());
        }
        reviewers.sort();
        m_settings.insert(QStringLiteral("adminConsentRequestPolicy.reviewers"), reviewers.join(QStringLiteral(", ")));
    }
    const QJsonObject authorization = s.policies.value(QStringLiteral("authorizationPolicy")).toObject();
    if (!authorization.isEmpty()) {
        m_settings.insert(QStringLiteral("authorizationPolicy.allowUserConsentForRiskyApps"),
                          compact(authorization.value(QStringLiteral("allowUserConsentForRiskyApps"))));
        m_settings.insert(QStringLiteral("authorizationPolicy.permissionGrantPoliciesAssigned"),
                          sortedList(authorization.value(QStringLiteral("defaultUserRolePermissions"))
                                         .toObject()
                                         .value(QStringLiteral("permissionGrantPoliciesAssigned"))
                                         .toArray()));
    }
    for (const auto& v : s.policies.value(QStringLiteral("permissionGrantPolicies")).toArray()) {
        QJsonObject p = v.toObject();
        p.remove(QStringLiteral("@odata.context"));
        m_policies.insert(QStringLiteral("permissionGrantPolicy:") + p.value(QStringLiteral("id")).toString(),
                          compact(p));
    }
    for (const auto& v : s.applicationAccessPolicies) {
        const QJsonObject p = v.toObject();
        QString appId = p.value(QStringLiteral("AppId")).toString();
        if (appId.isEmpty()) {
            appId = p.value(QStringLiteral("AppID")).toString();
        }
        // Identity carries Exchange's internal SIDs; the app and its scope name a policy across snapshots.
        const QString key = QStringLiteral("applicationAccessPolicy:") + appId.toLower() + QLatin1Char(':')
                            + p.value(QStringLiteral("ScopeIdentity")).toString();
        m_policies.insert(key, p.value(QStringLiteral("AccessRight")).toString());
    }
}
