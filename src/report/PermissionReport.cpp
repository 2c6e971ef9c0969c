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
    // Rows are built once every reference was looked up, so an empty name here means Graph did not find the object:
    // the row stays, marked, with the id the grant holds (a report never loses a row silently).
    const QString notFound = QStringLiteral("(not found)");
    QString principal = p.principalDisplayName;
    if (principal.isEmpty() && p.source == GrantedPermission::Source::User) {
        principal = !p.principalUpn.isEmpty() ? p.principalUpn
                    : p.principalId.isEmpty() ? QString()
                                              : p.principalId + QLatin1Char(' ') + notFound;
    }
    if (p.source == GrantedPermission::Source::AppRoleAssignment) {
        principal = p.principalDisplayName;
    } else if (p.source == GrantedPermission::Source::Application) {
        principal.clear(); // the principal of an application permission is the client itself
    }
    QString client = p.clientDisplayName;
    if (client.isEmpty() && p.clientAppId.isEmpty() && !p.clientId.isEmpty()) {
        client = notFound;
    }
    QString resource = p.permission.resourceDisplayName;
    if (resource.isEmpty() && !p.permission.resourceId.isEmpty()) {
        resource = p.permission.resourceId + QLatin1Char(' ') + notFound;
    }
    return {p.permissionType(),
            p.clientId,
            p.clientAppId,
            client,
            resource,
            p.permission.value,
            p.consentType(),
            principal,
            Risk::toKey(p.permission.risk),
            p.microsoftApp ? QStringLiteral("true") : QStringLiteral("false"),
            p.appOwnerOrganizationId};
}

QList<Table::Column> PermissionReport::columns()
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
    QList<Table::Column> result;
    const QStringList keys = columnKeys();
    for (int i = 0; i < keys.size(); ++i) {
        result.append({keys.at(i), QCoreApplication::translate("PermissionReport", titles[i])});
    }
    return result;
}

Table PermissionReport::table(const QList<GrantedPermission>& rows)
{
    Table table;
    table.columns = columns();
    table.rows.reserve(rows.size());
    for (const auto& p : rows) {
        table.addRow(row(p));
    }
    return table;
}

Table::Column PermissionReport::firstSeenColumn()
{
    //: Column title: the date this computer's ConsentDesk first saw a grant (Graph keeps no grant dates).
    return {QStringLiteral("FirstSeen"), QCoreApplication::translate("PermissionReport", "First seen by ConsentDesk")};
}

QVariant PermissionReport::firstSeenCell(const QDateTime& firstSeen)
{
    return firstSeen.isValid() ? QVariant(firstSeen.toUTC().date().toString(Qt::ISODate)) : QVariant();
}
