#include "AppController.h"

#include "MainWindow.h"
#include "access/AccessView.h"
#include "activity/ActivityView.h"
#include "apps/AppsView.h"
#include "auth/AuthError.h"
#include "auth/ConsentDeskScopes.h"
#include "auth/KeychainProbe.h"
#include "auth/KeychainSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "auth/ProfileStore.h"
#include "auth/SandboxBrowserDriver.h"
#include "auth/SignInManager.h"
#include "common/ExchangePlanRunner.h"
#include "common/LayoutMemory.h"
#include "common/PlanRunner.h"
#include "common/Preferences.h"
#include "consent/AppInventory.h"
#include "consent/ConsentRequestService.h"
#include "consent/GrantInventory.h"
#include "consent/Journal.h"
#include "consent/JournalSettler.h"
#include "consent/RestorePlanner.h"
#include "consent/UserConsentLookup.h"
#include "diagnostics/DiagnosticsView.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/AccessPolicyLoader.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangeMailboxScopeProvider.h"
#include "graph/GraphClient.h"
#include "log/Log.h"
#include "log/LogFormat.h"
#include "preferences/PreferencesDialog.h"
#include "requests/RequestsView.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "signin/AccountView.h"
#include "signin/ProfilesDialog.h"
#include "signin/SignInView.h"
#include "signin/WriteConsentDialog.h"
#include "users/UsersView.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QIcon>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QSystemTrayIcon>

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    return Log::get("ui");
}

QString tenantLabel(const AccountInfo& account)
{
    const QString name = account.tenantDisplayName;
    const QString domain = account.tenantDefaultDomain;
    if (name.isEmpty()) {
        return domain.isEmpty() ? account.tenantId : domain;
    }
    return domain.isEmpty() ? name : QString(name + QStringLiteral(" (") + domain + QLatin1Char(')'));
}

} // namespace

void AppController::addCommandLineOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("demo"), tr("Start on the built-in demo tenant (no Microsoft account needed).")});
    parser.addOption({QStringLiteral("demo-user"),
                      tr("With --demo: sign in as this demo user without opening a browser."),
                      tr("upn")});
    parser.addOption({QStringLiteral("profile"), tr("Open this tenant profile."), tr("name")});
    parser.addOption({QStringLiteral("verbose"), tr("Also log to the terminal, at debug level.")});
}

AppController::Options AppController::optionsFrom(const QCommandLineParser& parser)
{
    Options options;
    options.demo = parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("demo-user"));
    options.demoUser = parser.value(QStringLiteral("demo-user")).trimmed();
    options.profile = parser.value(QStringLiteral("profile"));
    options.rememberLayout = true;
    return options;
}

AppController::AppController(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
}

AppController::~AppController()
{
    if (m_window && m_options.rememberLayout && m_saveLayout) {
        QSettings settings;
        m_window->saveLayout(settings);
    }
    // The window's views hold pointers into the session; take it down first.
    m_window.reset();
}

void AppController::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
}

