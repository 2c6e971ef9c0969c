#pragma once

#include "auth/MemorySecretStore.h"
#include "auth/SandboxBrowserDriver.h"
#include "auth/SignInManager.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>

#include <memory>

class SandboxServer;

/**
 * The sandbox tenant (Contoso, in-process on an ephemeral port) plus everything a sign-in test needs: the profile,
 * a keychain stand-in, a SignInManager whose browser step is SandboxBrowserDriver, and a recorder of every secret
 * that crosses the wire (tokens, codes, verifiers, states) so hygiene checks know what to look for.
 */
class AuthSandboxHarness
{
public:
    static constexpr const char* ClientId = "ed8937e7-42b0-4264-9c09-91ad3d1b5f07";
    static constexpr const char* WebClientId = "7dc41714-e41c-4e51-a7a7-2607641539ae"; // registered as "Web"
    static constexpr const char* TenantId = "beeebbd2-a0e9-467e-94e0-f43de5a70d0f";

    // A store that claims to be the system keychain, so that rotation is observable and fallbacks count.
    class FakeKeychain : public MemorySecretStore
    {
    public:
        bool isPersistent() const override { return true; }
        QString description() const override { return QStringLiteral("test keychain"); }
    };

    // Records every request body the sign-in machinery sends and every token that comes back.
    class RecordingNetworkAccessManager : public QNetworkAccessManager
    {
    public:
        QList<QByteArray> bodies; // what was sent
        QStringList issued; // access, refresh and id tokens that came back

    protected:
        QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override;
    };

    struct Options
    {
        // Contoso as an admin leaves it after README's registration steps: ConsentDesk's read set consented for the
        // organization. false: the fixture as shipped (no Directory.Read.All).
        bool consentReadSet = true;
        bool adminConsentWorkflow = true;
    };

    AuthSandboxHarness();
    explicit AuthSandboxHarness(const Options& options);
    ~AuthSandboxHarness();

    bool start(QString* error);
    SandboxServer& server() { return *m_server; }
    QUrl baseUrl() const;
    AuthProfile profile(const QString& clientId = QLatin1String(ClientId)) const;

    // A manager signed in (or not) through the sandbox's page as `upn`; the harness keeps recording.
    std::unique_ptr<SignInManager> manager(const QString& upn);
    SandboxBrowserDriver& driver() { return *m_driver; }
    FakeKeychain& keychain() { return m_keychain; }
    RecordingNetworkAccessManager& network() { return m_network; }

    void record(const QByteArray& secret);
    // Every secret seen so far: access and refresh tokens, id tokens, codes, verifiers, states.
    QStringList secrets() const;

    static QJsonObject contoso(const Options& options);

private:
    Options m_options;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowserDriver> m_driver;
    FakeKeychain m_keychain;
    RecordingNetworkAccessManager m_network;
    QStringList m_secrets;
};
