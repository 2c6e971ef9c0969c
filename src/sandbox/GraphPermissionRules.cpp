#include "GraphPermissionRules.h"

#include "GraphContext.h"
#include "GraphErrors.h"

const QString GraphPermissionRules::kAnyRole = QStringLiteral("*");
const QString GraphPermissionRules::kGlobalAdministrator = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
const QString GraphPermissionRules::kPrivilegedRoleAdministrator
    = QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");
const QString GraphPermissionRules::kCloudApplicationAdministrator
    = QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7");
const QString GraphPermissionRules::kApplicationAdministrator = QStringLiteral("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3");
const QString GraphPermissionRules::kGlobalReader = QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451");
const QString GraphPermissionRules::kHelpdeskAdministrator = QStringLiteral("729827e3-9c14-49f7-bb1b-9608f156bbb8");
const QString GraphPermissionRules::kSecurityReader = QStringLiteral("5d6b6bb7-de71-4623-b4af-96380a352509");
const QString GraphPermissionRules::kSecurityAdministrator = QStringLiteral("194ae4cb-b126-40b2-bd5b-6091b380977d");
const QString GraphPermissionRules::kConditionalAccessAdministrator
    = QStringLiteral("b1be1c3e-b65d-4f19-8427-f6fa0d97feb9");

const QString GraphPermissionRules::kUserAdministrator = QStringLiteral("fe930be7-5e62-47db-91af-98c3a49a38b1");
const QString GraphPermissionRules::kPrivilegedAuthenticationAdministrator
    = QStringLiteral("7be44c8a-adaf-4e2a-84d6-ab2649e08a13");

