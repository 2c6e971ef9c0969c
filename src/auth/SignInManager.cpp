#include "SignInManager.h"

#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "WhoAmI.h"

#include "async/Async.h"
#include "graph/GraphClient.h"
#include "log/Log.h"
#include "log/Redactor.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace {

auto logger()
{
    return Log::get("auth");
}

QStringList scopeList(const QString& scope)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

SignInManager::SignInManager(QObject* parent)
    : QObject(parent)
    , m_sessionStore(new MemorySecretStore(this))
{
    m_graphPermissions = ConsentDeskScopes::names(ConsentDeskScopes::graphRead());
}

SignInManager::~SignInManager()
{
    // Waiters are dropped (their futures cancelled): calling into GraphClient from a half-destroyed provider helps
    // nobody.
    m_waiters.clear();
    // Deletions still queued behind a write (a sign-out just before quitting) are sent now, without waiting.
    for (const SecretOp& op : std::as_const(m_secretOps)) {
        if (op.secret.isEmpty() && m_store) {
            m_store->remove(op.key); // nobody waits for the answer
        }
    }
    for (SecretOp& op : m_secretOps) {
        op.secret.fill('\0');
    }
    m_refreshToken.fill('\0');
    m_graphToken.value.fill('\0');
    m_exchangeToken.value.fill('\0');
}

