#include "PermissionReport.h"

#include "risk/RiskLevel.h"

#include <QCoreApplication>

QStringList PermissionReport::columnKeys()
{
    return {QStringLiteral("PermissionType"),
            QStringLiteral("ClientObjectId"),
            QStringLiteral("AppId"),
            QStringLiteral("ClientDisplayName"),
            QStringLiteral("ResourceDisplayName"),
            QStringLiteral("Permission"),
            QStringLiteral("ConsentType"),
            QStringLiteral("PrincipalDisplayName"),
            QStringLiteral("Risk"),
            QStringLiteral("MicrosoftApp"),
            QStringLiteral("AppOwnerOrganizationId")};
}

QVariantList PermissionReport::row(const GrantedPermission& p)
{
    QString principal = p.principalDisplayName;
    if (principal.isEmpty() && p.source == GrantedPermission::Source::User) {
        principal = p.principalUpn.isEmpty() ? p.principalId : p.principalUpn;
    }
    if (p.source == GrantedPermission::Source::AppRoleAssignment) {
        principal = p.principalDisplayName;
    } else if (p.source == GrantedPermission::Source::Application) {
        principal.clear(); // the principal of an application permission is the client itself
    }
    return {p.permissionType(),
            p.clientId,
            p.clientAppId,
            p.clientDisplayName,
            p.permission.resourceDisplayName,
            p.permission.value,
            p.consentType(),
            principal,
            Risk::toKey(p.permission.risk),
            p.microsoftApp ? QStringLiteral("true") : QStringLiteral("false"),
            p.appOwnerOrganizationId};
}

Table PermissionReport::table(const QList<GrantedPermission>& rows)
{
    static const char* const titles[] = {QT_TRANSLATE_NOOP("PermissionReport", "Type"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "Client object id"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "App id"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "App"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "API"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "Permission"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "Consent type"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "User"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "Risk"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "Microsoft app"),
                                         QT_TRANSLATE_NOOP("PermissionReport", "Owner tenant")};
    Table table;
    const QStringList keys = columnKeys();
    for (int i = 0; i < keys.size(); ++i) {
        table.addColumn(keys.at(i), QCoreApplication::translate("PermissionReport", titles[i]));
    }
    for (const auto& p : rows) {
        table.addRow(row(p));
    }
    return table;
}
