// Exchange writes in the Activity view (offscreen, real widgets): a policy created through the write pipeline against
// the in-process demo tenant shows in words with its PowerShell line, filters as "Exchange", and Restore goes
// preview → confirm → journaled undo → results, after which the demo tenant's Exchange no longer holds the policy.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "activity/ActivityFilterModel.h"
#include "activity/ActivityModel.h"
#include "activity/ActivityView.h"
#include "auth/SignInManager.h"
#include "consent/Journal.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"
#include "log/Log.h"
#include "pipeline/WriteRunner.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString GlobalReader = QStringLiteral("kwame.mensah@contoso.com");
const QString BackupApp = QStringLiteral("84e94910-16ce-4447-ba77-f1f86257b3b4"); // Wide World Backup
const QString Group = QStringLiteral("CRM Mailbox Access");

} // namespace

class TestActivityExchangeGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void exchangeEntryIsShownAndRestored();
    void readerCannotRestoreExchangeEntries();

private:
    bool startAs(const QString& upn);
    int backupPolicies();
    int rowOf(const QString& action) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    ActivityView* m_view = nullptr;
    QAbstractItemView* m_table = nullptr;
};

void TestActivityExchangeGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
}

void TestActivityExchangeGui::cleanupTestCase()
{
    Log::shutdown();
}

void TestActivityExchangeGui::cleanup()
{
    m_controller.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("journal.jsonl")));
}

bool TestActivityExchangeGui::startAs(const QString& upn)
{
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, upn));
    if (!m_controller->start() || !QTest::qWaitForWindowExposed(m_controller->mainWindow())) {
        return false;
    }
    GuiTestSupport::waitUntil([this] { return m_controller->signInManager()->isSignedIn(); });
    m_view = m_controller->activityView();
    m_table = m_view->findChild<QAbstractItemView*>(QStringLiteral("activityTable"));
    m_controller->mainWindow()->showView(QStringLiteral("activity"));
    return m_controller->signInManager()->isSignedIn() && m_table && m_controller->exchange();
}

int TestActivityExchangeGui::backupPolicies()
{
    bool done = false;
    int count = -1;
    m_controller->exchange()->getApplicationAccessPolicies(
        this, [&](const QList<ApplicationAccessPolicy>& rows, const GraphError& error) {
            count = error ? -1 : 0;
            for (const auto& p : rows) {
                count += p.appId.compare(BackupApp, Qt::CaseInsensitive) == 0 ? 1 : 0;
            }
            done = true;
        });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return count;
}

int TestActivityExchangeGui::rowOf(const QString& action) const
{
    const QAbstractItemModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ActivityModel::ActionKeyRole).toString() == action) {
            return row;
        }
    }
    return -1;
}

