#pragma once

#include "risk/RiskCatalog.h"
#include "risk/RiskLevel.h"

#include <QMetaType>
#include <QString>

/**
 * One permission resolved against its resource service principal: what a table row, a plan and an export show.
 * Delegated permissions are oauth2PermissionScopes (granted through oauth2PermissionGrant.scope), application
 * permissions are appRoles (granted through appRoleAssignment.appRoleId).
 */
struct Permission
{
    enum class Type { Delegated, Application };

    QString resourceAppId;
    QString resourceId; // the resource SP's object id in this tenant; empty when it has none
    QString resourceDisplayName; // "API name"
    QString value; // the claim value: "Mail.Read"
    QString permissionId; // scope id or appRole id; empty when not published
    Type type = Type::Delegated;
    QString displayName;
    QString description;
    bool adminConsentRequired = true; // delegated: scope type Admin; application permissions always
    bool published = false; // found among the resource's permissions
    bool enabled = true;
    RiskLevel risk = RiskLevel::Unranked;
    QString riskReason;

    bool isDelegated() const { return type == Type::Delegated; }
    bool isApplication() const { return type == Type::Application; }
    RiskCatalog::PermissionType riskType() const;
    QString key() const; // "resourceAppId|Delegated|value" (lower-case), for sets and selection models

    static QString typeKey(Type type); // "Delegated" / "Application" (as MSIdentityTools' PermissionType)
};

Q_DECLARE_METATYPE(Permission)
