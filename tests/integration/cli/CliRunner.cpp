#include "CliRunner.h"

#include "TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

CliRunner::CliRunner()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.remove(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"));
    m_env.remove(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"));
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    // A sign-in test must never start a real browser, whatever a command does.
    m_env.insert(QStringLiteral("BROWSER"), QStringLiteral("true"));
}

CliRunner::Run CliRunner::run(const QStringList& args, const QByteArray& graphToken, int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment env = m_env;
    if (!graphToken.isEmpty()) {
        env.insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"), QString::fromLatin1(graphToken));
    }
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TestPaths::binDir() + QStringLiteral("/consentdesk-cli"), args);
    Run r;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        QSignalSpy killed(&process, &QProcess::finished);
        killed.wait(2000);
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QByteArray CliRunner::filesOnDisk() const
{
    QByteArray all;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            all += f.readAll();
        }
    }
    return all;
}

QString CliRunner::secretShapeIn(const QString& text)
{
    static const QRegularExpression shapes(
        QStringLiteral(R"((eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})|(\b1\.[A-Za-z0-9_-]{40,}))"));
    const auto match = shapes.match(text);
    return match.hasMatch() ? match.captured(0).left(12) : QString();
}