void TestActivityExchangeGui::exchangeEntryIsShownAndRestored()
{
    QVERIFY(startAs(GlobalAdmin));
    // The write, journaled by the product's write pipeline into the window's own journal.
    WriteRunner executor({nullptr, m_controller->exchange()}, m_controller->journal());
    const Actor actor = Actor::of(m_controller->signInManager()->account());
    ExchangePlanner::ScopeAppRequest request;
    request.appId = BackupApp;
    request.appDisplayName = QStringLiteral("Wide World Backup");
    request.group = Group;
    request.description = QStringLiteral("Backups for the CRM team");
    const QFuture<WriteRun> done = executor.run(WritePlan::from(ExchangePlanner::scopeApp(request)), actor);
    QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 15000);
    QVERIFY2(executor.current().allSucceeded(), qPrintable(executor.current().describe().join(QLatin1Char('\n'))));
    QCOMPARE(backupPolicies(), 1);

    // In words, with its PowerShell line.
    QTRY_VERIFY(rowOf(QStringLiteral("exchange.accessPolicy.create")) >= 0);
    QAbstractItemModel* model = m_table->model();
    const int row = rowOf(QStringLiteral("exchange.accessPolicy.create"));
    QCOMPARE(model->index(row, ActivityModel::Action).data().toString(), QStringLiteral("Access policy created"));
    QCOMPARE(model->index(row, ActivityModel::Change).data().toString(),
             QStringLiteral("Wide World Backup → CRM Mailbox Access (RestrictAccess)"));
    auto* kind = m_view->findChild<QComboBox*>(QStringLiteral("activityKind"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Exchange (mailbox access)")));
    QCOMPARE(model->rowCount(), 1);
    kind->setCurrentIndex(kind->findText(QStringLiteral("Grants")));
    QCOMPARE(model->rowCount(), 1);
    kind->setCurrentIndex(kind->findText(QStringLiteral("Removals")));
    QCOMPARE(model->rowCount(), 0);
    kind->setCurrentIndex(0);

    m_table->selectionModel()->select(model->index(rowOf(QStringLiteral("exchange.accessPolicy.create")), 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString details = m_view->findChild<QPlainTextEdit*>(QStringLiteral("activityDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("PowerShell: New-ApplicationAccessPolicy -AccessRight RestrictAccess")),
             qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Answer:"))); // the cmdlet's output, with the new policy's Identity

    // Restore → preview (nothing sent yet) → confirm.
    auto* restore = m_view->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    QVERIFY2(restore->isEnabled(), qPrintable(restore->toolTip()));
    QTest::mouseClick(restore, Qt::LeftButton);
    QDialog* preview = nullptr;
    QTRY_VERIFY((preview = m_view->findChild<QDialog*>(QStringLiteral("exchangePlanPreviewDialog")))
                && preview->isVisible());
    auto* operations = preview->findChild<QTreeWidget*>(QStringLiteral("planOperations"));
    QCOMPARE(operations->topLevelItemCount(), 1);
    QCOMPARE(operations->topLevelItem(0)->text(2), QStringLiteral("Remove-ApplicationAccessPolicy"));
    QVERIFY(preview->findChild<QPlainTextEdit*>(QStringLiteral("planPowerShell"))
                ->toPlainText()
                .contains(QStringLiteral("Remove-ApplicationAccessPolicy -Confirm:$false -Identity '")));
    QVERIFY(preview->findChild<QPushButton*>(QStringLiteral("cancelPlanButton"))->isDefault());
    QCOMPARE(backupPolicies(), 1);
    GuiTestSupport::saveScreenshot(preview, QStringLiteral("activity-exchange-restore-preview.png"));
    GuiTestSupport::saveScreenshot(m_controller->mainWindow(), QStringLiteral("activity-exchange.png"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);

    QDialog* results = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((results = m_view->findChild<QDialog*>(QStringLiteral("exchangeExecutionResultDialog")))
                                 && results->isVisible(),
                             15000);
    QCOMPARE(results->findChild<QTreeWidget*>(QStringLiteral("executionResults"))->topLevelItem(0)->text(0),
             QStringLiteral("Done"));
    QCOMPARE(backupPolicies(), 0);

    // The journal links the undo to the entry: shown as restored, and not restorable again.
    QTRY_VERIFY(rowOf(QStringLiteral("exchange.accessPolicy.delete")) >= 0);
    const int created = rowOf(QStringLiteral("exchange.accessPolicy.create"));
    QVERIFY(model->index(created, ActivityModel::Outcome).data().toString().contains(QStringLiteral("restored")));
    QVERIFY(model->index(rowOf(QStringLiteral("exchange.accessPolicy.delete")), ActivityModel::Action)
                .data()
                .toString()
                .contains(QStringLiteral("(restore)")));
    // The Restores filter finds the undo by the entry's data (not by its translated text), and only it.
    kind->setCurrentIndex(kind->findData(int(ActivityFilterModel::Kind::Restores)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ActivityModel::Action).data(ActivityModel::ActionKeyRole).toString(),
             QStringLiteral("exchange.accessPolicy.delete"));
    kind->setCurrentIndex(kind->findData(int(ActivityFilterModel::Kind::All)));
    results->close();
    m_table->selectionModel()->select(model->index(created, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!restore->isEnabled());
}

void TestActivityExchangeGui::readerCannotRestoreExchangeEntries()
{
    {
        // A succeeded Exchange write in the journal, as the write pipeline records it.
        Journal journal(m_dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open());
        const ExchangePlan plan = ExchangePlanner::addMembers(Group, {QStringLiteral("hiroshi.tanaka@contoso.com")});
        const ExchangeOperation& op = plan.operations.first();
        JournalEntry e;
        e.tenantId = QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f");
        e.actor = GlobalAdmin;
        e.action = op.action();
        e.summary = op.summary;
        e.target = op.target;
        e.request = {{QStringLiteral("api"), QStringLiteral("exchange")},
                     {QStringLiteral("cmdlet"), op.cmdlet},
                     {QStringLiteral("parameters"), op.parameters},
                     {QStringLiteral("powerShell"), op.powerShell()}};
        QVERIFY(journal.recordIntent(e));
        QVERIFY(journal.recordOutcome(e.id, JournalEntry::Outcome::Succeeded, 200, {}, {}, QStringLiteral("response")));
    }
    QVERIFY(startAs(GlobalReader));
    QAbstractItemModel* model = m_table->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ActivityModel::Action).data().toString(), QStringLiteral("Member added to group"));
    QCOMPARE(model->index(0, ActivityModel::Change).data().toString(),
             QStringLiteral("CRM Mailbox Access: hiroshi.tanaka@contoso.com"));
    m_table->selectionModel()->select(model->index(0, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto* restore = m_view->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    QVERIFY(!restore->isEnabled());
    QVERIFY2(restore->toolTip().contains(QStringLiteral("Exchange Administrator")), qPrintable(restore->toolTip()));
}

QTEST_MAIN(TestActivityExchangeGui)
#include "TestActivityExchangeGui.moc"
