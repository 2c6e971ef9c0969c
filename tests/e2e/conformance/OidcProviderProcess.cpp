#include "OidcProviderProcess.h"

#include "E2eEnvironment.h"

#include <QRegularExpression>
#include <QTest>

OidcProviderProcess::OidcProviderProcess(QObject* parent)
    : QObject(parent)
{
    m_process.setWorkingDirectory(E2eEnvironment::scriptsDir());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &OidcProviderProcess::readOutput);
    connect(
        &m_process, &QProcess::readyReadStandardError, this, [this] { m_stderr += m_process.readAllStandardError(); });
}

OidcProviderProcess::~OidcProviderProcess()
{
    stop();
}

bool OidcProviderProcess::start(QString* error, int timeoutMs)
{
    m_process.start(E2eEnvironment::nodeExecutable(),
                    {E2eEnvironment::script(QStringLiteral("oidc-provider-server.mjs")),
                     QStringLiteral("--port"),
                     QStringLiteral("0")});
    // The event loop keeps running while we wait; nothing in this process blocks on the child.
    const bool up = QTest::qWaitFor([this] { return m_baseUrl.isValid() || m_process.state() == QProcess::NotRunning; },
                                    timeoutMs);
    if (!up || !m_baseUrl.isValid()) {
        *error = QStringLiteral("oidc-provider-server.mjs did not report its port: %1").arg(diagnostics());
        stop();
        return false;
    }
    return true;
}

void OidcProviderProcess::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_baseUrl.isValid()) {
        return;
    }
    static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"),
                                              QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_stdout));
    if (match.hasMatch()) {
        m_baseUrl = QUrl(match.captured(1));
    }
}

void OidcProviderProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate(); // the script closes its server on SIGTERM
    if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 5000)) {
        m_process.kill();
        (void)QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; },
                              5000); // SIGKILL: nothing more to do if it lingers
    }
}

QString OidcProviderProcess::diagnostics() const
{
    QString text = QString::fromUtf8(m_stderr);
    // The runtime/dev-key warnings oidc-provider prints on every start are noise here.
    static const QRegularExpression warning(QStringLiteral("^oidc-provider WARNING:[^\n]*\n?"),
                                            QRegularExpression::MultilineOption);
    return text.remove(warning).trimmed();
}
