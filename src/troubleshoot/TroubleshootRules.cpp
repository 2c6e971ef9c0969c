#include "TroubleshootRules.h"

#include "UserConsentEvaluator.h"

#include <QLocale>

namespace {

using Status = TroubleshootCheck::Status;
using Fix = TroubleshootCheck::Fix;

TroubleshootCheck make(const QString& id, const QString& title)
{
    TroubleshootCheck c;
    c.check = id;
    c.title = title;
    return c;
}

QString values(const QList<Permission>& permissions)
{
    QStringList out;
    for (const auto& p : permissions) {
        out.append(p.value);
    }
    return out.join(QStringLiteral(", "));
}

QString day(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : QString();
}

UserConsentEvaluator::Client clientOf(const TroubleshootFacts& facts)
{
    UserConsentEvaluator::Client c;
    c.appId = facts.app ? facts.app->appId : facts.appId;
    if (facts.app) {
        c.ownerTenantId = facts.app->appOwnerOrganizationId;
        c.verifiedPublisherId = facts.app->verifiedPublisherId;
    }
    c.known = facts.app.has_value();
    return c;
}

} // namespace

QList<TroubleshootCheck> TroubleshootRules::evaluate(const TroubleshootFacts& facts)
{
    return {user(facts),
            appEnabled(facts),
            assignment(facts),
            conditionalAccess(facts),
            grant(facts),
            userConsent(facts),
            workflow(facts),
            pendingRequest(facts)};
}

TroubleshootCheck TroubleshootRules::user(const TroubleshootFacts& facts)
{
    TroubleshootCheck c = make(QStringLiteral("user"), tr("Can the user sign in at all?"));
    if (!facts.userFound()) {
        c.status = Status::Fail;
        c.evidence = facts.userError.isError() && facts.userError.kind != GraphError::Kind::NotFound
                         ? tr("The user could not be read: %1").arg(facts.userError.summary())
                         : tr("No user %1 in this tenant.").arg(facts.userText);
        c.fix = tr("Check the user's sign-in name (UPN) or object ID.");
        return c;
    }
    if (!facts.user.accountEnabled) {
        c.status = Status::Fail;
        c.evidence = tr("%1's account is disabled: they cannot sign in to anything.").arg(facts.user.label());
        c.fix = tr("Enable the account in the Microsoft Entra admin center (Users), if they should work again.");
        return c;
    }
    c.evidence = facts.user.userType.compare(QStringLiteral("Guest"), Qt::CaseInsensitive) == 0
                     ? tr("%1 is a guest and their account is enabled.").arg(facts.user.label())
                     : tr("%1's account is enabled.").arg(facts.user.label());
    return c;
}

TroubleshootCheck TroubleshootRules::appEnabled(const TroubleshootFacts& facts)
{
    TroubleshootCheck c = make(QStringLiteral("app-enabled"), tr("Is the app blocked?"));
    if (facts.appError.isError()) {
        c.status = Status::Warn;
        c.evidence = tr("The app could not be read: %1").arg(facts.appError.summary());
        c.fix = tr("Run the troubleshooter again; if it persists, check your roles.");
        return c;
    }
    if (!facts.app) {
        c.evidence = tr("%1 has no service principal in this tenant yet: it is added at the first consent, and "
                        "nothing blocks it.")
                         .arg(facts.appName());
        return c;
    }
    if (facts.appDisabled()) {
        c.status = Status::Fail;
        c.evidence = tr("Sign-in to %1 is disabled (its service principal's accountEnabled is false): every user is "
                        "refused, and nobody can request it.")
                         .arg(facts.appName());
        c.fix = tr("Enable sign-in for the app, if it was not blocked on purpose (Activity shows who blocked it).");
        c.action = Fix::EnableApp;
        return c;
    }
    c.evidence = tr("Sign-in to %1 is enabled.").arg(facts.appName());
    return c;
}

