#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * Group owner consent as the older directory setting "Consent Policy Settings" (template
 * dffd5d46-495d-40a9-8e21-954ff55e198a) holds it: v1.0 /groupSettings, beta /settings. The admin center's group owner
 * consent switch writes it; while EnableGroupSpecificConsent is "true", group owners may consent whatever the
 * authorization policy's app consent policies say (Entra's "Configure group and team owner consent": turn it off
 * before app consent policies govern group owners). ConstrainGroupSpecificConsentToMembersOfGroupId narrows it to the
 * owners who are members of one group. A tenant without the setting object uses the template's defaults, which leave
 * EnableGroupSpecificConsent unset: then only the app consent policies decide.
 */
class LegacyGroupConsentSetting
{
    Q_DECLARE_TR_FUNCTIONS(LegacyGroupConsentSetting)

public:
    static const QString kTemplateId;
    static const QString kEnableName; // EnableGroupSpecificConsent
    static const QString kConstrainName; // ConstrainGroupSpecificConsentToMembersOfGroupId

    bool present = false; // the tenant has a "Consent Policy Settings" object
    QString id; // its groupSetting id
    QJsonArray values; // every value as read (kept whole: Graph's PATCH wants the whole set)
    bool enableGroupSpecificConsent = false; // "true" in any case
    QString constrainedToGroupId; // empty: every group owner
    QString constrainedToGroupName; // read separately; empty when unknown

    // The "Consent Policy Settings" object among a groupSettings listing; not present when there is none.
    static LegacyGroupConsentSetting fromSettings(const QList<QJsonObject>& settings);
    static LegacyGroupConsentSetting fromJson(const QJsonObject& setting);

    bool allowsGroupOwnerConsent() const { return present && enableGroupSpecificConsent; }
    QString value(const QString& name) const; // as read; empty when absent
    // values with EnableGroupSpecificConsent and the group id set as given, every other value as read.
    static QJsonArray withGroupConsent(const QJsonArray& values, bool enable, const QString& groupId);
    QString describe() const; // in words, for people: whether and for whom it lets group owners consent
    QJsonObject toJson() const; // settings show: {present, id, enableGroupSpecificConsent, constrainedToGroupId, …}
};
