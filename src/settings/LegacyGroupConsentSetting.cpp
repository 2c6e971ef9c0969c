#include "LegacyGroupConsentSetting.h"

const QString LegacyGroupConsentSetting::kTemplateId = QStringLiteral("dffd5d46-495d-40a9-8e21-954ff55e198a");
const QString LegacyGroupConsentSetting::kEnableName = QStringLiteral("EnableGroupSpecificConsent");
const QString LegacyGroupConsentSetting::kConstrainName
    = QStringLiteral("ConstrainGroupSpecificConsentToMembersOfGroupId");

LegacyGroupConsentSetting LegacyGroupConsentSetting::fromSettings(const QList<QJsonObject>& settings)
{
    for (const auto& s : settings) {
        if (s.value(QStringLiteral("templateId")).toString().compare(kTemplateId, Qt::CaseInsensitive) == 0) {
            return fromJson(s);
        }
    }
    return LegacyGroupConsentSetting();
}

LegacyGroupConsentSetting LegacyGroupConsentSetting::fromJson(const QJsonObject& setting)
{
    LegacyGroupConsentSetting l;
    l.present = true;
    l.id = setting.value(QStringLiteral("id")).toString();
    l.values = setting.value(QStringLiteral("values")).toArray();
    l.enableGroupSpecificConsent
        = l.value(kEnableName).trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    l.constrainedToGroupId = l.value(kConstrainName).trimmed();
    return l;
}

QString LegacyGroupConsentSetting::value(const QString& name) const
{
    for (const auto& v : values) {
        // Graph spells the names as the template does; compared case-insensitively all the same.
        if (v.toObject().value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0) {
            return v.toObject().value(QStringLiteral("value")).toString();
        }
    }
    return QString();
}

QJsonArray LegacyGroupConsentSetting::withGroupConsent(const QJsonArray& values, bool enable, const QString& groupId)
{
    QJsonArray result;
    bool enableSeen = false;
    bool groupSeen = false;
    for (const auto& v : values) {
        QJsonObject value = v.toObject();
        const QString name = value.value(QStringLiteral("name")).toString();
        if (name.compare(kEnableName, Qt::CaseInsensitive) == 0) {
            value.insert(QStringLiteral("value"), enable ? QStringLiteral("true") : QStringLiteral("false"));
            enableSeen = true;
        } else if (name.compare(kConstrainName, Qt::CaseInsensitive) == 0) {
            value.insert(QStringLiteral("value"), groupId);
            groupSeen = true;
        }
        result.append(value);
    }
    if (!enableSeen) {
        result.append(
            QJsonObject {{QStringLiteral("name"), kEnableName},
                         {QStringLiteral("value"), enable ? QStringLiteral("true") : QStringLiteral("false")}});
    }
    if (!groupSeen) {
        result.append(QJsonObject {{QStringLiteral("name"), kConstrainName}, {QStringLiteral("value"), groupId}});
    }
    return result;
}

QString LegacyGroupConsentSetting::describe() const
{
    if (!present) {
        return tr("The older directory setting \"Consent Policy Settings\" is not set in this tenant, so only the app "
                  "consent policies decide.");
    }
    if (!enableGroupSpecificConsent) {
        return tr("The older directory setting \"Consent Policy Settings\" does not let group owners consent.");
    }
    if (constrainedToGroupId.isEmpty()) {
        return tr("The older directory setting \"Consent Policy Settings\" lets every group owner consent to apps "
                  "for the groups they own, whatever the app consent policies say.");
    }
    //: %1 is a group's name (or its object ID when the name could not be read)
    return tr("The older directory setting \"Consent Policy Settings\" lets group owners who are members of the "
              "group %1 consent to apps for the groups they own, whatever the app consent policies say.")
        .arg(constrainedToGroupName.isEmpty() ? constrainedToGroupId : constrainedToGroupName);
}

QJsonObject LegacyGroupConsentSetting::toJson() const
{
    auto textOrNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject {
        {QStringLiteral("present"), present},
        {QStringLiteral("id"), textOrNull(id)},
        {QStringLiteral("enableGroupSpecificConsent"), enableGroupSpecificConsent},
        {QStringLiteral("constrainedToGroupId"), textOrNull(constrainedToGroupId)},
        {QStringLiteral("constrainedToGroupName"), textOrNull(constrainedToGroupName)},
        {QStringLiteral("allowsGroupOwnerConsent"), allowsGroupOwnerConsent()},
    };
}
