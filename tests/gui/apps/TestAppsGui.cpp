// Apps & permissions, Users and Activity as an admin uses them (offscreen, demo tenant): the apps list with risk,
// one app's Admin consent tab, revoking one scope there, restoring it from Activity — checked in the sandbox's own
// tenant state — and the helpdesk lookup of a user.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "activity/ActivityModel.h"
#include "apps/AppDetailPane.h"
#include "apps/AppListModel.h"
#include "apps/AppsView.h"
#include "apps/PermissionRowModel.h"
#include "auth/SignInManager.h"
#include "consent/Journal.h"
#include "graph/GraphClient.h"
#include "log/Log.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "session/FirstSeenState.h"
#include "session/SessionState.h"
#include "users/UsersView.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using GuiTestSupport::saveScreenshot;
using GuiTestSupport::waitForChild;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

} // namespace

class TestAppsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void appsListStreamsWithRisk();
    void firstSeenColumnDatesWhatWasRead();
    void revokeOneScopeThenRestoreFromActivity();
    void helpdeskFindsWhatAUserGranted();
    void listSaysWhyItIsEmpty();

private:
    QStringList grantScopes(const QString& clientSpId) const;
    bool selectApp(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
};

void TestAppsGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->mainWindow()));
    m_window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
}

void TestAppsGui::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
}

QStringList TestAppsGui::grantScopes(const QString& clientSpId) const
{
    // The sandbox's own tenant state, not what ConsentDesk shows.
    for (const QJsonObject& grant : GuiTestSupport::demoSandbox(*m_controller)->store().grantsByClient(clientSpId)) {
        if (grant.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            return grant.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    return {};
}

bool TestAppsGui::selectApp(const QString& name)
{
    AppsView* view = m_controller->appsView();
    view->selectApp(name);
    return GuiTestSupport::waitUntil(
        [&] { return view->detail()->hasInventory() && view->detail()->inventory().app.displayName == name; });
}

void TestAppsGui::appsListStreamsWithRisk()
{
    m_window->showView(QStringLiteral("apps"));
    AppsView* view = m_controller->appsView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->model()->rowCount() > 0, 20000);
    const auto* table = m_window->findChild<QTableView*>(QStringLiteral("appTable"));
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        names << table->model()->index(row, AppListModel::App).data().toString();
    }
    QVERIFY2(names.contains(QStringLiteral("Northwind CRM")), qPrintable(names.join(',')));
    // Sorted by risk, riskiest first.
    QVERIFY(table->model()->index(0, AppListModel::Risk).data(AppListModel::SortRole).toInt()
            >= table->model()->index(names.size() - 1, AppListModel::Risk).data(AppListModel::SortRole).toInt());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("appsStatus"))->text().contains(QStringLiteral("apps")));
    QVERIFY(selectApp(QStringLiteral("Northwind CRM")));
    saveScreenshot(m_window, QStringLiteral("apps-view.png"));
}

