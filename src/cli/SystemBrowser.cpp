#include "SystemBrowser.h"

#include <QProcess>
#include <QStringList>

namespace {

struct Opener
{
    QString program;
    QStringList arguments;
};

Opener openerFor(const QUrl& url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    return {QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), address}};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("open"), {address}};
#else
    return {QStringLiteral("xdg-open"), {address}};
#endif
}

} // namespace

QString SystemBrowser::openerName()
{
    return openerFor(QUrl()).program;
}

bool SystemBrowser::open(const QUrl& url, QString* error)
{
    const Opener opener = openerFor(url);
    QProcess process;
    process.setProgram(opener.program);
    process.setArguments(opener.arguments);
    // The opener's own chatter ("Opening in existing browser session.") is not ours to print.
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached()) {
        if (error) {
            *error = QStringLiteral("could not start %1").arg(opener.program);
        }
        return false;
    }
    return true;
}