bool AppController::start(QString* error)
{
    m_profiles = m_options.settingsFile.isEmpty() ? std::make_unique<ProfileStore>()
                                                  : std::make_unique<ProfileStore>(m_options.settingsFile);
    m_graph = new GraphClient(this);
    m_signIn = new SignInManager(this);
    m_signIn->setGraphClient(m_graph);
    m_graph->setTokenProvider(m_signIn);
    if (!m_secretStore) {
        m_keychain = new KeychainSecretStore(this);
        m_secretStore = m_keychain;
    }
    m_demoSecrets = new MemorySecretStore(this);
    openJournal();
    m_servicePrincipals = new ServicePrincipalCache(m_graph, this);
    m_permissions = new PermissionResolver(m_servicePrincipals, this);
    m_requests = new ConsentRequestService(m_graph, m_permissions, this);
    m_grantInventory = new GrantInventory(m_graph, m_servicePrincipals, this);

    m_window = std::make_unique<MainWindow>();
    buildViews();
    buildAccountMenu();
    wireSignIn();
    connect(m_window.get(), &MainWindow::preferencesRequested, this, &AppController::showPreferences);
    if (m_options.rememberLayout) {
        QSettings settings;
        m_window->restoreLayout(settings);
    }
    if (m_options.showWindow) {
        m_window->show();
    }

    if (m_options.demo) {
        QString demoError;
        if (!startDemo(&demoError)) {
            if (error) {
                *error = demoError;
            }
            QMessageBox::critical(m_window.get(), tr("Demo tenant"), demoError);
            return false;
        }
        if (!m_options.demoUser.isEmpty()) {
            // Kiosks, tests, machines without a browser: the real flow runs; only the browser step is played.
            m_demoDriver = new SandboxBrowserDriver(m_options.demoUser, this);
            m_signIn->setInteractiveDriver(m_demoDriver->interactiveDriver());
            connect(m_demoDriver, &SandboxBrowserDriver::finished, this, [this](bool ok, const QString& why) {
                if (ok) {
                    return;
                }
                // Without this the sign-in would wait for a browser that never comes.
                logger()->warn("demo sign-in without a browser failed: {}", why);
                m_signIn->cancel();
                AuthError error = AuthError::make(AuthError::Kind::Other,
                                                  QStringLiteral("demo-user"),
                                                  tr("The demo sign-in as %1 did not complete").arg(m_options.demoUser),
                                                  tr("Check the user name: start ConsentDesk with --demo alone and "
                                                     "the demo tenant's sign-in page lists its users and roles."));
                error.explanation = why;
                showProblem(error);
            });
        }
        signIn(demoProfileId());
        return true;
    }

    // Silent sign-in with the profile the admin used last (or the one named on the command line).
    std::optional<AuthProfile> profile;
    if (!m_options.profile.isEmpty()) {
        profile = m_profiles->findByName(m_options.profile);
        if (!profile) {
            profile = m_profiles->profile(m_options.profile);
        }
        if (!profile) {
            m_signInView->showIdle(
                tr("There is no profile named \"%1\". Choose one, or add it under Profiles….").arg(m_options.profile));
        }
    } else {
        profile = m_profiles->current();
    }
    if (profile) {
        m_profiles->setCurrentId(profile->id);
        refreshProfileList();
        switchTo(profile->id);
    }
    return true;
}

bool AppController::startDemo(QString* error)
{
    if (!m_sandbox) {
        SandboxOptions options; // the embedded demo tenant (Contoso)
        auto server = std::make_unique<SandboxServer>(options);
        QString why;
        if (server->start(&why) == 0) {
            if (error) {
                *error = tr("The demo tenant could not be started: %1").arg(why);
            }
            return false;
        }
        m_sandbox = std::move(server);
        QString clientId;
        for (const QJsonValue& client : m_sandbox->store().clients()) {
            if (client.toObject().value(QStringLiteral("publicClient")).toBool()) {
                clientId = client.toObject().value(QStringLiteral("appId")).toString();
                break;
            }
        }
        AuthProfile profile = AuthProfile::forSandbox(m_sandbox->baseUrl(), m_sandbox->store().tenantId(), clientId);
        profile.id.clear(); // never saved: the sandbox and its tokens end with this process
        profile.name = tr("Contoso (demo tenant)");
        m_demoProfile = profile;
        logger()->info("demo tenant started on {}", m_sandbox->baseUrl());
    }
    if (!m_signIn->isSignedIn()) {
        m_activeProfileId = demoProfileId();
    }
    refreshProfileList();
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

void AppController::settleJournal()
{
    if (!m_journal || m_journal->pending().isEmpty()) {
        return;
    }
    // Writes whose answer never arrived (the app died): ask the tenant what happened before anyone restores.
    auto* settler = new JournalSettler(m_graph, m_journal, this);
    settler->setTenantId(m_signIn->account().tenantId);
    connect(settler, &JournalSettler::finished, this, [this, settler](const JournalSettler::Summary& summary) {
        logger()->info("journal: {} unfinished write(s) settled as done, {} as not applied, {} unresolved",
                       summary.succeeded,
                       summary.notApplied,
                       summary.unresolved.size());
        if (!summary.unresolved.isEmpty()) {
            m_window->setNotice(tr("%n earlier change(s) could not be confirmed in the tenant; see the log.",
                                   nullptr,
                                   int(summary.unresolved.size())));
        }
        settler->deleteLater();
    });
    settler->settle();
}

void AppController::notifyNewRequests(int count, const QString& firstApp)
{
    const QString text = count == 1 ? tr("%1 is waiting for your approval.").arg(firstApp)
                                    : tr("%n new consent requests are waiting for your approval.", nullptr, count);
    m_window->showMessage(text);
    if (!Preferences::notifications()) {
        return; // the badge and the status bar still say it
    }
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/consentdesk.svg")), this);
            m_tray->setToolTip(tr("ConsentDesk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                m_window->showView(QStringLiteral("requests"));
                m_window->raise();
                m_window->activateWindow();
            });
            m_tray->show();
        }
        m_tray->showMessage(tr("New consent request"), text, QSystemTrayIcon::Information);
    }
    QApplication::alert(m_window.get());
}

