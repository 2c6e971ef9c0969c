#include "TestPaths.h"

#include <QDir>

QString TestPaths::sourceDir()
{
    return QStringLiteral(CONSENTDESK_SOURCE_DIR);
}

QString TestPaths::binaryDir()
{
    return QStringLiteral(CONSENTDESK_BINARY_DIR);
}

QString TestPaths::binDir()
{
    return QDir(binaryDir()).filePath(QStringLiteral("bin"));
}

QString TestPaths::fixture(const QString& name)
{
    return QDir(sourceDir()).filePath(QStringLiteral("resources/fixtures/") + name);
}
