#include "ConsentDeskScopes.h"

namespace {
const QString kDefaultGraphResource = QStringLiteral("https://graph.microsoft.com");
} // namespace

QStringList ConsentDeskScopes::oidcScopes()
{
    // No "email": the mail address comes from /me, so the id_token need not carry it.
    return {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("offline_access")};
}

QList<ConsentDeskScopes::Permission> ConsentDeskScopes::graphRead()
{
    return {
        {QStringLiteral("User.Read"), tr("to know who you are: your name, sign-in name and object ID"), false},
        {QStringLiteral("Directory.Read.All"),
         tr("to read your directory roles, users, groups, apps and the permissions granted to them"),
         false},
        {QStringLiteral("ConsentRequest.Read.All"), tr("to read the consent requests waiting for review"), false},
        {QStringLiteral("Policy.Read.All"),
         tr("to read the consent settings and policies that decide whether users can connect apps"),
         false},
    };
}

QList<ConsentDeskScopes::Permission> ConsentDeskScopes::graphWrite()
{
    return {
        {QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
         tr("to grant, narrow and revoke delegated permissions (oauth2PermissionGrants)"),
         true},
        {QStringLiteral("AppRoleAssignment.ReadWrite.All"),
         tr("to grant and revoke application permissions (app role assignments)"),
         true},
        {QStringLiteral("Application.ReadWrite.All"),
         tr("to add an app's missing service principal before granting, and to block (disable) an app"),
         true},
        {QStringLiteral("Policy.ReadWrite.ConsentRequest"), tr("to change the admin consent workflow settings"), true},
        {QStringLiteral("Policy.ReadWrite.Authorization"), tr("to change the user consent settings"), true},
        {QStringLiteral("Policy.ReadWrite.PermissionGrant"),
         tr("to classify permissions as low impact (what users may consent to)"),
         true},
    };
}

QList<ConsentDeskScopes::Permission> ConsentDeskScopes::graphWriteDefault()
{
    return graphWrite().mid(0, 3);
}

std::optional<ConsentDeskScopes::Permission> ConsentDeskScopes::graphPermission(const QString& name)
{
    const QString bare = withoutResource(name);
    for (const Permission& p : graphRead() + graphWrite()) {
        if (p.name.compare(bare, Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

QStringList ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind kind)
{
    using Kind = CapabilityMap::Kind;
    const QString grants = QStringLiteral("DelegatedPermissionGrant.ReadWrite.All");
    const QString roles = QStringLiteral("AppRoleAssignment.ReadWrite.All");
    const QString apps = QStringLiteral("Application.ReadWrite.All");
    switch (kind) {
    case Kind::ReadInventory:
    case Kind::ReadRequests:
    case Kind::ExchangeAccessPolicies: // an Exchange token, not a Graph permission
        return {};
    case Kind::GrantDelegated:
        return {grants, apps};
    case Kind::GrantApplication:
    case Kind::GrantApplicationOtherApis:
        return {roles, apps};
    case Kind::Revoke:
        return {grants, roles};
    case Kind::BlockApp:
        return {apps};
    case Kind::EditPolicies:
        return {QStringLiteral("Policy.ReadWrite.ConsentRequest")};
    case Kind::EditUserConsentSettings:
        return {QStringLiteral("Policy.ReadWrite.Authorization")};
    }
    return {};
}

QString ConsentDeskScopes::qualify(const QString& resource, const QString& name)
{
    QString root = resource.isEmpty() ? kDefaultGraphResource : resource;
    while (root.endsWith(QLatin1Char('/'))) {
        root.chop(1);
    }
    return root + QLatin1Char('/') + withoutResource(name);
}

QStringList ConsentDeskScopes::graphRequest(const QString& graphResource, const QStringList& permissionNames)
{
    QStringList scopes = oidcScopes();
    const QStringList names = permissionNames.isEmpty() ? ConsentDeskScopes::names(graphRead()) : permissionNames;
    for (const QString& name : names) {
        const QString scope = qualify(graphResource, name);
        if (!scopes.contains(scope, Qt::CaseInsensitive)) {
            scopes.append(scope);
        }
    }
    return scopes;
}

QStringList ConsentDeskScopes::exchangeRequest(const QString& exchangeResource)
{
    // .default alone: Exchange's admin API takes the consented Exchange.Manage; OIDC scopes would only add an id_token.
    return {qualify(exchangeResource, QStringLiteral(".default")), QStringLiteral("offline_access")};
}

QStringList ConsentDeskScopes::tokenRequest(TokenResource resource,
                                            const QString& graphResource,
                                            const QString& exchangeResource,
                                            const QStringList& graphPermissionNames)
{
    if (resource == TokenResource::Exchange) {
        return exchangeRequest(exchangeResource);
    }
    return graphRequest(graphResource, graphPermissionNames);
}

bool ConsentDeskScopes::isOidcScope(const QString& scope)
{
    static const QStringList all {
        QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("offline_access")};
    return all.contains(scope.trimmed(), Qt::CaseInsensitive);
}

QString ConsentDeskScopes::resourceOf(const QString& scope)
{
    const QString s = scope.trimmed();
    if (s.isEmpty() || isOidcScope(s)) {
        return {};
    }
    const qsizetype slash = s.lastIndexOf(QLatin1Char('/'));
    if (s.contains(QLatin1String("://")) && slash > s.indexOf(QLatin1String("://")) + 2) {
        return s.left(slash).toLower();
    }
    if (slash > 0) {
        return s.left(slash).toLower(); // "<appId>/scope"
    }
    return kDefaultGraphResource; // Entra reads a bare "User.Read" as Microsoft Graph's
}

QStringList ConsentDeskScopes::resourcesOf(const QStringList& scopes)
{
    QStringList resources;
    for (const QString& scope : scopes) {
        const QString r = resourceOf(scope);
        if (!r.isEmpty() && !resources.contains(r)) {
            resources.append(r);
        }
    }
    return resources;
}

QString ConsentDeskScopes::withoutResource(const QString& scope)
{
    const QString s = scope.trimmed();
    const qsizetype slash = s.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 ? s.mid(slash + 1) : s;
}

QStringList ConsentDeskScopes::missing(const QStringList& granted, const QStringList& wanted)
{
    QStringList grantedNames;
    for (const QString& g : granted) {
        for (const QString& part : g.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            grantedNames.append(withoutResource(part));
        }
    }
    QStringList result;
    for (const QString& w : wanted) {
        const QString name = withoutResource(w);
        if (!grantedNames.contains(name, Qt::CaseInsensitive) && !result.contains(name, Qt::CaseInsensitive)) {
            result.append(name);
        }
    }
    return result;
}

QStringList ConsentDeskScopes::names(const QList<Permission>& permissions)
{
    QStringList list;
    for (const Permission& p : permissions) {
        list.append(p.name);
    }
    return list;
}
