#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {

// Owned by the application; kept here so that a second install() (tests) replaces them instead of stacking.
QPointer<QTranslator> s_english;
QPointer<QTranslator> s_language;
QPointer<QTranslator> s_qt;

void drop(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString TranslationLoader::install(const QString& language)
{
    for (QPointer<QTranslator>* translator : {&s_english, &s_language, &s_qt}) {
        drop(*translator);
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) {
        QLocale::setDefault(locale); // dates and numbers in the chosen language too
    }

    s_english = new QTranslator(QCoreApplication::instance());
    if (s_english->load(QStringLiteral(":/i18n/consentdesk_en.qm"))) {
        QCoreApplication::installTranslator(s_english);
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return QStringLiteral("en");
    }

    QString used = QStringLiteral("en");
    s_language = new QTranslator(QCoreApplication::instance());
    if (s_language->load(locale, QStringLiteral("consentdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(s_language);
        used = s_language->language().section(QLatin1Char('_'), 0, 0);
    }
    // Qt's own words (OK, Cancel, the file dialog): from Qt's installation on Linux, beside the executable where
    // windeployqt/macdeployqt put them.
    s_qt = new QTranslator(QCoreApplication::instance());
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList folders {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                               appDir + QStringLiteral("/translations"),
                               appDir + QStringLiteral("/../Resources/translations")};
    for (const QString& folder : folders) {
        if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QDir::cleanPath(folder))) {
            QCoreApplication::installTranslator(s_qt);
            break;
        }
    }
    return used;
}
