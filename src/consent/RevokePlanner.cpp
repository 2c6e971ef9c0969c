#include "RevokePlanner.h"

#include "graph/GraphPath.h"

#include <QSet>

namespace {

QString resourceName(const AppInventory& app, const QString& resourceId, const QString& fallback = {})
{
    const auto it = app.resources.constFind(resourceId);
    if (it != app.resources.constEnd() && !it->displayName.isEmpty()) {
        return it->displayName;
    }
    return fallback.isEmpty() ? resourceId : fallback;
}

QJsonObject grantTarget(const AppInventory& app, const PermissionGrant& grant)
{
    QJsonObject target {{QStringLiteral("grantId"), grant.id},
                        {QStringLiteral("clientId"), grant.clientId},
                        {QStringLiteral("appId"), app.app.appId},
                        {QStringLiteral("resourceId"), grant.resourceId},
                        {QStringLiteral("consentType"), grant.consentType}};
    if (!grant.principalId.isEmpty()) {
        target.insert(QStringLiteral("principalId"), grant.principalId);
    }
    const auto resource = app.resources.constFind(grant.resourceId);
    if (resource != app.resources.constEnd()) {
        target.insert(QStringLiteral("resourceAppId"), resource->appId);
        target.insert(QStringLiteral("resourceDisplayName"), resource->displayName);
    }
    // Names too, so the Activity view and a later restore read well without another lookup.
    target.insert(QStringLiteral("clientDisplayName"), app.app.displayName);
    const auto user = app.users.constFind(grant.principalId);
    if (user != app.users.constEnd()) {
        target.insert(QStringLiteral("principalUpn"), user->userPrincipalName);
    }
    return target;
}

QString grantPath(const PermissionGrant& grant)
{
    return QStringLiteral("/oauth2PermissionGrants/") + GraphPath::segment(grant.id);
}

} // namespace

QString RevokePlanner::tokenNote()
{
    return tr("Revoking stops new tokens from being issued. Access tokens the app already holds stay valid until they "
              "expire (typically within 60–90 minutes); refresh tokens stop working.");
}

GrantPlan RevokePlanner::emptyPlan(const AppInventory& app)
{
    GrantPlan plan;
    plan.purpose = GrantPlan::Purpose::Revoke;
    plan.clientAppId = app.app.appId;
    plan.clientDisplayName = app.app.displayName;
    plan.note = tokenNote();
    return plan;
}

QString RevokePlanner::grantLabel(const AppInventory& app, const PermissionGrant& grant)
{
    if (grant.isAllPrincipals()) {
        return tr("tenant-wide");
    }
    const auto user = app.users.constFind(grant.principalId);
    if (user != app.users.constEnd()) {
        return tr("for %1").arg(user->userPrincipalName.isEmpty() ? user->displayName : user->userPrincipalName);
    }
    return tr("for user %1").arg(grant.principalId);
}

PlannedOperation
RevokePlanner::removeScopes(const AppInventory& app, const PermissionGrant& grant, const QStringList& scopes)
{
    QStringList remaining;
    for (const auto& s : grant.scopes) {
        if (!scopes.contains(s, Qt::CaseInsensitive)) {
            remaining.append(s);
        }
    }
    if (remaining.isEmpty()) {
        return deleteGrant(app, grant);
    }
    PlannedOperation op;
    op.kind = PlannedOperation::Kind::UpdateGrantScope;
    op.method = "PATCH";
    op.path = grantPath(grant);
    op.body = QJsonObject {{QStringLiteral("scope"), remaining.join(QLatin1Char(' '))}};
    op.target = grantTarget(app, grant);
    op.prior = grant.raw;
    op.clientDisplayName = app.app.displayName;
    op.resourceDisplayName = resourceName(app, grant.resourceId);
    op.removedScopes = scopes;
    op.resultingScopes = remaining;
    op.subtractFromCurrent = true;
    op.summary = tr("Remove %1 from %2 → %3 (%4); keeps %5")
                     .arg(scopes.join(QStringLiteral(", ")),
                          op.clientDisplayName,
                          op.resourceDisplayName,
                          grantLabel(app, grant),
                          remaining.join(QLatin1Char(' ')));
    return op;
}

PlannedOperation RevokePlanner::deleteGrant(const AppInventory& app, const PermissionGrant& grant)
{
    PlannedOperation op;
    op.kind = PlannedOperation::Kind::DeleteGrant;
    op.method = "DELETE";
    op.path = grantPath(grant);
    op.target = grantTarget(app, grant);
    op.prior = grant.raw;
    op.clientDisplayName = app.app.displayName;
    op.resourceDisplayName = resourceName(app, grant.resourceId);
    op.removedScopes = grant.scopes;
    op.summary = tr("Delete the delegated grant of %1 → %2 (%3): %4")
                     .arg(op.clientDisplayName, op.resourceDisplayName, grantLabel(app, grant), grant.scopeString());
    return op;
}

