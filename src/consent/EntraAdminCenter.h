#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/**
 * Links into the Microsoft Entra admin center for what Graph cannot do: denying a consent request is portal-only
 * (graph-api.md §1), so ConsentDesk says so and opens the request list there. The blade paths are the portal's
 * own deep links [unverified: they are not a documented API and may change].
 */
class EntraAdminCenter
{
    Q_DECLARE_TR_FUNCTIONS(EntraAdminCenter)

public:
    static QUrl defaultRoot() { return QUrl(QStringLiteral("https://entra.microsoft.com")); }

    // Enterprise applications → Admin consent requests (where Deny is).
    static QUrl consentRequestsUrl(const QUrl& root = defaultRoot());
    // One enterprise application's permissions (needs its service principal).
    static QUrl applicationPermissionsUrl(const QString& servicePrincipalId,
                                          const QString& appId,
                                          const QUrl& root = defaultRoot());
    static QString denyNotPossibleText(); // why there is no Deny button that acts directly
};
