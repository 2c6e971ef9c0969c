// The consent request queue as an admin uses it, in the real widgets (offscreen) against the demo tenant:
// the list, one request in detail, granting only what is ticked (preview, write consent, results), blocking,
// the PowerShell equivalent, and what a read-only role sees.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "common/ModelExporter.h"
#include "consent/Journal.h"
#include "log/Log.h"
#include "report/TableWriter.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestTableModel.h"
#include "requests/RequestsView.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using GuiTestSupport::saveScreenshot;
using GuiTestSupport::waitForChild;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString GlobalReader = QStringLiteral("kwame.mensah@contoso.com");

QTreeWidgetItem* permissionItem(QTreeWidget* tree, const QString& value)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            if (tree->topLevelItem(g)->child(i)->text(0) == value) {
                return tree->topLevelItem(g)->child(i);
            }
        }
    }
    return nullptr;
}

// Every row of tree shows its text in column whole: the row is as tall as the text wrapped at the column's width
// (issue 14: the Change column of plan previews and results was cut with "…").
bool showsWhole(const QTreeWidget* tree, int column)
{
    const int width = tree->columnWidth(column) - 8;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        const QRect needed
            = tree->fontMetrics().boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item->text(column));
        if (tree->visualItemRect(item).height() < needed.height()) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestRequestsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void listShowsPendingRequestsWithBadge();
    void detailShowsWhoAskedAndWhat();
    void grantOnlyTickedPermissions();
    void blockAsksFirstThenDisablesTheApp();
    void powerShellEquivalent();
    void readOnlyRoleCannotGrantAndSaysWhy();
    void newRequestShowsUpOnRefreshWithNotification();

private:
    bool startAs(const QString& upn);
    bool selectApp(const QString& appName);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
    RequestsView* m_view = nullptr;
};

void TestRequestsGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
}

void TestRequestsGui::cleanupTestCase()
{
    Log::shutdown();
}

void TestRequestsGui::cleanup()
{
    m_controller.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("journal.jsonl")));
}

bool TestRequestsGui::startAs(const QString& upn)
{
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, upn));
    if (!m_controller->start() || !QTest::qWaitForWindowExposed(m_controller->mainWindow())) {
        return false;
    }
    m_window = m_controller->mainWindow();
    m_view = m_controller->requestsView();
    // The Overview is the first view after sign-in; these tests work in Consent requests.
    if (!GuiTestSupport::waitUntil([this] { return m_window->currentViewId() == QStringLiteral("overview"); })) {
        return false;
    }
    m_window->showView(m_view->viewId());
    return GuiTestSupport::waitUntil([this] { return m_view->model()->rowCount() > 0; });
}

bool TestRequestsGui::selectApp(const QString& appName)
{
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, RequestTableModel::App);
        if (index.data().toString() == appName) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            GuiTestSupport::waitUntil([&] {
                return m_view->detail()->hasReview() && m_view->detail()->review().request.appDisplayName == appName;
            });
            return m_view->detail()->hasReview();
        }
    }
    return false;
}

