#pragma once

#include "AadstsCatalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

/**
 * The error explainer: an administrator pastes what a user saw signing in to an app — an AADSTS code, an OAuth
 * error (consent_required, access_denied …), a whole error page or JSON answer, or the consent screen's heading
 * ("Need admin approval", "Approval required", also in German, French, Spanish and Japanese) — and gets, for each
 * thing recognized, what it means, who can fix it and where in ConsentDesk the fix starts (AadstsCatalog's admin
 * view). The support ids on Microsoft's error page (trace, correlation, timestamp) and the app the message names
 * are picked out too.
 *
 * The text is hostile: only its first kMaxInputChars characters are read, every pattern is linear, what is kept
 * from it is an id, a number or a short quoted name, and at most kMaxFindings findings are returned. Front-end
 * neutral: the GUI dialog and `consentdesk-cli explain` show the same result.
 */
class SignInErrorExplainer
{
    Q_DECLARE_TR_FUNCTIONS(SignInErrorExplainer)

public:
    static constexpr int kMaxInputChars = 64 * 1024;
    static constexpr int kMaxFindings = 10;
    static constexpr int kMaxNameChars = 200;

    struct Finding
    {
        QString key; // "AADSTS90094", "consent_required", or the phrase's key ("need-admin-approval")
        int code = 0; // AADSTS number (also for a phrase: the code it stands for), 0 otherwise
        QString oauthError;
        QString matched; // for a phrase: what was recognized, in the catalog's words
        bool known = false; // in the catalog
        AadstsCatalog::Entry entry; // the catalog's entry (for unknown codes: code and helpUrl only)
    };

    struct Result
    {
        QList<Finding> findings;
        QString traceId;
        QString correlationId;
        QString timestamp;
        QString appId; // the app the message names ("application with identifier '…'")
        QString appName;
        QString user; // the user the message names ("The signed in user '…'"), when it does
        bool truncated = false; // the text was longer than kMaxInputChars

        bool recognized() const { return !findings.isEmpty(); }
        // The first finding with a fix in ConsentDesk, or None.
        AadstsCatalog::AdminAction firstAction() const;
        QJsonObject toJson() const; // the CLI's --format json
    };

    static Result explain(const QString& text);
    // The consentdesk-cli command that starts the fix for this finding (app filled in when the text named it), or
    // empty when ConsentDesk has none.
    static QString cliCommand(const Finding& finding, const Result& result);
    // For unknown codes and phrases: the words shown instead of a catalog entry.
    static QString unknownCodeText(int code);
};
