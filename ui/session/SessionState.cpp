#include "SessionState.h"

#include "consent/GrantInventory.h"
#include "exchange/AccessPolicyState.h"
#include "exchange/ExchangeMailboxScopeProvider.h"

SessionState::SessionState(const AccountInfo& account, const Services& services, QObject* parent)
    : QObject(parent)
    , m_account(account)
{
    m_inventory = new GrantInventory(services.graph, services.servicePrincipals, this);
    m_accessPolicies = new AccessPolicyState(services.exchange, services.graph, this);
    m_mailboxScopes = new ExchangeMailboxScopeProvider(m_accessPolicies, this);
}

SessionState::~SessionState() = default;

CapabilityMap::Capability SessionState::capability(CapabilityMap::Kind kind) const
{
    return m_account.capabilities().capability(kind);
}

void SessionState::markStale(TenantChanges changes)
{
    if (changes.testAnyFlags(ExchangeChanges)) {
        m_accessPolicies->invalidate();
    }
    if (changes) {
        emit stale(changes);
    }
}
