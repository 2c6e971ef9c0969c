// The Troubleshoot view on the demo tenant, clicked as an admin would: from Ethan Brooks's request for Tailspin
// Projects (assigned only through a nested group: AADSTS50105) to the failing check, its fix previewed and applied
// through the pipeline, and the check passing; from an app and from a user with that one filled in; a Global Reader's
// fix button disabled with the reason.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "apps/AppDetailPane.h"
#include "apps/AppListModel.h"
#include "apps/AppsView.h"
#include "auth/SignInManager.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestTableModel.h"
#include "requests/RequestsView.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "settings/ConsentSettingsView.h"
#include "troubleshoot/TroubleshootView.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

const QString kReviewer = QStringLiteral("marcus.lindqvist@contoso.com"); // Cloud Application Administrator
const QString kReader = QStringLiteral("kwame.mensah@contoso.com"); // Global Reader
const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kEthan = QStringLiteral("93e8ef79-98f0-43d6-bc5c-1073f7768bc1");
const QString kTailspinSp = QStringLiteral("d229298e-e3a2-41b7-9d68-084ac8a12f24");

template<typename T> T* child(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

// The checklist's rows as "check title → result".
QHash<QString, QString> results(QTreeWidget* checks)
{
    QHash<QString, QString> out;
    for (int i = 0; i < checks->topLevelItemCount(); ++i) {
        out.insert(checks->topLevelItem(i)->text(1), checks->topLevelItem(i)->text(0));
    }
    return out;
}

} // namespace

class TestTroubleshootGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fromARequestFixedThroughThePipeline();
    void fromAnAppAndFromAUser();
    void readerSeesWhyTheFixIsDisabled();
    void noReviewerCanApproveLeadsToTheReviewers();

private:
    void start(const QString& upn);
    bool waitForRun(TroubleshootView* view);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
};

void TestTroubleshootGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
}

void TestTroubleshootGui::cleanup()
{
    m_controller.reset();
}

void TestTroubleshootGui::start(const QString& upn)
{
    static int run = 0;
    m_controller
        = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, upn, QStringLiteral("-%1").arg(++run)));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
}

bool TestTroubleshootGui::waitForRun(TroubleshootView* view)
{
    return GuiTestSupport::waitUntil([view] { return !view->isRunning() && !view->report().checks.isEmpty(); }, 30000);
}

