#include "RestorePlanner.h"

#include "AppInventory.h"
#include "GrantPlanner.h"
#include "graph/GraphPath.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString label(const JournalEntry& entry)
{
    return entry.summary.isEmpty() ? entry.action : entry.summary;
}

const QLatin1String kAssignmentCreate("appRoleAssignment.create");
const QLatin1String kServicePrincipalUpdate("servicePrincipal.update");

// A created assignment as Graph answered it (its id and principalType); the request's body when the answer lacks a
// field.
QString created(const JournalEntry& entry, const char* key)
{
    const QString answered = str(entry.result, key);
    return answered.isEmpty() ? str(entry.request.value(QStringLiteral("body")).toObject(), key) : answered;
}

bool heldByApp(const JournalEntry& entry)
{
    return created(entry, "principalType") == QLatin1String("ServicePrincipal");
}

QString servicePrincipalId(const JournalEntry& entry)
{
    const QString id = str(entry.target, "servicePrincipalId");
    return id.isEmpty() ? str(entry.prior, "id") : id;
}

QString grantId(const JournalEntry& entry)
{
    if (entry.action == QLatin1String("grant.create")) {
        return str(entry.result, "id");
    }
    const QString id = str(entry.target, "grantId");
    return id.isEmpty() ? str(entry.prior, "id") : id;
}

QString grantClientId(const JournalEntry& entry)
{
    const QString id = str(entry.prior, "clientId");
    return id.isEmpty() ? created(entry, "clientId") : id;
}

// servicePrincipal.update that switched accountEnabled alone (a block, the troubleshooter's "enable the app").
bool switchedSignIn(const JournalEntry& entry)
{
    const QJsonObject body = entry.request.value(QStringLiteral("body")).toObject();
    return entry.action == kServicePrincipalUpdate && body.size() == 1
           && body.value(QStringLiteral("accountEnabled")).isBool()
           && entry.prior.value(QStringLiteral("accountEnabled")).isBool() && !servicePrincipalId(entry).isEmpty();
}

} // namespace

RestorePlanner::State RestorePlanner::State::from(const QList<AppInventory>& apps)
{
    State state;
    for (const auto& app : apps) {
        state.grants.append(app.grants);
        state.assignments.append(app.assignments);
        state.servicePrincipals.append(app.app);
    }
    return state;
}

QString RestorePlanner::grantKey(const QString& clientId,
                                 const QString& resourceId,
                                 const QString& consentType,
                                 const QString& principalId)
{
    const bool all = consentType == QLatin1String("AllPrincipals");
    return (clientId + QLatin1Char('|') + resourceId + QLatin1Char('|') + consentType + QLatin1Char('|')
            + (all ? QString() : principalId))
        .toLower();
}

QStringList RestorePlanner::addedScopes(const JournalEntry& entry)
{
    if (entry.action == QLatin1String("grant.create")) {
        return PermissionGrant::splitScopes(created(entry, "scope"));
    }
    if (entry.action != QLatin1String("grant.updateScope")) {
        return {};
    }
    const QStringList before = PermissionGrant::splitScopes(str(entry.prior, "scope"));
    QStringList added;
    for (const auto& s : PermissionGrant::splitScopes(
             entry.request.value(QStringLiteral("body")).toObject().value(QStringLiteral("scope")).toString())) {
        if (!before.contains(s, Qt::CaseInsensitive)) {
            added.append(s);
        }
    }
    return added;
}

QStringList RestorePlanner::removedScopes(const JournalEntry& entry)
{
    const QStringList before = PermissionGrant::splitScopes(str(entry.prior, "scope"));
    if (entry.action == QLatin1String("grant.delete")) {
        return before;
    }
    if (entry.action != QLatin1String("grant.updateScope")) {
        return {};
    }
    const QStringList after = PermissionGrant::splitScopes(
        entry.request.value(QStringLiteral("body")).toObject().value(QStringLiteral("scope")).toString());
    QStringList removed;
    for (const auto& s : before) {
        if (!after.contains(s, Qt::CaseInsensitive)) {
            removed.append(s);
        }
    }
    return removed;
}

