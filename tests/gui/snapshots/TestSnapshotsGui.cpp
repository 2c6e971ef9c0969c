// Snapshots in the GUI, on the demo tenant: File → Export snapshot, the file opened offline as `consentdesk --snapshot`
// does (the same apps, the same permissions, writes disabled, a notice saying so), refused files, and the diff dialog.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MarkingTranslator.h"
#include "SandboxDemoTenant.h"
#include "apps/AppDetailPane.h"
#include "apps/AppListModel.h"
#include "apps/AppsView.h"
#include "apps/PermissionRowModel.h"
#include "auth/SignInManager.h"
#include "log/Log.h"
#include "session/FirstSeenState.h"
#include "session/SessionState.h"
#include "snapshots/SnapshotActions.h"
#include "snapshots/SnapshotDiffDialog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

struct Shown
{
    QStringList apps; // "name|risk" of every row
    QStringList northwind; // the admin-consent rows of Northwind CRM
};

} // namespace

class TestSnapshotsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportThenOpenOfflineShowsTheSame();
    void refusedSnapshotLoadsNothing();
    void diffDialogListsAndExportsTheChanges();
    void diffDialogSpeaksTheGuiLanguageItsDataExportsEnglish();
    void compareRunsOffTheGuiThreadAndCancels();

private:
    static Shown shown(AppController& controller);
    QString file(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
};

void TestSnapshotsGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->mainWindow()));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
}

void TestSnapshotsGui::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
}

