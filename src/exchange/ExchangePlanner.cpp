#include "ExchangePlanner.h"

#include "report/TenantText.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ExchangePlanner", text);
}
} // namespace

ExchangePlan ExchangePlanner::scopeApp(const ScopeAppRequest& r)
{
    using K = ExchangeOperation::Kind;
    ExchangePlan plan;
    const QString app = r.appDisplayName.isEmpty() ? r.appId : r.appDisplayName;
    plan.title = r.accessRight == ApplicationAccessPolicy::AccessRight::DenyAccess
                     ? tr("Keep %1 out of the mailboxes of %2").arg(app, r.group)
                     : tr("Limit %1 to the mailboxes of %2").arg(app, r.group);
    if (r.createGroup) {
        plan.operations.append(ExchangeOperation::make(
            K::NewSecurityGroup,
            tr("Create the mail-enabled security group \"%1\"").arg(r.group),
            {{QStringLiteral("Name"), r.group}, {QStringLiteral("Type"), QStringLiteral("Security")}},
            {{QStringLiteral("group"), r.group}}));
    }
    for (const auto& member : r.addMembers) {
        plan.operations.append(
            ExchangeOperation::make(K::AddGroupMember,
                                    tr("Add %1 to \"%2\"").arg(member, r.group),
                                    {{QStringLiteral("Identity"), r.group}, {QStringLiteral("Member"), member}},
                                    {{QStringLiteral("group"), r.group}, {QStringLiteral("member"), member}}));
    }
    QJsonObject parameters {{QStringLiteral("AppId"), r.appId},
                            {QStringLiteral("PolicyScopeGroupId"), r.group},
                            {QStringLiteral("AccessRight"), ApplicationAccessPolicy::accessRightName(r.accessRight)}};
    if (!r.description.isEmpty()) {
        parameters.insert(QStringLiteral("Description"), r.description);
    }
    plan.operations.append(ExchangeOperation::make(K::NewPolicy,
                                                   r.accessRight == ApplicationAccessPolicy::AccessRight::DenyAccess
                                                       ? tr("Deny %1 the mailboxes of \"%2\"").arg(app, r.group)
                                                       : tr("Restrict %1 to the mailboxes of \"%2\"").arg(app, r.group),
                                                   parameters,
                                                   {{QStringLiteral("appId"), r.appId},
                                                    {QStringLiteral("appDisplayName"), r.appDisplayName},
                                                    {QStringLiteral("group"), r.group}}));
    plan.warnings.append(tr("Microsoft recommends RBAC for Applications instead of new application access policies."));
    plan.note = tr("Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour "
                   "to enforce it.");
    return plan;
}

ExchangePlan ExchangePlanner::removePolicy(const ApplicationAccessPolicy& policy)
{
    ExchangePlan plan;
    plan.title = tr("Remove the access policy of %1 on \"%2\"").arg(policy.appId, policy.scopeName);
    plan.operations.append(ExchangeOperation::make(
        ExchangeOperation::Kind::RemovePolicy,
        tr("Remove the %1 policy of app %2 on \"%3\"")
            .arg(ApplicationAccessPolicy::accessRightName(policy.accessRight), policy.appId, policy.scopeName),
        {{QStringLiteral("Identity"), policy.identity}, {QStringLiteral("Confirm"), false}},
        {{QStringLiteral("appId"), policy.appId}, {QStringLiteral("policyIdentity"), policy.identity}}));
    if (policy.accessRight == ApplicationAccessPolicy::AccessRight::RestrictAccess) {
        plan.warnings.append(tr("Without this RestrictAccess policy the app may reach every mailbox again (unless "
                                "other policies restrict it)."));
    }
    return plan;
}

ExchangePlan ExchangePlanner::setPolicyDescription(const ApplicationAccessPolicy& policy, const QString& description)
{
    ExchangePlan plan;
    plan.title = tr("Change the description of a policy");
    plan.operations.append(ExchangeOperation::make(
        ExchangeOperation::Kind::SetPolicyDescription,
        tr("Set the description of the policy of %1 on \"%2\"").arg(policy.appId, policy.scopeName),
        {{QStringLiteral("Identity"), policy.identity}, {QStringLiteral("Description"), description}},
        {{QStringLiteral("appId"), policy.appId}, {QStringLiteral("policyIdentity"), policy.identity}}));
    return plan;
}

ExchangePlan ExchangePlanner::addMembers(const QString& group, const QStringList& members)
{
    ExchangePlan plan;
    plan.title = tr("Add members to \"%1\"").arg(group);
    for (const auto& member : members) {
        plan.operations.append(
            ExchangeOperation::make(ExchangeOperation::Kind::AddGroupMember,
                                    tr("Add %1 to \"%2\"").arg(member, group),
                                    {{QStringLiteral("Identity"), group}, {QStringLiteral("Member"), member}},
                                    {{QStringLiteral("group"), group}, {QStringLiteral("member"), member}}));
    }
    return plan;
}

