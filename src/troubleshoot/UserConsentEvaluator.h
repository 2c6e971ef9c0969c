#pragma once

#include "directory/Permission.h"
#include "settings/ConsentSettings.h"

#include <QCoreApplication>
#include <QString>

/**
 * May a user consent to one delegated permission for one app themselves (no I/O)? The permission grant policies
 * assigned for user consent (ManagePermissionGrantsForSelf.*) decide, as Graph documents permissionGrantConditionSet
 * (graph-api.md §6): a permission is consentable when it matches an include condition set of one such policy and no
 * exclude set of that policy — permission type, classification (Microsoft Graph's delegatedPermissionClassifications;
 * other APIs' classifications are not read, so they count as unclassified), resource app, permission ids, client app
 * ids, the client's tenant, its verified publisher. A permission whose scope type is Admin never is, and an
 * application permission never is. When the policies could not be read, the admin center's built-in options are
 * judged by their documented meaning.
 */
class UserConsentEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(UserConsentEvaluator)

public:
    struct Client
    {
        QString appId;
        QString ownerTenantId; // appOwnerOrganizationId
        QString verifiedPublisherId; // empty: not verified
        bool known = true; // false: the app is not in the tenant, so its publisher cannot be read
    };
    struct Verdict
    {
        bool allowed = false;
        QString reason; // why not (or which policy allows it), in plain words
    };

    static Verdict evaluate(const ConsentSettings& settings, const Client& client, const Permission& permission);

    static bool conditionSetMatches(const PermissionGrantPolicy::ConditionSet& set,
                                    const ConsentSettings& settings,
                                    const Client& client,
                                    const Permission& permission);
};
