#pragma once

#include <QString>
#include <QUrl>

/**
 * Opens a URL in the user's default browser from a console program.
 *
 * Not QDesktopServices: it needs a QGuiApplication, and a QGuiApplication needs a display connection — on an SSH
 * session or a headless server it aborts the process at start-up, while consentdesk-cli must keep working there
 * (environment tokens, or a sign-in URL the admin opens elsewhere). So the CLI stays a QCoreApplication and asks the
 * platform's own opener: xdg-open (Linux/BSD, honours $BROWSER), open (macOS), url.dll's FileProtocolHandler
 * (Windows; unlike `cmd /c start` it does not treat the '&' between query parameters as a command separator).
 */
class SystemBrowser
{
public:
    // Starts the opener detached; false (and *error) when it could not be started. Whether a browser really
    // appeared is unknowable from here, which is why the caller prints the URL as well.
    static bool open(const QUrl& url, QString* error = nullptr);
    static QString openerName(); // "xdg-open", "open", "rundll32"
};