PlannedOperation RevokePlanner::deleteAssignment(const AppInventory& app, const AppRoleAssignment& assignment)
{
    PlannedOperation op;
    op.kind = PlannedOperation::Kind::DeleteAppRoleAssignment;
    op.method = "DELETE";
    // Microsoft recommends deleting through the resource's appRoleAssignedTo, not the principal's appRoleAssignments.
    op.path = GraphPath::servicePrincipal(assignment.resourceId) + QStringLiteral("/appRoleAssignedTo/")
              + GraphPath::segment(assignment.id);
    op.target = QJsonObject {{QStringLiteral("assignmentId"), assignment.id},
                             {QStringLiteral("resourceId"), assignment.resourceId},
                             {QStringLiteral("principalId"), assignment.principalId},
                             {QStringLiteral("appRoleId"), assignment.appRoleId},
                             {QStringLiteral("clientId"), app.app.id},
                             {QStringLiteral("appId"), app.app.appId}};
    const auto resource = app.resources.constFind(assignment.resourceId);
    if (resource != app.resources.constEnd()) {
        op.target.insert(QStringLiteral("resourceAppId"), resource->appId);
    }
    op.prior = assignment.raw;
    op.clientDisplayName = app.app.displayName;
    op.resourceDisplayName = resourceName(app, assignment.resourceId, assignment.resourceDisplayName);
    op.appRoleValue = AppInventory::appRoleValue(assignment, app.resources);
    if (op.appRoleValue.isEmpty()) {
        op.appRoleValue = assignment.appRoleId;
    }
    op.target.insert(QStringLiteral("appRoleValue"), op.appRoleValue);
    op.target.insert(QStringLiteral("clientDisplayName"), op.clientDisplayName);
    op.target.insert(QStringLiteral("resourceDisplayName"), op.resourceDisplayName);
    op.summary = tr("Remove the application permission %1 of %2 from %3")
                     .arg(op.appRoleValue, op.resourceDisplayName, op.clientDisplayName);
    return op;
}

GrantPlan RevokePlanner::revokeRows(const AppInventory& app, const QList<GrantedPermission>& rows)
{
    GrantPlan plan = emptyPlan(app);
    // Scopes per grant, in the order of the app's grants, so a preview is stable whatever the selection order.
    QHash<QString, QStringList> scopesByGrant;
    QSet<QString> assignmentIds;
    for (const auto& row : rows) {
        if (row.clientId != app.app.id) {
            plan.warnings.append(tr("%1 belongs to another app (%2): not revoked here.")
                                     .arg(row.permission.value, row.clientDisplayName));
            continue;
        }
        if (row.source == GrantedPermission::Source::Application) {
            assignmentIds.insert(row.assignmentId);
        } else if (row.source == GrantedPermission::Source::AppRoleAssignment) {
            plan.warnings.append(tr("%1 is a user's or group's app role, not a permission of %2: not revoked here.")
                                     .arg(row.permission.value, app.app.displayName));
        } else {
            QStringList& scopes = scopesByGrant[row.grantId];
            if (!scopes.contains(row.permission.value, Qt::CaseInsensitive)) {
                scopes.append(row.permission.value);
            }
        }
    }
    for (const auto& grant : app.grants) {
        const auto it = scopesByGrant.constFind(grant.id);
        if (it == scopesByGrant.constEnd()) {
            continue;
        }
        QStringList held;
        for (const auto& s : *it) {
            if (grant.hasScope(s)) {
                held.append(s);
            } else {
                plan.warnings.append(tr("%1 is not in the grant %2: nothing to remove.").arg(s, grant.id));
            }
        }
        if (!held.isEmpty()) {
            plan.operations.append(removeScopes(app, grant, held));
        }
        scopesByGrant.remove(grant.id);
    }
    for (auto it = scopesByGrant.cbegin(); it != scopesByGrant.cend(); ++it) {
        plan.warnings.append(tr("The grant %1 no longer exists: nothing to remove.").arg(it.key()));
    }
    for (const auto& a : app.assignments) {
        if (assignmentIds.remove(a.id)) {
            plan.operations.append(deleteAssignment(app, a));
        }
    }
    for (const auto& id : assignmentIds) {
        plan.warnings.append(tr("The application permission %1 no longer exists: nothing to remove.").arg(id));
    }
    return plan;
}

