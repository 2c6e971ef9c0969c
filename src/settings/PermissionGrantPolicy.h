#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * A permission grant policy (/policies/permissionGrantPolicies, graph-api.md §6): what it lets be consented to,
 * as includes and excludes of permissionGrantConditionSet.
 */
struct PermissionGrantPolicy
{
    struct ConditionSet
    {
        QString id;
        QString permissionClassification; // low, medium, high, all
        QString permissionType; // delegated, application, delegatedUserConsentable
        QString resourceApplication; // an appId or "any"
        QStringList permissions; // permission ids or "all"
        QStringList clientApplicationIds;
        QStringList clientApplicationTenantIds;
        QStringList clientApplicationPublisherIds;
        bool clientApplicationsFromVerifiedPublisherOnly = false;

        static ConditionSet fromJson(const QJsonObject& json);
        QJsonObject toJson() const;
        QString describe() const; // one line: "delegated, classified low, any API, verified publishers only"
    };

    QString id;
    QString displayName;
    QString description;
    QString resourceScopeType; // group, team, chat, tenant; empty when Graph's answer did not carry it
    QList<ConditionSet> includes;
    QList<ConditionSet> excludes;

    static PermissionGrantPolicy fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};
