#pragma once

#include "ODataEntityType.h"

/**
 * The entity types the sandbox serves, with the query capabilities Graph documents for them (graph-api.md §1–8).
 * Ids of directory objects are Edm.String (quoted in $filter); appRoleAssignment's principalId/resourceId are
 * Edm.Guid (unquoted); appRoleId is known but not filterable.
 */
class GraphSchema
{
public:
    static const ODataEntityType& user();
    static const ODataEntityType& group();
    static const ODataEntityType& servicePrincipal();
    static const ODataEntityType& directoryObject(); // heterogeneous member lists
    static const ODataEntityType& directoryRole();
    static const ODataEntityType& oauth2PermissionGrant();
    static const ODataEntityType& appRoleAssignment();
    static const ODataEntityType& appConsentRequest();
    static const ODataEntityType& userConsentRequest();
    static const ODataEntityType& permissionGrantPolicy();
    static const ODataEntityType& permissionGrantConditionSet();
    static const ODataEntityType& conditionalAccessPolicy();
    static const ODataEntityType& organization();
};
