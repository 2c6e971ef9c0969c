#pragma once

#include "AdminConsentWorkflow.h"
#include "ConsentSettings.h"
#include "GroupOwnerConsentSetting.h"
#include "UserConsentSetting.h"
#include "consent/JournalEntry.h"
#include "pipeline/WritePlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * The plans that change the consent settings (no I/O; the caller passes what it read): the admin consent workflow
 * (one whole-object PUT, checked against the version it was read at), the user consent option (one PATCH that keeps
 * the other assigned policies), a permission classified or unclassified on Microsoft Graph — and restoring such
 * writes from the journal. Every plan goes to the one WriteRunner; a plan with nothing to do says so in its note.
 */
class SettingsPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SettingsPlanner)

public:
    // current: as read (its version is what the PUT is checked against); wanted: the whole policy wanted.
    static WritePlan workflow(const AdminConsentWorkflow& current, const AdminConsentWorkflow& wanted);
    static WritePlan userConsent(const ConsentSettings& current, UserConsentSetting::Option option);
    // One PATCH of the same list: the group-scoped owner entries replaced, every other entry kept.
    static WritePlan groupOwnerConsent(const ConsentSettings& current, GroupOwnerConsentSetting::Option option);
    // permissionId/permissionName: a delegated permission Microsoft Graph publishes (the caller checked it).
    static WritePlan
    classify(const ConsentSettings& current, const QString& permissionId, const QString& permissionName);
    static WritePlan unclassify(const ConsentSettings& current, const QString& permissionName);

    static bool isRestorable(const JournalEntry& entry); // a settings write that succeeded
    // Undo the entries (newest first), each with restoresEntryId; the rest is refused with the reason.
    static WritePlan restore(const QList<JournalEntry>& entries);

private:
    // Why classify() changes nothing: the permission already has a classification (Graph's "low", "medium", "high").
    static QString classifiedNote(const QString& permissionName, const QString& classification);
};
