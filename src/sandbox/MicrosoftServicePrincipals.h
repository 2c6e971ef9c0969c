#pragma once

#include <QJsonObject>
#include <QString>

/**
 * Microsoft's own service principals as they appear in every tenant, for generated tenants: Microsoft Graph with a
 * representative set of its delegated permissions (oauth2PermissionScopes, with "Admin"/"User" consent types) and
 * application permissions (appRoles), and Office 365 Exchange Online. Names, ids and consent types are Microsoft's
 * real ones (Microsoft Graph permissions reference); only the object id differs per tenant and is the caller's.
 */
class MicrosoftServicePrincipals
{
public:
    static QJsonObject microsoftGraph(const QString& objectId);
    static QJsonObject exchangeOnline(const QString& objectId);

    static const QString kMicrosoftTenantId; // appOwnerOrganizationId of Microsoft's first-party apps
};
