// Signing in as a person does it, in the real widgets (offscreen): the demo tenant through its sign-in page,
// the status bar and Account page afterwards, write consent, sign-out, profiles, silent sign-in at start-up,
// a keychain that refuses, and a demo sign-in that cannot complete.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "async/Async.h"
#include "auth/MemorySecretStore.h"
#include "auth/ProfileStore.h"
#include "auth/SandboxBrowserDriver.h"
#include "auth/SignInManager.h"
#include "log/Log.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString GlobalReader = QStringLiteral("kwame.mensah@contoso.com");

// A keychain double that survives "restarts" of the controller within the test (persistent, as the real one).
class PersistentMemoryStore : public MemorySecretStore
{
public:
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("test keychain"); }
};

// A keychain that is there but locked: reads find nothing, writes are refused.
class LockedStore : public QObject, public SecretStore
{
public:
    QFuture<Read> read(const QString&) override
    {
        return later(Read {{}, Error::make(Error::Code::Unavailable, locked())});
    }
    QFuture<Error> write(const QString&, const QByteArray&) override
    {
        return later(Error::make(Error::Code::Unavailable, locked()));
    }
    QFuture<Error> remove(const QString&) override { return later(Error()); }
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("locked test keychain"); }
    static QString locked() { return QStringLiteral("The login keyring is locked."); }

private:
    template<typename T> QFuture<T> later(T value)
    {
        const Async::Promise<T> promise;
        QTimer::singleShot(0, this, [promise, value] { promise.finish(value); });
        return promise.future();
    }
};

QString labelText(MainWindow* window, const char* name)
{
    auto* label = window->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestSignInGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void demoSignInShowsUserTenantAndRole();
    void writeConsentAsksFirstThenAllowsChanges();
    void signOutReturnsToSignIn();
    void globalReaderSeesWhatTheyCannotDo();
    void demoSignInThatCannotCompleteExplainsWhy();
    void demoPageBeforeSignIn();
    void profileSignInThenSilentSignInAtStartUp();
    void lockedKeychainKeepsSessionOnlyAndSaysSo();
    void noTokenInLogsOrSettings();

private:
    std::unique_ptr<AppController> start(AppController::Options options, SecretStore* store = nullptr);
    QString settingsFile() const { return m_home.filePath(QStringLiteral("profiles.ini")); }

    QTemporaryDir m_logDir;
    QTemporaryDir m_home;
    std::unique_ptr<AppController> m_controller;
};

void TestSignInGui::initTestCase()
{
    Log::Options options;
    options.directory = m_logDir.filePath(QStringLiteral("logs"));
    options.level = spdlog::level::debug; // the hygiene check below reads the most talkative log
    Log::init(options);
}

void TestSignInGui::cleanupTestCase()
{
    Log::shutdown();
}

void TestSignInGui::init()
{
    QFile::remove(settingsFile());
}

void TestSignInGui::cleanup()
{
    m_controller.reset();
}

std::unique_ptr<AppController> TestSignInGui::start(AppController::Options options, SecretStore* store)
{
    options.settingsFile = settingsFile();
    options.demoTenant = GuiTestSupport::demoTenant(); // as consentdesk's main() does
    auto controller = std::make_unique<AppController>(options);
    if (store) {
        controller->setSecretStore(store);
    }
    QString error;
    if (!controller->start(&error)) {
        qWarning("start failed: %s", qPrintable(error));
        return nullptr;
    }
    if (!QTest::qWaitForWindowExposed(controller->mainWindow())) {
        return nullptr;
    }
    return controller;
}

