#pragma once

#include <QJsonObject>
#include <QString>

/**
 * One Exchange application access policy as Get-ApplicationAccessPolicy returns it. Identity is
 * "<tenantGuid>\<appId>:<scopeSid>;<scopeGuid>"; the scope's Exchange GUID and SID are parsed out of it because
 * ScopeName is only a display name (two recipients may share one).
 */
struct ApplicationAccessPolicy
{
    enum class AccessRight { RestrictAccess, DenyAccess, Unknown };

    QString identity;
    QString appId;
    QString scopeName;
    QString scopeIdentity;
    AccessRight accessRight = AccessRight::Unknown;
    QString description;
    bool isValid = true;
    // Resolved by the loader (Exchange GUID -> Entra object id); empty when the scope could not be resolved.
    QString scopeObjectId;
    QString scopeDistinguishedName; // the scope group's DN (Get-DistributionGroup), for the RBAC equivalent

    QString scopeGuid() const; // from identity
    QString scopeSid() const;
    bool isDeny() const { return accessRight == AccessRight::DenyAccess; }

    static ApplicationAccessPolicy fromJson(const QJsonObject& row);
    QJsonObject toJson() const;
    static QString accessRightName(AccessRight right); // "RestrictAccess" | "DenyAccess"
    static AccessRight accessRightFromName(const QString& name);
};