void AppController::buildViews()
{
    RequestsView::Services services;
    services.graph = m_graph;
    services.signIn = m_signIn;
    services.journal = m_journal;
    services.requests = m_requests;
    services.servicePrincipals = m_servicePrincipals;
    m_requestsView = new RequestsView(services);
    m_window->addView(QStringLiteral("requests"),
                      tr("Consent requests"),
                      QIcon(QStringLiteral(":/icons/requests.svg")),
                      m_requestsView,
                      tr("Pending admin consent requests: review, grant only what is needed, block"));
    connect(m_requestsView, &RequestsView::pendingCountChanged, this, [this](int count) {
        m_window->setViewBadge(QStringLiteral("requests"), count);
    });
    connect(m_requestsView, &RequestsView::newRequests, this, [this](const QList<ConsentRequest>& requests) {
        notifyNewRequests(int(requests.size()), requests.first().appDisplayName);
    });
    connect(m_requestsView, &RequestsView::statusMessage, this, [this](const QString& text) {
        m_window->showMessage(text);
    });

    AppsView::Services appServices;
    appServices.graph = m_graph;
    appServices.signIn = m_signIn;
    appServices.journal = m_journal;
    appServices.servicePrincipals = m_servicePrincipals;
    m_appsView = new AppsView(appServices);
    m_window->addView(QStringLiteral("apps"),
                      tr("Apps & permissions"),
                      QIcon(QStringLiteral(":/icons/apps.svg")),
                      m_appsView,
                      tr("What every app may do in the tenant; revoke and keep only what is needed"));
    connect(m_appsView, &AppsView::statusMessage, this, [this](const QString& text) {
        m_window->showMessage(text);
    });

    m_usersView = new UsersView(m_graph, m_servicePrincipals);
    // Mailbox access in the helpdesk view: Exchange's access policies, evaluated locally (an admin without an
    // Exchange role sees "not checked" with the reason instead).
    m_exchange = new ExchangeAdminClient(m_graph, this);
    m_mailboxScopes = new ExchangeMailboxScopeProvider(new AccessPolicyLoader(m_exchange, m_graph, this), this);
    m_usersView->lookup()->setMailboxScopeProvider(m_mailboxScopes);
    m_window->addView(QStringLiteral("users"),
                      tr("Users"),
                      QIcon(QStringLiteral(":/icons/users.svg")),
                      m_usersView,
                      tr("What a user granted, and to whom (helpdesk lookup)"));
    connect(m_usersView, &UsersView::openAppRequested, this, [this](const QString& spId) {
        m_window->showView(QStringLiteral("apps"));
        m_appsView->selectApp(spId);
    });

    AccessView::Services accessServices;
    accessServices.graph = m_graph;
    accessServices.exchange = m_exchange;
    accessServices.servicePrincipals = m_servicePrincipals;
    accessServices.journal = m_journal;
    m_accessView = new AccessView(accessServices);
    m_window->addView(QStringLiteral("access"),
                      tr("Mailbox access"),
                      QIcon(QStringLiteral(":/icons/access.svg")),
                      m_accessView,
                      tr("Which apps can read which mailboxes: Exchange access policies, tests, RBAC for Applications"));
    connect(m_accessView, &AccessView::statusMessage, this, [this](const QString& text) {
        m_window->showMessage(text);
    });
    connect(m_accessView, &AccessView::tenantChanged, this, [this]() {
        m_mailboxScopes->invalidate(); // the helpdesk view's mailbox answers depend on the policies
    });

    m_activityView = new ActivityView(m_journal);
    m_restoreRunner = new PlanRunner(m_activityView, m_graph, m_signIn, m_journal);
    m_exchangeRestoreRunner = new ExchangePlanRunner(m_activityView, m_exchange, m_journal);
    m_activityView->setExchangeRunner(m_exchangeRestoreRunner);
    connect(m_exchangeRestoreRunner, &ExchangePlanRunner::finished, this, [this](const ExchangeExecution& execution) {
        m_window->showMessage(execution.allSucceeded() ? tr("Restored.") : tr("Some items were not restored."));
        m_mailboxScopes->invalidate();
        m_accessView->refresh();
    });
    connect(m_activityView, &ActivityView::restoreRequested, this, [this](const QList<JournalEntry>& entries) {
        restore(entries);
    });
    connect(m_restoreRunner, &PlanRunner::finished, this, [this](const GrantExecution& execution) {
        m_window->showMessage(execution.allSucceeded() ? tr("Restored.") : tr("Some items were not restored."));
        m_activityView->reload();
        m_appsView->refresh();
    });
    m_window->addView(QStringLiteral("activity"),
                      tr("Activity"),
                      QIcon(QStringLiteral(":/icons/activity.svg")),
                      m_activityView,
                      tr("Every change ConsentDesk made, with restore"));

    // Account: the sign-in card while signed out, the account summary while signed in.
    m_accountPage = new QStackedWidget;
    m_accountPage->setObjectName(QStringLiteral("accountPage"));
    m_signInView = new SignInView(m_accountPage);
    m_accountView = new AccountView(m_accountPage);
    m_accountPage->addWidget(m_signInView);
    m_accountPage->addWidget(m_accountView);
    m_window->addView(QStringLiteral("account"),
                      tr("Account"),
                      QIcon(QStringLiteral(":/icons/signin.svg")),
                      m_accountPage,
                      tr("Sign in, tenant profiles, and what your role lets you do"));

    m_diagnostics = new DiagnosticsView;
    m_diagnostics->setLogDirectory(Log::directory());
    m_diagnostics->setCounters(m_graph->counters());
    auto* probe = new KeychainProbe(this);
    connect(probe, &KeychainProbe::finished, m_diagnostics, [this](bool reachable, const QString& detail) {
        m_diagnostics->setKeychainStatus(reachable ? DiagnosticsView::KeychainState::Reachable
                                                   : DiagnosticsView::KeychainState::Unavailable,
                                         detail);
    });
    auto check = [this, probe] {
        m_diagnostics->setKeychainStatus(DiagnosticsView::KeychainState::Checking);
        probe->start();
    };
    // Only when the admin asks: the probe writes to the keychain, and on a desktop without an unlocked keyring
    // that opens the system's "create/unlock keyring" prompt. Nothing else touches the keychain until a real
    // tenant's sign-in stores or reads its token.
    connect(m_diagnostics, &DiagnosticsView::keychainCheckRequested, this, check);
    m_window->addView(QStringLiteral("diagnostics"),
                      tr("Diagnostics"),
                      QIcon(QStringLiteral(":/icons/diagnostics.svg")),
                      m_diagnostics,
                      tr("Versions, logs, keychain and network counters"));
    m_window->showView(QStringLiteral("account"));
}

