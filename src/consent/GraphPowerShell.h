#pragma once

#include "GrantPlan.h"
#include "PlannedOperation.h"

#include <QString>
#include <QStringList>

/**
 * The Microsoft Graph PowerShell equivalent of planned writes, ready to copy: one command per operation
 * (New-MgServicePrincipal, New-/Update-/Remove-MgOauth2PermissionGrant,
 * New-/Remove-MgServicePrincipalAppRoleAssignedTo, Update-/Remove-MgServicePrincipal). Tenant text goes through
 * TenantText: literals single-quoted with all five quote characters doubled and controls as [char] codes, comments
 * on one line, so no app name can break out or add a line; an object created earlier in the plan is its variable
 * ($clientSp.Id).
 */
class GraphPowerShell
{
public:
    static QString forOperation(const PlannedOperation& operation);
    // Connect-MgGraph with the scopes the plan needs, then each command under a "# summary" comment.
    static QString forPlan(const GrantPlan& plan, const QString& tenantId = {});
    static QStringList requiredScopes(const GrantPlan& plan);
    static QString quote(const QString& value); // 'O''Brien' (TenantText::forPowerShellLiteral)
    static QString parameterName(const QString& key); // "accountEnabled" -> "AccountEnabled"; letters and digits only
    static QString value(const QString& value); // "${clientSp}" -> $clientSp.Id, else quote()
};
