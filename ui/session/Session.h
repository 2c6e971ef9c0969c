#pragma once

#include "auth/AuthProfile.h"
#include "session/DemoTenant.h"
#include "signin/SignInView.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

struct AccountInfo;
class AuthError;
class GraphClient;
class KeychainSecretStore;
class MemorySecretStore;
class ProfileStore;
class SandboxBrowserDriver;
class SecretStore;
class SignInManager;

/**
 * Who is signed in to which tenant: the tenant profiles, the sign-in (browser, silent from the keychain at start-up,
 * incremental write consent through the SignInManager) and the demo tenant. It says when a session started and when
 * it ended — signed out, cancelled, failed or expired alike — so the shell can hand every view the session or
 * nothing; and what the sign-in page should show meanwhile.
 *
 * The demo tenant is never remembered: its profile is not saved and its sign-in lives in memory only.
 */
class Session : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString profile; // name or id to open at start-up; empty: the one used last
        QString settingsFile; // profiles in this ini file instead of the platform store
        DemoTenant::Factory demoTenant; // null: no demo offered
        bool startDemo = false; // start the demo tenant at once and sign in to it
        QString demoUser; // complete the demo sign-in as this UPN without a browser
        QString offlineSource; // a snapshot file the (demo) session serves: the state says offline, not signed in
    };

    Session(const Options& options, GraphClient* graph, QObject* parent = nullptr);
    ~Session() override;

    void setSecretStore(SecretStore* store); // real tenants' sign-ins (default: the system keychain); before start()
    bool start(QString* error = nullptr); // the demo, or a silent sign-in with the last (or named) profile
    bool startDemo(QString* error = nullptr); // once; the demo becomes the current profile

    void signIn(const QString& profileId); // in the browser (or the demo driver)
    void switchTo(const QString& profileId); // silently when a sign-in is stored, else wait for signIn()
    void signOut();
    void requestWriteConsent();
    void cancel();
    void forgetProfile(const AuthProfile& profile); // a profile was removed: sign out of it or forget its sign-in

    SignInManager* signInManager() const { return m_signIn; }
    ProfileStore* profileStore() const { return m_profiles.get(); }
    DemoTenant* demoTenant() const { return m_demo.get(); }
    bool isSignedIn() const;
    bool isDemo() const { return m_activeProfileId == demoProfileId(); }
    bool isDemoAvailable() const { return bool(m_options.demoTenant) && !m_demoProfile; }
    QString activeProfileId() const { return m_activeProfileId; }
    std::optional<AuthProfile> profile(const QString& id) const;
    QList<SignInView::ProfileEntry> profileEntries() const; // the demo first, then the saved profiles
    QString currentProfileId() const; // the one the sign-in page preselects
    QUrl authorizeUrl() const { return m_authorizeUrl; } // while the browser is open; never logged or stored
    QString connectionState() const; // "Signed in · this session only"; empty when not signed in
    // Where the refresh token is kept, and why not the keychain (for the Account page).
    bool isStoragePersistent() const;
    QString storageReason() const;

    static QString demoProfileId() { return QStringLiteral("demo"); }

signals:
    void started(const AccountInfo& account);
    void ended(const QString& why); // every end: sign-out, cancel, failure, expiry; why for the status bar
    void problem(const AuthError& error); // after ended(): what went wrong and the next step
    void signInPageRequested(); // show the Account page (the sign-in card unless signed in)
    void idle(const QString& note); // the sign-in page waits for the admin
    void working(const QString& text); // signing in without the browser
    void waitingForBrowser();
    void browserFailed(const QString& text); // the browser could not be opened: copy the link instead
    void profilesChanged();
    void connectionStateChanged(const QString& text);
    void storageChanged(); // isStoragePersistent() / storageReason()
    void notice(const QString& text); // something to know above every view ("kept for this session only")

private:
    void wireSignIn();
    void endSession(const QString& why);
    void failed(const AuthError& error);
    void signedOut(const QString& why);
    void forgetStoredSignIn(const AuthProfile& profile);
    void useStoreFor(const QString& profileId);

    Options m_options;
    GraphClient* m_graph = nullptr;
    std::unique_ptr<ProfileStore> m_profiles;
    SignInManager* m_signIn = nullptr;
    SecretStore* m_secretStore = nullptr; // real tenants
    KeychainSecretStore* m_keychain = nullptr; // the default m_secretStore
    MemorySecretStore* m_demoSecrets = nullptr;
    std::unique_ptr<DemoTenant> m_demo;
    std::optional<AuthProfile> m_demoProfile;
    SandboxBrowserDriver* m_demoDriver = nullptr;
    QString m_activeProfileId; // the profile of the running or last sign-in
    QUrl m_authorizeUrl;
    QString m_sessionOnlyReason;
    bool m_persistent = false;
};