void AppController::buildAccountMenu()
{
    QMenu* menu = m_window->accountMenu();
    auto* signIn = menu->addAction(tr("&Sign in…"), this, [this] { showSignInPage(); });
    signIn->setObjectName(QStringLiteral("actionSignIn"));
    auto* writes = menu->addAction(tr("&Allow changes…"), this, [this] { requestWriteConsent(); });
    writes->setObjectName(QStringLiteral("actionWriteConsent"));
    auto* switchMenu = menu->addMenu(tr("S&witch profile"));
    switchMenu->setObjectName(QStringLiteral("switchProfileMenu"));
    auto* manage = menu->addAction(tr("&Manage profiles…"), this, [this] { manageProfiles(); });
    manage->setObjectName(QStringLiteral("actionManageProfiles"));
    menu->addSeparator();
    auto* signOut = menu->addAction(tr("Sign &out"), this, [this] { m_signIn->signOut(); });
    signOut->setObjectName(QStringLiteral("actionSignOut"));

    connect(menu, &QMenu::aboutToShow, this, [this, signIn, writes, signOut] {
        const bool signedIn = m_signIn->isSignedIn();
        signIn->setEnabled(!signedIn);
        signOut->setEnabled(signedIn);
        writes->setEnabled(signedIn && !m_signIn->hasWriteConsent());
    });
    connect(switchMenu, &QMenu::aboutToShow, this, [this, switchMenu] {
        switchMenu->clear();
        auto* group = new QActionGroup(switchMenu);
        auto add = [&](const QString& id, const QString& name) {
            auto* action = switchMenu->addAction(name, this, [this, id] { switchTo(id); });
            action->setCheckable(true);
            action->setChecked(id == m_activeProfileId);
            group->addAction(action);
        };
        if (m_demoProfile) {
            add(demoProfileId(), m_demoProfile->name);
        }
        for (const AuthProfile& profile : m_profiles->profiles()) {
            add(profile.id, profile.name);
        }
        if (switchMenu->isEmpty()) {
            switchMenu->addAction(tr("(no profiles yet)"))->setEnabled(false);
        }
    });
}