QString SignInManager::stateName(State state)
{
    switch (state) {
    case State::SignedOut:
        return QStringLiteral("signed-out");
    case State::SigningIn:
        return QStringLiteral("signing-in");
    case State::SignedIn:
        return QStringLiteral("signed-in");
    case State::Refreshing:
        return QStringLiteral("refreshing");
    case State::Error:
        return QStringLiteral("error");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------- wiring

void SignInManager::setSecretStore(SecretStore* store)
{
    m_store = store;
    m_sessionOnly = store && !store->isPersistent();
}

void SignInManager::setGraphClient(GraphClient* graph)
{
    m_graph = graph;
}

void SignInManager::setProfileStore(ProfileStore* store)
{
    m_profiles = store;
}

void SignInManager::setNetworkAccessManager(QNetworkAccessManager* nam)
{
    if (m_flow && m_nam != nam) {
        delete m_flow; // recreated with the new manager on the next sign-in
        m_flow = nullptr;
    }
    m_nam = nam;
}

void SignInManager::setInteractiveDriver(InteractiveDriver driver)
{
    m_driver = std::move(driver);
}

void SignInManager::setCallbackTimeout(int ms)
{
    m_callbackTimeoutMs = ms;
    if (m_flow) {
        m_flow->setCallbackTimeout(ms);
    }
}

void SignInManager::setTokenRequestTimeout(int ms)
{
    m_tokenTimeoutMs = ms;
    if (m_flow) {
        m_flow->setTokenRequestTimeout(ms);
    }
}

bool SignInManager::hasWriteConsent(const QStringList& permissions) const
{
    const QStringList wanted
        = permissions.isEmpty() ? ConsentDeskScopes::names(ConsentDeskScopes::graphWriteDefault()) : permissions;
    return isSignedIn() && ConsentDeskScopes::missing(m_grantedGraph, wanted).isEmpty();
}

// ---------------------------------------------------------------------------------------------------- state

void SignInManager::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    logger()->debug("session state: {}", stateName(state));
    emit stateChanged(state);
}

bool SignInManager::prepare(const AuthProfile& profile, AuthError* error)
{
    QString problem;
    if (!profile.isValid(&problem)) {
        *error = AuthError::invalidProfile(problem);
        return false;
    }
    if (!m_flow) {
        m_flow = new EntraFlow(m_nam, this);
        m_flow->setCallbackTimeout(m_callbackTimeoutMs);
        m_flow->setTokenRequestTimeout(m_tokenTimeoutMs);
        connect(m_flow, &EntraFlow::openBrowserRequested, this, &SignInManager::openBrowser);
        connect(m_flow, &EntraFlow::tokensIssued, this, &SignInManager::onTokensIssued);
        connect(m_flow, &EntraFlow::failed, this, &SignInManager::onFlowFailed);
    }
    m_environment = profile.environment();
    if (!m_flow->configure(m_environment, profile.tenant, profile.clientId, error)) {
        return false;
    }
    if (!m_store) {
        m_keychain = new KeychainSecretStore(this);
        m_store = m_keychain;
    }
    if (!m_graph) {
        m_ownGraph = new GraphClient(this);
        m_ownGraph->setTokenProvider(this);
        m_graph = m_ownGraph;
    }
    m_graph->setEndpoints({m_environment.graph(), m_environment.exchange(), profile.tenant});
    m_profile = profile;
    return true;
}

void SignInManager::openBrowser(const QUrl& url)
{
    if (m_driver) {
        // Later, so the flow has finished emitting before the driver talks to the listener.
        auto driver = m_driver;
        QTimer::singleShot(0, this, [driver, url] { driver(url); });
        return;
    }
    emit openBrowserRequested(url);
}

// ---------------------------------------------------------------------------------------------------- sign-in

void SignInManager::signIn(const AuthProfile& profile, const QString& loginHint)
{
    m_interactive = Interactive::None; // a new sign-in replaces one that waits, without a failure signal for it
    m_silent = false;
    if (m_flow && m_flow->isBusy()) {
        m_flow->cancel();
    }
    clearSession(); // another account (or the same, again): nothing of the old session is reused
    AuthError error;
    if (!prepare(profile, &error)) {
        failInteractive(error);
        return;
    }
    m_lastError = {};
    m_interactive = Interactive::SignIn;
    m_graphPermissions = ConsentDeskScopes::names(ConsentDeskScopes::graphRead());
    setState(State::SigningIn);
    EntraFlow::AuthorizationOptions options;
    options.loginHint = loginHint.isEmpty() ? profile.lastUser.userPrincipalName : loginHint;
    options.prompt = options.loginHint.isEmpty() ? QStringLiteral("select_account") : QString();
    const QStringList scopes = ConsentDeskScopes::graphRequest(m_environment.graphResource(), m_graphPermissions);
    logger()->info("interactive sign-in to tenant {} ({} cloud)", profile.tenant, m_environment.name());
    if (!m_flow->startAuthorization(scopes, options, &error)) {
        failInteractive(error);
    }
}

void SignInManager::trySilentSignIn(const AuthProfile& profile)
{
    m_interactive = Interactive::None;
    m_silent = false;
    if (m_flow && m_flow->isBusy()) {
        m_flow->cancel();
    }
    clearSession();
    AuthError error;
    if (!prepare(profile, &error)) {
        failSilent(error);
        return;
    }
    if (!profile.lastUser.isValid()) {
        failSilent(AuthError::notSignedIn());
        return;
    }
    m_tenantId = profile.lastUser.tenantId;
    m_userObjectId = profile.lastUser.objectId;
    m_silent = true;
    setState(State::SigningIn);
    const QString key = secretKey();
    logger()->info("silent sign-in for {} from the {}", profile.lastUser.userPrincipalName, m_store->description());
    Async::then(m_store->read(key), this, [this, key](const SecretStore::Read& read) {
        if (!m_silent || key != secretKey()) {
            return; // cancelled or replaced meanwhile
        }
        if (const SecretStore::Error& e = read.error) {
            if (e.code == SecretStore::Error::Code::NotFound) {
                failSilent(AuthError::notSignedIn());
            } else {
                switchToSessionOnly(e.message);
                failSilent(AuthError::keychain(e.message));
            }
            return;
        }
        m_refreshToken = read.secret;
        m_refreshQueue.append(TokenResource::Graph);
        scheduleQueue();
    });
}

void SignInManager::cancel()
{
    if (m_silent) {
        m_silent = false;
        if (m_flow) {
            m_flow->cancel();
        }
        failSilent(AuthError::cancelled());
        return;
    }
    if (m_interactive != Interactive::None && m_flow) {
        m_flow->cancel(); // onFlowFailed(cancelled) does the rest
        return;
    }
    if (m_whoAmI && m_state == State::SigningIn) {
        // Tokens were issued, but the sign-in did not finish: keep nothing of it.
        stopWhoAmI();
        removeStoredSecret(secretKey());
        failInteractive(AuthError::cancelled());
    }
}

void SignInManager::signOut()
{
    logger()->info("signing out");
    m_silent = false;
    m_pendingWrite.clear();
    m_writeConsentQueued = false;
    if (m_flow && m_flow->isBusy()) {
        m_interactive = Interactive::None; // no signInFailed for a sign-out
        m_flow->cancel();
    }
    const QString key = secretKey();
    if (m_secretBusy && !key.isEmpty() && m_store) {
        // Now too, in case this process ends before the write under way does.
        m_store->remove(key); // its answer does not matter: the queued removal below follows
    }
    // And after any write still under way: a chunked keychain write finishing later would bring the entry back.
    removeStoredSecret(key);
    clearSession();
    m_lastError = {};
    setState(State::SignedOut);
    emit signedOut();
}

void SignInManager::clearSession()
{
    stopWhoAmI();
    failAllWaiters(GraphError::make(GraphError::Kind::SignInRequired, QStringLiteral("Signed out.")));
    m_refreshQueue.clear();
    m_refreshing.reset();
    m_refreshToken.fill('\0');
    m_refreshToken.clear();
    m_graphToken.value.fill('\0');
    m_graphToken = {};
    m_exchangeToken.value.fill('\0');
    m_exchangeToken = {};
    m_grantedGraph.clear();
    m_claims = {};
    m_account = {};
    m_tenantId.clear();
    m_userObjectId.clear();
    m_tenantConfirmed = false;
    m_interactive = Interactive::None;
    m_writeRequested.clear();
}

void SignInManager::failInteractive(const AuthError& error)
{
    const bool wasWriteConsent = m_interactive == Interactive::WriteConsent;
    m_interactive = Interactive::None;
    m_lastError = error;
    if (wasWriteConsent) {
        logger()->warn("write consent failed: {}", error.summary());
        m_writeRequested.clear();
        setState(m_refreshToken.isEmpty() && !m_graphToken.isValid() ? State::SignedOut : State::SignedIn);
        emit writeConsentFailed(error);
        scheduleQueue();
        return;
    }
    logger()->warn("sign-in failed: {}", error.summary());
    clearSession();
    setState(error.kind == AuthError::Kind::Cancelled ? State::SignedOut : State::Error);
    emit signInFailed(error);
}

void SignInManager::failSilent(const AuthError& error)
{
    m_silent = false;
    logger()->info("silent sign-in not possible: {}", error.summary());
    clearSession();
    setState(State::SignedOut);
    emit silentSignInFailed(error);
}

void SignInManager::expireSession(const AuthError& error)
{
    logger()->warn("the session ended: {}", error.summary());
    // The stored refresh token is dead (expired, revoked, or already used); keep no copy of it anywhere.
    removeStoredSecret(secretKey());
    failAllWaiters(error.toGraphError());
    const AccountInfo account = m_account;
    clearSession();
    m_account = account; // who was signed in stays visible for "sign in again"
    m_lastError = error;
    setState(State::Error);
    emit sessionExpired(error);
}

void SignInManager::onTokensIssued(const TokenResponse& tokens, EntraFlow::Operation operation)
{
    if (operation == EntraFlow::Operation::CodeRedemption) {
        if (m_interactive == Interactive::SignIn) {
            adoptGraphTokens(tokens);
            m_interactive = Interactive::None;
            startWhoAmI(); // the refresh token is stored once the tenant is confirmed (finishSignIn)
        } else if (m_interactive == Interactive::WriteConsent) {
            const IdTokenClaims claims = IdTokenClaims::decode(tokens.idToken);
            if (!claims.isValid()) {
                // Without the id_token nothing proves whose consent this is: keep the admin's session, drop these.
                failInteractive(AuthError::make(AuthError::Kind::Protocol,
                                                QStringLiteral("id_token_missing"),
                                                tr("ConsentDesk could not confirm who gave the consent"),
                                                tr("The sign-in answer carried no readable id_token. Try again; if it "
                                                   "keeps happening, report it with the details below.")));
                return;
            }
            if (claims.tenantId.compare(m_tenantId, Qt::CaseInsensitive) != 0) {
                failInteractive(AuthError::tenantMismatch(m_tenantId, claims.tenantId));
                return;
            }
            if (claims.objectId.compare(m_userObjectId, Qt::CaseInsensitive) != 0) {
                // The browser signed in someone else: keep the admin's session, drop these tokens.
                AuthError e = AuthError::make(AuthError::Kind::Other,
                                              QStringLiteral("account_mismatch"),
                                              tr("You consented as a different account"),
                                              tr("Sign in as %1 in the browser when ConsentDesk asks for write "
                                                 "permissions.")
                                                  .arg(m_account.userPrincipalName));
                failInteractive(e);
                return;
            }
            const QStringList granted = m_writeRequested;
            adoptGraphTokens(tokens);
            for (const QString& p : granted) {
                if (!m_graphPermissions.contains(p, Qt::CaseInsensitive)) {
                    m_graphPermissions.append(p);
                }
            }
            m_interactive = Interactive::None;
            m_writeRequested.clear();
            persistRefreshToken();
            setState(State::SignedIn);
            logger()->info("write consent granted for {}", granted.join(QLatin1Char(' ')));
            emit writeConsentGranted(granted);
            scheduleQueue();
        }
        return;
    }

    // A refresh.
    if (!m_refreshing) {
        return;
    }
    const TokenResource resource = *m_refreshing;
    m_refreshing.reset();
    if (!tokens.refreshToken.isEmpty()) {
        m_refreshToken = tokens.refreshToken; // Entra rotates: the old one must not be used again
        persistRefreshToken();
    }
    if (resource == TokenResource::Graph) {
        adoptGraphTokens(tokens);
    } else {
        m_exchangeToken = {tokens.accessToken, tokens.expiresAt};
        m_exchangeTokenIssued = QDateTime::currentDateTimeUtc();
    }
    if (m_silent && resource == TokenResource::Graph) {
        startWhoAmI(); // the session is usable now; who it is comes next
    } else if (m_state == State::Refreshing) {
        setState(State::SignedIn);
    }
    deliver(resource, tokenFor(resource), {});
    scheduleQueue();
}

void SignInManager::adoptGraphTokens(const TokenResponse& tokens)
{
    m_graphToken = {tokens.accessToken, tokens.expiresAt};
    m_graphTokenIssued = QDateTime::currentDateTimeUtc();
    if (!tokens.refreshToken.isEmpty()) {
        m_refreshToken = tokens.refreshToken;
    }
    if (!tokens.scope.isEmpty()) {
        m_grantedGraph = scopeList(tokens.scope);
    }
    const IdTokenClaims claims = IdTokenClaims::decode(tokens.idToken);
    if (claims.isValid()) {
        m_claims = claims;
        m_tenantId = claims.tenantId;
        m_userObjectId = claims.objectId;
    }
    if (m_refreshToken.isEmpty()) {
        logger()->warn("the sign-in returned no refresh token; ConsentDesk will ask again when the token expires");
    }
}

void SignInManager::onFlowFailed(const AuthError& error, EntraFlow::Operation operation)
{
    if (operation == EntraFlow::Operation::Authorization || operation == EntraFlow::Operation::CodeRedemption) {
        if (m_interactive != Interactive::None) {
            failInteractive(error);
        }
        scheduleQueue();
        return;
    }
    if (operation != EntraFlow::Operation::Refresh || !m_refreshing) {
        scheduleQueue();
        return;
    }
    const TokenResource resource = *m_refreshing;
    m_refreshing.reset();
    logger()->warn(
        "{} token request failed: {}", resource == TokenResource::Graph ? "Graph" : "Exchange", error.summary());
    if (m_silent) {
        if (error.kind == AuthError::Kind::SignInRequired) {
            removeStoredSecret(secretKey()); // dead: no point trying it next time
        }
        deliver(resource, {}, error.toGraphError());
        failSilent(error);
        return;
    }
    // The refresh token itself is no good (or Graph, the session's resource, needs the browser): the session ends.
    // An Exchange-only problem (no consent for Exchange, not licensed) leaves the Graph session as it is.
    const bool sessionDead = error.kind == AuthError::Kind::SignInRequired
                             || (resource == TokenResource::Graph && error.requiresInteraction());
    if (sessionDead) {
        expireSession(error);
        return;
    }
    deliver(resource, {}, error.toGraphError());
    if (m_state == State::Refreshing) {
        setState(State::SignedIn);
    }
    scheduleQueue();
}

void SignInManager::stopWhoAmI()
{
    Async::cancel(m_whoAmIAnswer); // a lookup under way answers nobody
    if (m_whoAmI) {
        // Later: this may run inside its own answer.
        m_whoAmI->deleteLater();
        m_whoAmI = nullptr;
    }
}

void SignInManager::startWhoAmI()
{
    stopWhoAmI();
    auto* who = new WhoAmI(m_graph, this);
    m_whoAmI = who;
    who->setClaims(m_claims);
    m_whoAmIAnswer = who->start();
    Async::then(m_whoAmIAnswer, this, [this](const WhoAmI::Result& result) {
        stopWhoAmI();
        if (!result.error) {
            finishSignIn(result.account);
            return;
        }
        const GraphError& error = result.error;
        if (m_claims.isValid()) {
            // Graph did not answer /me; the id_token still says who this is (display only, roles unknown).
            AccountInfo account;
            account.userObjectId = m_claims.objectId;
            account.userPrincipalName = m_claims.preferredUsername;
            account.displayName = m_claims.name;
            account.tenantId = m_claims.tenantId;
            account.rolesKnown = false;
            account.rolesError = error.summary();
            finishSignIn(account);
            return;
        }
        AuthError e = AuthError::fromGraphError(error);
        if (error.kind != GraphError::Kind::TokenEndpoint) {
            e.title = tr("ConsentDesk could not read your account from Microsoft Graph");
            e.nextStep = tr("Check that the app registration has the User.Read permission, then sign in again.");
        }
        if (m_silent) {
            failSilent(e);
        } else {
            failInteractive(e);
        }
    });
}

std::optional<AuthError> SignInManager::checkTenant(const AccountInfo& account) const
{
    const QString expected = m_profile.tenant.trimmed();
    const QString actual = account.tenantId;
    const QString actualName = account.tenantDefaultDomain.isEmpty()
                                   ? actual
                                   : QStringLiteral("%1 (%2)").arg(account.tenantDefaultDomain, actual);
    if (actual.isEmpty()) {
        AuthError e = AuthError::make(AuthError::Kind::Protocol,
                                      QStringLiteral("tenant_unknown"),
                                      tr("ConsentDesk could not confirm which tenant you signed in to"),
                                      tr("Try again. If it keeps happening, report it with the details below."));
        e.explanation = tr("Neither the sign-in answer nor Microsoft Graph named the tenant, so ConsentDesk cannot "
                           "tell whether it is the profile's (%1).")
                            .arg(expected);
        return e;
    }
    const bool anyTenant = expected.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0
                           || expected.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0;
    if (anyTenant) {
        // The profile names no tenant: the one it was used with before is its tenant.
        const QString before = m_profile.lastUser.tenantId;
        if (!before.isEmpty() && before.compare(actual, Qt::CaseInsensitive) != 0) {
            return AuthError::tenantMismatch(before, actualName);
        }
        return std::nullopt;
    }
    if (!QUuid::fromString(expected).isNull()) {
        if (expected.compare(actual, Qt::CaseInsensitive) != 0) {
            return AuthError::tenantMismatch(expected, actualName);
        }
        return std::nullopt;
    }
    // A domain: it must be one of the tenant's verified domains, as Graph's /organization lists them.
    if (!account.organizationRead) {
        AuthError e = AuthError::make(
            AuthError::Kind::Other,
            QStringLiteral("tenant_unconfirmed"),
            tr("ConsentDesk could not confirm that you signed in to %1").arg(expected),
            tr("Try again in a moment, or set the profile's tenant to the tenant ID (%1).").arg(actual));
        e.explanation = tr("Microsoft Graph did not list the tenant's verified domains (/organization).");
        return e;
    }
    if (!account.verifiedDomains.contains(expected, Qt::CaseInsensitive)) {
        return AuthError::tenantMismatch(expected, actualName);
    }
    return std::nullopt;
}

void SignInManager::finishSignIn(const AccountInfo& info)
{
    AccountInfo account = info;
    if (account.tenantId.isEmpty()) {
        account.tenantId = m_tenantId;
    }
    if (m_tenantId.isEmpty() || account.organizationRead) {
        m_tenantId = account.tenantId; // the tenant Graph answered for is the one the tokens work in
    }
    if (m_userObjectId.isEmpty()) {
        m_userObjectId = account.userObjectId;
    }
    if (const auto wrong = checkTenant(account)) {
        logger()->warn("sign-in refused: {}", wrong->summary());
        stopWhoAmI();
        if (m_silent) {
            removeStoredSecret(secretKey()); // the stored sign-in does not belong to this profile's tenant
            failSilent(*wrong);
        } else {
            failInteractive(*wrong);
        }
        return;
    }
    m_tenantConfirmed = true;
    persistRefreshToken(); // the first time for a browser sign-in; a silent one stores its rotated token
    m_account = account;
    m_silent = false;
    m_lastError = {};
    if (!account.tenantId.isEmpty()) {
        GraphClient::Endpoints endpoints = m_graph->endpoints();
        endpoints.tenant = account.tenantId; // Exchange's admin API wants the tenant id
        m_graph->setEndpoints(endpoints);
    }
    m_profile.lastUser = {account.userPrincipalName, m_userObjectId, m_tenantId};
    if (m_profiles && !m_profile.id.isEmpty()) {
        m_profiles->setLastUser(m_profile.id, m_profile.lastUser);
        m_profiles->sync();
    }
    setState(State::SignedIn);
    emit signedIn(account);
    scheduleQueue();
}

// ---------------------------------------------------------------------------------------------------- write consent

void SignInManager::requestWriteConsent(const QStringList& permissions)
{
    if (!isSignedIn()) {
        QTimer::singleShot(0, this, [this] { emit writeConsentFailed(AuthError::notSignedIn()); });
        return;
    }
    const QStringList wanted
        = permissions.isEmpty() ? ConsentDeskScopes::names(ConsentDeskScopes::graphWriteDefault()) : permissions;
    const QStringList missing = ConsentDeskScopes::missing(m_grantedGraph, wanted);
    if (missing.isEmpty()) {
        for (const QString& p : wanted) {
            const QString name = ConsentDeskScopes::withoutResource(p);
            if (!m_graphPermissions.contains(name, Qt::CaseInsensitive)) {
                m_graphPermissions.append(name);
            }
        }
        QTimer::singleShot(0, this, [this, wanted] { emit writeConsentGranted(wanted); });
        return;
    }
    m_pendingWrite = missing;
    QList<ConsentDeskScopes::Permission> described;
    for (const QString& name : missing) {
        described.append(ConsentDeskScopes::graphPermission(name).value_or(
            ConsentDeskScopes::Permission {name, tr("to make the change you asked for"), true}));
    }
    logger()->info("write consent needed for {}", missing.join(QLatin1Char(' ')));
    emit writeConsentNeeded(described);
}

void SignInManager::proceedWithWriteConsent()
{
    if (m_pendingWrite.isEmpty() || !isSignedIn()) {
        return;
    }
    if (m_flow->isBusy()) {
        m_writeConsentQueued = true; // after the refresh in flight
        return;
    }
    m_writeConsentQueued = false;
    m_writeRequested = m_pendingWrite;
    m_pendingWrite.clear();
    QStringList permissions = m_graphPermissions;
    for (const QString& p : m_writeRequested) {
        if (!permissions.contains(p, Qt::CaseInsensitive)) {
            permissions.append(p);
        }
    }
    m_interactive = Interactive::WriteConsent;
    setState(State::SigningIn);
    EntraFlow::AuthorizationOptions options;
    options.loginHint = m_account.userPrincipalName;
    AuthError error;
    if (!m_flow->startAuthorization(
            ConsentDeskScopes::graphRequest(m_environment.graphResource(), permissions), options, &error)) {
        failInteractive(error);
    }
}

void SignInManager::declineWriteConsent()
{
    if (m_pendingWrite.isEmpty()) {
        return;
    }
    m_pendingWrite.clear();
    m_writeConsentQueued = false;
    emit writeConsentFailed(AuthError::cancelled());
}

// ---------------------------------------------------------------------------------------------------- tokens

bool SignInManager::isFresh(const AccessToken& token, const QDateTime& issued) const
{
    if (!token.isValid()) {
        return false;
    }
    // Unknown expiry: good until a 401 says otherwise.
    if (!token.expiresAt.isValid()) {
        return true;
    }
    // Refreshed ahead of expiry by the margin — the default one at most half the token's lifetime ahead: a token that
    // lives less than twice it (the sandbox's --token-lifetime-s 30) would otherwise be refreshed before every
    // request. A margin set by setRefreshMargin() is taken as it is.
    qint64 marginMs = qint64(m_refreshMarginSecs) * 1000;
    if (!m_refreshMarginSet && issued.isValid()) {
        marginMs = std::min(marginMs, issued.msecsTo(token.expiresAt) / 2);
    }
    return QDateTime::currentDateTimeUtc().msecsTo(token.expiresAt) > marginMs;
}

QStringList SignInManager::scopesFor(TokenResource resource) const
{
    return ConsentDeskScopes::tokenRequest(
        resource, m_environment.graphResource(), m_environment.exchangeResource(), m_graphPermissions);
}

QFuture<TokenProvider::Answer> SignInManager::requestToken(TokenResource resource, bool forceRefresh)
{
    const AccessToken& current = tokenFor(resource);
    if (!forceRefresh
        && isFresh(current, resource == TokenResource::Graph ? m_graphTokenIssued : m_exchangeTokenIssued)) {
        return Async::ready(Answer {current, {}});
    }
    if (m_refreshToken.isEmpty()) {
        if (!forceRefresh && current.isValid() && current.expiresAt > QDateTime::currentDateTimeUtc()) {
            return Async::ready(Answer {current, {}}); // inside the margin, but nothing to refresh with
        }
        return Async::ready(Answer {{}, AuthError::notSignedIn().toGraphError()});
    }
    if (forceRefresh && resource == TokenResource::Graph) {
        m_graphToken = {}; // the server refused it: never hand it out again
    } else if (forceRefresh) {
        m_exchangeToken = {};
    }
    const Async::Promise<Answer> waiter;
    m_waiters[int(resource)].append(waiter);
    const bool queued = m_refreshQueue.contains(resource) || (m_refreshing && *m_refreshing == resource);
    if (!queued) {
        m_refreshQueue.append(resource);
    }
    scheduleQueue();
    return waiter.future();
}

void SignInManager::scheduleQueue()
{
    if (m_queueScheduled) {
        return;
    }
    m_queueScheduled = true;
    // Never from inside the flow's signal emissions: 6.4's flow is still unwinding there.
    QTimer::singleShot(0, this, [this] {
        m_queueScheduled = false;
        processQueue();
    });
}

void SignInManager::processQueue()
{
    if (!m_flow || m_flow->isBusy() || m_refreshing) {
        return;
    }
    if (m_writeConsentQueued) {
        proceedWithWriteConsent();
        return;
    }
    if (m_refreshQueue.isEmpty()) {
        return;
    }
    const TokenResource resource = m_refreshQueue.takeFirst();
    if (m_refreshToken.isEmpty()) {
        deliver(resource, {}, AuthError::notSignedIn().toGraphError());
        scheduleQueue();
        return;
    }
    m_refreshing = resource;
    if (m_state == State::SignedIn) {
        setState(State::Refreshing);
    }
    logger()->debug("requesting a {} token", resource == TokenResource::Graph ? "Graph" : "Exchange");
    if (!m_flow->startRefresh(m_refreshToken, scopesFor(resource))) {
        m_refreshing.reset();
        deliver(resource, {}, GraphError::make(GraphError::Kind::SignInRequired, QStringLiteral("Cannot refresh.")));
        scheduleQueue();
    }
}

void SignInManager::deliver(TokenResource resource, const AccessToken& token, const GraphError& error)
{
    // A caller gone meanwhile continued on its own context (Async::then): nobody is called for it.
    const QList<Async::Promise<Answer>> waiters = m_waiters.take(int(resource));
    for (const Async::Promise<Answer>& w : waiters) {
        w.finish({token, error});
    }
}

void SignInManager::failAllWaiters(const GraphError& error)
{
    deliver(TokenResource::Graph, {}, error);
    deliver(TokenResource::Exchange, {}, error);
}

// ---------------------------------------------------------------------------------------------------- secrets

QString SignInManager::secretKey() const
{
    if (m_tenantId.isEmpty() || m_userObjectId.isEmpty()) {
        return {};
    }
    return SecretStore::refreshTokenKey(m_tenantId, m_userObjectId);
}

void SignInManager::persistRefreshToken()
{
    const QString key = secretKey();
    if (key.isEmpty() || m_refreshToken.isEmpty() || !m_store || !m_tenantConfirmed) {
        return; // finishSignIn stores it once the key and the tenant are known
    }
    // Newest wins: a queued, not yet started write of the same entry is replaced.
    m_secretOps.removeIf([&key](const SecretOp& op) { return op.key == key && !op.secret.isEmpty(); });
    m_secretOps.append({key, m_refreshToken});
    runSecretOps();
}

void SignInManager::removeStoredSecret(const QString& key)
{
    if (key.isEmpty() || !m_store) {
        return;
    }
    m_secretOps.removeIf([&key](const SecretOp& op) { return op.key == key && !op.secret.isEmpty(); });
    m_secretOps.append({key, {}});
    runSecretOps();
}

void SignInManager::runSecretOps()
{
    if (m_secretBusy || m_secretOps.isEmpty()) {
        return;
    }
    m_secretBusy = true;
    const SecretOp op = m_secretOps.takeFirst();
    SecretStore* store = m_store;
    if (op.secret.isEmpty()) {
        Async::then(store->remove(op.key), this, [this, op, store](const SecretStore::Error& e) {
            if (e) {
                logger()->warn("could not delete the stored sign-in: {}", e.message);
            }
            if (store != m_sessionStore) {
                m_sessionStore->remove(op.key); // a fallback copy, if any
            }
            m_secretBusy = false;
            runSecretOps();
        });
        return;
    }
    Async::then(store->write(op.key, op.secret), this, [this, op, store](const SecretStore::Error& e) {
        if (e && store != m_sessionStore) {
            logger()->warn("cannot store the sign-in in the {}: {}", store->description(), e.message);
            switchToSessionOnly(e.message);
            const bool newer = std::any_of(m_secretOps.cbegin(), m_secretOps.cend(), [&op](const SecretOp& queued) {
                return queued.key == op.key;
            });
            if (!newer && op.key == secretKey()) {
                m_secretOps.prepend(op); // again, into memory
            }
        } else if (e) {
            logger()->warn("cannot keep the sign-in even in memory: {}", e.message);
        } else {
            logger()->debug(
                "refresh token stored in the {} ({})", store->description(), Redactor::fingerprint(op.secret));
            emit refreshTokenStored(store->isPersistent());
        }
        m_secretBusy = false;
        runSecretOps();
    });
}

void SignInManager::switchToSessionOnly(const QString& reason)
{
    if (m_store == m_sessionStore) {
        return;
    }
    m_store = m_sessionStore;
    m_sessionOnly = true;
    logger()->warn("keychain unavailable; the sign-in is kept for this session only");
    emit keychainUnavailable(reason);
}
