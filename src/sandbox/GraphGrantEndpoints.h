#pragma once

#include "GraphContext.h"
#include "SandboxHttp.h"

#include <QJsonObject>

#include <optional>

/**
 * /oauth2PermissionGrants: list ($filter on clientId/consentType/principalId/resourceId, answered from the store's
 * indexes), get, create (client and resource must exist, every scope must be a delegated permission the resource
 * publishes, one grant per client/resource/consentType/principal), PATCH scope (replaces the string) and DELETE.
 * Ids are opaque and derived from the GUIDs as Graph's are, so re-creating a grant yields the same id.
 */
class GraphGrantEndpoints
{
public:
    static std::optional<SandboxResponse> handle(const GraphContext& context);

private:
    static SandboxResponse list(const GraphContext& context, bool countSegment);
    static SandboxResponse create(const GraphContext& context);
    static SandboxResponse update(const GraphContext& context, const QJsonObject& grant);
    // nullopt when every scope is published by the resource; else the error to answer.
    static std::optional<SandboxResponse>
    checkScope(const GraphContext& context, const QJsonValue& scope, const QJsonObject& resource);
};
