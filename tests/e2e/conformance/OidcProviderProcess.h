#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

/**
 * tests/e2e/oidc-provider-server.mjs (panva's oidc-provider) as a child process on an ephemeral port. start() waits,
 * with the event loop, for the "listening on http://127.0.0.1:PORT" line the script prints on stdout.
 */
class OidcProviderProcess : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* Tenant = "conformance";
    static constexpr const char* ClientId = "consentdesk-conformance";

    explicit OidcProviderProcess(QObject* parent = nullptr);
    ~OidcProviderProcess() override;

    bool start(QString* error, int timeoutMs = 20000);
    void stop();
    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT, the authority root
    QString diagnostics() const; // what the script wrote to stderr (warnings, stack traces)

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_baseUrl;
};
