#include "TroubleshootFixPlanner.h"

#include "TroubleshootRules.h"
#include "auth/ConsentDeskScopes.h"
#include "consent/GrantPlan.h"
#include "consent/GrantPlanner.h"
#include "graph/GraphPath.h"
#include "settings/SettingsPlanner.h"

#include <QJsonObject>

namespace {

WritePlan refused(const QString& why)
{
    WritePlan plan;
    plan.note = why;
    return plan;
}

} // namespace

CapabilityMap::Kind TroubleshootFixPlanner::capability(TroubleshootCheck::Fix fix)
{
    switch (fix) {
    case TroubleshootCheck::Fix::EnableApp:
        return CapabilityMap::Kind::BlockApp;
    case TroubleshootCheck::Fix::AssignUser:
        return CapabilityMap::Kind::GrantApplicationOtherApis;
    case TroubleshootCheck::Fix::EnableWorkflow:
    case TroubleshootCheck::Fix::EditReviewers:
        return CapabilityMap::Kind::EditPolicies;
    case TroubleshootCheck::Fix::GrantScopes:
    case TroubleshootCheck::Fix::None:
        break;
    }
    return CapabilityMap::Kind::GrantDelegated;
}

QStringList TroubleshootFixPlanner::writeScopes(TroubleshootCheck::Fix fix)
{
    if (fix == TroubleshootCheck::Fix::AssignUser) {
        return {QStringLiteral("AppRoleAssignment.ReadWrite.All")};
    }
    return ConsentDeskScopes::writeScopesFor(capability(fix));
}

WritePlan TroubleshootFixPlanner::plan(const TroubleshootFacts& facts,
                                       TroubleshootCheck::Fix fix,
                                       const CapabilityMap* capabilities)
{
    const QString name = facts.appName();
    switch (fix) {
    case TroubleshootCheck::Fix::None:
        return refused(tr("There is nothing ConsentDesk can change for this check."));
    case TroubleshootCheck::Fix::EnableApp: {
        if (!facts.app) {
            return refused(tr("%1 is not in this tenant: there is nothing to enable.").arg(name));
        }
        if (facts.app->accountEnabled) {
            return refused(tr("Sign-in to %1 is already enabled.").arg(name));
        }
        GrantPlan plan;
        plan.purpose = PlanHeader::Purpose::Change;
        plan.title = tr("Enable sign-in for %1").arg(name);
        plan.clientAppId = facts.app->appId;
        plan.clientDisplayName = name;
        PlannedOperation op;
        op.kind = PlannedOperation::Kind::UpdateServicePrincipal;
        op.method = "PATCH";
        op.path = GraphPath::servicePrincipal(facts.app->id);
        op.body = QJsonObject {{QStringLiteral("accountEnabled"), true}};
        op.prior = facts.app->raw;
        op.target = QJsonObject {{QStringLiteral("servicePrincipalId"), facts.app->id},
                                 {QStringLiteral("appId"), facts.app->appId}};
        op.clientDisplayName = name;
        op.summary = tr("Enable sign-in for %1 (accountEnabled = true)").arg(name);
        plan.operations.append(op);
        if (capabilities && !capabilities->allows(CapabilityMap::Kind::BlockApp)) {
            plan.warnings.append(capabilities->capability(CapabilityMap::Kind::BlockApp).reason);
        }
        return WritePlan::from(plan);
    }
    case TroubleshootCheck::Fix::AssignUser: {
        if (!facts.app || !facts.userFound()) {
            return refused(tr("The user or the app is not in this tenant: there is nobody to assign."));
        }
        if (facts.userAssigned()) {
            return refused(tr("%1 is already assigned to %2.").arg(facts.user.displayName, name));
        }
        QString roleName;
        const QString roleId = TroubleshootRules::userAppRoleId(*facts.app, &roleName);
        GrantPlan plan;
        plan.purpose = PlanHeader::Purpose::Change;
        plan.title = tr("Assign %1 to %2").arg(facts.user.displayName, name);
        plan.clientAppId = facts.app->appId;
        plan.clientDisplayName = name;
        PlannedOperation op;
        op.kind = PlannedOperation::Kind::CreateAppRoleAssignment;
        op.method = "POST";
        op.path = GraphPath::servicePrincipal(facts.app->id) + QStringLiteral("/appRoleAssignedTo");
        op.body = QJsonObject {{QStringLiteral("principalId"), facts.user.id},
                               {QStringLiteral("resourceId"), facts.app->id},
                               {QStringLiteral("appRoleId"), roleId}};
        op.target = op.body;
        op.clientDisplayName = facts.user.displayName;
        op.resourceDisplayName = name;
        op.appRoleValue = roleName;
        //: %1 user, %2 app, %3 app role name
        op.summary = tr("Assign %1 to %2 with the role %3").arg(facts.user.label(), name, roleName);
        plan.operations.append(op);
        if (capabilities && !capabilities->allows(CapabilityMap::Kind::GrantApplicationOtherApis)) {
            plan.warnings.append(capabilities->capability(CapabilityMap::Kind::GrantApplicationOtherApis).reason);
        }
        return WritePlan::from(plan);
    }
    case TroubleshootCheck::Fix::GrantScopes: {
        const QList<Permission> missing = facts.notGranted();
        if (missing.isEmpty()) {
            return refused(tr("Every permission asked for is granted already."));
        }
        GrantPlan plan = GrantPlanner::planGrant(facts.clientState(), missing, capabilities);
        plan.note = tr("Admin consent for everyone in the tenant: no user of %1 will be asked for these permissions "
                       "again.")
                        .arg(name);
        return WritePlan::from(plan);
    }
    case TroubleshootCheck::Fix::EnableWorkflow: {
        const AdminConsentWorkflow& current = facts.settings.workflow;
        if (facts.settings.workflowError.isError() || current.version < 0) {
            return refused(tr("The admin consent workflow could not be read, so it is not changed."));
        }
        if (current.enabled) {
            return refused(tr("The admin consent workflow is on already."));
        }
        if (current.reviewers.isEmpty()) {
            return refused(tr("The workflow has no reviewers: choose them in Consent settings (or `consentdesk-cli "
                              "settings workflow --enable --reviewer …`)."));
        }
        AdminConsentWorkflow wanted = current;
        wanted.enabled = true;
        WritePlan plan = SettingsPlanner::workflow(current, wanted);
        if (capabilities && !capabilities->allows(CapabilityMap::Kind::EditPolicies)) {
            plan.warnings.append(capabilities->capability(CapabilityMap::Kind::EditPolicies).reason);
        }
        return plan;
    }
    case TroubleshootCheck::Fix::EditReviewers:
        // Who reviews is the admin's choice: ConsentDesk opens the reviewers (GUI) or names the command (CLI).
        return refused(tr("Choose reviewers who can approve in Consent settings, or run: %1")
                           .arg(TroubleshootRules::reviewersCommand()));
    }
    return refused(QString());
}
