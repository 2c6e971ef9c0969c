#include "AdminConsentUrl.h"

#include "directory/PermissionResolver.h"
#include "graph/ODataFilter.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {

bool isOidcScope(const QString& value)
{
    static const QStringList oidc {
        QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("offline_access")};
    return oidc.contains(value, Qt::CaseInsensitive);
}

QString trimmedRoot(const QString& uri)
{
    QString root = uri;
    while (root.endsWith(QLatin1Char('/'))) {
        root.chop(1);
    }
    return root;
}

QString encode(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QUrl AdminConsentUrl::build(const Parameters& p, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return QUrl();
    };
    const QString tenant = p.tenant.trimmed();
    if (tenant.isEmpty() || tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0
        || tenant.compare(QLatin1String("consumers"), Qt::CaseInsensitive) == 0) {
        return fail(tr("Admin consent needs the tenant id or domain (not \"common\" or \"consumers\")."));
    }
    static const QRegularExpression tenantPattern(QStringLiteral("^[A-Za-z0-9.-]+$"));
    if (!tenantPattern.match(tenant).hasMatch()) {
        return fail(tr("Not a tenant id or domain: %1").arg(tenant));
    }
    if (!ODataFilter::isGuid(p.clientId)) {
        return fail(tr("The client id must be the app's application (client) id."));
    }
    if (p.scopes.isEmpty()) {
        return fail(tr("Admin consent needs at least one scope."));
    }
    if (!p.authority.isValid() || p.authority.host().isEmpty()) {
        return fail(tr("No authority URL."));
    }
    QUrl url = p.authority;
    url.setPath(trimmedRoot(p.authority.path()) + QLatin1Char('/') + tenant + QStringLiteral("/v2.0/adminconsent"));
    // Fully percent-encoded by hand: spaces as %20, and the redirect URI's ':' and '/' encoded as the docs show.
    QStringList query {QStringLiteral("client_id=") + encode(p.clientId.toLower()),
                       QStringLiteral("scope=") + encode(p.scopes.join(QLatin1Char(' ')))};
    if (p.redirectUri.isValid() && !p.redirectUri.isEmpty()) {
        query.append(QStringLiteral("redirect_uri=") + encode(p.redirectUri.toString(QUrl::FullyEncoded)));
    }
    if (!p.state.isEmpty()) {
        query.append(QStringLiteral("state=") + encode(p.state));
    }
    url.setQuery(query.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

QUrl AdminConsentUrl::legacy(const QUrl& authority, const QString& tenant, const QString& clientId)
{
    if (!ODataFilter::isGuid(clientId) || tenant.isEmpty()) {
        return {};
    }
    QUrl url = authority;
    url.setPath(trimmedRoot(authority.path()) + QLatin1Char('/') + tenant + QStringLiteral("/adminconsent"));
    url.setQuery(QStringLiteral("client_id=") + encode(clientId.toLower()), QUrl::StrictMode);
    return url;
}

QStringList AdminConsentUrl::scopesFor(const QList<Permission>& permissions, const QString& graphResourceUri)
{
    QStringList scopes;
    auto add = [&scopes](const QString& scope) {
        if (!scopes.contains(scope, Qt::CaseInsensitive)) {
            scopes.append(scope);
        }
    };
    const QString graph = trimmedRoot(graphResourceUri);
    for (const auto& p : permissions) {
        const bool isGraph = p.resourceAppId.compare(PermissionResolver::MicrosoftGraphAppId, Qt::CaseInsensitive) == 0;
        const QString resource = isGraph ? graph : p.resourceAppId;
        if (resource.isEmpty()) {
            continue;
        }
        if (p.isApplication()) {
            add(resource + QStringLiteral("/.default"));
        } else if (isGraph && isOidcScope(p.value)) {
            add(p.value);
        } else {
            add(resource + QLatin1Char('/') + p.value);
        }
    }
    return scopes;
}

QStringList AdminConsentUrl::scopesFor(const ConsentRequest& request, const QString& graphResourceUri)
{
    const QString graph = trimmedRoot(graphResourceUri);
    if (request.pendingScopes.isEmpty()) {
        return {graph + QStringLiteral("/.default")};
    }
    QStringList scopes;
    for (const auto& s : request.pendingScopes) {
        const auto ref = PermissionResolver::fromRequestedScope(s);
        QString scope;
        if (ref.resource.kind == ServicePrincipalCache::Key::Kind::AppId) {
            scope = isOidcScope(ref.value) ? ref.value : QString(graph + QLatin1Char('/') + ref.value);
        } else {
            scope = s.trimmed(); // already a full "{resource URI}/{claim}"
        }
        if (!scopes.contains(scope, Qt::CaseInsensitive)) {
            scopes.append(scope);
        }
    }
    return scopes;
}

AdminConsentUrl::Response AdminConsentUrl::parseResponse(const QUrl& redirect, const QString& expectedState)
{
    const QUrlQuery q(redirect);
    Response r;
    auto item = [&q](const char* name) { return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    r.error = item("error");
    r.errorDescription = item("error_description");
    r.tenant = item("tenant");
    r.scope = item("scope");
    r.stateMatches = !expectedState.isEmpty() && item("state") == expectedState;
    r.adminConsent = item("admin_consent").compare(QLatin1String("True"), Qt::CaseInsensitive) == 0 && r.error.isEmpty()
                     && r.stateMatches;
    return r;
}
