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
    // Qt's own words (OK, Cancel, Close, the file dialog): qtbase_<lang>.qm from Qt's installation on Linux and in
    // the macOS bundle's Resources; windeployqt merges Qt's catalogs into translations/qt_<lang>.qm beside the .exe.
    s_qt = new QTranslator(QCoreApplication::instance());
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList folders {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                               appDir + QStringLiteral("/translations"),
                               appDir + QStringLiteral("/../Resources/translations")};
    bool qtWords = false;
    for (const QString& folder : folders) {
        for (const QString& catalog : {QStringLiteral("qtbase"), QStringLiteral("qt")}) {
            if (!qtWords && s_qt->load(locale, catalog, QStringLiteral("_"), QDir::cleanPath(folder))) {
                QCoreApplication::installTranslator(s_qt);
                qtWords = true;
            }
        }
    }
    return used;
}
