#include "ExchangeOperation.h"

#include "ApplicationAccessPolicy.h"
#include "ExchangeAdminClient.h"
#include "ManagementRoleAssignment.h"
#include "consent/GraphPowerShell.h"

#include <QJsonArray>
#include <QPromise>
#include <QRegularExpression>
#include <QStringList>

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

std::shared_ptr<const TenantWrite> write(const ExchangeOperation& op)
{
    return std::make_shared<const ExchangeOperation>(op);
}

} // namespace

QString ExchangeOperation::cmdletOf(Kind kind)
{
    switch (kind) {
    case Kind::NewPolicy:
        return QStringLiteral("New-ApplicationAccessPolicy");
    case Kind::SetPolicyDescription:
        return QStringLiteral("Set-ApplicationAccessPolicy");
    case Kind::RemovePolicy:
        return QStringLiteral("Remove-ApplicationAccessPolicy");
    case Kind::NewSecurityGroup:
        return QStringLiteral("New-DistributionGroup");
    case Kind::AddGroupMember:
        return QStringLiteral("Add-DistributionGroupMember");
    case Kind::RemoveGroupMember:
        return QStringLiteral("Remove-DistributionGroupMember");
    case Kind::NewServicePrincipal:
        return QStringLiteral("New-ServicePrincipal");
    case Kind::NewManagementScope:
        return QStringLiteral("New-ManagementScope");
    case Kind::NewRoleAssignment:
        return QStringLiteral("New-ManagementRoleAssignment");
    case Kind::RemoveRoleAssignment:
        return QStringLiteral("Remove-ManagementRoleAssignment");
    }
    return {};
}

ExchangeOperation
ExchangeOperation::make(Kind kind, const QString& summary, const QJsonObject& parameters, const QJsonObject& target)
{
    ExchangeOperation op;
    op.kind = kind;
    op.summary = summary;
    op.cmdlet = cmdletOf(kind);
    op.parameters = parameters;
    op.target = target;
    return op;
}

std::shared_ptr<TenantWrite> ExchangeOperation::clone() const
{
    return std::make_shared<ExchangeOperation>(*this);
}

QString ExchangeOperation::propagationNote()
{
    return tr("Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to "
              "enforce it.");
}

QString ExchangeOperation::action() const
{
    switch (kind) {
    case Kind::NewPolicy:
        return QStringLiteral("exchange.accessPolicy.create");
    case Kind::SetPolicyDescription:
        return QStringLiteral("exchange.accessPolicy.update");
    case Kind::RemovePolicy:
        return QStringLiteral("exchange.accessPolicy.delete");
    case Kind::NewSecurityGroup:
        return QStringLiteral("exchange.group.create");
    case Kind::AddGroupMember:
        return QStringLiteral("exchange.groupMember.add");
    case Kind::RemoveGroupMember:
        return QStringLiteral("exchange.groupMember.remove");
    case Kind::NewServicePrincipal:
        return QStringLiteral("exchange.servicePrincipal.create");
    case Kind::NewManagementScope:
        return QStringLiteral("exchange.managementScope.create");
    case Kind::NewRoleAssignment:
        return QStringLiteral("exchange.roleAssignment.create");
    case Kind::RemoveRoleAssignment:
        return QStringLiteral("exchange.roleAssignment.delete");
    }
    return {};
}

std::optional<ExchangeOperation::Kind> ExchangeOperation::kindFromAction(const QString& action)
{
    for (Kind kind : {Kind::NewPolicy,
                      Kind::SetPolicyDescription,
                      Kind::RemovePolicy,
                      Kind::NewSecurityGroup,
                      Kind::AddGroupMember,
                      Kind::RemoveGroupMember,
                      Kind::NewServicePrincipal,
                      Kind::NewManagementScope,
                      Kind::NewRoleAssignment,
                      Kind::RemoveRoleAssignment}) {
        ExchangeOperation op;
        op.kind = kind;
        if (op.action() == action) {
            return kind;
        }
    }
    return std::nullopt;
}

bool ExchangeOperation::isCreation() const
{
    return kind == Kind::NewPolicy || kind == Kind::NewSecurityGroup || kind == Kind::AddGroupMember
           || kind == Kind::NewServicePrincipal || kind == Kind::NewManagementScope || kind == Kind::NewRoleAssignment;
}

