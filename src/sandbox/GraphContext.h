#pragma once

#include "SandboxHttp.h"
#include "TokenService.h"

#include <QString>
#include <QStringList>

class ODataPager;
class TenantStore;
struct SandboxOptions;

/**
 * One authenticated Graph request as the endpoint families see it: the request, the caller's validated claims,
 * the API version and the path segments after it, and the shared services.
 */
struct GraphContext
{
    // A path segment split into name and key: "servicePrincipals(appId='x')" -> servicePrincipals, appId, x;
    // "users('a@b')" -> users, "", a@b.
    struct Segment
    {
        QString name;
        QString keyName;
        QString key;
        bool hasKey = false;
    };

    const SandboxRequest& request;
    TenantStore& store;
    const SandboxOptions& options;
    ODataPager& pager;
    TokenService::Claims claims;
    QString version; // "v1.0" or "beta"
    QStringList segments; // decoded, after the version
    TokenService* tokens = nullptr; // for actions on sign-in state (revokeSignInSessions)

    QString graphRoot() const { return request.baseUrl() + QLatin1Char('/') + version; }
    QString metadata(const QString& fragment) const { return graphRoot() + QStringLiteral("/$metadata#") + fragment; }
    bool isBeta() const { return version == QLatin1String("beta"); }
    bool eventual() const
    {
        return request.header("consistencylevel").trimmed().compare("eventual", Qt::CaseInsensitive) == 0;
    }
    QByteArray method() const { return request.method; }

    static Segment split(const QString& segment);
};