void AppController::wireSignIn()
{
    connect(m_signInView, &SignInView::signInRequested, this, [this](const QString& id) { signIn(id); });
    connect(m_signInView, &SignInView::cancelRequested, m_signIn, &SignInManager::cancel);
    connect(m_signInView, &SignInView::manageProfilesRequested, this, [this] { manageProfiles(); });
    connect(m_signInView, &SignInView::demoRequested, this, [this] {
        QString error;
        if (!startDemo(&error)) {
            QMessageBox::warning(m_window.get(), tr("Demo tenant"), error);
        }
    });
    connect(m_signInView, &SignInView::copySignInLinkRequested, this, [this] {
        if (m_authorizeUrl.isValid()) {
            QGuiApplication::clipboard()->setText(m_authorizeUrl.toString(QUrl::FullyEncoded));
        }
    });
    connect(m_accountView, &AccountView::signOutRequested, m_signIn, &SignInManager::signOut);
    connect(m_accountView, &AccountView::switchProfileRequested, this, [this] { manageProfiles(); });
    connect(m_accountView, &AccountView::writeConsentRequested, this, [this] { requestWriteConsent(); });

    connect(m_signIn, &SignInManager::openBrowserRequested, this, [this](const QUrl& url) {
        m_authorizeUrl = url;
        if (!QDesktopServices::openUrl(url)) {
            m_signInView->showWorking(tr("ConsentDesk could not open your browser. Copy the sign-in link and open "
                                         "it in a browser on this computer."));
        }
    });
    connect(m_signIn, &SignInManager::stateChanged, this, [this](SignInManager::State state) {
        if (state == SignInManager::State::SigningIn) {
            m_window->setConnectionState(tr("Signing in…"));
        }
        m_accountView->setBusy(state == SignInManager::State::SigningIn);
    });
    connect(m_signIn, &SignInManager::signedIn, this, [this](const AccountInfo& account) { onSignedIn(account); });
    connect(m_signIn, &SignInManager::signInFailed, this, [this](const AuthError& error) {
        m_authorizeUrl.clear();
        if (error.kind == AuthError::Kind::Cancelled) {
            onSignedOut(tr("Sign-in cancelled."));
            return;
        }
        showProblem(error);
    });
    connect(m_signIn, &SignInManager::silentSignInFailed, this, [this](const AuthError& error) {
        if (error.kind == AuthError::Kind::SignInRequired || error.kind == AuthError::Kind::Cancelled) {
            const auto profile = profileFor(m_activeProfileId);
            onSignedOut(profile && !profile->lastUser.userPrincipalName.isEmpty()
                            ? tr("Sign in again as %1: the stored sign-in can no longer be used.")
                                  .arg(profile->lastUser.userPrincipalName)
                            : QString());
            return;
        }
        showProblem(error);
    });
    connect(m_signIn, &SignInManager::sessionExpired, this, [this](const AuthError& error) { showProblem(error); });
    connect(m_signIn, &SignInManager::signedOut, this, [this] { onSignedOut(tr("You are signed out.")); });
    connect(m_signIn, &SignInManager::keychainUnavailable, this, [this](const QString& reason) {
        m_sessionOnlyReason = reason;
        m_window->setNotice(tr("Your sign-in is kept for this session only: %1").arg(reason));
        m_accountView->setSessionStorage(false, reason);
        updateStatus();
    });
    connect(m_signIn, &SignInManager::refreshTokenStored, this, [this](bool persistent) {
        if (!persistent && m_activeProfileId == demoProfileId()) {
            m_accountView->setSessionStorage(false, tr("the demo tenant is never remembered."));
        } else {
            m_accountView->setSessionStorage(persistent, m_sessionOnlyReason);
        }
    });
    connect(m_signIn,
            &SignInManager::writeConsentNeeded,
            this,
            [this](const QList<ConsentDeskScopes::Permission>& permissions) {
                auto* dialog = new WriteConsentDialog(permissions, m_window.get());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, m_signIn, &SignInManager::proceedWithWriteConsent);
                connect(dialog, &QDialog::rejected, m_signIn, &SignInManager::declineWriteConsent);
                dialog->open();
            });
    connect(m_signIn, &SignInManager::writeConsentGranted, this, [this](const QStringList&) {
        m_accountView->setGrantedPermissions(m_signIn->grantedGraphScopes(), m_signIn->hasWriteConsent());
        m_window->setConnectionState(tr("Signed in · changes allowed"));
    });
    connect(m_signIn, &SignInManager::writeConsentFailed, this, [this](const AuthError& error) {
        if (error.kind == AuthError::Kind::Cancelled) {
            return;
        }
        auto* box
            = new QMessageBox(QMessageBox::Warning, error.title, error.explanation, QMessageBox::Ok, m_window.get());
        box->setObjectName(QStringLiteral("writeConsentFailedMessage"));
        box->setInformativeText(error.nextStep);
        box->setDetailedText(error.code);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

std::optional<AuthProfile> AppController::profileFor(const QString& id) const
{
    if (id == demoProfileId()) {
        return m_demoProfile;
    }
    return m_profiles->profile(id);
}

void AppController::refreshProfileList()
{
    QList<SignInView::ProfileEntry> entries;
    if (m_demoProfile) {
        entries.append({demoProfileId(),
                        m_demoProfile->name,
                        tr("Built-in sample tenant on this computer · nothing leaves it · not remembered")});
    }
    for (const AuthProfile& profile : m_profiles->profiles()) {
        QString detail = profile.tenant + QStringLiteral(" · ") + ProfilesDialog::cloudName(profile);
        if (!profile.lastUser.userPrincipalName.isEmpty()) {
            detail += QStringLiteral(" · ") + tr("last signed in as %1").arg(profile.lastUser.userPrincipalName);
        }
        entries.append({profile.id, profile.name, detail});
    }
    QString current = m_activeProfileId;
    if (current.isEmpty() || !profileFor(current)) {
        current = m_demoProfile ? demoProfileId() : m_profiles->currentId();
    }
    m_signInView->setProfiles(entries, current);
    m_signInView->setDemoAvailable(!m_demoProfile);
    if (entries.isEmpty()) {
        m_signInView->showIdle(tr("Add a profile for your tenant under Profiles… — you need its tenant ID or domain "
                                  "and the client ID of your organisation's ConsentDesk app registration. Or try the "
                                  "built-in demo tenant first."));
    }
}

void AppController::signIn(const QString& profileId)
{
    const auto profile = profileFor(profileId);
    if (!profile) {
        m_signInView->showIdle(tr("Choose a profile first, or add one under Profiles…."));
        return;
    }
    m_activeProfileId = profileId;
    const bool demo = profileId == demoProfileId();
    m_signIn->setSecretStore(demo ? static_cast<SecretStore*>(m_demoSecrets) : m_secretStore);
    m_signIn->setProfileStore(demo ? nullptr : m_profiles.get());
    if (!demo) {
        m_profiles->setCurrentId(profileId);
        m_profiles->sync();
    }
    showSignInPage();
    if (demo && m_demoDriver) {
        m_signInView->showWorking(tr("Signing in to the demo tenant as %1…").arg(m_options.demoUser));
    } else {
        m_signInView->showWaitingForBrowser();
    }
    m_signIn->signIn(*profile, demo ? m_options.demoUser : QString());
}

void AppController::switchTo(const QString& profileId)
{
    const auto profile = profileFor(profileId);
    if (!profile) {
        return;
    }
    if (profileId == demoProfileId() || !profile->lastUser.isValid()) {
        // Nothing stored to resume: the admin starts the browser sign-in when ready.
        if (m_signIn->isSignedIn()) {
            m_signIn->signOut();
        }
        m_activeProfileId = profileId;
        refreshProfileList();
        showSignInPage();
        m_signInView->showIdle(tr("Sign in to use \"%1\".").arg(profile->name));
        return;
    }
    m_activeProfileId = profileId;
    m_signIn->setSecretStore(m_secretStore);
    m_signIn->setProfileStore(m_profiles.get());
    m_profiles->setCurrentId(profileId);
    m_profiles->sync();
    refreshProfileList();
    showSignInPage();
    m_signInView->showWorking(
        tr("Signing in as %1 with your stored sign-in…").arg(profile->lastUser.userPrincipalName));
    m_signIn->trySilentSignIn(*profile);
}

void AppController::manageProfiles()
{
    ProfilesDialog dialog(m_profiles.get(), m_window.get());
    if (!m_activeProfileId.isEmpty() && m_activeProfileId != demoProfileId()) {
        dialog.select(m_activeProfileId);
    }
    connect(&dialog, &ProfilesDialog::profileRemoved, this, [this](const AuthProfile& profile) {
        if (profile.id == m_activeProfileId && m_signIn->isSignedIn()) {
            m_signIn->signOut(); // also deletes its stored sign-in
            m_activeProfileId.clear();
        } else {
            forgetStoredSignIn(profile);
        }
    });
    connect(&dialog, &ProfilesDialog::profilesChanged, this, [this] { refreshProfileList(); });
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedId().isEmpty()) {
        switchTo(dialog.selectedId());
    }
    refreshProfileList();
}

void AppController::forgetStoredSignIn(const AuthProfile& profile)
{
    if (!profile.lastUser.isValid() || !m_secretStore) {
        return;
    }
    // Two profiles may use the same account (another app registration): its sign-in stays while one still does.
    for (const AuthProfile& other : m_profiles->profiles()) {
        if (other.id != profile.id && other.lastUser.objectId == profile.lastUser.objectId
            && other.lastUser.tenantId == profile.lastUser.tenantId) {
            return;
        }
    }
    const QString key = SecretStore::refreshTokenKey(profile.lastUser.tenantId, profile.lastUser.objectId);
    m_secretStore->remove(key, this, [](const SecretStore::Error& e) {
        if (e) {
            logger()->warn("could not delete a removed profile's stored sign-in: {}", e.message);
        }
    });
}

void AppController::showSignInPage()
{
    m_accountPage->setCurrentWidget(m_signIn->isSignedIn() ? static_cast<QWidget*>(m_accountView) : m_signInView);
    m_window->showView(QStringLiteral("account"));
}

void AppController::onSignedIn(const AccountInfo& account)
{
    m_authorizeUrl.clear();
    const auto profile = profileFor(m_activeProfileId);
    m_accountView->setAccount(account, profile ? profile->name : QString());
    m_accountView->setGrantedPermissions(m_signIn->grantedGraphScopes(), m_signIn->hasWriteConsent());
    if (m_activeProfileId == demoProfileId()) {
        m_accountView->setSessionStorage(false, tr("the demo tenant is never remembered."));
    } else {
        m_accountView->setSessionStorage(!m_signIn->isSessionOnly(), m_sessionOnlyReason);
    }
    m_accountPage->setCurrentWidget(m_accountView);
    updateStatus();
    refreshProfileList();
    m_servicePrincipals->clear(); // another tenant or account: nothing cached may carry over
    m_requestsView->setSignedIn(true);
    m_appsView->setSignedIn(true);
    m_mailboxScopes->invalidate(); // another account or tenant: read the policies again
    m_usersView->setSignedIn(true);
    m_activityView->setTenant(account.tenantId);
    const CapabilityMap::Capability revoke = account.capabilities().capability(CapabilityMap::Kind::Revoke);
    m_activityView->setCanRestore(revoke.allowed, revoke.reason);
    const CapabilityMap::Capability exchange
        = account.capabilities().capability(CapabilityMap::Kind::ExchangeAccessPolicies);
    m_exchangeRestoreRunner->setActor({account.tenantId, account.userPrincipalName, account.userObjectId});
    m_activityView->setCanRestoreExchange(exchange.allowed, exchange.reason);
    m_accessView->setSignedIn(true, {account.tenantId, account.userPrincipalName, account.userObjectId});
    m_accessView->setCanWrite(exchange.allowed, exchange.reason);
    m_window->showView(QStringLiteral("requests"));
    settleJournal();
    logger()->info("signed in to tenant {} with {} directory role(s)", account.tenantId, account.roles.size());
}

void AppController::endSession(const QString& why)
{
    // Signed out or failed: no view may keep the previous account's data or what its roles allowed.
    m_requestsView->setSignedIn(false);
    m_appsView->setSignedIn(false);
    m_usersView->setSignedIn(false);
    m_accessView->setSignedIn(false);
    m_activityView->setCanRestore(false, tr("Sign in to restore."));
    m_activityView->setCanRestoreExchange(false, tr("Sign in to restore."));
    m_window->clearAccount(why);
    m_window->setNotice({});
    m_sessionOnlyReason.clear();
    m_accountPage->setCurrentWidget(m_signInView);
}

void AppController::onSignedOut(const QString& why)
{
    endSession(why.isEmpty() ? tr("Not signed in") : why);
    refreshProfileList();
    m_signInView->showIdle(why);
}

void AppController::showProblem(const AuthError& error)
{
    endSession(error.title);
    m_window->showView(QStringLiteral("account"));
    SignInView::Problem problem;
    problem.title = error.title;
    problem.explanation = error.explanation;
    problem.nextStep = error.nextStep;
    problem.code = error.code;
    if (!error.correlationId.isEmpty()) {
        problem.code += QStringLiteral(" · ") + tr("correlation ID %1").arg(error.correlationId);
    }
    problem.helpUrl = error.helpUrl.toString();
    m_signInView->showProblem(problem);
}

void AppController::requestWriteConsent()
{
    if (!m_signIn->isSignedIn()) {
        showSignInPage();
        return;
    }
    m_signIn->requestWriteConsent();
}

void AppController::updateStatus()
{
    if (!m_signIn->isSignedIn()) {
        return;
    }
    const AccountInfo account = m_signIn->account();
    QStringList roles = account.roleNames();
    m_window->setAccount(tenantLabel(account), account.userPrincipalName, roles);

    // The role label's tooltip answers "why is that button disabled?" in one place.
    QStringList lines;
    for (const CapabilityMap::Capability& capability : account.capabilities().all()) {
        QString line = (capability.allowed ? QStringLiteral("✓ ") : QStringLiteral("✗ "))
                       + CapabilityMap::describe(capability.kind);
        if (!capability.allowed) {
            line += QStringLiteral(" — ") + capability.reason;
        }
        lines << line;
    }
    m_window->setRoleToolTip(lines.join(QLatin1Char('\n')));

    QString state
        = m_activeProfileId == demoProfileId() ? tr("Signed in · demo tenant on this computer") : tr("Signed in");
    if (m_signIn->isSessionOnly() && m_activeProfileId != demoProfileId()) {
        state += tr(" · this session only");
    }
    m_window->setConnectionState(state);
}

void AppController::restore(const QList<JournalEntry>& selected)
{
    // RestorePlanner needs what the apps hold now (never restore a duplicate), so read each app first.
    QList<JournalEntry> entries = selected;
    std::sort(
        entries.begin(), entries.end(), [](const JournalEntry& a, const JournalEntry& b) { return a.time < b.time; });
    const QStringList clients = RestorePlanner::clientIds(entries);
    auto inventories = std::make_shared<QList<AppInventory>>();
    auto remaining = std::make_shared<int>(int(clients.size()));
    auto plan = [this, entries, inventories] {
        const GrantPlan restorePlan = RestorePlanner::plan(entries, RestorePlanner::State::from(*inventories));
        m_restoreRunner->run(restorePlan, ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::Revoke));
    };
    if (clients.isEmpty()) {
        plan();
        return;
    }
    m_window->showMessage(tr("Reading what the apps hold now…"));
    for (const QString& clientId : clients) {
        m_grantInventory->loadApp(ServicePrincipalCache::Key::byId(clientId),
                                  this,
                                  [inventories, remaining, plan](const AppInventory& inventory) {
                                      if (inventory.isValid()) {
                                          inventories->append(inventory);
                                      }
                                      if (--*remaining == 0) {
                                          plan();
                                      }
                                  });
    }
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
