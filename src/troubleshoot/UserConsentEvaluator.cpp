#include "UserConsentEvaluator.h"

namespace {

// Graph fills an omitted list with "all"; an empty list is read the same way.
bool listAllows(const QStringList& list, const QString& value)
{
    if (list.isEmpty()) {
        return true;
    }
    for (const QString& item : list) {
        if (item.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0
            || (!value.isEmpty() && item.compare(value, Qt::CaseInsensitive) == 0)) {
            return true;
        }
    }
    return false;
}

QString classificationOf(const ConsentSettings& settings, const Permission& permission)
{
    if (permission.resourceAppId.compare(ConsentSettings::kMicrosoftGraphAppId, Qt::CaseInsensitive) != 0) {
        return {};
    }
    for (const auto& c : settings.classifications) {
        if ((!permission.permissionId.isEmpty()
             && c.permissionId.compare(permission.permissionId, Qt::CaseInsensitive) == 0)
            || c.permissionName.compare(permission.value, Qt::CaseInsensitive) == 0) {
            return c.classification;
        }
    }
    return {};
}

} // namespace

bool UserConsentEvaluator::conditionSetMatches(const PermissionGrantPolicy::ConditionSet& set,
                                               const ConsentSettings& settings,
                                               const Client& client,
                                               const Permission& permission)
{
    const QString type = set.permissionType.isEmpty() ? QStringLiteral("delegated") : set.permissionType;
    if (permission.isApplication()) {
        return type.compare(QLatin1String("application"), Qt::CaseInsensitive) == 0;
    }
    if (type.compare(QLatin1String("delegated"), Qt::CaseInsensitive) != 0
        && type.compare(QLatin1String("delegatedUserConsentable"), Qt::CaseInsensitive) != 0) {
        return false;
    }
    const QString resource = set.resourceApplication.isEmpty() ? QStringLiteral("any") : set.resourceApplication;
    if (resource.compare(QLatin1String("any"), Qt::CaseInsensitive) != 0
        && resource.compare(permission.resourceAppId, Qt::CaseInsensitive) != 0) {
        return false;
    }
    const QString wanted
        = set.permissionClassification.isEmpty() ? QStringLiteral("all") : set.permissionClassification;
    if (wanted.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0
        && classificationOf(settings, permission).compare(wanted, Qt::CaseInsensitive) != 0) {
        return false;
    }
    return listAllows(set.permissions, permission.permissionId) && listAllows(set.clientApplicationIds, client.appId)
           && listAllows(set.clientApplicationTenantIds, client.ownerTenantId)
           && listAllows(set.clientApplicationPublisherIds, client.verifiedPublisherId)
           && (!set.clientApplicationsFromVerifiedPublisherOnly || !client.verifiedPublisherId.isEmpty());
}

UserConsentEvaluator::Verdict
UserConsentEvaluator::evaluate(const ConsentSettings& settings, const Client& client, const Permission& permission)
{
    Verdict v;
    if (permission.isApplication()) {
        v.reason = tr("%1 is an application permission: only an administrator can grant it.").arg(permission.value);
        return v;
    }
    if (permission.published && permission.adminConsentRequired) {
        //: %1 a permission, %2 the API that publishes it
        v.reason = tr("%1 of %2 always needs an administrator's consent.")
                       .arg(permission.value, permission.resourceDisplayName);
        return v;
    }
    if (settings.authorizationError.isError()) {
        v.reason = tr("The user consent setting could not be read.");
        return v;
    }
    if (settings.userConsent.option == UserConsentSetting::Option::None) {
        v.reason = tr("User consent is turned off in this tenant.");
        return v;
    }
    const QList<PermissionGrantPolicy> policies = settings.userConsentPolicies();
    if (!settings.policiesError.isError() && !policies.isEmpty()) {
        for (const auto& policy : policies) {
            bool included = false;
            for (const auto& set : policy.includes) {
                included = included || conditionSetMatches(set, settings, client, permission);
            }
            bool excluded = false;
            for (const auto& set : policy.excludes) {
                excluded = excluded || conditionSetMatches(set, settings, client, permission);
            }
            if (included && !excluded) {
                v.allowed = true;
                //: %1 a permission, %2 a permission grant policy's name
                v.reason = tr("%1 is allowed by the user consent policy \"%2\".")
                               .arg(permission.value, policy.displayName.isEmpty() ? policy.id : policy.displayName);
                return v;
            }
        }
    } else {
        // The policies behind the option could not be read: judge the built-in options by their documented meaning.
        switch (settings.userConsent.option) {
        case UserConsentSetting::Option::Legacy:
            v.allowed = true;
            v.reason = tr("Users may consent to any permission that does not need an administrator.");
            return v;
        case UserConsentSetting::Option::Low:
            if (!client.verifiedPublisherId.isEmpty()
                && classificationOf(settings, permission).compare(QLatin1String("low"), Qt::CaseInsensitive) == 0) {
                v.allowed = true;
                v.reason = tr("%1 is classified low impact and the app's publisher is verified.").arg(permission.value);
                return v;
            }
            break;
        default:
            break;
        }
    }
    QStringList why;
    if (settings.userConsent.option == UserConsentSetting::Option::Low
        || settings.userConsent.option == UserConsentSetting::Option::Recommended) {
        if (!client.known) {
            why.append(tr("the app is not in this tenant yet, so its publisher's verification cannot be read"));
        } else if (client.verifiedPublisherId.isEmpty()) {
            why.append(tr("the app's publisher is not verified"));
        }
        if (classificationOf(settings, permission).compare(QLatin1String("low"), Qt::CaseInsensitive) != 0) {
            why.append(tr("%1 is not classified low impact").arg(permission.value));
        }
    }
    v.reason = why.isEmpty()
                   ? tr("No user consent policy of this tenant allows %1 for this app.").arg(permission.value)
                   //: %1 a permission, %2 reasons joined with "and"-free semicolons
                   : tr("No user consent policy allows %1: %2.").arg(permission.value, why.join(QStringLiteral("; ")));
    return v;
}