void TestSignInGui::demoSignInShowsUserTenantAndRole()
{
    AppController::Options options;
    options.demo = true;
    options.demoUser = GlobalAdmin;
    m_controller = start(options);
    QVERIFY(m_controller);
    MainWindow* window = m_controller->mainWindow();

    QTRY_VERIFY_WITH_TIMEOUT(labelText(window, "statusUser").contains(GlobalAdmin), 20000);
    QVERIFY2(labelText(window, "statusTenant").contains(QStringLiteral("Contoso")),
             qPrintable(labelText(window, "statusTenant")));
    QVERIFY2(labelText(window, "statusRole").contains(QStringLiteral("Global Administrator")),
             qPrintable(labelText(window, "statusRole")));
    QVERIFY(labelText(window, "statusConnection").contains(QStringLiteral("demo tenant")));
    QVERIFY(window->windowTitle().contains(QStringLiteral("Contoso")));

    // The Account page shows the same account and what it may do.
    auto* page = window->findChild<QStackedWidget*>(QStringLiteral("accountPage"));
    QVERIFY(page);
    QCOMPARE(page->currentWidget()->objectName(), QStringLiteral("accountView"));
    QCOMPARE(labelText(window, "accountUpn"), GlobalAdmin);
    QVERIFY(labelText(window, "accountRoles").contains(QStringLiteral("Global Administrator")));
    QVERIFY(labelText(window, "accountStorage").contains(QStringLiteral("session only")));
    auto* capabilities = window->findChild<QTreeWidget*>(QStringLiteral("capabilityList"));
    QVERIFY(capabilities);
    QVERIFY(capabilities->topLevelItemCount() >= 8);
    for (int i = 0; i < capabilities->topLevelItemCount(); ++i) {
        QCOMPARE(capabilities->topLevelItem(i)->text(1), QStringLiteral("Yes")); // a Global Admin may do it all
    }
    // Read-only after sign-in: changes need a second consent.
    QVERIFY(labelText(window, "accountPermissions").contains(QStringLiteral("Read only so far")));
    // After sign-in the admin lands on the Overview; the consent requests are loaded for this account meanwhile.
    QCOMPARE(window->currentViewId(), QStringLiteral("overview"));
    auto* table = window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
    QVERIFY(GuiTestSupport::saveScreenshot(window, QStringLiteral("signed-in-window.png")));
    window->showView(QStringLiteral("account"));
    QVERIFY(GuiTestSupport::saveScreenshot(window, QStringLiteral("signed-in-account.png")));
}

void TestSignInGui::writeConsentAsksFirstThenAllowsChanges()
{
    AppController::Options options;
    options.demo = true;
    options.demoUser = GlobalAdmin;
    m_controller = start(options);
    QVERIFY(m_controller);
    MainWindow* window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
    QTRY_VERIFY(labelText(window, "statusUser").contains(GlobalAdmin));

    window->showView(QStringLiteral("account"));
    auto* allow = window->findChild<QPushButton*>(QStringLiteral("writeConsentButton"));
    QVERIFY(allow);
    QVERIFY(allow->isVisible());
    QTest::mouseClick(allow, Qt::LeftButton);

    // The dialog names each permission and why, before anything is requested.
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("writeConsentDialog"))) != nullptr);
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("writePermissionList"));
    QVERIFY(list);
    QStringList names;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        names << list->topLevelItem(i)->text(0);
        QVERIFY(!list->topLevelItem(i)->text(1).isEmpty());
    }
    QVERIFY2(names.contains(QStringLiteral("DelegatedPermissionGrant.ReadWrite.All")), qPrintable(names.join(',')));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(50); // the wrapped "why" column fits its rows once the dialog has its size
    // Every reason is shown whole: its row is at least as tall as its wrapped text.
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        const QRect wrapped = list->fontMetrics().boundingRect(
            QRect(0, 0, list->columnWidth(1) - 8, 10000), Qt::TextWordWrap, item->text(1));
        QVERIFY2(list->visualItemRect(item).height() >= wrapped.height(), qPrintable(item->text(1)));
        QVERIFY(list->visualItemRect(item).height() <= wrapped.height() + list->fontMetrics().height());
    }
    QVERIFY(GuiTestSupport::saveScreenshot(dialog, QStringLiteral("write-consent-dialog.png")));
    QVERIFY(!m_controller->signInManager()->hasWriteConsent());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->hasWriteConsent(), 20000);
    QTRY_VERIFY(labelText(window, "accountPermissions").contains(QStringLiteral("Changes are allowed")));
    QVERIFY(!allow->isVisible());
}

void TestSignInGui::signOutReturnsToSignIn()
{
    AppController::Options options;
    options.demo = true;
    options.demoUser = GlobalAdmin;
    m_controller = start(options);
    QVERIFY(m_controller);
    MainWindow* window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(labelText(window, "statusUser").contains(GlobalAdmin), 20000);

    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QVERIFY(!m_controller->signInManager()->isSignedIn());
    QCOMPARE(labelText(window, "statusConnection"), QStringLiteral("You are signed out."));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("statusUser"))->isHidden());
    auto* page = window->findChild<QStackedWidget*>(QStringLiteral("accountPage"));
    QCOMPARE(page->currentWidget()->objectName(), QStringLiteral("signInView"));
    QVERIFY(!window->windowTitle().contains(QStringLiteral("Contoso")));
    // Nothing of the session is left to call Graph with.
    QVERIFY(!m_controller->signInManager()->account().isValid());
}

