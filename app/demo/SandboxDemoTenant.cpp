#include "SandboxDemoTenant.h"

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QJsonArray>
#include <QJsonObject>

SandboxDemoTenant::SandboxDemoTenant() = default;

SandboxDemoTenant::~SandboxDemoTenant() = default;

DemoTenant::Factory SandboxDemoTenant::factory()
{
    return [] { return std::make_unique<SandboxDemoTenant>(); };
}

std::optional<DemoTenant::Endpoint> SandboxDemoTenant::start(QString* error)
{
    if (m_endpoint) {
        return m_endpoint;
    }
    SandboxOptions options; // the embedded demo tenant (Contoso)
    auto server = std::make_unique<SandboxServer>(options);
    if (server->start(error) == 0) {
        return std::nullopt;
    }
    Endpoint endpoint;
    endpoint.baseUrl = server->baseUrl();
    endpoint.tenantId = server->store().tenantId();
    // ConsentDesk signs in as the fixture's public client, as it would with an organisation's app registration.
    for (const QJsonValue& client : server->store().clients()) {
        if (client.toObject().value(QStringLiteral("publicClient")).toBool()) {
            endpoint.clientId = client.toObject().value(QStringLiteral("appId")).toString();
            break;
        }
    }
    m_server = std::move(server);
    m_endpoint = endpoint;
    return m_endpoint;
}