QString TroubleshootRules::userAppRoleId(const ServicePrincipal& app, QString* roleName)
{
    for (const auto& role : app.appRoles) {
        if (role.isEnabled && role.allowedMemberTypes.contains(QStringLiteral("User"))) {
            if (roleName) {
                *roleName = role.displayName.isEmpty() ? role.value : role.displayName;
            }
            return role.id;
        }
    }
    if (roleName) {
        *roleName = tr("Default Access");
    }
    return QStringLiteral("00000000-0000-0000-0000-000000000000");
}

TroubleshootCheck TroubleshootRules::assignment(const TroubleshootFacts& facts)
{
    TroubleshootCheck c = make(QStringLiteral("assignment"), tr("Does the app require assignment?"));
    if (!facts.app) {
        c.evidence = tr("The app is not in this tenant yet, so it requires no assignment.");
        return c;
    }
    if (!facts.app->appRoleAssignmentRequired) {
        c.evidence = tr("%1 does not require assignment: any user of the tenant may sign in.").arg(facts.appName());
        return c;
    }
    if (facts.assignmentsError.isError()) {
        c.status = Status::Warn;
        c.evidence = tr("%1 requires assignment, and its assignments could not be read: %2")
                         .arg(facts.appName(), facts.assignmentsError.summary());
        return c;
    }
    if (!facts.userFound()) {
        c.status = Status::Warn;
        c.evidence = tr("%1 requires assignment; without the user, ConsentDesk cannot tell whether they are assigned.")
                         .arg(facts.appName());
        return c;
    }
    QString via;
    if (facts.userAssigned(&via)) {
        c.evidence
            = via.isEmpty()
                  ? tr("%1 requires assignment, and %2 is assigned.").arg(facts.appName(), facts.user.displayName)
                  //: %3 is a group's name
                  : tr("%1 requires assignment, and %2 is assigned through the group %3.")
                        .arg(facts.appName(), facts.user.displayName, via);
        return c;
    }
    c.status = Status::Fail;
    c.evidence = tr("%1 requires assignment and %2 is not assigned, neither directly nor through a group they are a "
                    "direct member of (nested groups do not count): sign-in fails with AADSTS50105.")
                     .arg(facts.appName(), facts.user.displayName);
    QString role;
    userAppRoleId(*facts.app, &role);
    //: %1 user name, %2 app name, %3 an app role's name (e.g. Default Access)
    c.fix = tr("Assign %1 to %2 (role %3), or add them to an assigned group.")
                .arg(facts.user.displayName, facts.appName(), role);
    c.action = Fix::AssignUser;
    return c;
}

TroubleshootCheck TroubleshootRules::conditionalAccess(const TroubleshootFacts& facts)
{
    TroubleshootCheck c = make(QStringLiteral("conditional-access"), tr("Which conditional access policies apply?"));
    if (facts.policiesError.isError()) {
        c.status = Status::Warn;
        c.evidence
            = facts.policiesError.kind == GraphError::Kind::PermissionDenied
                  ? tr("Your roles may not read the conditional access policies, so ConsentDesk cannot tell "
                       "which apply.")
                  : tr("The conditional access policies could not be read: %1").arg(facts.policiesError.summary());
        c.fix = tr("Reading them needs Policy.Read.All and a role such as Global Reader, Security Reader or "
                   "Conditional Access Administrator.");
        return c;
    }
    if (!facts.userFound()) {
        c.status = Status::Warn;
        c.evidence = tr("Without the user, ConsentDesk cannot tell which policies apply.");
        return c;
    }
    if (facts.membershipError.isError()) {
        c.status = Status::Warn;
        c.evidence = tr("The user's groups and roles could not be read (%1); policies that target groups or roles "
                        "may be missing below.")
                         .arg(facts.membershipError.summary());
    }
    QStringList lines;
    QStringList blocking;
    QStringList demanding;
    int reportOnly = 0;
    for (const auto& f : ConditionalAccessEvaluator::evaluate(facts.policies, facts.subject(), facts.target())) {
        if (!f.applies() || f.policy.state == ConditionalAccessPolicy::State::Disabled) {
            continue;
        }
        lines.append(f.describe());
        if (f.policy.state == ConditionalAccessPolicy::State::ReportOnly) {
            ++reportOnly;
        } else if (f.policy.blocks()) {
            blocking.append(f.policy.displayName);
        } else if (!f.policy.builtInControls.isEmpty() || !f.policy.authenticationStrength.isEmpty()
                   || f.policy.termsOfUse > 0) {
            demanding.append(f.policy.displayName);
        }
    }
    if (lines.isEmpty()) {
        if (c.evidence.isEmpty()) {
            c.evidence = tr("No enabled or report-only policy applies to %1 signing in to %2.")
                             .arg(facts.user.displayName, facts.appName());
        }
        return c;
    }
    c.evidence = (c.evidence.isEmpty() ? QString() : c.evidence + QLatin1Char('\n')) + lines.join(QLatin1Char('\n'));
    if (!blocking.isEmpty()) {
        c.status = Status::Fail;
        //: %1 is a list of policy names
        c.fix = tr("Access is blocked by %1. Conditional access is changed in the Microsoft Entra admin center "
                   "(Protection > Conditional Access): exclude the user or the app there if the block is not meant "
                   "for them. ConsentDesk only reads these policies.")
                    .arg(blocking.join(QStringLiteral(", ")));
    } else if (!demanding.isEmpty()) {
        c.status = Status::Warn;
        c.fix = tr("The user must meet what these policies require when signing in (for example register for "
                   "multifactor authentication); nothing to change unless that is the reason they are stuck.");
    } else if (reportOnly > 0 && c.status == Status::Pass) {
        c.fix.clear(); // report-only: logged in the sign-in logs, never enforced
    }
    return c;
}