TenantChanges ExchangeOperation::changes() const
{
    switch (kind) {
    case Kind::NewPolicy:
    case Kind::SetPolicyDescription:
    case Kind::RemovePolicy:
        return TenantChange::ExchangePolicies;
    case Kind::NewSecurityGroup:
    case Kind::AddGroupMember:
    case Kind::RemoveGroupMember:
        return TenantChange::ExchangeGroups;
    case Kind::NewServicePrincipal:
    case Kind::NewManagementScope:
    case Kind::NewRoleAssignment:
    case Kind::RemoveRoleAssignment:
        return TenantChange::ExchangeRbac;
    }
    return {};
}

QJsonObject ExchangeOperation::journalRequest() const
{
    return QJsonObject {{QStringLiteral("api"), QStringLiteral("exchange")},
                        {QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("/InvokeCommand")},
                        {QStringLiteral("cmdlet"), cmdlet},
                        {QStringLiteral("parameters"), parameters},
                        {QStringLiteral("powerShell"), powerShell()}};
}

QString ExchangeOperation::powerShell() const
{
    // Parameter values are tenant text (group, member and app names, descriptions, what Exchange returned for a
    // restore): every one is a literal from TenantText, so none can add a command or a line.
    static const QRegularExpression bareWord(QStringLiteral("^[A-Za-z]+$"));
    QStringList parts {cmdlet};
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        const QString name = GraphPowerShell::parameterName(it.key());
        if (name.isEmpty()) {
            continue;
        }
        const QJsonValue v = it.value();
        if (v.isBool()) {
            parts << QStringLiteral("-%1:$%2").arg(name, v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (v.isArray()) {
            QStringList items;
            for (const auto& item : v.toArray()) {
                items << GraphPowerShell::quote(item.toString());
            }
            parts << QStringLiteral("-%1 %2").arg(name, items.join(QLatin1Char(',')));
        } else if ((name == QLatin1String("AccessRight") || name == QLatin1String("Type"))
                   && bareWord.match(v.toString()).hasMatch()) {
            parts << QStringLiteral("-%1 %2").arg(name, v.toString()); // enum values are bare words
        } else {
            parts << QStringLiteral("-%1 %2").arg(name, GraphPowerShell::quote(v.toString()));
        }
    }
    return parts.join(QLatin1Char(' '));
}

QJsonObject ExchangeOperation::toJson() const
{
    QJsonObject json {{QStringLiteral("action"), action()},
                      {QStringLiteral("summary"), summary},
                      {QStringLiteral("cmdlet"), cmdlet},
                      {QStringLiteral("parameters"), parameters},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("powerShell"), powerShell()}};
    if (!restoresEntryId.isEmpty()) {
        json.insert(QStringLiteral("restoresEntryId"), restoresEntryId);
    }
    return json;
}

QFuture<TenantWrite::Prepared> ExchangeOperation::prepare(const Channel& channel) const
{
    if (!channel.exchange) {
        return notPrepared(GraphError::make(GraphError::Kind::Protocol, tr("No Exchange Online connection.")),
                           tr("Not sent: there is no Exchange Online connection."));
    }
    QString reader;
    if (kind == Kind::SetPolicyDescription || kind == Kind::RemovePolicy) {
        reader = QStringLiteral("Get-ApplicationAccessPolicy");
    } else if (kind == Kind::RemoveRoleAssignment) {
        reader = QStringLiteral("Get-ManagementRoleAssignment");
    }
    if (reader.isEmpty()) {
        auto same = std::make_shared<ExchangeOperation>(*this);
        if (kind == Kind::RemoveGroupMember) {
            same->prior = target; // what an undo needs: the same pair, added back
        }
        return prepared(same);
    }
    auto promise = std::make_shared<QPromise<Prepared>>();
    promise->start();
    const QString identity = parameters.value(QStringLiteral("Identity")).toString();
    channel.exchange->invoke(
        reader,
        {{QStringLiteral("Identity"), identity}},
        channel.exchange,
        [promise, reader, identity, operation = *this](const QJsonArray& rows, const GraphError& error) mutable {
            if (error) {
                promise->addResult(Prepared {nullptr, error, {}});
            } else if (rows.isEmpty()) {
                // Nothing to change, and no prior state to journal: never send a blind write.
                promise->addResult(
                    Prepared {nullptr,
                              {},
                              tr("Not found, nothing was changed: %1 returned nothing for %2.").arg(reader, identity)});
            } else {
                operation.prior = rows.first().toObject();
                promise->addResult(Prepared {operation.clone(), {}, {}});
            }
            promise->finish();
        });
    return promise->future();
}

