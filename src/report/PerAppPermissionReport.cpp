#include "PerAppPermissionReport.h"

#include "consent/GrantInventory.h"
#include "consent/TenantInventoryLoader.h"
#include "directory/ServicePrincipalCache.h"
#include "graph/GraphClient.h"

PerAppPermissionReport::PerAppPermissionReport(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(std::make_unique<ServicePrincipalCache>(client))
    , m_inventory(std::make_unique<GrantInventory>(client, m_cache.get()))
    , m_loader(new TenantInventoryLoader(client, this))
{
}

PerAppPermissionReport::~PerAppPermissionReport() = default;

void PerAppPermissionReport::run(std::function<void(const Result&)> done)
{
    m_done = std::move(done);
    connect(m_loader, &TenantInventoryLoader::finished, this, [this](const TenantInventory& inventory) {
        if (inventory.error.isError()) {
            m_result.error = inventory.error;
            m_done(m_result);
            return;
        }
        for (const AppSummary& s : inventory.apps) {
            // An app Graph cannot find has no inventory of its own to read: the streamed report lists its rows.
            if (s.holdsAnything() && !s.notFound) {
                m_apps.append(s.app.id);
            }
        }
        next();
    });
    m_loader->start();
}

void PerAppPermissionReport::next()
{
    if (m_next >= m_apps.size()) {
        m_done(m_result);
        return;
    }
    const QString id = m_apps.at(m_next++);
    m_inventory->loadApp(ServicePrincipalCache::Key::byId(id), this, [this](const AppInventory& app) {
        if (app.error.isError()) {
            m_result.error = app.error;
            m_done(m_result);
            return;
        }
        ++m_result.apps;
        m_result.rows.append(app.permissions);
        next();
    });
}
