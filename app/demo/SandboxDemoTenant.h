#pragma once

#include "AppController.h"
#include "session/DemoTenant.h"

#include <QJsonObject>

#include <memory>

class SandboxServer;

/**
 * The demo tenant of `consentdesk --demo`: the sandbox (src/sandbox) with its embedded "Contoso" fixture, started
 * in this process on 127.0.0.1. Lives in app/ so the ui library never links the emulator: the GUI sees only the
 * DemoTenant seam. Tests reach the server itself (its store, its control endpoints) through server().
 */
class SandboxDemoTenant : public DemoTenant
{
public:
    SandboxDemoTenant();
    // A fixture of its own instead of Contoso — a ConsentDesk snapshot's JSON for `consentdesk --snapshot`.
    explicit SandboxDemoTenant(const QJsonObject& fixture);
    ~SandboxDemoTenant() override;

    static DemoTenant::Factory factory();
    static DemoTenant::Factory snapshotFactory(const QJsonObject& snapshot);
    static QString snapshotReader(); // the read-only user a snapshot is opened as
    // `consentdesk --snapshot FILE`: reads options.snapshotFile whole (or refuses it: false and the reason, nothing
    // loaded) and sets the options to serve it read-only as the demo tenant; records it in the first-seen history.
    static bool openSnapshot(AppController::Options& options, QString* error);

    std::optional<Endpoint> start(QString* error) override;
    SandboxServer* server() const { return m_server.get(); } // null until started

private:
    std::optional<QJsonObject> m_fixture;
    std::unique_ptr<SandboxServer> m_server;
    std::optional<Endpoint> m_endpoint;
};
