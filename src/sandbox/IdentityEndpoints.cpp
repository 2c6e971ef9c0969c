#include "IdentityEndpoints.h"

#include "RedirectUri.h"
#include "ScopeSet.h"
#include "TenantStore.h"
#include "TokenService.h"
#include "log/Log.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace {

const QString kUsers = QStringLiteral("users");

using Params = QMap<QString, QString>;

Params readParams(const QUrlQuery& query)
{
    Params params;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!params.contains(name)) {
            params.insert(name, value);
        }
    }
    return params;
}

bool sameText(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString displayName(const QJsonObject& object)
{
    return object.value(QStringLiteral("displayName")).toString();
}

QString objectId(const QJsonObject& object)
{
    return object.value(QStringLiteral("id")).toString();
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const auto& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

bool userEnabled(const QJsonObject& user)
{
    return user.value(QStringLiteral("accountEnabled")).toBool(true);
}

// RFC 7636: the challenge is BASE64URL(SHA256(verifier)), 43 characters.
bool validChallenge(const QString& challenge)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return pattern.match(challenge).hasMatch();
}

QString challengeOf(const QString& verifier)
{
    return QString::fromLatin1(
        TokenService::base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QString sessionState(const QString& sessionId)
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("{5f0f4bd4-5d8e-4a69-9b5e-6a6f4a2f7c31}"));
    return QUuid::createUuidV5(ns, sessionId).toString(QUuid::WithoutBraces);
}

qsizetype indexOfText(const QStringList& list, const QString& value)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (sameText(list.at(i), value)) {
            return i;
        }
    }
    return -1;
}

QByteArray sessionCookie(const SandboxRequest& request, const QByteArray& name)
{
    for (const QByteArray& part : request.header("cookie").split(';')) {
        const QByteArray cookie = part.trimmed();
        const qsizetype equals = cookie.indexOf('=');
        if (equals > 0 && cookie.left(equals) == name) {
            return cookie.mid(equals + 1);
        }
    }
    return {};
}

void appendUnique(QStringList& list, const QString& value)
{
    if (!list.contains(value, Qt::CaseInsensitive)) {
        list.append(value);
    }
}

// Identity answers are never cached, and the pages allow no scripts, frames or foreign resources.
void secureHeaders(SandboxResponse& response, bool allowInlineScript = false)
{
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (response.headers.size() && response.body.startsWith("<!DOCTYPE html>")) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy",
                           allowInlineScript
                               ? "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                                 "frame-ancestors 'none'; base-uri 'none'"
                               : "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
                                 "base-uri 'none'");
    }
}

SandboxResponse jsonResponse(int status, const QJsonObject& body)
{
    SandboxResponse response = SandboxResponse::json(status, body);
    secureHeaders(response);
    return response;
}

} // namespace

const QByteArray IdentityEndpoints::kSessionCookie = QByteArrayLiteral("ESTSAUTH");

IdentityEndpoints::IdentityEndpoints(TenantStore& store, TokenService& tokens)
    : m_store(store)
    , m_tokens(tokens)
    , m_ledger(store)
{
}

QStringList IdentityEndpoints::defaultSandboxScopes()
{
    return {QStringLiteral("User.Read"),
            QStringLiteral("Directory.Read.All"),
            QStringLiteral("Application.Read.All"),
            QStringLiteral("ConsentRequest.Read.All"),
            QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
            QStringLiteral("AppRoleAssignment.ReadWrite.All"),
            QStringLiteral("Application.ReadWrite.All"),
            QStringLiteral("ConsentRequest.ReadWrite.All"),
            QStringLiteral("Policy.Read.All"),
            QStringLiteral("Policy.ReadWrite.ConsentRequest"),
            QStringLiteral("Policy.ReadWrite.Authorization"),
            QStringLiteral("Policy.ReadWrite.PermissionGrant"),
            QStringLiteral("GroupMember.Read.All"),
            QStringLiteral("User.Read.All"),
            QStringLiteral("AuditLog.Read.All")};
}

IdentityEndpoints::Endpoint IdentityEndpoints::route(const QString& path, QString* tenant)
{
    if (path == QLatin1String("/_sandbox/token")) {
        return Endpoint::SandboxToken;
    }
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() == 4 && sameText(segments.at(1), QStringLiteral("oauth2"))
        && sameText(segments.at(2), QStringLiteral("v2.0"))) {
        *tenant = segments.first();
        if (sameText(segments.at(3), QStringLiteral("authorize"))) {
            return Endpoint::Authorize;
        }
        if (sameText(segments.at(3), QStringLiteral("token"))) {
            return Endpoint::Token;
        }
    }
    if (segments.size() == 3 && sameText(segments.at(1), QStringLiteral("v2.0"))
        && sameText(segments.at(2), QStringLiteral("adminconsent"))) {
        *tenant = segments.first();
        return Endpoint::AdminConsent;
    }
    return Endpoint::None;
}

bool IdentityEndpoints::handles(const SandboxRequest& request) const
{
    QString tenant;
    return route(request.path, &tenant) != Endpoint::None;
}

SandboxResponse IdentityEndpoints::handle(const SandboxRequest& request)
{
    QString tenant;
    switch (route(request.path, &tenant)) {
    case Endpoint::Authorize:
        return authorize(request, tenant);
    case Endpoint::Token:
        return token(request, tenant);
    case Endpoint::AdminConsent:
        return adminConsent(request, tenant);
    case Endpoint::SandboxToken:
        return sandboxToken(request);
    case Endpoint::None:
        break;
    }
    return jsonResponse(404, QJsonObject {{QStringLiteral("error"), QStringLiteral("not_found")}});
}

QString IdentityEndpoints::tenantName() const
{
    const QString name = m_store.tenant().value(QStringLiteral("displayName")).toString();
    return name.isEmpty() ? m_store.tenantId() : name;
}

std::optional<EntraError> IdentityEndpoints::checkTenant(const QString& segment, const QString& clientId) const
{
    if (sameText(segment, QStringLiteral("consumers"))) {
        const auto client = m_store.client(clientId);
        return EntraError::consumersNotSupported(clientId, client ? displayName(*client) : QString());
    }
    if (sameText(segment, QStringLiteral("organizations")) || sameText(segment, QStringLiteral("common"))
        || sameText(segment, m_store.tenantId())) {
        return std::nullopt;
    }
    const QJsonObject tenant = m_store.tenant();
    QStringList domains {tenant.value(QStringLiteral("defaultDomain")).toString()};
    for (const auto& domain : tenant.value(QStringLiteral("verifiedDomains")).toArray()) {
        domains.append(domain.isObject() ? domain.toObject().value(QStringLiteral("name")).toString()
                                         : domain.toString());
    }
    for (const auto& domain : domains) {
        if (!domain.isEmpty() && sameText(segment, domain)) {
            return std::nullopt;
        }
    }
    return EntraError::tenantNotFound(segment);
}

SandboxResponse IdentityEndpoints::errorPage(const EntraError& error, const EntraError::Context& context) const
{
    SandboxResponse response
        = SandboxResponse::html(400, IdentityPages::error(tenantName(), error.code, error.description(context)));
    secureHeaders(response);
    Log::get("sandbox")->info("identity error page: AADSTS{}", error.code);
    return response;
}

