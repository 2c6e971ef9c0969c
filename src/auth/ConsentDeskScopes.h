#pragma once

#include "CapabilityMap.h"

#include "graph/TokenProvider.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Which delegated permissions ConsentDesk asks for, when, and why — the one place that composes scope strings.
 *
 * Rules of the identity platform (graph-api.md §10): every non-OIDC scope of one request belongs to ONE resource;
 * Graph scopes are written as full URIs of the cloud's Graph resource; a refresh token comes back only with
 * offline_access. Sign-in asks for the read set; the write set is asked for on the first write (incremental consent),
 * each permission with a reason the admin is shown first.
 *
 *  Set    Permission                              Why ConsentDesk needs it
 *  OIDC   openid profile offline_access           who signed in (id_token); stay signed in (refresh token)
 *  read   User.Read                               /me: your name, UPN and object id
 *  read   Directory.Read.All                      your directory roles, users, groups, delegated grants, app role
 *                                                 assignments, service principals (covers Application.Read.All,
 *                                                 which is therefore not asked for separately)
 *  read   ConsentRequest.Read.All                 pending admin consent requests (no broader permission reads them)
 *  read   Policy.Read.All                         consent request workflow, user consent settings, permission grant
 *                                                 and Conditional Access policies (the "why can't they connect" checks)
 *  write  DelegatedPermissionGrant.ReadWrite.All  grant, narrow and revoke delegated permissions
 *  write  AppRoleAssignment.ReadWrite.All         grant and revoke application permissions
 *  write  Application.ReadWrite.All               create a missing service principal before granting; block an app
 *  write  Policy.ReadWrite.ConsentRequest         change the admin consent workflow settings
 *  write  Policy.ReadWrite.Authorization          change the user consent settings
 *  write  Policy.ReadWrite.PermissionGrant        classify permissions low impact (delegatedPermissionClassifications)
 *  Exch.  https://outlook.office365.com/.default  Exchange.Manage as consented: mailbox scoping (access policies, RBAC)
 *
 * Not asked for: email (the mail address comes from /me), Application.Read.All, User.ReadBasic.All and
 * GroupMember.Read.All (Directory.Read.All covers them; it is needed anyway to list delegated grants tenant-wide),
 * AuditLog.Read.All (no view reads sign-in or audit logs), ConsentRequest.ReadWrite.All (Graph has no API to
 * approve or deny a request), Directory.ReadWrite.All (far broader than the write set).
 */
class ConsentDeskScopes
{
    Q_DECLARE_TR_FUNCTIONS(ConsentDeskScopes)

public:
    struct Permission
    {
        QString name; // "Directory.Read.All" (without resource)
        QString reason; // translated: why ConsentDesk needs it
        bool write = false;
    };

    static QStringList oidcScopes(); // openid profile offline_access
    static QList<Permission> graphRead();
    static QList<Permission> graphWrite(); // every write permission ConsentDesk may ever ask for
    static QList<Permission> graphWriteDefault(); // the "grant" set asked for when the caller names none
    static std::optional<Permission> graphPermission(const QString& name); // read or write, case-insensitive
    static QStringList writeScopesFor(CapabilityMap::Kind kind); // the write permissions a capability uses

    // Full scope URI: qualify("https://graph.microsoft.com", "User.Read") -> "https://graph.microsoft.com/User.Read".
    static QString qualify(const QString& resource, const QString& name);

    // Interactive sign-in or consent: OIDC scopes + the given Graph permissions (default: the read set) as full URIs.
    static QStringList graphRequest(const QString& graphResource, const QStringList& permissionNames = {});
    // Refreshing or requesting a token for one resource.
    static QStringList tokenRequest(TokenResource resource,
                                    const QString& graphResource,
                                    const QString& exchangeResource,
                                    const QStringList& graphPermissionNames = {});
    static QStringList exchangeRequest(const QString& exchangeResource); // "<res>/.default offline_access"

    static bool isOidcScope(const QString& scope);
    // The resource a scope belongs to: "" for OIDC scopes; bare names ("User.Read") belong to Microsoft Graph.
    static QString resourceOf(const QString& scope);
    static QStringList resourcesOf(const QStringList& scopes); // distinct, in order
    static QString withoutResource(const QString& scope); // "https://graph.microsoft.com/User.Read" -> "User.Read"
    // Of `wanted` (permission names), those not in `granted` (a token response's scope list, any form).
    static QStringList missing(const QStringList& granted, const QStringList& wanted);
    static QStringList names(const QList<Permission>& permissions);
};
