#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/**
 * The browser pages of the sandbox's sign-in service: plain HTML forms without JavaScript (one exception: the
 * form_post response page submits itself, with a button for browsers without scripts), a lang attribute, a label
 * for every control, visible focus and high-contrast colours, laid out to read well in a 1280×800 window.
 * Everything dynamic is HTML-escaped here, so callers pass plain text.
 */
class IdentityPages
{
public:
    using Parameters = QList<QPair<QString, QString>>;

    struct Account
    {
        QString id;
        QString displayName;
        QString userPrincipalName;
        QStringList roles; // directory role names
        bool selected = false;
    };

    struct Permission
    {
        QString value; // "Directory.Read.All"
        QString displayName; // "Read directory data"
        QString description;
        QString resourceName; // "Microsoft Graph"
        bool application = false; // an app role (application permission), else delegated
        bool adminOnly = false; // type "Admin" (delegated) or any application permission
    };

    struct SignIn
    {
        QString tenantName;
        QString appName;
        QString action; // the form's target path
        Parameters hidden; // the original request's parameters, carried through the form
        QString intro;
        QList<Account> accounts;
        int totalUsers = 0; // more than accounts.size(): the list was shortened
        QString username; // prefilled "another account" field
        QList<Permission> permissions; // requested and not yet granted to the organization
        bool offerOrganizationConsent = false;
        QString error; // shown above the form
    };

    struct AdminConsent
    {
        QString tenantName;
        QString appName;
        QString appId;
        QString publisher;
        QString signedInAs; // "Name (upn)"
        QString action;
        Parameters hidden;
        QList<Permission> permissions;
        QString blockingError; // the admin may not grant these: only Cancel is offered
        QString switchAccountUrl;
    };

    // Entra's "Approval required" page (admin consent workflow on, AADSTS90095): the user may file a request with a
    // justification, which reviewers then see as an appConsentRequest, or go back to the app.
    struct ApprovalRequired
    {
        QString tenantName;
        QString appName;
        QString signedInAs; // "Name (upn)"
        QString action;
        Parameters hidden; // the authorize parameters and the chosen account
        QList<Permission> permissions;
        bool alreadyRequested = false; // an InProgress request of this user for the app exists
    };

    static QString title(const QString& tenantName); // "Sign in to Contoso (ConsentDesk sandbox)"
    static QString signIn(const SignIn& page);
    static QString adminConsent(const AdminConsent& page);
    static QString approvalRequired(const ApprovalRequired& page);
    // Entra's error page: the code, its message and the trace lines, nothing sent back to the app.
    static QString error(const QString& tenantName, int code, const QString& description);
    static QString message(const QString& tenantName, const QString& heading, const QStringList& paragraphs);
    // response_mode=form_post: the parameters posted to the redirect URI by the browser.
    static QString formPost(const QString& tenantName, const QString& redirectUri, const Parameters& parameters);

    static QString escape(const QString& text);

private:
    static QString document(const QString& title, const QString& body);
    static QString hiddenFields(const Parameters& parameters);
    static QString permissionList(const QList<Permission>& permissions);
};