void TestRequestsGui::listShowsPendingRequestsWithBadge()
{
    QVERIFY(startAs(GlobalAdmin));
    QCOMPARE(m_window->currentViewId(), QStringLiteral("requests"));
    RequestTableModel* model = m_view->model();
    QStringList apps;
    for (int row = 0; row < model->rowCount(); ++row) {
        apps << model->index(row, RequestTableModel::App).data().toString();
        QCOMPARE(model->index(row, RequestTableModel::Status).data().toString(), QStringLiteral("Pending"));
        QVERIFY(!model->index(row, RequestTableModel::RequestedBy).data().toString().isEmpty());
        QVERIFY(!model->index(row, RequestTableModel::Risk).data().toString().isEmpty());
    }
    // The demo tenant's pending requests, among them the sales-engagement app that has no service principal yet.
    QVERIFY2(apps.contains(QStringLiteral("Fabrikam Sales Engage")), qPrintable(apps.join(QLatin1Char(','))));
    // The navigation says how many wait.
    auto* nav = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QTRY_COMPARE(nav->item(int(m_window->viewIds().indexOf(QStringLiteral("requests"))))->text(),
                 QStringLiteral("Consent requests (%1)").arg(model->rowCount()));
    const int fabrikam = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (apps.at(row) == QStringLiteral("Fabrikam Sales Engage")) {
                return row;
            }
        }
        return -1;
    }();
    QTRY_COMPARE(model->index(fabrikam, RequestTableModel::Publisher).data().toString(),
                 QStringLiteral("Not in tenant yet"));
    // Risk and Status are in view: nothing of the queue hides behind a horizontal scrollbar.
    auto* queue = m_window->findChild<QTableView*>(QStringLiteral("requestTable"));
    // The publishers, which arrive after the list, are not cut in a column only as wide as its title: the column
    // fits them (up to its cap of 150 px), so "Not in tenant yet" reads whole.
    const QAbstractItemView* cells = queue; // sizeHintForColumn is protected in QTableView, public in its base
    QTRY_VERIFY2(queue->columnWidth(RequestTableModel::Publisher)
                     >= std::min(cells->sizeHintForColumn(RequestTableModel::Publisher), 150),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(queue->columnWidth(RequestTableModel::Publisher))
                                .arg(cells->sizeHintForColumn(RequestTableModel::Publisher))));
    QVERIFY(queue->columnWidth(RequestTableModel::Publisher)
            >= queue->fontMetrics().horizontalAdvance(QStringLiteral("Not in tenant yet")));
    QTest::qWait(50);
    QVERIFY(!queue->horizontalScrollBar()->isVisible());
    for (int column : {int(RequestTableModel::App), int(RequestTableModel::Risk), int(RequestTableModel::Status)}) {
        const int x = queue->columnViewportPosition(column);
        QVERIFY2(x >= 0 && x + queue->columnWidth(column) <= queue->viewport()->width(),
                 qPrintable(QString::number(column)));
    }
    QCOMPARE(queue->horizontalHeader()->visualIndex(RequestTableModel::Risk), 1);
    saveScreenshot(m_window, QStringLiteral("requests-view.png"));

    // Export: the rows as shown, with stable keys and raw values (ISO dates, risk keys, claim values).
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    const Table exported = ModelExporter::toTable(*table->model(),
                                                  {QStringLiteral("App"),
                                                   QStringLiteral("Publisher"),
                                                   QStringLiteral("RequestedBy"),
                                                   QStringLiteral("LatestRequest"),
                                                   QStringLiteral("Expires"),
                                                   QStringLiteral("Permissions"),
                                                   QStringLiteral("HighestRisk"),
                                                   QStringLiteral("Status")});
    QCOMPARE(exported.rows.size(), model->rowCount());
    const QByteArray csv = TableWriter::toCsv(exported);
    QVERIFY(csv.startsWith("App,Publisher,RequestedBy,LatestRequest,Expires,Permissions,HighestRisk,Status\r\n"));
    QVERIFY2(csv.contains("Fabrikam Sales Engage,Not in tenant yet,"), csv.constData());
    QVERIFY(csv.contains(",InProgress\r\n"));
    QVERIFY(csv.contains("Calendars.ReadWrite"));
}

void TestRequestsGui::detailShowsWhoAskedAndWhat()
{
    QVERIFY(startAs(GlobalAdmin));
    QVERIFY(selectApp(QStringLiteral("Fabrikam Sales Engage")));
    auto* requesters = m_window->findChild<QTreeWidget*>(QStringLiteral("requesterList"));
    QVERIFY(requesters->topLevelItemCount() >= 2);
    for (int i = 0; i < requesters->topLevelItemCount(); ++i) {
        QVERIFY(requesters->topLevelItem(i)->text(0).contains(QLatin1Char('@')));
        QVERIFY(!requesters->topLevelItem(i)->text(1).isEmpty()); // the justification
    }
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("permissionTree"));
    QTreeWidgetItem* calendars = permissionItem(tree, QStringLiteral("Calendars.ReadWrite"));
    QVERIFY(calendars);
    QVERIFY(calendars->parent()->text(0).contains(QStringLiteral("Microsoft Graph")));
    QVERIFY(calendars->parent()->text(0).contains(QStringLiteral("delegated")));
    QVERIFY(!calendars->text(1).isEmpty()); // what it allows, from the API's own description
    QCOMPARE(calendars->text(4), QStringLiteral("Not granted"));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("requestNotice"))
                ->text()
                .contains(QStringLiteral("service principal")));
}

