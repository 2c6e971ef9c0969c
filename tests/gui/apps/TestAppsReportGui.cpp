// Apps & permissions at the edges of what Graph returns (offscreen, demo tenant): an app that grants refer to but Graph
// cannot find stays in the list, named "(not found)" with its id, and the view says so (issue 12 point 10).
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "apps/AppDetailPane.h"
#include "apps/AppListModel.h"
#include "apps/AppsView.h"
#include "apps/ReportExportDialog.h"
#include "auth/SignInManager.h"
#include "log/Log.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using GuiTestSupport::saveScreenshot;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString OrphanClient = QStringLiteral("5b3f2a10-8c4e-4d0b-9a1f-3e2d7c6b5a49");

} // namespace

class TestAppsReportGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void appGraphCannotFindStaysListed();
    void fullExportShowsProgressAndWritesEveryRow();
    void cancelledExportLeavesNoFile();
    void searchOverManyAppsIsOneLayoutChange();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
};

void TestAppsReportGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->mainWindow()));
    m_window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
}

void TestAppsReportGui::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
}

void TestAppsReportGui::appGraphCannotFindStaysListed()
{
    // A tenant-wide grant whose client service principal the directory does not return (deleted, or not replicated).
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    const QString graph = store.servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-c000-000000000000"))
                              ->value(QStringLiteral("id"))
                              .toString();
    store.put(QStringLiteral("oauth2PermissionGrants"),
              QJsonObject {{QStringLiteral("id"), QStringLiteral("orphan-grant-1")},
                           {QStringLiteral("clientId"), OrphanClient},
                           {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                           {QStringLiteral("principalId"), QJsonValue::Null},
                           {QStringLiteral("resourceId"), graph},
                           {QStringLiteral("scope"), QStringLiteral("Mail.ReadWrite Files.Read.All")}});

    m_window->showView(QStringLiteral("apps"));
    AppsView* view = m_controller->appsView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20000);
    view->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->model()->rowCount() > 0, 20000);

    const int row = view->model()->rowOf(OrphanClient);
    QVERIFY2(row >= 0, "the app Graph cannot find is not in the list");
    const QModelIndex name = view->model()->index(row, AppListModel::App);
    QCOMPARE(name.data().toString(), QStringLiteral("(not found) ") + OrphanClient.left(8) + QStringLiteral("…"));
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(OrphanClient));
    QCOMPARE(view->model()->index(row, AppListModel::TenantWide).data().toInt(), 2);
    // Visible to a person: the table shows it (with "only apps with permissions" on) and the notice says why.
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("appTable"));
    bool shown = false;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        shown = shown
                || table->model()->index(r, AppListModel::App).data(AppListModel::IdRole).toString() == OrphanClient;
    }
    QVERIFY(shown);
    auto* notice = m_window->findChild<QLabel*>(QStringLiteral("appsCountMismatch"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("could not be found")), qPrintable(notice->text()));

    view->selectApp(OrphanClient);
    QTRY_VERIFY_WITH_TIMEOUT(view->detail()->findChild<QLabel*>() != nullptr, 5000);
    bool explained = false;
    for (auto* label : view->detail()->findChildren<QLabel*>()) {
        explained = explained || (label->isVisible() && label->text().contains(OrphanClient));
    }
    QVERIFY2(explained, "the detail pane does not say what is known about the app");
    saveScreenshot(m_window, QStringLiteral("apps-not-found.png"));
    store.remove(QStringLiteral("oauth2PermissionGrants"), QStringLiteral("orphan-grant-1"));
}

