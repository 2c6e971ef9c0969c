#include "EntraFlow.h"

#include "OAuthState.h"
#include "Pkce.h"

#include "graph/LoopbackAwareProxyFactory.h"
#include "log/Log.h"
#include "log/Redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace {

// QUrlQuery (which 6.4 builds its form bodies with) keeps '+' literally, and servers read a form '+' as a space.
// Percent-encoding every reserved character ourselves makes the value survive; QUrlQuery keeps "%XX" as it is.
QString formSafe(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

EntraFlow::EntraFlow(QNetworkAccessManager* nam, QObject* parent)
    : QOAuth2AuthorizationCodeFlow(nam ? nam : new QNetworkAccessManager, parent)
    , m_nam(networkAccessManager())
{
    if (!nam) {
        m_nam->setParent(this);
        // As GraphClient: the system proxy for the cloud, never a proxy for the sandbox on this computer.
        m_nam->setProxyFactory(new LoopbackAwareProxyFactory); // owned by the manager
    }
    // The flow's requests carry no redirect attribute, so the manager's policy decides: never follow one (a 307/308
    // re-sends the POST body — refresh token or PKCE verifier — to wherever it points). EntraReplyHandler reports it.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_handler = new EntraReplyHandler(this);
    setReplyHandler(m_handler);
    setUserAgent(QStringLiteral("ConsentDesk"));
    setContentType(QAbstractOAuth::ContentType::WwwFormUrlEncoded);

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // 6.8 generates and sends the verifier itself; adding ours as well would double the parameters.
    setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256);
#endif
    setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
        modifyParameters(stage, parameters);
    });

    connect(this, &QAbstractOAuth::authorizeWithBrowser, this, &EntraFlow::openBrowserRequested);
    connect(m_handler, &EntraReplyHandler::callbackAccepted, this, &EntraFlow::onCallbackAccepted);
    connect(m_handler, &EntraReplyHandler::callbackFailed, this, &EntraFlow::onCallbackFailed);
    connect(m_handler, &EntraReplyHandler::callbackRejected, this, &EntraFlow::onCallbackRejected);
    // Connected before the flow's own (UniqueConnection, made when it sends a token request): runs first.
    connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this, &EntraFlow::onTokensReceived);
    connect(m_handler, &EntraReplyHandler::tokenRequestFailed, this, &EntraFlow::onTokenRequestFailed);
    connect(this, &QAbstractOAuth::granted, this, &EntraFlow::onGranted);

    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &EntraFlow::onTimeout);
    m_tokenDeadline.setSingleShot(true);
    connect(&m_tokenDeadline, &QTimer::timeout, this, &EntraFlow::onTokenTimeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EntraFlow::sendAgain);
}

EntraFlow::~EntraFlow()
{
    m_operation = Operation::None; // aborted replies below must not emit into a half-destroyed object
    abortTokenRequests();
    clearSecrets();
}

bool EntraFlow::configure(const CloudEnvironment& cloud,
                          const QString& tenant,
                          const QString& clientId,
                          AuthError* error)
{
    const QUrl authorize = cloud.authorizeUrl(tenant);
    const QUrl token = cloud.tokenUrl(tenant);
    for (const QUrl& url : {authorize, token}) {
        if (!CloudEnvironment::isSecureOrLoopback(url)) {
            if (error) {
                *error = AuthError::insecureAuthority(url);
            }
            return false;
        }
    }
    setAuthorizationUrl(authorize);
    setAccessTokenUrl(token);
    setClientIdentifier(clientId);
    setClientIdentifierSharedKey(QString()); // a public client: never a secret (AADSTS700025)
    return true;
}