Shown TestSnapshotsGui::shown(AppController& controller)
{
    Shown out;
    controller.mainWindow()->showView(QStringLiteral("apps"));
    AppsView* view = controller.appsView();
    if (!GuiTestSupport::waitUntil([view] { return !view->isLoading() && view->model()->rowCount() > 0; })) {
        return out;
    }
    auto* table = controller.mainWindow()->findChild<QTableView*>(QStringLiteral("appTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        out.apps << table->model()->index(row, AppListModel::App).data().toString() + QLatin1Char('|')
                        + table->model()->index(row, AppListModel::Risk).data().toString();
    }
    out.apps.sort();
    view->selectApp(QStringLiteral("Northwind CRM"));
    if (!GuiTestSupport::waitUntil([view] {
            return view->detail()->hasInventory()
                   && view->detail()->inventory().app.displayName == QLatin1String("Northwind CRM");
        })) {
        return out;
    }
    QTableView* admin = view->detail()->adminTable();
    for (int r = 0; r < admin->model()->rowCount(); ++r) {
        out.northwind << admin->model()->index(r, PermissionRowModel::Claim).data().toString() + QLatin1Char('|')
                             + admin->model()->index(r, PermissionRowModel::Type).data().toString();
    }
    out.northwind.sort();
    return out;
}

void TestSnapshotsGui::exportThenOpenOfflineShowsTheSame()
{
    const Shown live = shown(*m_controller);
    QVERIFY(live.apps.size() > 5);
    QVERIFY(!live.northwind.isEmpty());

    SnapshotActions* actions = m_controller->snapshotActions();
    QVERIFY(actions->exportAction()->isEnabled());
    // A computer that never saw this tenant (the live reads above were recorded: start the history again).
    FirstSeenState* firstSeen = m_controller->sessionState()->firstSeen();
    // Those reads are recorded on a worker after they finished: one still writing would bring the file back.
    QTRY_VERIFY_WITH_TIMEOUT(firstSeen->isIdle(), 10000);
    QVERIFY(QFile::remove(firstSeen->history().path()));
    QSignalSpy reloaded(firstSeen, &FirstSeenState::changed);
    firstSeen->load();
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 10000); // the worker may have answered before load() returned
    QCOMPARE(firstSeen->history().size(), 0);
    auto snapshotLines = [firstSeen] {
        QFile history(firstSeen->history().path());
        return history.open(QIODevice::ReadOnly) ? int(history.readAll().count("\"src\":\"snapshot\"")) : 0;
    };
    QCOMPARE(GuiTestSupport::exportSnapshot(*m_controller, file(QStringLiteral("contoso.json.gz"))), QString());
    // The export taught the first-seen history what it holds (written off the GUI thread): the grants were there
    // when it was taken, at the latest.
    QTRY_VERIFY_WITH_TIMEOUT(snapshotLines() > 0, 10000);
    QTRY_VERIFY(firstSeen->history().size() > 0);
    QVERIFY(m_controller->mainWindow()->notice().contains(QStringLiteral("contoso.json.gz")));

    // consentdesk --snapshot FILE, as main() sets it up.
    AppController::Options options = GuiTestSupport::demoOptions(m_dir, {}, QStringLiteral("-offline"));
    options.snapshotFile = file(QStringLiteral("contoso.json.gz"));
    QString error;
    QVERIFY2(SandboxDemoTenant::openSnapshot(options, &error), qPrintable(error));
    AppController offline(options);
    QVERIFY(offline.start());
    QVERIFY(QTest::qWaitForWindowExposed(offline.mainWindow()));
    QTRY_VERIFY_WITH_TIMEOUT(offline.signInManager()->isSignedIn(), 20000);
    QVERIFY2(offline.mainWindow()->notice().contains(QStringLiteral("Offline")),
             qPrintable(offline.mainWindow()->notice()));
    // No one is signed in: the status bar names who took the snapshot, not the sandbox's stand-in reader.
    auto* account = offline.mainWindow()->findChild<QLabel*>(QStringLiteral("statusUser"));
    auto* role = offline.mainWindow()->findChild<QLabel*>(QStringLiteral("statusRole"));
    QVERIFY(account && role);
    QCOMPARE(account->text(), QStringLiteral("Snapshot taken by adaeze.okafor@contoso.com"));
    QCOMPARE(role->text(), QStringLiteral("Role: none (read-only snapshot)"));
    QVERIFY(!account->toolTip().contains(QStringLiteral("snapshot.invalid")));
    QVERIFY(!role->toolTip().contains(QStringLiteral("Global Reader")));

    const Shown fromFile = shown(offline);
    QCOMPARE(fromFile.apps, live.apps);
    QCOMPARE(fromFile.northwind, live.northwind);

    // Read-only: nothing can be revoked, and the reason is the snapshot.
    AppDetailPane* detail = offline.appsView()->detail();
    detail->adminTable()->selectRow(0);
    auto* revoke = offline.mainWindow()->findChild<QPushButton*>(QStringLiteral("revokeSelectedButton"));
    QVERIFY(revoke);
    QVERIFY(!revoke->isEnabled());
    QVERIFY(offline.snapshotActions()->exportAction()->isEnabled()); // a snapshot of a snapshot is fine
    // The status bar must not claim a sign-in: the view is a file, not a tenant.
    auto* state = offline.mainWindow()->findChild<QLabel*>(QStringLiteral("statusConnection"));
    QVERIFY(state);
    QVERIFY2(state->text().startsWith(QStringLiteral("Offline"))
                 && state->text().contains(QStringLiteral("contoso.json.gz"))
                 && !state->text().contains(QStringLiteral("Signed in")),
             qPrintable(state->text()));
    GuiTestSupport::saveScreenshot(offline.mainWindow(), QStringLiteral("snapshot-offline.png"));
}

void TestSnapshotsGui::refusedSnapshotLoadsNothing()
{
    QFile good(file(QStringLiteral("contoso.json.gz")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    QFile cut(file(QStringLiteral("cut.json.gz")));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() / 3));
    cut.close();

    AppController::Options options = GuiTestSupport::demoOptions(m_dir, {}, QStringLiteral("-cut"));
    options.snapshotFile = cut.fileName();
    const auto demoBefore = options.demoUser;
    QString error;
    QVERIFY(!SandboxDemoTenant::openSnapshot(options, &error));
    QVERIFY2(error.contains(QStringLiteral("truncated")), qPrintable(error));
    QCOMPARE(options.demoUser, demoBefore); // nothing set up to serve it
}