bool RestorePlanner::isRestorable(const JournalEntry& entry)
{
    if (entry.outcome != JournalEntry::Outcome::Succeeded) {
        return false;
    }
    if (entry.action == QLatin1String("appRoleAssignment.delete")) {
        return !str(entry.prior, "appRoleId").isEmpty() && !str(entry.prior, "principalId").isEmpty();
    }
    if (entry.action == kAssignmentCreate) {
        return !str(entry.result, "id").isEmpty() && !created(entry, "resourceId").isEmpty();
    }
    if (entry.action == kServicePrincipalUpdate) {
        return switchedSignIn(entry);
    }
    if (removedScopes(entry).isEmpty() && !addedScopes(entry).isEmpty()) {
        return !grantId(entry).isEmpty() && !grantClientId(entry).isEmpty();
    }
    return !removedScopes(entry).isEmpty() && !str(entry.prior, "clientId").isEmpty();
}

QStringList RestorePlanner::clientIds(const QList<JournalEntry>& entries)
{
    QStringList ids;
    for (const auto& e : entries) {
        QString id = str(e.prior, "clientId").isEmpty() ? str(e.prior, "principalId") : str(e.prior, "clientId");
        if (e.action == kServicePrincipalUpdate) {
            id = servicePrincipalId(e);
        } else if (e.action == kAssignmentCreate) {
            id = heldByApp(e) ? created(e, "principalId") : QString();
        } else if (e.action.startsWith(QLatin1String("grant."))) {
            id = grantClientId(e);
        }
        if (!id.isEmpty() && !ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

QStringList RestorePlanner::assignedToIds(const QList<JournalEntry>& entries)
{
    QStringList ids;
    for (const auto& e : entries) {
        const QString id = created(e, "resourceId");
        if (e.action == kAssignmentCreate && !heldByApp(e) && !id.isEmpty() && !ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

GrantPlan RestorePlanner::plan(const QList<JournalEntry>& entries, const State& current)
{
    GrantPlan plan;
    plan.purpose = GrantPlan::Purpose::Restore;
    QSet<QString> apps;

    // Grants by key: the live ones, then those this plan creates (by variable) so two entries of the same deleted
    // grant end up in one new grant, not two.
    struct Known
    {
        QString pathId; // a grant id, or ${variable} of a creation in this plan
        QStringList scopes;
        QJsonObject prior;
        QString variable; // non-empty: created by this plan
    };
    QHash<QString, Known> grants;
    for (const auto& g : current.grants) {
        grants.insert(grantKey(g.clientId, g.resourceId, g.consentType, g.principalId),
                      Known {g.id, g.scopes, g.raw, {}});
    }
    QSet<QString> assignments;
    for (const auto& a : current.assignments) {
        assignments.insert(
            (a.principalId + QLatin1Char('|') + a.resourceId + QLatin1Char('|') + a.appRoleId).toLower());
    }
    int createdGrants = 0;

    for (const auto& entry : entries) {
        if (entry.outcome != JournalEntry::Outcome::Succeeded) {
            plan.refused.append(tr("%1: not restored — the change did not succeed (%2).")
                                    .arg(label(entry), JournalEntry::outcomeKey(entry.outcome)));
            continue;
        }
        const QJsonObject& prior = entry.prior;
        if (entry.action == QLatin1String("appRoleAssignment.delete")) {
            const QString principalId = str(prior, "principalId");
            const QString resourceId = str(prior, "resourceId");
            const QString appRoleId = str(prior, "appRoleId");
            if (principalId.isEmpty() || resourceId.isEmpty() || appRoleId.isEmpty()) {
                plan.refused.append(tr("%1: not restored — the journal holds no prior assignment.").arg(label(entry)));
                continue;
            }
            const QString key = (principalId + QLatin1Char('|') + resourceId + QLatin1Char('|') + appRoleId).toLower();
            if (assignments.contains(key)) {
                plan.refused.append(tr("%1: not restored — the assignment already exists.").arg(label(entry)));
                continue;
            }
            assignments.insert(key);
            PlannedOperation op;
            op.kind = PlannedOperation::Kind::CreateAppRoleAssignment;
            op.method = "POST";
            op.path = GraphPath::servicePrincipal(resourceId) + QStringLiteral("/appRoleAssignedTo");
            op.body = QJsonObject {{QStringLiteral("principalId"), principalId},
                                   {QStringLiteral("resourceId"), resourceId},
                                   {QStringLiteral("appRoleId"), appRoleId}};
            op.target = QJsonObject {{QStringLiteral("principalId"), principalId},
                                     {QStringLiteral("resourceId"), resourceId},
                                     {QStringLiteral("appRoleId"), appRoleId}};
            op.restoresEntryId = entry.id;
            op.clientDisplayName = str(entry.target, "clientDisplayName").isEmpty()
                                       ? str(prior, "principalDisplayName")
                                       : str(entry.target, "clientDisplayName");
            op.resourceDisplayName = str(prior, "resourceDisplayName");
            op.appRoleValue = str(entry.target, "appRoleValue");
            op.needsPrivilegedRole = GrantPlanner::isMicrosoftGraph(str(entry.target, "resourceAppId"));
            op.summary = tr("Restore the application permission %1 of %2 to %3")
                             .arg(op.appRoleValue.isEmpty() ? appRoleId : op.appRoleValue,
                                  op.resourceDisplayName,
                                  op.clientDisplayName);
            plan.operations.append(op);
            apps.insert(op.clientDisplayName);
            continue;
        }
        if (entry.action == kAssignmentCreate) {
            planAssignmentRemoval(entry, current, &plan, &apps);
            continue;
        }
        if (entry.action == kServicePrincipalUpdate) {
            planSignInSwitch(entry, current, &plan, &apps);
            continue;
        }
        if (entry.action == QLatin1String("grant.create")) {
            planScopeRemoval(entry, current, &plan, &apps);
            continue;
        }
        if (entry.action != QLatin1String("grant.delete") && entry.action != QLatin1String("grant.updateScope")) {
            plan.refused.append(tr("%1: not a revoke (%2), nothing to restore.").arg(label(entry), entry.action));
            continue;
        }
        const QStringList scopes = removedScopes(entry);
        if (scopes.isEmpty() && !addedScopes(entry).isEmpty()) {
            planScopeRemoval(entry, current, &plan, &apps);
            continue;
        }
        const QString clientId = str(prior, "clientId");
        const QString resourceId = str(prior, "resourceId");
        const QString consentType = str(prior, "consentType");
        const QString principalId = str(prior, "principalId");
        if (scopes.isEmpty()) {
            plan.refused.append(
                tr("%1: not restored — it removed no permission, so there is nothing to give back.").arg(label(entry)));
            continue;
        }
        if (clientId.isEmpty() || resourceId.isEmpty() || consentType.isEmpty()) {
            plan.refused.append(
                tr("%1: not restored — the journal does not record which grant it changed.").arg(label(entry)));
            continue;
        }
        const QString key = grantKey(clientId, resourceId, consentType, principalId);
        const QString upn = str(entry.target, "principalUpn");
        const QString who = consentType == QLatin1String("AllPrincipals")
                                ? tr("tenant-wide")
                                : tr("for %1").arg(upn.isEmpty() ? principalId : upn);
        const QString client
            = str(entry.target, "clientDisplayName").isEmpty() ? clientId : str(entry.target, "clientDisplayName");
        const QString resource = str(entry.target, "resourceDisplayName").isEmpty()
                                     ? resourceId
                                     : str(entry.target, "resourceDisplayName");
        auto known = grants.find(key);
        if (known == grants.end()) {
            const QString variable = QStringLiteral("restoredGrant%1").arg(++createdGrants);
            PlannedOperation op;
            op.kind = PlannedOperation::Kind::CreateGrant;
            op.method = "POST";
            op.path = QStringLiteral("/oauth2PermissionGrants");
            op.body = QJsonObject {{QStringLiteral("clientId"), clientId},
                                   {QStringLiteral("consentType"), consentType},
                                   {QStringLiteral("resourceId"), resourceId},
                                   {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}};
            if (consentType == QLatin1String("Principal")) {
                op.body.insert(QStringLiteral("principalId"), principalId);
            }
            op.target = QJsonObject {{QStringLiteral("clientId"), clientId},
                                     {QStringLiteral("resourceId"), resourceId},
                                     {QStringLiteral("consentType"), consentType}};
            if (!principalId.isEmpty()) {
                op.target.insert(QStringLiteral("principalId"), principalId);
            }
            op.produces = variable;
            op.addedScopes = scopes;
            op.resultingScopes = scopes;
            op.restoresEntryId = entry.id;
            op.clientDisplayName = client;
            op.resourceDisplayName = resource;
            op.summary = tr("Re-create the delegated grant of %1 → %2 (%3): %4")
                             .arg(client, resource, who, scopes.join(QLatin1Char(' ')));
            plan.operations.append(op);
            grants.insert(key, Known {PlannedOperation::variable(variable), scopes, {}, variable});
            apps.insert(client);
            continue;
        }
        QStringList missing;
        for (const auto& s : scopes) {
            if (!known->scopes.contains(s, Qt::CaseInsensitive)) {
                missing.append(s);
            }
        }
        if (missing.isEmpty()) {
            plan.refused.append(tr("%1: not restored — the grant already exists with %2.")
                                    .arg(label(entry), scopes.join(QLatin1Char(' '))));
            continue;
        }
        PlannedOperation op;
        op.kind = PlannedOperation::Kind::UpdateGrantScope;
        op.method = "PATCH";
        op.path = QStringLiteral("/oauth2PermissionGrants/")
                  + (known->variable.isEmpty() ? GraphPath::segment(known->pathId) : known->pathId);
        op.resultingScopes = GrantPlanner::mergeScopes(known->scopes, missing);
        op.body = QJsonObject {{QStringLiteral("scope"), op.resultingScopes.join(QLatin1Char(' '))}};
        op.target = QJsonObject {{QStringLiteral("grantId"), known->pathId},
                                 {QStringLiteral("clientId"), clientId},
                                 {QStringLiteral("resourceId"), resourceId},
                                 {QStringLiteral("consentType"), consentType}};
        if (!known->variable.isEmpty()) {
            op.dependsOn = QStringList {known->variable};
        }
        op.prior = known->prior;
        op.addedScopes = missing;
        op.mergeWithCurrent = true; // merged with the live grant at run time: nothing added since is lost
        op.restoresEntryId = entry.id;
        op.clientDisplayName = client;
        op.resourceDisplayName = resource;
        op.summary = tr("Put %1 back into the delegated grant of %2 → %3 (%4)")
                         .arg(missing.join(QStringLiteral(", ")), client, resource, who);
        plan.operations.append(op);
        known->scopes = op.resultingScopes;
        apps.insert(client);
    }
    plan.clientDisplayName = apps.size() == 1 ? *apps.cbegin() : tr("%n app(s)", nullptr, int(apps.size()));
    return plan;
}

void RestorePlanner::planAssignmentRemoval(const JournalEntry& entry,
                                           const State& current,
                                           GrantPlan* plan,
                                           QSet<QString>* apps)
{
    const QString id = str(entry.result, "id");
    const QString resourceId = created(entry, "resourceId");
    if (id.isEmpty() || resourceId.isEmpty()) {
        plan->refused.append(
            tr("%1: not restored — the journal holds no id of the created assignment.").arg(label(entry)));
        return;
    }
    const auto now = std::find_if(current.assignments.cbegin(), current.assignments.cend(), [&](const auto& a) {
        return a.id == id && a.resourceId.compare(resourceId, Qt::CaseInsensitive) == 0;
    });
    if (now == current.assignments.cend()) {
        plan->refused.append(tr("%1: not restored — the assignment is gone already.").arg(label(entry)));
        return;
    }
    PlannedOperation op;
    op.kind = PlannedOperation::Kind::DeleteAppRoleAssignment;
    op.method = "DELETE";
    op.path = GraphPath::servicePrincipal(resourceId) + QStringLiteral("/appRoleAssignedTo/") + GraphPath::segment(id);
    op.prior = now->raw;
    op.target = QJsonObject {{QStringLiteral("assignmentId"), id},
                             {QStringLiteral("resourceId"), resourceId},
                             {QStringLiteral("principalId"), now->principalId},
                             {QStringLiteral("appRoleId"), now->appRoleId}};
    op.restoresEntryId = entry.id;
    op.clientDisplayName = now->principalDisplayName.isEmpty() ? now->principalId : now->principalDisplayName;
    op.resourceDisplayName = now->resourceDisplayName.isEmpty() ? resourceId : now->resourceDisplayName;
    op.appRoleValue = str(entry.target, "appRoleValue");
    op.needsPrivilegedRole = GrantPlanner::isMicrosoftGraph(str(entry.target, "resourceAppId"));
    //: %1 the user, group or app that holds the assignment, %2 the app (resource) it is assigned to
    op.summary = tr("Remove the assignment of %1 to %2 that ConsentDesk created")
                     .arg(op.clientDisplayName, op.resourceDisplayName);
    plan->operations.append(op);
    apps->insert(op.resourceDisplayName);
}

void RestorePlanner::planSignInSwitch(const JournalEntry& entry,
                                      const State& current,
                                      GrantPlan* plan,
                                      QSet<QString>* apps)
{
    if (!switchedSignIn(entry)) {
        plan->refused.append(tr("%1: not restored — only a change of sign-in (accountEnabled) of an app can be undone.")
                                 .arg(label(entry)));
        return;
    }
    const QString id = servicePrincipalId(entry);
    const bool before = entry.prior.value(QStringLiteral("accountEnabled")).toBool();
    const auto now
        = std::find_if(current.servicePrincipals.cbegin(),
                       current.servicePrincipals.cend(),
                       [&](const ServicePrincipal& sp) { return sp.id.compare(id, Qt::CaseInsensitive) == 0; });
    if (now == current.servicePrincipals.cend()) {
        plan->refused.append(tr("%1: not restored — the app is not in the tenant any more.").arg(label(entry)));
        return;
    }
    const QString name = now->displayName.isEmpty() ? id : now->displayName;
    if (now->accountEnabled == before) {
        plan->refused.append(before
                                 ? tr("%1: not restored — sign-in to %2 is enabled already.").arg(label(entry), name)
                                 : tr("%1: not restored — sign-in to %2 is disabled already.").arg(label(entry), name));
        return;
    }
    PlannedOperation op;
    op.kind = PlannedOperation::Kind::UpdateServicePrincipal;
    op.method = "PATCH";
    op.path = GraphPath::servicePrincipal(id);
    op.body = QJsonObject {{QStringLiteral("accountEnabled"), before}};
    op.prior = now->raw;
    op.target = QJsonObject {{QStringLiteral("servicePrincipalId"), id}, {QStringLiteral("appId"), now->appId}};
    op.restoresEntryId = entry.id;
    op.clientDisplayName = name;
    op.summary = before ? tr("Enable sign-in for %1 again (accountEnabled = true)").arg(name)
                        : tr("Disable sign-in for %1 again (accountEnabled = false)").arg(name);
    plan->operations.append(op);
    apps->insert(name);
}

void RestorePlanner::planScopeRemoval(const JournalEntry& entry,
                                      const State& current,
                                      GrantPlan* plan,
                                      QSet<QString>* apps)
{
    const QString id = grantId(entry);
    const QStringList added = addedScopes(entry);
    const auto now = std::find_if(current.grants.cbegin(), current.grants.cend(), [&](const PermissionGrant& g) {
        return !id.isEmpty() && g.id == id;
    });
    if (now == current.grants.cend()) {
        plan->refused.append(tr("%1: not restored — the grant is gone already.").arg(label(entry)));
        return;
    }
    QStringList held;
    QStringList remaining;
    for (const auto& s : now->scopes) {
        (added.contains(s, Qt::CaseInsensitive) ? held : remaining).append(s);
    }
    if (held.isEmpty()) {
        plan->refused.append(tr("%1: not restored — the grant holds none of %2 any more.")
                                 .arg(label(entry), added.join(QLatin1Char(' '))));
        return;
    }
    const QString client
        = str(entry.target, "clientDisplayName").isEmpty() ? now->clientId : str(entry.target, "clientDisplayName");
    const QString resource = str(entry.target, "resourceDisplayName").isEmpty()
                                 ? now->resourceId
                                 : str(entry.target, "resourceDisplayName");
    // Subtracted from the grant as it is when sent (a scope added since survives); nothing left deletes the grant.
    PlannedOperation op;
    op.kind = PlannedOperation::Kind::UpdateGrantScope;
    op.method = "PATCH";
    op.path = QStringLiteral("/oauth2PermissionGrants/") + GraphPath::segment(id);
    op.body = QJsonObject {{QStringLiteral("scope"), remaining.join(QLatin1Char(' '))}};
    op.target = QJsonObject {{QStringLiteral("grantId"), id},
                             {QStringLiteral("clientId"), now->clientId},
                             {QStringLiteral("resourceId"), now->resourceId},
                             {QStringLiteral("consentType"), now->consentType}};
    op.prior = now->raw;
    op.removedScopes = held;
    op.resultingScopes = remaining;
    op.subtractFromCurrent = true;
    op.restoresEntryId = entry.id;
    op.clientDisplayName = client;
    op.resourceDisplayName = resource;
    op.summary = remaining.isEmpty() ? tr("Delete the delegated grant of %1 → %2 that ConsentDesk made: %3")
                                           .arg(client, resource, held.join(QLatin1Char(' ')))
                                     : tr("Take %1 back out of the delegated grant of %2 → %3")
                                           .arg(held.join(QStringLiteral(", ")), client, resource);
    plan->operations.append(op);
    apps->insert(client);
}
