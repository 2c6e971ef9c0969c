#pragma once

#include "TokenService.h"

#include <QString>
#include <QStringList>

#include <optional>

/**
 * A v2 `scope` parameter taken apart: the OpenID Connect scopes (openid profile email offline_access) and the scopes
 * of the resources it names. A bare value ("User.Read") means Microsoft Graph; full URIs name Graph
 * (https://graph.microsoft.com/…, or Graph's appId as prefix) or Exchange Online (https://outlook.office365.com/…);
 * "<resource>/.default" asks for what is already consented. Other resources are recorded as unknown.
 *
 * The token endpoint allows one resource per request; the admin-consent endpoint allows several.
 */
class ScopeSet
{
public:
    struct ResourceScopes
    {
        TokenService::Resource resource = TokenService::Resource::Graph;
        QStringList values; // scope values as written ("User.Read"), never ".default"
        bool isDefault = false;
    };

    static ScopeSet parse(const QString& text);

    QString original; // the parameter as sent (for error messages)
    QStringList oidc; // lower-case: openid, profile, email, offline_access
    QList<ResourceScopes> resources; // in order of first mention
    QStringList unknownResources; // resource identifiers the sandbox does not host, e.g. "https://vault.azure.net"
    QStringList invalid; // values that are not scopes at all ("https://graph.microsoft.com/", a '.default' mixed in)

    bool isEmpty() const { return oidc.isEmpty() && resources.isEmpty() && unknownResources.isEmpty(); }
    bool hasMultipleResources() const { return resources.size() + unknownResources.size() > 1; }
    bool contains(const QString& oidcScope) const { return oidc.contains(oidcScope); }
    std::optional<ResourceScopes> single() const; // the one resource, if exactly one

    static bool isOidc(const QString& scope);
    static QString fullUri(TokenService::Resource resource, const QString& value); // "https://graph.microsoft.com/X"
    static QStringList oidcScopes();
};
