#include "ClaimKeyCollector.h"

#include <QJsonArray>

#include <limits>

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

QString ClaimKeyCollector::intern(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend()) {
        return *it; // shares the one copy
    }
    m_strings.insert(text);
    return text;
}

void ClaimKeyCollector::addGrant(const QJsonObject& g)
{
    const bool perUser = g.value(QStringLiteral("consentType")).toString() == QLatin1String("Principal");
    m_grants.append({intern(lower(g, "clientId")),
                     intern(lower(g, "resourceId")),
                     perUser ? intern(lower(g, "principalId")) : QString(),
                     intern(g.value(QStringLiteral("scope")).toString())});
}

void ClaimKeyCollector::addAssignment(const QJsonObject& a)
{
    if (a.value(QStringLiteral("principalType")).toString() != QLatin1String("ServicePrincipal")) {
        return; // roles given to users and groups are not application permissions
    }
    m_assignments.append(
        {intern(lower(a, "principalId")), intern(lower(a, "resourceId")), intern(lower(a, "appRoleId"))});
}

ClaimKeyCollector::Claims ClaimKeyCollector::claims() const
{
    Claims out;
    forEachChunk(std::numeric_limits<qsizetype>::max(), [&out](const Claims& chunk) { out = chunk; });
    return out;
}

QString ClaimKeyCollector::appIdOf(const QString& objectId) const
{
    // An app the list lacked keeps its claims under its object id, as SnapshotIndex does.
    const auto it = m_appIds.constFind(objectId);
    return it != m_appIds.cend() ? *it : objectId;
}

void ClaimKeyCollector::forEachUserConsent(const UserConsentFn& fn) const
{
    QHash<QString, QStringList> split;
    for (const Grant& g : m_grants) {
        if (g.principalId.isEmpty()) {
            continue;
        }
        auto scopes = split.find(g.scope);
        if (scopes == split.end()) {
            scopes = split.insert(g.scope, g.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        }
        const QString client = appIdOf(g.clientId);
        const QString resource = appIdOf(g.resourceId);
        for (const QString& scope : std::as_const(*scopes)) {
            fn(g.clientId,
               SnapshotIndex::claimKey(SnapshotIndex::ClaimKind::UserConsent, client, resource, scope, g.principalId));
        }
    }
}

void ClaimKeyCollector::forEachChunk(qsizetype chunk, const std::function<void(const Claims&)>& fn) const
{
    chunk = qMax<qsizetype>(1, chunk);
    QHash<QString, QStringList> split; // each distinct scope string split once
    Claims out;
    auto add = [&out, &fn, chunk](QString&& key, SnapshotIndex::ClaimKind kind) {
        out.append({std::move(key), kind});
        if (out.size() >= chunk) {
            fn(out);
            out.clear();
        }
    };
    for (const Grant& g : m_grants) {
        auto scopes = split.find(g.scope);
        if (scopes == split.end()) {
            scopes = split.insert(g.scope, g.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        }
        const QString client = appIdOf(g.clientId);
        const QString resource = appIdOf(g.resourceId);
        const auto kind
            = g.principalId.isEmpty() ? SnapshotIndex::ClaimKind::Delegated : SnapshotIndex::ClaimKind::UserConsent;
        for (const QString& scope : std::as_const(*scopes)) {
            add(SnapshotIndex::claimKey(kind, client, resource, scope, g.principalId), kind);
        }
    }
    for (const Assignment& a : m_assignments) {
        const QString value = m_roles.value(a.resourceId).value(a.roleId, a.roleId);
        add(SnapshotIndex::claimKey(
                SnapshotIndex::ClaimKind::Application, appIdOf(a.clientId), appIdOf(a.resourceId), value),
            SnapshotIndex::ClaimKind::Application);
    }
    if (!out.isEmpty()) {
        fn(out);
    }
}
