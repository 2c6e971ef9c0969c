// The Consent settings view on the demo tenant, as an admin sees it: the workflow's reviewers and who among them can
// approve (the disabled reviewer says so), user consent in the admin center's words, the low-impact permissions;
// an account without a role that may read policies sees the reason instead of empty lists.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "activity/ActivityModel.h"
#include "auth/SignInManager.h"
#include "consent/Journal.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "settings/ConsentSettingsView.h"

#include <QCheckBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
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
    void editReviewersThenUndoFromActivity();

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
    QVERIFY(child<QCheckBox>(m_window, "workflowEnabled")->isChecked());
    QCOMPARE(child<QSpinBox>(m_window, "workflowDuration")->value(), 30);
    QVERIFY(child<QLabel>(m_window, "workflowState")->text().contains(QStringLiteral("30 days")));
    QVERIFY(child<QLabel>(m_window, "workflowWarning")->isHidden());

    auto* low = child<QRadioButton>(m_window, "userConsent_low");
    QVERIFY(low->isChecked());
    QCOMPARE(low->text(),
             QStringLiteral("Allow user consent for apps from verified publishers, for selected permissions"));
    QVERIFY(low->isEnabled()); // a Global Administrator may change it
    QVERIFY(child<QLabel>(m_window, "userConsentSetting")->text().contains(QStringLiteral("owners may consent")));
    auto* policies = child<QTreeWidget>(m_window, "userConsentPolicies");
    QCOMPARE(policies->topLevelItemCount(), 1);
    QCOMPARE(policies->topLevelItem(0)->childCount(), 2);
    QVERIFY(policies->topLevelItem(0)->child(1)->text(1).contains(QStringLiteral("verified publishers only")));
    QCOMPARE(child<QTreeWidget>(m_window, "lowImpactPermissions")->topLevelItemCount(), 5);
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
    // Nothing the role does not allow is offered; the reason is written where the controls are.
    QVERIFY(!child<QPushButton>(m_window, "addReviewerButton")->isEnabled());
    QVERIFY(!child<QRadioButton>(m_window, "userConsent_none")->isEnabled());
    QVERIFY(!child<QPushButton>(m_window, "classifyButton")->isEnabled());
    QVERIFY(child<QLabel>(m_window, "userConsentReadOnlyReason")->isVisible());
    QVERIFY(child<QLabel>(m_window, "userConsentReadOnlyReason")->text().contains(QStringLiteral("Privileged Role")));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("consent-settings-helpdesk.png"));
}