GrantPlan RevokePlanner::revokeScopes(const AppInventory& app, const QString& grantId, const QStringList& scopes)
{
    const auto grant = app.grant(grantId);
    if (!grant) {
        GrantPlan plan = emptyPlan(app);
        plan.warnings.append(tr("The grant %1 no longer exists: nothing to remove.").arg(grantId));
        return plan;
    }
    QList<GrantedPermission> rows;
    for (const auto& scope : scopes) {
        GrantedPermission row;
        row.source = grant->isAllPrincipals() ? GrantedPermission::Source::TenantWide : GrantedPermission::Source::User;
        row.clientId = app.app.id;
        row.grantId = grantId;
        row.permission.value = scope;
        rows.append(row);
    }
    return revokeRows(app, rows);
}

GrantPlan RevokePlanner::revokeGrant(const AppInventory& app, const QString& grantId)
{
    const auto grant = app.grant(grantId);
    if (!grant) {
        return revokeScopes(app, grantId, {});
    }
    return revokeScopes(app, grantId, grant->scopes);
}

GrantPlan RevokePlanner::revokeUserConsent(const AppInventory& app, const QString& principalId)
{
    QList<GrantedPermission> rows;
    for (const auto& row : app.permissions) {
        if (row.source == GrantedPermission::Source::User && row.principalId == principalId) {
            rows.append(row);
        }
    }
    GrantPlan plan = revokeRows(app, rows);
    if (rows.isEmpty()) {
        plan.warnings.append(tr("This user has no consent of their own to %1.").arg(app.app.displayName));
    }
    return plan;
}

GrantPlan RevokePlanner::revokeApplicationPermission(const AppInventory& app, const QString& assignmentId)
{
    GrantedPermission row;
    row.source = GrantedPermission::Source::Application;
    row.clientId = app.app.id;
    row.assignmentId = assignmentId;
    return revokeRows(app, {row});
}

GrantPlan RevokePlanner::revokeAll(const AppInventory& app)
{
    return revokeRows(app, app.permissions);
}

RevokePlanner::KeepOnlyDiff
RevokePlanner::keepOnlyDiff(const AppInventory& app, const QStringList& keepKeys, bool userConsents)
{
    KeepOnlyDiff diff;
    QSet<QString> keep;
    for (const auto& k : keepKeys) {
        keep.insert(k.toLower());
    }
    QSet<QString> seen;
    for (const auto& row : app.permissions) {
        const QString key = row.permissionKey().toLower();
        if (keep.contains(key)) {
            seen.insert(key);
            diff.kept.append(row);
        } else if (row.source == GrantedPermission::Source::User && !userConsents) {
            diff.kept.append(row);
        } else {
            diff.removed.append(row);
        }
    }
    for (const auto& k : keepKeys) {
        if (!seen.contains(k.toLower())) {
            diff.notHeld.append(k);
        }
    }
    return diff;
}

GrantPlan RevokePlanner::keepOnly(const AppInventory& app, const QStringList& keepKeys, bool userConsents)
{
    const KeepOnlyDiff diff = keepOnlyDiff(app, keepKeys, userConsents);
    GrantPlan plan = revokeRows(app, diff.removed);
    for (const auto& k : diff.notHeld) {
        plan.warnings.append(
            tr("%1 is not granted to %2: Keep only… does not add permissions.").arg(k, app.app.displayName));
    }
    return plan;
}

QStringList RevokePlanner::keysForValues(const AppInventory& app, const QStringList& values)
{
    QStringList keys;
    for (const auto& row : app.permissions) {
        if (values.contains(row.permission.value, Qt::CaseInsensitive) && !keys.contains(row.permissionKey())) {
            keys.append(row.permissionKey());
        }
    }
    return keys;
}

GrantPlan RevokePlanner::combine(const QList<GrantPlan>& plans)
{
    GrantPlan all;
    all.purpose = GrantPlan::Purpose::Revoke;
    all.note = tokenNote();
    QStringList names;
    QString appId;
    for (const auto& p : plans) {
        if (p.operations.isEmpty() && p.warnings.isEmpty()) {
            continue;
        }
        names.append(p.clientDisplayName);
        appId = p.clientAppId;
        all.operations.append(p.operations);
        all.warnings.append(p.warnings);
    }
    if (names.size() == 1) {
        all.clientDisplayName = names.first();
        all.clientAppId = appId;
    } else {
        all.clientDisplayName = tr("%n app(s)", nullptr, int(names.size()));
    }
    return all;
}
