#pragma once

#include <QFlags>
#include <QMetaType>

/**
 * Which kind of tenant state a write changed, so whoever caches that state (inventories, access policies) knows
 * what to read again. WriteRunner::applied() reports it after every write that reached the service.
 */
enum class TenantChange {
    ServicePrincipals = 0x01, // created, disabled, deleted
    Grants = 0x02, // oauth2PermissionGrants (delegated permissions)
    AppRoleAssignments = 0x04, // application permissions
    ExchangePolicies = 0x08, // application access policies
    ExchangeGroups = 0x10, // mail-enabled security groups and their members
    ExchangeRbac = 0x20, // Exchange service principals, management scopes, role assignments
    ConsentSettings = 0x40, // the admin consent workflow, user consent, permission classifications
};
Q_DECLARE_FLAGS(TenantChanges, TenantChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(TenantChanges)
Q_DECLARE_METATYPE(TenantChanges)
