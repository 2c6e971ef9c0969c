#include "ServicePrincipal.h"

#include <QJsonArray>

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const auto& v : value.toArray()) {
        result.append(v.toString());
    }
    return result;
}

} // namespace

std::optional<ServicePrincipal::AppRole> ServicePrincipal::appRoleByValue(const QString& value) const
{
    for (const auto& role : appRoles) {
        if (role.value.compare(value, Qt::CaseInsensitive) == 0) {
            return role;
        }
    }
    return std::nullopt;
}

std::optional<ServicePrincipal::AppRole> ServicePrincipal::appRoleById(const QString& roleId) const
{
    for (const auto& role : appRoles) {
        if (role.id.compare(roleId, Qt::CaseInsensitive) == 0) {
            return role;
        }
    }
    return std::nullopt;
}

std::optional<ServicePrincipal::Scope> ServicePrincipal::scopeByValue(const QString& value) const
{
    for (const auto& scope : scopes) {
        if (scope.value.compare(value, Qt::CaseInsensitive) == 0) {
            return scope;
        }
    }
    return std::nullopt;
}

ServicePrincipal ServicePrincipal::fromJson(const QJsonObject& json)
{
    ServicePrincipal sp;
    sp.raw = json;
    sp.raw.remove(QStringLiteral("@odata.context"));
    sp.id = json.value(QStringLiteral("id")).toString();
    sp.appId = json.value(QStringLiteral("appId")).toString();
    sp.displayName = json.value(QStringLiteral("displayName")).toString();
    sp.publisherName = json.value(QStringLiteral("publisherName")).toString();
    sp.appOwnerOrganizationId = json.value(QStringLiteral("appOwnerOrganizationId")).toString();
    sp.verifiedPublisherId = json.value(QStringLiteral("verifiedPublisher"))
                                 .toObject()
                                 .value(QStringLiteral("verifiedPublisherId"))
                                 .toString();
    sp.accountEnabled = json.value(QStringLiteral("accountEnabled")).toBool(true);
    sp.appRoleAssignmentRequired = json.value(QStringLiteral("appRoleAssignmentRequired")).toBool(false);
    sp.servicePrincipalNames = strings(json.value(QStringLiteral("servicePrincipalNames")));
    for (const auto& v : json.value(QStringLiteral("appRoles")).toArray()) {
        const QJsonObject o = v.toObject();
        AppRole role;
        role.id = o.value(QStringLiteral("id")).toString();
        role.value = o.value(QStringLiteral("value")).toString();
        role.displayName = o.value(QStringLiteral("displayName")).toString();
        role.description = o.value(QStringLiteral("description")).toString();
        role.allowedMemberTypes = strings(o.value(QStringLiteral("allowedMemberTypes")));
        role.isEnabled = o.value(QStringLiteral("isEnabled")).toBool(true);
        sp.appRoles.append(role);
    }
    for (const auto& v : json.value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
        const QJsonObject o = v.toObject();
        Scope scope;
        scope.id = o.value(QStringLiteral("id")).toString();
        scope.value = o.value(QStringLiteral("value")).toString();
        scope.type = o.value(QStringLiteral("type")).toString();
        scope.isEnabled = o.value(QStringLiteral("isEnabled")).toBool(true);
        scope.adminConsentDisplayName = o.value(QStringLiteral("adminConsentDisplayName")).toString();
        scope.adminConsentDescription = o.value(QStringLiteral("adminConsentDescription")).toString();
        scope.userConsentDisplayName = o.value(QStringLiteral("userConsentDisplayName")).toString();
        scope.userConsentDescription = o.value(QStringLiteral("userConsentDescription")).toString();
        sp.scopes.append(scope);
    }
    return sp;
}

QStringList ServicePrincipal::selectFields()
{
    return {QStringLiteral("id"),
            QStringLiteral("appId"),
            QStringLiteral("displayName"),
            QStringLiteral("publisherName"),
            QStringLiteral("appOwnerOrganizationId"),
            QStringLiteral("verifiedPublisher"),
            QStringLiteral("accountEnabled"),
            QStringLiteral("appRoleAssignmentRequired"),
            QStringLiteral("servicePrincipalNames"),
            QStringLiteral("appRoles"),
            QStringLiteral("oauth2PermissionScopes")};
}