bool EntraFlow::startAuthorization(const QStringList& scopes, const AuthorizationOptions& options, AuthError* error)
{
    if (isBusy()) {
        if (error) {
            *error
                = AuthError::make(AuthError::Kind::Other, QStringLiteral("busy"), tr("A sign-in is already running"));
        }
        return false;
    }
    if (authorizationUrl().isEmpty() || accessTokenUrl().isEmpty()) {
        if (error) {
            *error = AuthError::invalidProfile(tr("No tenant and cloud configured."));
        }
        return false;
    }
    if (!m_handler->open()) {
        if (error) {
            *error = AuthError::make(AuthError::Kind::Other,
                                     QStringLiteral("listener"),
                                     tr("ConsentDesk could not receive the sign-in answer"),
                                     tr("No local port could be opened on 127.0.0.1. Check local firewall software "
                                        "and try again."));
        }
        return false;
    }
    m_verifier = Pkce::generateVerifier();
    const QString state = OAuthState::generate();
    setState(state); // 6.4 would reuse its first, weak state for every grant
    m_handler->setExpectedState(state);
    m_scope = scopes.join(QLatin1Char(' '));
    setScope(m_scope); // 6.4 replaced it with the last token answer's scope
    m_options = options;
    m_pending = {};
    m_stateMismatchSeen = false;
    setStatus(QAbstractOAuth::Status::NotAuthenticated);
    m_operation = Operation::Authorization;
    if (m_callbackTimeoutMs > 0) {
        m_timeout.start(m_callbackTimeoutMs);
    }
    Log::get("auth")->info("authorization started; waiting for the browser on {}", m_handler->redirectUri());
    emit waitingForBrowser(m_handler->redirectUri());
    grant(); // builds the URL (modifyParameters) and emits authorizeWithBrowser -> openBrowserRequested
    return true;
}

bool EntraFlow::startRefresh(const QByteArray& refreshToken, const QStringList& scopes)
{
    if (isBusy() || refreshToken.isEmpty() || accessTokenUrl().isEmpty()) {
        return false;
    }
    m_scope = scopes.join(QLatin1Char(' '));
    m_pending = {};
    if (status() == QAbstractOAuth::Status::RefreshingToken) {
        setStatus(QAbstractOAuth::Status::Granted); // 6.4 refuses to refresh while it thinks one runs
    }
    m_operation = Operation::Refresh;
    m_attempt = 1;
    m_retryWaitedMs = 0;
    m_refreshForRetry = refreshToken;
    startTokenDeadline();
    setRefreshToken(QString::fromUtf8(refreshToken));
    refreshAccessToken(); // sends synchronously (modifyParameters fixes the body)
    setRefreshToken(QString()); // the flow keeps no copy
    watchTokenReplies();
    Log::get("auth")->debug("refresh sent for {}", m_scope);
    return true;
}

void EntraFlow::modifyParameters(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* p)
{
    using Stage = QAbstractOAuth::Stage;
    switch (stage) {
    case Stage::RequestingAuthorization:
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        p->insert(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(m_verifier)));
        p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
#endif
        p->insert(QStringLiteral("response_mode"), QStringLiteral("query"));
        if (!m_options.loginHint.isEmpty()) {
            p->insert(QStringLiteral("login_hint"), formSafe(m_options.loginHint));
        }
        if (!m_options.domainHint.isEmpty()) {
            p->insert(QStringLiteral("domain_hint"), formSafe(m_options.domainHint));
        }
        if (!m_options.prompt.isEmpty()) {
            p->insert(QStringLiteral("prompt"), m_options.prompt);
        }
        break;
    case Stage::RequestingAccessToken:
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        p->insert(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
#endif
        p->remove(QStringLiteral("client_secret"));
        p->remove(QStringLiteral("scope"));
        p->insert(QStringLiteral("scope"), m_scope);
        break;
    case Stage::RefreshingAccessToken: {
        // 6.4 sends an empty client_secret (AADSTS700025 for public clients) and a redirect_uri (port 0 once the
        // listener is closed), and never the scope — which Entra needs to pick the resource.
        p->remove(QStringLiteral("client_secret"));
        p->remove(QStringLiteral("redirect_uri"));
        p->remove(QStringLiteral("scope"));
        p->insert(QStringLiteral("scope"), m_scope);
        const QString token = p->value(QStringLiteral("refresh_token")).toString();
        p->remove(QStringLiteral("refresh_token"));
        p->insert(QStringLiteral("refresh_token"), formSafe(token));
        break;
    }
    case Stage::RequestingTemporaryCredentials:
        break;
    }
}

