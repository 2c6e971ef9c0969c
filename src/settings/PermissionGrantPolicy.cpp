#include "PermissionGrantPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const auto& v : value.toArray()) {
        list.append(v.toString());
    }
    return list;
}

bool isAll(const QStringList& list)
{
    return list.isEmpty() || (list.size() == 1 && list.first().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0);
}

} // namespace

PermissionGrantPolicy::ConditionSet PermissionGrantPolicy::ConditionSet::fromJson(const QJsonObject& json)
{
    ConditionSet set;
    set.id = json.value(QStringLiteral("id")).toString();
    set.permissionClassification
        = json.value(QStringLiteral("permissionClassification")).toString(QStringLiteral("all"));
    set.permissionType = json.value(QStringLiteral("permissionType")).toString();
    set.resourceApplication = json.value(QStringLiteral("resourceApplication")).toString(QStringLiteral("any"));
    set.permissions = strings(json.value(QStringLiteral("permissions")));
    set.clientApplicationIds = strings(json.value(QStringLiteral("clientApplicationIds")));
    set.clientApplicationTenantIds = strings(json.value(QStringLiteral("clientApplicationTenantIds")));
    set.clientApplicationPublisherIds = strings(json.value(QStringLiteral("clientApplicationPublisherIds")));
    set.clientApplicationsFromVerifiedPublisherOnly
        = json.value(QStringLiteral("clientApplicationsFromVerifiedPublisherOnly")).toBool();
    return set;
}

QJsonObject PermissionGrantPolicy::ConditionSet::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("permissionClassification"), permissionClassification},
        {QStringLiteral("permissionType"), permissionType},
        {QStringLiteral("resourceApplication"), resourceApplication},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
        {QStringLiteral("clientApplicationIds"), QJsonArray::fromStringList(clientApplicationIds)},
        {QStringLiteral("clientApplicationTenantIds"), QJsonArray::fromStringList(clientApplicationTenantIds)},
        {QStringLiteral("clientApplicationPublisherIds"), QJsonArray::fromStringList(clientApplicationPublisherIds)},
        {QStringLiteral("clientApplicationsFromVerifiedPublisherOnly"), clientApplicationsFromVerifiedPublisherOnly},
    };
}

QString PermissionGrantPolicy::ConditionSet::describe() const
{
    // Graph's own property values (delegated, low, ids), joined by words in the GUI's language; the CLI has no
    // translator and prints the English.
    QStringList parts;
    //: A permission grant condition set that matches every permission type (delegated and application)
    parts << (permissionType.isEmpty() ? QCoreApplication::translate("PermissionGrantPolicy", "any type")
                                       : permissionType);
    if (permissionClassification.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0) {
        //: %1 is Graph's classification value: low, medium or high
        parts << QCoreApplication::translate("PermissionGrantPolicy", "classified %1").arg(permissionClassification);
    }
    parts << (resourceApplication.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0
                  //: the condition set matches permissions of any resource API
                  ? QCoreApplication::translate("PermissionGrantPolicy", "any API")
                  //: %1 is the resource API's application id
                  : QCoreApplication::translate("PermissionGrantPolicy", "API %1").arg(resourceApplication));
    if (!isAll(permissions)) {
        //: %1 is a list of permission ids
        parts << QCoreApplication::translate("PermissionGrantPolicy", "permissions %1")
                     .arg(permissions.join(QLatin1Char(',')));
    }
    if (!isAll(clientApplicationIds)) {
        //: %1 is a list of client application ids
        parts << QCoreApplication::translate("PermissionGrantPolicy", "clients %1")
                     .arg(clientApplicationIds.join(QLatin1Char(',')));
    }
    if (!isAll(clientApplicationTenantIds)) {
        //: %1 is a list of tenant ids the client apps come from
        parts << QCoreApplication::translate("PermissionGrantPolicy", "client tenants %1")
                     .arg(clientApplicationTenantIds.join(QLatin1Char(',')));
    }
    if (!isAll(clientApplicationPublisherIds)) {
        //: %1 is a list of publisher ids (Microsoft Partner Network ids)
        parts << QCoreApplication::translate("PermissionGrantPolicy", "publishers %1")
                     .arg(clientApplicationPublisherIds.join(QLatin1Char(',')));
    }
    if (clientApplicationsFromVerifiedPublisherOnly) {
        //: the condition set matches only apps from verified publishers
        parts << QCoreApplication::translate("PermissionGrantPolicy", "verified publishers only");
    }
    return parts.join(QStringLiteral(", "));
}

PermissionGrantPolicy PermissionGrantPolicy::fromJson(const QJsonObject& json)
{
    PermissionGrantPolicy policy;
    policy.id = json.value(QStringLiteral("id")).toString();
    policy.displayName = json.value(QStringLiteral("displayName")).toString();
    policy.description = json.value(QStringLiteral("description")).toString();
    policy.resourceScopeType = json.value(QStringLiteral("resourceScopeType")).toString();
    for (const auto& s : json.value(QStringLiteral("includes")).toArray()) {
        policy.includes.append(ConditionSet::fromJson(s.toObject()));
    }
    for (const auto& s : json.value(QStringLiteral("excludes")).toArray()) {
        policy.excludes.append(ConditionSet::fromJson(s.toObject()));
    }
    return policy;
}

QJsonObject PermissionGrantPolicy::toJson() const
{
    QJsonArray in;
    QJsonArray out;
    for (const auto& s : includes) {
        in.append(s.toJson());
    }
    for (const auto& s : excludes) {
        out.append(s.toJson());
    }
    QJsonObject json {{QStringLiteral("id"), id},
                      {QStringLiteral("displayName"), displayName},
                      {QStringLiteral("description"), description},
                      {QStringLiteral("includes"), in},
                      {QStringLiteral("excludes"), out}};
    if (!resourceScopeType.isEmpty()) {
        json.insert(QStringLiteral("resourceScopeType"), resourceScopeType);
    }
    return json;
}
