#include "GrantPlanner.h"

#include "auth/CapabilityMap.h"
#include "directory/PermissionResolver.h"
#include "graph/GraphPath.h"

#include <QJsonArray>
#include <QSet>

namespace {

struct ResourceGroup
{
    QString resourceAppId;
    QString resourceId; // empty: the resource SP is created by the plan
    QString displayName;
    QStringList scopes;
};

QString clientName(const ClientConsentState& state)
{
    if (!state.displayName.isEmpty()) {
        return state.displayName;
    }
    return state.hasServicePrincipal() ? state.client->displayName : state.appId;
}

// The journal keeps an operation's target: with the app's id and names in it, `journal list --app` finds a grant by
// the app ID too, and a restore names whose grant it takes back (as revokes' targets do).
void nameTarget(PlannedOperation& op, const QString& clientAppId)
{
    op.target.insert(QStringLiteral("clientAppId"), clientAppId);
    op.target.insert(QStringLiteral("clientDisplayName"), op.clientDisplayName);
    op.target.insert(QStringLiteral("resourceDisplayName"), op.resourceDisplayName);
}

} // namespace

bool GrantPlanner::isMicrosoftGraph(const QString& resourceAppId)
{
    return resourceAppId.compare(PermissionResolver::MicrosoftGraphAppId, Qt::CaseInsensitive) == 0;
}

QStringList GrantPlanner::mergeScopes(const QStringList& existing, const QStringList& added)
{
    QStringList merged;
    for (const auto& s : existing + added) {
        if (!s.trimmed().isEmpty() && !merged.contains(s.trimmed(), Qt::CaseInsensitive)) {
            merged.append(s.trimmed());
        }
    }
    return merged;
}

