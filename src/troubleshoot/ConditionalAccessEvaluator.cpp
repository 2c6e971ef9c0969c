#include "ConditionalAccessEvaluator.h"

namespace {

bool listed(const QStringList& list, const QString& value)
{
    return !value.isEmpty() && list.contains(value, Qt::CaseInsensitive);
}

bool keyword(const QStringList& list, const char* word)
{
    return list.contains(QLatin1String(word), Qt::CaseInsensitive);
}

// First entry of ids found in names (case-insensitive keys): its display name, or the id when the name is unknown.
QString firstHit(const QStringList& ids, const QHash<QString, QString>& names)
{
    for (const QString& id : ids) {
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.key().compare(id, Qt::CaseInsensitive) == 0) {
                return it.value().isEmpty() ? id : it.value();
            }
        }
    }
    return {};
}

} // namespace

QStringList ConditionalAccessEvaluator::office365AppIds()
{
    return {
        QStringLiteral("00000002-0000-0ff1-ce00-000000000000"), // Office 365 Exchange Online
        QStringLiteral("00000003-0000-0ff1-ce00-000000000000"), // Office 365 SharePoint Online
        QStringLiteral("00000004-0000-0ff1-ce00-000000000000"), // Skype for Business Online
        QStringLiteral("00000005-0000-0ff1-ce00-000000000000"), // Yammer
        QStringLiteral("cc15fd57-2c6c-4117-a88c-83b1d56b4bbe"), // Microsoft Teams Services
        QStringLiteral("1fec8e78-bce4-4aaf-ab1b-5451cc387264"), // Microsoft Teams
    };
}

bool ConditionalAccessEvaluator::userExcluded(const ConditionalAccessPolicy& policy,
                                              const Subject& subject,
                                              QString* why)
{
    if (listed(policy.excludeUsers, subject.userId)) {
        *why = tr("the user is excluded by name");
        return true;
    }
    if (subject.guest
        && (policy.excludeGuestsOrExternalUsers || keyword(policy.excludeUsers, "GuestsOrExternalUsers"))) {
        *why = tr("guests and external users are excluded");
        return true;
    }
    if (const QString group = firstHit(policy.excludeGroups, subject.groups); !group.isEmpty()) {
        //: %1 is a group's name
        *why = tr("the user is in the excluded group %1").arg(group);
        return true;
    }
    if (const QString role = firstHit(policy.excludeRoles, subject.roles); !role.isEmpty()) {
        //: %1 is a directory role's name
        *why = tr("the user holds the excluded role %1").arg(role);
        return true;
    }
    return false;
}

bool ConditionalAccessEvaluator::userIncluded(const ConditionalAccessPolicy& policy,
                                              const Subject& subject,
                                              QString* why)
{
    if (keyword(policy.includeUsers, "All")) {
        *why = tr("all users");
        return true;
    }
    if (listed(policy.includeUsers, subject.userId)) {
        *why = tr("the user, by name");
        return true;
    }
    if (subject.guest
        && (policy.includeGuestsOrExternalUsers || keyword(policy.includeUsers, "GuestsOrExternalUsers"))) {
        *why = tr("guests and external users");
        return true;
    }
    if (const QString group = firstHit(policy.includeGroups, subject.groups); !group.isEmpty()) {
        //: %1 is a group's name
        *why = tr("the group %1").arg(group);
        return true;
    }
    if (const QString role = firstHit(policy.includeRoles, subject.roles); !role.isEmpty()) {
        //: %1 is a directory role's name
        *why = tr("the role %1").arg(role);
        return true;
    }
    return false;
}

bool ConditionalAccessEvaluator::appIncluded(const ConditionalAccessPolicy& policy, const Target& target, QString* why)
{
    // The app itself first: excluding it removes the policy whatever else it names.
    if (listed(policy.excludeApplications, target.appId)) {
        *why = tr("the app is excluded");
        return false;
    }
    if (keyword(policy.includeApplications, "All")) {
        *why = tr("all cloud apps");
        return true;
    }
    if (listed(policy.includeApplications, target.appId)) {
        *why = tr("the app itself");
        return true;
    }
    const QStringList suite = office365AppIds();
    for (auto it = target.resources.cbegin(); it != target.resources.cend(); ++it) {
        if (listed(policy.excludeApplications, it.key())) {
            continue;
        }
        const QString name = it.value().isEmpty() ? it.key() : it.value();
        if (listed(policy.includeApplications, it.key())) {
            //: %1 is an API's name, e.g. Microsoft Graph
            *why = tr("%1, which the app calls").arg(name);
            return true;
        }
        if (keyword(policy.includeApplications, "Office365") && listed(suite, it.key())) {
            //: %1 is an API's name, e.g. Office 365 Exchange Online; "Office 365" is the policy's app group
            *why = tr("the Office 365 apps, among them %1, which the app calls").arg(name);
            return true;
        }
    }
    return false;
}