TroubleshootCheck TroubleshootRules::grant(const TroubleshootFacts& facts)
{
    TroubleshootCheck c
        = make(QStringLiteral("grant"), tr("Is there a grant, and is the user prompted for more than it holds?"));
    if (facts.grantsError.isError()) {
        c.status = Status::Warn;
        c.evidence = tr("The app's grants could not be read: %1").arg(facts.grantsError.summary());
        return c;
    }
    int tenantWide = 0;
    int own = 0;
    for (const auto& g : facts.grants) {
        if (g.isAllPrincipals()) {
            ++tenantWide;
        } else if (g.principalId.compare(facts.user.id, Qt::CaseInsensitive) == 0) {
            ++own;
        }
    }
    QString held;
    if (tenantWide > 0 && own > 0) {
        held = tr("The app holds an admin consent for everyone and the user's own consent.");
    } else if (tenantWide > 0) {
        held = tr("The app holds an admin consent for everyone.");
    } else if (own > 0) {
        held = tr("The app holds the user's own consent, no admin consent.");
    } else {
        held = tr("The app holds no delegated permission for this user (no admin consent, no consent of theirs).");
    }
    if (facts.requestedFrom == TroubleshootFacts::Requested::Unknown || facts.requested.isEmpty()) {
        c.status = Status::Warn;
        c.evidence = held + QLatin1Char(' ')
                     + tr("ConsentDesk does not know which permissions the app asks for (no request from this user, "
                          "no grant).");
        c.fix = tr("Ask the user which permissions the consent screen lists, and name them (Permissions asked for, or "
                   "--scope in consentdesk-cli).");
        return c;
    }
    const QList<Permission> missing = facts.notGranted();
    if (missing.isEmpty()) {
        c.evidence
            = held + QLatin1Char(' ') + tr("It covers every permission asked for: %1.").arg(values(facts.requested));
        return c;
    }
    c.status = Status::Warn;
    c.evidence
        = held + QLatin1Char(' ') + tr("The user is still prompted for %1, which no grant holds.").arg(values(missing));
    c.fix = tr("Grant admin consent for %1 for everyone, if the app should have them.").arg(values(missing));
    c.action = Fix::GrantScopes;
    return c;
}

QList<Permission> TroubleshootRules::needAdmin(const TroubleshootFacts& facts)
{
    QList<Permission> out;
    const auto client = clientOf(facts);
    for (const auto& p : facts.notGranted()) {
        if (!UserConsentEvaluator::evaluate(facts.settings, client, p).allowed) {
            out.append(p);
        }
    }
    return out;
}