void TestSignInGui::globalReaderSeesWhatTheyCannotDo()
{
    AppController::Options options;
    options.demo = true;
    options.demoUser = GlobalReader;
    m_controller = start(options);
    QVERIFY(m_controller);
    MainWindow* window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(labelText(window, "statusUser").contains(GlobalReader), 20000);
    QVERIFY2(labelText(window, "statusRole").contains(QStringLiteral("Global Reader")),
             qPrintable(labelText(window, "statusRole")));

    auto* capabilities = window->findChild<QTreeWidget*>(QStringLiteral("capabilityList"));
    QVERIFY(capabilities);
    bool sawRead = false;
    bool sawRefusedGrant = false;
    for (int i = 0; i < capabilities->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = capabilities->topLevelItem(i);
        const QString kind = item->data(0, Qt::UserRole).toString();
        if (kind == QStringLiteral("read-requests")) {
            sawRead = item->text(1) == QStringLiteral("Yes");
        }
        if (kind == QStringLiteral("grant-delegated")) {
            // Not allowed, and the reason names a role that would allow it.
            sawRefusedGrant
                = item->text(1) != QStringLiteral("Yes") && item->text(1).contains(QStringLiteral("Administrator"));
        }
    }
    QVERIFY(sawRead);
    QVERIFY(sawRefusedGrant);
    const QString tooltip = window->findChild<QLabel*>(QStringLiteral("statusRole"))->toolTip();
    QVERIFY2(tooltip.contains(QStringLiteral("✗")), qPrintable(tooltip));
    QVERIFY(GuiTestSupport::saveScreenshot(window, QStringLiteral("signed-in-global-reader.png")));
}

void TestSignInGui::demoSignInThatCannotCompleteExplainsWhy()
{
    AppController::Options options;
    options.demo = true;
    options.demoUser = QStringLiteral("nobody@contoso.com");
    m_controller = start(options);
    QVERIFY(m_controller);
    MainWindow* window = m_controller->mainWindow();
    auto* problem = window->findChild<QWidget*>(QStringLiteral("signInProblem"));
    QVERIFY(problem);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
    QVERIFY(labelText(window, "signInProblemTitle").contains(QStringLiteral("nobody@contoso.com")));
    QVERIFY(!labelText(window, "signInProblemNextStep").isEmpty());
    QVERIFY(!m_controller->signInManager()->isSignedIn());
    QCOMPARE(m_controller->signInManager()->state(), SignInManager::State::SignedOut);
}

void TestSignInGui::demoPageBeforeSignIn()
{
    // --demo without a user: the admin picks the demo profile and signs in through the browser.
    AppController::Options options;
    options.demo = true;
    m_controller = start(options);
    QVERIFY(m_controller);
    MainWindow* window = m_controller->mainWindow();
    QUrl opened;
    m_controller->signInManager()->setInteractiveDriver([&opened](const QUrl& url) { opened = url; });
    // start() began the sign-in before the test could watch the URL: cancel and press the button as a person would.
    m_controller->signInManager()->cancel();
    auto* signIn = window->findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(signIn);
    QTRY_VERIFY(signIn->isEnabled());
    QVERIFY(labelText(window, "profileDetail").contains(QStringLiteral("sample tenant")));
    QVERIFY(GuiTestSupport::saveScreenshot(window, QStringLiteral("sign-in-page.png")));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY(opened.isValid());
    QCOMPARE(opened.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(opened.path().endsWith(QStringLiteral("/oauth2/v2.0/authorize")));
    // While the browser is open: a way to cancel.
    auto* cancel = window->findChild<QPushButton*>(QStringLiteral("cancelSignInButton"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(m_controller->signInManager()->state(), SignInManager::State::SignedOut);
    QTRY_VERIFY(signIn->isEnabled());
}

void TestSignInGui::profileSignInThenSilentSignInAtStartUp()
{
    // A "real" tenant profile (custom URLs at a sandbox on loopback), kept in the (test) keychain.
    SandboxServer server;
    QString error;
    QVERIFY2(server.start(&error) != 0, qPrintable(error));
    const QString clientId = server.store().clients().at(0).toObject().value(QStringLiteral("appId")).toString();
    {
        ProfileStore profiles(settingsFile());
        AuthProfile profile = AuthProfile::forSandbox(server.baseUrl(), server.store().tenantId(), clientId);
        profile.name = QStringLiteral("Contoso (test)");
        profiles.setCurrentId(profiles.save(profile));
        profiles.sync();
    }
    PersistentMemoryStore keychain;
    SandboxBrowserDriver browser(GlobalAdmin);

    m_controller = start({}, &keychain);
    QVERIFY(m_controller);
    MainWindow* window = m_controller->mainWindow();
    m_controller->signInManager()->setInteractiveDriver(browser.interactiveDriver());
    QVERIFY(!m_controller->signInManager()->isSignedIn());
    auto* signIn = window->findChild<QPushButton*>(QStringLiteral("signInButton"));
    QTRY_VERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(window, "statusUser").contains(GlobalAdmin), 20000);
    QCOMPARE(labelText(window, "statusConnection"), QStringLiteral("Signed in"));
    QTRY_VERIFY(labelText(window, "accountStorage").contains(QStringLiteral("system keychain")));
    m_controller.reset();

    // Start again: the stored sign-in is used without a browser.
    {
        ProfileStore profiles(settingsFile());
        QVERIFY(profiles.current());
        QCOMPARE(profiles.current()->lastUser.userPrincipalName, GlobalAdmin);
    }
    bool browserOpened = false;
    m_controller = start({}, &keychain);
    QVERIFY(m_controller);
    m_controller->signInManager()->setInteractiveDriver([&browserOpened](const QUrl&) { browserOpened = true; });
    window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(labelText(window, "statusUser").contains(GlobalAdmin), 20000);
    QVERIFY(!browserOpened);

    // Sign-out forgets the stored sign-in: the next start shows the sign-in page.
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("signOutButton")), Qt::LeftButton);
    m_controller.reset();
    m_controller = start({}, &keychain);
    QVERIFY(m_controller);
    window = m_controller->mainWindow();
    auto* page = window->findChild<QStackedWidget*>(QStringLiteral("accountPage"));
    QTRY_COMPARE(page->currentWidget()->objectName(), QStringLiteral("signInView"));
    QTRY_COMPARE(m_controller->signInManager()->state(), SignInManager::State::SignedOut);
    QVERIFY(!labelText(window, "statusConnection").startsWith(QStringLiteral("Signed in")));
}

