#include "SnapshotIndex.h"

#include <QJsonDocument>
#include <QSet>
#include <QStringBuilder>

#include <map>
#include <vector>

namespace {

QString lower(const QJsonObject& o, const char* key)
{
    // Graph writes ids in lower case already: toLower() then returns the same string without copying it.
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

SnapshotIndex SnapshotIndex::build(const TenantSnapshot& s)
{
    SnapshotIndex index;
    index.m_tenantId = s.tenantId;
    index.m_tenantName = s.tenantDisplayName;
    index.m_created = s.createdDateTime;
    index.m_createdBy = s.createdBy;
    index.m_missing = s.errorParts();

    // A large tenant is some 100 000 grants' scopes: every string below is made once, ids are lower-cased once, and
    // the hashes are sized before they are filled (no rehashing on the way).
    struct Principal
    {
        QString appId;
        QString name;
        QHash<QString, QString> roles; // app role id → value
    };
    QHash<QString, Principal> byObjectId; // lower-case object id
    byObjectId.reserve(s.servicePrincipals.size());
    index.m_apps.reserve(s.servicePrincipals.size());
    for (const auto& v : s.servicePrincipals) {
        const QJsonObject sp = v.toObject();
        Principal p;
        const QString appId = sp.value(QLatin1String("appId")).toString();
        p.appId = appId.toLower();
        p.name = sp.value(QLatin1String("displayName")).toString();
        const QJsonArray roles = sp.value(QLatin1String("appRoles")).toArray();
        p.roles.reserve(roles.size());
        for (const auto& r : roles) {
            const QJsonObject role = r.toObject();
            p.roles.insert(lower(role, "id"), role.value(QLatin1String("value")).toString());
        }
        const QString objectId = sp.value(QLatin1String("id")).toString();
        const QString id = objectId.toLower();
        App app {objectId, appId, p.name, sp.value(QLatin1String("publisherName")).toString()};
        index.m_apps.insert(p.appId.isEmpty() ? id : p.appId, app);
        byObjectId.insert(id, std::move(p));
    }
    QHash<QString, QString> userNames;
    userNames.reserve(s.users.size());
    for (const auto& v : s.users) {
        const QJsonObject u = v.toObject();
        QString name = u.value(QLatin1String("userPrincipalName")).toString();
        if (name.isEmpty()) {
            name = u.value(QLatin1String("displayName")).toString();
        }
        userNames.insert(lower(u, "id"), name);
    }
    // A grant may name an app the list lacked (Graph drops items while paging): keep the claim under its object id.
    std::map<QString, Principal> missing; // node-based: a reference handed out stays valid while more are added
    auto principal = [&byObjectId, &missing](const QString& objectId) -> const Principal& {
        const auto it = byObjectId.constFind(objectId);
        if (it != byObjectId.cend()) {
            return *it;
        }
        return missing.try_emplace(objectId, Principal {objectId, objectId, {}}).first->second;
    };

    // First the grants' parts, then the claims: the claim hash is sized once for all of them. A tenant's grants
    // repeat a few scope strings ("openid profile User.Read"): each is split once, its scope names shared.
    struct Grant
    {
        const Principal* client = nullptr;
        const Principal* resource = nullptr;
        QString userId; // a user's own consent; empty for all users
        QStringList scopes;
    };
    std::vector<Grant> grants;
    grants.reserve(size_t(s.oauth2PermissionGrants.size()));
    QHash<QString, QStringList> splitScopes;
    qsizetype claimCount = s.appRoleAssignments.size();
    for (const auto& v : s.oauth2PermissionGrants) {
        const QJsonObject g = v.toObject();
        Grant grant;
        grant.client = &principal(lower(g, "clientId"));
        grant.resource = &principal(lower(g, "resourceId"));
        if (g.value(QLatin1String("consentType")).toString() == QLatin1String("Principal")) {
            grant.userId = lower(g, "principalId");
        }
        const QString scope = g.value(QLatin1String("scope")).toString();
        auto split = splitScopes.find(scope);
        if (split == splitScopes.end()) {
            split = splitScopes.insert(scope, scope.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        }
        grant.scopes = *split;
        claimCount += grant.scopes.size();
        grants.push_back(std::move(grant));
    }
    index.m_claims.reserve(claimCount);
    index.m_tallies.reserve(s.servicePrincipals.size());
    QHash<QString, QSet<QString>> usersByApp; // per grant, not per scope: a user's grant names the user once
    const QString delegated = kindName(ClaimKind::Delegated);
    const QString userConsent = kindName(ClaimKind::UserConsent);
    const QString application = kindName(ClaimKind::Application);
    for (const Grant& grant : grants) {
        const Principal& client = *grant.client;
        const Principal& resource = *grant.resource;
        const bool perUser = !grant.userId.isEmpty();
        const QString userName = perUser ? userNames.value(grant.userId, grant.userId) : QString();
        AppTally& tally = index.m_tallies[client.appId];
        for (const QString& scope : grant.scopes) {
            Claim c;
            c.kind = perUser ? ClaimKind::UserConsent : ClaimKind::Delegated;
            c.clientAppId = client.appId;
            c.clientName = client.name;
            c.resourceAppId = resource.appId;
            c.resourceName = resource.name;
            c.permission = scope;
            c.principalId = grant.userId;
            c.principalName = userName;
            // The ids are lower-case already: the key is one concatenation (claimKey() would lower them again).
            QString key = (perUser ? userConsent : delegated) % QLatin1Char('|') % client.appId % QLatin1Char('|')
                          % resource.appId % QLatin1Char('|') % scope % QLatin1Char('|') % grant.userId;
            const qsizetype known = index.m_claims.size();
            index.m_claims.insert(std::move(key), std::move(c));
            if (!perUser && index.m_claims.size() > known) {
                ++tally.tenantWideScopes; // a scope granted twice (two grants to one resource) is one claim
            }
        }
        if (perUser && !grant.scopes.isEmpty()) {
            usersByApp[client.appId].insert(grant.userId);
        }
    }
    for (auto it = usersByApp.cbegin(); it != usersByApp.cend(); ++it) {
        index.m_tallies[it.key()].users = int(it->size());
    }
    for (const auto& v : s.appRoleAssignments) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("principalType")).toString() != QLatin1String("ServicePrincipal")) {
            continue; // roles given to users and groups are not application permissions
        }
        const Principal& client = principal(lower(a, "principalId"));
        const Principal& resource = principal(lower(a, "resourceId"));
        const QString roleId = lower(a, "appRoleId");
        Claim c;
        c.kind = ClaimKind::Application;
        c.clientAppId = client.appId;
        c.clientName = client.name.isEmpty() ? a.value(QLatin1String("principalDisplayName")).toString() : client.name;
        c.resourceAppId = resource.appId;
        c.resourceName
            = resource.name.isEmpty() ? a.value(QLatin1String("resourceDisplayName")).toString() : resource.name;
        c.permission = resource.roles.value(roleId, roleId);
        QString key = application % QLatin1Char('|') % client.appId % QLatin1Char('|') % resource.appId
                      % QLatin1Char('|') % c.permission % QLatin1Char('|');
        const QString appKey = c.clientAppId;
        const qsizetype known = index.m_claims.size();
        index.m_claims.insert(std::move(key), std::move(c));
        if (index.m_claims.size() > known) {
            ++index.m_tallies[appKey].applicationPermissions;
        }
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
