#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/**
 * Runs build/bin/consentdesk-cli as a real process with a private home (QSettings profiles, logs), waiting with a
 * running event loop (QSignalSpy), never waitForFinished(): servers the tests start in-process must keep answering.
 *
 * The environment starts from this process's (so a D-Bus session with its keyring reaches the CLI), minus the
 * automation tokens, with HOME and the XDG dirs pointing into a temporary directory shared by all runs of one runner.
 */
class CliRunner
{
public:
    struct Run
    {
        int code = -1; // -1: timed out, -2: crashed
        QString out;
        QString err;
        QString all() const { return out + err; }
    };

    CliRunner();

    bool isValid() const { return m_home.isValid(); }
    QString home() const { return m_home.path(); }
    QProcessEnvironment& environment() { return m_env; } // adjust before run()

    Run run(const QStringList& args, const QByteArray& graphToken = {}, int timeoutMs = 60000) const;

    // Every file under the private home (settings, logs) concatenated: for "no secret on disk" checks.
    QByteArray filesOnDisk() const;

    // The start of the first thing in `text` shaped like a token the identity platform issues (a JWT, a sandbox
    // refresh token "1.<base64url>"), or empty. Only the first 12 characters: a failing test must not print it whole.
    static QString secretShapeIn(const QString& text);

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};
