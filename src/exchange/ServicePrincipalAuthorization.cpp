#include "ServicePrincipalAuthorization.h"

ServicePrincipalAuthorization ServicePrincipalAuthorization::fromJson(const QJsonObject& row)
{
    ServicePrincipalAuthorization a;
    a.roleName = row.value(QStringLiteral("RoleName")).toString();
    a.grantedPermissions = row.value(QStringLiteral("GrantedPermissions")).toString();
    a.allowedResourceScope = row.value(QStringLiteral("AllowedResourceScope")).toString();
    a.scopeType = row.value(QStringLiteral("ScopeType")).toString();
    // True/False as booleans or strings; "Not Run" without -Resource.
    const QJsonValue v = row.value(QStringLiteral("InScope"));
    if (v.isBool()) {
        a.inScope = v.toBool() ? InScope::Yes : InScope::No;
    } else if (v.toString().compare(QLatin1String("True"), Qt::CaseInsensitive) == 0) {
        a.inScope = InScope::Yes;
    } else if (v.toString().compare(QLatin1String("False"), Qt::CaseInsensitive) == 0) {
        a.inScope = InScope::No;
    }
    return a;
}
