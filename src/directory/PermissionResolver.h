#pragma once

#include "Permission.h"
#include "ServicePrincipalCache.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class RiskCatalog;

/**
 * Turns (resource, claim value, Delegated/Application) into a Permission a person can judge: API name, display
 * name, description, whether admin consent is required, and risk (RiskCatalog). Resources are looked up through
 * the ServicePrincipalCache, so a whole request, grant list or tenant inventory costs one lookup per resource.
 *
 * Used by the consent-request review (issue 5) and the grants inventory (issue 6). Streams: permissionResolved()
 * fires for each permission as soon as its resource is known.
 */
class PermissionResolver : public QObject
{
    Q_OBJECT

public:
    static const QString MicrosoftGraphAppId; // 00000003-0000-0000-c000-000000000000

    struct Reference
    {
        ServicePrincipalCache::Key resource;
        QString value;
        Permission::Type type = Permission::Type::Delegated;

        static Reference byAppId(const QString& appId, const QString& value, Permission::Type type);
        static Reference byResourceId(const QString& spId, const QString& value, Permission::Type type);
    };

    explicit PermissionResolver(ServicePrincipalCache* cache, QObject* parent = nullptr);

    void setRiskCatalog(const RiskCatalog* catalog); // not owned; default RiskCatalog::builtIn()
    ServicePrincipalCache* cache() const { return m_cache; }

    // A pendingScopes entry of a consent request. Bare names ("Mail.Read", "openid") and Microsoft Graph URIs of any
    // cloud ("https://graph.microsoft.com/Mail.Read") mean Microsoft Graph; any other "<resource URI>/<claim>" is
    // looked up by servicePrincipalName. Request scopes are always delegated.
    static Reference fromRequestedScope(const QString& scope);
    static bool isMicrosoftGraphUri(const QString& resourceUri);

    // Pure description of one claim on a known resource (no I/O).
    static Permission
    describe(const ServicePrincipal& resource, const QString& value, Permission::Type type, const RiskCatalog& catalog);
    // A claim whose resource is not (yet) in this tenant: only what the reference itself says.
    static Permission unresolved(const Reference& reference, const RiskCatalog& catalog);

    // Every reference, in order, and the first lookup failure (if any — those permissions come back unresolved rather
    // than missing). Never finished synchronously.
    struct Resolved
    {
        QList<Permission> permissions;
        GraphError error;
    };
    QFuture<Resolved> resolve(const QList<Reference>& references);
    // The same, for callers not on QFuture yet: done once unless context is destroyed first.
    void resolve(const QList<Reference>& references,
                 QObject* context,
                 std::function<void(const QList<Permission>&, const GraphError&)> done);

signals:
    void permissionResolved(const Permission& permission);

private:
    ServicePrincipalCache* m_cache = nullptr;
    const RiskCatalog* m_catalog = nullptr;
};
