#include "ScopeSet.h"

namespace {

struct KnownResource
{
    QString prefix; // lower case, with the trailing slash
    TokenService::Resource resource;
};

// Every spelling Entra accepts for the two resources the sandbox hosts: the identifier URI and the appId.
const QList<KnownResource>& knownResources()
{
    static const QList<KnownResource> list {
        {QStringLiteral("https://graph.microsoft.com/"), TokenService::Resource::Graph},
        {QStringLiteral("00000003-0000-0000-c000-000000000000/"), TokenService::Resource::Graph},
        {QStringLiteral("https://outlook.office365.com/"), TokenService::Resource::Exchange},
        {QStringLiteral("https://outlook.office.com/"), TokenService::Resource::Exchange},
        {QStringLiteral("00000002-0000-0ff1-ce00-000000000000/"), TokenService::Resource::Exchange},
    };
    return list;
}

} // namespace

QStringList ScopeSet::oidcScopes()
{
    return {
        QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("offline_access")};
}

bool ScopeSet::isOidc(const QString& scope)
{
    return oidcScopes().contains(scope.toLower());
}

QString ScopeSet::fullUri(TokenService::Resource resource, const QString& value)
{
    return TokenService::resourceUri(resource) + QLatin1Char('/') + value;
}

std::optional<ScopeSet::ResourceScopes> ScopeSet::single() const
{
    if (resources.size() == 1 && unknownResources.isEmpty()) {
        return resources.first();
    }
    return std::nullopt;
}

ScopeSet ScopeSet::parse(const QString& text)
{
    ScopeSet set;
    set.original = text.simplified();
    auto resourceEntry = [&set](TokenService::Resource resource) -> ResourceScopes& {
        for (auto& entry : set.resources) {
            if (entry.resource == resource) {
                return entry;
            }
        }
        set.resources.append(ResourceScopes {resource, {}, false});
        return set.resources.last();
    };
    for (const QString& scope : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (isOidc(scope)) {
            if (!set.oidc.contains(scope.toLower())) {
                set.oidc.append(scope.toLower());
            }
            continue;
        }
        const QString lower = scope.toLower();
        std::optional<TokenService::Resource> resource;
        QString value;
        for (const auto& known : knownResources()) {
            if (lower.startsWith(known.prefix)) {
                resource = known.resource;
                value = scope.mid(known.prefix.size());
                break;
            }
        }
        if (!resource) {
            const qsizetype slash = scope.lastIndexOf(QLatin1Char('/'));
            if (slash >= 0) {
                // Another API ("https://vault.azure.net/user_impersonation", "api://x/read"): not hosted here.
                const QString identifier = scope.left(slash);
                if (!set.unknownResources.contains(identifier, Qt::CaseInsensitive)) {
                    set.unknownResources.append(identifier);
                }
                continue;
            }
            resource = TokenService::Resource::Graph; // a bare value means Microsoft Graph
            value = scope;
        }
        while (value.startsWith(QLatin1Char('/'))) {
            value.remove(0, 1); // "https://graph.microsoft.com//.default" is accepted too
        }
        ResourceScopes& entry = resourceEntry(*resource);
        if (value.isEmpty() || value.contains(QLatin1Char('/'))) {
            set.invalid.append(scope);
        } else if (value.compare(QLatin1String(".default"), Qt::CaseInsensitive) == 0) {
            entry.isDefault = true;
        } else if (!entry.values.contains(value, Qt::CaseInsensitive)) {
            entry.values.append(value);
        }
    }
    // ".default" is the static set; it cannot be combined with dynamic scopes of the same resource.
    for (const auto& entry : std::as_const(set.resources)) {
        if (entry.isDefault && !entry.values.isEmpty()) {
            set.invalid.append(fullUri(entry.resource, QStringLiteral(".default")));
        }
    }
    return set;
}
