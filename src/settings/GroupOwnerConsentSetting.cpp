#include "GroupOwnerConsentSetting.h"

#include "UserConsentSetting.h"

namespace {

const QString kPreApproved = QStringLiteral("microsoft-pre-approval-apps-for-group");
const QString kAll = QStringLiteral("microsoft-all-application-permissions-for-group");
const QString kTeamsAndChats = QStringLiteral("microsoft-dynamically-managed-permissions-for-");

bool containsId(const QStringList& ids, const QString& id)
{
    return ids.contains(id, Qt::CaseInsensitive);
}

} // namespace

bool GroupOwnerConsentSetting::isGroupPolicy(const QString& policyId, const QList<PermissionGrantPolicy>& policies)
{
    if (policyId.compare(kPreApproved, Qt::CaseInsensitive) == 0 || policyId.compare(kAll, Qt::CaseInsensitive) == 0) {
        return true;
    }
    for (const auto& p : policies) {
        if (p.id.compare(policyId, Qt::CaseInsensitive) == 0 && !p.resourceScopeType.isEmpty()) {
            return p.resourceScopeType.compare(QLatin1String("group"), Qt::CaseInsensitive) == 0;
        }
    }
    return !policyId.startsWith(kTeamsAndChats, Qt::CaseInsensitive);
}

GroupOwnerConsentSetting GroupOwnerConsentSetting::fromAssigned(const QStringList& assigned,
                                                                const QList<PermissionGrantPolicy>& policies)
{
    GroupOwnerConsentSetting setting;
    for (const QString& id : UserConsentSetting::ownedResourcePolicyIds(assigned)) {
        if (isGroupPolicy(id, policies)) {
            setting.groupPolicyIds.append(id);
        }
    }
    if (setting.groupPolicyIds.isEmpty()) {
        setting.option = Option::None;
    } else if (setting.groupPolicyIds.size() == 1
               && setting.groupPolicyIds.first().compare(kPreApproved, Qt::CaseInsensitive) == 0) {
        setting.option = Option::PreApproved;
    } else if (setting.groupPolicyIds.size() == 1
               && setting.groupPolicyIds.first().compare(kAll, Qt::CaseInsensitive) == 0) {
        setting.option = Option::All;
    } else {
        setting.option = Option::Custom;
    }
    return setting;
}

QStringList GroupOwnerConsentSetting::replacedPolicyIds(const QStringList& assigned,
                                                        const QList<PermissionGrantPolicy>& policies)
{
    QStringList ids {kPreApproved, kAll};
    for (const auto& p : policies) {
        if (p.resourceScopeType.compare(QLatin1String("group"), Qt::CaseInsensitive) == 0 && !containsId(ids, p.id)) {
            ids.append(p.id);
        }
    }
    for (const QString& id : fromAssigned(assigned, policies).groupPolicyIds) {
        if (!containsId(ids, id)) {
            ids.append(id);
        }
    }
    return ids;
}

QString GroupOwnerConsentSetting::optionName(Option option)
{
    switch (option) {
    case Option::None:
        return QStringLiteral("none");
    case Option::PreApproved:
        return QStringLiteral("pre-approved");
    case Option::All:
        return QStringLiteral("all");
    case Option::Custom:
        break;
    }
    return QStringLiteral("custom");
}

bool GroupOwnerConsentSetting::optionFromName(const QString& name, Option* option)
{
    for (Option o : {Option::None, Option::PreApproved, Option::All}) {
        if (optionName(o).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *option = o;
            return true;
        }
    }
    return false;
}

QString GroupOwnerConsentSetting::builtInPolicyId(Option option)
{
    switch (option) {
    case Option::PreApproved:
        return kPreApproved;
    case Option::All:
        return kAll;
    case Option::None:
    case Option::Custom:
        break;
    }
    return {};
}

QString GroupOwnerConsentSetting::describe(Option option)
{
    switch (option) {
    case Option::None:
        return tr("Do not allow group owner consent");
    case Option::PreApproved:
        return tr("Allow group owner consent to pre-approved apps only");
    case Option::All:
        return tr("Allow group owner consent to apps");
    case Option::Custom:
        break;
    }
    return tr("Group owner consent under a custom app consent policy");
}

QString GroupOwnerConsentSetting::explain(Option option)
{
    switch (option) {
    case Option::None:
        return tr("Group owners cannot let apps reach the data of the groups they own.");
    case Option::PreApproved:
        return tr("Group owners may consent only for apps an administrator pre-approved for groups.");
    case Option::All:
        return tr("Every group owner may let any app reach the data of the groups they own, for permissions that "
                  "need no administrator.");
    case Option::Custom:
        break;
    }
    return tr("Group owners consent under the conditions of a custom app consent policy.");
}

QStringList
GroupOwnerConsentSetting::assignedFor(Option option, const QStringList& current, const QStringList& replacedIds)
{
    const QString& prefix = UserConsentSetting::kOwnedResourcePrefix;
    QStringList result;
    for (const auto& entry : current) {
        const bool replaced
            = entry.startsWith(prefix, Qt::CaseInsensitive) && containsId(replacedIds, entry.mid(prefix.size()));
        if (!replaced) {
            result.append(entry); // ManagePermissionGrantsForSelf.*, teams and chats, anything else stay
        }
    }
    const QString policy = builtInPolicyId(option);
    if (!policy.isEmpty()) {
        result.append(prefix + policy);
    }
    return result;
}
