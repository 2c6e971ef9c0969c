#pragma once

#include "session/DemoTenant.h"

#include <QObject>
#include <QString>

#include <memory>

struct AccountInfo;
class AccessView;
class ActivityView;
class AppsView;
class ConsentRequestService;
class DiagnosticsView;
class ExchangeAdminClient;
class GraphClient;
class Journal;
class MainWindow;
class PermissionResolver;
class ProfileStore;
class QCommandLineParser;
class OverviewView;
class RequestsView;
class SecretStore;
class ServicePrincipalCache;
class Session;
class SessionState;
class SignInManager;
class SnapshotActions;
class TrayNotifier;
class ExplainDialog;
class TroubleshootView;
class UsersView;

/**
 * Builds the core services and the main window's views, and wires them: the Session (profiles, sign-in, demo) says
 * when a session starts and ends, and the controller hands the views a SessionState — or nothing — through
 * MainWindow, which reaches every view. main() stays thin; GUI tests construct the same controller.
 */
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false; // start the in-process demo tenant and sign in to it
        QString demoUser; // complete the demo sign-in as this UPN without a browser
        DemoTenant::Factory demoTenant; // what --demo and "Try the demo tenant" start (app/ provides it); null: none
        QString profile; // profile (name or id) to open
        bool showWindow = true;
        QString settingsFile; // tests and portable use: profiles in this ini file instead of the platform store
        QString journalFile; // tests: the journal here instead of Journal::defaultPath()
        bool rememberLayout = false; // restore and save the window's layout (the app sets it; tests opt in)
        // --snapshot FILE: the views show this snapshot (the demoTenant serves it), read-only, with no journal.
        QString snapshotFile;
        QString snapshotLabel; // "Contoso, taken 2026-12-07 12:53 UTC" for the notice
        QString snapshotTakenBy; // who exported it (the header's createdBy), for the account label
    };

    static void addCommandLineOptions(QCommandLineParser& parser);
    static Options optionsFrom(const QCommandLineParser& parser);

    explicit AppController(const Options& options, QObject* parent = nullptr);
    ~AppController() override;

    // Where real tenants' sign-ins are kept (default: the system keychain). Tests set a private store first.
    void setSecretStore(SecretStore* store);

    bool start(QString* error = nullptr);
    bool startDemo(QString* error = nullptr); // starts the demo tenant (once) and makes it the current profile

    MainWindow* mainWindow() const { return m_window.get(); }
    Session* session() const { return m_session; }
    SessionState* sessionState() const { return m_state; } // null while signed out
    GraphClient* graphClient() const { return m_graph; }
    SignInManager* signInManager() const;
    ProfileStore* profileStore() const;
    DemoTenant* demoTenant() const; // null until the demo started
    OverviewView* overviewView() const { return m_overviewView; }
    RequestsView* requestsView() const { return m_requestsView; }
    ActivityView* activityView() const { return m_activityView; }
    AppsView* appsView() const { return m_appsView; }
    SnapshotActions* snapshotActions() const { return m_snapshots; }
    UsersView* usersView() const { return m_usersView; }
    AccessView* accessView() const { return m_accessView; }
    TroubleshootView* troubleshootView() const { return m_troubleshootView; }
    // Shows Troubleshoot with the user and the app filled in (either may be empty) and runs it when both are given:
    // for every view (and the error explainer) that knows one of them.
    void troubleshoot(const QString& user, const QString& app);
    // Help → Explain a sign-in error…: the explainer, its buttons leading to the troubleshooter and the views.
    ExplainDialog* explainError(const QString& text = {});
    Journal* journal() const { return m_journal; }
    ExchangeAdminClient* exchange() const { return m_exchange; } // Exchange Online's admin API, one per window

private:
    void openJournal();
    void buildViews();
    void buildDiagnostics();
    void wireSession();
    void onStarted(const AccountInfo& account);
    void onEnded(const QString& why);
    void showPreferences();

    Options m_options;
    std::unique_ptr<MainWindow> m_window;
    GraphClient* m_graph = nullptr;
    Session* m_session = nullptr;
    SessionState* m_state = nullptr; // the running session's shared state; deleted when it ends
    Journal* m_journal = nullptr; // null when it cannot be opened: then no view writes
    ServicePrincipalCache* m_servicePrincipals = nullptr;
    PermissionResolver* m_permissions = nullptr;
    ConsentRequestService* m_requests = nullptr;
    ExchangeAdminClient* m_exchange = nullptr;
    TrayNotifier* m_tray = nullptr;
    bool m_saveLayout = true; // false once the admin asked for the default layout at the next start

    OverviewView* m_overviewView = nullptr;
    RequestsView* m_requestsView = nullptr;
    AppsView* m_appsView = nullptr;
    SnapshotActions* m_snapshots = nullptr;
    UsersView* m_usersView = nullptr;
    AccessView* m_accessView = nullptr;
    ActivityView* m_activityView = nullptr;
    TroubleshootView* m_troubleshootView = nullptr;
    DiagnosticsView* m_diagnostics = nullptr;
};
