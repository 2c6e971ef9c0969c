// The Consent settings view on the demo tenant, as an admin sees it: the workflow's reviewers and who among them can
// approve (the disabled reviewer says so), user consent in the admin center's words, the low-impact permissions;
// an account without a role that may read policies sees the reason instead of empty lists.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "settings/ConsentSettingsView.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

template<typename T> T* child(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestConsentSettingsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void showsTheTenantsSettings();
    void warnsWhenNobodyCanApprove();
    void helpdeskSeesWhyNot();

private:
    void start(const QString& upn);
    ConsentSettingsView* openView();

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
};

void TestConsentSettingsGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
}

void TestConsentSettingsGui::cleanup()
{
    m_controller.reset();
}

void TestConsentSettingsGui::start(const QString& upn)
{
    static int run = 0;
    m_controller
        = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, upn, QStringLiteral("-%1").arg(++run)));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
}

ConsentSettingsView* TestConsentSettingsGui::openView()
{
    auto* view = m_window->findChild<ConsentSettingsView*>();
    if (!view) {
        return nullptr;
    }
    m_window->showView(view->viewId());
    // The view read the settings when the session started; read again and wait for that answer.
    auto* refresh = child<QPushButton>(m_window, "refreshSettingsButton");
    if (!GuiTestSupport::waitUntil([refresh] { return refresh->isEnabled(); })) { // the first read is done
        return nullptr;
    }
    QSignalSpy loaded(view, &ConsentSettingsView::loaded);
    QTest::mouseClick(refresh, Qt::LeftButton);
    if (!loaded.wait(20000)) {
        return nullptr;
    }
    return view;
}

void TestConsentSettingsGui::showsTheTenantsSettings()
{
    start(QStringLiteral("adaeze.okafor@contoso.com"));
    auto* view = openView();
    QVERIFY(view);
    auto* reviewers = child<QTreeWidget>(m_window, "workflowReviewers");
    QCOMPARE(reviewers->topLevelItemCount(), 5);
    QHash<QString, QTreeWidgetItem*> byName;
    for (int i = 0; i < reviewers->topLevelItemCount(); ++i) {
        byName.insert(reviewers->topLevelItem(i)->text(0), reviewers->topLevelItem(i));
    }
    QVERIFY(byName.contains(QStringLiteral("Marcus Lindqvist")));
    QCOMPARE(byName.value(QStringLiteral("Marcus Lindqvist"))->text(2), QStringLiteral("Yes"));
    QCOMPARE(byName.value(QStringLiteral("Peter Vance"))->text(2), QStringLiteral("No"));
    QCOMPARE(byName.value(QStringLiteral("Peter Vance"))->text(3), QStringLiteral("The account is disabled."));
    QCOMPARE(byName.value(QStringLiteral("Cloud Application Administrator"))->text(1), QStringLiteral("Role"));
    QCOMPARE(byName.value(QStringLiteral("Consent Reviewers"))->text(1), QStringLiteral("Group"));
    QVERIFY(
        child<QLabel>(m_window, "workflowState")->text().contains(QStringLiteral("Users can request admin consent")));
    QVERIFY(child<QLabel>(m_window, "workflowState")->text().contains(QStringLiteral("30 days")));
    QVERIFY(child<QLabel>(m_window, "workflowWarning")->isHidden());

    QVERIFY(child<QLabel>(m_window, "userConsentSetting")
                ->text()
                .startsWith(
                    QStringLiteral("Allow user consent for apps from verified publishers, for selected permissions")));
    auto* policies = child<QTreeWidget>(m_window, "userConsentPolicies");
    QCOMPARE(policies->topLevelItemCount(), 1);
    QCOMPARE(policies->topLevelItem(0)->childCount(), 2);
    QVERIFY(policies->topLevelItem(0)->child(1)->text(1).contains(QStringLiteral("verified publishers only")));
    auto* low = child<QTreeWidget>(m_window, "lowImpactPermissions");
    QCOMPARE(low->topLevelItemCount(), 5);
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("consent-settings.png"));
}

void TestConsentSettingsGui::warnsWhenNobodyCanApprove()
{
    start(QStringLiteral("adaeze.okafor@contoso.com"));
    // Only the disabled reviewer is left: requests would reach nobody who can act.
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    QJsonObject policy = store.policy(QStringLiteral("adminConsentRequestPolicy"));
    QJsonArray reviewers;
    for (const auto& r : policy.value(QStringLiteral("reviewers")).toArray()) {
        if (r.toObject().value(QStringLiteral("query")).toString().contains(QLatin1String("6dc11611"))) {
            reviewers.append(r);
        }
    }
    QCOMPARE(reviewers.size(), 1);
    policy.insert(QStringLiteral("reviewers"), reviewers);
    store.setPolicy(QStringLiteral("adminConsentRequestPolicy"), policy);
    QVERIFY(openView());
    auto* warning = child<QLabel>(m_window, "workflowWarning");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("no reviewer can approve")));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("consent-settings-nobody-can-approve.png"));
}

void TestConsentSettingsGui::helpdeskSeesWhyNot()
{
    // A Helpdesk Administrator may not read the workflow policy: the reason, not an empty list.
    start(QStringLiteral("ines.duarte@contoso.com"));
    QVERIFY(openView());
    QVERIFY(child<QLabel>(m_window, "workflowState")->text().contains(QStringLiteral("Global Reader")));
    QCOMPARE(child<QTreeWidget>(m_window, "workflowReviewers")->topLevelItemCount(), 0);
    QVERIFY(child<QLabel>(m_window, "settingsStatus")->isVisible());
}

QTEST_MAIN(TestConsentSettingsGui)
#include "TestConsentSettingsGui.moc"
