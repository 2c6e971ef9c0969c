#include "SessionState.h"

#include "FirstSeenState.h"
#include "TenantAppsState.h"
#include "consent/GrantInventory.h"
#include "exchange/AccessPolicyState.h"
#include "exchange/ExchangeMailboxScopeProvider.h"

SessionState::SessionState(const AccountInfo& account, const Services& services, QObject* parent)
    : QObject(parent)
    , m_account(account)
{
    m_inventory = new GrantInventory(services.graph, services.servicePrincipals, this);
    m_accessPolicies = new AccessPolicyState(services.exchange, services.graph, this);
    m_tenantApps = new TenantAppsState(services.graph, this);
    m_mailboxScopes = new ExchangeMailboxScopeProvider(m_accessPolicies, this);
    m_firstSeen = new FirstSeenState(account.tenantId, this);
    m_firstSeen->load();
    // What was read was seen, even when the read stopped part-way; the claims are made on the worker thread.
    connect(m_tenantApps, &TenantAppsState::finished, this, [this] {
        m_firstSeen->record(m_tenantApps->claimCollector());
    });
    connect(m_inventory, &GrantInventory::appLoaded, this, [this](const AppInventory& app) {
        m_firstSeen->record(app.permissions);
    });
}

void SessionState::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    m_firstSeen->setRecording(reason.isEmpty());
}

SessionState::~SessionState() = default;

CapabilityMap::Capability SessionState::capability(CapabilityMap::Kind kind) const
{
    CapabilityMap::Capability capability = m_account.capabilities().capability(kind);
    const bool read = kind == CapabilityMap::Kind::ReadInventory || kind == CapabilityMap::Kind::ReadRequests;
    if (!m_readOnlyReason.isEmpty() && !read) {
        capability.allowed = false;
        capability.reason = m_readOnlyReason;
    }
    return capability;
}

void SessionState::markStale(TenantChanges changes)
{
    if (changes.testAnyFlags(ExchangeChanges)) {
        m_accessPolicies->invalidate();
    }
    if (changes.testAnyFlags(GraphChanges)) {
        m_tenantApps->invalidate();
    }
    if (changes) {
        emit stale(changes);
    }
}
