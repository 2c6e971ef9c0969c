#pragma once

#include <QJsonObject>
#include <QString>

/** An RBAC for Applications role assignment (New-/Get-ManagementRoleAssignment -App). */
struct ManagementRoleAssignment
{
    QString name;
    QString guid;
    QString role; // "Application Mail.Read"
    QString appId;
    QString roleAssignee; // the Exchange service principal's object id
    QString customResourceScope; // empty: the whole organization
    bool enabled = true;

    static ManagementRoleAssignment fromJson(const QJsonObject& row);
};
