#pragma once

#include "auth/AccountInfo.h"
#include "pipeline/TenantChange.h"

#include <QObject>

class AccessPolicyState;
class ExchangeAdminClient;
class ExchangeMailboxScopeProvider;
class FirstSeenState;
class GrantInventory;
class GraphClient;
class ServicePrincipalCache;
class TenantAppsState;

/**
 * What one sign-in shares between the views: the account and what its roles allow, one GrantInventory (what an app
 * holds, read fresh: revokes plan from it), one TenantAppsState (every app and what it holds, read once) and one
 * AccessPolicyState (Exchange's policies and their groups, read once) instead of a loader per view. Created when a
 * session starts and deleted when it ends, so a read still under way for the previous account answers nobody.
 *
 * The write pipeline marks it stale after every write that reached the tenant (PlanRunner, for the view it works
 * for: markStale) and it says so (stale): the views that show what changed read again.
 */
class SessionState : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        GraphClient* graph = nullptr;
        ExchangeAdminClient* exchange = nullptr;
        ServicePrincipalCache* servicePrincipals = nullptr;
    };

    SessionState(const AccountInfo& account, const Services& services, QObject* parent = nullptr);
    ~SessionState() override;

    const AccountInfo& account() const { return m_account; }
    CapabilityMap::Capability capability(CapabilityMap::Kind kind) const;
    GrantInventory* inventory() const { return m_inventory; }
    AccessPolicyState* accessPolicies() const { return m_accessPolicies; }
    TenantAppsState* tenantApps() const { return m_tenantApps; } // every app and what it holds, read once
    ExchangeMailboxScopeProvider* mailboxScopes() const { return m_mailboxScopes; } // for the helpdesk's lookups
    // When each grant was first seen: loaded at the start, taught by every live read of the two above.
    FirstSeenState* firstSeen() const { return m_firstSeen; }

    void markStale(TenantChanges changes);

    // Opened from a snapshot file: every write is refused with this reason, whatever the account's roles.
    void setReadOnly(const QString& reason); // also stops first-seen recording: what is read is the snapshot
    QString readOnlyReason() const { return m_readOnlyReason; }

    // What an app holds (its grants, app role assignments, its service principal).
    static constexpr TenantChanges GraphChanges
        = TenantChanges(TenantChange::ServicePrincipals) | TenantChange::Grants | TenantChange::AppRoleAssignments;
    // How Exchange scopes apps (policies, their groups and members, RBAC for Applications).
    static constexpr TenantChanges ExchangeChanges
        = TenantChanges(TenantChange::ExchangePolicies) | TenantChange::ExchangeGroups | TenantChange::ExchangeRbac;

signals:
    void stale(TenantChanges changes);

private:
    AccountInfo m_account;
    GrantInventory* m_inventory = nullptr;
    AccessPolicyState* m_accessPolicies = nullptr;
    TenantAppsState* m_tenantApps = nullptr;
    ExchangeMailboxScopeProvider* m_mailboxScopes = nullptr;
    FirstSeenState* m_firstSeen = nullptr;
    QString m_readOnlyReason;
};