ConditionalAccessEvaluator::Finding ConditionalAccessEvaluator::evaluate(const ConditionalAccessPolicy& policy,
                                                                         const Subject& subject,
                                                                         const Target& target)
{
    Finding f;
    f.policy = policy;
    f.match = Match::DoesNotApply;
    QString why;
    if (policy.includeApplications.isEmpty() && !policy.includeUserActions.isEmpty()) {
        f.whyNot = tr("it targets a user action (such as registering security information), not an app sign-in");
        return f;
    }
    if (policy.includeApplications.isEmpty() && !policy.includeAuthenticationContexts.isEmpty()) {
        f.whyNot = tr("it targets an authentication context, which only an app that asks for it triggers");
        return f;
    }
    if (!appIncluded(policy, target, &why)) {
        f.whyNot = why.isEmpty() ? tr("it does not target this app or an API it calls") : why;
        return f;
    }
    f.appReason = why;
    why.clear();
    if (userExcluded(policy, subject, &why)) {
        f.whyNot = why;
        return f;
    }
    if (!userIncluded(policy, subject, &why)) {
        f.whyNot = tr("it does not target this user");
        return f;
    }
    f.userReason = why;
    if (!policy.coversModernClients()) {
        f.whyNot = tr("it covers legacy authentication clients only (Exchange ActiveSync and other clients)");
        return f;
    }
    QStringList conditions;
    if (policy.hasApplicationFilter) {
        conditions.append(tr("an application filter"));
    }
    for (const QString& c : policy.otherConditions) {
        if (c == QLatin1String("locations")) {
            conditions.append(tr("the network location"));
        } else if (c == QLatin1String("platforms")) {
            conditions.append(tr("the device platform"));
        } else if (c == QLatin1String("devices")) {
            conditions.append(tr("a device filter"));
        } else if (c == QLatin1String("authenticationFlows")) {
            conditions.append(tr("the authentication flow"));
        } else {
            conditions.append(tr("the sign-in or user risk"));
        }
    }
    if (!policy.coversModernClients() || policy.clientAppTypes.isEmpty() || keyword(policy.clientAppTypes, "all")) {
        // nothing more
    } else if (!keyword(policy.clientAppTypes, "browser")) {
        conditions.append(tr("desktop and mobile apps only"));
    } else if (!keyword(policy.clientAppTypes, "mobileAppsAndDesktopClients")) {
        conditions.append(tr("browsers only"));
    }
    conditions.removeDuplicates();
    f.conditions = conditions.join(QStringLiteral(", "));
    f.match = conditions.isEmpty() ? Match::Applies : Match::AppliesUnderConditions;
    return f;
}

QList<ConditionalAccessEvaluator::Finding>
ConditionalAccessEvaluator::evaluate(const QList<ConditionalAccessPolicy>& policies,
                                     const Subject& subject,
                                     const Target& target)
{
    QList<Finding> out;
    out.reserve(policies.size());
    for (const auto& policy : policies) {
        out.append(evaluate(policy, subject, target));
    }
    return out;
}

QString ConditionalAccessEvaluator::Finding::matchName(Match match)
{
    switch (match) {
    case Match::Applies:
        return QStringLiteral("applies");
    case Match::AppliesUnderConditions:
        return QStringLiteral("appliesUnderConditions");
    case Match::DoesNotApply:
        return QStringLiteral("doesNotApply");
    }
    return {};
}

QString ConditionalAccessEvaluator::Finding::describe() const
{
    if (!applies()) {
        //: %1 a policy's name, %2 why it does not apply
        return tr("\"%1\" does not apply: %2.").arg(policy.displayName, whyNot);
    }
    QString text;
    if (policy.state == ConditionalAccessPolicy::State::ReportOnly) {
        //: %1 policy name, %2 whom it targets, %3 which apps; the policy is only logged
        text = tr("\"%1\" (report-only: logged, not enforced) targets %2 and %3.")
                   .arg(policy.displayName, userReason, appReason);
    } else if (policy.state == ConditionalAccessPolicy::State::Disabled) {
        text = tr("\"%1\" (off) would target %2 and %3.").arg(policy.displayName, userReason, appReason);
    } else {
        text = tr("\"%1\" targets %2 and %3.").arg(policy.displayName, userReason, appReason);
    }
    text += QLatin1Char(' ') + policy.demandText();
    if (match == Match::AppliesUnderConditions) {
        //: %1 is a list of conditions, e.g. "the network location, the device platform"
        text += QLatin1Char(' ') + tr("Whether it applies depends on %1.").arg(conditions);
    }
    return text;
}
