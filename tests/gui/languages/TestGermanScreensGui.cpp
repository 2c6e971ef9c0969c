// The screens an admin reads most, in German on the demo tenant: the Overview, Troubleshoot after a run, Consent
// settings, the posture dialog and the snapshot diff. What src/ hands them is in German too; no label is cut; no two
// controls of a window share a mnemonic. Screenshots: build/screenshots/de-*.png.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "common/TranslationLoader.h"
#include "log/Log.h"
#include "overview/OverviewBarChart.h"
#include "overview/OverviewView.h"
#include "settings/PostureDialog.h"
#include "snapshots/SnapshotActions.h"
#include "snapshots/SnapshotDiffDialog.h"
#include "troubleshoot/TroubleshootView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Alt+letter must reach one control: the visible buttons, group boxes and buddied labels of one window.
QStringList sharedMnemonics(QWidget* window)
{
    QMultiHash<QChar, QString> owners;
    auto note = [&owners](QWidget* w, const QString& text) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull() && w->isVisible()) {
            owners.insert(key, text);
        }
    };
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (b->window() == window) {
            note(b, b->text());
        }
    }
    for (QGroupBox* g : window->findChildren<QGroupBox*>()) {
        if (g->window() == window) {
            note(g, g->title());
        }
    }
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (l->window() == window && l->buddy()) {
            note(l, l->text());
        }
    }
    QStringList shared;
    for (const QChar key : owners.uniqueKeys()) {
        const QStringList texts = owners.values(key);
        if (texts.size() > 1) {
            shared << QStringLiteral("Alt+%1: %2").arg(key).arg(texts.join(QStringLiteral(" | ")));
        }
    }
    return shared;
}

} // namespace

class TestGermanScreensGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void overview();
    void troubleshoot();
    void consentSettingsAndPosture();
    void snapshotDiff();

private:
    void check(QWidget* window, const QString& screenshot);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
};

void TestGermanScreensGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    QCOMPARE(TranslationLoader::install(QStringLiteral("de")), QStringLiteral("de"));
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    m_window->resize(1280, 860);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
}

void TestGermanScreensGui::cleanupTestCase()
{
    m_controller.reset();
    TranslationLoader::install(QString());
    Log::shutdown();
}

void TestGermanScreensGui::check(QWidget* window, const QString& screenshot)
{
    QTest::qWait(200); // wrapped rows and elided texts settle
    GuiTestSupport::saveScreenshot(window, screenshot);
    const QStringList cut = GuiTestSupport::cutTexts(window);
    QVERIFY2(cut.isEmpty(), qPrintable(screenshot + QStringLiteral(": cut labels:\n") + cut.join(QLatin1Char('\n'))));
    if (auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"))) {
        // Every view's title whole in the navigation.
        QVERIFY2(navigation->sizeHintForColumn(0) <= navigation->viewport()->width(),
                 qPrintable(QStringLiteral("%1 of %2 px")
                                .arg(navigation->sizeHintForColumn(0))
                                .arg(navigation->viewport()->width())));
    }
    for (QScrollArea* page : window->findChildren<QScrollArea*>()) {
        // A page fits the window's width: nothing of it hides behind a horizontal scrollbar.
        QVERIFY2(!page->isVisible() || !page->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1: %2 wide in %3")
                                .arg(page->objectName())
                                .arg(page->widget() ? page->widget()->minimumSizeHint().width() : 0)
                                .arg(page->viewport()->width())));
    }
    const QStringList shared = sharedMnemonics(window);
    QVERIFY2(shared.isEmpty(),
             qPrintable(screenshot + QStringLiteral(": shared mnemonics:\n") + shared.join(QLatin1Char('\n'))));
}

void TestGermanScreensGui::overview()
{
    m_window->showView(QStringLiteral("overview"));
    OverviewView* view = m_controller->overviewView();
    QVERIFY(GuiTestSupport::waitUntil([view] { return !view->isLoading() && !view->riskChart()->bars().isEmpty(); },
                                      60000));
    check(m_window, QStringLiteral("de-overview.png"));
}

