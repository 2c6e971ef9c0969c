#include "E2eEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString E2eEnvironment::nodeExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString E2eEnvironment::chromiumExecutable()
{
    const QString configured = qEnvironmentVariable("CHROMIUM_PATH", QStringLiteral("/usr/bin/chromium"));
    const QFileInfo info(configured);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

QString E2eEnvironment::scriptsDir()
{
    return QStringLiteral(CONSENTDESK_SOURCE_DIR "/tests/e2e");
}

QString E2eEnvironment::script(const QString& name)
{
    return scriptsDir() + QLatin1Char('/') + name;
}

bool E2eEnvironment::hasNodeModules()
{
    const QDir modules(scriptsDir() + QStringLiteral("/node_modules"));
    return modules.exists(QStringLiteral("playwright-core/package.json"))
           && modules.exists(QStringLiteral("oidc-provider/package.json"));
}

QString E2eEnvironment::screenshotsDir()
{
    const QString dir = QStringLiteral(CONSENTDESK_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

QString E2eEnvironment::missingReason(bool needsChromium)
{
    QStringList missing;
    if (nodeExecutable().isEmpty()) {
        missing << QStringLiteral("Node.js (node on PATH)");
    }
    if (needsChromium && chromiumExecutable().isEmpty()) {
        missing << QStringLiteral("Chromium (/usr/bin/chromium or $CHROMIUM_PATH)");
    }
    return missing.isEmpty() ? QString()
                             : missing.join(QStringLiteral(" and "))
                                   + QStringLiteral(" not installed; scripts/install-deps installs them");
}
