#include "ExchangeRestorePlanner.h"

#include "ApplicationAccessPolicy.h"
#include "ManagementRoleAssignment.h"
#include "consent/GraphPowerShell.h"

#include <algorithm>

namespace {

using Kind = ExchangeOperation::Kind;

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString firstOf(std::initializer_list<QString> values)
{
    for (const QString& v : values) {
        if (!v.isEmpty()) {
            return v;
        }
    }
    return {};
}

// The app in words: its display name when the plan knew it, else its id.
QString appOf(const ExchangeOperation& op, const QString& appId)
{
    return firstOf({str(op.target, "appDisplayName"), appId, str(op.target, "appId")});
}

QJsonObject withoutEmpty(QJsonObject o)
{
    for (auto it = o.begin(); it != o.end();) {
        if (it.value().isString() && it.value().toString().isEmpty()) {
            it = o.erase(it);
        } else {
            ++it;
        }
    }
    return o;
}

} // namespace

bool ExchangeRestorePlanner::isExchange(const JournalEntry& entry)
{
    return entry.request.value(QStringLiteral("api")).toString() == QLatin1String("exchange")
           || entry.action.startsWith(QLatin1String("exchange."));
}

bool ExchangeRestorePlanner::isRestorable(const JournalEntry& entry)
{
    return isExchange(entry) && entry.outcome == JournalEntry::Outcome::Succeeded
           && ExchangeOperation::kindFromAction(entry.action).has_value();
}

ExchangeOperation ExchangeRestorePlanner::operationOf(const JournalEntry& entry)
{
    ExchangeOperation op;
    op.kind = ExchangeOperation::kindFromAction(entry.action).value_or(Kind::NewPolicy);
    op.summary = entry.summary;
    op.cmdlet = entry.request.value(QStringLiteral("cmdlet")).toString();
    if (op.cmdlet.isEmpty()) {
        op.cmdlet = ExchangeOperation::cmdletOf(op.kind);
    }
    op.parameters = entry.request.value(QStringLiteral("parameters")).toObject();
    op.target = entry.target;
    op.prior = entry.prior;
    op.restoresEntryId = entry.restoresEntryId;
    return op;
}

