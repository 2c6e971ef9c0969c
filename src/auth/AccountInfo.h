#pragma once

#include "CapabilityMap.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * Who is signed in, to which tenant, with which directory roles — non-secret, for the status bar, the profile's
 * lastUser and the capability map. Filled by WhoAmI from Graph (/me, /me/memberOf, /organization), with the id_token's
 * claims as a fallback for display.
 */
struct AccountInfo
{
    struct Role
    {
        QString id; // the directoryRole object's id in this tenant
        QString templateId; // the same in every tenant (CapabilityMap's constants)
        QString displayName;
    };

    QString userObjectId;
    QString userPrincipalName;
    QString displayName;
    QString mail;
    QString tenantId;
    QString tenantDisplayName;
    QString tenantDefaultDomain; // the initial *.onmicrosoft.com or the default verified domain
    QStringList verifiedDomains;
    bool organizationRead = false; // tenant id and verifiedDomains came from /organization (not guessed from claims)
    QList<Role> roles;
    bool rolesKnown = false; // false: Graph could not list the roles (rolesError says why)
    QString rolesError;

    bool isValid() const { return !userObjectId.isEmpty(); }
    QStringList roleTemplateIds() const;
    QStringList roleNames() const; // display names, sorted
    CapabilityMap capabilities() const { return CapabilityMap::fromRoleTemplateIds(roleTemplateIds(), rolesKnown); }
};

Q_DECLARE_METATYPE(AccountInfo)
