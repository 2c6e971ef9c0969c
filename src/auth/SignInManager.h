#pragma once

#include "AccountInfo.h"
#include "AuthError.h"
#include "AuthProfile.h"
#include "ConsentDeskScopes.h"
#include "EntraFlow.h"
#include "IdTokenClaims.h"
#include "SecretStore.h"
#include "WhoAmI.h"

#include "async/Async.h"
#include "graph/TokenProvider.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class GraphClient;
class KeychainSecretStore;
class MemorySecretStore;
class ProfileStore;
class QNetworkAccessManager;

/**
 * The signed-in session: interactive sign-in in the system browser (authorization code + PKCE through EntraFlow),
 * silent sign-in from the keychain, incremental consent for writes, and the TokenProvider every GraphClient uses.
 *
 * Tokens: access tokens in memory only (one per resource: Microsoft Graph, Exchange Online); the refresh token in
 * memory and in the SecretStore under "ConsentDesk/<tenantId>/<userObjectId>/refresh_token", rewritten every time the
 * identity platform rotates it. Writes and deletions of that entry run one at a time, in order, so a sign-out that
 * comes while a (chunked) write is still going deletes the entry after it, never before.
 *
 * The tenant: a sign-in counts only when it is the profile's tenant — the tenant id (from /organization, else the
 * id_token's tid) equals the profile's GUID, or /organization lists the profile's domain among its verified domains,
 * or, for "organizations"/"common", equals the tenant the profile was last used with. Otherwise nothing of the sign-in
 * is kept (no refresh token is stored before this check) and the error names both tenants. Write consent must come
 * back for the same user in the same tenant, proven by the id_token. A Graph token is refreshed when a caller asks for
 * one that expires within the refresh margin (5 minutes), or after a 401 (forceRefresh); the Exchange token is
 * requested from the same refresh token the first time a caller needs it. One token request at a time; callers asking
 * meanwhile wait for its answer.
 *
 * The keychain missing or locked is not fatal: the session continues with the refresh token in memory only
 * ("this session only") and keychainUnavailable() says why.
 *
 * Opening the browser is the caller's job (openBrowserRequested); setInteractiveDriver() replaces that step for tests
 * and `--demo-user` (SandboxBrowserDriver). The authorize URL is never logged.
 */
class SignInManager : public QObject, public TokenProvider
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn, Refreshing, Error };
    Q_ENUM(State)

    using InteractiveDriver = std::function<void(const QUrl& authorizeUrl)>;

    explicit SignInManager(QObject* parent = nullptr);
    ~SignInManager() override;

    // --- wiring (before signing in) ---
    void setSecretStore(SecretStore* store); // not owned; default: the system keychain
    // For /me, roles and tenant; not owned. Default: an own GraphClient. Its endpoints are set from the profile on
    // every sign-in; give it this manager as its TokenProvider.
    void setGraphClient(GraphClient* graph);
    void setProfileStore(ProfileStore* store); // optional: lastUser is saved there after sign-in
    void setNetworkAccessManager(QNetworkAccessManager* nam); // token endpoint traffic; before the first sign-in
    void setInteractiveDriver(InteractiveDriver driver); // replaces openBrowserRequested (tests, --demo-user)
    void setCallbackTimeout(int ms); // how long to wait for the browser; default 5 minutes
    // Default 300 s, at most half a token's lifetime; a margin set here applies as it is (a day: every request
    // refreshes).
    void setRefreshMargin(int seconds)
    {
        m_refreshMarginSecs = seconds;
        m_refreshMarginSet = true;
    }
    void setTokenRequestTimeout(int ms); // how long a token request may take; default 60 s

    // --- what is known ---
    State state() const { return m_state; }
    static QString stateName(State state);
    bool isSignedIn() const { return m_state == State::SignedIn || m_state == State::Refreshing; }
    AuthProfile profile() const { return m_profile; }
    AccountInfo account() const { return m_account; }
    CapabilityMap capabilities() const { return m_account.capabilities(); }
    AuthError lastError() const { return m_lastError; }
    bool isSessionOnly() const { return m_sessionOnly; } // the refresh token is not in the keychain
    QStringList grantedGraphScopes() const { return m_grantedGraph; } // as the last Graph token answer listed them
    bool hasWriteConsent(const QStringList& permissions = {}) const; // default: ConsentDeskScopes::graphWriteDefault()
    EntraFlow* flow() const { return m_flow; }
    GraphClient* graphClient() const { return m_graph; }

    // --- actions ---
    void signIn(const AuthProfile& profile, const QString& loginHint = {});
    void trySilentSignIn(const AuthProfile& profile); // refresh token from the SecretStore; never opens a browser
    void cancel(); // an interactive sign-in or write consent waiting for the browser, or a silent sign-in
    void signOut(); // deletes the stored refresh token and every copy in memory

    // Incremental consent: writeConsentNeeded(permissions with reasons) for the UI to confirm, then
    // proceedWithWriteConsent() (a second browser sign-in asking for them) or declineWriteConsent().
    // Already consented: writeConsentGranted() at once. Empty: ConsentDeskScopes::graphWriteDefault().
    void requestWriteConsent(const QStringList& permissions = {});
    void proceedWithWriteConsent();
    void declineWriteConsent();

    // TokenProvider
    QFuture<Answer> requestToken(TokenResource resource, bool forceRefresh) override;

