#include "PostureEvaluator.h"

#include "settings/UserConsentSetting.h"

#include <algorithm>

namespace {

PostureCheck make(const QString& id, const QString& check)
{
    PostureCheck c;
    c.id = id;
    c.check = check;
    return c;
}

bool isOpen(const UserConsentRequest& r)
{
    return r.status.compare(QLatin1String("InProgress"), Qt::CaseInsensitive) == 0
           || r.status.compare(QLatin1String("Initializing"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString PostureEvaluator::names(const QStringList& list)
{
    if (list.size() <= kNamesShown) {
        return list.join(QStringLiteral("; "));
    }
    return tr("%1; and %n more", nullptr, int(list.size() - kNamesShown))
        .arg(list.mid(0, kNamesShown).join(QStringLiteral("; ")));
}

QList<PostureCheck> PostureEvaluator::evaluate(const PostureInputs& inputs)
{
    return {appRegistration(inputs),
            userConsent(inputs),
            adminConsentWorkflow(inputs),
            groupOwnerConsent(inputs),
            unscopedMailAccess(inputs),
            staleRequests(inputs),
            riskyUserConsents(inputs)};
}

bool PostureEvaluator::anyFails(const QList<PostureCheck>& checks)
{
    return std::any_of(
        checks.begin(), checks.end(), [](const PostureCheck& c) { return c.status == PostureCheck::Status::Fail; });
}

PostureCheck PostureEvaluator::appRegistration(const PostureInputs& inputs)
{
    PostureCheck c = make(QStringLiteral("MS.AAD.5.1"), tr("Only administrators may register applications"));
    const ConsentSettings& s = inputs.settings;
    if (s.authorizationError.isError()) {
        c.status = PostureCheck::Status::Warn;
        c.evidence = tr("The authorization policy could not be read: %1").arg(s.authorizationError.summary());
        return c;
    }
    if (!s.allowedToCreateApps.has_value()) {
        c.status = PostureCheck::Status::Warn;
        c.evidence = tr("The authorization policy does not say whether users may register applications.");
        return c;
    }
    if (!*s.allowedToCreateApps) {
        c.status = PostureCheck::Status::Pass;
        c.evidence = tr("Users can register applications: No.");
        return c;
    }
    c.status = PostureCheck::Status::Fail;
    c.evidence = tr("Users can register applications: Yes. Any user can create an app registration and give it "
                    "credentials.");
    // ConsentDesk has no write for this setting: it is changed where it lives.
    c.fix = tr("In the Entra admin center, go to Users → User settings and set \"Users can register applications\" "
               "to No.");
    return c;
}

PostureCheck PostureEvaluator::userConsent(const PostureInputs& inputs)
{
    PostureCheck c = make(QStringLiteral("MS.AAD.5.2"), tr("Only administrators may consent to applications"));
    const ConsentSettings& s = inputs.settings;
    if (s.authorizationError.isError()) {
        c.status = PostureCheck::Status::Warn;
        c.evidence = tr("The user consent setting could not be read: %1").arg(s.authorizationError.summary());
        return c;
    }
    const QString setting = UserConsentSetting::describe(s.userConsent.option);
    if (s.userConsent.option == UserConsentSetting::Option::None) {
        c.status = PostureCheck::Status::Pass;
        c.evidence = tr("User consent for applications: %1.").arg(setting);
        return c;
    }
    c.status = PostureCheck::Status::Fail;
    c.evidence = s.userConsent.option == UserConsentSetting::Option::Custom
                     ? tr("User consent for applications: %1 (%2). Users can consent to what that policy allows.")
                           .arg(setting, s.userConsent.selfPolicyIds.join(QStringLiteral(", ")))
                     : tr("User consent for applications: %1. Users can consent to apps themselves.").arg(setting);
    c.fix = tr("Set user consent to \"Do not allow user consent\" in Consent settings, and turn on the admin consent "
               "workflow so users can still ask. Existing consents stay; review them in Apps and permissions.");
    c.action = PostureCheck::Action::ConsentSettings;
    c.command = QStringLiteral("consentdesk-cli settings user-consent none");
    return c;
}

PostureCheck PostureEvaluator::adminConsentWorkflow(const PostureInputs& inputs)
{
    PostureCheck c = make(QStringLiteral("MS.AAD.5.3"), tr("An admin consent workflow is configured for applications"));
    const ConsentSettings& s = inputs.settings;
    const AdminConsentWorkflow& w = s.workflow;
    if (s.workflowError.isError()) {
        c.status = PostureCheck::Status::Warn;
        c.evidence = tr("The admin consent workflow could not be read: %1").arg(s.workflowError.summary());
        return c;
    }
    c.action = PostureCheck::Action::ConsentSettings;
    if (!w.enabled) {
        c.status = PostureCheck::Status::Fail;
        c.evidence = tr("The admin consent workflow is off: users who may not consent cannot ask for approval.");
        c.fix = tr("Turn on the admin consent workflow in Consent settings with reviewers who may grant admin "
                   "consent.");
        c.command = QStringLiteral("consentdesk-cli settings workflow --enable --reviewer UPN");
        return c;
    }
    int canApprove = 0;
    for (const auto& r : w.reviewers) {
        canApprove += r.canApprove() ? 1 : 0;
    }
    if (w.reviewers.isEmpty() || w.noReviewerCanAct()) {
        c.status = PostureCheck::Status::Fail;
        c.evidence = w.reviewerWarning().isEmpty() ? tr("The admin consent workflow is on but has no reviewers.")
                                                   : w.reviewerWarning();
        c.fix = tr("Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global "
                   "Administrator in Consent settings.");
        c.command = QStringLiteral("consentdesk-cli settings workflow --enable --reviewer UPN");
        return c;
    }
    c.status = PostureCheck::Status::Pass;
    c.action = PostureCheck::Action::None;
    c.evidence = tr("The admin consent workflow is on with %n reviewer(s); %1 of them can approve.",
                    nullptr,
                    int(w.reviewers.size()))
                     .arg(canApprove);
    if (!w.notifyReviewers) {
        c.evidence += QLatin1Char(' ') + tr("Reviewers get no email about new requests.");
    }
    return c;
}

PostureCheck PostureEvaluator::groupOwnerConsent(const PostureInputs& inputs)
{
    PostureCheck c = make(QStringLiteral("MS.AAD.5.4"), tr("Group owners may not consent to applications"));
    const ConsentSettings& s = inputs.settings;
    const LegacyGroupConsentSetting& legacy = s.legacyGroupConsent;
    // Either setting lets group owners consent: the older directory setting "Consent Policy Settings" whatever the
    // app consent policies say, and the group-scoped app consent policies of the authorization policy.
    const auto fixThroughConsentDesk = [&c] {
        c.status = PostureCheck::Status::Fail;
        c.fix = tr("Set group owner consent to \"Do not allow group owner consent\" in Consent settings: it turns off "
                   "the group owners' app consent policies and the older directory setting alike. User consent and "
                   "the policies for teams and chats stay as they are; consents group owners gave stay too.");
        c.action = PostureCheck::Action::ConsentSettings;
        c.command = QStringLiteral("consentdesk-cli settings group-owner-consent none");
    };
    if (s.authorizationError.isError()) {
        if (legacy.allowsGroupOwnerConsent() && !s.legacyGroupConsentError.isError()) {
            fixThroughConsentDesk();
            c.evidence = legacy.describe() + QLatin1Char(' ')
                         + tr("The authorization policy could not be read: %1").arg(s.authorizationError.summary());
            return c;
        }
        c.status = PostureCheck::Status::Warn;
        c.evidence = tr("The authorization policy could not be read: %1").arg(s.authorizationError.summary());
        return c;
    }
    const QStringList owned = UserConsentSetting::ownedResourcePolicyIds(s.permissionGrantPoliciesAssigned);
    // Owner policies scoped to groups are group owner consent as the baseline means it; the others (Microsoft's
    // dynamically managed policies for teams and chats) are resource-specific consent governed in Teams.
    const QStringList groups = s.groupOwnerConsent().groupPolicyIds;
    QStringList teamsAndChats;
    for (const QString& id : owned) {
        if (!groups.contains(id, Qt::CaseInsensitive)) {
            teamsAndChats.append(id);
        }
    }
    if (!groups.isEmpty() || legacy.allowsGroupOwnerConsent()) {
        fixThroughConsentDesk();
        QStringList evidence;
        if (!groups.isEmpty()) {
            evidence << tr("Group owners may consent to apps for the groups they own under these app consent "
                           "policies: %1.")
                            .arg(groups.join(QStringLiteral(", ")));
        }
        if (legacy.allowsGroupOwnerConsent()) {
            evidence << legacy.describe();
        }
        c.evidence = evidence.join(QLatin1Char(' '));
        return c;
    }
    if (s.legacyGroupConsentError.isError()) {
        c.status = PostureCheck::Status::Warn;
        c.evidence = tr("No app consent policy lets group owners consent, but the older directory setting Consent "
                        "Policy Settings, which can allow it too, could not be read: %1")
                         .arg(s.legacyGroupConsentError.summary());
        c.fix = tr("Sign in with a role that may read directory settings (Directory.Read.All) and check again.");
        return c;
    }
    if (owned.isEmpty()) {
        c.status = PostureCheck::Status::Pass;
        c.evidence = tr("No app consent policy lets owners consent for the groups, teams or chats they own, and the "
                        "older directory setting Consent Policy Settings does not allow it either.");
        return c;
    }
    c.status = PostureCheck::Status::Warn;
    c.evidence = tr("No policy lets group owners consent, but team or chat owners may consent to apps for their "
                    "teams or chats under Microsoft's policies: %1.")
                     .arg(teamsAndChats.join(QStringLiteral(", ")));
    c.fix = tr("If team owners should not consent either, turn off resource-specific consent in the Teams admin "
               "center.");
    return c;
}

PostureCheck PostureEvaluator::unscopedMailAccess(const PostureInputs& inputs)
{
    PostureCheck c = make(QStringLiteral("CD.1"), tr("Apps with access to every mailbox are scoped by Exchange"));
    if (inputs.mailboxAppsError.isError()) {
        c.status = PostureCheck::Status::Warn;
        c.evidence
            = tr("The apps holding mailbox permissions could not be read: %1").arg(inputs.mailboxAppsError.summary());
        return c;
    }
    if (inputs.mailboxApps.isEmpty()) {
        c.status = PostureCheck::Status::Pass;
        c.evidence = tr("No app holds a mailbox application permission (Mail.*, Calendars.*, Contacts.*, "
                        "MailboxSettings.*, full_access_as_app).");
        return c;
    }
    const auto label = [](const MailboxApp& app) {
        return QStringLiteral("%1 (%2)").arg(app.displayName.isEmpty() ? app.appId : app.displayName,
                                             app.permissions.join(QStringLiteral(", ")));
    };
    c.action = PostureCheck::Action::MailboxAccess;
    c.command = QStringLiteral("consentdesk-cli policy new --app APP --group GROUP --access restrict");
    if (!inputs.exchangeRead) {
        QStringList all;
        for (const auto& app : inputs.mailboxApps) {
            all << label(app);
        }
        c.status = PostureCheck::Status::Warn;
        c.evidence = tr("%n app(s) hold mailbox permissions for the whole tenant: %1. Exchange's application access "
                        "policies could not be read (%2), so whether any of them is scoped is unknown.",
                        nullptr,
                        int(all.size()))
                         .arg(names(all), inputs.exchangeError.summary());
        c.fix = tr("Sign in with an Exchange role that may read application access policies (View-Only "
                   "Organization Management) and check again, or look in Mailbox access.");
        return c;
    }
    if (inputs.unscopedMailboxApps.isEmpty()) {
        c.status = PostureCheck::Status::Pass;
        c.action = PostureCheck::Action::None;
        c.command.clear();
        c.evidence = tr("Every one of the %n app(s) holding mailbox permissions is limited by an application access "
                        "policy.",
                        nullptr,
                        int(inputs.mailboxApps.size()));
        return c;
    }
    QStringList open;
    for (const auto& app : inputs.unscopedMailboxApps) {
        open << label(app);
    }
    if (inputs.unscopedMailboxApps.size() == 1 && !inputs.unscopedMailboxApps.first().appId.isEmpty()) {
        c.command.replace(QLatin1String("--app APP"),
                          QStringLiteral("--app ") + inputs.unscopedMailboxApps.first().appId);
    }
    c.status = PostureCheck::Status::Fail;
    c.evidence = tr("%n app(s) can reach every mailbox (no application access policy limits them): %1.",
                    nullptr,
                    int(open.size()))
                     .arg(names(open));
    c.fix = tr("Scope each app to the mailboxes it needs (Mailbox access → Scope app…), or revoke the permission "
               "if it needs none.");
    return c;
}

PostureCheck PostureEvaluator::staleRequests(const PostureInputs& inputs)
{
    PostureCheck c = make(QStringLiteral("CD.2"), tr("Admin consent requests get an answer"));
    if (inputs.requestsError.isError()) {
        c.status = PostureCheck::Status::Warn;
        c.evidence = tr("The admin consent requests could not be read: %1").arg(inputs.requestsError.summary());
        return c;
    }
    struct Stale
    {
        QString app;
        qint64 days;
    };
    QList<Stale> stale;
    int open = 0;
    for (const ConsentRequest& request : inputs.requests) {
        QDateTime oldest;
        for (const auto& u : request.userRequests) {
            if (isOpen(u) && u.createdDateTime.isValid() && (!oldest.isValid() || u.createdDateTime < oldest)) {
                oldest = u.createdDateTime;
            }
        }
        if (!oldest.isValid()) {
            continue;
        }
        ++open;
        const qint64 days = oldest.daysTo(inputs.now);
        if (days > kStaleRequestDays) {
            stale.append({request.appDisplayName.isEmpty() ? request.appId : request.appDisplayName, days});
        }
    }
    if (stale.isEmpty()) {
        c.status = PostureCheck::Status::Pass;
        c.evidence
            = open == 0
                  ? tr("No admin consent request is waiting.")
                  : tr("%n request(s) waiting, none for more than %1 days.", nullptr, open).arg(kStaleRequestDays);
        return c;
    }
    std::sort(stale.begin(), stale.end(), [](const Stale& a, const Stale& b) { return a.days > b.days; });
    QStringList list;
    for (const auto& s : stale) {
        list << tr("%1 (waiting %n day(s))", nullptr, int(s.days)).arg(s.app);
    }
    c.status = PostureCheck::Status::Warn;
    c.evidence = tr("%n request(s) waiting for more than %1 days: %2.", nullptr, int(stale.size()))
                     .arg(QString::number(kStaleRequestDays), names(list));
    // Graph has no method that answers a request (graph-api.md §1): only Microsoft's admin consent page, which
    // ConsentDesk opens from a request, records an approval; a grant made through Graph leaves the request waiting.
    c.fix = tr("Approve each one in Consent requests with \"Open admin consent page\": Microsoft's page records the "
               "approval and closes the request. Granting with Grant… gives the app its permissions, but Microsoft "
               "Graph offers no way to mark a request answered, so it keeps waiting until it expires; a denial is "
               "made only in the Entra admin center. If nobody receives the requests, check the workflow's "
               "reviewers.");
    c.action = PostureCheck::Action::ConsentRequests;
    c.command = QStringLiteral("consentdesk-cli requests list --status InProgress");
    return c;
}

PostureCheck PostureEvaluator::riskyUserConsents(const PostureInputs& inputs)
{
    PostureCheck c = make(QStringLiteral("CD.3"), tr("No high-risk user consents to apps from unverified publishers"));
    if (inputs.userConsentsError.isError()) {
        c.status = PostureCheck::Status::Warn;
        c.evidence = tr("Users' consents could not be read: %1").arg(inputs.userConsentsError.summary());
        return c;
    }
    if (inputs.riskyUserConsents.isEmpty()) {
        c.status = PostureCheck::Status::Pass;
        c.evidence = tr("No user consented to a high-risk permission for an app whose publisher is neither verified "
                        "nor Microsoft.");
        return c;
    }
    QStringList list;
    for (const auto& r : inputs.riskyUserConsents) {
        list << tr("%1 (%2; %n user(s))", nullptr, r.users)
                    .arg(r.displayName.isEmpty() ? r.appId : r.displayName, r.permissions.join(QStringLiteral(", ")));
    }
    c.status = PostureCheck::Status::Fail;
    c.evidence = tr("%n app(s) from unverified publishers hold high-risk permissions users consented to: %1.",
                    nullptr,
                    int(list.size()))
                     .arg(names(list));
    c.fix = tr("Review each app in Apps and permissions and revoke what users should not have granted; restricting "
               "user consent (MS.AAD.5.2) keeps it from happening again.");
    c.action = PostureCheck::Action::Apps;
    c.command = QStringLiteral("consentdesk-cli grants list --app %1")
                    .arg(inputs.riskyUserConsents.size() == 1 ? inputs.riskyUserConsents.first().appId
                                                              : QStringLiteral("APP"));
    return c;
}
