// The Activity view as an admin reads it (offscreen): the journal's changes newest first, filters, the full
// before/after of one change, and which changes Restore may undo — with a real grant made through the
// Consent requests view producing the entries.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "activity/ActivityModel.h"
#include "activity/ActivityView.h"
#include "auth/SignInManager.h"
#include "consent/Journal.h"
#include "log/Log.h"
#include "pipeline/WriteRunner.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString GlobalReader = QStringLiteral("kwame.mensah@contoso.com");
const QString ContosoTenant = QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f");

JournalEntry entry(const QString& tenant, const QString& action, const QString& summary, const QDateTime& time)
{
    JournalEntry e;
    e.tenantId = tenant;
    e.actor = GlobalAdmin;
    e.action = action;
    e.summary = summary;
    e.time = time;
    e.request = QJsonObject {{QStringLiteral("method"), QStringLiteral("DELETE")},
                             {QStringLiteral("path"), QStringLiteral("/oauth2PermissionGrants/abc")}};
    if (action.endsWith(QLatin1String(".delete"))) {
        e.prior = QJsonObject {{QStringLiteral("id"), QStringLiteral("abc")},
                               {QStringLiteral("clientId"), QStringLiteral("client-sp")},
                               {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                               {QStringLiteral("scope"), QStringLiteral("Mail.Read Mail.Send")}};
    }
    return e;
}

} // namespace

class TestActivityGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void listsChangesNewestFirstWithDetails();
    void filtersByKindOutcomeTextAndTenant();
    void restoreOnlyForSucceededRemovalsAndAllowedRoles();
    void restoreOfAnAppThatIsGoneIsRefused();
    void aLostWriteAndItsResendSayWhatHappened();

private:
    bool startAs(const QString& upn);
    void seedJournal();

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    ActivityView* m_view = nullptr;
    QAbstractItemView* m_table = nullptr;
};

void TestActivityGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
}

void TestActivityGui::cleanupTestCase()
{
    Log::shutdown();
}

void TestActivityGui::cleanup()
{
    m_controller.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("journal.jsonl")));
}

void TestActivityGui::seedJournal()
{
    // Written through the real Journal, as WriteRunner writes it: intent first, then the outcome.
    Journal journal(m_dir.filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(journal.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Seed
    {
        JournalEntry entry;
        JournalEntry::Outcome outcome;
    };
    QList<Seed> seeds {
        {entry(ContosoTenant,
               QStringLiteral("grant.create"),
               QStringLiteral("Grant Calendars.Read to Tailspin"),
               now.addDays(-10)),
         JournalEntry::Outcome::Succeeded},
        {entry(ContosoTenant,
               QStringLiteral("grant.delete"),
               QStringLiteral("Remove Litware Outreach's grant"),
               now.addSecs(-3600)),
         JournalEntry::Outcome::Succeeded},
        {entry(ContosoTenant,
               QStringLiteral("appRoleAssignment.delete"),
               QStringLiteral("Remove Mail.Read (application) from Northwind CRM"),
               now.addSecs(-60)),
         JournalEntry::Outcome::Failed},
        {entry(QStringLiteral("11111111-2222-3333-4444-555555555555"),
               QStringLiteral("grant.delete"),
               QStringLiteral("Remove a grant in another tenant"),
               now.addSecs(-30)),
         JournalEntry::Outcome::Succeeded},
    };
    for (Seed& seed : seeds) {
        QVERIFY(journal.recordIntent(seed.entry));
        QVERIFY(journal.recordOutcome(seed.entry.id,
                                      seed.outcome,
                                      seed.outcome == JournalEntry::Outcome::Failed ? 403 : 204,
                                      {},
                                      seed.outcome == JournalEntry::Outcome::Failed
                                          ? QStringLiteral("Authorization_RequestDenied: Insufficient privileges")
                                          : QString(),
                                      QStringLiteral("response")));
    }
}

bool TestActivityGui::startAs(const QString& upn)
{
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, upn));
    if (!m_controller->start() || !QTest::qWaitForWindowExposed(m_controller->mainWindow())) {
        return false;
    }
    GuiTestSupport::waitUntil([this] { return m_controller->signInManager()->isSignedIn(); });
    m_view = m_controller->activityView();
    m_table = m_view->findChild<QAbstractItemView*>(QStringLiteral("activityTable"));
    m_controller->mainWindow()->showView(QStringLiteral("activity"));
    return m_controller->signInManager()->isSignedIn() && m_table;
}

