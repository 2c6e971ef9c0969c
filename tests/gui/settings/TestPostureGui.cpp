// Consent settings → "Check posture…" on the demo tenant: the posture checks with their results, evidence and fixes
// (as `consentdesk-cli posture` reads them), and "Go to the fix" leading to the control that applies it.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "activity/ActivityModel.h"
#include "auth/SignInManager.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "settings/ConsentSettingsView.h"
#include "settings/PostureDialog.h"
#include "settings/SettingsWrite.h"

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestPostureGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheChecksAndLeadsToTheFix();
    void requestsFixOpensConsentRequests();
    void groupOwnerConsentFixedThroughThePreview();
    void olderGroupOwnerSettingShownAndTurnedOff();

private:
    PostureDialog* openPosture();
    static int rowOf(QTreeWidget* tree, const QString& id);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
    ConsentSettingsView* m_view = nullptr;
};

void TestPostureGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    m_controller = std::make_unique<AppController>(
        GuiTestSupport::demoOptions(m_dir, QStringLiteral("adaeze.okafor@contoso.com")));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
    m_view = m_window->findChild<ConsentSettingsView*>();
    QVERIFY(m_view);
}

void TestPostureGui::cleanupTestCase()
{
    m_controller.reset();
}

PostureDialog* TestPostureGui::openPosture()
{
    m_window->showView(m_view->viewId());
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("checkPostureButton"));
    if (!button || !GuiTestSupport::waitUntil([button] { return button->isEnabled(); })) {
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = GuiTestSupport::waitForWidget<PostureDialog>(QStringLiteral("postureDialog"));
    if (!dialog || !GuiTestSupport::waitUntil([dialog] { return dialog->checks().size() == 7; }, 30000)) {
        return nullptr;
    }
    return dialog;
}

int TestPostureGui::rowOf(QTreeWidget* tree, const QString& id)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(1).startsWith(id + QLatin1Char(' '))) {
            return i;
        }
    }
    return -1;
}

void TestPostureGui::showsTheChecksAndLeadsToTheFix()
{
    PostureDialog* dialog = openPosture();
    QVERIFY(dialog);
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("postureChecks"));
    QCOMPARE(tree->topLevelItemCount(), 7);
    const int consent = rowOf(tree, QStringLiteral("MS.AAD.5.2"));
    QVERIFY(consent >= 0);
    QCOMPARE(tree->topLevelItem(consent)->text(0), QStringLiteral("Fail"));
    QVERIFY(tree->topLevelItem(consent)->text(2).contains(QLatin1String("verified publishers")));
    QCOMPARE(tree->topLevelItem(rowOf(tree, QStringLiteral("MS.AAD.5.1")))->text(0), QStringLiteral("Pass"));
    const int risky = rowOf(tree, QStringLiteral("CD.3"));
    QVERIFY(tree->topLevelItem(risky)->text(2).contains(QLatin1String("Gift Card Rewards Checker")));
    QTest::qWait(100); // the wrapped rows settle
    QVERIFY(GuiTestSupport::saveScreenshot(dialog, QStringLiteral("posture.png")));

    auto* goToFix = dialog->findChild<QPushButton*>(QStringLiteral("postureGoToFix"));
    tree->setCurrentItem(tree->topLevelItem(rowOf(tree, QStringLiteral("MS.AAD.5.1"))));
    QVERIFY(!goToFix->isEnabled()); // it passes, and ConsentDesk has no write for it
    tree->setCurrentItem(tree->topLevelItem(consent));
    QVERIFY(goToFix->isEnabled());
    QTest::mouseClick(goToFix, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChildren<PostureDialog*>().isEmpty());
    // The option that fixes it is chosen; applying it is the admin's next step (preview, journal, undo).
    auto* none = m_window->findChild<QRadioButton*>(QStringLiteral("userConsent_none"));
    QVERIFY(none->isChecked());
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("applyUserConsentButton"))->isEnabled());
}

void TestPostureGui::requestsFixOpensConsentRequests()
{
    PostureDialog* dialog = openPosture();
    QVERIFY(dialog);
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("postureChecks"));
    const int stale = rowOf(tree, QStringLiteral("CD.2"));
    QCOMPARE(tree->topLevelItem(stale)->text(0), QStringLiteral("Warning"));
    tree->setCurrentItem(tree->topLevelItem(stale));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("postureGoToFix")), Qt::LeftButton);
    QTRY_VERIFY(!m_view->isVisible()); // Consent requests is shown instead
    QTRY_VERIFY(m_window->findChildren<PostureDialog*>().isEmpty());
}