ExchangePlan ExchangePlanner::removeMembers(const QString& group, const QStringList& members)
{
    ExchangePlan plan;
    plan.title = tr("Remove members from \"%1\"").arg(group);
    for (const auto& member : members) {
        plan.operations.append(
            ExchangeOperation::make(ExchangeOperation::Kind::RemoveGroupMember,
                                    tr("Remove %1 from \"%2\"").arg(member, group),
                                    {{QStringLiteral("Identity"), group},
                                     {QStringLiteral("Member"), member},
                                     {QStringLiteral("Confirm"), false}},
                                    {{QStringLiteral("group"), group}, {QStringLiteral("member"), member}}));
    }
    return plan;
}

ExchangePlan ExchangePlanner::grantRbac(const RbacRequest& r)
{
    using K = ExchangeOperation::Kind;
    ExchangePlan plan;
    const QString app = r.appDisplayName.isEmpty() ? r.appId : r.appDisplayName;
    plan.title = tr("Give %1 the role %2").arg(app, r.role);
    if (r.createServicePrincipal) {
        QJsonObject p {{QStringLiteral("AppId"), r.appId}, {QStringLiteral("ObjectId"), r.servicePrincipalObjectId}};
        if (!r.appDisplayName.isEmpty()) {
            p.insert(QStringLiteral("DisplayName"), r.appDisplayName);
        }
        plan.operations.append(ExchangeOperation::make(K::NewServicePrincipal,
                                                       tr("Register %1 with Exchange Online").arg(app),
                                                       p,
                                                       {{QStringLiteral("appId"), r.appId}}));
    }
    if (r.createScope && !r.scopeName.isEmpty()) {
        plan.operations.append(ExchangeOperation::make(
            K::NewManagementScope,
            tr("Create the management scope \"%1\"").arg(r.scopeName),
            {{QStringLiteral("Name"), r.scopeName}, {QStringLiteral("RecipientRestrictionFilter"), r.recipientFilter}},
            {{QStringLiteral("scope"), r.scopeName}}));
    }
    QJsonObject p {{QStringLiteral("App"), r.appId}, {QStringLiteral("Role"), r.role}};
    if (!r.scopeName.isEmpty()) {
        p.insert(QStringLiteral("CustomResourceScope"), r.scopeName);
    }
    plan.operations.append(ExchangeOperation::make(
        K::NewRoleAssignment,
        r.scopeName.isEmpty() ? tr("Assign %1 to %2 for the whole organization").arg(r.role, app)
                              : tr("Assign %1 to %2, limited to \"%3\"").arg(r.role, app, r.scopeName),
        p,
        {{QStringLiteral("appId"), r.appId},
         {QStringLiteral("appDisplayName"), r.appDisplayName},
         {QStringLiteral("role"), r.role},
         {QStringLiteral("scope"), r.scopeName}}));
    plan.note = tr("RBAC for Applications is additive: a tenant-wide Microsoft Graph application permission (e.g. "
                   "Mail.Read consented in Entra) still reaches every mailbox. Remove it after moving to RBAC.");
    return plan;
}

ExchangePlan ExchangePlanner::removeRoleAssignment(const ManagementRoleAssignment& assignment)
{
    ExchangePlan plan;
    plan.title = tr("Remove the role assignment \"%1\"").arg(assignment.name);
    plan.operations.append(ExchangeOperation::make(
        ExchangeOperation::Kind::RemoveRoleAssignment,
        tr("Remove %1 from app %2").arg(assignment.role, assignment.appId),
        {{QStringLiteral("Identity"), assignment.name}, {QStringLiteral("Confirm"), false}},
        {{QStringLiteral("appId"), assignment.appId}, {QStringLiteral("roleAssignment"), assignment.name}}));
    return plan;
}

QString ExchangePlanner::rbacFilterForGroup(const QString& group, QString* refusal)
{
    // The DN goes into an OPATH string. Exchange's parser takes the typographic quotes for quotes too, and doubling
    // only the ASCII one let a DN with ’ end the string early: "MemberOfGroup -eq 'x' -or …" would widen the scope to
    // every mailbox. No escaping is trusted here: a DN with any quote-like character or control is refused.
    // An index, not a QChar: QChar() is U+0000, so "no offending character" and a NUL would look the same.
    const auto offendingAt = std::find_if(group.cbegin(), group.cend(), [](QChar c) {
        return TenantText::isQuoteLike(c.unicode()) || TenantText::isControl(c.unicode());
    });
    if (group.trimmed().isEmpty() || offendingAt != group.cend()) {
        const QChar offending = offendingAt != group.cend() ? *offendingAt : QChar();
        if (refusal) {
            *refusal = group.trimmed().isEmpty()
                           ? tr("The group's distinguished name is empty; MemberOfGroup needs it.")
                           : tr("The group's distinguished name \"%1\" contains %2 (U+%3), a character Exchange may "
                                "read as a quote inside the management scope's filter, which could then reach every "
                                "mailbox. ConsentDesk does not write such a filter: rename the group so its name has "
                                "no quote characters (Set-DistributionGroup -Name), or create the management scope "
                                "yourself and check its filter with Get-ManagementScope.")
                                 .arg(TenantText::singleLine(group),
                                      TenantText::isControl(offending.unicode()) ? tr("a control character")
                                                                                 : QString(offending),
                                      QStringLiteral("%1").arg(offending.unicode(), 4, 16, QLatin1Char('0')).toUpper());
        }
        return {};
    }
    return QStringLiteral("MemberOfGroup -eq '%1'").arg(group);
}