void TestTroubleshootGui::fromARequestFixedThroughThePipeline()
{
    start(kReviewer);
    m_window->showView(QStringLiteral("requests")); // the Overview is the first view after sign-in
    RequestsView* requests = m_controller->requestsView();
    QVERIFY(GuiTestSupport::waitUntil([requests] { return requests->model()->rowCount() > 0; }));
    auto* table = child<QAbstractItemView>(m_window, "requestTable");
    bool clicked = false;
    for (int row = 0; row < table->model()->rowCount() && !clicked; ++row) {
        const QModelIndex index = table->model()->index(row, RequestTableModel::App);
        if (index.data().toString() == QLatin1String("Tailspin Projects")) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            clicked = true;
        }
    }
    QVERIFY(clicked);
    QVERIFY(GuiTestSupport::waitUntil([requests] {
        return requests->detail()->hasReview()
               && requests->detail()->review().request.appDisplayName == QLatin1String("Tailspin Projects");
    }));

    // "Troubleshoot…" on the request: the newest requester (Ethan) and the app, filled in and run.
    QTest::mouseClick(child<QPushButton>(m_window, "troubleshootRequestButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentViewId(), QStringLiteral("troubleshoot"));
    auto* view = m_controller->troubleshootView();
    QCOMPARE(child<QLineEdit>(m_window, "troubleshootUser")->text(), QStringLiteral("ethan.brooks@contoso.com"));
    QCOMPARE(child<QLineEdit>(m_window, "troubleshootApp")->text(),
             QStringLiteral("a9dcf210-df3e-43c0-af84-884c95c5944a"));
    QVERIFY(waitForRun(view));
    auto* checks = child<QTreeWidget>(m_window, "troubleshootChecks");
    QCOMPARE(checks->topLevelItemCount(), 8);
    auto rows = results(checks);
    QCOMPARE(rows.value(QStringLiteral("Does the app require assignment?")), QStringLiteral("Fail"));
    QCOMPARE(rows.value(QStringLiteral("May the user consent to these permissions?")), QStringLiteral("Fail"));
    QCOMPARE(rows.value(QStringLiteral("Is the app blocked?")), QStringLiteral("Pass"));
    // A Cloud Application Administrator may not read conditional access: the check says so, and which roles may.
    QCOMPARE(rows.value(QStringLiteral("Which conditional access policies apply?")), QStringLiteral("Warning"));
    QVERIFY(view->report().check(QStringLiteral("conditional-access"))->fix.contains(QLatin1String("Security Reader")));
    QVERIFY(child<QLabel>(m_window, "troubleshootStatus")
                ->text()
                .contains(QLatin1String("Ethan Brooks and Tailspin Projects")));
    // The first failing check is selected, with what to do and the button that does it.
    QCOMPARE(checks->currentItem()->text(1), QStringLiteral("Does the app require assignment?"));
    QVERIFY(checks->currentItem()->text(2).contains(QLatin1String("AADSTS50105")));
    QVERIFY(child<QLabel>(m_window, "troubleshootFix")->text().contains(QLatin1String("Assign Ethan Brooks")));
    auto* fix = child<QPushButton>(m_window, "troubleshootFixButton");
    QVERIFY(fix->isVisible());
    QVERIFY(fix->isEnabled());
    QCOMPARE(fix->text(), QStringLiteral("Assign the user…"));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("troubleshoot-from-request.png"));

    // The fix goes through the pipeline: a preview (nothing sent before Apply), then the results.
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    auto assigned = [&store] {
        for (const auto& a : store.assignmentsByPrincipal(kEthan)) {
            if (a.value(QStringLiteral("resourceId")).toString() == kTailspinSp) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(!assigned());
    QSignalSpy rerun(view, &TroubleshootView::finished);
    QTest::mouseClick(fix, Qt::LeftButton);
    auto* preview = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    auto* operations = preview->findChild<QTreeWidget*>(QStringLiteral("planOperations"));
    QCOMPARE(operations->topLevelItemCount(), 1);
    QVERIFY2(operations->topLevelItem(0)->text(1).contains(QLatin1String("Assign Ethan Brooks")),
             qPrintable(operations->topLevelItem(0)->text(1)));
    GuiTestSupport::saveScreenshot(preview, QStringLiteral("troubleshoot-fix-preview.png"));
    QVERIFY(!assigned());
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    if (auto* consent = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"), 3000)) {
        QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    }
    auto* done = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"));
    QVERIFY(done);
    done->close();
    QTRY_VERIFY(assigned());
    // The checks ran again: assignment passes now.
    QVERIFY(rerun.wait(30000) || rerun.count() > 0);
    QVERIFY(waitForRun(view));
    rows = results(checks);
    QCOMPARE(rows.value(QStringLiteral("Does the app require assignment?")), QStringLiteral("Pass"));
    // Still "Approval required": the next failing check is selected, and its fix grants admin consent.
    QCOMPARE(checks->currentItem()->text(1), QStringLiteral("May the user consent to these permissions?"));
    QCOMPARE(fix->text(), QStringLiteral("Grant admin consent…"));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("troubleshoot-after-fix.png"));
}

void TestTroubleshootGui::fromAnAppAndFromAUser()
{
    start(kAdmin);
    // Apps and permissions: the app filled in, the user asked for.
    m_window->showView(QStringLiteral("apps"));
    AppsView* apps = m_controller->appsView();
    QVERIFY(GuiTestSupport::waitUntil([apps] { return !apps->isLoading() && apps->model()->rowCount() > 0; }, 30000));
    apps->selectApp(QStringLiteral("9154eb9d-a1e6-48e7-b1bc-2fb27539a9ab")); // Gift Card Rewards Checker
    QVERIFY(GuiTestSupport::waitUntil([apps] { return apps->detail()->hasInventory(); }, 30000));
    QTest::mouseClick(child<QPushButton>(m_window, "troubleshootAppButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentViewId(), QStringLiteral("troubleshoot"));
    auto* user = child<QLineEdit>(m_window, "troubleshootUser");
    QCOMPARE(child<QLineEdit>(m_window, "troubleshootApp")->text(),
             QStringLiteral("9154eb9d-a1e6-48e7-b1bc-2fb27539a9ab"));
    QVERIFY(user->text().isEmpty());
    QTRY_VERIFY(user->hasFocus());
    QVERIFY(child<QLabel>(m_window, "troubleshootStatus")->text().startsWith(QLatin1String("Name the user")));
    QVERIFY(!child<QPushButton>(m_window, "runTroubleshootButton")->isEnabled());
    // Typed, then Enter: the disabled app fails.
    QTest::keyClicks(user, QStringLiteral("daniel.osei@contoso.com"));
    QTest::keyClick(user, Qt::Key_Return);
    auto* view = m_controller->troubleshootView();
    QVERIFY(waitForRun(view));
    QCOMPARE(results(child<QTreeWidget>(m_window, "troubleshootChecks")).value(QStringLiteral("Is the app blocked?")),
             QStringLiteral("Fail"));
    QCOMPARE(child<QPushButton>(m_window, "troubleshootFixButton")->text(), QStringLiteral("Enable the app…"));

    // Users: the user filled in, the app asked for.
    m_window->showView(QStringLiteral("users"));
    child<QLineEdit>(m_window, "userQuery")->setText(QStringLiteral("Chloé"));
    QTest::mouseClick(child<QPushButton>(m_window, "findUserButton"), Qt::LeftButton);
    auto* found = child<QListWidget>(m_window, "userResults");
    QTRY_VERIFY_WITH_TIMEOUT(found->count() > 0, 20000);
    found->setCurrentRow(0);
    auto* fromUser = child<QPushButton>(m_window, "troubleshootUserButton");
    QTRY_VERIFY_WITH_TIMEOUT(fromUser->isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_window, "userTitle")->text().contains(QLatin1String("chloe.dubois")),
                             20000);
    QTest::mouseClick(fromUser, Qt::LeftButton);
    QCOMPARE(m_window->currentViewId(), QStringLiteral("troubleshoot"));
    QCOMPARE(user->text(), QStringLiteral("chloe.dubois@contoso.com"));
    auto* app = child<QLineEdit>(m_window, "troubleshootApp");
    QVERIFY(app->text().isEmpty());
    QTRY_VERIFY(app->hasFocus());
    QTest::keyClicks(app, QStringLiteral("Litware Outreach"));
    QTest::mouseClick(child<QPushButton>(m_window, "runTroubleshootButton"), Qt::LeftButton);
    QVERIFY(waitForRun(view));
    auto* checks = child<QTreeWidget>(m_window, "troubleshootChecks");
    QCOMPARE(results(checks).value(QStringLiteral("Which conditional access policies apply?")), QStringLiteral("Fail"));
    // Conditional access is only read: no fix button, the admin center named instead.
    for (int i = 0; i < checks->topLevelItemCount(); ++i) {
        if (checks->topLevelItem(i)->text(1) == QLatin1String("Which conditional access policies apply?")) {
            checks->setCurrentItem(checks->topLevelItem(i));
        }
    }
    QVERIFY(checks->currentItem()->text(2).contains(QLatin1String("CA005")));
    QVERIFY(!child<QPushButton>(m_window, "troubleshootFixButton")->isVisible());
    QVERIFY(child<QLabel>(m_window, "troubleshootFix")->text().contains(QLatin1String("Microsoft Entra admin center")));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("troubleshoot-conditional-access.png"));

    // The permissions the consent screen asks for, typed when no request says it: Northwind CRM holds Mail.Read
    // for everyone, not Mail.Send.
    m_controller->troubleshoot(QStringLiteral("jamal.carter@contoso.com"), QStringLiteral("Northwind CRM"));
    QVERIFY(waitForRun(view));
    QCOMPARE(
        results(checks).value(QStringLiteral("Is there a grant, and is the user prompted for more than it holds?")),
        QStringLiteral("Pass"));
    auto* scopes = child<QLineEdit>(m_window, "troubleshootScopes");
    QTest::keyClicks(scopes, QStringLiteral("Mail.Read, Mail.Send"));
    QTest::keyClick(scopes, Qt::Key_Return);
    QVERIFY(waitForRun(view));
    QCOMPARE(
        results(checks).value(QStringLiteral("Is there a grant, and is the user prompted for more than it holds?")),
        QStringLiteral("Warning"));
    QVERIFY(view->report().check(QStringLiteral("grant"))->evidence.contains(QLatin1String("prompted for Mail.Send,")));
}

void TestTroubleshootGui::readerSeesWhyTheFixIsDisabled()
{
    start(kReader);
    m_controller->troubleshoot(QStringLiteral("daniel.osei@contoso.com"), QStringLiteral("Gift Card Rewards Checker"));
    auto* view = m_controller->troubleshootView();
    QVERIFY(waitForRun(view));
    auto* checks = child<QTreeWidget>(m_window, "troubleshootChecks");
    QCOMPARE(checks->currentItem()->text(1), QStringLiteral("Is the app blocked?"));
    auto* fix = child<QPushButton>(m_window, "troubleshootFixButton");
    QVERIFY(fix->isVisible());
    QVERIFY(!fix->isEnabled());
    const QString why = child<QLabel>(m_window, "troubleshootFixReason")->text();
    QVERIFY2(!why.isEmpty(), "no reason for the disabled fix");
    QVERIFY(fix->toolTip().contains(QLatin1String("Global Reader")) || why.contains(QLatin1String("Global Reader")));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("troubleshoot-reader.png"));
}

