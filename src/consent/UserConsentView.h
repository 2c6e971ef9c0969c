#pragma once

#include "MailboxScopeProvider.h"
#include "directory/GrantedPermission.h"
#include "directory/User.h"
#include "graph/GraphError.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * "What did this user grant, to whom?" — the helpdesk view of one user: the apps they consented to themselves
 * (their Principal grants), the admin-consented (AllPrincipals) grants that apply to everyone and so to them, their
 * app role assignments (direct and through any group they belong to, nested included), and the apps whose
 * mail/calendar application permissions reach every mailbox unless Exchange scopes them.
 */
struct UserConsentView
{
    struct Group
    {
        QString id;
        QString displayName;
    };

    struct MailboxAccess
    {
        QString clientId;
        QString clientAppId;
        QString clientDisplayName;
        QStringList permissions; // "Mail.Read (Microsoft Graph)"
        MailboxScopeProvider::Scope scope = MailboxScopeProvider::Scope::NotChecked;
        QString detail; // from the provider ("policy Contoso-Sales: member")
    };

    User user;
    QList<GrantedPermission> userConsents; // Source::User rows
    QList<GrantedPermission> tenantWide; // Source::TenantWide rows
    QList<GrantedPermission> appRoles; // Source::AppRoleAssignment rows; grantedThrough = group name or ""
    QList<Group> groups; // transitive
    QList<MailboxAccess> mailboxAccess;
    GraphError error; // the first failure; what did load is still there

    bool isValid() const { return user.isValid(); }
    QStringList consentedApps() const; // display names of the apps in userConsents, unique
};

Q_DECLARE_METATYPE(UserConsentView)
