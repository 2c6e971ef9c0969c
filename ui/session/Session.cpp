#include "Session.h"

#include "async/Async.h"
#include "auth/AuthError.h"
#include "auth/KeychainSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "auth/ProfileStore.h"
#include "auth/SandboxBrowserDriver.h"
#include "auth/SignInManager.h"
#include "graph/GraphClient.h"
#include "log/Log.h"
#include "log/LogFormat.h"
#include "signin/ProfilesDialog.h"

#include <QDesktopServices>

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    return Log::get("ui");
}

} // namespace

Session::Session(const Options& options, GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_graph(graph)
{
    m_profiles = m_options.settingsFile.isEmpty() ? std::make_unique<ProfileStore>()
                                                  : std::make_unique<ProfileStore>(m_options.settingsFile);
    m_signIn = new SignInManager(this);
    m_signIn->setGraphClient(m_graph);
    m_graph->setTokenProvider(m_signIn);
    m_demoSecrets = new MemorySecretStore(this);
    wireSignIn();
}

Session::~Session() = default;

void Session::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
}

bool Session::isSignedIn() const
{
    return m_signIn->isSignedIn();
}

bool Session::start(QString* error)
{
    if (!m_secretStore) {
        m_keychain = new KeychainSecretStore(this);
        m_secretStore = m_keychain;
    }
    if (m_options.startDemo) {
        if (!startDemo(error)) {
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
                AuthError problem
                    = AuthError::make(AuthError::Kind::Other,
                                      QStringLiteral("demo-user"),
                                      tr("The demo sign-in as %1 did not complete").arg(m_options.demoUser),
                                      tr("Check the user name: start ConsentDesk with --demo alone and "
                                         "the demo tenant's sign-in page lists its users and roles."));
                problem.explanation = why;
                failed(problem);
            });
        }
        signIn(demoProfileId());
        return true;
    }

    // Silent sign-in with the profile the admin used last (or the one named on the command line).
    std::optional<AuthProfile> chosen;
    if (!m_options.profile.isEmpty()) {
        chosen = m_profiles->findByName(m_options.profile);
        if (!chosen) {
            chosen = m_profiles->profile(m_options.profile);
        }
        if (!chosen) {
            emit idle(
                tr("There is no profile named \"%1\". Choose one, or add it under Profiles….").arg(m_options.profile));
        }
    } else {
        chosen = m_profiles->current();
    }
    if (chosen) {
        m_profiles->setCurrentId(chosen->id);
        emit profilesChanged();
        switchTo(chosen->id);
    }
    return true;
}

bool Session::startDemo(QString* error)
{
    if (!m_demoProfile) {
        if (!m_options.demoTenant) {
            if (error) {
                *error = tr("This build of ConsentDesk has no demo tenant.");
            }
            return false;
        }
        if (!m_demo) {
            m_demo = m_options.demoTenant();
        }
        QString why;
        const std::optional<DemoTenant::Endpoint> endpoint = m_demo->start(&why);
        if (!endpoint) {
            if (error) {
                *error = tr("The demo tenant could not be started: %1").arg(why);
            }
            return false;
        }
        AuthProfile demo = AuthProfile::forSandbox(endpoint->baseUrl, endpoint->tenantId, endpoint->clientId);
        demo.id.clear(); // never saved: the demo tenant and its tokens end with this process
        demo.name = tr("Contoso (demo tenant)");
        m_demoProfile = demo;
        logger()->info("demo tenant started on {}", endpoint->baseUrl);
    }
    if (!m_signIn->isSignedIn()) {
        m_activeProfileId = demoProfileId();
    }
    emit profilesChanged();
    return true;
}

std::optional<AuthProfile> Session::profile(const QString& id) const
{
    if (id == demoProfileId()) {
        return m_demoProfile;
    }
    return m_profiles->profile(id);
}

