#include "ConsentSettings.h"

#include <QJsonArray>

const QString ConsentSettings::kMicrosoftGraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");

QList<PermissionClassification> ConsentSettings::lowImpact() const
{
    QList<PermissionClassification> low;
    for (const auto& c : classifications) {
        if (c.classification.compare(QLatin1String("low"), Qt::CaseInsensitive) == 0) {
            low.append(c);
        }
    }
    return low;
}

const PermissionGrantPolicy* ConsentSettings::policy(const QString& id) const
{
    for (const auto& p : policies) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

QList<PermissionGrantPolicy> ConsentSettings::userConsentPolicies() const
{
    QList<PermissionGrantPolicy> list;
    for (const auto& id : userConsent.selfPolicyIds) {
        if (const auto* p = policy(id)) {
            list.append(*p);
        } else {
            PermissionGrantPolicy unknown; // assigned, but not readable or not there: keep its id visible
            unknown.id = id;
            list.append(unknown);
        }
    }
    return list;
}

bool ConsentSettings::hasErrors() const
{
    return workflowError.isError() || authorizationError.isError() || policiesError.isError()
           || classificationsError.isError() || legacyGroupConsentError.isError();
}

GroupOwnerConsentSetting ConsentSettings::groupOwnerConsent() const
{
    return GroupOwnerConsentSetting::fromAssigned(permissionGrantPoliciesAssigned, policies);
}

bool ConsentSettings::groupOwnersMayConsent() const
{
    return (!authorizationError.isError() && !groupOwnerConsent().groupPolicyIds.isEmpty())
           || legacyGroupConsent.allowsGroupOwnerConsent();
}

QJsonObject ConsentSettings::toJson() const
{
    auto errorValue
        = [](const GraphError& e) { return e.isError() ? QJsonValue(e.summary()) : QJsonValue(QJsonValue::Null); };
    QJsonObject workflowJson = workflowError.isError() ? QJsonObject() : workflow.toJson();
    workflowJson.insert(QStringLiteral("error"), errorValue(workflowError));

    QJsonArray inForce;
    for (const auto& p : userConsentPolicies()) {
        inForce.append(p.toJson());
    }
    QJsonArray all;
    for (const auto& p : policies) {
        all.append(p.toJson());
    }
    QJsonObject userConsentJson {
        {QStringLiteral("setting"),
         authorizationError.isError() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(UserConsentSetting::optionName(userConsent.option))},
        {QStringLiteral("description"),
         authorizationError.isError() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(UserConsentSetting::describe(userConsent.option))},
        {QStringLiteral("policies"), inForce},
        {QStringLiteral("permissionGrantPoliciesAssigned"),
         QJsonArray::fromStringList(permissionGrantPoliciesAssigned)},
        {QStringLiteral("groupOwnerConsentPolicies"),
         QJsonArray::fromStringList(UserConsentSetting::ownedResourcePolicyIds(permissionGrantPoliciesAssigned))},
        {QStringLiteral("allowUserConsentForRiskyApps"), allowUserConsentForRiskyApps},
        {QStringLiteral("allPolicies"), all},
        {QStringLiteral("error"), errorValue(authorizationError)},
        {QStringLiteral("policiesError"), errorValue(policiesError)},
    };
    const GroupOwnerConsentSetting owners = groupOwnerConsent();
    QJsonObject groupOwnerJson {
        {QStringLiteral("setting"),
         authorizationError.isError() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(GroupOwnerConsentSetting::optionName(owners.option))},
        {QStringLiteral("description"),
         authorizationError.isError() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(GroupOwnerConsentSetting::describe(owners.option))},
        {QStringLiteral("policies"), QJsonArray::fromStringList(owners.groupPolicyIds)},
        {QStringLiteral("error"), errorValue(authorizationError)},
    };
    QJsonObject legacyJson = legacyGroupConsentError.isError() ? QJsonObject() : legacyGroupConsent.toJson();
    legacyJson.insert(QStringLiteral("error"), errorValue(legacyGroupConsentError));
    groupOwnerJson.insert(QStringLiteral("legacySetting"), legacyJson);
    QJsonArray low;
    for (const auto& c : lowImpact()) {
        low.append(c.toJson());
    }
    return QJsonObject {
        {QStringLiteral("adminConsentWorkflow"), workflowJson},
        {QStringLiteral("userConsent"), userConsentJson},
        {QStringLiteral("groupOwnerConsent"), groupOwnerJson},
        {QStringLiteral("lowImpactPermissions"), low},
        {QStringLiteral("lowImpactPermissionsError"), errorValue(classificationsError)},
    };
}
