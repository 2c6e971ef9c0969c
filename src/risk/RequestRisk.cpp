#include "RequestRisk.h"

#include "RiskCatalog.h"
#include "directory/ConsentRequest.h"
#include "directory/PermissionResolver.h"

RiskLevel RequestRisk::highest(const ConsentRequest& request)
{
    return highest(request, RiskCatalog::builtIn());
}

RiskLevel RequestRisk::highest(const ConsentRequest& request, const RiskCatalog& catalog)
{
    RiskLevel highest = RiskLevel::Unranked;
    for (const QString& scope : request.pendingScopes) {
        const PermissionResolver::Reference ref = PermissionResolver::fromRequestedScope(scope);
        const QString resource
            = ref.resource.kind == ServicePrincipalCache::Key::Kind::AppId ? ref.resource.value : QString();
        const RiskLevel level = catalog.assess(resource, ref.value, RiskCatalog::PermissionType::Delegated).level;
        if (int(level) > int(highest)) {
            highest = level;
        }
    }
    return highest;
}