void TestSignInGui::lockedKeychainKeepsSessionOnlyAndSaysSo()
{
    SandboxServer server;
    QString error;
    QVERIFY2(server.start(&error) != 0, qPrintable(error));
    const QString clientId = server.store().clients().at(0).toObject().value(QStringLiteral("appId")).toString();
    {
        ProfileStore profiles(settingsFile());
        AuthProfile profile = AuthProfile::forSandbox(server.baseUrl(), server.store().tenantId(), clientId);
        profile.name = QStringLiteral("Contoso (locked keychain)");
        profiles.setCurrentId(profiles.save(profile));
        profiles.sync();
    }
    LockedStore keychain;
    SandboxBrowserDriver browser(GlobalAdmin);
    m_controller = start({}, &keychain);
    QVERIFY(m_controller);
    MainWindow* window = m_controller->mainWindow();
    m_controller->signInManager()->setInteractiveDriver(browser.interactiveDriver());
    auto* signIn = window->findChild<QPushButton*>(QStringLiteral("signInButton"));
    QTRY_VERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(window, "statusUser").contains(GlobalAdmin), 20000);
    // Signed in anyway, and told plainly that it will not be remembered, and why.
    QTRY_VERIFY(window->notice().contains(QStringLiteral("this session only")));
    QVERIFY(window->notice().contains(LockedStore::locked()));
    QTRY_VERIFY(labelText(window, "statusConnection").contains(QStringLiteral("this session only")));
    QVERIFY(m_controller->signInManager()->isSessionOnly());
    QVERIFY(GuiTestSupport::saveScreenshot(window, QStringLiteral("signed-in-session-only.png")));
}

void TestSignInGui::noTokenInLogsOrSettings()
{
    // After the sign-ins above (and one more with a refresh), nothing that looks like a token was written.
    AppController::Options options;
    options.demo = true;
    options.demoUser = GlobalAdmin;
    m_controller = start(options);
    QVERIFY(m_controller);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
    Log::flush();
    const QStringList roots {m_logDir.path(), m_home.path(), QDir::homePath()};
    int files = 0;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            // JWTs start with a base64url JSON header; the sandbox's refresh tokens and codes are long opaque runs.
            QVERIFY2(!content.contains("eyJ0eX") && !content.contains("eyJhbG"), qPrintable(file.fileName()));
            QVERIFY2(!content.contains("refresh_token\":\"") && !content.contains("code_verifier="),
                     qPrintable(file.fileName()));
        }
    }
    QVERIFY(files > 0);
}

QTEST_MAIN(TestSignInGui)
#include "TestSignInGui.moc"