void EntraFlow::onCallbackAccepted()
{
    if (m_operation != Operation::Authorization) {
        return;
    }
    m_timeout.stop();
    // The first valid answer ends the wait: nothing else may reach the listener. The flow redeems the code right
    // after this slot; callback() keeps answering the redirect URI it was opened with.
    m_handler->closeListener();
    m_operation = Operation::CodeRedemption;
    m_attempt = 1;
    m_retryWaitedMs = 0;
    m_code = m_handler->takeAcceptedCode();
    startTokenDeadline();
    // The flow sends the redemption right after this slot returns; its reply is watched from the next event.
    QMetaObject::invokeMethod(this, &EntraFlow::watchTokenReplies, Qt::QueuedConnection);
}

void EntraFlow::onCallbackFailed(const QString& error, const QString& description)
{
    if (m_operation != Operation::Authorization) {
        return;
    }
    finishWithError(AuthError::fromAuthorizationCallback(error, description));
}

void EntraFlow::onCallbackRejected(const QString& reason)
{
    // Still waiting: any local page can send the browser here, so a stray answer must not end the sign-in. But if
    // the wait ends without the right answer, a forged or stale one is the likelier story than "no answer".
    if (m_operation == Operation::Authorization && reason == QLatin1String("state mismatch")) {
        m_stateMismatchSeen = true;
    }
    emit callbackRejected(reason);
}

void EntraFlow::onTokensReceived(const QVariantMap& values)
{
    // The flow's own slot (status -> Granted -> granted()) runs next; emit from there so that a listener that starts
    // the next refresh right away finds the flow out of RefreshingToken.
    m_pending = TokenResponse::fromMap(values);
}

void EntraFlow::onGranted()
{
    const Operation op = m_operation;
    TokenResponse tokens = m_pending;
    m_pending = {};
    clearSecrets();
    if (op != Operation::CodeRedemption && op != Operation::Refresh) {
        return; // an answer nobody waits for any more (cancelled)
    }
    m_tokenDeadline.stop();
    m_operation = Operation::None;
    clearSecrets(); // the code or refresh token kept for a retry goes too
    Log::get("auth")->info("{} succeeded: access token {}, refresh token {}, expires {}",
                           op == Operation::Refresh ? "refresh" : "code redemption",
                           Redactor::fingerprint(tokens.accessToken),
                           tokens.refreshToken.isEmpty() ? QStringLiteral("none") : QStringLiteral("rotated"),
                           tokens.expiresAt.toString(Qt::ISODate));
    emit tokensIssued(tokens, op);
}

void EntraFlow::onTokenRequestFailed(const GraphError& error)
{
    // 6.4 would stay in RefreshingToken (or TemporaryCredentialsReceived) and refuse every later refresh.
    setStatus(QAbstractOAuth::Status::NotAuthenticated);
    m_pending = {};
    clearSecrets();
    if (m_operation != Operation::CodeRedemption && m_operation != Operation::Refresh) {
        return;
    }
    if (scheduleRetry(error)) {
        return;
    }
    finishWithError(AuthError::fromGraphError(error));
}

bool EntraFlow::scheduleRetry(const GraphError& error)
{
    // A connection that dropped before any answer is already sent again by Qt's HTTP transport (once, for POST
    // too); after that, a network failure is reported, not retried here.
    const bool throttled = error.httpStatus == 429 || error.httpStatus == 503 || error.httpStatus == 504
                           || error.code == QLatin1String("temporarily_unavailable");
    if (!throttled) {
        return false;
    }
    if (m_attempt >= m_retry.maxAttempts) {
        return false;
    }
    const int given = m_handler->lastRetryAfterMs();
    const int delay = std::min(given >= 0 ? given : m_retry.backoffMs(m_attempt + 1), m_retry.maxDelayMs);
    if (m_retryWaitedMs + delay > m_retry.maxTotalWaitMs) {
        return false;
    }
    m_retryWaitedMs += delay;
    ++m_attempt;
    m_tokenDeadline.stop(); // nothing in flight while waiting
    Log::get("auth")->info("token endpoint answered {}; attempt {} in {} ms", error.summary(), m_attempt, delay);
    m_retryTimer.start(delay);
    return true;
}