const QList<GraphPermissionRules::Rule>& GraphPermissionRules::rules()
{
    using Op = Operation;
    const QString directoryRead = QStringLiteral("Directory.Read.All");
    const QString directoryWrite = QStringLiteral("Directory.ReadWrite.All");
    const QString& ga = kGlobalAdministrator;
    const QString& pra = kPrivilegedRoleAdministrator;
    const QString& caa = kCloudApplicationAdministrator;
    const QString& aa = kApplicationAdministrator;
    const QString& gr = kGlobalReader;
    static const QList<Rule> table {
        {Op::ReadSelf,
         {QStringLiteral("User.Read"),
          QStringLiteral("User.ReadWrite"),
          QStringLiteral("User.ReadBasic.All"),
          QStringLiteral("User.Read.All"),
          QStringLiteral("User.ReadWrite.All"),
          directoryRead,
          directoryWrite},
         {}},
        {Op::ReadUsers,
         {QStringLiteral("User.ReadBasic.All"),
          QStringLiteral("User.Read.All"),
          QStringLiteral("User.ReadWrite.All"),
          directoryRead,
          directoryWrite},
         {kAnyRole}},
        {Op::ReadMemberships,
         {QStringLiteral("GroupMember.Read.All"),
          QStringLiteral("GroupMember.ReadWrite.All"),
          QStringLiteral("Group.Read.All"),
          QStringLiteral("Group.ReadWrite.All"),
          directoryRead,
          directoryWrite},
         {kAnyRole}},
        {Op::ReadDirectoryRoles,
         {QStringLiteral("RoleManagement.Read.Directory"),
          QStringLiteral("RoleManagement.Read.All"),
          QStringLiteral("RoleManagement.ReadWrite.Directory"),
          directoryRead,
          directoryWrite},
         {kAnyRole}},
        {Op::ReadApplications,
         {QStringLiteral("Application.Read.All"),
          QStringLiteral("Application.ReadWrite.All"),
          directoryRead,
          directoryWrite},
         {kAnyRole}},
        {Op::WriteServicePrincipals, {QStringLiteral("Application.ReadWrite.All"), directoryWrite}, {ga, caa, aa}},
        {Op::ReadGrants,
         {QStringLiteral("DelegatedPermissionGrant.Read.All"),
          QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
          directoryRead,
          directoryWrite},
         {kAnyRole}},
        {Op::WriteGrants,
         {QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"), directoryWrite},
         {ga, pra, caa, aa}},
        {Op::WriteAppRoleAssignments, {QStringLiteral("AppRoleAssignment.ReadWrite.All")}, {ga, pra, caa, aa}},
        {Op::WriteGraphAppRoleAssignments, {QStringLiteral("AppRoleAssignment.ReadWrite.All")}, {ga, pra}},
        {Op::ReadConsentRequests,
         {QStringLiteral("ConsentRequest.Read.All"), QStringLiteral("ConsentRequest.ReadWrite.All")},
         {gr, caa, aa, ga}},
        {Op::ReadConsentPolicy,
         {QStringLiteral("Policy.Read.All"),
          QStringLiteral("Policy.ReadWrite.ConsentRequest"),
          directoryRead,
          directoryWrite},
         {gr, caa, aa, ga}},
        {Op::WriteConsentPolicy, {QStringLiteral("Policy.ReadWrite.ConsentRequest"), directoryWrite}, {caa, aa, ga}},
        {Op::ReadAuthorizationPolicy,
         {QStringLiteral("Policy.Read.All"), QStringLiteral("Policy.ReadWrite.Authorization")},
         {kAnyRole}},
        {Op::WriteAuthorizationPolicy, {QStringLiteral("Policy.ReadWrite.Authorization")}, {pra, ga}},
        {Op::ReadPermissionGrantPolicies,
         {QStringLiteral("Policy.Read.PermissionGrant"),
          QStringLiteral("Policy.ReadWrite.PermissionGrant"),
          QStringLiteral("Policy.Read.All")},
         {kAnyRole}},
        {Op::WritePermissionClassifications, {QStringLiteral("Policy.ReadWrite.PermissionGrant")}, {caa, aa, ga}},
        {Op::ReadConditionalAccess,
         {QStringLiteral("Policy.Read.All"), QStringLiteral("Policy.ReadWrite.ConditionalAccess")},
         {gr, kSecurityReader, kSecurityAdministrator, kConditionalAccessAdministrator, ga}},
        // Tenant-wide directory settings (v1.0 groupSettings, beta settings): a member reads them with
        // Directory.Read.All; writing "Consent Policy Settings" is kept to the roles that own consent settings.
        {Op::ReadGroupSettings,
         {QStringLiteral("GroupSettings.Read.All"),
          QStringLiteral("GroupSettings.ReadWrite.All"),
          directoryRead,
          directoryWrite,
          QStringLiteral("Policy.ReadWrite.Authorization")},
         {}},
        {Op::WriteConsentPolicySettings,
         {QStringLiteral("GroupSettings.ReadWrite.All"),
          directoryWrite,
          QStringLiteral("Policy.ReadWrite.Authorization")},
         {pra, ga}},
        {Op::RevokeSessions,
         {QStringLiteral("User.RevokeSessions.All"), QStringLiteral("User.ReadWrite.All"), directoryWrite},
         {ga, kUserAdministrator, kHelpdeskAdministrator, kPrivilegedAuthenticationAdministrator}},
    };
    return table;
}

bool GraphPermissionRules::hasScope(const TokenService::Claims& claims, Operation operation)
{
    for (const auto& rule : rules()) {
        if (rule.operation != operation) {
            continue;
        }
        for (const auto& scope : rule.scopes) {
            if (claims.scopes.contains(scope, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }
    return false;
}

bool GraphPermissionRules::allowed(const TokenService::Claims& claims, Operation operation)
{
    for (const auto& rule : rules()) {
        if (rule.operation != operation) {
            continue;
        }
        if (!hasScope(claims, operation)) {
            return false;
        }
        if (rule.roles.isEmpty()) {
            return true;
        }
        if (rule.roles.contains(kAnyRole)) {
            return !claims.roleTemplateIds.isEmpty();
        }
        for (const auto& role : rule.roles) {
            if (claims.roleTemplateIds.contains(role, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }
    return false;
}

std::optional<SandboxResponse> GraphPermissionRules::check(const GraphContext& context, Operation operation)
{
    if (allowed(context.claims, operation)) {
        return std::nullopt;
    }
    return GraphErrors::accessDenied(context.request);
}
