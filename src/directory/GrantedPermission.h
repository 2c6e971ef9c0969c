#pragma once

#include "Permission.h"

#include <QMetaType>
#include <QString>

/**
 * One permission one app holds, as a row of the inventory, the user lookup, a revoke selection and the export:
 * the client, the claim resolved against its resource (Permission), and how it is held — a tenant-wide
 * (AllPrincipals) or one user's (Principal) delegated grant, or an application permission (app role assignment).
 */
struct GrantedPermission
{
    // AppRoleAssignment: a user's or group's assignment to an app role (user lookup), not a permission of a client.
    enum class Source { TenantWide, User, Application, AppRoleAssignment };

    Source source = Source::TenantWide;
    QString clientId; // the client SP's object id
    QString clientAppId;
    QString clientDisplayName;
    QString appOwnerOrganizationId;
    bool microsoftApp = false; // owned by a Microsoft tenant (RiskCatalog::appTrust)
    bool verifiedPublisher = false;
    Permission permission; // resource, claim value, display name, description, risk
    QString grantId; // delegated: the oauth2PermissionGrant
    QString assignmentId; // application: the appRoleAssignment
    QString principalId; // Principal grants: the user; app roles given to a user or group: that principal
    QString principalDisplayName;
    QString principalUpn;
    QString grantedThrough; // user lookup: "" direct, else the group that carries an app role assignment

    bool isDelegated() const { return source == Source::TenantWide || source == Source::User; }
    // MSIdentityTools' PermissionType: "Application", "Delegated-AllPrincipals", "Delegated-Principal"
    // (and "AppRoleAssignment" for a user's or group's app role).
    QString permissionType() const;
    QString consentType() const; // "AllPrincipals" | "Principal" | "" (application permissions)
    // The Keep only… key of the permission, whatever grant holds it: Permission::key().
    QString permissionKey() const { return permission.key(); }
    // Identifies this row (grant/assignment + claim), for selections that must survive a reload.
    QString rowKey() const;

    static QString sourceName(Source source); // "tenantWide" | "user" | "application" | "appRoleAssignment"
};

Q_DECLARE_METATYPE(GrantedPermission)
