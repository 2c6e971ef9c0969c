#pragma once

#include "AuthError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/**
 * The identity platform's error codes that ConsentDesk users meet, in plain words with what to do next
 * (graph-api.md §10; Microsoft's "Microsoft Entra authentication and authorization error codes").
 *
 * Branch on error_codes first; when an answer has none (the browser redirect), the number is read from
 * error_description ("AADSTS90094: …"). OAuth error names (invalid_grant, interaction_required, consent_required,
 * access_denied, …) have entries too, for answers without a known AADSTS number.
 *
 * Every entry speaks twice: title/explanation/nextStep for ConsentDesk's own sign-in, and the admin's view
 * (adminMeaning/whoCanFix/adminFix/adminAction) for the error explainer, where an administrator reads what one of
 * their users met signing in to any app. One catalog, so a code means the same thing in both.
 */
class AadstsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(AadstsCatalog)

public:
    // Where in ConsentDesk the admin's fix starts (the explainer's button, the CLI command it names).
    enum class AdminAction {
        None, // nothing in ConsentDesk changes it (the app's developer, the user, or another admin center page)
        Troubleshoot, // the user × app troubleshooter: consent, assignment, conditional access
        ConsentRequests, // the admin consent requests: approve or deny the user's request
        ConsentSettings, // the consent settings: user consent, the admin consent workflow and its reviewers
    };

    struct Entry
    {
        int code = 0; // AADSTS number; 0 for OAuth error-name entries
        QString oauthError; // for OAuth error-name entries
        QString name; // Microsoft's name (AdminConsentRequired), for support
        AuthError::Kind kind = AuthError::Kind::Other;
        QString title;
        QString explanation;
        QString nextStep;
        QUrl helpUrl;

        // The admin's view: what it means when one of their users meets it signing in to an app.
        QString adminTitle;
        QString adminMeaning;
        QString whoCanFix;
        QString adminFix;
        AdminAction adminAction = AdminAction::None;
    };

    static std::optional<Entry> forCode(int aadsts);
    static std::optional<Entry> forOAuthError(const QString& error);
    static QList<int> knownCodes();
    static QStringList knownOAuthErrors();
    // "troubleshoot", "requests", "settings", or empty for None (JSON, the CLI).
    static QString adminActionName(AdminAction action);
    // The first "AADSTS<digits>" in a text; 0 when there is none.
    static int parseCode(const QString& text);
    // Microsoft's error lookup page for a code.
    static QUrl helpUrl(int aadsts);

private:
    static void addAdminView(Entry& e);
};
