#pragma once

#include <QJsonObject>
#include <QString>

/** One row of Test-ServicePrincipalAuthorization: a role assignment of the app and whether a mailbox is in scope. */
struct ServicePrincipalAuthorization
{
    enum class InScope { NotRun, Yes, No };

    QString roleName; // "Application Mail.Read"
    QString grantedPermissions; // "Mail.Read"
    QString allowedResourceScope; // scope name or "Organization"
    QString scopeType; // CustomRecipientScope | AdministrativeUnit | Organization
    InScope inScope = InScope::NotRun;

    static ServicePrincipalAuthorization fromJson(const QJsonObject& row);
};
