#pragma once

#include "GraphContext.h"
#include "SandboxHttp.h"

#include <optional>

/**
 * /policies/adminConsentRequestPolicy (GET; PUT 204 — PATCH is 405, as in Graph), /policies/authorizationPolicy
 * (v1.0 single object, beta's /authorizationPolicy/authorizationPolicy and its top-level
 * permissionGrantPolicyIdsAssignedToDefaultUserRole; PATCH 204), /policies/permissionGrantPolicies (list, get,
 * includes/excludes), /identity/conditionalAccess/policies (list, get).
 */
class GraphPolicyEndpoints
{
public:
    static std::optional<SandboxResponse> handle(const GraphContext& context);

private:
    static SandboxResponse adminConsentRequestPolicy(const GraphContext& context, const QStringList& rest);
    static SandboxResponse putAdminConsentRequestPolicy(const GraphContext& context);
    static SandboxResponse authorizationPolicy(const GraphContext& context, const QStringList& rest);
    static SandboxResponse patchAuthorizationPolicy(const GraphContext& context);
    static SandboxResponse permissionGrantPolicies(const GraphContext& context, const QStringList& rest);
    static SandboxResponse conditionalAccess(const GraphContext& context);
};
