#pragma once

#include "PermissionGrantPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * "Group owner consent for apps accessing data" as Microsoft Graph exposes it today (graph-api.md §6; Entra's
 * "Configure group and team owner consent"): ManagePermissionGrantsForOwnedResource.{policyId} entries of the
 * authorization policy's defaultUserRolePermissions.permissionGrantPoliciesAssigned whose policy is scoped to groups
 * (resourceScopeType "group"). Microsoft's built-in ones are microsoft-pre-approval-apps-for-group (apps an admin
 * pre-approved) and microsoft-all-application-permissions-for-group (any app, for permissions that need no admin).
 * Entries for teams and chats (Microsoft's dynamically managed policies, or any policy scoped to team or chat) are
 * not group owner consent and are kept by every change. Comparisons are case-insensitive, as Graph varies the case.
 */
class GroupOwnerConsentSetting
{
    Q_DECLARE_TR_FUNCTIONS(GroupOwnerConsentSetting)

public:
    enum class Option { None, PreApproved, All, Custom };

    Option option = Option::None;
    QStringList groupPolicyIds; // the group-scoped OwnedResource policies assigned, as read

    // policies: the tenant's permission grant policies as read (they say which are scoped to groups); may be empty.
    static GroupOwnerConsentSetting fromAssigned(const QStringList& assigned,
                                                 const QList<PermissionGrantPolicy>& policies);
    // Whether an OwnedResource policy governs group owners: scoped to groups, one of Microsoft's two, or a policy not
    // read whose id does not name Microsoft's teams and chats policies (an unknown scope counts against the tenant).
    static bool isGroupPolicy(const QString& policyId, const QList<PermissionGrantPolicy>& policies);
    // Every policy id a change replaces: Microsoft's two, the tenant's group-scoped ones and those assigned now.
    static QStringList replacedPolicyIds(const QStringList& assigned, const QList<PermissionGrantPolicy>& policies);

    static QString optionName(Option option); // none, pre-approved, all, custom (CLI, JSON)
    static bool optionFromName(const QString& name, Option* option); // not for Custom
    static QString builtInPolicyId(Option option); // empty for None and Custom
    static QString describe(Option option); // the admin center's words
    static QString explain(Option option); // what it lets group owners do, in a sentence
    // The list to PATCH: every entry kept as it was (in order) except the OwnedResource entries of replacedIds,
    // then the one for this option. Not for Custom.
    static QStringList assignedFor(Option option, const QStringList& current, const QStringList& replacedIds);
};
