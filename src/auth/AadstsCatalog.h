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
 */
class AadstsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(AadstsCatalog)

public:
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
    };

    static std::optional<Entry> forCode(int aadsts);
    static std::optional<Entry> forOAuthError(const QString& error);
    static QList<int> knownCodes();
    static QStringList knownOAuthErrors();
    // The first "AADSTS<digits>" in a text; 0 when there is none.
    static int parseCode(const QString& text);
    // Microsoft's error lookup page for a code.
    static QUrl helpUrl(int aadsts);
};
