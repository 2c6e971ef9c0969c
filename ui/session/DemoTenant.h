#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

/**
 * The seam between the GUI and the emulated demo tenant. The ui library does not link the sandbox
 * (cmake/ConsentDeskArchitecture.cmake enforces it): app/ provides the implementation (SandboxDemoTenant) and
 * hands the controller a Factory; without one, no demo is offered.
 *
 * The demo tenant runs in this process on 127.0.0.1 and is never remembered: its sign-in lives in memory, and it is
 * gone with every token it issued when ConsentDesk exits.
 */
class DemoTenant
{
public:
    struct Endpoint
    {
        QUrl baseUrl; // identity, Graph and Exchange all answer here
        QString tenantId;
        QString clientId; // the public client registered for ConsentDesk
    };
    using Factory = std::function<std::unique_ptr<DemoTenant>()>;

    virtual ~DemoTenant() = default;

    // Starts the tenant (the first call only) and says where it answers; nullopt and why (the server's words, for the
    // log and a message that says "the demo tenant could not be started") when it cannot.
    virtual std::optional<Endpoint> start(QString* error) = 0;
};
