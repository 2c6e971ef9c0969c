#include "Preferences.h"

#include "risk/RiskCatalog.h"

#include <QHash>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString RefreshKey = QStringLiteral("requests/refreshMinutes");
const QString NotificationsKey = QStringLiteral("ui/notifications");
const QString ExportFolderKey = QStringLiteral("ui/exportFolder");

} // namespace

QString Preferences::language()
{
    const QString code = QSettings().value(LanguageKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(LanguageKey);
    } else {
        settings.setValue(LanguageKey, code);
    }
}

QStringList Preferences::availableLanguages()
{
    return {
        QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ja")};
}

QString Preferences::languageName(const QString& code)
{
    // Each in its own language, as people look for it; fixed here rather than from the platform's locale data, which
    // calls English "American English" and writes "français" in lower case.
    static const QHash<QString, QString> names {{QStringLiteral("en"), QStringLiteral("English")},
                                                {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                {QStringLiteral("fr"), QStringLiteral("Français")},
                                                {QStringLiteral("es"), QStringLiteral("Español")},
                                                {QStringLiteral("ja"), QStringLiteral("日本語")}};
    const QString name = names.value(code);
    return name.isEmpty() ? QLocale(code).nativeLanguageName() : name;
}

int Preferences::refreshMinutes()
{
    const int minutes = QSettings().value(RefreshKey, 5).toInt();
    return refreshChoices().contains(minutes) ? minutes : 5;
}

void Preferences::setRefreshMinutes(int minutes)
{
    QSettings().setValue(RefreshKey, minutes);
}

QList<int> Preferences::refreshChoices()
{
    return {0, 1, 5, 15, 60};
}

bool Preferences::notifications()
{
    return QSettings().value(NotificationsKey, true).toBool();
}

void Preferences::setNotifications(bool on)
{
    QSettings().setValue(NotificationsKey, on);
}

QString Preferences::exportFolder()
{
    const QString folder = QSettings().value(ExportFolderKey).toString();
    return folder.isEmpty() ? defaultExportFolder() : folder;
}

void Preferences::setExportFolder(const QString& path)
{
    QSettings settings;
    if (path.isEmpty() || path == defaultExportFolder()) {
        settings.remove(ExportFolderKey);
    } else {
        settings.setValue(ExportFolderKey, path);
    }
}

QString Preferences::defaultExportFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString Preferences::riskOverridesFile()
{
    return RiskCatalog::overridesPath();
}

void Preferences::setRiskOverridesFile(const QString& path)
{
    QSettings settings;
    if (path.isEmpty() || path == RiskCatalog::defaultOverridesPath()) {
        settings.remove(RiskCatalog::overridesSettingKey());
    } else {
        settings.setValue(RiskCatalog::overridesSettingKey(), path);
    }
}
