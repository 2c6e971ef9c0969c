#include "ClaimKeyCollector.h"

#include <QJsonArray>

namespace {

QString lower(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().toLower();
}

} // namespace

void ClaimKeyCollector::addServicePrincipal(const QJsonObject& sp)
{
    const QString id = lower(sp, "id");
    m_appIds.insert(id, lower(sp, "appId"));
    const QJsonArray roles = sp.value(QStringLiteral("appRoles")).toArray();
    if (roles.isEmpty()) {
        return;
    }
    QHash<QString, QString>& byId = m_roles[id];
    for (const auto& r : roles) {
        const QJsonObject role = r.toObject();
        byId.insert(lower(role, "id"), role.value(QStringLiteral("value")).toString());
    }
}

void ClaimKeyCollector::addGrant(const QJsonObject& g)
{
    const bool perUser = g.value(QStringLiteral("consentType")).toString() == QLatin1String("Principal");
    m_grants.append({lower(g, "clientId"),
                     lower(g, "resourceId"),
                     perUser ? lower(g, "principalId") : QString(),
                     g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)});
}

void ClaimKeyCollector::addAssignment(const QJsonObject& a)
{
    if (a.value(QStringLiteral("principalType")).toString() != QLatin1String("ServicePrincipal")) {
        return; // roles given to users and groups are not application permissions
    }
    m_assignments.append({lower(a, "principalId"), lower(a, "resourceId"), lower(a, "appRoleId")});
}

ClaimKeyCollector::Claims ClaimKeyCollector::claims() const
{
    // An app the list lacked keeps its claims under its object id, as SnapshotIndex does.
    auto appId = [this](const QString& objectId) {
        const auto it = m_appIds.constFind(objectId);
        return it != m_appIds.cend() ? *it : objectId;
    };
    Claims out;
    out.reserve(m_grants.size() * 3 + m_assignments.size());
    for (const Grant& g : m_grants) {
        const QString client = appId(g.clientId);
        const QString resource = appId(g.resourceId);
        const auto kind
            = g.principalId.isEmpty() ? SnapshotIndex::ClaimKind::Delegated : SnapshotIndex::ClaimKind::UserConsent;
        for (const QString& scope : g.scopes) {
            out.append({SnapshotIndex::claimKey(kind, client, resource, scope, g.principalId), kind});
        }
    }
    for (const Assignment& a : m_assignments) {
        const QString value = m_roles.value(a.resourceId).value(a.roleId, a.roleId);
        out.append({SnapshotIndex::claimKey(
                        SnapshotIndex::ClaimKind::Application, appId(a.clientId), appId(a.resourceId), value),
                    SnapshotIndex::ClaimKind::Application});
    }
    return out;
}
