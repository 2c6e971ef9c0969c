#pragma once

#include "auth/AccountInfo.h"

#include <QFlags>
#include <QObject>
#include <QSet>

class AccessPolicyState;
class ExchangeAdminClient;
class ExchangeMailboxScopeProvider;
class GrantInventory;
class GraphClient;
class Journal;
class ServicePrincipalCache;

/**
 * What one sign-in shares between the views: the account and what its roles allow, one GrantInventory (what an app
 * holds, read fresh: revokes plan from it) and one AccessPolicyState (Exchange's policies and their groups, read once)
 * instead of a loader per view. Created when a session starts and deleted when it ends, so a read still under way
 * for the previous account answers nobody.
 *
 * After every write that succeeded it is marked stale (markStale) and says so (stale): the views that show what
 * changed read again. Until the write pipeline reports its writes, the journal's change notification is the hook:
 * each newly finished entry of this tenant marks its kind stale.
 */
class SessionState : public QObject
{
    Q_OBJECT

public:
    enum class Change {
        Grants = 0x1, // delegated grants, app role assignments, service principals (Microsoft Graph)
        Exchange = 0x2, // access policies, their groups and members, RBAC for Applications (Exchange Online)
    };
    Q_DECLARE_FLAGS(Changes, Change)

    struct Services
    {
        GraphClient* graph = nullptr;
        ExchangeAdminClient* exchange = nullptr;
        ServicePrincipalCache* servicePrincipals = nullptr;
        Journal* journal = nullptr; // may be null (then nothing is written, and nothing is marked stale by it)
    };

    SessionState(const AccountInfo& account, const Services& services, QObject* parent = nullptr);
    ~SessionState() override;

    const AccountInfo& account() const { return m_account; }
    CapabilityMap::Capability capability(CapabilityMap::Kind kind) const;
    GrantInventory* inventory() const { return m_inventory; }
    AccessPolicyState* accessPolicies() const { return m_accessPolicies; }
    ExchangeMailboxScopeProvider* mailboxScopes() const { return m_mailboxScopes; } // for the helpdesk's lookups

    void markStale(Changes changes);

signals:
    void stale(SessionState::Changes changes);

private:
    void onJournalChanged();

    AccountInfo m_account;
    Journal* m_journal = nullptr;
    GrantInventory* m_inventory = nullptr;
    AccessPolicyState* m_accessPolicies = nullptr;
    ExchangeMailboxScopeProvider* m_mailboxScopes = nullptr;
    QSet<QString> m_finished; // journal entries already finished when seen
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SessionState::Changes)