TroubleshootCheck TroubleshootRules::userConsent(const TroubleshootFacts& facts)
{
    TroubleshootCheck c = make(QStringLiteral("user-consent"), tr("May the user consent to these permissions?"));
    const QList<Permission> missing = facts.notGranted();
    if (missing.isEmpty()) {
        c.evidence = facts.requested.isEmpty() ? tr("Nothing to consent to that ConsentDesk knows of.")
                                               : tr("Nothing is left to consent to: the grants hold it all.");
        return c;
    }
    const auto client = clientOf(facts);
    QStringList reasons;
    QList<Permission> admin;
    QList<Permission> self;
    for (const auto& p : missing) {
        const auto verdict = UserConsentEvaluator::evaluate(facts.settings, client, p);
        (verdict.allowed ? self : admin).append(p);
        if (!verdict.allowed) {
            reasons.append(verdict.reason);
        }
    }
    reasons.removeDuplicates();
    const QString setting = UserConsentSetting::describe(facts.settings.userConsent.option);
    if (admin.isEmpty()) {
        //: %1 the user consent setting in the admin center's words, %2 permissions
        c.evidence = tr("User consent: %1. The user may consent to %2 themselves.").arg(setting, values(self));
        return c;
    }
    c.status = Status::Fail;
    c.evidence = tr("User consent: %1. The user cannot consent to %2 and sees \"Approval required\" (or \"Need admin "
                    "approval\"):")
                     .arg(setting, values(admin))
                 + QLatin1Char('\n') + reasons.join(QLatin1Char('\n'));
    c.fix = tr("Grant admin consent for %1 for everyone (reviewed like a request), or change the user consent "
               "setting or the classification of these permissions.")
                .arg(values(admin));
    c.action = Fix::GrantScopes;
    return c;
}

QString TroubleshootRules::reviewersCommand()
{
    // A role, not a person: Microsoft's least-privileged role that may grant consent, and no tenant string goes into a
    // command the admin copies into a shell.
    return QStringLiteral("consentdesk-cli settings workflow --enable --reviewer \"role:Cloud Application "
                          "Administrator\"");
}

TroubleshootCheck TroubleshootRules::workflow(const TroubleshootFacts& facts)
{
    TroubleshootCheck c
        = make(QStringLiteral("admin-consent-workflow"), tr("Can the user request approval, and who reviews?"));
    if (facts.settings.workflowError.isError()) {
        c.status = Status::Warn;
        c.evidence = tr("The admin consent workflow could not be read: %1").arg(facts.settings.workflowError.summary());
        return c;
    }
    const AdminConsentWorkflow& w = facts.settings.workflow;
    const bool needsApproval = !needAdmin(facts).isEmpty();
    QStringList reviewers;
    for (const auto& r : w.reviewers) {
        reviewers.append(r.displayName.isEmpty() ? r.parsed.id : r.displayName);
    }
    if (!w.enabled) {
        c.status = needsApproval ? Status::Fail : Status::Warn;
        c.evidence = needsApproval ? tr("The admin consent workflow is off: the user sees \"Need admin approval\" "
                                        "with no way to ask for it, and no administrator hears of it.")
                                   : tr("The admin consent workflow is off: users cannot request apps they may not "
                                        "consent to.");
        bool nobodyCanAct = true; // every reviewer known to have no one who may approve (or none listed)
        for (const auto& r : w.reviewers) {
            nobodyCanAct = nobodyCanAct && r.approvers == 0;
        }
        if (nobodyCanAct) {
            c.command = reviewersCommand();
            c.fix = tr("Turn on the workflow with reviewers who can approve: choose them in Consent settings, or run "
                       "%1 (it makes the holders of Cloud Application Administrator the reviewers).")
                        .arg(c.command);
            c.action = Fix::EditReviewers;
        } else {
            //: %1 is a list of reviewer names
            c.fix = tr("Turn on the workflow; its reviewers would be %1.").arg(reviewers.join(QStringLiteral(", ")));
            c.action = Fix::EnableWorkflow;
        }
        return c;
    }
    if (w.noReviewerCanAct()) {
        c.status = Status::Fail;
        c.evidence = tr("The workflow is on, but no reviewer can approve: %1").arg(w.reviewerWarning());
        c.command = reviewersCommand();
        //: %1 is a consentdesk-cli command
        c.fix = tr("Add a reviewer who holds a role that may grant consent: in Consent settings (the reviewers who "
                   "cannot approve are selected), or run %1 — it replaces the reviewers with the holders of Cloud "
                   "Application Administrator; name the others to keep with more --reviewer options.")
                    .arg(c.command);
        c.action = Fix::EditReviewers;
        return c;
    }
    //: %1 reviewer names, %2 number of days
    c.evidence
        = tr("The workflow is on; reviewers: %1; requests expire after %n day(s).", nullptr, w.requestDurationInDays)
              .arg(reviewers.join(QStringLiteral(", ")));
    if (const QString warning = w.reviewerWarning(); !warning.isEmpty()) {
        c.status = Status::Warn;
        c.evidence += QLatin1Char('\n') + warning;
    }
    return c;
}

