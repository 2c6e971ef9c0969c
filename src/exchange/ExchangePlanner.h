#pragma once

#include "ApplicationAccessPolicy.h"
#include "ExchangePlan.h"
#include "ManagementRoleAssignment.h"

#include <QStringList>

/**
 * Builds the ExchangePlans of the access-policy and RBAC-for-Applications features. Pure: no I/O; the steps are
 * those of Microsoft's documented recipes, in their order.
 */
class ExchangePlanner
{
public:
    struct ScopeAppRequest
    {
        QString appId;
        QString appDisplayName;
        QString group; // an existing mail-enabled security group (identity), or the name of the one to create
        bool createGroup = false;
        QStringList addMembers; // recipients (UPN/SMTP) to add to the group
        ApplicationAccessPolicy::AccessRight accessRight = ApplicationAccessPolicy::AccessRight::RestrictAccess;
        QString description;
    };
    // The classic recipe: [New-DistributionGroup -Type Security], Add-DistributionGroupMember…,
    // New-ApplicationAccessPolicy.
    static ExchangePlan scopeApp(const ScopeAppRequest& request);
    static ExchangePlan removePolicy(const ApplicationAccessPolicy& policy);
    static ExchangePlan setPolicyDescription(const ApplicationAccessPolicy& policy, const QString& description);
    static ExchangePlan addMembers(const QString& group, const QStringList& members);
    static ExchangePlan removeMembers(const QString& group, const QStringList& members);

    struct RbacRequest
    {
        QString appId;
        QString servicePrincipalObjectId; // the enterprise application's object id
        QString appDisplayName;
        bool createServicePrincipal = true; // Exchange's pointer does not exist yet
        QString role = QStringLiteral("Application Mail.Read");
        QString scopeName; // empty: the whole organization
        QString recipientFilter; // with createScope: the new scope's RecipientRestrictionFilter
        bool createScope = false;
    };
    // RBAC for Applications: [New-ServicePrincipal], [New-ManagementScope], New-ManagementRoleAssignment -App.
    static ExchangePlan grantRbac(const RbacRequest& request);
    static ExchangePlan removeRoleAssignment(const ManagementRoleAssignment& assignment);
    // The RBAC equivalent of a legacy policy on a group (RestrictAccess only: RBAC has no deny). Exchange's
    // MemberOfGroup compares distinguished names (a group's name matches nothing) and counts direct members only.
    // Empty, with *refusal saying why and what to do, when the DN holds a quote-like character or a control (it
    // goes into an OPATH string) or is empty.
    static QString rbacFilterForGroup(const QString& groupDistinguishedName, QString* refusal = nullptr);
};
