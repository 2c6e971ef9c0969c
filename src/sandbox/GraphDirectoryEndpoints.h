#pragma once

#include "GraphContext.h"
#include "SandboxHttp.h"

#include <QJsonObject>

#include <optional>

/**
 * /users, /me, /groups, /directoryRoles, /directoryObjects and their navigation: lookups by id or UPN (also
 * /users('…') and %23EXT%23 guests), $filter/$search/$count lists, memberOf and transitive variants,
 * members with OData casts, checkMemberGroups/checkMemberObjects, per-user grants and app role assignments, and
 * /organization (the tenant itself: WhoAmI reads its id, name and verified domains).
 */
class GraphDirectoryEndpoints
{
public:
    // nullopt when the first segment is not one of this family's.
    static std::optional<SandboxResponse> handle(const GraphContext& context);

private:
    static SandboxResponse users(const GraphContext& context);
    static SandboxResponse user(const GraphContext& context, const QString& idOrUpn, const QStringList& rest, bool me);
    static SandboxResponse
    revokeSignInSessions(const GraphContext& context, const QString& idOrUpn, const QStringList& rest, bool self);
    static SandboxResponse groups(const GraphContext& context);
    static SandboxResponse directoryRoles(const GraphContext& context);
    static SandboxResponse directoryObjects(const GraphContext& context);
    static SandboxResponse organization(const GraphContext& context);
    static QJsonObject organizationObject(const GraphContext& context);
};