void TestAppsGui::firstSeenColumnDatesWhatWasRead()
{
    m_window->showView(QStringLiteral("apps"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->appsView()->isLoading(), 20000);
    // A computer that never saw the tenant: no history (the test's home outlives a run), then the app read again.
    SessionState* session = m_controller->sessionState();
    FirstSeenState* state = session->firstSeen();
    // The reads so far are recorded on a worker after they finished: one still writing would bring the file back.
    QTRY_VERIFY_WITH_TIMEOUT(state->isIdle(), 10000);
    QFile::remove(state->history().path());
    QSignalSpy loaded(state, &FirstSeenState::changed);
    state->load();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000); // the worker may have answered before load() returned
    QCOMPARE(state->history().size(), 0);
    const QString other = m_controller->appsView()->model()->index(0, AppListModel::App).data().toString()
                                  == QLatin1String("Northwind CRM")
                              ? m_controller->appsView()->model()->index(1, AppListModel::App).data().toString()
                              : m_controller->appsView()->model()->index(0, AppListModel::App).data().toString();
    QVERIFY(selectApp(other));
    QVERIFY(selectApp(QStringLiteral("Northwind CRM")));
    QTableView* admin = m_controller->appsView()->detail()->adminTable();
    QAbstractItemModel* model = admin->model();
    QCOMPARE(model->headerData(PermissionRowModel::FirstSeen, Qt::Horizontal).toString(),
             QStringLiteral("First seen by ConsentDesk"));
    QVERIFY(!admin->isColumnHidden(PermissionRowModel::FirstSeen));
    QVERIFY(model->rowCount() > 0);
    // Read just now for the first time on this computer: every row says today (the reads are recorded off the GUI
    // thread, so the column fills in shortly after the rows).
    const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    auto allShow = [model](const QString& date) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, PermissionRowModel::FirstSeen).data().toString() != date) {
                return false;
            }
        }
        return true;
    };
    auto shownDates = [model] {
        QStringList dates;
        for (int r = 0; r < model->rowCount(); ++r) {
            dates << model->index(r, PermissionRowModel::Claim).data().toString() + QLatin1Char('=')
                         + model->index(r, PermissionRowModel::FirstSeen).data().toString();
        }
        return dates.join(QLatin1Char(' '));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(allShow(today), qPrintable(today + QLatin1String(": ") + shownDates()), 10000);
    const QString tip = model->index(0, PermissionRowModel::FirstSeen).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Graph keeps no date")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("since")), qPrintable(tip));

    // The history on disk names no app, and an older sighting (a snapshot of October) moves the dates back.
    QFile file(state->history().path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Northwind"));
    const QDateTime october(QDate(2026, 10, 1), QTime(8, 0), QTimeZone::utc());
    FirstSeenHistory::record(session->account().tenantId,
                             FirstSeenHistory::claimsOf(m_controller->appsView()->detail()->inventory().permissions),
                             october,
                             FirstSeenHistory::Source::Snapshot);
    state->load();
    QTRY_VERIFY_WITH_TIMEOUT(allShow(QLocale().toString(QDate(2026, 10, 1), QLocale::ShortFormat)), 10000);
    saveScreenshot(m_window, QStringLiteral("apps-first-seen.png"));
}

void TestAppsGui::revokeOneScopeThenRestoreFromActivity()
{
    m_window->showView(QStringLiteral("apps"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->appsView()->isLoading(), 20000);
    QVERIFY(selectApp(QStringLiteral("Northwind CRM")));
    AppDetailPane* detail = m_controller->appsView()->detail();
    const QString northwind = detail->inventory().app.id;
    QVERIFY(grantScopes(northwind).contains(QStringLiteral("Calendars.ReadWrite")));

    // Admin consent tab: select Calendars.ReadWrite and revoke it.
    QTableView* admin = detail->adminTable();
    int row = -1;
    for (int r = 0; r < admin->model()->rowCount(); ++r) {
        if (admin->model()->index(r, PermissionRowModel::Claim).data().toString()
                == QLatin1String("Calendars.ReadWrite")
            && admin->model()->index(r, PermissionRowModel::Type).data().toString() == QLatin1String("Delegated")) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    admin->selectRow(row);
    auto* revoke = m_window->findChild<QPushButton*>(QStringLiteral("revokeSelectedButton"));
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);

    auto* preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    auto* operations = preview->findChild<QTreeWidget*>(QStringLiteral("planOperations"));
    QCOMPARE(operations->topLevelItemCount(), 1);
    QVERIFY2(operations->topLevelItem(0)->text(2).startsWith(QStringLiteral("PATCH /oauth2PermissionGrants/")),
             qPrintable(operations->topLevelItem(0)->text(2)));
    // The admin is told that issued tokens stay valid.
    QVERIFY(preview->findChild<QLabel*>(QStringLiteral("planIntro"))->text().contains(QStringLiteral("expire")));
    saveScreenshot(preview, QStringLiteral("revoke-preview.png"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    if (auto* consent = waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"), 3000)) {
        QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    }
    auto* results = waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"));
    QVERIFY(results);
    QVERIFY(results->findChild<QLabel*>(QStringLiteral("executionSummary"))
                ->text()
                .startsWith(QStringLiteral("The change was made."))); // one revoke: the singular
    results->close();

    // Exactly that scope is gone from the tenant; the others stay.
    QStringList after = grantScopes(northwind);
    QVERIFY(!after.contains(QStringLiteral("Calendars.ReadWrite")));
    QVERIFY(after.contains(QStringLiteral("Mail.Read")));
    QVERIFY(after.contains(QStringLiteral("Contacts.Read")));

    // Activity lists the change; Restore puts it back.
    m_window->showView(QStringLiteral("activity"));
    auto* activity = m_window->findChild<QTableView*>(QStringLiteral("activityTable"));
    QTRY_VERIFY(activity->model()->rowCount() >= 1);
    int entry = -1;
    for (int r = 0; r < activity->model()->rowCount(); ++r) {
        if (activity->model()->index(r, 0).data(ActivityModel::ActionKeyRole).toString()
            == QLatin1String("grant.updateScope")) {
            entry = r;
            break;
        }
    }
    QVERIFY(entry >= 0);
    activity->selectRow(entry);
    auto* restore = m_window->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    QVERIFY2(restore->isEnabled(), qPrintable(restore->toolTip()));
    QTest::mouseClick(restore, Qt::LeftButton);
    preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    QVERIFY(preview->windowTitle().contains(QStringLiteral("Restore")));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    results = waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"));
    QVERIFY(results);
    results->close();
    QTRY_VERIFY(grantScopes(northwind).contains(QStringLiteral("Calendars.ReadWrite")));
    QVERIFY(grantScopes(northwind).contains(QStringLiteral("Mail.Read")));
    // The restore is journaled and linked to what it undid; the removal now shows as restored.
    bool linked = false;
    for (const JournalEntry& e : m_controller->journal()->entries()) {
        linked = linked || !e.restoresEntryId.isEmpty();
    }
    QVERIFY(linked);
    QTRY_VERIFY(!restore->isEnabled());
    saveScreenshot(m_window, QStringLiteral("activity-after-restore.png"));
}

void TestAppsGui::helpdeskFindsWhatAUserGranted()
{
    m_window->showView(QStringLiteral("users"));
    UsersView* users = m_controller->usersView();
    Q_UNUSED(users);
    // A user with personal consents in the demo tenant.
    const QString target = [this] {
        for (const QJsonObject& grant :
             GuiTestSupport::demoSandbox(*m_controller)->store().list(QStringLiteral("oauth2PermissionGrants"))) {
            if (grant.value(QStringLiteral("consentType")).toString() == QLatin1String("Principal")) {
                return grant.value(QStringLiteral("principalId")).toString();
            }
        }
        return QString();
    }();
    QVERIFY(!target.isEmpty());
    const QJsonObject user
        = GuiTestSupport::demoSandbox(*m_controller)->store().userByIdOrUpn(target).value_or(QJsonObject());
    const QString name = user.value(QStringLiteral("displayName")).toString();
    QVERIFY(!name.isEmpty());
    auto* query = m_window->findChild<QLineEdit*>(QStringLiteral("userQuery"));
    query->setText(name.section(QLatin1Char(' '), 0, 0));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("findUserButton")), Qt::LeftButton);
    auto* results = m_window->findChild<QListWidget*>(QStringLiteral("userResults"));
    QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0, 20000);
    for (int i = 0; i < results->count(); ++i) {
        if (results->item(i)->data(Qt::UserRole).toString() == target) {
            results->setCurrentRow(i);
        }
    }
    auto* consents = m_window->findChild<QTableView*>(QStringLiteral("userConsentsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(consents->isVisible() && consents->model()->rowCount() > 0, 20000);
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("userTitle"))->text().startsWith(name), true);
    // Admin-consented grants apply to everyone, so to this user too.
    QVERIFY(m_window->findChild<QTableView*>(QStringLiteral("tenantWideTable"))->model()->rowCount() > 0);
    // Mailbox access: apps whose application permissions reach mailboxes, judged against Exchange's access
    // policies (a Global Administrator may read them, so every row is decided, none "not checked").
    auto* mailbox = m_window->findChild<QTreeWidget*>(QStringLiteral("mailboxAccessList"));
    QVERIFY(mailbox->topLevelItemCount() > 0);
    for (int i = 0; i < mailbox->topLevelItemCount(); ++i) {
        QVERIFY2(!mailbox->topLevelItem(i)->text(2).startsWith(QStringLiteral("Not checked")),
                 qPrintable(mailbox->topLevelItem(i)->text(0) + QStringLiteral(": ")
                            + mailbox->topLevelItem(i)->toolTip(2)));
    }
    saveScreenshot(m_window, QStringLiteral("users-view.png"));

    // What helpdesk asks first — which app, and how risky — is in sight at the window's size, not behind the
    // table's horizontal scrollbar, even for a user whose consents have long names (Priya consented to "Microsoft
    // Graph Command Line Tools" for RoleManagement.ReadWrite.Directory): the app, then its risk.
    query->setText(QStringLiteral("priya.raman@contoso.com"));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("findUserButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1 && results->item(0)->text().contains(QStringLiteral("Priya")),
                             20000);
    results->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<QLabel*>(QStringLiteral("userTitle"))->text().startsWith(QStringLiteral("Priya Raman"))
            && consents->model()->rowCount() >= 7,
        20000);
    QTest::qWait(50); // the columns fit their new contents
    for (const int column : {int(PermissionRowModel::App), int(PermissionRowModel::Risk)}) {
        const int x = consents->columnViewportPosition(column);
        QVERIFY2(x >= 0 && x + consents->columnWidth(column) <= consents->viewport()->width(),
                 qPrintable(QStringLiteral("column %1 at %2, width %3, viewport %4")
                                .arg(column)
                                .arg(x)
                                .arg(consents->columnWidth(column))
                                .arg(consents->viewport()->width())));
    }
    saveScreenshot(m_window, QStringLiteral("users-view-long-names.png"));
}

