#pragma once

#include "directory/ConsentRequest.h"
#include "directory/Permission.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * The Microsoft identity platform's v2 admin-consent URL (graph-api.md §10):
 *   {authority}/{tenant}/v2.0/adminconsent?client_id=…&scope=…&redirect_uri=…&state=…
 * tenant is the tenant id (or a domain, or "organizations"), never "common"/"consumers". scope is required;
 * application permissions can only be requested through "{resource}/.default".
 */
class AdminConsentUrl
{
    Q_DECLARE_TR_FUNCTIONS(AdminConsentUrl)

public:
    struct Parameters
    {
        QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com")); // root, no tenant
        QString tenant;
        QString clientId;
        QStringList scopes; // full scope strings (see scopesFor)
        QUrl redirectUri; // optional: Entra uses the app's registered one when absent
        QString state; // optional but recommended: echoed back, checked by parseResponse
    };

    struct Response
    {
        bool adminConsent = false; // admin_consent=True and no error
        QString error;
        QString errorDescription; // carries the AADSTS code
        QString tenant; // never trust it for authorization
        QString scope;
        bool stateMatches = false;
    };

    static QUrl build(const Parameters& parameters, QString* error = nullptr); // empty URL when invalid
    // Legacy (v1, portal-style) form: {authority}/{tenant}/adminconsent?client_id=… — static permissions only.
    static QUrl legacy(const QUrl& authority, const QString& tenant, const QString& clientId);

    // Delegated: "{resource}/{claim}" (Microsoft Graph by its URI, other APIs by appId); OpenID scopes bare;
    // any application permission adds "{resource}/.default" for its API.
    static QStringList scopesFor(const QList<Permission>& permissions,
                                 const QString& graphResourceUri = QStringLiteral("https://graph.microsoft.com"));
    // A request's pending scopes qualified the same way; a Static request (no pending scopes) asks for
    // "{graph}/.default", i.e. the app's configured permissions.
    static QStringList scopesFor(const ConsentRequest& request,
                                 const QString& graphResourceUri = QStringLiteral("https://graph.microsoft.com"));

    static Response parseResponse(const QUrl& redirect, const QString& expectedState);
};
