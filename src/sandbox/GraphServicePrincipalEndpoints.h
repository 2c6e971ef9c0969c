#pragma once

#include "GraphContext.h"
#include "SandboxHttp.h"

#include <QJsonObject>

#include <optional>

/**
 * /servicePrincipals: list, get by object id or by the appId alternate key, create from {"appId"} (instantiating a
 * multi-tenant app the sandbox knows), PATCH (accountEnabled, …), DELETE, and the navigation appRoleAssignments
 * (held by the SP), appRoleAssignedTo (granted on it as a resource), oauth2PermissionGrants, memberOf, and
 * delegatedPermissionClassifications (GraphClassificationEndpoints).
 */
class GraphServicePrincipalEndpoints
{
public:
    static std::optional<SandboxResponse> handle(const GraphContext& context);

private:
    static SandboxResponse create(const GraphContext& context);
    static SandboxResponse update(const GraphContext& context, const QJsonObject& servicePrincipal);
    static SandboxResponse remove(const GraphContext& context, const QJsonObject& servicePrincipal);
    static SandboxResponse navigation(const GraphContext& context,
                                      const QJsonObject& servicePrincipal,
                                      const QString& base,
                                      const QStringList& rest);
};