void TestRequestsGui::grantOnlyTickedPermissions()
{
    QVERIFY(startAs(GlobalAdmin));
    QVERIFY(selectApp(QStringLiteral("Fabrikam Sales Engage")));
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("permissionTree"));
    // Least privilege: the admin keeps read access to shared calendars and drops full write access.
    QTreeWidgetItem* write = permissionItem(tree, QStringLiteral("Calendars.ReadWrite"));
    QVERIFY(write);
    write->setCheckState(0, Qt::Unchecked);
    QTreeWidgetItem* shared = permissionItem(tree, QStringLiteral("Calendars.Read.Shared"));
    QVERIFY(shared);
    QCOMPARE(shared->checkState(0), Qt::Checked);

    auto* grant = m_window->findChild<QPushButton*>(QStringLiteral("grantSelectedButton"));
    QVERIFY(grant->isEnabled());
    QTest::mouseClick(grant, Qt::LeftButton);

    // The preview lists every write before anything is sent; nothing has been written yet.
    auto* preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    auto* operations = preview->findChild<QTreeWidget*>(QStringLiteral("planOperations"));
    QStringList lines;
    for (int i = 0; i < operations->topLevelItemCount(); ++i) {
        lines << operations->topLevelItem(i)->text(1) + QStringLiteral(" | ") + operations->topLevelItem(i)->text(2);
    }
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.at(0).contains(QStringLiteral("POST /servicePrincipals")), qPrintable(lines.join('\n')));
    QVERIFY2(lines.join('\n').contains(QStringLiteral("POST /oauth2PermissionGrants")), qPrintable(lines.join('\n')));
    QVERIFY(!lines.join('\n').contains(QStringLiteral("Calendars.ReadWrite")));
    // The grant names every permission: longer than the column, it wraps instead of ending in "…".
    QVERIFY(operations->fontMetrics().horizontalAdvance(operations->topLevelItem(1)->text(1))
            > operations->columnWidth(1));
    QTRY_VERIFY(showsWhole(operations, 1));
    QVERIFY(m_controller->journal()->entries().isEmpty());
    saveScreenshot(preview, QStringLiteral("grant-preview.png"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);

    // The first write asks for the write permissions (incremental consent), then runs.
    auto* consent = waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"));
    QVERIFY(consent);
    QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);

    auto* results = waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"));
    QVERIFY(results);
    const QString summary = results->findChild<QLabel*>(QStringLiteral("executionSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("All ")), qPrintable(summary));
    QTRY_VERIFY(showsWhole(results->findChild<QTreeWidget*>(QStringLiteral("executionResults")), 1));
    saveScreenshot(results, QStringLiteral("grant-results.png"));
    results->close();

    // Journaled: an intent and an outcome for every write.
    const QList<JournalEntry> entries = m_controller->journal()->entries();
    QCOMPARE(entries.size(), lines.size());
    for (const JournalEntry& entry : entries) {
        QCOMPARE(entry.actor, GlobalAdmin);
        QCOMPARE(entry.outcome, JournalEntry::Outcome::Succeeded);
    }

    // Afterwards the detail shows what the app holds: exactly the ticked permissions.
    QTRY_VERIFY_WITH_TIMEOUT(permissionItem(tree, QStringLiteral("Calendars.Read.Shared"))
                                 && permissionItem(tree, QStringLiteral("Calendars.Read.Shared"))->text(4)
                                        == QStringLiteral("Already granted"),
                             20000);
    QCOMPARE(permissionItem(tree, QStringLiteral("Calendars.ReadWrite"))->text(4), QStringLiteral("Not granted"));

    // And in the sandbox's own state: a new service principal with one tenant-wide grant on Microsoft Graph
    // holding exactly the ticked scopes.
    const TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    const auto sp = store.servicePrincipalByAppId(m_view->detail()->review().request.appId);
    QVERIFY(sp);
    const auto graph = store.servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-c000-000000000000"));
    QVERIFY(graph);
    const QList<QJsonObject> grants = store.grantsByClient(sp->value(QStringLiteral("id")).toString());
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants.first().value(QStringLiteral("consentType")).toString(), QStringLiteral("AllPrincipals"));
    QCOMPARE(grants.first().value(QStringLiteral("resourceId")).toString(),
             graph->value(QStringLiteral("id")).toString());
    QStringList scopes = grants.first().value(QStringLiteral("scope")).toString().split(' ', Qt::SkipEmptyParts);
    scopes.sort();
    QVERIFY2(!scopes.contains(QStringLiteral("Calendars.ReadWrite")), qPrintable(scopes.join(' ')));
    QVERIFY2(scopes.contains(QStringLiteral("Calendars.Read.Shared")), qPrintable(scopes.join(' ')));
    QCOMPARE(scopes.size(), 5); // six requested, one unticked
}

void TestRequestsGui::blockAsksFirstThenDisablesTheApp()
{
    QVERIFY(startAs(GlobalAdmin));
    QVERIFY(selectApp(QStringLiteral("Fabrikam Sales Engage")));
    auto* block = m_window->findChild<QPushButton*>(QStringLiteral("blockButton"));
    QVERIFY(block->isEnabled());

    // Cancel changes nothing.
    QTest::mouseClick(block, Qt::LeftButton);
    auto* preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    QVERIFY(preview->windowTitle().contains(QStringLiteral("Block")));
    preview->reject();
    QTest::qWait(50);
    QVERIFY(m_controller->journal()->entries().isEmpty());

    QTest::mouseClick(block, Qt::LeftButton);
    preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    auto* consent = waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"));
    QVERIFY(consent);
    QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    auto* results = waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"));
    QVERIFY(results);
    results->close();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<QLabel*>(QStringLiteral("requestNotice"))->text().contains(QStringLiteral("blocked")),
        20000);
    QTRY_VERIFY(!block->isEnabled());
    QVERIFY(!block->toolTip().isEmpty());
}

