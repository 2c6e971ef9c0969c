#pragma once

#include "auth/AuthProfile.h"
#include "consent/JournalEntry.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

struct AccountInfo;
class AccountView;
class AppsView;
class GrantInventory;
class PlanRunner;
class UsersView;
class ActivityView;
class AccessView;
class AuthError;
class ExchangeAdminClient;
class ExchangeMailboxScopeProvider;
class ExchangePlanRunner;
class ConsentRequestService;
class Journal;
class PermissionResolver;
class RequestsView;
class ServicePrincipalCache;
class DiagnosticsView;
class GraphClient;
class KeychainSecretStore;
class MainWindow;
class MemorySecretStore;
class ProfileStore;
class QCommandLineParser;
class QStackedWidget;
class QSystemTrayIcon;
class SandboxBrowserDriver;
class SandboxServer;
class SecretStore;
class SignInManager;
class SignInView;

/**
 * Builds the main window and its views and wires them to the core services: tenant profiles, the sign-in session
 * (browser sign-in, silent sign-in from the keychain at start-up, incremental write consent) and — in demo mode —
 * an in-process sandbox tenant. main() stays thin; GUI tests construct the same controller.
 *
 * The demo tenant is never remembered: its profile is not saved and its sign-in lives in memory only, because the
 * sandbox and every token it issued are gone when ConsentDesk exits.
 */
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false; // start the in-process sandbox with the demo tenant
        QString demoUser; // complete the demo sign-in as this UPN without a browser
        QString profile; // profile (name or id) to open
        bool showWindow = true;
        QString settingsFile; // tests and portable use: profiles in this ini file instead of the platform store
        QString journalFile; // tests: the journal here instead of Journal::defaultPath()
        bool rememberLayout = false; // restore and save the window's layout (the app sets it; tests opt in)
    };

    static void addCommandLineOptions(QCommandLineParser& parser);
    static Options optionsFrom(const QCommandLineParser& parser);

    explicit AppController(const Options& options, QObject* parent = nullptr);
    ~AppController() override;

    // Where real tenants' sign-ins are kept (default: the system keychain). Tests set a private store first.
    void setSecretStore(SecretStore* store);

    bool start(QString* error = nullptr);

    // Starts the in-process demo tenant (once) and makes it the current profile in the sign-in view.
    bool startDemo(QString* error = nullptr);

    MainWindow* mainWindow() const { return m_window.get(); }
    GraphClient* graphClient() const { return m_graph; }
    SignInManager* signInManager() const { return m_signIn; }
    ProfileStore* profileStore() const { return m_profiles.get(); }
    SandboxServer* demoSandbox() const { return m_sandbox.get(); }
    RequestsView* requestsView() const { return m_requestsView; }
    ActivityView* activityView() const { return m_activityView; }
    AppsView* appsView() const { return m_appsView; }
    UsersView* usersView() const { return m_usersView; }
    AccessView* accessView() const { return m_accessView; }
    Journal* journal() const { return m_journal; }
    ExchangeAdminClient* exchange() const { return m_exchange; } // Exchange Online's admin API, one per window

    static QString demoProfileId() { return QStringLiteral("demo"); }

private:
    void buildViews();
    void buildAccountMenu();
    void wireSignIn();
    void refreshProfileList();
    std::optional<AuthProfile> profileFor(const QString& id) const;
    void signIn(const QString& profileId);
    void switchTo(const QString& profileId);
    void manageProfiles();
    void forgetStoredSignIn(const AuthProfile& profile);
    void showSignInPage();
    void onSignedIn(const AccountInfo& account);
    void onSignedOut(const QString& why);
    void showProblem(const AuthError& error);
    void endSession(const QString& why);
    void requestWriteConsent();
    void updateStatus();
    void openJournal();
    void settleJournal();
    void notifyNewRequests(int count, const QString& firstApp);
    void restore(const QList<JournalEntry>& entries);
    void showPreferences();

    Options m_options;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SandboxServer> m_sandbox;
    GraphClient* m_graph = nullptr;
    SignInManager* m_signIn = nullptr;
    SecretStore* m_secretStore = nullptr; // real tenants
    KeychainSecretStore* m_keychain = nullptr; // the default m_secretStore
    MemorySecretStore* m_demoSecrets = nullptr;
    SandboxBrowserDriver* m_demoDriver = nullptr;
    std::optional<AuthProfile> m_demoProfile;
    QString m_activeProfileId; // the profile of the running or last sign-in
    QUrl m_authorizeUrl; // for "Copy sign-in link" while waiting; never logged or stored
    QString m_sessionOnlyReason;
    bool m_saveLayout = true; // false once the admin asked for the default layout at the next start

    Journal* m_journal = nullptr; // null when it cannot be opened: then no view writes
    ServicePrincipalCache* m_servicePrincipals = nullptr;
    PermissionResolver* m_permissions = nullptr;
    ConsentRequestService* m_requests = nullptr;

    RequestsView* m_requestsView = nullptr;
    ActivityView* m_activityView = nullptr;
    AppsView* m_appsView = nullptr;
    UsersView* m_usersView = nullptr;
    AccessView* m_accessView = nullptr;
    GrantInventory* m_grantInventory = nullptr;
    ExchangeMailboxScopeProvider* m_mailboxScopes = nullptr;
    ExchangeAdminClient* m_exchange = nullptr;
    ExchangePlanRunner* m_exchangeRestoreRunner = nullptr;
    PlanRunner* m_restoreRunner = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    DiagnosticsView* m_diagnostics = nullptr;
    QStackedWidget* m_accountPage = nullptr;
    SignInView* m_signInView = nullptr;
    AccountView* m_accountView = nullptr;
};
