#pragma once

#include <QString>
#include <QStringList>

/**
 * The admin's preferences, kept in the application's QSettings (the platform's settings store, shared with
 * consentdesk-cli where a preference concerns both, as the risk overrides file does). Read where they are used, so a
 * change from the Preferences dialog applies at the next use; the language and the risk catalog are read once at
 * start-up.
 */
class Preferences
{
public:
    // "" follows the system's locale; otherwise a language code from availableLanguages().
    static QString language();
    static void setLanguage(const QString& code);
    static QStringList availableLanguages(); // the languages ConsentDesk ships, English first
    static QString languageName(const QString& code); // in that language ("Deutsch"), for choosing it

    static int refreshMinutes(); // the consent request queue's automatic refresh; 0: off
    static void setRefreshMinutes(int minutes);
    static QList<int> refreshChoices(); // the intervals offered, in minutes (0 first)

    static bool notifications(); // a desktop notification when new consent requests arrive
    static void setNotifications(bool on);

    static QString exportFolder(); // where exports are suggested; the Documents folder unless chosen
    static void setExportFolder(const QString& path); // "" returns to the Documents folder
    static QString defaultExportFolder();

    static QString riskOverridesFile(); // the admin's risk overrides (read at start-up by the GUI and the CLI)
    static void setRiskOverridesFile(const QString& path); // "" returns to the default location
};
