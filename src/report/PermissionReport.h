#pragma once

#include "Table.h"
#include "directory/GrantedPermission.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

/**
 * Granted permissions as a Table with the stable columns of the MSIdentityTools / Get-AzureADPSPermissions
 * tradition, so scripts and spreadsheets built for those reports read ConsentDesk's CSV and JSON unchanged:
 * PermissionType (Application | Delegated-AllPrincipals | Delegated-Principal), ClientObjectId, AppId,
 * ClientDisplayName, ResourceDisplayName, Permission (claim value), ConsentType (AllPrincipals | Principal; empty
 * for application permissions), PrincipalDisplayName (the user of a Principal grant), Risk (critical … unranked),
 * MicrosoftApp (true/false), AppOwnerOrganizationId. The keys never change; titles are for people.
 */
class PermissionReport
{
public:
    static QStringList columnKeys();
    static QList<Table::Column> columns(); // keys and translated titles
    static Table table(const QList<GrantedPermission>& rows);
    static QVariantList row(const GrantedPermission& permission);
    // The optional last column "FirstSeen" (FirstSeenHistory: the UTC date ConsentDesk first observed the grant,
    // ISO 8601; null when never observed). Added after every other column, so scripts reading by position still work.
    static Table::Column firstSeenColumn();
    static QVariant firstSeenCell(const QDateTime& firstSeen);
};
