#pragma once

#include "session/DemoTenant.h"

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
    ~SandboxDemoTenant() override;

    static DemoTenant::Factory factory();

    std::optional<Endpoint> start(QString* error) override;
    SandboxServer* server() const { return m_server.get(); } // null until started

private:
    std::unique_ptr<SandboxServer> m_server;
    std::optional<Endpoint> m_endpoint;
};