QFuture<TenantWrite::Reply> ExchangeOperation::send(const Channel& channel, const QString& clientRequestId) const
{
    if (!channel.exchange) {
        return failed(GraphError::make(GraphError::Kind::Protocol, tr("No Exchange Online connection.")));
    }
    auto promise = std::make_shared<QPromise<Reply>>();
    promise->start();
    channel.exchange->invoke(
        cmdlet,
        parameters,
        channel.exchange,
        [promise](const QJsonArray& rows, const GraphError& error) {
            // InvokeCommand is a POST: after a network failure the cmdlet may have run (the journal keeps it Pending).
            promise->addResult(Reply {error, error ? error.httpStatus : 200, {{QStringLiteral("rows"), rows}}, {}});
            promise->finish();
        },
        clientRequestId);
    return promise->future();
}

TenantWrite::Inverse ExchangeOperation::inverse(const QJsonObject& result, const QString& label) const
{
    Inverse inverse;
    const QJsonArray rows = result.value(QStringLiteral("rows")).toArray();
    const QJsonObject& p = parameters;
    switch (kind) {
    case Kind::NewPolicy: {
        for (const auto& row : rows) {
            const ApplicationAccessPolicy policy = ApplicationAccessPolicy::fromJson(row.toObject());
            if (policy.identity.isEmpty()) {
                continue;
            }
            const QString scope = firstOf({policy.scopeName, str(p, "PolicyScopeGroupId")});
            const QString app = appOf(*this, policy.appId);
            inverse.operations.append(
                write(make(Kind::RemovePolicy,
                           tr("Remove the %1 policy of %2 on \"%3\"")
                               .arg(ApplicationAccessPolicy::accessRightName(policy.accessRight), app, scope),
                           {{QStringLiteral("Identity"), policy.identity}, {QStringLiteral("Confirm"), false}},
                           withoutEmpty({{QStringLiteral("appId"), policy.appId},
                                         {QStringLiteral("appDisplayName"), str(target, "appDisplayName")},
                                         {QStringLiteral("group"), scope},
                                         {QStringLiteral("policyIdentity"), policy.identity}}))));
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
        } else {
            inverse.note = propagationNote();
        }
        return inverse;
    }
    case Kind::RemovePolicy: {
        const ApplicationAccessPolicy before = ApplicationAccessPolicy::fromJson(prior);
        if (before.appId.isEmpty() || before.accessRight == ApplicationAccessPolicy::AccessRight::Unknown) {
            inverse.refusal = tr("%1: not restored — the journal holds no prior policy.").arg(label);
            return inverse;
        }
        // The scope's Exchange GUID (from the identity) names exactly the recipient the policy had; its display
        // name may be shared by two recipients.
        const QString scope = firstOf({before.scopeGuid(), before.scopeIdentity, before.scopeName});
        const QString scopeName = firstOf({before.scopeName, before.scopeIdentity, scope});
        QJsonObject recreate {
            {QStringLiteral("AppId"), before.appId},
            {QStringLiteral("PolicyScopeGroupId"), scope},
            {QStringLiteral("AccessRight"), ApplicationAccessPolicy::accessRightName(before.accessRight)}};
        if (!before.description.isEmpty()) {
            recreate.insert(QStringLiteral("Description"), before.description);
        }
        inverse.operations.append(
            write(make(Kind::NewPolicy,
                       tr("Re-create the %1 policy of %2 on \"%3\"")
                           .arg(ApplicationAccessPolicy::accessRightName(before.accessRight),
                                appOf(*this, before.appId),
                                scopeName),
                       recreate,
                       withoutEmpty({{QStringLiteral("appId"), before.appId},
                                     {QStringLiteral("appDisplayName"), str(target, "appDisplayName")},
                                     {QStringLiteral("group"), scopeName}}))));
        inverse.note = propagationNote();
        return inverse;
    }
    case Kind::SetPolicyDescription: {
        const QString identity = firstOf({str(prior, "Identity"), str(p, "Identity")});
        if (prior.isEmpty() || identity.isEmpty()) {
            inverse.refusal = tr("%1: not restored — the journal holds no prior description.").arg(label);
            return inverse;
        }
        const ApplicationAccessPolicy before = ApplicationAccessPolicy::fromJson(prior);
        inverse.operations.append(
            write(make(Kind::SetPolicyDescription,
                       tr("Put back the description of the policy of %1 on \"%2\": \"%3\"")
                           .arg(appOf(*this, before.appId), before.scopeName, before.description),
                       {{QStringLiteral("Identity"), identity}, {QStringLiteral("Description"), before.description}},
                       withoutEmpty({{QStringLiteral("appId"), before.appId},
                                     {QStringLiteral("appDisplayName"), str(target, "appDisplayName")},
                                     {QStringLiteral("policyIdentity"), identity}}))));
        return inverse;
    }
    case Kind::AddGroupMember:
    case Kind::RemoveGroupMember: {
        const QJsonObject& recorded = kind == Kind::RemoveGroupMember && !prior.isEmpty() ? prior : target;
        const QString group = firstOf({str(p, "Identity"), str(recorded, "group")});
        const QString member = firstOf({str(p, "Member"), str(recorded, "member")});
        if (group.isEmpty() || member.isEmpty()) {
            inverse.refusal = tr("%1: not undone — the journal does not name the group and member.").arg(label);
            return inverse;
        }
        const QJsonObject pair {{QStringLiteral("group"), group}, {QStringLiteral("member"), member}};
        if (kind == Kind::AddGroupMember) {
            inverse.operations.append(write(make(Kind::RemoveGroupMember,
                                                 tr("Remove %1 from \"%2\"").arg(member, group),
                                                 {{QStringLiteral("Identity"), group},
                                                  {QStringLiteral("Member"), member},
                                                  {QStringLiteral("Confirm"), false}},
                                                 pair)));
        } else {
            inverse.operations.append(
                write(make(Kind::AddGroupMember,
                           tr("Add %1 back to \"%2\"").arg(member, group),
                           {{QStringLiteral("Identity"), group}, {QStringLiteral("Member"), member}},
                           pair)));
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
            inverse.operations.append(
                write(make(Kind::RemoveRoleAssignment,
                           tr("Remove %1 from %2 (assignment \"%3\")")
                               .arg(firstOf({a.role, str(p, "Role")}), appOf(*this, appId), identity),
                           {{QStringLiteral("Identity"), identity}, {QStringLiteral("Confirm"), false}},
                           withoutEmpty({{QStringLiteral("appId"), appId},
                                         {QStringLiteral("appDisplayName"), str(target, "appDisplayName")},
                                         {QStringLiteral("roleAssignment"), identity}}))));
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
        const ManagementRoleAssignment before = ManagementRoleAssignment::fromJson(prior);
        if (before.appId.isEmpty() || before.role.isEmpty()) {
            inverse.refusal = tr("%1: not restored — the journal holds no prior role assignment.").arg(label);
            return inverse;
        }
        QJsonObject recreate {{QStringLiteral("App"), before.appId}, {QStringLiteral("Role"), before.role}};
        if (!before.customResourceScope.isEmpty()) {
            recreate.insert(QStringLiteral("CustomResourceScope"), before.customResourceScope);
        }
        if (!before.name.isEmpty()) {
            recreate.insert(QStringLiteral("Name"), before.name); // the same name: scripts and audits still find it
        }
        const QString app = appOf(*this, before.appId);
        inverse.operations.append(write(
            make(Kind::NewRoleAssignment,
                 before.customResourceScope.isEmpty()
                     ? tr("Assign %1 to %2 again, for the whole organization").arg(before.role, app)
                     : tr("Assign %1 to %2 again, limited to \"%3\"").arg(before.role, app, before.customResourceScope),
                 recreate,
                 withoutEmpty({{QStringLiteral("appId"), before.appId},
                               {QStringLiteral("appDisplayName"), str(target, "appDisplayName")},
                               {QStringLiteral("role"), before.role},
                               {QStringLiteral("scope"), before.customResourceScope}}))));
        return inverse;
    }
    case Kind::NewSecurityGroup:
    case Kind::NewServicePrincipal:
    case Kind::NewManagementScope:
        inverse.refusal = leftInPlace(label);
        return inverse;
    }
    inverse.refusal = tr("%1: not undone — unknown kind of change.").arg(label);
    return inverse;
}

QString ExchangeOperation::leftInPlace(const QString& label) const
{
    const QJsonObject& p = parameters;
    if (kind == Kind::NewSecurityGroup) {
        return tr("%1: left in place — ConsentDesk does not delete groups. Remove it in the Exchange admin center or "
                  "with Remove-DistributionGroup -Identity %2 once nothing uses it.")
            .arg(label, GraphPowerShell::quote(firstOf({str(p, "Name"), str(target, "group")})));
    }
    if (kind == Kind::NewServicePrincipal) {
        return tr("%1: left in place — ConsentDesk does not delete Exchange service principals. Remove it with "
                  "Remove-ServicePrincipal -Identity %2 once no role assignment uses it.")
            .arg(label, GraphPowerShell::quote(firstOf({str(p, "AppId"), str(target, "appId")})));
    }
    return tr("%1: left in place — ConsentDesk does not delete management scopes. Remove it in the Exchange admin "
              "center or with Remove-ManagementScope -Identity %2 once no role assignment uses it.")
        .arg(label, GraphPowerShell::quote(firstOf({str(p, "Name"), str(target, "scope")})));
}
