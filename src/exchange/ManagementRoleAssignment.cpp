#include "ManagementRoleAssignment.h"

ManagementRoleAssignment ManagementRoleAssignment::fromJson(const QJsonObject& row)
{
    ManagementRoleAssignment a;
    a.name = row.value(QStringLiteral("Name")).toString();
    a.guid = row.value(QStringLiteral("Guid")).toString();
    a.role = row.value(QStringLiteral("Role")).toString();
    a.appId = row.value(QStringLiteral("App")).toString();
    a.roleAssignee = row.value(QStringLiteral("RoleAssignee")).toString();
    a.customResourceScope = row.value(QStringLiteral("CustomResourceScope")).toString();
    a.enabled = row.value(QStringLiteral("Enabled")).toBool(true);
    return a;
}
