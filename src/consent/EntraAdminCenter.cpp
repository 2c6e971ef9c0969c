#include "EntraAdminCenter.h"

#include "graph/ODataFilter.h"

QUrl EntraAdminCenter::consentRequestsUrl(const QUrl& root)
{
    QUrl url = root;
    url.setPath(QStringLiteral("/"));
    url.setFragment(QStringLiteral("view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests"));
    return url;
}

QUrl EntraAdminCenter::applicationPermissionsUrl(const QString& servicePrincipalId,
                                                 const QString& appId,
                                                 const QUrl& root)
{
    // Only ids go into the fragment: validate them so nothing else can.
    if (!ODataFilter::isGuid(servicePrincipalId) || !ODataFilter::isGuid(appId)) {
        return {};
    }
    QUrl url = root;
    url.setPath(QStringLiteral("/"));
    url.setFragment(QStringLiteral("view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Permissions/objectId/%1/appId/%2")
                        .arg(servicePrincipalId.toLower(), appId.toLower()));
    return url;
}

QString EntraAdminCenter::denyNotPossibleText()
{
    return tr("Microsoft Graph has no way to deny a consent request: deny it in the Microsoft Entra admin center "
              "(Enterprise applications → Admin consent requests), or block the app here so nobody can use or "
              "request it again.");
}
