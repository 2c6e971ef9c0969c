#pragma once

#include "GrantPlan.h"
#include "JournalEntry.h"
#include "directory/AppRoleAssignment.h"
#include "directory/PermissionGrant.h"
#include "directory/ServicePrincipal.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

struct AppInventory;

/**
 * Restore: from journal entries of a revoke, the writes that put back what it removed — with no I/O; the caller
 * passes what the tenant holds now for the apps concerned (clientIds()).
 *
 * A deleted grant is re-created (new id; same clientId, resourceId, consentType, principalId and scopes); removed
 * scopes go back into the grant. When a grant with the same client, resource, consent type and user exists, the
 * scopes are merged into it (PATCH, merged with the live grant at run time) — never a duplicate grant; when it
 * already holds them all, the entry is refused ("already exists"). A deleted app role assignment is re-created on
 * the resource SP (POST …/appRoleAssignedTo) unless the same principal already holds the same role there. Each write
 * carries restoresEntryId, so the journal links the restore to what it undoes.
 *
 * Two changes are undone too: an app role assignment ConsentDesk created (a user assigned to an app, an application
 * permission) is deleted by the id Graph gave it, as the journal recorded it — refused when it is gone already; a
 * service principal's sign-in switched on or off (accountEnabled: a block, the troubleshooter's "enable the app") is
 * PATCHed back to its prior value — refused when it holds that value already; scopes a grant plan added (grant.create,
 * an update that only added) are taken out of the grant as it is when sent, deleting it when nothing remains —
 * refused when the grant is gone or holds none of them. Entries that did not succeed, or that
 * are neither, are refused with the reason.
 */
class RestorePlanner
{
    Q_DECLARE_TR_FUNCTIONS(RestorePlanner)

public:
    struct State
    {
        QList<PermissionGrant> grants; // the current grants of the clients concerned (both consent types)
        // The current assignments they hold, and those on the resources of created assignments (assignedToIds()).
        QList<AppRoleAssignment> assignments;
        QList<ServicePrincipal> servicePrincipals; // the apps concerned, as they are now

        static State from(const QList<AppInventory>& apps);
    };

    // Succeeded grant.delete, grant.updateScope that removed or only added scopes, grant.create,
    // appRoleAssignment.delete, appRoleAssignment.create with the created id, servicePrincipal.update of accountEnabled
    // alone.
    static bool isRestorable(const JournalEntry& entry);
    static QStringList removedScopes(const JournalEntry& entry); // grant entries: prior scopes minus those after
    static QStringList addedScopes(const JournalEntry& entry); // grant.create's scopes; an update's after minus prior
    static QStringList clientIds(const QList<JournalEntry>& entries); // the apps whose state plan() needs
    // The resources whose appRoleAssignedTo plan() needs: those of created assignments held by a user or group
    // (an app's own assignments come with clientIds()).
    static QStringList assignedToIds(const QList<JournalEntry>& entries);

    // entries oldest first (as Journal::entries()); each restorable entry becomes one write or a refusal.
    static GrantPlan plan(const QList<JournalEntry>& entries, const State& current);

private:
    static void
    planAssignmentRemoval(const JournalEntry& entry, const State& current, GrantPlan* plan, QSet<QString>* apps);
    static void planScopeRemoval(const JournalEntry& entry, const State& current, GrantPlan* plan, QSet<QString>* apps);
    static void planSignInSwitch(const JournalEntry& entry, const State& current, GrantPlan* plan, QSet<QString>* apps);
    static QString grantKey(const QString& clientId,
                            const QString& resourceId,
                            const QString& consentType,
                            const QString& principalId);
};
