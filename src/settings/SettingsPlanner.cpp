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

} // namespace

QString SettingsPlanner::classifiedNote(const QString& permissionName, const QString& classification)
{
    // A sentence per level: a translated sentence cannot take Graph's English "medium" or "high" as a word.
    if (classification.compare(QLatin1String("low"), Qt::CaseInsensitive) == 0) {
        return tr("%1 is already classified low impact: nothing to change.").arg(permissionName);
    }
    if (classification.compare(QLatin1String("medium"), Qt::CaseInsensitive) == 0) {
        return tr("%1 is classified medium impact; remove that classification first.").arg(permissionName);
    }
    if (classification.compare(QLatin1String("high"), Qt::CaseInsensitive) == 0) {
        return tr("%1 is classified high impact; remove that classification first.").arg(permissionName);
    }
    //: %2 is the classification exactly as Microsoft Graph returned it (a value we do not know)
    return tr("%1 already has the classification \"%2\"; remove it first.").arg(permissionName, classification);
}

WritePlan SettingsPlanner::workflow(const AdminConsentWorkflow& current, const AdminConsentWorkflow& wanted)
{
    WritePlan p = plan(tr("Change the admin consent workflow"));
    if (current.sameSettings(wanted)) {
        p.note = tr("The admin consent workflow is already set this way: nothing to change.");
        return p;
    }
    QStringList changes;
    if (current.enabled != wanted.enabled) {
        changes << (wanted.enabled ? tr("Turn the admin consent workflow on.")
                                   : tr("Turn the admin consent workflow off."));
    }
    if (!current.sameReviewers(wanted)) {
        QStringList names;
        for (const auto& r : wanted.reviewers) {
            names << (r.displayName.isEmpty() ? r.query() : r.displayName);
        }
        changes << (names.isEmpty() ? tr("Remove every reviewer.")
                                    : tr("Reviewers from now on: %1.").arg(names.join(QStringLiteral(", "))));
    }
    if (current.notifyReviewers != wanted.notifyReviewers) {
        changes << (wanted.notifyReviewers ? tr("Reviewers get an e-mail for each new request.")
                                           : tr("Reviewers no longer get an e-mail for new requests."));
    }
    if (current.remindersEnabled != wanted.remindersEnabled) {
        changes << (wanted.remindersEnabled ? tr("Reviewers get reminders of requests that wait.")
                                            : tr("Reviewers no longer get reminders."));
    }
    if (current.requestDurationInDays != wanted.requestDurationInDays) {
        changes << tr("Requests expire after %n day(s).", nullptr, wanted.requestDurationInDays);
    }
    const QString summary = changes.join(QLatin1Char(' ')); // whole sentences, one per change
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

WritePlan SettingsPlanner::groupOwnerConsent(const ConsentSettings& current, GroupOwnerConsentSetting::Option option)
{
    WritePlan p = plan(tr("Change group owner consent"));
    const GroupOwnerConsentSetting now = current.groupOwnerConsent();
    const LegacyGroupConsentSetting& legacy = current.legacyGroupConsent;
    // "Do not allow" turns the older directory setting off too: while it is on, group owners consent whatever the
    // app consent policies say.
    const bool legacyOff = option == GroupOwnerConsentSetting::Option::None && legacy.allowsGroupOwnerConsent();
    const bool policiesChange = now.option != option || option == GroupOwnerConsentSetting::Option::Custom;
    if (!policiesChange && !legacyOff) {
        p.note = tr("Group owner consent is already \"%1\": nothing to change.")
                     .arg(GroupOwnerConsentSetting::describe(option));
        return p;
    }
    const QString policy = GroupOwnerConsentSetting::builtInPolicyId(option);
    if (policiesChange) {
        const QStringList owners
            = policy.isEmpty() ? QStringList() : QStringList {UserConsentSetting::kOwnedResourcePrefix + policy};
        p.operations.append(std::make_shared<SettingsWrite>(SettingsWrite::groupOwnerConsent(
            owners,
            GroupOwnerConsentSetting::replacedPolicyIds(current.permissionGrantPoliciesAssigned, current.policies),
            tr("Group owner consent: %1").arg(GroupOwnerConsentSetting::describe(option)))));
    }
    if (legacyOff) {
        p.operations.append(std::make_shared<SettingsWrite>(SettingsWrite::legacyGroupConsent(
            legacy.id,
            false,
            QString(),
            tr("Older setting Consent Policy Settings: group owners may not consent (EnableGroupSpecificConsent "
               "false)"))));
    }
    if (option == GroupOwnerConsentSetting::Option::All) {
        p.warnings << tr("Every group owner will be able to let any app read the data of the groups and teams they "
                         "own, for permissions that need no administrator. CISA's baseline (MS.AAD.5.4) asks that "
                         "group owners may not consent.");
    }
    if (option != GroupOwnerConsentSetting::Option::None && legacy.allowsGroupOwnerConsent()) {
        p.warnings << tr("The older directory setting Consent Policy Settings lets group owners consent whatever this "
                         "choice says; \"Do not allow group owner consent\" turns it off too.");
    }
    if (option != GroupOwnerConsentSetting::Option::None && !current.policiesError.isError()
        && !current.policy(policy)) {
        p.warnings << tr("The tenant has no permission grant policy %1; group owners would be able to consent to "
                         "nothing.")
                          .arg(policy);
    }
    QStringList removed = now.groupPolicyIds;
    removed.removeIf([&policy](const QString& id) { return id.compare(policy, Qt::CaseInsensitive) == 0; });
    // Consents group owners gave stay: the note says so, and which policies go when a custom one is assigned.
    p.note = removed.isEmpty()
                 ? tr("Applies to future consents; what group owners consented to stays. User consent and the "
                      "policies for teams and chats are kept as they are.")
                 : tr("Applies to future consents; what group owners consented to stays. No longer assigned: %1. "
                      "User consent and the policies for teams and chats are kept as they are.")
                       .arg(removed.join(QStringLiteral(", ")));
    return p;
}

WritePlan
SettingsPlanner::classify(const ConsentSettings& current, const QString& permissionId, const QString& permissionName)
{
    WritePlan p = plan(tr("Classify %1 as low impact").arg(permissionName));
    for (const auto& c : current.classifications) {
        if (c.permissionId.compare(permissionId, Qt::CaseInsensitive) == 0) {
            p.note = classifiedNote(permissionName, c.classification);
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
