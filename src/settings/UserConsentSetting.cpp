#include "UserConsentSetting.h"

const QString UserConsentSetting::kSelfPrefix = QStringLiteral("ManagePermissionGrantsForSelf.");
const QString UserConsentSetting::kOwnedResourcePrefix = QStringLiteral("ManagePermissionGrantsForOwnedResource.");

namespace {

bool hasPrefix(const QString& entry, const QString& prefix)
{
    return entry.startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace

UserConsentSetting UserConsentSetting::fromAssigned(const QStringList& assigned)
{
    UserConsentSetting setting;
    for (const auto& entry : assigned) {
        if (hasPrefix(entry, kSelfPrefix)) {
            setting.selfPolicyIds.append(entry.mid(kSelfPrefix.size()));
        }
    }
    if (setting.selfPolicyIds.isEmpty()) {
        setting.option = Option::None;
    } else if (setting.selfPolicyIds.size() > 1) {
        setting.option = Option::Custom; // the admin center shows several policies as a custom setting
    } else {
        setting.option = Option::Custom;
        for (Option o : {Option::Low, Option::Legacy, Option::Recommended}) {
            if (builtInPolicyId(o).compare(setting.selfPolicyIds.first(), Qt::CaseInsensitive) == 0) {
                setting.option = o;
            }
        }
    }
    return setting;
}

QString UserConsentSetting::optionName(Option option)
{
    switch (option) {
    case Option::None:
        return QStringLiteral("none");
    case Option::Low:
        return QStringLiteral("low");
    case Option::Legacy:
        return QStringLiteral("legacy");
    case Option::Recommended:
        return QStringLiteral("recommended");
    case Option::Custom:
        break;
    }
    return QStringLiteral("custom");
}

bool UserConsentSetting::optionFromName(const QString& name, Option* option)
{
    for (Option o : {Option::None, Option::Low, Option::Legacy, Option::Recommended}) {
        if (optionName(o).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *option = o;
            return true;
        }
    }
    return false;
}

QString UserConsentSetting::builtInPolicyId(Option option)
{
    switch (option) {
    case Option::Low:
        return QStringLiteral("microsoft-user-default-low");
    case Option::Legacy:
        return QStringLiteral("microsoft-user-default-legacy");
    case Option::Recommended:
        return QStringLiteral("microsoft-user-default-recommended");
    case Option::None:
    case Option::Custom:
        break;
    }
    return {};
}

QString UserConsentSetting::describe(Option option)
{
    switch (option) {
    case Option::None:
        return tr("Do not allow user consent");
    case Option::Low:
        return tr("Allow user consent for apps from verified publishers, for selected permissions");
    case Option::Legacy:
        return tr("Allow user consent for apps");
    case Option::Recommended:
        return tr("Let Microsoft manage your consent settings");
    case Option::Custom:
        break;
    }
    return tr("Custom app consent policy");
}

QStringList UserConsentSetting::assignedFor(Option option, const QStringList& current)
{
    QStringList result;
    for (const auto& entry : current) {
        if (!hasPrefix(entry, kSelfPrefix)) {
            result.append(entry); // ManagePermissionGrantsForOwnedResource.* and anything else stay
        }
    }
    const QString policy = builtInPolicyId(option);
    if (!policy.isEmpty()) {
        result.append(kSelfPrefix + policy);
    }
    return result;
}

QStringList UserConsentSetting::ownedResourcePolicyIds(const QStringList& assigned)
{
    QStringList ids;
    for (const auto& entry : assigned) {
        if (hasPrefix(entry, kOwnedResourcePrefix)) {
            ids.append(entry.mid(kOwnedResourcePrefix.size()));
        }
    }
    return ids;
}