TroubleshootCheck TroubleshootRules::pendingRequest(const TroubleshootFacts& facts)
{
    TroubleshootCheck c
        = make(QStringLiteral("pending-request"), tr("Is a request from this user waiting, and when does it expire?"));
    if (facts.requestsError.isError()) {
        c.status = Status::Warn;
        c.evidence = tr("The consent requests could not be read: %1").arg(facts.requestsError.summary());
        return c;
    }
    const auto request = facts.userRequest();
    if (!request) {
        c.evidence = tr("No request from %1 for %2.").arg(facts.user.displayName, facts.appName());
        return c;
    }
    if (!request->isOpen()) {
        //: %1 user, %2 date, %3 the request's status (Expired, Completed)
        c.evidence = tr("%1's last request (%2) is closed: %3.")
                         .arg(facts.user.displayName, day(request->createdDateTime), request->status);
        if (request->status.compare(QStringLiteral("Expired"), Qt::CaseInsensitive) == 0) {
            c.evidence += QLatin1Char(' ') + tr("Nobody reviewed it in time; the user may request again.");
        }
        return c;
    }
    c.status = Status::Warn;
    if (request->expiresAt.isValid() && facts.now.isValid() && request->expiresAt < facts.now) {
        //: %1 user, %2 date asked, %3 expiry date
        c.evidence = tr("%1 asked on %2 and nobody reviewed it by %3, when it expired: the user may request again.")
                         .arg(facts.user.displayName, day(request->createdDateTime), day(request->expiresAt));
    } else if (request->expiresAt.isValid()) {
        const qint64 days = facts.now.isValid() ? facts.now.daysTo(request->expiresAt) : -1;
        //: %1 user, %2 date asked, %3 expiry date; followed by how many days are left
        c.evidence = tr("%1 asked on %2; the request is waiting for review and expires on %3 (%n day(s) left).",
                        nullptr,
                        int(std::max<qint64>(0, days)))
                         .arg(facts.user.displayName, day(request->createdDateTime), day(request->expiresAt));
    } else {
        c.evidence = tr("%1 asked on %2; the request is waiting for review (expiry unknown).")
                         .arg(facts.user.displayName, day(request->createdDateTime));
    }
    if (!request->reason.isEmpty()) {
        //: %1 is the user's justification, as they typed it
        c.evidence += QLatin1Char('\n') + tr("Their reason: %1").arg(request->reason);
    }
    if (facts.notGranted().isEmpty() && !facts.requested.isEmpty()) {
        c.status = Status::Pass; // nothing waits on it any more: the user can connect
        c.evidence += QLatin1Char('\n')
                      + tr("Everything it asks for is granted now; the request stays open in the Microsoft Entra admin "
                           "center until someone reviews it there (Graph has no way to close it).");
        c.fix = tr("Close the request in the Microsoft Entra admin center (Enterprise applications > Admin consent "
                   "requests).");
        return c;
    }
    c.fix = tr("Review the request: grant what it asks for (Consent requests), or deny it in the Microsoft Entra "
               "admin center.");
    c.action = Fix::GrantScopes;
    return c;
}
