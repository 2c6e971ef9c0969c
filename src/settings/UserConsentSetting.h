#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * "User consent for applications" as the admin center offers it, read from and written to the authorization
 * policy's defaultUserRolePermissions.permissionGrantPoliciesAssigned (graph-api.md §6): the
 * ManagePermissionGrantsForSelf.{policyId} entry says which option is in force. The list also holds
 * ManagePermissionGrantsForOwnedResource.* entries (resource-specific consent by owners) that a change must keep;
 * Graph spells the prefixes in either case, so every comparison is case-insensitive.
 */
class UserConsentSetting
{
    Q_DECLARE_TR_FUNCTIONS(UserConsentSetting)

public:
    enum class Option { None, Low, Legacy, Recommended, Custom };

    static const QString kSelfPrefix; // "ManagePermissionGrantsForSelf."
    static const QString kOwnedResourcePrefix; // "ManagePermissionGrantsForOwnedResource."

    Option option = Option::None;
    QStringList selfPolicyIds; // the ForSelf policies assigned (normally one)

    static UserConsentSetting fromAssigned(const QStringList& assigned);

    static QString optionName(Option option); // none, low, legacy, recommended, custom (CLI, JSON)
    static bool optionFromName(const QString& name, Option* option); // not for Custom
    static QString builtInPolicyId(Option option); // microsoft-user-default-low, …; empty for None and Custom
    static QString describe(Option option); // the admin center's words
    // The list to PATCH for this option: every entry that is not ForSelf kept as it was (in order), the ForSelf
    // entry replaced. Not for Custom.
    static QStringList assignedFor(Option option, const QStringList& current);
    // Group owner consent is the OwnedResource entries: the ids of those policies.
    static QStringList ownedResourcePolicyIds(const QStringList& assigned);
};
