#pragma once

#include "AuthError.h"
#include "CloudEnvironment.h"
#include "EntraReplyHandler.h"
#include "TokenResponse.h"
#include "graph/RetryPolicy.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;

/**
 * Authorization code flow with PKCE against the Microsoft identity platform, on Qt 6.4's
 * QOAuth2AuthorizationCodeFlow with every workaround of qt-engineering.md §1.4:
 * - PKCE S256 added through the modify-parameters function (6.8's setPkceMethod instead, when built against 6.8+,
 *   so the two never double up); a fresh verifier per authorization;
 * - a fresh, cryptographically random state per authorization (6.4 reuses one weak state);
 * - the scope reset before every request (6.4 overwrites it with the server's answer and then drops offline_access);
 * - token endpoint errors surfaced (EntraReplyHandler) and the flow un-stuck after a failed refresh;
 * - refresh requests without client_secret and redirect_uri, and WITH scope (one resource per request);
 * - secrets in form bodies percent-encoded by hand, so a '+' in a refresh token survives QUrlQuery;
 * - the loopback listener open only while waiting, closed after the first valid callback, on cancel and on timeout;
 * - no redirect followed by the token requests (ManualRedirectPolicy on the manager: a 307 would re-send the refresh
 *   token or the PKCE verifier elsewhere), and a deadline for each token request (a stalled POST fails, with a clear
 *   error, instead of holding the session and every caller waiting for a token), and a size limit for its answer
 *   (EntraReplyHandler::maxResponseBytes);
 * - transient token endpoint answers retried as MSAL does: 429, 503, 504 and temporarily_unavailable after their
 *   Retry-After (or a short backoff), a few times within a bounded wait — refreshes and code redemptions alike (the
 *   code was not consumed). A connection that drops before any answer is sent again once by Qt's HTTP transport.
 *
 * One operation at a time: an authorization (browser) and its code redemption, or one refresh. The flow keeps no
 * tokens: every answer goes out through tokensIssued() and the flow's own copies are cleared right away. The
 * authorize URL leaves only through openBrowserRequested() and is never logged.
 *
 * Verified against Qt 6.4.2 (Debian 12). Later Qt versions fixed several of these bugs and moved token handling
 * around (6.6 reports token errors itself, 6.8 adds PKCE); only the PKCE overlap is guarded here, so re-run
 * test_auth_entra_flow when the Qt floor moves.
 */
class EntraFlow : public QOAuth2AuthorizationCodeFlow
{
    Q_OBJECT

public:
    enum class Operation { None, Authorization, CodeRedemption, Refresh };
    Q_ENUM(Operation)

    struct AuthorizationOptions
    {
        QString loginHint; // UPN to pre-fill
        QString domainHint;
        QString prompt; // "", "select_account", "login", "consent"
    };

    explicit EntraFlow(QNetworkAccessManager* nam = nullptr, QObject* parent = nullptr);
    ~EntraFlow() override;

    // Plain http only to loopback authorities (the sandbox); *error otherwise.
    bool configure(const CloudEnvironment& cloud, const QString& tenant, const QString& clientId, AuthError* error);
    void setCallbackTimeout(int ms) { m_callbackTimeoutMs = ms; } // default 5 minutes
    int callbackTimeout() const { return m_callbackTimeoutMs; }
    void setTokenRequestTimeout(int ms) { m_tokenTimeoutMs = ms; } // per code redemption or refresh; default 60 s
    int tokenRequestTimeout() const { return m_tokenTimeoutMs; }

    // Opens the listener, emits openBrowserRequested(url). false (and *error) when busy or no port could be bound.
    bool startAuthorization(const QStringList& scopes, const AuthorizationOptions& options, AuthError* error);
    // Redeems a refresh token for `scopes` (one resource). false when busy or the token is empty.
    bool startRefresh(const QByteArray& refreshToken, const QStringList& scopes);
    // Stops waiting or aborts the request in flight; failed(cancelled) follows for a running operation.
    void cancel();

    Operation operation() const { return m_operation; }
    bool isBusy() const { return m_operation != Operation::None; }
    bool isListening() const { return m_handler->isListening(); }
    quint16 listenerPort() const { return m_handler->port(); }
    QUrl redirectUri() const { return m_handler->redirectUri(); }
    EntraReplyHandler* handler() const { return m_handler; }

signals:
    void openBrowserRequested(const QUrl& url);
    void waitingForBrowser(const QUrl& redirectUri); // the listener is open
    void callbackRejected(const QString& reason); // an answer that was not ours; still waiting
    void tokensIssued(const TokenResponse& tokens, EntraFlow::Operation operation);
    void failed(const AuthError& error, EntraFlow::Operation operation);

private:
    void modifyParameters(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters);
    void onCallbackAccepted();
    void onCallbackFailed(const QString& error, const QString& description);
    void onCallbackRejected(const QString& reason);
    void onTokensReceived(const QVariantMap& values);
    void onGranted();
    void onTokenRequestFailed(const GraphError& error);
    void onTimeout();
    void onTokenTimeout();
    void startTokenDeadline();
    bool scheduleRetry(const GraphError& error);
    void sendAgain();
    void finishWithError(const AuthError& error);
    void clearSecrets();
    void abortTokenRequests();
    void watchTokenReplies(); // size limit on the token requests in flight (EntraReplyHandler::watch)

    EntraReplyHandler* m_handler = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    QTimer m_timeout;
    QTimer m_tokenDeadline;
    QTimer m_retryTimer;
    int m_attempt = 1; // of the token request in progress
    int m_retryWaitedMs = 0;
    QString m_code; // the code being redeemed, kept only for a retry
    QByteArray m_refreshForRetry; // the refresh token being redeemed, kept only for a retry
    int m_callbackTimeoutMs = 5 * 60 * 1000;
    int m_tokenTimeoutMs = 60 * 1000;
    RetryPolicy m_retry {4, 500, 10000, 30000, 0.2}; // token requests: 4 attempts, at most 30 s of waiting
    Operation m_operation = Operation::None;
    bool m_stateMismatchSeen = false; // an answer with someone else's state arrived while waiting
    QByteArray m_verifier;
    QString m_scope; // what the current request asks for (6.4 forgets it)
    AuthorizationOptions m_options;
    TokenResponse m_pending;
};