void TestPostureGui::groupOwnerConsentFixedThroughThePreview()
{
    // Group owners may consent under Microsoft's pre-approval policy (besides the demo tenant's team policy).
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    auto assigned = [&store] {
        return store.policy(QStringLiteral("authorizationPolicy"))
            .value(QStringLiteral("defaultUserRolePermissions"))
            .toObject()
            .value(QStringLiteral("permissionGrantPoliciesAssigned"))
            .toArray();
    };
    const QJsonArray before = assigned();
    const QString groups
        = QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-pre-approval-apps-for-group");
    QJsonObject policy = store.policy(QStringLiteral("authorizationPolicy"));
    QJsonObject defaults = policy.value(QStringLiteral("defaultUserRolePermissions")).toObject();
    QJsonArray withGroups = before;
    withGroups.append(groups);
    defaults.insert(QStringLiteral("permissionGrantPoliciesAssigned"), withGroups);
    policy.insert(QStringLiteral("defaultUserRolePermissions"), defaults);
    store.setPolicy(QStringLiteral("authorizationPolicy"), policy);
    QSignalSpy loaded(m_view, &ConsentSettingsView::loaded);
    m_view->refresh();
    QVERIFY(loaded.wait(20000));
    auto* preApproved = m_window->findChild<QRadioButton*>(QStringLiteral("groupOwnerConsent_pre-approved"));
    QVERIFY(preApproved->isChecked());

    PostureDialog* dialog = openPosture();
    QVERIFY(dialog);
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("postureChecks"));
    const int row = rowOf(tree, QStringLiteral("MS.AAD.5.4"));
    QCOMPARE(tree->topLevelItem(row)->text(0), QStringLiteral("Fail"));
    tree->setCurrentItem(tree->topLevelItem(row));
    auto* goToFix = dialog->findChild<QPushButton*>(QStringLiteral("postureGoToFix"));
    QVERIFY(goToFix->isEnabled());
    QTest::mouseClick(goToFix, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChildren<PostureDialog*>().isEmpty());

    // The choice that fixes it is made; the admin applies it through the preview.
    auto* none = m_window->findChild<QRadioButton*>(QStringLiteral("groupOwnerConsent_none"));
    QVERIFY(none->isChecked());
    QVERIFY(none->hasFocus() || !m_window->isActiveWindow());
    auto* apply = m_window->findChild<QPushButton*>(QStringLiteral("applyGroupOwnerConsentButton"));
    QVERIFY(apply->isEnabled());
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("consent-settings-group-owners.png"));
    QTest::mouseClick(apply, Qt::LeftButton);
    auto* preview = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    auto* operations = preview->findChild<QTreeWidget*>(QStringLiteral("planOperations"));
    QCOMPARE(operations->topLevelItemCount(), 1);
    QVERIFY2(operations->topLevelItem(0)->text(2).startsWith(QStringLiteral("PATCH /policies/authorizationPolicy")),
             qPrintable(operations->topLevelItem(0)->text(2)));
    QCOMPARE(assigned().size(), before.size() + 1); // nothing sent before Apply
    GuiTestSupport::saveScreenshot(preview, QStringLiteral("consent-settings-group-owners-preview.png"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    if (auto* consent = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"), 3000)) {
        QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    }
    auto* done = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"));
    QVERIFY(done);
    done->close();
    // Only the group entry went: user consent and the team's policy are as they were.
    QTRY_COMPARE(assigned(), before);
    QTRY_VERIFY(m_window->findChild<QLabel*>(QStringLiteral("groupOwnerConsentSetting"))
                    ->text()
                    .contains(QLatin1String("Do not allow group owner consent")));
    // Activity names the change in words (not its journal key).
    QCOMPARE(ActivityModel::actionText(SettingsWrite::kGroupOwnerConsent),
             QStringLiteral("Group owner consent changed"));
    QCOMPARE(ActivityModel::actionText(SettingsWrite::kUserConsent), QStringLiteral("User consent setting changed"));
}

void TestPostureGui::olderGroupOwnerSettingShownAndTurnedOff()
{
    // The app consent policies let group owners consent to nothing, but the older directory setting lets the owners
    // in the Marketing Department consent: the panel says so in words, and "Do not allow" has that to turn off.
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    const QString settingId = QStringLiteral("7c0f7d2e-61a4-4c39-9a52-2d1a8d6f0b11");
    QString marketing;
    for (const auto& g : store.list(QStringLiteral("groups"))) {
        if (g.value(QStringLiteral("displayName")).toString() == QLatin1String("Marketing Department")) {
            marketing = g.value(QStringLiteral("id")).toString();
        }
    }
    QVERIFY(!marketing.isEmpty());
    const auto value = [](const QString& name, const QString& v) {
        return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("value"), v}};
    };
    store.put(QStringLiteral("groupSettings"),
              QJsonObject {
                  {QStringLiteral("id"), settingId},
                  {QStringLiteral("displayName"), QStringLiteral("Consent Policy Settings")},
                  {QStringLiteral("templateId"), QStringLiteral("dffd5d46-495d-40a9-8e21-954ff55e198a")},
                  {QStringLiteral("values"),
                   QJsonArray {value(QStringLiteral("EnableGroupSpecificConsent"), QStringLiteral("True")),
                               value(QStringLiteral("BlockUserConsentForRiskyApps"), QStringLiteral("true")),
                               value(QStringLiteral("EnableAdminConsentRequests"), QStringLiteral("true")),
                               value(QStringLiteral("ConstrainGroupSpecificConsentToMembersOfGroupId"), marketing)}}});
    QSignalSpy loaded(m_view, &ConsentSettingsView::loaded);
    m_view->refresh();
    QVERIFY(loaded.wait(20000));
    auto* legacy = m_window->findChild<QLabel*>(QStringLiteral("groupOwnerConsentLegacySetting"));
    QVERIFY(legacy);
    QTRY_VERIFY(legacy->isVisible());
    QVERIFY2(legacy->text().contains(QLatin1String("Consent Policy Settings"))
                 && legacy->text().contains(QLatin1String("Marketing Department")),
             qPrintable(legacy->text()));
    auto* none = m_window->findChild<QRadioButton*>(QStringLiteral("groupOwnerConsent_none"));
    QVERIFY(none->isChecked()); // the policies' choice
    auto* apply = m_window->findChild<QPushButton*>(QStringLiteral("applyGroupOwnerConsentButton"));
    QVERIFY(apply->isEnabled()); // the older setting is still to turn off
    // Nothing cut: the panel keeps the height its texts need, the reviewers' list above gives way.
    auto* inForce = m_window->findChild<QLabel*>(QStringLiteral("groupOwnerConsentSetting"));
    QTRY_VERIFY2(legacy->height() >= legacy->heightForWidth(legacy->width())
                     && inForce->height() >= inForce->heightForWidth(inForce->width()),
                 qPrintable(QStringLiteral("%1 < %2 or %3 < %4")
                                .arg(legacy->height())
                                .arg(legacy->heightForWidth(legacy->width()))
                                .arg(inForce->height())
                                .arg(inForce->heightForWidth(inForce->width()))));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("consent-settings-group-owners-older-setting.png"));

    QTest::mouseClick(apply, Qt::LeftButton);
    auto* preview = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    auto* operations = preview->findChild<QTreeWidget*>(QStringLiteral("planOperations"));
    QCOMPARE(operations->topLevelItemCount(), 1);
    QVERIFY2(operations->topLevelItem(0)->text(2).startsWith(QStringLiteral("PATCH /groupSettings/") + settingId),
             qPrintable(operations->topLevelItem(0)->text(2)));
    GuiTestSupport::saveScreenshot(preview, QStringLiteral("consent-settings-group-owners-older-setting-preview.png"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    if (auto* consent = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"), 3000)) {
        QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    }
    auto* done = GuiTestSupport::waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"));
    QVERIFY(done);
    done->close();
    const auto enabled = [&store, &settingId] {
        for (const auto& v :
             store.get(QStringLiteral("groupSettings"), settingId)->value(QStringLiteral("values")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("EnableGroupSpecificConsent")) {
                return v.toObject().value(QStringLiteral("value")).toString();
            }
        }
        return QString();
    };
    QTRY_COMPARE(enabled(), QStringLiteral("false"));
    QTRY_VERIFY(legacy->text().contains(QLatin1String("does not let group owners consent")));
    QTRY_VERIFY(!apply->isEnabled());
    QCOMPARE(ActivityModel::actionText(SettingsWrite::kLegacyGroupConsent),
             QStringLiteral("Older group owner consent setting (Consent Policy Settings) changed"));
}

QTEST_MAIN(TestPostureGui)
#include "TestPostureGui.moc"
