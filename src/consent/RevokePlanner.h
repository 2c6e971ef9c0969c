#pragma once

#include "AppInventory.h"
#include "GrantPlan.h"
#include "PlannedOperation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Plans revokes with no I/O, from an AppInventory: one PlannedOperation per tenant write, so the preview is exactly
 * what WriteRunner sends (and journals, with the full prior object it re-reads).
 *
 * Delegated: the selected scopes of a grant are removed with PATCH …/oauth2PermissionGrants/{id} {"scope": rest};
 * when nothing would remain the grant is DELETEd. The executor subtracts from the live grant, so a scope added after
 * the preview is not lost. Application permissions: DELETE /servicePrincipals/{resourceId}/appRoleAssignedTo/{id}
 * (Microsoft's recommended path). Revoking stops new tokens only: plan.note says so (tokenNote()).
 */
class RevokePlanner
{
    Q_DECLARE_TR_FUNCTIONS(RevokePlanner)

public:
    // What Keep only… changes, for the preview: rows kept and removed, and wanted keys the app does not hold.
    struct KeepOnlyDiff
    {
        QList<GrantedPermission> kept;
        QList<GrantedPermission> removed;
        QStringList notHeld; // keep keys that match no row (nothing to keep, nothing granted either)

        bool isEmpty() const { return removed.isEmpty(); }
    };

    static QString tokenNote(); // tokens already issued stay valid until they expire

    // One or more scopes of one delegated grant (case-insensitive; scopes the grant lacks are warnings).
    static GrantPlan revokeScopes(const AppInventory& app, const QString& grantId, const QStringList& scopes);
    static GrantPlan revokeGrant(const AppInventory& app, const QString& grantId);
    // One user's consent to the app: every Principal grant of that user for this client.
    static GrantPlan revokeUserConsent(const AppInventory& app, const QString& principalId);
    static GrantPlan revokeApplicationPermission(const AppInventory& app, const QString& assignmentId);
    static GrantPlan revokeAll(const AppInventory& app); // every grant (both consent types) and every assignment
    // Any selection of the app's rows (AppInventory::permissions): what the views' multi-selection revokes.
    static GrantPlan revokeRows(const AppInventory& app, const QList<GrantedPermission>& rows);

    // Keep only…: keepKeys are Permission::key() values. userConsents: also trim the users' own (Principal) grants,
    // else only the tenant-wide grants and the application permissions.
    static KeepOnlyDiff keepOnlyDiff(const AppInventory& app, const QStringList& keepKeys, bool userConsents = true);
    static GrantPlan keepOnly(const AppInventory& app, const QStringList& keepKeys, bool userConsents = true);
    // The keys of the app's rows whose claim value is one of values ("Mail.Read", case-insensitive): for
    // `grants keep-only --keep Mail.Read,User.Read`.
    static QStringList keysForValues(const AppInventory& app, const QStringList& values);

    // Bulk across apps: the plans' operations in order, one preview and one run.
    static GrantPlan combine(const QList<GrantPlan>& plans);

    static PlannedOperation
    removeScopes(const AppInventory& app, const PermissionGrant& grant, const QStringList& scopes);
    static PlannedOperation deleteGrant(const AppInventory& app, const PermissionGrant& grant);
    static PlannedOperation deleteAssignment(const AppInventory& app, const AppRoleAssignment& assignment);

private:
    static GrantPlan emptyPlan(const AppInventory& app);
    static QString grantLabel(const AppInventory& app, const PermissionGrant& grant);
};
