#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

/**
 * build/bin/consentdesk-sandbox with the demo tenant as shipped, on an ephemeral port: what an admin trying the CLI
 * would start. Waits for its contract line "listening on http://127.0.0.1:PORT" with a running event loop.
 */
class SandboxProcess
{
public:
    static constexpr const char* ClientId = "ed8937e7-42b0-4264-9c09-91ad3d1b5f07"; // ConsentDesk in the fixture
    static constexpr const char* Tenant = "contoso.onmicrosoft.com";

    ~SandboxProcess();

    bool start(const QStringList& arguments = {}, QString* error = nullptr);
    QUrl baseUrl() const { return m_base; }
    QJsonObject info() const; // GET /_sandbox/info
    QJsonObject control(const QString& name) const; // GET /_sandbox/{name}: "export", "stats", …
    // GET /_sandbox/token?upn=…[&scopes=…]: a Graph token without the browser. No scopes: the sandbox's default set,
    // which includes the write permissions; name them to get a narrower token (e.g. read-only).
    QByteArray token(const QString& upn, const QStringList& scopes = {}) const;
    QByteArray exchangeToken(const QString& upn) const; // GET /_sandbox/token?upn=…&resource=exchange
    QStringList roleNames(const QString& upn) const; // the user's directory roles, as /_sandbox/info lists them
    // --sandbox URL --tenant … --client-id …: the connection options of the fixture's ConsentDesk registration.
    QStringList connectionOptions() const;

private:
    QJsonObject getJson(const QString& path, const QString& query = {}) const;

    QProcess m_process;
    QUrl m_base;
};