void TestConsentSettingsGui::editReviewersThenUndoFromActivity()
{
    start(QStringLiteral("adaeze.okafor@contoso.com"));
    QVERIFY(openView());
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    const QJsonObject before = store.policy(QStringLiteral("adminConsentRequestPolicy"));
    const QString priya
        = store.userByIdOrUpn(QStringLiteral("priya.raman@contoso.com"))->value(QStringLiteral("id")).toString();
    auto queries = [&store] {
        QStringList list;
        for (const auto& r :
             store.policy(QStringLiteral("adminConsentRequestPolicy")).value(QStringLiteral("reviewers")).toArray()) {
            list << r.toObject().value(QStringLiteral("query")).toString();
        }
        return list;
    };
    auto* reviewers = child<QTreeWidget>(m_window, "workflowReviewers");
    auto* save = child<QPushButton>(m_window, "saveWorkflowButton");
    QVERIFY(!save->isEnabled()); // nothing changed yet

    // Remove the disabled reviewer.
    int peter = -1;
    for (int i = 0; i < reviewers->topLevelItemCount(); ++i) {
        if (reviewers->topLevelItem(i)->text(0) == QLatin1String("Peter Vance")) {
            peter = i;
        }
    }
    QVERIFY(peter >= 0);
    reviewers->setCurrentItem(reviewers->topLevelItem(peter));
    QTest::mouseClick(child<QPushButton>(m_window, "removeReviewerButton"), Qt::LeftButton);
    QCOMPARE(reviewers->topLevelItemCount(), 4);
    QVERIFY(save->isEnabled());

    // Add Priya Raman through the picker's search.
    QTest::mouseClick(child<QPushButton>(m_window, "addReviewerButton"), Qt::LeftButton);
    auto* picker = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("pickReviewerDialog"));
    QVERIFY(picker);
    picker->findChild<QLineEdit*>(QStringLiteral("reviewerSearchText"))->setText(QStringLiteral("Priya"));
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("reviewerSearchButton")), Qt::LeftButton);
    auto* results = picker->findChild<QListWidget*>(QStringLiteral("reviewerResults"));
    QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1, 20000);
    GuiTestSupport::saveScreenshot(picker, QStringLiteral("consent-settings-pick-reviewer.png"));
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("addReviewerOk")), Qt::LeftButton);
    QTRY_COMPARE(reviewers->topLevelItemCount(), 5);
    QTRY_COMPARE(reviewers->topLevelItem(4)->text(2), QStringLiteral("Yes")); // Privileged Role Administrator

    // Save: the preview shows the whole-object PUT; nothing is sent before Apply.
    QTest::mouseClick(save, Qt::LeftButton);
    auto* preview = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    auto* operations = preview->findChild<QTreeWidget*>(QStringLiteral("planOperations"));
    QCOMPARE(operations->topLevelItemCount(), 1);
    QVERIFY2(operations->topLevelItem(0)->text(2).startsWith(QStringLiteral("PUT /policies/adminConsentRequestPolicy")),
             qPrintable(operations->topLevelItem(0)->text(2)));
    QCOMPARE(store.policy(QStringLiteral("adminConsentRequestPolicy")), before);
    GuiTestSupport::saveScreenshot(preview, QStringLiteral("consent-settings-workflow-preview.png"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    if (auto* consent = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"), 3000)) {
        QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    }
    auto* done = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"));
    QVERIFY(done);
    done->close();
    // In the tenant: Priya in, Peter out, the rest as it was.
    QTRY_VERIFY(queries().contains(QStringLiteral("/users/") + priya));
    QVERIFY(!queries().join(QLatin1Char(' ')).contains(QLatin1String("6dc11611")));
    QCOMPARE(queries().size(), 5);
    QCOMPARE(store.policy(QStringLiteral("adminConsentRequestPolicy")).value(QStringLiteral("version")).toInt(),
             before.value(QStringLiteral("version")).toInt() + 1);

    // Activity: undo it.
    m_window->showView(QStringLiteral("activity"));
    auto* activity = m_window->findChild<QTableView*>(QStringLiteral("activityTable"));
    int entry = -1;
    QTRY_VERIFY([&] {
        for (int r = 0; r < activity->model()->rowCount(); ++r) {
            if (activity->model()->index(r, 0).data(ActivityModel::ActionKeyRole).toString()
                == QLatin1String("settings.adminConsentRequestPolicy.put")) {
                entry = r;
                return true;
            }
        }
        return false;
    }());
    activity->selectRow(entry);
    auto* restore = m_window->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    QVERIFY2(restore->isEnabled(), qPrintable(restore->toolTip()));
    QTest::mouseClick(restore, Qt::LeftButton);
    preview = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    done = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"));
    QVERIFY(done);
    done->close();
    QJsonObject restored = store.policy(QStringLiteral("adminConsentRequestPolicy"));
    QJsonObject expected = before;
    restored.remove(QStringLiteral("version"));
    expected.remove(QStringLiteral("version"));
    QCOMPARE(restored, expected);
    bool linked = false;
    for (const JournalEntry& e : m_controller->journal()->entries()) {
        linked = linked || !e.restoresEntryId.isEmpty();
    }
    QVERIFY(linked);
    // Back in Consent settings, without Refresh: the restore marked the settings stale and the view read them again —
    // Peter Vance back, Priya Raman gone, as the tenant has it now (before, it kept showing the saved edit).
    m_window->showView(m_window->findChild<ConsentSettingsView*>()->viewId());
    const auto shown = [reviewers] {
        QStringList names;
        for (int i = 0; i < reviewers->topLevelItemCount(); ++i) {
            names << reviewers->topLevelItem(i)->text(0);
        }
        return names;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        shown().contains(QStringLiteral("Peter Vance")), qPrintable(shown().join(QStringLiteral(", "))), 20000);
    QVERIFY2(!shown().contains(QStringLiteral("Priya Raman")), qPrintable(shown().join(QStringLiteral(", "))));
}

QTEST_MAIN(TestConsentSettingsGui)
#include "TestConsentSettingsGui.moc"
