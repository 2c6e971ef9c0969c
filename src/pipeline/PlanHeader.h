#pragma once

#include "TenantWrite.h"
#include "directory/Permission.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * What a plan of tenant writes says besides the writes themselves, the same for every kind of plan (GrantPlan and
 * ExchangePlan, which the planners build, and WritePlan, which the pipeline previews, runs and prints): why it is
 * made, what it is about, what needs no write, what cannot be done and why, and what the admin should know.
 */
struct PlanHeader
{
    // Change: any Exchange change. Revoke: removals (RevokePlanner); Restore: undoing journaled writes; Rollback:
    // undoing what a partly failed run made.
    enum class Purpose { Change, Grant, Block, Revoke, Restore, Rollback };
    // After a failed write: skip only the writes that need an object it should have created (a 403 on one app role
    // must not cost the delegated grant), or skip everything after it (recipe steps depend on each other).
    enum class FailurePolicy { SkipDependents, StopAtFirstFailure };

    Purpose purpose = Purpose::Change;
    FailurePolicy failurePolicy = FailurePolicy::SkipDependents;
    QString title; // Exchange plans name themselves ("Scope Contoso CRM to …"); Graph plans are named by purpose
    QString clientAppId; // Graph: the app the writes are for
    QString clientDisplayName;
    QList<Permission> alreadyGranted; // selected but already there: no write
    QList<Permission> notGrantable; // selected but impossible (not published, resource missing for app roles)
    QStringList warnings; // for people: missing roles, what a change means
    QStringList refused; // restore/rollback: what is not undone, and why (shown, never silently dropped)
    QString note; // for people, shown with the preview

    // An undo's refusal, warnings (once each) and note (the first), when an undo plan takes its writes.
    void addNotes(const TenantWrite::Inverse& inverse);

    static QString purposeName(Purpose purpose); // "grant", "restore", …: JSON values
};
