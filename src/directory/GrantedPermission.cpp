#include "GrantedPermission.h"

QString GrantedPermission::permissionType() const
{
    switch (source) {
    case Source::TenantWide:
        return QStringLiteral("Delegated-AllPrincipals");
    case Source::User:
        return QStringLiteral("Delegated-Principal");
    case Source::Application:
        return QStringLiteral("Application");
    case Source::AppRoleAssignment:
        return QStringLiteral("AppRoleAssignment");
    }
    return {};
}

QString GrantedPermission::consentType() const
{
    switch (source) {
    case Source::TenantWide:
        return QStringLiteral("AllPrincipals");
    case Source::User:
        return QStringLiteral("Principal");
    case Source::Application:
    case Source::AppRoleAssignment:
        break;
    }
    return {};
}

QString GrantedPermission::rowKey() const
{
    if (source == Source::Application || source == Source::AppRoleAssignment) {
        return QStringLiteral("assignment:") + assignmentId;
    }
    return QStringLiteral("grant:") + grantId + QLatin1Char('|') + permission.value.toLower();
}

QString GrantedPermission::sourceName(Source source)
{
    switch (source) {
    case Source::TenantWide:
        return QStringLiteral("tenantWide");
    case Source::User:
        return QStringLiteral("user");
    case Source::Application:
        return QStringLiteral("application");
    case Source::AppRoleAssignment:
        return QStringLiteral("appRoleAssignment");
    }
    return {};
}
