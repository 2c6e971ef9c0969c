#include "PermissionResolver.h"

#include "async/Async.h"
#include "risk/RiskCatalog.h"

#include <QUrl>

const QString PermissionResolver::MicrosoftGraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");

namespace {

// OpenID Connect scopes are published by Microsoft Graph but never reach an API.
bool isOidcScope(const QString& value)
{
    static const QStringList oidc {
        QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("offline_access")};
    return oidc.contains(value, Qt::CaseInsensitive);
}

} // namespace

PermissionResolver::Reference
PermissionResolver::Reference::byAppId(const QString& appId, const QString& value, Permission::Type type)
{
    return {ServicePrincipalCache::Key::byAppId(appId), value, type};
}

PermissionResolver::Reference
PermissionResolver::Reference::byResourceId(const QString& spId, const QString& value, Permission::Type type)
{
    return {ServicePrincipalCache::Key::byId(spId), value, type};
}

PermissionResolver::PermissionResolver(ServicePrincipalCache* cache, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_catalog(&RiskCatalog::builtIn())
{
}

void PermissionResolver::setRiskCatalog(const RiskCatalog* catalog)
{
    m_catalog = catalog ? catalog : &RiskCatalog::builtIn();
}

bool PermissionResolver::isMicrosoftGraphUri(const QString& resourceUri)
{
    QString uri = resourceUri.trimmed().toLower();
    while (uri.endsWith(QLatin1Char('/'))) {
        uri.chop(1);
    }
    static const QStringList graphHosts {QStringLiteral("graph.microsoft.com"),
                                         QStringLiteral("graph.microsoft.us"),
                                         QStringLiteral("dod-graph.microsoft.us"),
                                         QStringLiteral("microsoftgraph.chinacloudapi.cn"),
                                         QStringLiteral("canary.graph.microsoft.com")};
    if (uri == MicrosoftGraphAppId) {
        return true;
    }
    const QUrl url(uri);
    return url.scheme() == QLatin1String("https") && url.path().isEmpty() && graphHosts.contains(url.host());
}

PermissionResolver::Reference PermissionResolver::fromRequestedScope(const QString& scope)
{
    const QString trimmed = scope.trimmed();
    const int slash = trimmed.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0 || !trimmed.contains(QLatin1Char(':'))) {
        return Reference::byAppId(MicrosoftGraphAppId, trimmed, Permission::Type::Delegated);
    }
    const QString resource = trimmed.left(slash);
    const QString value = trimmed.mid(slash + 1);
    if (isMicrosoftGraphUri(resource)) {
        return Reference::byAppId(MicrosoftGraphAppId, value, Permission::Type::Delegated);
    }
    return {ServicePrincipalCache::Key::byName(resource), value, Permission::Type::Delegated};
}

Permission PermissionResolver::describe(const ServicePrincipal& resource,
                                        const QString& value,
                                        Permission::Type type,
                                        const RiskCatalog& catalog)
{
    Permission p;
    p.resourceAppId = resource.appId;
    p.resourceId = resource.id;
    p.resourceDisplayName = resource.displayName;
    p.value = value;
    p.type = type;
    if (type == Permission::Type::Delegated) {
        if (const auto scope = resource.scopeByValue(value)) {
            p.value = scope->value; // the published spelling
            p.permissionId = scope->id;
            p.published = true;
            p.enabled = scope->isEnabled;
            p.displayName = scope->adminConsentDisplayName.isEmpty() ? scope->userConsentDisplayName
                                                                     : scope->adminConsentDisplayName;
            p.description = scope->adminConsentDescription.isEmpty() ? scope->userConsentDescription
                                                                     : scope->adminConsentDescription;
            p.adminConsentRequired = scope->adminConsentRequired();
        } else {
            p.adminConsentRequired = !isOidcScope(value);
        }
    } else if (const auto role = resource.appRoleByValue(value); role && role->allowsApplications()) {
        p.value = role->value;
        p.permissionId = role->id;
        p.published = true;
        p.enabled = role->isEnabled;
        p.displayName = role->displayName;
        p.description = role->description;
        p.adminConsentRequired = true;
    }
    if (p.displayName.isEmpty()) {
        p.displayName = p.value;
    }
    const auto assessment = catalog.assess(resource.appId, p.value, p.riskType());
    p.risk = assessment.level;
    p.riskReason = assessment.reason;
    return p;
}

Permission PermissionResolver::unresolved(const Reference& reference, const RiskCatalog& catalog)
{
    Permission p;
    p.value = reference.value;
    p.type = reference.type;
    p.displayName = reference.value;
    switch (reference.resource.kind) {
    case ServicePrincipalCache::Key::Kind::AppId:
        p.resourceAppId = reference.resource.value;
        break;
    case ServicePrincipalCache::Key::Kind::ObjectId:
        p.resourceId = reference.resource.value;
        break;
    case ServicePrincipalCache::Key::Kind::Name:
        p.resourceDisplayName = reference.resource.value;
        break;
    }
    if (p.resourceAppId.compare(MicrosoftGraphAppId, Qt::CaseInsensitive) == 0) {
        p.resourceDisplayName = QStringLiteral("Microsoft Graph");
    }
    p.adminConsentRequired = reference.type == Permission::Type::Application || !isOidcScope(reference.value);
    const auto assessment = catalog.assess(p.resourceAppId, p.value, p.riskType());
    p.risk = assessment.level;
    p.riskReason = assessment.reason;
    return p;
}

void PermissionResolver::resolve(const QList<Reference>& references,
                                 QObject* context,
                                 std::function<void(const QList<Permission>&, const GraphError&)> done)
{
    Async::then(resolve(references), context ? context : this, [done](const Resolved& resolved) {
        done(resolved.permissions, resolved.error);
    });
}

QFuture<PermissionResolver::Resolved> PermissionResolver::resolve(const QList<Reference>& references)
{
    QList<ServicePrincipalCache::Key> keys;
    QSet<QString> seen;
    for (const auto& r : references) {
        if (!seen.contains(r.resource.cacheKey())) {
            seen.insert(r.resource.cacheKey());
            keys.append(r.resource);
        }
    }
    const Async::Promise<Resolved> promise;
    Async::then(m_cache->resolve(keys), this, [this, references, promise](const ServicePrincipalCache::Result& r) {
        Resolved resolved;
        for (const auto& ref : references) {
            const auto sp = r.get(ref.resource);
            Permission p = sp ? describe(*sp, ref.value, ref.type, *m_catalog) : unresolved(ref, *m_catalog);
            emit permissionResolved(p);
            resolved.permissions.append(p);
        }
        resolved.error = r.error;
        promise.finish(resolved);
    });
    return promise.future();
}