signals:
    void stateChanged(SignInManager::State state);
    void openBrowserRequested(const QUrl& authorizeUrl); // never logged
    void signedIn(const AccountInfo& account);
    void signInFailed(const AuthError& error); // interactive sign-in
    void silentSignInFailed(const AuthError& error); // nothing usable stored: offer the sign-in button
    void sessionExpired(const AuthError& error); // a refresh said "sign in again"
    void signedOut();
    void writeConsentNeeded(const QList<ConsentDeskScopes::Permission>& permissions);
    void writeConsentGranted(const QStringList& permissions);
    void writeConsentFailed(const AuthError& error);
    void keychainUnavailable(const QString& reason);
    void refreshTokenStored(bool persistent); // after every rotation, once the SecretStore has it

private:
    enum class Interactive { None, SignIn, WriteConsent };

    bool prepare(const AuthProfile& profile, AuthError* error);
    void setState(State state);
    void openBrowser(const QUrl& url);
    void onTokensIssued(const TokenResponse& tokens, EntraFlow::Operation operation);
    void onFlowFailed(const AuthError& error, EntraFlow::Operation operation);
    void adoptGraphTokens(const TokenResponse& tokens);
    void startWhoAmI();
    void stopWhoAmI();
    void finishSignIn(const AccountInfo& account);
    void failInteractive(const AuthError& error);
    void failSilent(const AuthError& error);
    void expireSession(const AuthError& error);
    std::optional<AuthError> checkTenant(const AccountInfo& account) const;

    void scheduleQueue();
    void processQueue();
    void deliver(TokenResource resource, const AccessToken& token, const GraphError& error);
    void failAllWaiters(const GraphError& error);
    AccessToken& tokenFor(TokenResource resource)
    {
        return resource == TokenResource::Graph ? m_graphToken : m_exchangeToken;
    }
    bool isFresh(const AccessToken& token, const QDateTime& issued) const;
    QStringList scopesFor(TokenResource resource) const;

    QString secretKey() const;
    void persistRefreshToken();
    void removeStoredSecret(const QString& key);
    void runSecretOps();
    void switchToSessionOnly(const QString& reason);
    void clearSession();

    EntraFlow* m_flow = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    GraphClient* m_graph = nullptr;
    GraphClient* m_ownGraph = nullptr;
    SecretStore* m_store = nullptr;
    KeychainSecretStore* m_keychain = nullptr; // the default store, created on first use
    MemorySecretStore* m_sessionStore = nullptr;
    ProfileStore* m_profiles = nullptr;
    InteractiveDriver m_driver;
    QPointer<WhoAmI> m_whoAmI;
    QFuture<WhoAmI::Result> m_whoAmIAnswer;

    State m_state = State::SignedOut;
    AuthError m_lastError;
    AuthProfile m_profile;
    CloudEnvironment m_environment;
    AccountInfo m_account;
    IdTokenClaims m_claims;
    QString m_tenantId; // for the secret key: from the id_token, the profile's lastUser, or /organization
    QString m_userObjectId;
    bool m_sessionOnly = false;
    bool m_silent = false; // a silent sign-in is running
    int m_refreshMarginSecs = 300;
    bool m_refreshMarginSet = false; // setRefreshMargin() was called: no lifetime cap
    int m_callbackTimeoutMs = 5 * 60 * 1000;
    int m_tokenTimeoutMs = 60 * 1000;

    QByteArray m_refreshToken;
    AccessToken m_graphToken;
    AccessToken m_exchangeToken;
    QDateTime m_graphTokenIssued; // when each token arrived: its lifetime bounds the refresh margin
    QDateTime m_exchangeTokenIssued;
    QStringList m_graphPermissions; // what Graph token requests ask for (read set, plus consented writes)
    QStringList m_grantedGraph;

    Interactive m_interactive = Interactive::None;
    QStringList m_pendingWrite; // awaiting proceedWithWriteConsent()
    bool m_writeConsentQueued = false; // proceed was called while a refresh was running
    QStringList m_writeRequested; // the write permissions of the running consent

    std::optional<TokenResource> m_refreshing;
    QList<TokenResource> m_refreshQueue;
    QHash<int, QList<Async::Promise<Answer>>> m_waiters; // by TokenResource
    bool m_queueScheduled = false;

    struct SecretOp
    {
        QString key;
        QByteArray secret; // empty: remove the entry
    };
    QList<SecretOp> m_secretOps; // queued, in order; the running one is not in the list
    bool m_secretBusy = false;
    bool m_tenantConfirmed = false; // the session's tenant passed checkTenant(): its refresh token may be stored
};