void TestRequestsGui::powerShellEquivalent()
{
    QVERIFY(startAs(GlobalAdmin));
    QVERIFY(selectApp(QStringLiteral("Fabrikam Sales Engage")));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("powerShellButton")), Qt::LeftButton);
    auto* dialog = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(dialog);
    const QString script = dialog->findChild<QPlainTextEdit*>(QStringLiteral("planPowerShell"))->toPlainText();
    QVERIFY2(script.contains(QStringLiteral("Connect-MgGraph")), qPrintable(script));
    QVERIFY2(script.contains(QStringLiteral("New-MgServicePrincipal")), qPrintable(script));
    QVERIFY2(script.contains(QStringLiteral("New-MgOauth2PermissionGrant")), qPrintable(script));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))
            || !dialog->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))->isVisible());
    dialog->close();
    QVERIFY(m_controller->journal()->entries().isEmpty());
}

void TestRequestsGui::readOnlyRoleCannotGrantAndSaysWhy()
{
    QVERIFY(startAs(GlobalReader));
    QVERIFY(selectApp(QStringLiteral("Fabrikam Sales Engage")));
    auto* grant = m_window->findChild<QPushButton*>(QStringLiteral("grantSelectedButton"));
    auto* block = m_window->findChild<QPushButton*>(QStringLiteral("blockButton"));
    QVERIFY(!grant->isEnabled());
    QVERIFY(!block->isEnabled());
    QVERIFY2(grant->toolTip().contains(QStringLiteral("Administrator")), qPrintable(grant->toolTip()));
    QVERIFY2(block->toolTip().contains(QStringLiteral("Administrator")), qPrintable(block->toolTip()));
    // Reading is still complete.
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("permissionTree"));
    QVERIFY(tree->topLevelItemCount() > 0);
    // The boxes show what an administrator would grant but cannot be changed, and why is written in view.
    QTreeWidgetItem* calendars = permissionItem(tree, QStringLiteral("Calendars.ReadWrite"));
    QVERIFY(calendars);
    QVERIFY(!(calendars->flags() & Qt::ItemIsEnabled));
    const Qt::CheckState before = calendars->checkState(0);
    const QRect box = tree->visualItemRect(calendars);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(box.left() + 8, box.center().y()));
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(calendars->checkState(0), before);
    auto* notice = m_window->findChild<QLabel*>(QStringLiteral("grantNotAllowedNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Administrator")), qPrintable(notice->text()));
    saveScreenshot(m_window, QStringLiteral("requests-global-reader.png"));
}

void TestRequestsGui::newRequestShowsUpOnRefreshWithNotification()
{
    QVERIFY(startAs(GlobalAdmin));
    const int before = m_view->model()->rowCount();
    QSignalSpy fresh(m_view, &RequestsView::newRequests);
    // A user hits "Approval required" for an app nobody asked for before (the sandbox's control endpoint).
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(GuiTestSupport::demoSandbox(*m_controller)->baseUrl().toString()
                                 + QStringLiteral("/_sandbox/consent-requests")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body {
        {QStringLiteral("appId"), QStringLiteral("5b2f0c9e-7d1a-4f43-9c61-2a8e0f4d3b71")},
        {QStringLiteral("appDisplayName"), QStringLiteral("Contoso Survey Tool")},
        {QStringLiteral("scopes"), QJsonArray {QStringLiteral("User.Read"), QStringLiteral("Mail.Read")}},
        {QStringLiteral("userPrincipalName"), QStringLiteral("priya.raman@contoso.com")},
        {QStringLiteral("reason"), QStringLiteral("Quarterly staff survey")}};
    QNetworkReply* reply = nam.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QVERIFY2(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2,
             reply->readAll().constData());
    reply->deleteLater();

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("refreshRequestsButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), before + 1, 20000);
    QCOMPARE(fresh.size(), 1);
    const auto requests = fresh.first().first().value<QList<ConsentRequest>>();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().appDisplayName, QStringLiteral("Contoso Survey Tool"));
    // The shell says so: a badge and a status line.
    auto* nav = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QTRY_COMPARE(nav->item(int(m_window->viewIds().indexOf(QStringLiteral("requests"))))->text(),
                 QStringLiteral("Consent requests (%1)").arg(before + 1));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Contoso Survey Tool")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestRequestsGui)
#include "TestRequestsGui.moc"
