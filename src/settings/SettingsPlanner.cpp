#include "SettingsPlanner.h"

#include "SettingsWrite.h"

#include <algorithm>
#include <memory>

namespace {

WritePlan plan(const QString& title)
{
    WritePlan p;
    p.purpose = PlanHeader::Purpose::Change;
    p.failurePolicy = PlanHeader::FailurePolicy::StopAtFirstFailure;
    p.title = title;
    return p;
}

QString onOff(bool value)
{
    return value ? SettingsPlanner::tr("on") : SettingsPlanner::tr("off");
}

} // namespace

WritePlan SettingsPlanner::workflow(const AdminConsentWorkflow& current, const AdminConsentWorkflow& wanted)
{
    WritePlan p = plan(tr("Change the admin consent workflow"));
    if (current.sameSettings(wanted)) {
        p.note = tr("The admin consent workflow is already set this way: nothing to change.");
        return p;
    }
    QStringList changes;
    if (current.enabled != wanted.enabled) {
        changes << (wanted.enabled ? tr("turn it on") : tr("turn it off"));
    }
    if (!current.sameReviewers(wanted)) {
        QStringList names;
        for (const auto& r : wanted.reviewers) {
            names << (r.displayName.isEmpty() ? r.query() : r.displayName);
        }
        changes << tr("reviewers: %1").arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    }
    if (current.notifyReviewers != wanted.notifyReviewers) {
        changes << tr("e-mail notifications %1").arg(onOff(wanted.notifyReviewers));
    }
    if (current.remindersEnabled != wanted.remindersEnabled) {
        changes << tr("reminders %1").arg(onOff(wanted.remindersEnabled));
    }
    if (current.requestDurationInDays != wanted.requestDurationInDays) {
        changes << tr("days until a request expires: %1").arg(wanted.requestDurationInDays);
    }
    const QString summary = tr("Admin consent workflow: %1").arg(changes.join(QStringLiteral("; ")));
    p.operations.append(
        std::make_shared<SettingsWrite>(SettingsWrite::putWorkflow(wanted.toPutBody(), current.version, summary)));
    if (const QString warning = wanted.reviewerWarning(); !warning.isEmpty()) {
        p.warnings << warning;
    }
    if (wanted.enabled && wanted.reviewers.isEmpty()) {
        p.warnings << tr("Graph refuses to turn the workflow on without a reviewer.");
    }
    p.note = tr("Graph replaces the whole policy. If someone changes it before this is sent (version %1 now), nothing "
                "is sent.")
                 .arg(current.version);
    return p;
}

WritePlan SettingsPlanner::userConsent(const ConsentSettings& current, UserConsentSetting::Option option)
{
    WritePlan p = plan(tr("Change user consent for applications"));
    if (current.userConsent.option == option && option != UserConsentSetting::Option::Custom) {
        p.note = tr("User consent is already \"%1\": nothing to change.").arg(UserConsentSetting::describe(option));
        return p;
    }
    const QString policy = UserConsentSetting::builtInPolicyId(option);
    const QStringList self = policy.isEmpty() ? QStringList() : QStringList {UserConsentSetting::kSelfPrefix + policy};
    p.operations.append(std::make_shared<SettingsWrite>(
        SettingsWrite::userConsent(self, tr("User consent: %1").arg(UserConsentSetting::describe(option)))));
    if (option == UserConsentSetting::Option::Legacy) {
        p.warnings << tr("Users will be able to consent to any app for every permission that needs no admin — the "
                         "setting consent phishing relies on. Microsoft recommends against it.");
    }
    if (option != UserConsentSetting::Option::None && !current.policiesError.isError() && !current.policy(policy)) {
        p.warnings << tr("The tenant has no permission grant policy %1; users would be able to consent to nothing.")
                          .arg(policy);
    }
    const QStringList owners = UserConsentSetting::ownedResourcePolicyIds(current.permissionGrantPoliciesAssigned);
    p.note = owners.isEmpty() ? tr("Applies to future consents; what users consented to stays.")
                              : tr("Applies to future consents; what users consented to stays. Kept as they are: %1.")
                                    .arg(owners.join(QStringLiteral(", ")));
    return p;
}

WritePlan
SettingsPlanner::classify(const ConsentSettings& current, const QString& permissionId, const QString& permissionName)
{
    WritePlan p = plan(tr("Classify %1 as low impact").arg(permissionName));
    for (const auto& c : current.classifications) {
        if (c.permissionId.compare(permissionId, Qt::CaseInsensitive) == 0) {
            p.note = c.classification.compare(QLatin1String("low"), Qt::CaseInsensitive) == 0
                         ? tr("%1 is already classified low impact: nothing to change.").arg(permissionName)
                         : tr("%1 is classified %2 impact; remove that classification first.")
                               .arg(permissionName, c.classification);
            return p;
        }
    }
    p.operations.append(std::make_shared<SettingsWrite>(
        SettingsWrite::classify(current.graphServicePrincipalId, permissionId, permissionName)));
    if (current.userConsent.option == UserConsentSetting::Option::Low) {
        p.warnings << tr("With user consent \"for selected permissions\", users will be able to consent to %1 for "
                         "apps from verified publishers and from your organization.")
                          .arg(permissionName);
    }
    return p;
}

WritePlan SettingsPlanner::unclassify(const ConsentSettings& current, const QString& permissionName)
{
    WritePlan p = plan(tr("Remove %1 from the low-impact permissions").arg(permissionName));
    for (const auto& c : current.lowImpact()) {
        if (c.permissionName.compare(permissionName, Qt::CaseInsensitive) == 0) {
            p.operations.append(std::make_shared<SettingsWrite>(
                SettingsWrite::unclassify(current.graphServicePrincipalId, c.id, c.permissionName)));
            p.note = tr("Users who consented to it keep their consent; new consents need an admin.");
            return p;
        }
    }
    p.note = tr("%1 is not classified low impact: nothing to change.").arg(permissionName);
    return p;
}

bool SettingsPlanner::isRestorable(const JournalEntry& entry)
{
    return SettingsWrite::isSettingsAction(entry.action) && entry.outcome == JournalEntry::Outcome::Succeeded;
}

WritePlan SettingsPlanner::restore(const QList<JournalEntry>& entries)
{
    WritePlan p;
    p.purpose = PlanHeader::Purpose::Restore;
    p.failurePolicy = PlanHeader::FailurePolicy::StopAtFirstFailure;
    p.title = tr("Restore consent settings");
    QList<JournalEntry> newestFirst = entries;
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [](const JournalEntry& a, const JournalEntry& b) {
        return a.time > b.time;
    });
    for (const auto& entry : newestFirst) {
        if (!isRestorable(entry)) {
            p.refused << tr("%1: not restorable (%2).")
                             .arg(entry.summary,
                                  SettingsWrite::isSettingsAction(entry.action) ? tr("it did not succeed")
                                                                                : tr("not a consent settings change"));
            continue;
        }
        const auto write = SettingsWrite::fromJournal(entry);
        const TenantWrite::Inverse inverse = write->inverse(entry.result, entry.summary);
        if (inverse.operations.isEmpty()) {
            p.refused << tr("%1: %2").arg(entry.summary, inverse.refusal);
            continue;
        }
        for (const auto& op : inverse.operations) {
            auto undo = std::static_pointer_cast<TenantWrite>(op->clone());
            undo->restoresEntryId = entry.id;
            p.operations.append(undo);
        }
        p.addNotes(inverse);
    }
    return p;
}
