#pragma once

#include "GraphContext.h"
#include "SandboxHttp.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Navigation shared by users, groups, service principals and /me: directory-object lists (members, memberOf,
 * transitive…, with OData casts and /$count), checkMemberGroups/checkMemberObjects, and app role assignments
 * (list, create with Graph's validation, delete) from either side — the resource (appRoleAssignedTo) or the
 * principal (appRoleAssignments).
 */
class GraphNavigation
{
public:
    // ids -> directory objects (with @odata.type); rest: optional cast segment ("microsoft.graph.user") and "$count".
    static SandboxResponse directoryObjects(const GraphContext& context,
                                            const QStringList& ids,
                                            const QString& contextFragment,
                                            const QStringList& rest);
    // Groups (and, for users, directory roles) the principal belongs to.
    static QStringList memberOfIds(const GraphContext& context, const QString& principalId, bool transitive);
    static SandboxResponse checkMemberGroups(const GraphContext& context, const QString& principalId);
    static SandboxResponse checkMemberObjects(const GraphContext& context, const QString& principalId);

    static SandboxResponse assignments(const GraphContext& context,
                                       const QList<QJsonObject>& items,
                                       const QString& contextFragment,
                                       const QStringList& rest);
    // ownerIsResource: POST /servicePrincipals/{resource}/appRoleAssignedTo; else POST
    // …/{principal}/appRoleAssignments.
    static SandboxResponse createAssignment(const GraphContext& context,
                                            const QString& ownerId,
                                            bool ownerIsResource,
                                            const QString& contextFragment);
    static SandboxResponse deleteAssignment(const GraphContext& context,
                                            const QString& ownerId,
                                            bool ownerIsResource,
                                            const QString& assignmentId);

    // Graph's opaque ids embed the GUIDs' bytes in .NET order (Guid.ToByteArray), base64url without padding.
    static QByteArray guidBytes(const QString& guid);
    static QString grantId(const QString& clientId, const QString& resourceId, const QString& principalId);
    static QString assignmentId(const QString& principalId);
    static bool isGraphResource(const QJsonObject& servicePrincipal);

    static const QString kMicrosoftGraphAppId;
};