void TestActivityGui::listsChangesNewestFirstWithDetails()
{
    seedJournal();
    QVERIFY(startAs(GlobalAdmin));
    QAbstractItemModel* model = m_table->model();
    // This tenant only (the default): the other tenant's entry is not shown.
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ActivityModel::Change).data().toString(),
             QStringLiteral("Remove Mail.Read (application) from Northwind CRM"));
    QCOMPARE(model->index(2, ActivityModel::Change).data().toString(),
             QStringLiteral("Grant Calendars.Read to Tailspin"));
    QVERIFY(model->index(0, ActivityModel::Outcome).data().toString().contains(QStringLiteral("403")));
    QCOMPARE(model->index(1, ActivityModel::Action).data().toString(), QStringLiteral("Delegated permissions removed"));

    m_table->selectionModel()->select(model->index(1, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString details = m_view->findChild<QPlainTextEdit*>(QStringLiteral("activityDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Before the change:")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Mail.Read Mail.Send")));
    QVERIFY(details.contains(QStringLiteral("DELETE")));
    GuiTestSupport::saveScreenshot(m_controller->mainWindow(), QStringLiteral("activity-view.png"));
}

void TestActivityGui::filtersByKindOutcomeTextAndTenant()
{
    seedJournal();
    QVERIFY(startAs(GlobalAdmin));
    QAbstractItemModel* model = m_table->model();
    auto* kind = m_view->findChild<QComboBox*>(QStringLiteral("activityKind"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Removals")));
    QCOMPARE(model->rowCount(), 2);
    kind->setCurrentIndex(kind->findText(QStringLiteral("Grants")));
    QCOMPARE(model->rowCount(), 1);
    kind->setCurrentIndex(0);

    auto* outcome = m_view->findChild<QComboBox*>(QStringLiteral("activityOutcome"));
    outcome->setCurrentIndex(outcome->findText(QStringLiteral("Failed")));
    QCOMPARE(model->rowCount(), 1);
    outcome->setCurrentIndex(0);

    auto* period = m_view->findChild<QComboBox*>(QStringLiteral("activityPeriod"));
    period->setCurrentIndex(period->findText(QStringLiteral("Last 7 days")));
    QCOMPARE(model->rowCount(), 2);
    period->setCurrentIndex(0);

    QTest::keyClicks(m_view->findChild<QLineEdit*>(QStringLiteral("activitySearch")), QStringLiteral("litware"));
    QCOMPARE(model->rowCount(), 1);
    m_view->findChild<QLineEdit*>(QStringLiteral("activitySearch"))->clear();

    m_view->findChild<QCheckBox*>(QStringLiteral("activityThisTenant"))->setChecked(false);
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("activityCount"))->text().startsWith(QStringLiteral("4 ")));
}

void TestActivityGui::restoreOnlyForSucceededRemovalsAndAllowedRoles()
{
    seedJournal();
    QVERIFY(startAs(GlobalAdmin));
    QAbstractItemModel* model = m_table->model();
    auto* restore = m_view->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    auto select = [&](int row) {
        m_table->selectionModel()->select(model->index(row, 0),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    select(1); // a removal that succeeded
    QVERIFY(restore->isEnabled());
    select(0); // a removal that failed: nothing to restore
    QVERIFY(!restore->isEnabled());
    select(2); // a grant: nothing was removed
    QVERIFY(!restore->isEnabled());
    m_controller.reset();

    QVERIFY(startAs(GlobalReader));
    model = m_table->model();
    restore = m_view->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    m_table->selectionModel()->select(model->index(1, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!restore->isEnabled());
    QVERIFY2(restore->toolTip().contains(QStringLiteral("Administrator")), qPrintable(restore->toolTip()));
}

void TestActivityGui::restoreOfAnAppThatIsGoneIsRefused()
{
    // The seeded removal belongs to an app the tenant does not have (deleted since): what it held cannot be read, so
    // nothing is planned — the rule `consentdesk-cli journal restore` applies too (RestoreService). Before, the view
    // planned with whatever inventories happened to load and offered to re-create the grant.
    seedJournal();
    QVERIFY(startAs(GlobalAdmin));
    const int entriesBefore = int(m_controller->journal()->entries().size());
    m_table->selectionModel()->select(m_table->model()->index(1, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto* restore = m_view->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    QVERIFY(restore->isEnabled());
    restore->click();
    auto* refused = GuiTestSupport::waitForWidget<QMessageBox>(QStringLiteral("restoreRefused"));
    QVERIFY(refused);
    QVERIFY2(refused->text().contains(QStringLiteral("client-sp is no longer in the tenant")),
             qPrintable(refused->text()));
    QVERIFY(refused->text().contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(refused->textFormat(), Qt::PlainText);
    GuiTestSupport::saveScreenshot(refused, QStringLiteral("activity-restore-refused.png"));
    QVERIFY(!GuiTestSupport::waitForWidget<QDialog>(QStringLiteral("planPreviewDialog"), 500)); // no plan offered
    refused->close();
    QVERIFY(restore->isEnabled()); // it may be tried again
    QCOMPARE(int(m_controller->journal()->entries().size()), entriesBefore);
}

void TestActivityGui::aLostWriteAndItsResendSayWhatHappened()
{
    // As WriteRunner journals a write whose answer was lost: the first send read back as not made and sent again
    // (a new entry naming it), and another read back as made. The admin sees both sends as one change, linked.
    {
        Journal journal(m_dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        JournalEntry lost = entry(ContosoTenant,
                                  QStringLiteral("grant.delete"),
                                  QStringLiteral("Remove Fabrikam Notes's grant"),
                                  now.addSecs(-120));
        QVERIFY(journal.recordIntent(lost));
        QVERIFY(journal.recordSettledOutcome(lost.id,
                                             JournalEntry::Outcome::NotApplied,
                                             {},
                                             QStringLiteral("the object still exists"),
                                             WriteRunner::readBackSettledBy()));
        JournalEntry again = lost;
        again.id.clear();
        again.time = now.addSecs(-119);
        again.resendsEntryId = lost.id;
        QVERIFY(journal.recordIntent(again));
        QVERIFY(
            journal.recordOutcome(again.id, JournalEntry::Outcome::Succeeded, 204, {}, {}, QStringLiteral("response")));
        JournalEntry made = entry(ContosoTenant,
                                  QStringLiteral("grant.delete"),
                                  QStringLiteral("Remove Adatum Mail's grant"),
                                  now.addSecs(-60));
        QVERIFY(journal.recordIntent(made));
        QVERIFY(journal.recordSettledOutcome(made.id,
                                             JournalEntry::Outcome::Succeeded,
                                             {},
                                             QStringLiteral("the object is gone"),
                                             WriteRunner::readBackSettledBy()));
    }
    QVERIFY(startAs(GlobalAdmin));
    QAbstractItemModel* model = m_table->model();
    QCOMPARE(model->rowCount(), 3);
    auto* details = m_view->findChild<QPlainTextEdit*>(QStringLiteral("activityDetails"));
    auto select = [&](int row) {
        m_table->selectionModel()->select(model->index(row, 0),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return details->toPlainText();
    };
    // Newest first: the write read back as made, the resend, the lost first send.
    QCOMPARE(model->index(0, ActivityModel::Change).data().toString(), QStringLiteral("Remove Adatum Mail's grant"));
    QCOMPARE(model->index(0, ActivityModel::Outcome).data().toString(), QStringLiteral("Done"));
    QString text = select(0);
    QVERIFY2(text.contains(QStringLiteral("Outcome: Done (the connection dropped before the answer came; "
                                          "ConsentDesk read the tenant back at once to find out)")),
             qPrintable(text));

    QCOMPARE(model->index(1, ActivityModel::Action).data().toString(),
             QStringLiteral("Delegated permissions removed (sent again)"));
    QCOMPARE(model->index(1, ActivityModel::Outcome).data().toString(), QStringLiteral("Done"));
    text = select(1);
    QVERIFY2(text.contains(QStringLiteral("Sent again: the answer to the same change sent at ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("was lost, and reading the tenant showed it had not been made.")));

    QCOMPARE(model->index(2, ActivityModel::Action).data().toString(), QStringLiteral("Delegated permissions removed"));
    QCOMPARE(model->index(2, ActivityModel::Outcome).data().toString(), QStringLiteral("Not applied · sent again"));
    text = select(2);
    QVERIFY2(text.contains(QStringLiteral("Outcome: Not applied (the connection dropped")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ConsentDesk sent this change again at ")), qPrintable(text));
    GuiTestSupport::saveScreenshot(m_controller->mainWindow(), QStringLiteral("activity-lost-answer.png"));

    // Restore offers the removal that was made — the resend — and not the send that was not.
    auto* restore = m_view->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    select(1);
    QVERIFY(restore->isEnabled());
    select(2);
    QVERIFY(!restore->isEnabled());
}

QTEST_MAIN(TestActivityGui)
#include "TestActivityGui.moc"
