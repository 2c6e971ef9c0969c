#pragma once

#include "SandboxHttp.h"
#include "TokenService.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct GraphContext;

/**
 * Who may do what in the emulated Graph — the one table of delegated scopes and directory roles (graph-api.md
 * "Perms" and role notes, and README's permission table). A delegated call needs BOTH one of the operation's scopes
 * in the token AND one of its roles held by the signed-in user (role template ids in the token's wids), exactly as
 * delegated permissions work in Entra: the app can never do more than the user's own role allows.
 *
 *  Operation                   Scopes (any of)                                        Roles (any of)
 *  ReadSelf (/me…, own grants) User.Read, User.ReadWrite, User.ReadBasic.All,         any signed-in user
 *                              User.Read.All, Directory.Read.All, Directory.ReadWrite.All
 *  ReadUsers                   User.ReadBasic.All, User.Read.All, User.ReadWrite.All,  any directory role
 *                              Directory.Read.All, Directory.ReadWrite.All
 *  ReadMemberships (groups,    GroupMember.Read.All, Group.Read.All, Group.ReadWrite.All, any directory role
 *   members, memberOf, checkMemberGroups)  Directory.Read.All, Directory.ReadWrite.All
 *  ReadDirectoryRoles          RoleManagement.Read.Directory, RoleManagement.Read.All,  any directory role
 *                              RoleManagement.ReadWrite.Directory, Directory.Read.All, Directory.ReadWrite.All
 *  ReadApplications (SPs, their appRoleAssignments/appRoleAssignedTo/grants)
 *                              Application.Read.All, Application.ReadWrite.All,        any directory role
 *                              Directory.Read.All, Directory.ReadWrite.All
 *  WriteServicePrincipals      Application.ReadWrite.All, Directory.ReadWrite.All      GA, CAA, AA
 *  ReadGrants                  DelegatedPermissionGrant.Read.All, DelegatedPermissionGrant.ReadWrite.All,
 *                              Directory.Read.All, Directory.ReadWrite.All             any directory role
 *  WriteGrants                 DelegatedPermissionGrant.ReadWrite.All, Directory.ReadWrite.All  GA, PRA, CAA, AA
 *  WriteAppRoleAssignments     AppRoleAssignment.ReadWrite.All                         GA, PRA, CAA, AA
 *  WriteGraphAppRoleAssignments (an app role OF Microsoft Graph)
 *                              AppRoleAssignment.ReadWrite.All                         GA, PRA
 *  ReadConsentRequests         ConsentRequest.Read.All, ConsentRequest.ReadWrite.All   GR, CAA, AA, GA
 *  ReadConsentPolicy           Policy.Read.All, Policy.ReadWrite.ConsentRequest,       GR, CAA, AA, GA
 *                              Directory.Read.All, Directory.ReadWrite.All
 *  WriteConsentPolicy          Policy.ReadWrite.ConsentRequest, Directory.ReadWrite.All  CAA, AA, GA
 *  ReadAuthorizationPolicy     Policy.Read.All, Policy.ReadWrite.Authorization         any directory role
 *  WriteAuthorizationPolicy    Policy.ReadWrite.Authorization                          PRA, GA
 *  WritePermissionClassifications (delegatedPermissionClassifications)
 *                              Policy.ReadWrite.PermissionGrant                        CAA, AA, GA
 *  ReadPermissionGrantPolicies Policy.Read.PermissionGrant, Policy.ReadWrite.PermissionGrant, Policy.Read.All
 *                                                                                      any directory role
 *  ReadConditionalAccess       Policy.Read.All, Policy.ReadWrite.ConditionalAccess     GR, Security Reader,
 *                                                                                      Security Admin, CA Admin, GA
 *  RevokeSessions (another user's; one's own needs only a scope)
 *                              User.RevokeSessions.All, User.ReadWrite.All,            GA, User Admin, Helpdesk Admin,
 *                              Directory.ReadWrite.All                                 Privileged Authentication Admin
 *
 * GA Global Administrator, PRA Privileged Role Administrator, CAA Cloud Application Administrator, AA Application
 * Administrator, GR Global Reader. Read-only roles (Global Reader, Helpdesk Administrator, …) are in no write row,
 * so every write answers them 403 Authorization_RequestDenied.
 */
class GraphPermissionRules
{
public:
    enum class Operation {
        ReadSelf,
        ReadUsers,
        ReadMemberships,
        ReadDirectoryRoles,
        ReadApplications,
        WriteServicePrincipals,
        ReadGrants,
        WriteGrants,
        WriteAppRoleAssignments,
        WriteGraphAppRoleAssignments,
        ReadConsentRequests,
        ReadConsentPolicy,
        WriteConsentPolicy,
        ReadAuthorizationPolicy,
        WriteAuthorizationPolicy,
        ReadPermissionGrantPolicies,
        WritePermissionClassifications,
        ReadConditionalAccess,
        ReadGroupSettings,
        WriteConsentPolicySettings,
        RevokeSessions,
    };

    struct Rule
    {
        Operation operation;
        QStringList scopes;
        QStringList roles; // role template ids; kAnyRole: any directory role; empty: any signed-in user
    };

    static const QString kAnyRole;

    // Well-known directory role template ids (the same in every tenant).
    static const QString kGlobalAdministrator;
    static const QString kPrivilegedRoleAdministrator;
    static const QString kCloudApplicationAdministrator;
    static const QString kApplicationAdministrator;
    static const QString kGlobalReader;
    static const QString kHelpdeskAdministrator;
    static const QString kSecurityReader;
    static const QString kSecurityAdministrator;
    static const QString kConditionalAccessAdministrator;
    static const QString kUserAdministrator;
    static const QString kPrivilegedAuthenticationAdministrator;

    static const QList<Rule>& rules();
    static bool allowed(const TokenService::Claims& claims, Operation operation);
    static bool hasScope(const TokenService::Claims& claims, Operation operation); // the scope half alone
    // nullopt when allowed; otherwise Graph's 403 Authorization_RequestDenied.
    static std::optional<SandboxResponse> check(const GraphContext& context, Operation operation);
};