QList<SignInView::ProfileEntry> Session::profileEntries() const
{
    QList<SignInView::ProfileEntry> entries;
    if (m_demoProfile) {
        entries.append({demoProfileId(),
                        m_demoProfile->name,
                        tr("Built-in sample tenant on this computer · nothing leaves it · not remembered")});
    }
    for (const AuthProfile& saved : m_profiles->profiles()) {
        QString detail = saved.tenant + QStringLiteral(" · ") + ProfilesDialog::cloudName(saved);
        if (!saved.lastUser.userPrincipalName.isEmpty()) {
            detail += QStringLiteral(" · ") + tr("last signed in as %1").arg(saved.lastUser.userPrincipalName);
        }
        entries.append({saved.id, saved.name, detail});
    }
    return entries;
}

QString Session::currentProfileId() const
{
    if (!m_activeProfileId.isEmpty() && profile(m_activeProfileId)) {
        return m_activeProfileId;
    }
    return m_demoProfile ? demoProfileId() : m_profiles->currentId();
}

void Session::useStoreFor(const QString& profileId)
{
    const bool demo = profileId == demoProfileId();
    m_signIn->setSecretStore(demo ? static_cast<SecretStore*>(m_demoSecrets) : m_secretStore);
    m_signIn->setProfileStore(demo ? nullptr : m_profiles.get());
    if (!demo) {
        m_profiles->setCurrentId(profileId);
        m_profiles->sync();
    }
}

void Session::signIn(const QString& profileId)
{
    const auto chosen = profile(profileId);
    if (!chosen) {
        emit idle(tr("Choose a profile first, or add one under Profiles…."));
        return;
    }
    m_activeProfileId = profileId;
    useStoreFor(profileId);
    const bool demo = profileId == demoProfileId();
    emit signInPageRequested();
    if (demo && m_demoDriver) {
        emit working(tr("Signing in to the demo tenant as %1…").arg(m_options.demoUser));
    } else {
        emit waitingForBrowser();
    }
    m_signIn->signIn(*chosen, demo ? m_options.demoUser : QString());
}

void Session::switchTo(const QString& profileId)
{
    const auto chosen = profile(profileId);
    if (!chosen) {
        return;
    }
    if (profileId == demoProfileId() || !chosen->lastUser.isValid()) {
        // Nothing stored to resume: the admin starts the browser sign-in when ready.
        if (m_signIn->isSignedIn()) {
            m_signIn->signOut();
        }
        m_activeProfileId = profileId;
        emit profilesChanged();
        emit signInPageRequested();
        emit idle(tr("Sign in to use \"%1\".").arg(chosen->name));
        return;
    }
    m_activeProfileId = profileId;
    useStoreFor(profileId);
    emit profilesChanged();
    emit signInPageRequested();
    emit working(tr("Signing in as %1 with your stored sign-in…").arg(chosen->lastUser.userPrincipalName));
    m_signIn->trySilentSignIn(*chosen);
}

void Session::signOut()
{
    m_signIn->signOut();
}

void Session::cancel()
{
    m_signIn->cancel();
}

void Session::requestWriteConsent()
{
    if (!m_signIn->isSignedIn()) {
        emit signInPageRequested();
        return;
    }
    m_signIn->requestWriteConsent();
}

void Session::forgetProfile(const AuthProfile& removed)
{
    if (removed.id == m_activeProfileId && m_signIn->isSignedIn()) {
        m_signIn->signOut(); // also deletes its stored sign-in
        m_activeProfileId.clear();
        return;
    }
    forgetStoredSignIn(removed);
}

void Session::forgetStoredSignIn(const AuthProfile& removed)
{
    if (!removed.lastUser.isValid() || !m_secretStore) {
        return;
    }
    // Two profiles may use the same account (another app registration): its sign-in stays while one still does.
    for (const AuthProfile& other : m_profiles->profiles()) {
        if (other.id != removed.id && other.lastUser.objectId == removed.lastUser.objectId
            && other.lastUser.tenantId == removed.lastUser.tenantId) {
            return;
        }
    }
    const QString key = SecretStore::refreshTokenKey(removed.lastUser.tenantId, removed.lastUser.objectId);
    Async::then(m_secretStore->remove(key), this, [](const SecretStore::Error& e) {
        if (e) {
            logger()->warn("could not delete a removed profile's stored sign-in: {}", e.message);
        }
    });
}

