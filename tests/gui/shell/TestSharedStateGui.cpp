// One inventory per session, marked stale by the write pipeline: what one view writes, the others show without the
// admin pressing Refresh.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "apps/AppListModel.h"
#include "auth/SignInManager.h"
#include "log/Log.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestTableModel.h"
#include "requests/RequestsView.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString Fabrikam = QStringLiteral("Fabrikam Sales Engage"); // requested, not in the tenant yet

bool listed(QAbstractItemView* table, const QString& name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, AppListModel::App).data().toString() == name) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestSharedStateGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void grantShowsInAppsWithoutRefresh();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
};

void TestSharedStateGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->mainWindow()));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
}

void TestSharedStateGui::cleanupTestCase()
{
    m_controller.reset();
}

void TestSharedStateGui::grantShowsInAppsWithoutRefresh()
{
    MainWindow* window = m_controller->mainWindow();
    window->showView(QStringLiteral("apps"));
    auto* apps = window->findChild<QTableView*>(QStringLiteral("appTable"));
    QTRY_VERIFY_WITH_TIMEOUT(apps->model()->rowCount() > 0, 20000);
    QVERIFY(!listed(apps, Fabrikam)); // it holds nothing yet

    // Grant the request in Consent requests, as an admin does.
    window->showView(QStringLiteral("requests"));
    RequestsView* requests = m_controller->requestsView();
    auto* table = window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, RequestTableModel::App).data().toString() == Fabrikam) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    const QModelIndex index = table->model()->index(row, RequestTableModel::App);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_VERIFY_WITH_TIMEOUT(
        requests->detail()->hasReview() && requests->detail()->review().request.appDisplayName == Fabrikam, 20000);
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("grantSelectedButton")), Qt::LeftButton);
    auto* preview = GuiTestSupport::waitForChild<QDialog>(window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    auto* consent = GuiTestSupport::waitForChild<QDialog>(window, QStringLiteral("writeConsentDialog"));
    QVERIFY(consent);
    QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    auto* results = GuiTestSupport::waitForChild<QDialog>(window, QStringLiteral("executionResultDialog"));
    QVERIFY(results);
    results->close();

    // Apps & permissions was not on screen while it happened; shown again, it lists the app with what it now holds.
    window->showView(QStringLiteral("apps"));
    QTRY_VERIFY_WITH_TIMEOUT(listed(apps, Fabrikam), 20000);
    GuiTestSupport::saveScreenshot(window, QStringLiteral("apps-after-grant.png"));
}

QTEST_MAIN(TestSharedStateGui)
#include "TestSharedStateGui.moc"
