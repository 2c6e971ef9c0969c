#pragma once

#include "GraphContext.h"
#include "SandboxHttp.h"

#include <QJsonObject>
#include <QStringList>

/**
 * /servicePrincipals/{id}/delegatedPermissionClassifications (also under the appId alternate key): list (GET,
 * Application.Read.All or Directory.Read.All), classify (POST → 201 with the new object) and unclassify (DELETE
 * /{classificationId} → 204), both with Policy.ReadWrite.PermissionGrant as Application Administrator, Cloud
 * Application Administrator or Global Administrator (graph-api.md; Entra's "Configure permission classifications").
 *
 * Only enabled delegated permissions the service principal publishes, and only those that do not need an admin
 * ("type": "User"), may be classified — as Entra says; the 400s the sandbox answers for the rest, and for a second
 * classification of one permission, are its own wording (Microsoft documents no error bodies here).
 */
class GraphClassificationEndpoints
{
public:
    // rest: the segments after the service principal ("delegatedPermissionClassifications", maybe an id).
    static SandboxResponse handle(const GraphContext& context,
                                  const QJsonObject& servicePrincipal,
                                  const QString& base,
                                  const QStringList& rest);

private:
    static SandboxResponse
    create(const GraphContext& context, const QJsonObject& servicePrincipal, const QString& contextFragment);
};
