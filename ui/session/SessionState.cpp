#include "SessionState.h"

#include "consent/GrantInventory.h"
#include "consent/Journal.h"
#include "exchange/AccessPolicyState.h"
#include "exchange/ExchangeMailboxScopeProvider.h"
#include "exchange/ExchangeRestorePlanner.h"

SessionState::SessionState(const AccountInfo& account, const Services& services, QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_journal(services.journal)
{
    m_inventory = new GrantInventory(services.graph, services.servicePrincipals, this);
    m_accessPolicies = new AccessPolicyState(services.exchange, services.graph, this);
    m_mailboxScopes = new ExchangeMailboxScopeProvider(m_accessPolicies, this);
    if (m_journal) {
        for (const JournalEntry& e : m_journal->entries()) {
            if (e.outcome != JournalEntry::Outcome::Pending) {
                m_finished.insert(e.id);
            }
        }
        connect(m_journal, &Journal::changed, this, &SessionState::onJournalChanged);
    }
}

SessionState::~SessionState() = default;

CapabilityMap::Capability SessionState::capability(CapabilityMap::Kind kind) const
{
    return m_account.capabilities().capability(kind);
}

void SessionState::markStale(Changes changes)
{
    if (changes.testFlag(Change::Exchange)) {
        m_accessPolicies->invalidate();
    }
    if (changes) {
        emit stale(changes);
    }
}

void SessionState::onJournalChanged()
{
    Changes changes;
    for (const JournalEntry& e : m_journal->entries()) {
        if (e.outcome == JournalEntry::Outcome::Pending || m_finished.contains(e.id)) {
            continue;
        }
        m_finished.insert(e.id);
        // Another tenant's entry (another process on the same journal) changed nothing this session shows.
        if (e.outcome != JournalEntry::Outcome::Succeeded
            || e.tenantId.compare(m_account.tenantId, Qt::CaseInsensitive) != 0) {
            continue;
        }
        changes |= ExchangeRestorePlanner::isExchange(e) ? Change::Exchange : Change::Grants;
    }
    markStale(changes);
}
