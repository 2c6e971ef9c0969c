#include "TenantAppsState.h"

#include "consent/TenantInventoryLoader.h"

TenantAppsState::TenantAppsState(GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_loader(new TenantInventoryLoader(graph, this))
{
    connect(m_loader, &TenantInventoryLoader::appsChanged, this, &TenantAppsState::appsChanged);
    connect(m_loader, &TenantInventoryLoader::progress, this, &TenantAppsState::progress);
    connect(m_loader, &TenantInventoryLoader::finished, this, [this](const TenantInventory& inventory) {
        // A cancelled read is not an answer: the next ensureLoaded() reads again.
        m_loaded = !(inventory.error && inventory.error.kind == GraphError::Kind::Cancelled);
        emit finished(inventory);
    });
}

void TenantAppsState::ensureLoaded()
{
    if (m_loader->isRunning() || (m_loaded && !m_stale && !m_loader->result().error)) {
        return;
    }
    reload();
}

void TenantAppsState::reload()
{
    if (m_loader->isRunning()) {
        m_loader->cancel();
    }
    m_loaded = false;
    m_stale = false;
    m_loader->start(); // first, so a view that asks isLoading() when told started() hears yes
    emit started();
}

void TenantAppsState::invalidate()
{
    m_stale = true;
}

bool TenantAppsState::isLoading() const
{
    return m_loader->isRunning();
}

TenantInventory TenantAppsState::inventory() const
{
    return m_loader->result();
}

ClaimKeyCollector TenantAppsState::claimCollector() const
{
    return m_loader->claimCollector();
}