void EntraFlow::sendAgain()
{
    startTokenDeadline();
    if (m_operation == Operation::Refresh && !m_refreshForRetry.isEmpty()) {
        if (status() == QAbstractOAuth::Status::RefreshingToken) {
            setStatus(QAbstractOAuth::Status::Granted);
        }
        setRefreshToken(QString::fromUtf8(m_refreshForRetry));
        refreshAccessToken();
        setRefreshToken(QString());
        watchTokenReplies();
    } else if (m_operation == Operation::CodeRedemption && !m_code.isEmpty()) {
        requestAccessToken(m_code);
        watchTokenReplies();
    } else {
        m_tokenDeadline.stop();
    }
}

void EntraFlow::onTimeout()
{
    if (m_operation != Operation::Authorization) {
        return;
    }
    const int seconds = (m_callbackTimeoutMs + 999) / 1000;
    if (m_stateMismatchSeen) {
        Log::get("auth")->warn("only answers with a foreign state arrived within {} s", seconds);
        finishWithError(AuthError::stateMismatch());
        return;
    }
    Log::get("auth")->warn("no answer from the browser within {} s", seconds);
    finishWithError(AuthError::timeout(seconds));
}

void EntraFlow::startTokenDeadline()
{
    if (m_tokenTimeoutMs > 0) {
        m_tokenDeadline.start(m_tokenTimeoutMs);
    }
}

void EntraFlow::onTokenTimeout()
{
    if (m_operation != Operation::CodeRedemption && m_operation != Operation::Refresh) {
        return;
    }
    const int seconds = (m_tokenTimeoutMs + 999) / 1000;
    Log::get("auth")->warn("the token endpoint did not answer within {} s; the request is abandoned", seconds);
    finishWithError(AuthError::tokenEndpointTimeout(seconds)); // aborts the request in flight
}

void EntraFlow::cancel()
{
    if (m_operation == Operation::None) {
        m_handler->closeListener();
        return;
    }
    Log::get("auth")->info("sign-in operation canceled");
    finishWithError(AuthError::cancelled());
}

void EntraFlow::finishWithError(const AuthError& error)
{
    const Operation op = m_operation;
    m_operation = Operation::None; // from here on, answers of this operation are ignored
    m_timeout.stop();
    m_tokenDeadline.stop();
    m_retryTimer.stop();
    m_handler->closeListener();
    m_handler->setExpectedState(QString());
    abortTokenRequests();
    setStatus(QAbstractOAuth::Status::NotAuthenticated);
    m_verifier.fill('\0');
    m_verifier.clear();
    clearSecrets();
    emit failed(error, op);
}

void EntraFlow::clearSecrets()
{
    setToken(QString());
    setRefreshToken(QString());
    if (m_operation != Operation::CodeRedemption && m_operation != Operation::Refresh) {
        // Kept for a retry only while the redemption runs.
        m_code.fill(QLatin1Char('\0'));
        m_code.clear();
        m_refreshForRetry.fill('\0');
        m_refreshForRetry.clear();
    }
}

void EntraFlow::abortTokenRequests()
{
    // The flow keeps its reply private; every token request is a child of our manager with the token URL.
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        if (reply->isRunning() && reply->url() == accessTokenUrl()) {
            reply->abort();
        }
    }
}

void EntraFlow::watchTokenReplies()
{
    // As abortTokenRequests(): the flow keeps its reply private, but it is a child of our manager.
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        if (reply->isRunning() && reply->url() == accessTokenUrl()) {
            m_handler->watch(reply);
        }
    }
}