void TestGermanScreensGui::troubleshoot()
{
    m_window->showView(QStringLiteral("troubleshoot"));
    auto* view = m_controller->troubleshootView();
    auto* user = m_window->findChild<QLineEdit*>(QStringLiteral("troubleshootUser"));
    auto* app = m_window->findChild<QLineEdit*>(QStringLiteral("troubleshootApp"));
    QVERIFY(user && app);
    user->setText(QStringLiteral("ethan.brooks@contoso.com"));
    app->setText(QStringLiteral("Tailspin Projects"));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("runTroubleshootButton")), Qt::LeftButton);
    QVERIFY(
        GuiTestSupport::waitUntil([view] { return !view->isRunning() && !view->report().checks.isEmpty(); }, 30000));
    auto* checks = m_window->findChild<QTreeWidget*>(QStringLiteral("troubleshootChecks"));
    QVERIFY(checks && checks->topLevelItemCount() > 0);
    checks->setCurrentItem(checks->topLevelItem(0));
    check(m_window, QStringLiteral("de-troubleshoot.png"));

    // The summary also goes to the status bar, beside tenant, account and role: whole, or elided with the whole text
    // in the tooltip — never cut mid-word without a sign.
    QStatusBar* bar = m_window->statusBar();
    const QString summary = m_window->findChild<QLabel*>(QStringLiteral("troubleshootStatus"))->text();
    QVERIFY(!summary.isEmpty());
    QString message = bar->currentMessage();
    int room = bar->width();
    for (const char* name : {"statusTenant", "statusUser", "statusRole"}) {
        auto* label = m_window->findChild<QLabel*>(QLatin1String(name));
        if (label->isVisible()) {
            room = std::min(room, label->x());
        }
    }
    QVERIFY2(bar->fontMetrics().horizontalAdvance(message) <= room, qPrintable(message));
    if (message != summary) {
        QVERIFY2(message.endsWith(QChar(0x2026)), qPrintable(message));
        QVERIFY(summary.startsWith(message.chopped(1)));
        QVERIFY(bar->toolTip().contains(summary));
    }
}

void TestGermanScreensGui::consentSettingsAndPosture()
{
    m_window->showView(QStringLiteral("settings"));
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("checkPostureButton"));
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
    QTest::qWait(1000); // the settings read
    check(m_window, QStringLiteral("de-consent-settings.png"));

    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = GuiTestSupport::waitForWidget<PostureDialog>(QStringLiteral("postureDialog"));
    QVERIFY(dialog);
    QVERIFY(GuiTestSupport::waitUntil([dialog] { return dialog->checks().size() == 7; }, 30000));
    check(dialog, QStringLiteral("de-posture.png"));
    dialog->close();
}

void TestGermanScreensGui::snapshotDiff()
{
    SnapshotActions* actions = m_controller->snapshotActions();
    const QString before = m_dir.filePath(QStringLiteral("before.json.gz"));
    QCOMPARE(GuiTestSupport::exportSnapshot(*m_controller, before), QString());

    // A week later: Northwind CRM's tenant-wide grant and its mailbox policy are gone.
    std::optional<TenantSnapshot> read = GuiTestSupport::weekLater(before);
    QVERIFY(read);
    TenantSnapshot& later = *read;
    QString northwind;
    for (const auto& v : std::as_const(later.servicePrincipals)) {
        if (v.toObject().value(QStringLiteral("displayName")).toString() == QLatin1String("Northwind CRM")) {
            northwind = v.toObject().value(QStringLiteral("id")).toString();
        }
    }
    QJsonArray grants;
    for (const auto& v : std::as_const(later.oauth2PermissionGrants)) {
        const QJsonObject g = v.toObject();
        if (g.value(QStringLiteral("clientId")).toString() != northwind
            || g.value(QStringLiteral("consentType")).toString() != QLatin1String("AllPrincipals")) {
            grants.append(g);
        }
    }
    later.oauth2PermissionGrants = grants;
    later.applicationAccessPolicies = {};
    const QString after = m_dir.filePath(QStringLiteral("after.json"));
    QVERIFY(GuiTestSupport::writeSnapshot(later, after));

    QSignalSpy compared(actions, &SnapshotActions::compared);
    actions->compareFiles(before, after);
    QVERIFY(compared.wait(60000)); // read and compared on a worker thread
    SnapshotDiffDialog* dialog = actions->diffDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QAbstractItemModel* model = dialog->table()->model();
    QVERIFY(model->rowCount() > 1);
    // What src/ says of each row is German: the tenant-wide grant and the policy.
    const QString allUsers = QCoreApplication::translate("SnapshotChange", "Granted for all users");
    QCOMPARE(allUsers, QStringLiteral("Für alle Benutzer erteilt"));
    QStringList befores;
    QStringList permissions;
    for (int r = 0; r < model->rowCount(); ++r) {
        befores << model->index(r, 7).data().toString();
        permissions << model->index(r, 4).data().toString();
    }
    QVERIFY2(befores.contains(allUsers), qPrintable(befores.join(QLatin1Char('\n'))));
    QVERIFY(!befores.contains(QStringLiteral("granted for all users")));
    QVERIFY2(!permissions.filter(QStringLiteral("Exchange application access policy")).size(),
             qPrintable(permissions.join(QLatin1Char('\n'))));
    check(dialog, QStringLiteral("de-snapshot-diff.png"));
    // Before and After in sight without scrolling sideways; a capped column's text whole in its tooltip.
    QVERIFY(!dialog->table()->horizontalScrollBar()->isVisible());
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(model->index(r, 4).data(Qt::ToolTipRole).toString().contains(permissions.at(r).toHtmlEscaped()));
    }
    dialog->close();
}

QTEST_MAIN(TestGermanScreensGui)
#include "TestGermanScreensGui.moc"