void TestTroubleshootGui::noReviewerCanApproveLeadsToTheReviewers()
{
    start(kAdmin);
    // The workflow is on and its only reviewer, Peter Vance, is disabled: nobody receives the requests.
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    const QString peter
        = store.userByIdOrUpn(QStringLiteral("peter.vance@contoso.com"))->value(QStringLiteral("id")).toString();
    QJsonObject policy = store.policy(QStringLiteral("adminConsentRequestPolicy"));
    policy.insert(QStringLiteral("isEnabled"), true);
    policy.insert(QStringLiteral("reviewers"),
                  QJsonArray {QJsonObject {{QStringLiteral("query"), QString(QStringLiteral("/users/") + peter)},
                                           {QStringLiteral("queryType"), QStringLiteral("MicrosoftGraph")},
                                           {QStringLiteral("queryRoot"), QJsonValue(QJsonValue::Null)}}});
    policy.insert(QStringLiteral("version"), policy.value(QStringLiteral("version")).toInt() + 1);
    store.setPolicy(QStringLiteral("adminConsentRequestPolicy"), policy);

    m_controller->troubleshoot(QStringLiteral("chloe.dubois@contoso.com"), QStringLiteral("Litware Outreach"));
    auto* view = m_controller->troubleshootView();
    QVERIFY(waitForRun(view));
    auto* checks = child<QTreeWidget>(m_window, "troubleshootChecks");
    const QString title = QStringLiteral("Can the user request approval, and who reviews?");
    QCOMPARE(results(checks).value(title), QStringLiteral("Fail"));
    for (int i = 0; i < checks->topLevelItemCount(); ++i) {
        if (checks->topLevelItem(i)->text(1) == title) {
            checks->setCurrentItem(checks->topLevelItem(i));
        }
    }
    auto* fix = child<QPushButton>(m_window, "troubleshootFixButton");
    QVERIFY(fix->isVisible());
    QTRY_VERIFY(fix->isEnabled());
    QCOMPARE(fix->text(), QStringLiteral("Edit the reviewers…"));
    QVERIFY(child<QLabel>(m_window, "troubleshootFix")->text().contains(QLatin1String("role:Cloud Application")));
    QTest::mouseClick(fix, Qt::LeftButton);

    // Consent settings, with the reviewer who cannot approve selected and the warning shown; nothing was changed.
    QCOMPARE(m_window->currentViewId(), QStringLiteral("settings"));
    auto* reviewers = child<QTreeWidget>(m_window, "workflowReviewers");
    QTRY_VERIFY_WITH_TIMEOUT(reviewers->currentItem() != nullptr, 20000);
    QCOMPARE(reviewers->currentItem()->text(0), QStringLiteral("Peter Vance"));
    QVERIFY(reviewers->currentItem()->isSelected());
    QCOMPARE(reviewers->currentItem()->text(2), QStringLiteral("No"));
    QVERIFY(child<QLabel>(m_window, "workflowWarning")->isVisible());
    QVERIFY(child<QPushButton>(m_window, "removeReviewerButton")->isEnabled());
    QCOMPARE(store.policy(QStringLiteral("adminConsentRequestPolicy")), policy);
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("troubleshoot-reviewers-fix.png"));
}

QTEST_MAIN(TestTroubleshootGui)
#include "TestTroubleshootGui.moc"