ExchangeRestorePlanner::Inverse
ExchangeRestorePlanner::inverseOf(const ExchangeOperation& op, const QJsonArray& rows, const QString& label)
{
    Inverse inverse;
    const QJsonObject& p = op.parameters;
    switch (op.kind) {
    case Kind::NewPolicy: {
        for (const auto& row : rows) {
            const ApplicationAccessPolicy policy = ApplicationAccessPolicy::fromJson(row.toObject());
            if (policy.identity.isEmpty()) {
                continue;
            }
            const QString scope = firstOf({policy.scopeName, str(p, "PolicyScopeGroupId")});
            const QString app = appOf(op, policy.appId);
            inverse.operations.append(ExchangeOperation::make(
                Kind::RemovePolicy,
                tr("Remove the %1 policy of %2 on \"%3\"")
                    .arg(ApplicationAccessPolicy::accessRightName(policy.accessRight), app, scope),
                {{QStringLiteral("Identity"), policy.identity}, {QStringLiteral("Confirm"), false}},
                withoutEmpty({{QStringLiteral("appId"), policy.appId},
                              {QStringLiteral("appDisplayName"), str(op.target, "appDisplayName")},
                              {QStringLiteral("group"), scope},
                              {QStringLiteral("policyIdentity"), policy.identity}})));
            if (policy.accessRight == ApplicationAccessPolicy::AccessRight::RestrictAccess) {
                inverse.warnings.append(tr("Without its RestrictAccess policy %1 may reach every mailbox again (unless "
                                           "other policies restrict it).")
                                            .arg(app));
            }
        }
        if (inverse.operations.isEmpty()) {
            inverse.refusal = tr("%1: not undone — the journal does not record the new policy's identity. Find it "
                                 "with Get-ApplicationAccessPolicy and remove it with Remove-ApplicationAccessPolicy.")
                                  .arg(label);
        }
        return inverse;
    }
    case Kind::RemovePolicy: {
        const ApplicationAccessPolicy prior = ApplicationAccessPolicy::fromJson(op.prior);
        if (prior.appId.isEmpty() || prior.accessRight == ApplicationAccessPolicy::AccessRight::Unknown) {
            inverse.refusal = tr("%1: not restored — the journal holds no prior policy.").arg(label);
            return inverse;
        }
        // The scope's Exchange GUID (from the identity) names exactly the recipient the policy had; its display
        // name may be shared by two recipients.
        const QString scope = firstOf({prior.scopeGuid(), prior.scopeIdentity, prior.scopeName});
        const QString scopeName = firstOf({prior.scopeName, prior.scopeIdentity, scope});
        QJsonObject parameters {
            {QStringLiteral("AppId"), prior.appId},
            {QStringLiteral("PolicyScopeGroupId"), scope},
            {QStringLiteral("AccessRight"), ApplicationAccessPolicy::accessRightName(prior.accessRight)}};
        if (!prior.description.isEmpty()) {
            parameters.insert(QStringLiteral("Description"), prior.description);
        }
        inverse.operations.append(ExchangeOperation::make(
            Kind::NewPolicy,
            tr("Re-create the %1 policy of %2 on \"%3\"")
                .arg(ApplicationAccessPolicy::accessRightName(prior.accessRight), appOf(op, prior.appId), scopeName),
            parameters,
            withoutEmpty({{QStringLiteral("appId"), prior.appId},
                          {QStringLiteral("appDisplayName"), str(op.target, "appDisplayName")},
                          {QStringLiteral("group"), scopeName}})));
        return inverse;
    }
    case Kind::SetPolicyDescription: {
        const QString identity = firstOf({str(op.prior, "Identity"), str(p, "Identity")});
        if (op.prior.isEmpty() || identity.isEmpty()) {
            inverse.refusal = tr("%1: not restored — the journal holds no prior description.").arg(label);
            return inverse;
        }
        const ApplicationAccessPolicy prior = ApplicationAccessPolicy::fromJson(op.prior);
        inverse.operations.append(ExchangeOperation::make(
            Kind::SetPolicyDescription,
            tr("Put back the description of the policy of %1 on \"%2\": \"%3\"")
                .arg(appOf(op, prior.appId), prior.scopeName, prior.description),
            {{QStringLiteral("Identity"), identity}, {QStringLiteral("Description"), prior.description}},
            withoutEmpty({{QStringLiteral("appId"), prior.appId},
                          {QStringLiteral("appDisplayName"), str(op.target, "appDisplayName")},
                          {QStringLiteral("policyIdentity"), identity}})));
        return inverse;
    }
    case Kind::AddGroupMember:
    case Kind::RemoveGroupMember: {
        const QJsonObject& recorded = op.kind == Kind::RemoveGroupMember && !op.prior.isEmpty() ? op.prior : op.target;
        const QString group = firstOf({str(p, "Identity"), str(recorded, "group")});
        const QString member = firstOf({str(p, "Member"), str(recorded, "member")});
        if (group.isEmpty() || member.isEmpty()) {
            inverse.refusal = tr("%1: not undone — the journal does not name the group and member.").arg(label);
            return inverse;
        }
        const QJsonObject target {{QStringLiteral("group"), group}, {QStringLiteral("member"), member}};
        if (op.kind == Kind::AddGroupMember) {
            inverse.operations.append(ExchangeOperation::make(Kind::RemoveGroupMember,
                                                              tr("Remove %1 from \"%2\"").arg(member, group),
                                                              {{QStringLiteral("Identity"), group},
                                                               {QStringLiteral("Member"), member},
                                                               {QStringLiteral("Confirm"), false}},
                                                              target));
        } else {
            inverse.operations.append(
                ExchangeOperation::make(Kind::AddGroupMember,
                                        tr("Add %1 back to \"%2\"").arg(member, group),
                                        {{QStringLiteral("Identity"), group}, {QStringLiteral("Member"), member}},
                                        target));
        }
        return inverse;
    }
    case Kind::NewRoleAssignment: {
        for (const auto& row : rows) {
            const ManagementRoleAssignment a = ManagementRoleAssignment::fromJson(row.toObject());
            const QString identity = firstOf({a.name, a.guid});
            if (identity.isEmpty()) {
                continue;
            }
            const QString appId = firstOf({a.appId, str(p, "App")});
            inverse.operations.append(ExchangeOperation::make(
                Kind::RemoveRoleAssignment,
                tr("Remove %1 from %2 (assignment \"%3\")")
                    .arg(firstOf({a.role, str(p, "Role")}), appOf(op, appId), identity),
                {{QStringLiteral("Identity"), identity}, {QStringLiteral("Confirm"), false}},
                withoutEmpty({{QStringLiteral("appId"), appId},
                              {QStringLiteral("appDisplayName"), str(op.target, "appDisplayName")},
                              {QStringLiteral("roleAssignment"), identity}})));
        }
        if (inverse.operations.isEmpty()) {
            inverse.refusal = tr("%1: not undone — the journal does not record the new role assignment's name. Find "
                                 "it with Get-ManagementRoleAssignment -App and remove it with "
                                 "Remove-ManagementRoleAssignment.")
                                  .arg(label);
        }
        return inverse;
    }
    case Kind::RemoveRoleAssignment: {
        const ManagementRoleAssignment prior = ManagementRoleAssignment::fromJson(op.prior);
        if (prior.appId.isEmpty() || prior.role.isEmpty()) {
            inverse.refusal = tr("%1: not restored — the journal holds no prior role assignment.").arg(label);
            return inverse;
        }
        QJsonObject parameters {{QStringLiteral("App"), prior.appId}, {QStringLiteral("Role"), prior.role}};
        if (!prior.customResourceScope.isEmpty()) {
            parameters.insert(QStringLiteral("CustomResourceScope"), prior.customResourceScope);
        }
        if (!prior.name.isEmpty()) {
            parameters.insert(QStringLiteral("Name"), prior.name); // the same name: scripts and audits still find it
        }
        const QString app = appOf(op, prior.appId);
        inverse.operations.append(ExchangeOperation::make(
            Kind::NewRoleAssignment,
            prior.customResourceScope.isEmpty()
                ? tr("Assign %1 to %2 again, for the whole organization").arg(prior.role, app)
                : tr("Assign %1 to %2 again, limited to \"%3\"").arg(prior.role, app, prior.customResourceScope),
            parameters,
            withoutEmpty({{QStringLiteral("appId"), prior.appId},
                          {QStringLiteral("appDisplayName"), str(op.target, "appDisplayName")},
                          {QStringLiteral("role"), prior.role},
                          {QStringLiteral("scope"), prior.customResourceScope}})));
        return inverse;
    }
    case Kind::NewSecurityGroup:
        inverse.refusal
            = tr("%1: left in place — ConsentDesk does not delete groups. Remove it in the Exchange admin "
                 "center or with Remove-DistributionGroup -Identity %2 once nothing uses it.")
                  .arg(label, GraphPowerShell::quote(firstOf({str(p, "Name"), str(op.target, "group")})));
        return inverse;
    case Kind::NewServicePrincipal:
        inverse.refusal
            = tr("%1: left in place — ConsentDesk does not delete Exchange service principals. Remove it "
                 "with Remove-ServicePrincipal -Identity %2 once no role assignment uses it.")
                  .arg(label, GraphPowerShell::quote(firstOf({str(p, "AppId"), str(op.target, "appId")})));
        return inverse;
    case Kind::NewManagementScope:
        inverse.refusal
            = tr("%1: left in place — ConsentDesk does not delete management scopes. Remove it in the "
                 "Exchange admin center or with Remove-ManagementScope -Identity %2 once no role "
                 "assignment uses it.")
                  .arg(label, GraphPowerShell::quote(firstOf({str(p, "Name"), str(op.target, "scope")})));
        return inverse;
    }
    inverse.refusal = tr("%1: not undone — unknown kind of change.").arg(label);
    return inverse;
}

