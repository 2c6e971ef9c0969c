#include "AppController.h"

#include "MainWindow.h"
#include "TrayNotifier.h"
#include "access/AccessView.h"
#include "activity/ActivityView.h"
#include "apps/AppDetailPane.h"
#include "apps/AppsView.h"
#include "async/Async.h"
#include "auth/AccountInfo.h"
#include "auth/KeychainProbe.h"
#include "auth/SignInManager.h"
#include "common/KeyboardNavigation.h"
#include "common/LayoutMemory.h"
#include "common/Preferences.h"
#include "consent/ConsentRequestService.h"
#include "consent/Journal.h"
#include "diagnostics/DiagnosticsView.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/ExchangeAdminClient.h"
#include "graph/GraphClient.h"
#include "log/Log.h"
#include "overview/OverviewView.h"
#include "preferences/PreferencesDialog.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestsView.h"
#include "session/Session.h"
#include "session/SessionState.h"
#include "settings/ConsentSettingsView.h"
#include "signin/AccountPage.h"
#include "snapshots/SnapshotActions.h"
#include "troubleshoot/ExplainDialog.h"
#include "troubleshoot/TroubleshootView.h"
#include "users/UsersView.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    return Log::get("ui");
}

} // namespace

void AppController::addCommandLineOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("demo"), tr("Start on the built-in demo tenant (no Microsoft account needed).")});
    parser.addOption({QStringLiteral("demo-user"),
                      tr("With --demo: sign in as this demo user without opening a browser."),
                      QStringLiteral("upn")}); // value names stay as typed on the command line
    parser.addOption({QStringLiteral("profile"), tr("Open this tenant profile."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("snapshot"),
                      tr("Open a snapshot file offline and read-only (no sign-in, nothing sent to a tenant)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("verbose"), tr("Also log to the terminal, at debug level.")});
}

AppController::Options AppController::optionsFrom(const QCommandLineParser& parser)
{
    Options options;
    options.demo = parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("demo-user"));
    options.demoUser = parser.value(QStringLiteral("demo-user")).trimmed();
    options.profile = parser.value(QStringLiteral("profile"));
    options.snapshotFile = parser.value(QStringLiteral("snapshot"));
    options.rememberLayout = true;
    return options;
}

AppController::AppController(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    KeyboardNavigation::install(); // before the first widget: Tab moves between controls everywhere
    m_graph = new GraphClient(this);
    Session::Options sessionOptions;
    sessionOptions.profile = m_options.profile;
    sessionOptions.settingsFile = m_options.settingsFile;
    sessionOptions.demoTenant = m_options.demoTenant;
    sessionOptions.startDemo = m_options.demo;
    sessionOptions.demoUser = m_options.demoUser;
    sessionOptions.offlineSource = QFileInfo(m_options.snapshotFile).fileName();
    m_session = new Session(sessionOptions, m_graph, this);
}

AppController::~AppController()
{
    if (m_window && m_options.rememberLayout && m_saveLayout) {
        QSettings settings;
        m_window->saveLayout(settings);
    }
    // The views hold pointers into the session's state; take them down first.
    m_window.reset();
    delete m_state;
}

void AppController::setSecretStore(SecretStore* store)
{
    m_session->setSecretStore(store);
}

SignInManager* AppController::signInManager() const
{
    return m_session->signInManager();
}

ProfileStore* AppController::profileStore() const
{
    return m_session->profileStore();
}

DemoTenant* AppController::demoTenant() const
{
    return m_session->demoTenant();
}

bool AppController::startDemo(QString* error)
{
    return m_session->startDemo(error);
}

bool AppController::start(QString* error)
{
    // A snapshot is not the tenant: no journal, so nothing can be written, and no pending write of the real tenant is
    // settled against the snapshot's old state.
    if (m_options.snapshotFile.isEmpty()) {
        openJournal();
    }
    m_servicePrincipals = new ServicePrincipalCache(m_graph, this);
    m_permissions = new PermissionResolver(m_servicePrincipals, this);
    m_requests = new ConsentRequestService(m_graph, m_permissions, this);
    // Exchange Online's admin API: the Mailbox access view, the Users view's mailbox column, Activity's undo.
    m_exchange = new ExchangeAdminClient(m_graph, this);

    m_window = std::make_unique<MainWindow>();
    m_tray = new TrayNotifier(m_window.get(), this);
    m_snapshots = new SnapshotActions(m_window.get(), m_graph, m_exchange, this);
    m_snapshots->addTo(m_window->fileMenu());
    connect(m_snapshots,
            &SnapshotActions::exported,
            m_window.get(),
            [this](const QString&, bool ok, const QString& message) {
                if (ok) {
                    m_window->setNotice(message);
                }
            });
    buildViews();
    wireSession();
    connect(m_window.get(), &MainWindow::preferencesRequested, this, &AppController::showPreferences);
    connect(m_window.get(), &MainWindow::explainErrorRequested, this, [this] { explainError(); });
    if (m_options.rememberLayout) {
        QSettings settings;
        m_window->restoreLayout(settings);
    }
    if (m_options.showWindow) {
        m_window->show();
    }
    QString why;
    if (!m_session->start(&why)) {
        if (error) {
            *error = why;
        }
        QMessageBox::critical(m_window.get(), tr("Demo tenant"), why);
        return false;
    }
    return true;
}

void AppController::openJournal()
{
    const QString path = m_options.journalFile.isEmpty() ? Journal::defaultPath() : m_options.journalFile;
    auto* journal = new Journal(path, this);
    QString error;
    if (!journal->open(&error)) {
        // Without a journal nothing is written to a tenant; reading still works.
        logger()->error("the activity journal {} cannot be opened: {}", path, error);
        delete journal;
        return;
    }
    m_journal = journal;
}

void AppController::buildViews()
{
    // First in the navigation: what the admin sees on signing in.
    OverviewView::Services overviewServices;
    overviewServices.requests = m_requests;
    overviewServices.exportSnapshot = m_snapshots->exportAction();
    m_overviewView = new OverviewView(overviewServices);
    m_window->addView(m_overviewView);
    // A snapshot exported or compared adds to the first-seen history and may be the newest one now.
    connect(m_snapshots, &SnapshotActions::exported, m_overviewView, [this](const QString&, bool ok, const QString&) {
        if (ok) {
            m_overviewView->localFilesChanged();
        }
    });
    connect(m_snapshots, &SnapshotActions::compared, m_overviewView, &OverviewView::localFilesChanged);
    connect(m_overviewView, &OverviewView::compareSnapshotRequested, m_snapshots, &SnapshotActions::compareWithTenant);

    RequestsView::Services requestServices;
    requestServices.graph = m_graph;
    requestServices.signIn = signInManager();
    requestServices.journal = m_journal;
    requestServices.requests = m_requests;
    requestServices.servicePrincipals = m_servicePrincipals;
    m_requestsView = new RequestsView(requestServices);
    m_window->addView(m_requestsView);
    connect(m_requestsView, &RequestsView::newRequests, m_tray, &TrayNotifier::notifyNewRequests);

    AppsView::Services appServices;
    appServices.graph = m_graph;
    appServices.signIn = signInManager();
    appServices.journal = m_journal;
    appServices.servicePrincipals = m_servicePrincipals;
    m_appsView = new AppsView(appServices);
    m_window->addView(m_appsView);

    m_usersView = new UsersView(m_graph, m_servicePrincipals);
    m_window->addView(m_usersView);
    connect(m_usersView, &UsersView::openAppRequested, this, [this](const QString& spId) {
        m_window->showView(m_appsView->viewId());
        m_appsView->selectApp(spId);
    });

    AccessView::Services accessServices;
    accessServices.graph = m_graph;
    accessServices.exchange = m_exchange;
    accessServices.servicePrincipals = m_servicePrincipals;
    accessServices.journal = m_journal;
    accessServices.signIn = signInManager();
    m_accessView = new AccessView(accessServices);
    m_window->addView(m_accessView);

    ActivityView::Services activityServices;
    activityServices.graph = m_graph;
    activityServices.signIn = signInManager();
    activityServices.journal = m_journal;
    activityServices.exchange = m_exchange;
    activityServices.servicePrincipals = m_servicePrincipals;
    m_activityView = new ActivityView(activityServices);
    m_window->addView(m_activityView);

    ConsentSettingsView::Services settingsServices;
    settingsServices.graph = m_graph;
    settingsServices.journal = m_journal;
    settingsServices.signIn = signInManager();
    settingsServices.servicePrincipals = m_servicePrincipals;
    settingsServices.exchange = m_exchange;
    auto* settingsView = new ConsentSettingsView(settingsServices);
    connect(settingsView, &ConsentSettingsView::viewRequested, m_window.get(), &MainWindow::showView);
    m_window->addView(settingsView);

    TroubleshootView::Services troubleshootServices;
    troubleshootServices.graph = m_graph;
    troubleshootServices.servicePrincipals = m_servicePrincipals;
    troubleshootServices.journal = m_journal;
    troubleshootServices.signIn = signInManager();
    m_troubleshootView = new TroubleshootView(troubleshootServices);
    m_window->addView(m_troubleshootView);
    connect(m_troubleshootView, &TroubleshootView::reviewersRequested, this, [this, settingsView] {
        m_window->showView(settingsView->viewId());
        settingsView->showReviewerProblem();
    });
    // Reachable from a request (its requester and app), an app and a user, with what they know filled in.
    connect(m_requestsView->detail(), &RequestDetailPane::troubleshootRequested, this, &AppController::troubleshoot);
    connect(m_appsView->detail(), &AppDetailPane::troubleshootRequested, this, &AppController::troubleshoot);
    connect(m_usersView, &UsersView::troubleshootRequested, this, &AppController::troubleshoot);

    auto* account = new AccountPage(m_session);
    m_window->addView(account);
    account->fillMenu(m_window->accountMenu());

    buildDiagnostics();
    m_window->showView(account->viewId());
}

void AppController::troubleshoot(const QString& user, const QString& app)
{
    m_window->showView(m_troubleshootView->viewId());
    m_troubleshootView->troubleshoot(user, app);
}

ExplainDialog* AppController::explainError(const QString& text)
{
    auto* dialog = ExplainDialog::open(m_window.get(), text);
    connect(dialog, &ExplainDialog::troubleshootRequested, this, &AppController::troubleshoot);
    connect(dialog, &ExplainDialog::viewRequested, m_window.get(), &MainWindow::showView);
    return dialog;
}

void AppController::buildDiagnostics()
{
    m_diagnostics = new DiagnosticsView;
    m_diagnostics->setLogDirectory(Log::directory());
    m_diagnostics->setCounters(m_graph->counters());
    auto* probe = new KeychainProbe(this);
    // Only when the admin asks: the probe writes to the keychain, and on a desktop without an unlocked keyring
    // that opens the system's "create/unlock keyring" prompt. Nothing else touches the keychain until a real
    // tenant's sign-in stores or reads its token.
    connect(m_diagnostics, &DiagnosticsView::keychainCheckRequested, this, [this, probe] {
        m_diagnostics->setKeychainStatus(DiagnosticsView::KeychainState::Checking);
        Async::then(probe->start(), m_diagnostics, [this](const KeychainProbe::Result& result) {
            m_diagnostics->setKeychainStatus(result.reachable ? DiagnosticsView::KeychainState::Reachable
                                                              : DiagnosticsView::KeychainState::Unavailable,
                                             result.detail);
        });
    });
    m_window->addView(m_diagnostics);
}

void AppController::wireSession()
{
    connect(m_session, &Session::started, this, &AppController::onStarted);
    connect(m_session, &Session::ended, this, &AppController::onEnded);
    connect(m_session, &Session::connectionStateChanged, m_window.get(), &MainWindow::setConnectionState);
    connect(m_session, &Session::notice, m_window.get(), &MainWindow::setNotice);
}

void AppController::onStarted(const AccountInfo& account)
{
    // Another tenant or account: nothing read for the previous one may carry over.
    m_servicePrincipals->clear();
    if (m_state) {
        m_state->disconnect();
        m_state->deleteLater();
    }
    SessionState::Services services;
    services.graph = m_graph;
    services.exchange = m_exchange;
    services.servicePrincipals = m_servicePrincipals;
    m_state = new SessionState(account, services, this);
    if (!m_options.snapshotFile.isEmpty()) {
        m_state->setReadOnly(tr("Opened from a snapshot file: read-only."));
        m_window->setNotice(tr("Offline: the snapshot %1 (%2). Nothing is read from or written to a tenant.")
                                .arg(QDir::toNativeSeparators(m_options.snapshotFile), m_options.snapshotLabel));
    }
    m_window->setSession(m_state);
    if (!m_options.snapshotFile.isEmpty()) {
        m_window->showSnapshotAccount(QDir::toNativeSeparators(m_options.snapshotFile), m_options.snapshotTakenBy);
    }
    m_snapshots->setSession(m_state);
    m_window->showView(m_overviewView->viewId());
    logger()->info("signed in to tenant {} with {} directory role(s)", account.tenantId, account.roles.size());
}

void AppController::onEnded(const QString& why)
{
    // Signed out, failed or expired: no view may keep the previous account's data or what its roles allowed.
    m_window->setSession(nullptr);
    m_snapshots->setSession(nullptr);
    if (m_state) {
        // Later: this may run inside a reply that the state's own readers are waiting for.
        m_state->disconnect();
        m_state->deleteLater();
        m_state = nullptr;
    }
    m_window->clearAccount(why);
}

void AppController::showPreferences()
{
    PreferencesDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_requestsView->setAutoRefreshMinutes(Preferences::refreshMinutes());
    if (dialog.layoutResetRequested()) {
        QSettings settings;
        LayoutMemory(settings).forget();
        m_saveLayout = false;
    }
}