void TestSnapshotsGui::diffDialogListsAndExportsTheChanges()
{
    SnapshotActions* actions = m_controller->snapshotActions();
    const QString before = file(QStringLiteral("contoso.json.gz"));

    // Against the tenant it was taken from: nothing changed.
    QSignalSpy compared(actions, &SnapshotActions::compared);
    actions->compareWithTenant(before);
    QVERIFY(compared.wait(60000));
    QCOMPARE(compared.takeFirst().at(0).toInt(), 0);
    QVERIFY(actions->diffDialog());
    QCOMPARE(actions->diffDialog()->rowCount(), 0);

    // A later state: Northwind CRM's tenant-wide grant gone (the file written as an export would be).
    std::optional<TenantSnapshot> read = GuiTestSupport::weekLater(before);
    QVERIFY(read);
    TenantSnapshot& later = *read;
    QString northwindId;
    for (const auto& v : later.servicePrincipals) {
        if (v.toObject().value(QStringLiteral("displayName")).toString() == QLatin1String("Northwind CRM")) {
            northwindId = v.toObject().value(QStringLiteral("id")).toString();
        }
    }
    QJsonArray grants;
    int removedScopes = 0;
    for (const auto& v : later.oauth2PermissionGrants) {
        const QJsonObject g = v.toObject();
        if (g.value(QStringLiteral("clientId")).toString() == northwindId
            && g.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            removedScopes
                += int(g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            continue;
        }
        grants.append(g);
    }
    QVERIFY(removedScopes > 0);
    later.oauth2PermissionGrants = grants;
    const QString laterFile = file(QStringLiteral("later.json"));
    QVERIFY(GuiTestSupport::writeSnapshot(later, laterFile));

    actions->compareFiles(before, laterFile);
    QVERIFY(compared.wait(60000)); // read and compared on a worker thread
    QCOMPARE(compared.takeFirst().at(0).toInt(), removedScopes);
    SnapshotDiffDialog* dialog = actions->diffDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->rowCount(), removedScopes);
    QTableView* table = dialog->table();
    // Riskiest first.
    for (int r = 1; r < table->model()->rowCount(); ++r) {
        QVERIFY(table->model()->index(r - 1, 0).data(Qt::UserRole).toInt()
                >= table->model()->index(r, 0).data(Qt::UserRole).toInt());
    }
    QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("Northwind CRM"));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Removed"));
    QVERIFY(!table->accessibleName().isEmpty());
    GuiTestSupport::saveScreenshot(dialog, QStringLiteral("snapshot-diff.png"));

    QVERIFY(dialog->exportTo(file(QStringLiteral("d.html")), SnapshotDiffDialog::Format::Html));
    QVERIFY(dialog->exportTo(file(QStringLiteral("d.csv")), SnapshotDiffDialog::Format::Csv));
    QVERIFY(dialog->exportTo(file(QStringLiteral("d.json")), SnapshotDiffDialog::Format::Json));
    QFile html(file(QStringLiteral("d.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("Northwind CRM"));
    QFile csv(file(QStringLiteral("d.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().trimmed().split('\n').size(), removedScopes + 1);
    QFile json(file(QStringLiteral("d.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(rows.size(), removedScopes);
    for (const auto& row : rows) {
        // A removed grant: after says so, and firstSeen says since when ConsentDesk had seen it.
        QCOMPARE(row.toObject().value(QStringLiteral("after")).toString(), QStringLiteral("removed"));
        QVERIFY(QDate::fromString(row.toObject().value(QStringLiteral("firstSeen")).toString(), Qt::ISODate).isValid());
    }
    dialog->close();
}

void TestSnapshotsGui::diffDialogSpeaksTheGuiLanguageItsDataExportsEnglish()
{
    // The words src/ hands the dialog go through the translator; CSV and JSON stay English (scripts parse them); the
    // HTML report, for people, is in the GUI's language from top to bottom.
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    SnapshotActions* actions = m_controller->snapshotActions();
    QSignalSpy compared(actions, &SnapshotActions::compared);
    actions->compareFiles(file(QStringLiteral("contoso.json.gz")), file(QStringLiteral("later.json")));
    QVERIFY(compared.wait(60000)); // read and compared on a worker thread
    QCOMPARE(compared.size(), 1);
    SnapshotDiffDialog* dialog = actions->diffDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QAbstractItemModel* model = dialog->table()->model();
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, 1).data().toString(), MarkingTranslator::marked(QStringLiteral("Removed")));
        QCOMPARE(model->index(r, 7).data().toString(),
                 MarkingTranslator::marked(QStringLiteral("Granted for all users")));
        QCOMPARE(model->index(r, 8).data().toString(), MarkingTranslator::marked(QStringLiteral("Removed")));
        // First seen: the grant was recorded when the session read the tenant (and when the snapshot was opened).
        QVERIFY2(QDate::fromString(model->index(r, 9).data().toString(), Qt::ISODate).isValid(),
                 qPrintable(model->index(r, 9).data().toString()));
    }

    QVERIFY(dialog->exportTo(file(QStringLiteral("marked.csv")), SnapshotDiffDialog::Format::Csv));
    QFile csv(file(QStringLiteral("marked.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY2(!text.contains("\xc2\xab"), text.constData()); // no «
    QCOMPARE(text.count(",granted for all users,removed,"), model->rowCount());

    QVERIFY(dialog->exportTo(file(QStringLiteral("marked.html")), SnapshotDiffDialog::Format::Html));
    QFile html(file(QStringLiteral("marked.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    for (const QString& word : {QStringLiteral("ConsentDesk: what changed"),
                                QStringLiteral("Before"),
                                QStringLiteral("After"),
                                QStringLiteral("Removed"),
                                QStringLiteral("Granted for all users"),
                                QStringLiteral("First seen by ConsentDesk")}) {
        QVERIFY2(page.contains(MarkingTranslator::marked(word)), qPrintable(word));
    }
    // The sides' labels are the dialog's own (file names here); no English sentence of the CLI's page is left.
    QVERIFY(page.contains(QStringLiteral("contoso.json.gz")) && page.contains(QStringLiteral("later.json")));
    QVERIFY2(!page.contains(QStringLiteral(">Before<")) && !page.contains(QStringLiteral(">removed<"))
                 && !page.contains(QStringLiteral("a change happened at some moment")),
             qPrintable(page));
    dialog->close();
}

void TestSnapshotsGui::compareRunsOffTheGuiThreadAndCancels()
{
    SnapshotActions* actions = m_controller->snapshotActions();
    const QString path = file(QStringLiteral("contoso.json.gz"));
    QSignalSpy compared(actions, &SnapshotActions::compared);
    actions->compareFiles(path, path);
    // The call returned before anything was read: the GUI thread is free, a busy dialog says what is going on, and
    // the compare commands wait for this one.
    QCOMPARE(compared.count(), 0);
    QVERIFY(!actions->compareLiveAction()->isEnabled());
    auto* progress = m_controller->mainWindow()->findChild<QProgressDialog*>(QStringLiteral("snapshotCompareProgress"));
    QVERIFY(progress);
    QVERIFY(progress->labelText().contains(QStringLiteral("comparing")));
    const QPointer<SnapshotDiffDialog> shownBefore = actions->diffDialog();
    const bool dialogWasVisible = shownBefore && shownBefore->isVisible();
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    cancel->click(); // the admin gave up before the answer came
    QCOMPARE(compared.count(), 1);
    QCOMPARE(compared.first().at(0).toInt(), -1);
    QVERIFY(actions->compareLiveAction()->isEnabled());
    // The worker's answer still arrives: it is dropped, nothing is shown for a cancelled compare.
    QThreadPool::globalInstance()->waitForDone(60000);
    QTest::qWait(200);
    QCOMPARE(compared.count(), 1);
    QCOMPARE(actions->diffDialog() && actions->diffDialog()->isVisible(), dialogWasVisible);

    // And a compare let run shows its answer.
    actions->compareFiles(path, path);
    QVERIFY(compared.wait(60000));
    QCOMPARE(compared.last().at(0).toInt(), 0);
    QVERIFY(actions->diffDialog()->isVisible());
    actions->diffDialog()->close();
}

QTEST_MAIN(TestSnapshotsGui)
#include "TestSnapshotsGui.moc"
