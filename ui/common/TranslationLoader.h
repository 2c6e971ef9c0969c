#pragma once

#include <QString>

/**
 * Puts the GUI in the admin's language: the language of the Preferences, else the system's. English plural forms
 * (consentdesk_en: "1 change", "2 changes") are installed first and stay underneath, so a message a translation lacks
 * still reads as proper English; then ConsentDesk's translation and Qt's own (dialog buttons) for the language.
 * Call once after the QApplication exists and before any window is built.
 */
class TranslationLoader
{
public:
    // language: "" for the system's, or a code of Preferences::availableLanguages(). Answers the language of the
    // ConsentDesk translation in use ("en" when there is none for the language).
    static QString install(const QString& language);
};
