// When a session ends — the admin signs out, or the sign-in expires — every view of the window lets go of the
// account: no tenant data left on screen, nothing its roles allowed still enabled. The list of views is the
// window's own, so a view added later without a check here fails this test.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "common/ConsoleView.h"
#include "common/ViewStyle.h"
#include "consent/Journal.h"
#include "log/Log.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <functional>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

template<typename T> T* child(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestSessionEndGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signOutResetsEveryView();
    void expiredSessionResetsEveryView();

private:
    void fillEveryView(); // each view shows the account's data, and Activity may restore
    void verifyEveryViewReset(const QString& when);
    void recordRestorableRemoval();

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
};

void TestSessionEndGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
}

void TestSessionEndGui::init()
{
    static int run = 0;
    m_controller = std::make_unique<AppController>(
        GuiTestSupport::demoOptions(m_dir, GlobalAdmin, QStringLiteral("-%1").arg(++run)));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
}

void TestSessionEndGui::cleanup()
{
    m_controller.reset();
}

void TestSessionEndGui::recordRestorableRemoval()
{
    // A removal this admin made earlier in this tenant: Activity offers to restore it while signed in.
    JournalEntry entry;
    entry.tenantId = m_controller->signInManager()->account().tenantId;
    entry.actor = GlobalAdmin;
    entry.action = QStringLiteral("grant.delete");
    entry.summary = QStringLiteral("Remove every delegated permission of Northwind CRM");
    entry.target = {{QStringLiteral("grantId"), QStringLiteral("earlier-grant")}};
    entry.prior = {{QStringLiteral("id"), QStringLiteral("earlier-grant")},
                   {QStringLiteral("clientId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                   {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                   {QStringLiteral("resourceId"), QStringLiteral("00000000-0000-0000-0000-000000000002")},
                   {QStringLiteral("scope"), QStringLiteral("Mail.Read")}};
    entry.request = {{QStringLiteral("method"), QStringLiteral("DELETE")},
                     {QStringLiteral("path"), QStringLiteral("/oauth2PermissionGrants/earlier-grant")}};
    Journal* journal = m_controller->journal();
    QVERIFY(journal->recordIntent(entry));
    QVERIFY(
        journal->recordOutcome(entry.id, JournalEntry::Outcome::Succeeded, 204, {}, {}, QStringLiteral("response")));
}

void TestSessionEndGui::fillEveryView()
{
    auto* requests = child<QTableView>(m_window, "requestTable");
    QTRY_VERIFY_WITH_TIMEOUT(requests->model()->rowCount() > 0, 20000);
    auto* nav = child<QListWidget>(m_window, "navigation");
    const int requestsRow = int(m_window->viewIds().indexOf(QStringLiteral("requests")));
    QTRY_VERIFY(nav->item(requestsRow)->text().contains(QLatin1Char('('))); // "Consent requests (4)"

    // The Overview (the first view after sign-in) drew its charts and lists.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QPushButton*>(QStringLiteral("overviewRiskChartBar0")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(m_window, "overviewMailboxList")->topLevelItemCount() > 0, 30000);
    QTRY_VERIFY(child<QPushButton>(m_window, "refreshOverviewButton")->isEnabled());

    m_window->showView(QStringLiteral("apps"));
    auto* apps = child<QTableView>(m_window, "appTable");
    QTRY_VERIFY_WITH_TIMEOUT(apps->model()->rowCount() > 0, 20000);

    m_window->showView(QStringLiteral("users"));
    child<QLineEdit>(m_window, "userQuery")->setText(QStringLiteral("Priya"));
    QTest::mouseClick(child<QPushButton>(m_window, "findUserButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>(m_window, "userResults")->count() > 0, 20000);

    m_window->showView(QStringLiteral("access"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(m_window, "mailboxApps")->topLevelItemCount() > 0, 20000);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("mailboxes"))); // about the account
    QVERIFY(child<QPushButton>(m_window, "scopeApp")->isEnabled());

    m_window->showView(QStringLiteral("settings"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(m_window, "workflowReviewers")->topLevelItemCount() > 0, 20000);

    m_controller->troubleshoot(QStringLiteral("daniel.osei@contoso.com"), QStringLiteral("Gift Card Rewards Checker"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(m_window, "troubleshootChecks")->topLevelItemCount() > 0, 20000);

    recordRestorableRemoval();
    m_window->showView(QStringLiteral("activity"));
    auto* activity = child<QTableView>(m_window, "activityTable");
    QTRY_VERIFY(activity->model()->rowCount() > 0);
    activity->selectRow(0);
    auto* restore = child<QPushButton>(m_window, "restoreButton");
    QTRY_VERIFY2(restore->isEnabled(), qPrintable(restore->toolTip()));

    QCOMPARE(child<QStackedWidget>(m_window, "accountPage")->currentWidget()->objectName(),
             QStringLiteral("accountView"));
    QVERIFY(child<QLabel>(m_window, "statusUser")->isVisible());
}

void TestSessionEndGui::verifyEveryViewReset(const QString& when)
{
    const QHash<QString, std::function<void()>> checks {
        {QStringLiteral("requests"),
         [this] {
             QCOMPARE(child<QTableView>(m_window, "requestTable")->model()->rowCount(), 0);
             QVERIFY(child<QLabel>(m_window, "requestListMessage")->text().startsWith(QStringLiteral("Sign in")));
             QVERIFY(!child<QPushButton>(m_window, "refreshRequestsButton")->isEnabled());
             const int row = int(m_window->viewIds().indexOf(QStringLiteral("requests")));
             QCOMPARE(child<QListWidget>(m_window, "navigation")->item(row)->text(),
                      QStringLiteral("Consent requests"));
         }},
        {QStringLiteral("overview"),
         [this] {
             // No bar, row or number of the previous account; the charts say to sign in.
             QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("overviewRiskChartBar0")));
             QCOMPARE(child<QTreeWidget>(m_window, "overviewMailboxList")->topLevelItemCount(), 0);
             QCOMPARE(child<QTreeWidget>(m_window, "overviewTenantWideList")->topLevelItemCount(), 0);
             QCOMPARE(child<QTreeWidget>(m_window, "overviewUserConsentList")->topLevelItemCount(), 0);
             QVERIFY(child<QLabel>(m_window, "overviewRiskChartMessage")->text().startsWith(QStringLiteral("Sign in")));
             QVERIFY(child<QLabel>(m_window, "overviewStatus")->text().isEmpty());
             QVERIFY(!child<QPushButton>(m_window, "refreshOverviewButton")->isEnabled());
             QVERIFY(child<QLabel>(m_window, "overviewSnapshotText")->text().startsWith(QStringLiteral("Sign in")));
             QVERIFY(child<QLabel>(m_window, "overviewHistoryNote")->text().startsWith(QStringLiteral("Sign in")));
             QVERIFY(child<QWidget>(m_window, "overviewSnapshotChanges")->isHidden());
         }},
        {QStringLiteral("apps"),
         [this] {
             QCOMPARE(child<QTableView>(m_window, "appTable")->model()->rowCount(), 0);
             QVERIFY(!child<QPushButton>(m_window, "refreshAppsButton")->isEnabled());
         }},
        {QStringLiteral("users"),
         [this] {
             QCOMPARE(child<QListWidget>(m_window, "userResults")->count(), 0);
             QVERIFY(!child<QPushButton>(m_window, "findUserButton")->isEnabled());
             QVERIFY(!child<QLineEdit>(m_window, "userQuery")->isEnabled());
         }},
        {QStringLiteral("access"),
         [this] {
             QCOMPARE(child<QTreeWidget>(m_window, "mailboxApps")->topLevelItemCount(), 0);
             QVERIFY(child<QLabel>(m_window, "accessPlaceholder")->text().startsWith(QStringLiteral("Sign in")));
             QVERIFY(!child<QPushButton>(m_window, "scopeApp")->isEnabled());
             QVERIFY(!child<QPushButton>(m_window, "refreshAccess")->isEnabled());
         }},
        {QStringLiteral("activity"),
         [this] {
             // The journal stays readable; nothing in it can be restored without a session.
             auto* restore = child<QPushButton>(m_window, "restoreButton");
             QVERIFY(child<QTableView>(m_window, "activityTable")->selectionModel()->hasSelection());
             QVERIFY(!restore->isEnabled());
             QCOMPARE(restore->toolTip(), ViewStyle::plainToolTip(QStringLiteral("Sign in to restore.")));
         }},
        {QStringLiteral("account"),
         [this] {
             QCOMPARE(child<QStackedWidget>(m_window, "accountPage")->currentWidget()->objectName(),
                      QStringLiteral("signInView"));
         }},
        {QStringLiteral("settings"),
         [this] {
             QCOMPARE(child<QTreeWidget>(m_window, "workflowReviewers")->topLevelItemCount(), 0);
             QCOMPARE(child<QTreeWidget>(m_window, "lowImpactPermissions")->topLevelItemCount(), 0);
             QVERIFY(child<QLabel>(m_window, "userConsentSetting")->text().isEmpty());
             QVERIFY(child<QLabel>(m_window, "settingsStatus")->text().startsWith(QStringLiteral("Sign in")));
             QVERIFY(!child<QPushButton>(m_window, "refreshSettingsButton")->isEnabled());
         }},
        {QStringLiteral("troubleshoot"),
         [this] {
             QVERIFY(child<QLineEdit>(m_window, "troubleshootUser")->text().isEmpty());
             QVERIFY(child<QLineEdit>(m_window, "troubleshootApp")->text().isEmpty());
             QVERIFY(!child<QLineEdit>(m_window, "troubleshootUser")->isEnabled());
             QCOMPARE(child<QTreeWidget>(m_window, "troubleshootChecks")->topLevelItemCount(), 0);
             QVERIFY(child<QLabel>(m_window, "troubleshootStatus")->text().startsWith(QStringLiteral("Sign in")));
             QVERIFY(!child<QPushButton>(m_window, "runTroubleshootButton")->isEnabled());
         }},
        {QStringLiteral("diagnostics"), [] {}}, // versions, logs, keychain, counters: nothing of an account
    };
    for (const QString& id : m_window->viewIds()) {
        QVERIFY2(checks.contains(id), qPrintable(QStringLiteral("no check for the view \"%1\"").arg(id)));
        checks.value(id)();
        if (QTest::currentTestFailed()) {
            qWarning("%s: the view \"%s\" kept the session", qPrintable(when), qPrintable(id));
            return;
        }
    }
    QVERIFY(child<QLabel>(m_window, "statusUser")->isHidden());
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("Contoso")));
    // Nothing the views said about the account stays in the status bar; it says how the session ended.
    QVERIFY2(m_window->statusBar()->currentMessage().isEmpty(), qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(child<QLabel>(m_window, "statusConnection")->isVisible());
    QVERIFY(!m_controller->sessionState());
}

void TestSessionEndGui::signOutResetsEveryView()
{
    fillEveryView();
    m_window->showView(QStringLiteral("account"));
    QTest::mouseClick(child<QPushButton>(m_window, "signOutButton"), Qt::LeftButton);
    QVERIFY(!m_controller->signInManager()->isSignedIn());
    verifyEveryViewReset(QStringLiteral("after sign-out"));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("signed-out-activity.png"));
}

void TestSessionEndGui::expiredSessionResetsEveryView()
{
    fillEveryView();
    // The tenant forgets the sign-in (as after an administrator revoked the user's sessions); the next token the
    // app asks for needs a refresh, which the identity platform refuses: the session has expired.
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.post(
        QNetworkRequest(
            GuiTestSupport::demoSandbox(*m_controller)->baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/reset")))),
        QByteArray());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
    m_controller->signInManager()->setRefreshMargin(24 * 3600);
    m_window->showView(QStringLiteral("requests"));
    QTest::mouseClick(child<QPushButton>(m_window, "refreshRequestsButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->state() == SignInManager::State::Error, 20000);
    QVERIFY(child<QWidget>(m_window, "signInProblem")->isVisible()); // the Account page says what happened
    m_window->showView(QStringLiteral("activity"));
    verifyEveryViewReset(QStringLiteral("after the session expired"));
}

QTEST_MAIN(TestSessionEndGui)
#include "TestSessionEndGui.moc"
