#include "AppRoleAssignment.h"

AppRoleAssignment AppRoleAssignment::fromJson(const QJsonObject& json)
{
    AppRoleAssignment a;
    a.raw = json;
    a.raw.remove(QStringLiteral("@odata.context"));
    a.id = json.value(QStringLiteral("id")).toString();
    a.appRoleId = json.value(QStringLiteral("appRoleId")).toString();
    a.principalId = json.value(QStringLiteral("principalId")).toString();
    a.principalType = json.value(QStringLiteral("principalType")).toString();
    a.principalDisplayName = json.value(QStringLiteral("principalDisplayName")).toString();
    a.resourceId = json.value(QStringLiteral("resourceId")).toString();
    a.resourceDisplayName = json.value(QStringLiteral("resourceDisplayName")).toString();
    return a;
}