SandboxResponse IdentityEndpoints::redirect(const QString& redirectUri,
                                            const QString& responseMode,
                                            const QList<QPair<QString, QString>>& parameters) const
{
    SandboxResponse response;
    if (responseMode == QLatin1String("form_post")) {
        response = SandboxResponse::html(200, IdentityPages::formPost(tenantName(), redirectUri, parameters));
        secureHeaders(response, true);
    } else {
        response = SandboxResponse::redirect(RedirectUri::withParameters(redirectUri, parameters));
        secureHeaders(response);
    }
    return response;
}

std::optional<QJsonObject> IdentityEndpoints::sessionUser(const SandboxRequest& request) const
{
    const QString userId = m_tokens.sessionUser(QString::fromLatin1(sessionCookie(request, kSessionCookie)));
    if (userId.isEmpty()) {
        return std::nullopt;
    }
    const auto user = m_store.get(kUsers, userId);
    if (user && userEnabled(*user)) {
        return user;
    }
    return std::nullopt;
}

void IdentityEndpoints::startSession(SandboxResponse& response, const QString& userId)
{
    const QString session = m_tokens.createSession(userId);
    response.setHeader("Set-Cookie", kSessionCookie + '=' + session.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax");
}

std::optional<QJsonObject> IdentityEndpoints::chosenUser(const Params& params, QString* error) const
{
    const QString username = params.value(QStringLiteral("username")).trimmed();
    std::optional<QJsonObject> user;
    if (!username.isEmpty()) {
        user = m_store.userByIdOrUpn(username);
        if (!user || !sameText(user->value(QStringLiteral("userPrincipalName")).toString(), username)) {
            *error = QStringLiteral("This username may be incorrect. Make sure you typed it correctly. Otherwise, "
                                    "contact your admin. (AADSTS50034)");
            return std::nullopt;
        }
    } else {
        const QString login = params.value(QStringLiteral("login"));
        user = login.isEmpty() ? std::nullopt : m_store.get(kUsers, login);
        if (!user) {
            *error = QStringLiteral("Choose an account to sign in with, or enter a user principal name.");
            return std::nullopt;
        }
    }
    if (!userEnabled(*user)) {
        *error = QStringLiteral("Your account has been locked. Contact your support person to unlock it, then try "
                                "again. (AADSTS50057: The user account is disabled.)");
        return std::nullopt;
    }
    return user;
}

SandboxResponse IdentityEndpoints::approvalPage(const QString& action,
                                                const Params& carried,
                                                const QString& appName,
                                                const QJsonObject& user,
                                                const QList<Requested>& requested,
                                                const QString& clientId) const
{
    IdentityPages::ApprovalRequired page;
    page.tenantName = tenantName();
    page.appName = appName;
    page.signedInAs
        = QStringLiteral("%1 (%2)").arg(displayName(user), user.value(QStringLiteral("userPrincipalName")).toString());
    page.action = action;
    page.permissions = pagePermissions(requested, true, clientId);
    static const QStringList formFields {QStringLiteral("login"),
                                         QStringLiteral("username"),
                                         QStringLiteral("action"),
                                         QStringLiteral("justification"),
                                         QStringLiteral("consent_on_behalf_of_organization")};
    for (auto it = carried.constBegin(); it != carried.constEnd(); ++it) {
        if (!formFields.contains(it.key())) {
            page.hidden.append({it.key(), it.value()});
        }
    }
    page.hidden.append({QStringLiteral("login"), objectId(user)}); // the account stays chosen
    if (const auto appRequest = m_store.appConsentRequestForApp(clientId)) {
        for (const auto& request : m_store.userConsentRequests(objectId(*appRequest))) {
            page.alreadyRequested
                = page.alreadyRequested
                  || (request.value(QStringLiteral("status")).toString() == QLatin1String("InProgress")
                      && sameText(
                          request[QStringLiteral("createdBy")][QStringLiteral("user")][QStringLiteral("id")].toString(),
                          objectId(user)));
        }
    }
    SandboxResponse response = SandboxResponse::html(200, IdentityPages::approvalRequired(page));
    secureHeaders(response);
    return response;
}

SandboxResponse IdentityEndpoints::signInPage(const QString& action,
                                              const Params& carried,
                                              const QString& appName,
                                              const QString& intro,
                                              const QString& selectedUserId,
                                              const QString& username,
                                              const QList<IdentityPages::Permission>& permissions,
                                              bool offerOrganizationConsent,
                                              const QString& error) const
{
    IdentityPages::SignIn page;
    page.tenantName = tenantName();
    page.appName = appName;
    page.action = action;
    page.intro = intro;
    page.username = username;
    page.permissions = permissions;
    page.offerOrganizationConsent = offerOrganizationConsent;
    page.error = error;
    static const QStringList formFields {QStringLiteral("login"),
                                         QStringLiteral("username"),
                                         QStringLiteral("action"),
                                         QStringLiteral("consent_on_behalf_of_organization")};
    for (auto it = carried.constBegin(); it != carried.constEnd(); ++it) {
        if (!formFields.contains(it.key())) {
            page.hidden.append({it.key(), it.value()});
        }
    }
    // Administrators first (they are who the sandbox is mostly used as), then everyone else, in fixture order.
    QSet<QString> roleHolders;
    for (const auto& role : m_store.list(QStringLiteral("directoryRoles"))) {
        for (const auto& id : m_store.roleMemberIds(objectId(role))) {
            roleHolders.insert(id.toLower());
        }
    }
    QList<QJsonObject> admins;
    QList<QJsonObject> others;
    int total = 0;
    for (const auto& user : m_store.list(kUsers)) {
        if (!userEnabled(user)) {
            continue;
        }
        ++total;
        (roleHolders.contains(objectId(user).toLower()) ? admins : others).append(user);
    }
    QList<QJsonObject> listed = admins + others;
    if (listed.size() > kMaxListedAccounts) {
        listed = listed.mid(0, kMaxListedAccounts);
        if (!selectedUserId.isEmpty()) {
            const auto selected = m_store.get(kUsers, selectedUserId);
            const bool present = std::any_of(listed.cbegin(), listed.cend(), [&](const QJsonObject& u) {
                return sameText(objectId(u), selectedUserId);
            });
            if (selected && !present) {
                listed.prepend(*selected);
            }
        }
    }
    for (const auto& user : listed) {
        IdentityPages::Account account;
        account.id = objectId(user);
        account.displayName = displayName(user);
        account.userPrincipalName = user.value(QStringLiteral("userPrincipalName")).toString();
        account.roles = m_ledger.roleNames(account.id);
        account.selected = !selectedUserId.isEmpty() && sameText(account.id, selectedUserId);
        page.accounts.append(account);
    }
    page.totalUsers = total;
    SandboxResponse response = SandboxResponse::html(200, IdentityPages::signIn(page));
    secureHeaders(response);
    return response;
}

QList<IdentityPages::Permission> IdentityEndpoints::pagePermissions(const QList<Requested>& requested,
                                                                    bool onlyMissingForOrganization,
                                                                    const QString& clientAppId) const
{
    QList<IdentityPages::Permission> permissions;
    const auto client = m_ledger.clientServicePrincipal(clientAppId);
    for (const auto& entry : requested) {
        const QStringList granted
            = client ? m_ledger.organizationScopes(objectId(*client), objectId(entry.resource)) : QStringList();
        for (const auto& scope : entry.delegatedObjects) {
            const QString value = scope.value(QStringLiteral("value")).toString();
            if (onlyMissingForOrganization && granted.contains(value, Qt::CaseInsensitive)) {
                continue;
            }
            IdentityPages::Permission p;
            p.value = value;
            p.displayName = scope.value(QStringLiteral("adminConsentDisplayName")).toString(value);
            p.description = scope.value(QStringLiteral("adminConsentDescription")).toString();
            p.resourceName = displayName(entry.resource);
            p.adminOnly = ConsentLedger::requiresAdmin(scope);
            permissions.append(p);
        }
        for (const auto& role : entry.applicationObjects) {
            IdentityPages::Permission p;
            p.value = role.value(QStringLiteral("value")).toString();
            p.displayName = role.value(QStringLiteral("displayName")).toString(p.value);
            p.description = role.value(QStringLiteral("description")).toString();
            p.resourceName = displayName(entry.resource);
            p.application = true;
            p.adminOnly = true;
            permissions.append(p);
        }
    }
    return permissions;
}

std::optional<EntraError> IdentityEndpoints::resolveAuthorize(const ScopeSet& scopes, QList<Requested>* out) const
{
    out->clear();
    const auto target = scopes.single();
    if (target) {
        const auto sp = m_ledger.resource(target->resource);
        if (!sp) {
            return EntraError::resourceNotFound(TokenService::resourceUri(target->resource), tenantName());
        }
        Requested entry;
        entry.resource = *sp;
        for (const auto& value : target->values) {
            const auto scope = ConsentLedger::delegatedScope(*sp, value);
            if (!scope) {
                return EntraError::invalidScope(
                    ScopeSet::fullUri(target->resource, value),
                    QStringLiteral("The scope does not exist on the resource '%1'.").arg(displayName(*sp)));
            }
            entry.delegated.append(scope->value(QStringLiteral("value")).toString());
            entry.delegatedObjects.append(*scope);
        }
        out->append(entry);
    }
    // OpenID Connect scopes are Microsoft Graph permissions too, consented (and recorded) like the others.
    const auto graph = m_ledger.resource(TokenService::Resource::Graph);
    if (graph && !scopes.oidc.isEmpty()) {
        Requested* entry = nullptr;
        for (auto& existing : *out) {
            if (sameText(objectId(existing.resource), objectId(*graph))) {
                entry = &existing;
            }
        }
        if (!entry) {
            out->append(Requested {*graph, {}, {}, {}, {}, {}});
            entry = &out->last();
        }
        for (const auto& value : scopes.oidc) {
            if (const auto scope = ConsentLedger::delegatedScope(*graph, value)) {
                entry->delegated.append(scope->value(QStringLiteral("value")).toString());
                entry->delegatedObjects.append(*scope);
            }
        }
    }
    return std::nullopt;
}

std::optional<EntraError>
IdentityEndpoints::resolveAdminConsent(const ScopeSet& scopes, const QString& appId, QList<Requested>* out) const
{
    out->clear();
    auto entryFor = [out](const QJsonObject& sp) -> Requested& {
        for (auto& existing : *out) {
            if (sameText(objectId(existing.resource), objectId(sp))) {
                return existing;
            }
        }
        out->append(Requested {sp, {}, {}, {}, {}, {}});
        return out->last();
    };
    auto addDelegated = [](Requested& entry, const QJsonObject& scope) {
        const QString value = scope.value(QStringLiteral("value")).toString();
        if (!entry.delegated.contains(value, Qt::CaseInsensitive)) {
            entry.delegated.append(value);
            entry.delegatedObjects.append(scope);
        }
    };
    // The sandbox has no app registrations for other publishers' apps: their "static" permissions (.default) are the
    // ones users asked for in the app's consent request.
    QStringList pending;
    if (const auto request = m_store.appConsentRequestForApp(appId)) {
        for (const auto& scope : request->value(QStringLiteral("pendingScopes")).toArray()) {
            pending.append(scope.toObject().value(QStringLiteral("displayName")).toString());
        }
    }
    for (const auto& resourceScopes : scopes.resources) {
        const auto sp = m_ledger.resource(resourceScopes.resource);
        if (!sp) {
            return EntraError::resourceNotFound(TokenService::resourceUri(resourceScopes.resource), tenantName());
        }
        Requested& entry = entryFor(*sp);
        for (const auto& value : resourceScopes.values) {
            const auto scope = ConsentLedger::delegatedScope(*sp, value);
            if (!scope) {
                return EntraError::invalidScope(
                    ScopeSet::fullUri(resourceScopes.resource, value),
                    QStringLiteral("The scope does not exist on the resource '%1' as a delegated permission; "
                                   "application permissions need '/.default'.")
                        .arg(displayName(*sp)));
            }
            addDelegated(entry, *scope);
        }
        if (resourceScopes.isDefault) {
            for (const auto& name : std::as_const(pending)) {
                if (const auto scope = ConsentLedger::delegatedScope(*sp, name)) {
                    addDelegated(entry, *scope);
                } else if (const auto role = ConsentLedger::applicationRole(*sp, name)) {
                    const QString value = role->value(QStringLiteral("value")).toString();
                    if (!entry.application.contains(value, Qt::CaseInsensitive)) {
                        entry.application.append(value);
                        entry.applicationIds.append(objectId(*role));
                        entry.applicationObjects.append(*role);
                    }
                }
            }
        }
    }
    if (!scopes.oidc.isEmpty()) {
        if (const auto graph = m_ledger.resource(TokenService::Resource::Graph)) {
            Requested& entry = entryFor(*graph);
            for (const auto& value : scopes.oidc) {
                if (const auto scope = ConsentLedger::delegatedScope(*graph, value)) {
                    addDelegated(entry, *scope);
                }
            }
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------------
// GET|POST /{tenant}/oauth2/v2.0/authorize

SandboxResponse IdentityEndpoints::authorize(const SandboxRequest& request, const QString& tenant)
{
    const EntraError::Context context = EntraError::context(request, m_tokens.now());
    const bool post = request.method == "POST";
    if (!post && request.method != "GET") {
        return errorPage(EntraError::methodNotAllowed("GET, POST", request.method), context);
    }
    const Params params = readParams(post ? request.formBody() : request.query);
    const QString clientId = params.value(QStringLiteral("client_id"));

    // Until the client and its redirect URI are known good, errors stay on an error page: nothing goes to the app.
    if (auto error = checkTenant(tenant, clientId)) {
        return errorPage(*error, context);
    }
    if (clientId.isEmpty()) {
        return errorPage(EntraError::missingParameter(QStringLiteral("client_id")), context);
    }
    const auto client = m_store.client(clientId);
    if (!client) {
        return errorPage(EntraError::unknownClient(clientId, tenant), context);
    }
    const QString appName = displayName(*client);
    const QString redirectUri = params.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty()) {
        return errorPage(EntraError::missingParameter(QStringLiteral("redirect_uri")), context);
    }
    if (!RedirectUri::isLoopback(redirectUri)
        || !RedirectUri::matchesAny(stringList(client->value(QStringLiteral("redirectUris"))), redirectUri)) {
        return errorPage(EntraError::redirectUriNotRegistered(redirectUri, clientId), context);
    }

    // From here on, errors go back to the app on its redirect URI.
    const QString state = params.value(QStringLiteral("state"));
    QString responseMode = params.value(QStringLiteral("response_mode"), QStringLiteral("query")).toLower();
    auto fail = [&](const EntraError& error) {
        QList<QPair<QString, QString>> parameters = error.redirectParameters(context);
        if (params.contains(QStringLiteral("state"))) {
            parameters.append({QStringLiteral("state"), state});
        }
        Log::get("sandbox")->info("authorize for {}: {} AADSTS{}", appName, error.error, error.code);
        return redirect(redirectUri, responseMode, parameters);
    };
    if (responseMode != QLatin1String("query") && responseMode != QLatin1String("form_post")) {
        const QString unsupported = responseMode;
        responseMode = QStringLiteral("query");
        return fail(EntraError::unsupportedResponseMode(unsupported));
    }
    const QString responseType = params.value(QStringLiteral("response_type"));
    if (responseType.isEmpty()) {
        return fail(EntraError::missingParameter(QStringLiteral("response_type")));
    }
    if (responseType != QLatin1String("code")) {
        return fail(EntraError::unsupportedResponseType(responseType));
    }
    const QString scopeText = params.value(QStringLiteral("scope"));
    if (scopeText.trimmed().isEmpty()) {
        return fail(EntraError::missingParameter(QStringLiteral("scope")));
    }
    const ScopeSet scopes = ScopeSet::parse(scopeText);
    if (!scopes.invalid.isEmpty()) {
        return fail(EntraError::invalidScope(scopes.invalid.first()));
    }
    if (scopes.hasMultipleResources()) {
        return fail(EntraError::multipleResourcesAtAuthorize(scopes.original));
    }
    if (!scopes.unknownResources.isEmpty()) {
        return fail(EntraError::resourceNotFound(scopes.unknownResources.first(), tenantName()));
    }
    // PKCE with S256 is mandatory here (Entra accepts a missing or "plain" method; the sandbox keeps clients honest).
    const QString challenge = params.value(QStringLiteral("code_challenge"));
    if (challenge.isEmpty()) {
        return fail(EntraError::pkceRequired());
    }
    const QString method = params.value(QStringLiteral("code_challenge_method"));
    if (method != QLatin1String("S256")) {
        return fail(EntraError::invalidCodeChallengeMethod(method));
    }
    if (!validChallenge(challenge)) {
        return fail(EntraError::invalidCodeChallengeSize());
    }
    const QString prompt = params.value(QStringLiteral("prompt")).toLower();
    static const QStringList prompts {
        QStringLiteral("login"), QStringLiteral("none"), QStringLiteral("consent"), QStringLiteral("select_account")};
    if (!prompt.isEmpty() && !prompts.contains(prompt)) {
        return fail(EntraError::invalidParameter(QStringLiteral("prompt")));
    }
    QList<Requested> requested;
    if (auto error = resolveAuthorize(scopes, &requested)) {
        return fail(*error);
    }
    if (post && params.value(QStringLiteral("action")) == QLatin1String("cancel")) {
        return fail(EntraError::userDeclinedConsent());
    }

    // Who signs in: the account chosen on the page, or (without prompt) the login_hint or the session's user.
    const QString path = request.path;
    const QString intro = QStringLiteral("%1 wants you to sign in. Choose an account of the sandbox tenant: there are "
                                         "no passwords here.")
                              .arg(appName);
    const auto session = sessionUser(request);
    const QString hint = params.value(QStringLiteral("login_hint")).trimmed();
    std::optional<QJsonObject> hinted;
    if (!hint.isEmpty()) {
        hinted = m_store.userByIdOrUpn(hint);
        if (hinted
            && (!userEnabled(*hinted)
                || !sameText(hinted->value(QStringLiteral("userPrincipalName")).toString(), hint))) {
            hinted.reset();
        }
    }
    const bool forceConsent = prompt == QLatin1String("consent");
    auto page = [&](const QString& selected, const QString& username, const QString& error) {
        const bool admin = !selected.isEmpty() && m_ledger.canConsentForOrganization(selected);
        const QList<IdentityPages::Permission> permissions = pagePermissions(requested, !forceConsent, clientId);
        return signInPage(
            path, params, appName, intro, selected, username, permissions, admin || selected.isEmpty(), error);
    };

    std::optional<QJsonObject> user;
    if (post) {
        QString error;
        user = chosenUser(params, &error);
        if (!user) {
            return page(params.value(QStringLiteral("login")), params.value(QStringLiteral("username")), error);
        }
    } else if (prompt == QLatin1String("none")) {
        user = hinted ? (session && sameText(objectId(*session), objectId(*hinted)) ? session : std::nullopt) : session;
        if (!user) {
            return fail(EntraError::loginRequired());
        }
    } else if (prompt.isEmpty()) {
        user = hint.isEmpty() ? session : hinted;
    }
    if (!user) {
        const QString selected = hinted ? objectId(*hinted) : (session ? objectId(*session) : QString());
        return page(selected, hinted ? QString() : hint, QString());
    }
    const QString userId = objectId(*user);

    // Consent: what is asked for and not yet granted, to everyone or to this user.
    const auto clientSp = m_ledger.clientServicePrincipal(clientId);
    bool missing = false;
    bool userMayConsentAll = true;
    for (const auto& entry : std::as_const(requested)) {
        const QStringList granted
            = clientSp ? m_ledger.grantedScopes(objectId(*clientSp), objectId(entry.resource), userId) : QStringList();
        for (const auto& scope : entry.delegatedObjects) {
            if (!granted.contains(scope.value(QStringLiteral("value")).toString(), Qt::CaseInsensitive)) {
                missing = true;
                userMayConsentAll = userMayConsentAll && m_ledger.userMayConsent(scope, entry.resource, clientId);
            }
        }
    }
    if (!post && (missing || forceConsent)) {
        if (prompt == QLatin1String("none")) {
            return fail(EntraError::consentRequired(clientId, appName, false));
        }
        return page(userId, QString(), QString()); // the consent notice needs a page
    }
    if (missing) {
        const bool admin = m_ledger.canConsentForOrganization(userId);
        if (!admin && !userMayConsentAll) {
            if (!m_ledger.adminConsentWorkflowEnabled()) {
                return fail(EntraError::adminConsentRequired(appName));
            }
            // The workflow is on: Entra shows "Approval required"; a submitted justification becomes an
            // appConsentRequest the reviewers see, and the app gets AADSTS90095 either way.
            QStringList pendingScopes;
            for (const auto& entry : std::as_const(requested)) {
                for (const auto& value : entry.delegated) {
                    if (!pendingScopes.contains(value, Qt::CaseInsensitive)) {
                        pendingScopes.append(value);
                    }
                }
            }
            if (params.value(QStringLiteral("action")) == QLatin1String("request_approval")) {
                m_store.fileConsentRequest(clientId,
                                           appName,
                                           pendingScopes,
                                           *user,
                                           params.value(QStringLiteral("justification")).trimmed(),
                                           true);
                Log::get("sandbox")->info("approval of {} requested by {}",
                                          appName,
                                          user->value(QStringLiteral("userPrincipalName")).toString());
                return fail(EntraError::adminConsentRequestAccess(appName));
            }
            return approvalPage(path, params, appName, *user, requested, clientId);
        }
        const bool forOrganization
            = admin && params.value(QStringLiteral("consent_on_behalf_of_organization")) == QLatin1String("true");
        const QJsonObject sp = m_ledger.ensureClientServicePrincipal(clientId, appName);
        for (const auto& entry : std::as_const(requested)) {
            m_ledger.grantDelegated(
                objectId(sp), objectId(entry.resource), entry.delegated, forOrganization ? QString() : userId);
        }
        Log::get("sandbox")->info("consent to {} by {} ({})",
                                  appName,
                                  user->value(QStringLiteral("userPrincipalName")).toString(),
                                  forOrganization ? "for the organization" : "for the user");
    }

    TokenService::AuthorizationCode code;
    code.clientId = clientId;
    code.redirectUri = redirectUri;
    code.codeChallenge = challenge;
    code.userId = userId;
    code.scopes = scopeText.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    code.nonce = params.value(QStringLiteral("nonce"));
    QList<QPair<QString, QString>> parameters {{QStringLiteral("code"), m_tokens.issueCode(code)}};
    if (params.contains(QStringLiteral("state"))) {
        parameters.append({QStringLiteral("state"), state});
    }
    // Single sign-on keeps the browser's session; an account chosen on the page starts a new one.
    const bool keepSession = !post && session && sameText(objectId(*session), userId);
    const QString sessionId
        = keepSession ? QString::fromLatin1(sessionCookie(request, kSessionCookie)) : m_tokens.createSession(userId);
    parameters.append({QStringLiteral("session_state"), sessionState(sessionId)});
    SandboxResponse response = redirect(redirectUri, responseMode, parameters);
    if (!keepSession) {
        response.setHeader("Set-Cookie",
                           kSessionCookie + '=' + sessionId.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax");
    }
    Log::get("sandbox")->info(
        "signed in {} to {}", user->value(QStringLiteral("userPrincipalName")).toString(), appName);
    return response;
}

// ---------------------------------------------------------------------------------------------------------------
// POST /{tenant}/oauth2/v2.0/token

SandboxResponse IdentityEndpoints::token(const SandboxRequest& request, const QString& tenant)
{
    const EntraError::Context context = EntraError::context(request, m_tokens.now());
    if (request.method != "POST") {
        return EntraError::methodNotAllowed("POST", request.method).toResponse(context);
    }
    // Entra reads only form bodies; anything else looks like a request without parameters.
    if (!request.header("content-type").trimmed().toLower().startsWith("application/x-www-form-urlencoded")) {
        return EntraError::missingParameter(QStringLiteral("grant_type")).toResponse(context);
    }
    const Params params = readParams(request.formBody());
    const QString clientId = params.value(QStringLiteral("client_id"));
    if (auto error = checkTenant(tenant, clientId)) {
        return error->toResponse(context);
    }
    const QString grantType = params.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty()) {
        return EntraError::missingParameter(QStringLiteral("grant_type")).toResponse(context);
    }
    if (clientId.isEmpty()) {
        return EntraError::missingParameter(QStringLiteral("client_id")).toResponse(context);
    }
    const auto client = m_store.client(clientId);
    if (!client) {
        return EntraError::unknownClient(clientId, tenant).toResponse(context);
    }
    // Client authentication: public clients must not present credentials, confidential ones must.
    const bool publicClient = client->value(QStringLiteral("publicClient")).toBool(true);
    const bool presented
        = params.contains(QStringLiteral("client_secret")) || params.contains(QStringLiteral("client_assertion"));
    if (publicClient && presented) {
        return EntraError::publicClientWithCredential().toResponse(context);
    }
    if (!publicClient && params.value(QStringLiteral("client_secret")).isEmpty()
        && params.value(QStringLiteral("client_assertion")).isEmpty()) {
        return EntraError::confidentialClientWithoutCredential().toResponse(context);
    }
    if (grantType == QLatin1String("authorization_code")) {
        return redeemCode(params, *client, context);
    }
    if (grantType == QLatin1String("refresh_token")) {
        return redeemRefreshToken(params, *client, context);
    }
    return EntraError::unsupportedGrantType(grantType).toResponse(context);
}

SandboxResponse
IdentityEndpoints::redeemCode(const Params& params, const QJsonObject& client, const EntraError::Context& context)
{
    const QString clientId = client.value(QStringLiteral("appId")).toString();
    for (const auto& name : {QStringLiteral("code"), QStringLiteral("redirect_uri")}) {
        if (params.value(name).isEmpty()) {
            return EntraError::missingParameter(name).toResponse(context);
        }
    }
    QString failure;
    const auto code = m_tokens.redeemCode(params.value(QStringLiteral("code")), &failure);
    if (!code) {
        if (failure == TokenService::kAlreadyRedeemed) {
            return EntraError::codeAlreadyRedeemed().toResponse(context);
        }
        if (failure == TokenService::kExpired) {
            return EntraError::codeExpired().toResponse(context);
        }
        return EntraError::codeInvalid().toResponse(context);
    }
    if (!sameText(code->clientId, clientId)) {
        return EntraError::codeInvalid().toResponse(context);
    }
    const QString redirectUri = params.value(QStringLiteral("redirect_uri"));
    if (redirectUri != code->redirectUri) {
        return EntraError::redirectUriMismatch(redirectUri, code->redirectUri).toResponse(context);
    }
    const QString verifier = params.value(QStringLiteral("code_verifier"));
    if (verifier.isEmpty()) {
        return EntraError::missingParameter(QStringLiteral("code_verifier")).toResponse(context);
    }
    if (challengeOf(verifier) != code->codeChallenge) {
        return EntraError::codeVerifierMismatch().toResponse(context);
    }
    const auto user = m_store.get(kUsers, code->userId);
    if (!user) {
        return EntraError::userNotFound(tenantName()).toResponse(context);
    }
    if (!userEnabled(*user)) {
        return EntraError::userDisabled().toResponse(context);
    }
    // The token request's scope picks the resource; without one, the authorization request's scope.
    const QString scopeText = params.value(QStringLiteral("scope")).trimmed().isEmpty()
                                  ? code->scopes.join(QLatin1Char(' '))
                                  : params.value(QStringLiteral("scope"));
    return issueTokens(client, *user, ScopeSet::parse(scopeText), code->nonce, QString(), nullptr, context);
}

SandboxResponse IdentityEndpoints::redeemRefreshToken(const Params& params,
                                                      const QJsonObject& client,
                                                      const EntraError::Context& context)
{
    const QString presented = params.value(QStringLiteral("refresh_token"));
    if (presented.isEmpty()) {
        return EntraError::missingParameter(QStringLiteral("refresh_token")).toResponse(context);
    }
    QString failure;
    const auto token = m_tokens.redeemRefreshToken(presented, &failure);
    if (!token) {
        if (failure == TokenService::kRevoked) {
            Log::get("sandbox")->info("refresh token issued before the user's sessions were revoked");
            return EntraError::refreshTokenRevoked().toResponse(context);
        }
        if (failure == TokenService::kExpired) {
            return EntraError::refreshTokenExpired().toResponse(context);
        }
        return EntraError::refreshTokenMalformed().toResponse(context);
    }
    if (!sameText(token->clientId, client.value(QStringLiteral("appId")).toString())) {
        return EntraError(QStringLiteral("invalid_grant"),
                          70000,
                          QStringLiteral("The refresh token was issued to a different client."))
            .toResponse(context);
    }
    const auto user = m_store.get(kUsers, token->userId);
    if (!user) {
        return EntraError::userNotFound(tenantName()).toResponse(context);
    }
    if (!userEnabled(*user)) {
        return EntraError::userDisabled().toResponse(context);
    }
    const QString scopeText = params.value(QStringLiteral("scope")).trimmed().isEmpty()
                                  ? token->requestedScopes.join(QLatin1Char(' '))
                                  : params.value(QStringLiteral("scope"));
    return issueTokens(client, *user, ScopeSet::parse(scopeText), QString(), token->family, &token->scopes, context);
}

SandboxResponse IdentityEndpoints::issueTokens(const QJsonObject& client,
                                               const QJsonObject& user,
                                               const ScopeSet& scopes,
                                               const QString& nonce,
                                               const QString& family,
                                               const QStringList* allowedUris,
                                               const EntraError::Context& context)
{
    const QString clientId = client.value(QStringLiteral("appId")).toString();
    const QString appName = displayName(client);
    const QString userId = objectId(user);
    if (scopes.isEmpty()) {
        return EntraError(QStringLiteral("invalid_scope"),
                          28003,
                          QStringLiteral("Provided value for the input parameter scope cannot be empty when requesting "
                                         "an access token using the provided authorization code. Please specify a "
                                         "valid scope."))
            .toResponse(context);
    }
    if (!scopes.invalid.isEmpty()) {
        return EntraError::invalidScope(scopes.invalid.first()).toResponse(context);
    }
    if (scopes.hasMultipleResources()) {
        return EntraError::multipleResourcesAtToken(scopes.original).toResponse(context);
    }
    if (!scopes.unknownResources.isEmpty()) {
        return EntraError::resourceNotFound(scopes.unknownResources.first(), tenantName()).toResponse(context);
    }
    // Only OpenID Connect scopes: the access token is for Microsoft Graph.
    const ScopeSet::ResourceScopes target = scopes.single().value_or(ScopeSet::ResourceScopes {});
    const auto resource = m_ledger.resource(target.resource);
    if (!resource) {
        return EntraError::resourceNotFound(TokenService::resourceUri(target.resource), tenantName())
            .toResponse(context);
    }
    const auto clientSp = m_ledger.clientServicePrincipal(clientId);
    const QStringList granted
        = clientSp ? m_ledger.grantedScopes(objectId(*clientSp), objectId(*resource), userId) : QStringList();
    auto allowed = [&](const QString& value) {
        return !allowedUris || allowedUris->contains(ScopeSet::fullUri(target.resource, value), Qt::CaseInsensitive);
    };
    QStringList values;
    if (target.isDefault) {
        for (const auto& value : granted) {
            if (!ScopeSet::isOidc(value) && allowed(value)) {
                values.append(value);
            }
        }
        if (values.isEmpty()) {
            return EntraError::consentRequired(clientId, appName, true).toResponse(context);
        }
    } else {
        for (const auto& value : target.values) {
            const qsizetype index = indexOfText(granted, value);
            if (index < 0 || !allowed(value)) {
                return EntraError::consentRequired(clientId, appName, true).toResponse(context);
            }
            values.append(granted.at(index));
        }
        // As Entra does: the token carries every delegated permission already consented for this resource, not
        // only the ones asked for (an app that asked for more earlier keeps using it after a plain refresh).
        for (const auto& value : granted) {
            if (!ScopeSet::isOidc(value) && allowed(value) && indexOfText(values, value) < 0) {
                values.append(value);
            }
        }
    }

    TokenService::Claims claims;
    claims.tenantId = m_store.tenantId();
    claims.clientId = clientId;
    claims.clientDisplayName = appName;
    claims.userId = userId;
    claims.upn = user.value(QStringLiteral("userPrincipalName")).toString();
    claims.name = displayName(user);
    claims.givenName = user.value(QStringLiteral("givenName")).toString();
    claims.familyName = user.value(QStringLiteral("surname")).toString();
    claims.resource = target.resource;
    claims.roleTemplateIds = m_store.directoryRoleTemplateIds(userId);
    QStringList scp = values;
    QStringList responseScope;
    for (const auto& value : std::as_const(values)) {
        responseScope.append(ScopeSet::fullUri(target.resource, value));
    }
    for (const auto& oidc : {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")}) {
        if (scopes.contains(oidc)) {
            responseScope.append(oidc);
            if (target.resource == TokenService::Resource::Graph) {
                appendUnique(scp, oidc); // Graph tokens carry the OIDC scopes in scp, as Entra's do
            }
        }
    }
    claims.scopes = scp;

    const int lifetime = m_tokens.accessTokenLifetime();
    QJsonObject body {
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), responseScope.join(QLatin1Char(' '))},
        {QStringLiteral("expires_in"), lifetime},
        {QStringLiteral("ext_expires_in"), lifetime},
        {QStringLiteral("access_token"), m_tokens.issueAccessToken(claims)},
    };
    if (scopes.contains(QStringLiteral("offline_access"))) {
        TokenService::RefreshToken refresh;
        refresh.clientId = clientId;
        refresh.userId = userId;
        refresh.family = family;
        // The grant a refresh token carries: what was consented when it was first issued, on every resource.
        refresh.scopes = allowedUris ? *allowedUris : m_ledger.grantedUris(clientId, userId);
        QStringList requested = scopes.oidc;
        for (const auto& value : std::as_const(values)) {
            requested.append(ScopeSet::fullUri(target.resource, value));
        }
        if (target.isDefault) {
            requested = scopes.oidc;
            requested.append(ScopeSet::fullUri(target.resource, QStringLiteral(".default")));
        }
        refresh.requestedScopes = requested;
        body.insert(QStringLiteral("refresh_token"), m_tokens.issueRefreshToken(refresh));
    }
    if (scopes.contains(QStringLiteral("openid"))) {
        body.insert(QStringLiteral("id_token"), m_tokens.issueIdToken(claims, nonce));
    }
    Log::get("sandbox")->info("token for {} to {} ({}, {} scopes)",
                              claims.upn,
                              appName,
                              TokenService::resourceUri(target.resource),
                              values.size());
    return jsonResponse(200, body);
}

// ---------------------------------------------------------------------------------------------------------------
// GET|POST /{tenant}/v2.0/adminconsent

SandboxResponse IdentityEndpoints::adminConsent(const SandboxRequest& request, const QString& tenant)
{
    const EntraError::Context context = EntraError::context(request, m_tokens.now());
    const bool post = request.method == "POST";
    if (!post && request.method != "GET") {
        return errorPage(EntraError::methodNotAllowed("GET, POST", request.method), context);
    }
    const Params params = readParams(post ? request.formBody() : request.query);
    const QString appId = params.value(QStringLiteral("client_id"));
    if (auto error = checkTenant(tenant, appId)) {
        return errorPage(*error, context);
    }
    if (appId.isEmpty()) {
        return errorPage(EntraError::missingParameter(QStringLiteral("client_id")), context);
    }
    // The app: registered here, instantiated here, asked for by users, or known from the catalog.
    const auto registration = m_store.client(appId);
    const auto servicePrincipal = m_ledger.clientServicePrincipal(appId);
    const auto catalog = m_store.catalogApp(appId);
    const auto consentRequest = m_store.appConsentRequestForApp(appId);
    if (!registration && !servicePrincipal && !catalog && !consentRequest) {
        return errorPage(EntraError::unknownClient(appId, tenant), context);
    }
    QString appName = registration ? displayName(*registration) : QString();
    QString publisher;
    QStringList replyUrls
        = registration ? stringList(registration->value(QStringLiteral("redirectUris"))) : QStringList();
    for (const auto& known : {servicePrincipal, catalog}) {
        if (known) {
            appName = appName.isEmpty() ? displayName(*known) : appName;
            publisher = publisher.isEmpty() ? known->value(QStringLiteral("publisherName")).toString() : publisher;
            if (replyUrls.isEmpty()) {
                replyUrls = stringList(known->value(QStringLiteral("replyUrls")));
            }
        }
    }
    if (appName.isEmpty() && consentRequest) {
        appName = consentRequest->value(QStringLiteral("appDisplayName")).toString();
    }
    if (appName.isEmpty()) {
        appName = appId;
    }
    const QString redirectUri = params.value(QStringLiteral("redirect_uri"));
    if (!redirectUri.isEmpty()) {
        const bool ok = replyUrls.isEmpty() ? RedirectUri::isLoopback(redirectUri)
                                            : RedirectUri::matchesAny(replyUrls, redirectUri);
        if (!ok) {
            return errorPage(EntraError::redirectUriNotRegistered(redirectUri, appId), context);
        }
    }
    const QString state = params.value(QStringLiteral("state"));
    auto finish = [&](QList<QPair<QString, QString>> parameters) {
        parameters.prepend({QStringLiteral("admin_consent"), QStringLiteral("True")});
        if (params.contains(QStringLiteral("state"))) {
            parameters.append({QStringLiteral("state"), state});
        }
        return redirect(redirectUri, QStringLiteral("query"), parameters);
    };
    auto fail = [&](const EntraError& error) {
        Log::get("sandbox")->info("admin consent for {}: {} AADSTS{}", appName, error.error, error.code);
        return redirectUri.isEmpty() ? errorPage(error, context) : finish(error.redirectParameters(context));
    };
    const QString scopeText = params.value(QStringLiteral("scope"));
    if (scopeText.trimmed().isEmpty()) {
        return fail(EntraError::missingParameter(QStringLiteral("scope")));
    }
    const ScopeSet scopes = ScopeSet::parse(scopeText);
    if (!scopes.invalid.isEmpty()) {
        return fail(EntraError::invalidScope(scopes.invalid.first()));
    }
    if (!scopes.unknownResources.isEmpty()) {
        return fail(EntraError::resourceNotFound(scopes.unknownResources.first(), tenantName()));
    }
    QList<Requested> requested;
    if (auto error = resolveAdminConsent(scopes, appId, &requested)) {
        return fail(*error);
    }
    const QString action = params.value(QStringLiteral("action"));
    if (post && action == QLatin1String("cancel")) {
        return fail(EntraError::userDeclinedConsent());
    }

    // An administrator must be signed in; the sign-in page comes first when nobody is (or another account is wanted).
    Params carried;
    for (const auto& name : {QStringLiteral("client_id"),
                             QStringLiteral("scope"),
                             QStringLiteral("redirect_uri"),
                             QStringLiteral("state")}) {
        if (params.contains(name)) {
            carried.insert(name, params.value(name));
        }
    }
    const QString prompt = params.value(QStringLiteral("prompt")).toLower();
    std::optional<QJsonObject> user = sessionUser(request);
    bool newSession = false;
    if (post && action == QLatin1String("signin")) {
        QString error;
        user = chosenUser(params, &error);
        if (!user) {
            return signInPage(
                request.path,
                carried,
                appName,
                QStringLiteral("Sign in with an administrator account to review the permissions %1 asks for.")
                    .arg(appName),
                params.value(QStringLiteral("login")),
                params.value(QStringLiteral("username")),
                {},
                false,
                error);
        }
        newSession = true;
    } else if (!user || (!post && (prompt == QLatin1String("login") || prompt == QLatin1String("select_account")))) {
        return signInPage(
            request.path,
            carried,
            appName,
            QStringLiteral("Sign in with an administrator account to review the permissions %1 asks for.").arg(appName),
            user ? objectId(*user) : QString(),
            QString(),
            {},
            false,
            QString());
    }
    const QString userId = objectId(*user);
    const QString upn = user->value(QStringLiteral("userPrincipalName")).toString();
    auto withSession = [&](SandboxResponse response) {
        if (newSession) {
            startSession(response, userId);
        }
        return response;
    };
    if (!m_ledger.canConsentForOrganization(userId)) {
        return withSession(fail(EntraError::adminConsentRequired(appName)));
    }
    bool graphAppRoles = false;
    for (const auto& entry : std::as_const(requested)) {
        graphAppRoles = graphAppRoles
                        || (!entry.application.isEmpty()
                            && sameText(entry.resource.value(QStringLiteral("appId")).toString(),
                                        TokenService::resourceAppId(TokenService::Resource::Graph)));
    }
    const QString blocking = graphAppRoles && !m_ledger.canGrantGraphAppRoles(userId) ? QStringLiteral(
                                 "Granting Microsoft Graph application permissions needs the Privileged "
                                 "Role Administrator or Global Administrator role. Ask someone with "
                                 "one of these roles to grant them.")
                                                                                      : QString();

    if (post && action == QLatin1String("accept")) {
        if (!blocking.isEmpty()) {
            return withSession(fail(EntraError::adminConsentRequired(appName)));
        }
        const QJsonObject sp = m_ledger.ensureClientServicePrincipal(appId, appName);
        QStringList granted;
        int delegated = 0;
        int application = 0;
        for (const auto& entry : std::as_const(requested)) {
            m_ledger.grantDelegated(objectId(sp), objectId(entry.resource), entry.delegated);
            delegated += int(entry.delegated.size());
            application += m_ledger.assignApplicationRoles(sp, entry.resource, entry.applicationIds);
            const bool graph = sameText(entry.resource.value(QStringLiteral("appId")).toString(),
                                        TokenService::resourceAppId(TokenService::Resource::Graph));
            const auto kind = graph ? TokenService::Resource::Graph : TokenService::Resource::Exchange;
            for (const auto& value : entry.delegated + entry.application) {
                granted.append(ScopeSet::isOidc(value) ? value : ScopeSet::fullUri(kind, value));
            }
        }
        m_store.completeConsentRequests(appId, userId);
        Log::get("sandbox")->info("admin consent to {} by {}: {} delegated, {} new application permissions",
                                  appName,
                                  upn,
                                  delegated,
                                  application);
        if (redirectUri.isEmpty()) {
            SandboxResponse response = SandboxResponse::html(
                200,
                IdentityPages::message(
                    tenantName(),
                    QStringLiteral("Permissions granted"),
                    {QStringLiteral("%1 now has the permissions it asked for, for the whole "
                                    "organization.")
                         .arg(appName),
                     QStringLiteral("Granted: %1")
                         .arg(granted.isEmpty() ? QStringLiteral("nothing new") : granted.join(QStringLiteral(", "))),
                     QStringLiteral("Entra would now return to the app's reply address; no "
                                    "redirect_uri was given, so the sandbox stops here.")}));
            secureHeaders(response);
            return withSession(response);
        }
        return withSession(finish({{QStringLiteral("tenant"), m_store.tenantId()},
                                   {QStringLiteral("scope"), granted.join(QLatin1Char(' '))}}));
    }

    IdentityPages::AdminConsent page;
    page.tenantName = tenantName();
    page.appName = appName;
    page.appId = appId;
    page.publisher = publisher;
    page.signedInAs = QStringLiteral("%1 (%2)").arg(displayName(*user), upn);
    page.action = request.path;
    for (auto it = carried.constBegin(); it != carried.constEnd(); ++it) {
        page.hidden.append({it.key(), it.value()});
    }
    page.permissions = pagePermissions(requested, false, appId);
    page.blockingError = blocking;
    QList<QPair<QString, QString>> switchParameters;
    for (auto it = carried.constBegin(); it != carried.constEnd(); ++it) {
        switchParameters.append({it.key(), it.value()});
    }
    switchParameters.append({QStringLiteral("prompt"), QStringLiteral("select_account")});
    page.switchAccountUrl
        = RedirectUri::withParameters(QStringLiteral("http://sandbox") + request.path, switchParameters)
              .toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    SandboxResponse response = SandboxResponse::html(200, IdentityPages::adminConsent(page));
    secureHeaders(response);
    return withSession(response);
}

// ---------------------------------------------------------------------------------------------------------------
// GET /_sandbox/token?upn=…&resource=graph|exchange[&scopes=a,b]

SandboxResponse IdentityEndpoints::sandboxToken(const SandboxRequest& request)
{
    const EntraError::Context context = EntraError::context(request, m_tokens.now());
    if (request.method != "GET") {
        return EntraError::methodNotAllowed("GET", request.method).toResponse(context);
    }
    const Params params = readParams(request.query);
    if (params.contains(QStringLiteral("app"))) {
        return appOnlyToken(request,
                            params.value(QStringLiteral("app")).trimmed(),
                            params.value(QStringLiteral("resource"), QStringLiteral("graph")).toLower());
    }
    const QString upn = params.value(QStringLiteral("upn")).trimmed();
    if (upn.isEmpty()) {
        return EntraError::missingParameter(QStringLiteral("upn")).toResponse(context);
    }
    const auto user = m_store.userByIdOrUpn(upn);
    if (!user) {
        return EntraError::userNotFound(tenantName()).toResponse(context);
    }
    if (!userEnabled(*user)) {
        return EntraError::userDisabled().toResponse(context);
    }
    const QString resourceName = params.value(QStringLiteral("resource"), QStringLiteral("graph")).toLower();
    TokenService::Resource resource = TokenService::Resource::Graph;
    if (resourceName == QLatin1String("exchange")) {
        resource = TokenService::Resource::Exchange;
    } else if (resourceName != QLatin1String("graph")) {
        return EntraError::invalidParameter(QStringLiteral("resource")).toResponse(context);
    }
    QStringList scopes = params.value(QStringLiteral("scopes"))
                             .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (!params.contains(QStringLiteral("scopes"))) {
        scopes = resource == TokenService::Resource::Graph ? defaultSandboxScopes()
                                                           : QStringList {QStringLiteral("Exchange.Manage")};
    }
    const QJsonArray clients = m_store.clients();
    const QJsonObject client = clients.isEmpty() ? QJsonObject() : clients.first().toObject();

    TokenService::Claims claims;
    claims.tenantId = m_store.tenantId();
    claims.clientId = client.value(QStringLiteral("appId")).toString();
    claims.clientDisplayName = displayName(client);
    claims.userId = objectId(*user);
    claims.upn = user->value(QStringLiteral("userPrincipalName")).toString();
    claims.name = displayName(*user);
    claims.givenName = user->value(QStringLiteral("givenName")).toString();
    claims.familyName = user->value(QStringLiteral("surname")).toString();
    claims.resource = resource;
    claims.scopes = scopes;
    claims.roleTemplateIds = m_store.directoryRoleTemplateIds(claims.userId);
    QStringList uris;
    for (const auto& scope : std::as_const(scopes)) {
        uris.append(ScopeSet::fullUri(resource, scope));
    }
    Log::get("sandbox")->info("sandbox token for {} ({})", claims.upn, TokenService::resourceUri(resource));
    return jsonResponse(200,
                        QJsonObject {{QStringLiteral("access_token"), m_tokens.issueAccessToken(claims)},
                                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                     {QStringLiteral("expires_in"), m_tokens.accessTokenLifetime()},
                                     {QStringLiteral("scope"), uris.join(QLatin1Char(' '))}});
}

// GET /_sandbox/token?app=APPID[&resource=graph|exchange]: what the client-credentials grant would issue to the app —
// its roles claim holds the app roles assigned to its service principal on that resource (admin-consented
// application permissions), nothing else.
SandboxResponse
IdentityEndpoints::appOnlyToken(const SandboxRequest& request, const QString& appId, const QString& resourceName)
{
    const EntraError::Context context = EntraError::context(request, m_tokens.now());
    TokenService::Resource resource = TokenService::Resource::Graph;
    if (resourceName == QLatin1String("exchange")) {
        resource = TokenService::Resource::Exchange;
    } else if (resourceName != QLatin1String("graph")) {
        return EntraError::invalidParameter(QStringLiteral("resource")).toResponse(context);
    }
    const auto sp = m_store.servicePrincipalByAppId(appId);
    if (appId.isEmpty() || !sp) {
        return EntraError::invalidParameter(QStringLiteral("app")).toResponse(context);
    }
    const auto resourceSp = m_store.servicePrincipalByAppId(TokenService::resourceAppId(resource));
    QStringList roles;
    if (resourceSp) {
        QHash<QString, QString> values;
        for (const auto& role : resourceSp->value(QStringLiteral("appRoles")).toArray()) {
            values.insert(role.toObject().value(QStringLiteral("id")).toString().toLower(),
                          role.toObject().value(QStringLiteral("value")).toString());
        }
        for (const auto& assignment : m_store.assignmentsByPrincipal(objectId(*sp))) {
            if (sameText(assignment.value(QStringLiteral("resourceId")).toString(), objectId(*resourceSp))) {
                const QString value = values.value(assignment.value(QStringLiteral("appRoleId")).toString().toLower());
                if (!value.isEmpty() && !roles.contains(value)) {
                    roles.append(value);
                }
            }
        }
    }
    TokenService::Claims claims;
    claims.tenantId = m_store.tenantId();
    claims.clientId = sp->value(QStringLiteral("appId")).toString();
    claims.clientDisplayName = displayName(*sp);
    claims.userId = objectId(*sp);
    claims.resource = resource;
    claims.appOnly = true;
    claims.roles = roles;
    Log::get("sandbox")->info(
        "sandbox app-only token for {} ({})", claims.clientId, TokenService::resourceUri(resource));
    return jsonResponse(200,
                        QJsonObject {{QStringLiteral("access_token"), m_tokens.issueAccessToken(claims)},
                                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                     {QStringLiteral("expires_in"), m_tokens.accessTokenLifetime()},
                                     {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}});
}
