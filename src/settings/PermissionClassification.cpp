#include "PermissionClassification.h"

PermissionClassification PermissionClassification::fromJson(const QJsonObject& json)
{
    PermissionClassification c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.permissionId = json.value(QStringLiteral("permissionId")).toString();
    c.permissionName = json.value(QStringLiteral("permissionName")).toString();
    c.classification = json.value(QStringLiteral("classification")).toString();
    return c;
}

QJsonObject PermissionClassification::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("permissionId"), permissionId},
                        {QStringLiteral("permissionName"), permissionName},
                        {QStringLiteral("classification"), classification}};
}
