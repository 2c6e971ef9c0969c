#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * What the signed-in admin may do in ConsentDesk, derived from their directory roles (role template ids, the same in
 * every tenant). Delegated permissions never exceed the admin's own role, so every write view asks this map first and
 * shows the reason instead of a raw 403 (graph-api.md §1–4 role notes; Entra's "grant tenant-wide admin consent").
 *
 *  Capability                 Allowed for
 *  ReadInventory              any directory role below (Directory.Read.All reads as the user)
 *  ReadRequests               Global Reader, Cloud Application Admin, Application Admin, Global Admin
 *  GrantDelegated             Cloud Application Admin, Application Admin, Privileged Role Admin, Global Admin
 *  GrantApplication           Privileged Role Admin, Global Admin (application permissions of Microsoft Graph)
 *  GrantApplicationOtherApis  as GrantDelegated (app roles of APIs other than Microsoft Graph)
 *  Revoke                     as GrantDelegated
 *  BlockApp                   Cloud Application Admin, Application Admin, Global Admin
 *  EditPolicies               Cloud Application Admin, Application Admin, Global Admin (admin consent workflow)
 *  EditUserConsentSettings    Privileged Role Admin, Global Admin (authorizationPolicy)
 *  ExchangeAccessPolicies     Exchange Administrator, Global Admin
 */
class CapabilityMap
{
    Q_DECLARE_TR_FUNCTIONS(CapabilityMap)

public:
    enum class Kind {
        ReadInventory,
        ReadRequests,
        GrantDelegated,
        GrantApplication, // Microsoft Graph app roles
        GrantApplicationOtherApis,
        Revoke,
        BlockApp,
        EditPolicies,
        EditUserConsentSettings,
        ExchangeAccessPolicies,
    };

    struct Capability
    {
        Kind kind = Kind::ReadInventory;
        bool allowed = false;
        QString reason; // when not allowed: which role it needs and which the admin has; empty when allowed
        QStringList sufficientRoles; // display names of the roles that would allow it
    };

    // Role template ids (docs: "Microsoft Entra built-in roles").
    static const QString GlobalAdministrator;
    static const QString PrivilegedRoleAdministrator;
    static const QString CloudApplicationAdministrator;
    static const QString ApplicationAdministrator;
    static const QString GlobalReader;
    static const QString HelpdeskAdministrator;
    static const QString ExchangeAdministrator;
    static const QString SecurityReader;

    CapabilityMap(); // roles unknown: nothing allowed
    // rolesKnown = false: Graph could not tell (the reasons say so instead of blaming a role).
    static CapabilityMap fromRoleTemplateIds(const QStringList& roleTemplateIds, bool rolesKnown = true);

    Capability capability(Kind kind) const;
    bool allows(Kind kind) const { return capability(kind).allowed; }
    // Granting application permissions: Microsoft Graph's need more than other APIs'.
    Capability grantApplication(bool microsoftGraph) const;
    QList<Capability> all() const;
    QStringList roleTemplateIds() const { return m_roles; }
    bool rolesKnown() const { return m_rolesKnown; }

    static QList<Kind> kinds();
    static QString kindName(Kind kind); // stable id for logs and the CLI: "grant-delegated"
    static QString describe(Kind kind); // "grant Microsoft Graph application permissions" (translated)
    static QString roleDisplayName(const QString& roleTemplateId); // empty for roles ConsentDesk does not know
    static QStringList sufficientRoleIds(Kind kind);

private:
    QStringList m_roles; // lower-case template ids
    bool m_rolesKnown = false;
};