void TestAppsReportGui::fullExportShowsProgressAndWritesEveryRow()
{
    m_window->showView(QStringLiteral("apps"));
    AppsView* view = m_controller->appsView();
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("exportFullReportButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("permissions.csv"));
    ReportExportDialog* dialog = view->exportFullReport(path, TableWriter::Format::Csv);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(view->runningExport(), dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY(dialog->succeeded());
    // What a person sees: how much was read, where it went, a Close button.
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("reportExportStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("permissions.csv")), qPrintable(status->text()));
    auto* counts = dialog->findChild<QLabel*>(QStringLiteral("reportExportCounts"));
    QVERIFY2(counts->text().contains(QStringLiteral("rows written"))
                 && counts->text().contains(QStringLiteral("pages")),
             qPrintable(counts->text()));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("reportExportClose"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("reportExportCancel"))->isVisible());
    saveScreenshot(dialog, QStringLiteral("apps-full-export.png"));

    // Every scope of every grant and every application permission of the tenant is a row.
    const TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    qint64 expected = 0;
    for (const QJsonObject& g : store.list(QStringLiteral("oauth2PermissionGrants"))) {
        expected += g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    }
    for (const QJsonObject& a : store.list(QStringLiteral("appRoleAssignments"))) {
        expected += a.value(QStringLiteral("principalType")).toString() == QLatin1String("ServicePrincipal") ? 1 : 0;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("PermissionType,ClientObjectId,AppId,ClientDisplayName")));
    QCOMPARE(qint64(lines.size() - 1), expected);
    QCOMPARE(dialog->result().rows, expected);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reportExportClose")), Qt::LeftButton);
    QTRY_VERIFY(view->runningExport() == nullptr);
}

void TestAppsReportGui::cancelledExportLeavesNoFile()
{
    AppsView* view = m_controller->appsView();
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    ReportExportDialog* dialog = view->exportFullReport(path, TableWriter::Format::Csv);
    QVERIFY(dialog->isRunning());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reportExportCancel")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QVERIFY(!dialog->succeeded());
    QCOMPARE(dialog->result().error.kind, GraphError::Kind::Cancelled);
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("reportExportStatus"))
                 ->text()
                 .contains(QStringLiteral("Nothing was saved")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("reportExportStatus"))->text()));
    QVERIFY(!QFile::exists(path)); // nothing that could pass for a whole tenant
    dialog->close();
}

void TestAppsReportGui::searchOverManyAppsIsOneLayoutChange()
{
    // 20 000 apps, typed into the search box: the table is told once that its rows changed (not of every run of rows
    // that left, which with 100 000 apps took the view longer than the filtering), shows exactly the matching apps,
    // keeps the selected app selected, and shows every app again when the search is cleared.
    AppsView view(AppsView::Services {});
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<AppSummary> apps;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        AppSummary s;
        s.app.id = QStringLiteral("sp-%1").arg(i);
        s.app.appId = QStringLiteral("app-%1").arg(i);
        s.app.displayName
            = QStringLiteral("%1 App %2").arg(i % 2 ? QStringLiteral("Northwind") : QStringLiteral("Contoso")).arg(i);
        s.app.publisherName = i % 3 == 0 ? QStringLiteral("Fabrikam") : QStringLiteral("Litware");
        s.userGrants = i % 5 == 0 ? 0 : 1; // every fifth holds nothing: hidden while "only apps with permissions"
        apps.append(s);
    }
    view.model()->upsert(apps);
    auto* table = view.findChild<QTableView*>(QStringLiteral("appTable"));
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("appSearch"));
    QVERIFY(table && search);
    QAbstractItemModel* shown = table->model();
    QCOMPARE(shown->rowCount(), n - n / 5);
    int selectedRow = -1;
    for (int r = 0; r < shown->rowCount() && selectedRow < 0; ++r) {
        if (shown->index(r, AppListModel::App).data().toString() == QLatin1String("Northwind App 1991")) {
            selectedRow = r;
        }
    }
    QVERIFY(selectedRow >= 0);
    table->selectRow(selectedRow);
    QSignalSpy removed(shown, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(shown, &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(shown, &QAbstractItemModel::layoutChanged);
    QTest::keyClicks(search, QStringLiteral("northwind app 19"));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(layouts.count(), QStringLiteral("northwind app 19").size()); // one per key typed
    // Odd numbers 19, 190-199, 1900-1999, 19000-19999, less those ending in 0 or 5 (every fifth holds nothing).
    int expected = 0;
    for (int i = 1; i < n; i += 2) {
        if (QString::number(i).startsWith(QLatin1String("19")) && i % 5 != 0) {
            ++expected;
        }
    }
    QCOMPARE(shown->rowCount(), expected);
    for (int r = 0; r < shown->rowCount(); ++r) {
        QVERIFY(shown->index(r, AppListModel::App).data().toString().startsWith(QLatin1String("Northwind App 19")));
    }
    const QModelIndexList selected = table->selectionModel()->selectedRows(AppListModel::App);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("Northwind App 1991"));
    search->clear();
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(shown->rowCount(), n - n / 5);
    QCOMPARE(table->selectionModel()->selectedRows(AppListModel::App).value(0).data().toString(),
             QStringLiteral("Northwind App 1991"));
}

QTEST_MAIN(TestAppsReportGui)
#include "TestAppsReportGui.moc"