void TestAppsGui::listSaysWhyItIsEmpty()
{
    // Signed out, filtered to nothing, unreadable: a sentence with the next step instead of an empty grid.
    QTemporaryDir dir;
    AppController::Options options = GuiTestSupport::demoOptions(dir, GlobalAdmin, QStringLiteral("-empty"));
    options.demoUser.clear(); // not signed in until the test says so
    AppController controller(options);
    QVERIFY(controller.start());
    MainWindow* window = controller.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showView(QStringLiteral("apps"));
    auto* message = window->findChild<QLabel*>(QStringLiteral("appsListMessage"));
    auto* table = window->findChild<QTableView*>(QStringLiteral("appTable"));
    QVERIFY(message && table);
    QVERIFY(message->isVisible());
    QVERIFY(!table->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Sign in")), qPrintable(message->text()));
    saveScreenshot(window, QStringLiteral("apps-signed-out.png"));

    // Signed in: the list.
    QVERIFY(m_controller->signInManager()->isSignedIn());
    AppController signedIn(GuiTestSupport::demoOptions(dir, GlobalAdmin, QStringLiteral("-empty-2")));
    QVERIFY(signedIn.start());
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.signInManager()->isSignedIn(), 20000);
    MainWindow* second = signedIn.mainWindow();
    second->showView(QStringLiteral("apps"));
    auto* list = second->findChild<QTableView*>(QStringLiteral("appTable"));
    auto* note = second->findChild<QLabel*>(QStringLiteral("appsListMessage"));
    auto* refresh = second->findChild<QPushButton*>(QStringLiteral("refreshAppsButton"));
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible() && list->model()->rowCount() > 0 && refresh->isEnabled(), 20000);
    QVERIFY(!note->isVisible());

    // A filter that matches nothing says so.
    auto* search = second->findChild<QLineEdit*>(QStringLiteral("appSearch"));
    QTest::keyClicks(search, QStringLiteral("no such app zz"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("No app matches \"no such app zz\"."));
    search->clear();
    QVERIFY(list->isVisible());

    // The tenant cannot be reached: the reason and what to do.
    // (Graph's address now points at a port nobody listens on: every read is refused.)
    GraphClient::Endpoints unreachable = signedIn.graphClient()->endpoints();
    unreachable.graph = QUrl(QStringLiteral("http://127.0.0.1:1"));
    signedIn.graphClient()->setEndpoints(unreachable);
    RetryPolicy quick = signedIn.graphClient()->retryPolicy();
    quick.maxAttempts = 1;
    signedIn.graphClient()->setRetryPolicy(quick);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("Reading")), qPrintable(note->text()));
    QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(QStringLiteral("The apps could not be read")), 20000);
    QVERIFY2(note->text().contains(QStringLiteral("Refresh")), qPrintable(note->text()));
    saveScreenshot(second, QStringLiteral("apps-failed.png"));
}

QTEST_MAIN(TestAppsGui)
#include "TestAppsGui.moc"