void ExchangeRestorePlanner::add(ExchangePlan& plan, const Inverse& inverse, const QString& restoresEntryId)
{
    if (!inverse.refusal.isEmpty()) {
        plan.refused.append(inverse.refusal);
    }
    for (ExchangeOperation op : inverse.operations) {
        op.restoresEntryId = restoresEntryId;
        plan.operations.append(op);
    }
    for (const QString& warning : inverse.warnings) {
        if (!plan.warnings.contains(warning)) {
            plan.warnings.append(warning);
        }
    }
}

namespace {

void finishPlan(ExchangePlan& plan)
{
    const bool policies = std::any_of(plan.operations.cbegin(), plan.operations.cend(), [](const auto& op) {
        return op.kind == Kind::NewPolicy || op.kind == Kind::RemovePolicy;
    });
    if (policies) {
        plan.note = ExchangeRestorePlanner::tr("Test-ApplicationAccessPolicy shows the new result at once; Microsoft "
                                               "Graph may take up to an hour to enforce it.");
    }
}

} // namespace

ExchangePlan ExchangeRestorePlanner::plan(const QList<JournalEntry>& entries)
{
    ExchangePlan plan;
    plan.purpose = ExchangePlan::Purpose::Restore;
    plan.title = tr("Undo %n Exchange change(s)", nullptr, int(entries.size()));
    // Newest first: a recipe's policy is removed before its members leave the group, as an admin would undo it.
    // Reversed first, so writes recorded within the same millisecond (journal order) are undone last-first too.
    QList<JournalEntry> ordered(entries.crbegin(), entries.crend());
    std::stable_sort(
        ordered.begin(), ordered.end(), [](const JournalEntry& a, const JournalEntry& b) { return a.time > b.time; });
    for (const JournalEntry& entry : ordered) {
        const QString label = entry.summary.isEmpty() ? entry.action : entry.summary;
        if (!isExchange(entry)) {
            plan.refused.append(tr("%1: not an Exchange change; restore it on its own.").arg(label));
            continue;
        }
        if (entry.outcome != JournalEntry::Outcome::Succeeded) {
            plan.refused.append(entry.outcome == JournalEntry::Outcome::Pending
                                    ? tr("%1: not undone — whether it was made is not known yet.").arg(label)
                                    : tr("%1: not undone — the change was not made (%2).")
                                          .arg(label, JournalEntry::outcomeKey(entry.outcome)));
            continue;
        }
        if (!ExchangeOperation::kindFromAction(entry.action)) {
            plan.refused.append(tr("%1: not undone — unknown kind of change (%2).").arg(label, entry.action));
            continue;
        }
        add(plan, inverseOf(operationOf(entry), entry.result.value(QStringLiteral("rows")).toArray(), label), entry.id);
    }
    finishPlan(plan);
    return plan;
}

ExchangePlan ExchangeRestorePlanner::planRollback(const ExchangeExecution& execution)
{
    ExchangePlan plan;
    plan.purpose = ExchangePlan::Purpose::Rollback;
    plan.title = tr("Roll back: %1").arg(execution.plan.title);
    for (auto it = execution.results.crbegin(); it != execution.results.crend(); ++it) {
        if (it->succeeded()) {
            add(plan, inverseOf(it->operation, it->rows, it->operation.summary), it->journalEntryId);
        }
    }
    finishPlan(plan);
    return plan;
}