QString Session::connectionState() const
{
    if (!m_signIn->isSignedIn()) {
        return {};
    }
    if (!m_options.offlineSource.isEmpty()) {
        return tr("Offline · %1 · read-only").arg(m_options.offlineSource);
    }
    QString state = isDemo() ? tr("Signed in · demo tenant on this computer") : tr("Signed in");
    if (m_signIn->isSessionOnly() && !isDemo()) {
        state += tr(" · this session only");
    }
    return state;
}

bool Session::isStoragePersistent() const
{
    return m_persistent;
}

QString Session::storageReason() const
{
    if (!m_persistent && isDemo()) {
        return tr("the demo tenant is never remembered.");
    }
    return m_sessionOnlyReason;
}

void Session::endSession(const QString& why)
{
    emit ended(why);
    emit notice({});
    m_sessionOnlyReason.clear();
}

void Session::signedOut(const QString& why)
{
    endSession(why.isEmpty() ? tr("Not signed in") : why);
    emit profilesChanged();
    emit idle(why);
}

void Session::failed(const AuthError& error)
{
    endSession(error.title);
    emit problem(error);
}

void Session::wireSignIn()
{
    connect(m_signIn, &SignInManager::openBrowserRequested, this, [this](const QUrl& url) {
        m_authorizeUrl = url;
        if (!QDesktopServices::openUrl(url)) {
            emit browserFailed(tr("ConsentDesk could not open your browser. Copy the sign-in link and open it in a "
                                  "browser on this computer."));
        }
    });
    connect(m_signIn, &SignInManager::stateChanged, this, [this](SignInManager::State state) {
        if (state == SignInManager::State::SigningIn) {
            emit connectionStateChanged(tr("Signing in…"));
        }
    });
    connect(m_signIn, &SignInManager::signedIn, this, [this](const AccountInfo& account) {
        m_authorizeUrl.clear();
        m_persistent = !isDemo() && !m_signIn->isSessionOnly();
        emit started(account);
        emit storageChanged();
        emit connectionStateChanged(connectionState());
        emit profilesChanged();
    });
    connect(m_signIn, &SignInManager::signInFailed, this, [this](const AuthError& error) {
        m_authorizeUrl.clear();
        if (error.kind == AuthError::Kind::Cancelled) {
            signedOut(tr("Sign-in canceled."));
            return;
        }
        failed(error);
    });
    connect(m_signIn, &SignInManager::silentSignInFailed, this, [this](const AuthError& error) {
        if (error.kind == AuthError::Kind::SignInRequired || error.kind == AuthError::Kind::Cancelled) {
            const auto active = profile(m_activeProfileId);
            signedOut(active && !active->lastUser.userPrincipalName.isEmpty()
                          ? tr("Sign in again as %1: the stored sign-in can no longer be used.")
                                .arg(active->lastUser.userPrincipalName)
                          : QString());
            return;
        }
        failed(error);
    });
    connect(m_signIn, &SignInManager::sessionExpired, this, [this](const AuthError& error) { failed(error); });
    connect(m_signIn, &SignInManager::signedOut, this, [this] { signedOut(tr("You are signed out.")); });
    connect(m_signIn, &SignInManager::keychainUnavailable, this, [this](const QString& reason) {
        m_sessionOnlyReason = reason;
        m_persistent = false;
        emit notice(tr("Your sign-in is kept for this session only: %1").arg(reason));
        emit storageChanged();
        if (m_signIn->isSignedIn()) {
            emit connectionStateChanged(connectionState());
        }
    });
    connect(m_signIn, &SignInManager::refreshTokenStored, this, [this](bool persistent) {
        m_persistent = persistent;
        emit storageChanged();
    });
    connect(m_signIn, &SignInManager::writeConsentGranted, this, [this](const QStringList&) {
        emit connectionStateChanged(tr("Signed in · changes allowed"));
    });
}
