#pragma once

#include <QJsonObject>
#include <QString>

/** A management scope (New-/Get-ManagementScope) used to limit an RBAC for Applications role assignment. */
struct ManagementScope
{
    QString name;
    QString guid;
    QString recipientFilter;
    bool exclusive = false;

    static ManagementScope fromJson(const QJsonObject& row);
};