GrantPlan GrantPlanner::planGrant(const ClientConsentState& state,
                                  const QList<Permission>& selected,
                                  const CapabilityMap* capabilities)
{
    GrantPlan plan;
    plan.purpose = GrantPlan::Purpose::Grant;
    plan.clientAppId = state.appId;
    plan.clientDisplayName = clientName(state);

    QList<ResourceGroup> delegated;
    QList<Permission> application;
    QSet<QString> seen;
    for (const auto& p : selected) {
        if (seen.contains(p.key())) {
            continue;
        }
        seen.insert(p.key());
        if (state.isGranted(p)) {
            plan.alreadyGranted.append(p);
            continue;
        }
        const bool resourceKnown = !p.resourceId.isEmpty();
        if (p.isApplication()) {
            if (!resourceKnown || !p.published || p.permissionId.isEmpty() || !p.enabled) {
                plan.notGrantable.append(p);
                plan.warnings.append(tr("%1 (application) of %2 cannot be granted: %3")
                                         .arg(p.value,
                                              p.resourceDisplayName.isEmpty() ? p.resourceAppId : p.resourceDisplayName,
                                              !resourceKnown ? tr("the API is not in this tenant")
                                                             : tr("the API does not publish it as an application "
                                                                  "permission")));
                continue;
            }
            application.append(p);
            continue;
        }
        if ((resourceKnown && (!p.published || !p.enabled)) || (!resourceKnown && p.resourceAppId.isEmpty())) {
            plan.notGrantable.append(p);
            plan.warnings.append(
                tr("%1 (delegated) of %2 cannot be granted: %3")
                    .arg(p.value,
                         p.resourceDisplayName.isEmpty() ? p.resourceAppId : p.resourceDisplayName,
                         resourceKnown ? tr("the API does not publish it") : tr("the API is not in this tenant")));
            continue;
        }
        const QString groupKey = resourceKnown ? p.resourceId : p.resourceAppId;
        auto it = std::find_if(delegated.begin(), delegated.end(), [&](const ResourceGroup& g) {
            return (resourceKnown ? g.resourceId : g.resourceAppId).compare(groupKey, Qt::CaseInsensitive) == 0;
        });
        if (it == delegated.end()) {
            delegated.append({p.resourceAppId, p.resourceId, p.resourceDisplayName, {}});
            it = std::prev(delegated.end());
        }
        it->scopes.append(p.value);
    }
    if (delegated.isEmpty() && application.isEmpty()) {
        return plan;
    }

    const QString name = plan.clientDisplayName;
    QString clientRef;
    QStringList clientNeeds;
    if (state.hasServicePrincipal()) {
        clientRef = state.client->id;
    } else {
        PlannedOperation op;
        op.kind = PlannedOperation::Kind::CreateServicePrincipal;
        op.method = "POST";
        op.path = QStringLiteral("/servicePrincipals");
        op.body = QJsonObject {{QStringLiteral("appId"), state.appId}};
        op.produces = QLatin1String(ClientVariable);
        op.target
            = QJsonObject {{QStringLiteral("appId"), state.appId}, {QStringLiteral("role"), QStringLiteral("client")}};
        op.clientDisplayName = name;
        op.summary = tr("Create the service principal of %1 (appId %2) in this tenant").arg(name, state.appId);
        plan.operations.append(op);
        clientRef = PlannedOperation::variable(op.produces);
        clientNeeds.append(op.produces);
    }

    int resourceCounter = 0;
    for (const auto& group : delegated) {
        QString resourceRef = group.resourceId;
        QStringList needs = clientNeeds;
        const QString resourceName = group.displayName.isEmpty() ? group.resourceAppId : group.displayName;
        if (resourceRef.isEmpty()) {
            PlannedOperation op;
            op.kind = PlannedOperation::Kind::CreateServicePrincipal;
            op.method = "POST";
            op.path = QStringLiteral("/servicePrincipals");
            op.body = QJsonObject {{QStringLiteral("appId"), group.resourceAppId}};
            op.produces = QStringLiteral("resourceSp%1").arg(++resourceCounter);
            op.target = QJsonObject {{QStringLiteral("appId"), group.resourceAppId},
                                     {QStringLiteral("role"), QStringLiteral("resource")}};
            op.resourceDisplayName = resourceName;
            op.summary = tr("Create the service principal of the API %1 (appId %2) in this tenant")
                             .arg(resourceName, group.resourceAppId);
            plan.operations.append(op);
            resourceRef = PlannedOperation::variable(op.produces);
            needs.append(op.produces);
        }
        const auto existing = group.resourceId.isEmpty() ? std::nullopt : state.grantFor(group.resourceId);
        PlannedOperation op;
        op.clientDisplayName = name;
        op.resourceDisplayName = resourceName;
        op.addedScopes = group.scopes;
        op.dependsOn = needs;
        if (existing) {
            op.kind = PlannedOperation::Kind::UpdateGrantScope;
            op.method = "PATCH";
            op.path = QStringLiteral("/oauth2PermissionGrants/") + GraphPath::segment(existing->id);
            op.resultingScopes = mergeScopes(existing->scopes, group.scopes);
            op.body = QJsonObject {{QStringLiteral("scope"), op.resultingScopes.join(QLatin1Char(' '))}};
            op.prior = existing->raw;
            op.mergeWithCurrent = true;
            op.target = QJsonObject {{QStringLiteral("grantId"), existing->id},
                                     {QStringLiteral("clientId"), existing->clientId},
                                     {QStringLiteral("resourceId"), existing->resourceId},
                                     {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")}};
            nameTarget(op, state.appId);
            op.summary = tr("Add %1 to the tenant-wide grant of %2 on %3 (keeps %4)")
                             .arg(group.scopes.join(QStringLiteral(", ")),
                                  name,
                                  resourceName,
                                  existing->scopes.isEmpty() ? tr("nothing") : existing->scopes.join(QLatin1Char(' ')));
        } else {
            op.kind = PlannedOperation::Kind::CreateGrant;
            op.method = "POST";
            op.path = QStringLiteral("/oauth2PermissionGrants");
            op.resultingScopes = mergeScopes({}, group.scopes);
            op.body = QJsonObject {{QStringLiteral("clientId"), clientRef},
                                   {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                                   {QStringLiteral("resourceId"), resourceRef},
                                   {QStringLiteral("scope"), op.resultingScopes.join(QLatin1Char(' '))}};
            op.target = QJsonObject {{QStringLiteral("clientId"), clientRef},
                                     {QStringLiteral("resourceId"), resourceRef},
                                     {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")}};
            nameTarget(op, state.appId);
            op.summary = tr("Grant %1 to %2 on %3 for all users (new tenant-wide grant)")
                             .arg(group.scopes.join(QStringLiteral(", ")), name, resourceName);
        }
        plan.operations.append(op);
    }

    for (const auto& p : application) {
        PlannedOperation op;
        op.kind = PlannedOperation::Kind::CreateAppRoleAssignment;
        op.method = "POST";
        op.path = GraphPath::servicePrincipal(p.resourceId) + QStringLiteral("/appRoleAssignedTo");
        op.body = QJsonObject {{QStringLiteral("principalId"), clientRef},
                               {QStringLiteral("resourceId"), p.resourceId},
                               {QStringLiteral("appRoleId"), p.permissionId}};
        op.target = QJsonObject {{QStringLiteral("principalId"), clientRef},
                                 {QStringLiteral("resourceId"), p.resourceId},
                                 {QStringLiteral("appRoleId"), p.permissionId}};
        op.dependsOn = clientNeeds;
        op.clientDisplayName = name;
        op.resourceDisplayName = p.resourceDisplayName;
        op.appRoleValue = p.value;
        nameTarget(op, state.appId);
        op.needsPrivilegedRole = isMicrosoftGraph(p.resourceAppId);
        op.summary = tr("Grant the application permission %1 of %2 to %3").arg(p.value, p.resourceDisplayName, name);
        plan.operations.append(op);
    }

    if (capabilities) {
        if (!delegated.isEmpty() && !capabilities->allows(CapabilityMap::Kind::GrantDelegated)) {
            plan.warnings.append(capabilities->capability(CapabilityMap::Kind::GrantDelegated).reason);
        }
        bool warnedGraph = false;
        bool warnedOther = false;
        for (const auto& p : application) {
            const bool graph = isMicrosoftGraph(p.resourceAppId);
            const auto capability = capabilities->grantApplication(graph);
            if (!capability.allowed && !(graph ? warnedGraph : warnedOther)) {
                plan.warnings.append(capability.reason);
                (graph ? warnedGraph : warnedOther) = true;
            }
        }
    }
    return plan;
}

GrantPlan GrantPlanner::planBlock(const ClientConsentState& state, const CapabilityMap* capabilities)
{
    GrantPlan plan;
    plan.purpose = GrantPlan::Purpose::Block;
    plan.clientAppId = state.appId;
    plan.clientDisplayName = clientName(state);
    const QString name = plan.clientDisplayName;
    PlannedOperation op;
    op.clientDisplayName = name;
    if (!state.hasServicePrincipal()) {
        // Created already disabled: one write, and no moment in which the app could be used.
        op.kind = PlannedOperation::Kind::CreateServicePrincipal;
        op.method = "POST";
        op.path = QStringLiteral("/servicePrincipals");
        op.body = QJsonObject {{QStringLiteral("appId"), state.appId}, {QStringLiteral("accountEnabled"), false}};
        op.produces = QLatin1String(ClientVariable);
        op.target
            = QJsonObject {{QStringLiteral("appId"), state.appId}, {QStringLiteral("role"), QStringLiteral("client")}};
        op.summary = tr("Create the service principal of %1 (appId %2) disabled, so nobody can sign in to it or "
                        "request it")
                         .arg(name, state.appId);
        plan.operations.append(op);
    } else if (!state.client->accountEnabled) {
        plan.warnings.append(tr("%1 is already blocked (sign-in disabled).").arg(name));
        return plan;
    } else {
        op.kind = PlannedOperation::Kind::UpdateServicePrincipal;
        op.method = "PATCH";
        op.path = GraphPath::servicePrincipal(state.client->id);
        op.body = QJsonObject {{QStringLiteral("accountEnabled"), false}};
        op.prior = state.client->raw;
        op.target = QJsonObject {{QStringLiteral("servicePrincipalId"), state.client->id},
                                 {QStringLiteral("appId"), state.appId}};
        op.summary = tr("Disable sign-in for %1 (accountEnabled = false)").arg(name);
        plan.operations.append(op);
    }
    if (capabilities && !capabilities->allows(CapabilityMap::Kind::BlockApp)) {
        plan.warnings.append(capabilities->capability(CapabilityMap::Kind::BlockApp).reason);
    }
    return plan;
}
