#include "PermissionGrant.h"

#include <QRegularExpression>

PermissionGrant PermissionGrant::fromJson(const QJsonObject& json)
{
    PermissionGrant g;
    g.raw = json;
    g.raw.remove(QStringLiteral("@odata.context"));
    g.id = json.value(QStringLiteral("id")).toString();
    g.clientId = json.value(QStringLiteral("clientId")).toString();
    g.consentType = json.value(QStringLiteral("consentType")).toString();
    g.principalId = json.value(QStringLiteral("principalId")).toString();
    g.resourceId = json.value(QStringLiteral("resourceId")).toString();
    g.scopes = splitScopes(json.value(QStringLiteral("scope")).toString());
    return g;
}

QStringList PermissionGrant::splitScopes(const QString& scope)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return scope.split(whitespace, Qt::SkipEmptyParts);
}
