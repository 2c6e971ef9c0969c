#pragma once

#include "GraphContext.h"
#include "SandboxHttp.h"

#include <optional>

/**
 * /identityGovernance/appConsent/appConsentRequests: the admin consent workflow's requests, read-only as in Graph
 * (list, get, filterByCurrentUser(on='reviewer') which requires $filter, userConsentRequests list/get/
 * filterByCurrentUser). There is no approve/deny API: the SDKs' …/approval/stages route answers 404 "No HTTP
 * resource was found that matches the request URI", like the real service.
 */
class GraphConsentEndpoints
{
public:
    static std::optional<SandboxResponse> handle(const GraphContext& context);

    // Whether the caller is a reviewer in adminConsentRequestPolicy: listed directly (/users/{id}), through a group
    // (/groups/{id}, transitively), a directory role (/directoryRoles/{id}) or a role assignment filter on a role
    // definition (…/roleAssignments?$filter=roleDefinitionId eq '{templateId}').
    static bool isReviewer(const GraphContext& context);

private:
    static SandboxResponse requests(const GraphContext& context, const QStringList& rest);
    static SandboxResponse
    userRequests(const GraphContext& context, const QString& appRequestId, const QStringList& rest);
};
