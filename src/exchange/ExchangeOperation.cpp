#include "ExchangeOperation.h"

#include "consent/GraphPowerShell.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

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
