// Issue 14, the user guide (docs/guide): one page per task, with screenshots of the demo tenant taken here, task by
// task, as an admin does it. Every run writes the pictures and what they say (the texts on screen, one a line) to
// $CONSENTDESK_SCREENSHOT_DIR/guide. With CONSENTDESK_GUIDE_UPDATE=1 (scripts/update-guide-images) they are written
// to docs/guide/images instead. Otherwise the test compares what each screen says with the .txt committed beside its
// picture, so a screen whose texts changed since its picture was taken fails until the pictures are refreshed. It
// also checks that the guide's pages link every picture, and only pictures that exist.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "access/AccessView.h"
#include "activity/ActivityModel.h"
#include "apps/AppDetailPane.h"
#include "apps/AppListModel.h"
#include "apps/AppsView.h"
#include "apps/PermissionRowModel.h"
#include "auth/SignInManager.h"
#include "log/Log.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestTableModel.h"
#include "requests/RequestsView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QWizard>

using GuiTestSupport::waitForChild;
using GuiTestSupport::waitForWidget;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString BackupAppId = QStringLiteral("84e94910-16ce-4447-ba77-f1f86257b3b4"); // Wide World Backup
const QString Member = QStringLiteral("priya.raman@contoso.com");

QString guideDir()
{
    return QDir(QString::fromUtf8(qgetenv("CONSENTDESK_SOURCE_DIR"))).filePath(QStringLiteral("docs/guide"));
}

bool updating()
{
    return qEnvironmentVariableIntValue("CONSENTDESK_GUIDE_UPDATE") == 1;
}

// What a screen says: its window title, labels, buttons, group boxes, tabs and column headers — not the rows of its
// lists (the demo tenant's dates move with the calendar). Numbers, dates and times are left out for the same reason.
QString screenText(QWidget* window)
{
    static const QRegularExpression date(QStringLiteral("\\b\\d{1,2} [A-Z][a-z]{2} \\d{4}\\b"));
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QStringList lines {QStringLiteral("window: ") + window->windowTitle()};
    auto add = [&lines](const char* kind, QString text) {
        text.replace(date, QStringLiteral("<date>"));
        text.replace(number, QStringLiteral("#"));
        text = text.simplified();
        if (!text.isEmpty()) {
            lines << QLatin1String(kind) + QStringLiteral(": ") + text;
        }
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            // Rich text as it reads (its colours depend on the palette).
            add("label",
                label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text())
                    ? label->text()
                    : QTextDocumentFragment::fromHtml(label->text()).toPlainText());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add("button", button->text());
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            add("group", box->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add("tab", tabs->tabText(i));
            }
        } else if (auto* header = qobject_cast<QHeaderView*>(w); header && header->orientation() == Qt::Horizontal) {
            for (int i = 0; header->model() && i < header->count(); ++i) {
                if (!header->isSectionHidden(i)) {
                    add("column", header->model()->headerData(i, Qt::Horizontal).toString());
                }
            }
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

class TestGuideGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reviewARequestAndGrantPart();
    void revokeExcessAndUndo();
    void scopeMailboxAccessToAGroup();
    void lookUpAUser();
    void signInPage();
    void theGuideLinksEveryPicture();

private:
    // Saves the picture (and what it says) for the guide; compares it with the committed one unless updating.
    void shot(QWidget* window, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
    QStringList m_shots;
    QStringList m_stale;
};

void TestGuideGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    m_window->resize(1200, 760);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->requestsView()->model()->rowCount() > 0, 30000);
}

void TestGuideGui::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
    QVERIFY2(m_stale.isEmpty(),
             qPrintable(QStringLiteral("the guide's pictures are stale (run scripts/update-guide-images and look at "
                                       "them):\n")
                        + m_stale.join(QLatin1Char('\n'))));
}

void TestGuideGui::shot(QWidget* window, const QString& name)
{
    QTest::qWait(100); // the last repaint
    m_shots << name;
    const QString text = screenText(window);
    const QString out
        = updating() ? QDir(guideDir()).filePath(QStringLiteral("images"))
                     : QDir(QString::fromUtf8(qgetenv("CONSENTDESK_SCREENSHOT_DIR"))).filePath(QStringLiteral("guide"));
    if (!out.isEmpty() && QDir().mkpath(out)) {
        // 256 colours: a screenshot of widgets loses nothing visible and the committed pictures stay small.
        const QImage image = window->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
        QVERIFY(image.save(QDir(out).filePath(name + QStringLiteral(".png")), "PNG", 9));
        QFile file(QDir(out).filePath(name + QStringLiteral(".txt")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }
    if (!updating()) {
        QFile committed(QDir(guideDir()).filePath(QStringLiteral("images/") + name + QStringLiteral(".txt")));
        if (!committed.open(QIODevice::ReadOnly) || QString::fromUtf8(committed.readAll()) != text) {
            m_stale << name;
        }
    }
}

void TestGuideGui::reviewARequestAndGrantPart()
{
    m_window->showView(QStringLiteral("requests"));
    RequestsView* view = m_controller->requestsView();
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, RequestTableModel::App).data().toString()
            == QLatin1String("Fabrikam Sales Engage")) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    const QModelIndex index = table->model()->index(row, RequestTableModel::App);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_VERIFY_WITH_TIMEOUT(view->detail()->hasReview(), 30000);
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("permissionTree"));
    const auto write = tree->findItems(QStringLiteral("Calendars.ReadWrite"), Qt::MatchRecursive);
    QCOMPARE(write.size(), 1);
    write.first()->setCheckState(0, Qt::Unchecked); // least privilege: the shared calendars, not full write access
    shot(m_window, QStringLiteral("review-request"));

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("grantSelectedButton")), Qt::LeftButton);
    auto* preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    shot(preview, QStringLiteral("review-preview"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    auto* consent = waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"));
    QVERIFY(consent);
    shot(consent, QStringLiteral("review-write-consent"));
    QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    auto* results = waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"), 30000);
    QVERIFY(results);
    shot(results, QStringLiteral("review-results"));
    results->close();
}

void TestGuideGui::revokeExcessAndUndo()
{
    m_window->showView(QStringLiteral("apps"));
    AppsView* apps = m_controller->appsView();
    QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading() && apps->model()->rowCount() > 0, 30000);
    apps->selectApp(QStringLiteral("Northwind CRM"));
    QTRY_VERIFY_WITH_TIMEOUT(apps->detail()->hasInventory()
                                 && apps->detail()->inventory().app.displayName == QLatin1String("Northwind CRM"),
                             30000);
    QTableView* admin = apps->detail()->adminTable();
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
    shot(m_window, QStringLiteral("revoke-app"));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("revokeSelectedButton")), Qt::LeftButton);
    auto* preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    shot(preview, QStringLiteral("revoke-preview"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    if (auto* consent = waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"), 3000)) {
        QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    }
    auto* results = waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"), 30000);
    QVERIFY(results);
    results->close();

    // Undo: Activity → the removal → Restore.
    m_window->showView(QStringLiteral("activity"));
    auto* activity = m_window->findChild<QTableView*>(QStringLiteral("activityTable"));
    int entry = -1;
    QTRY_VERIFY(([&] {
        for (int r = 0; r < activity->model()->rowCount(); ++r) {
            if (activity->model()->index(r, 0).data(ActivityModel::ActionKeyRole).toString()
                == QLatin1String("grant.updateScope")) {
                entry = r;
            }
        }
        return entry >= 0;
    }()));
    activity->selectRow(entry);
    auto* restore = m_window->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    QTRY_VERIFY(restore->isEnabled());
    shot(m_window, QStringLiteral("revoke-activity"));
    QTest::mouseClick(restore, Qt::LeftButton);
    preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    shot(preview, QStringLiteral("revoke-restore-preview"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    results = waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"), 30000);
    QVERIFY(results);
    results->close();
    QTRY_VERIFY(!restore->isEnabled());
}

void TestGuideGui::scopeMailboxAccessToAGroup()
{
    m_window->showView(QStringLiteral("access"));
    AccessView* access = m_controller->accessView();
    QVERIFY(GuiTestSupport::waitUntil([&] {
        if (access->isLoading()) {
            return false;
        }
        access->selectApp(BackupAppId);
        return access->selectedAppId().compare(BackupAppId, Qt::CaseInsensitive) == 0;
    }));
    // The app's details are read after the list: what a policy would limit is the last of them.
    QVERIFY(GuiTestSupport::waitUntil([this] {
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().startsWith(QLatin1String("The policy will limit"))) {
                return true;
            }
        }
        return false;
    }));
    shot(m_window, QStringLiteral("scope-access-view"));

    m_window->findChild<QPushButton*>(QStringLiteral("scopeApp"))->click();
    auto* wizard = waitForWidget<QWizard>(QStringLiteral("scopeAppWizard"), 10000);
    QVERIFY(wizard);
    auto* appNotes = wizard->findChild<QLabel*>(QStringLiteral("appNotes"));
    QTRY_VERIFY_WITH_TIMEOUT(appNotes->text().contains(QStringLiteral("Mail.ReadWrite")), 10000);
    wizard->next();
    auto* groups = wizard->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 3, 10000);
    wizard->findChild<QRadioButton*>(QStringLiteral("createGroup"))->click();
    wizard->findChild<QLineEdit*>(QStringLiteral("newGroupName"))->setText(QStringLiteral("Backup Mailboxes"));
    shot(wizard, QStringLiteral("scope-group"));
    wizard->next();
    auto* memberEdit = wizard->findChild<QLineEdit*>(QStringLiteral("memberEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(memberEdit->completer() != nullptr, 10000);
    memberEdit->setText(Member);
    wizard->findChild<QPushButton*>(QStringLiteral("addMember"))->click();
    QCOMPARE(wizard->findChild<QListWidget*>(QStringLiteral("membersToAdd"))->count(), 1);
    wizard->next(); // the access right
    wizard->next(); // the review
    QCOMPARE(wizard->findChild<QListWidget*>(QStringLiteral("planList"))->count(), 3);
    shot(wizard, QStringLiteral("scope-review"));
    wizard->button(QWizard::CommitButton)->click();
    // The proof: Exchange and the directory asked for a member and a mailbox outside the group.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isVisible()
                                 && wizard->button(QWizard::FinishButton)->isEnabled(),
                             30000);
    QTRY_VERIFY_WITH_TIMEOUT(([wizard] {
                                 const auto verdicts = wizard->findChildren<QLabel*>(QStringLiteral("exchangeVerdict"));
                                 bool answered = verdicts.size() >= 2;
                                 for (QLabel* verdict : verdicts) {
                                     answered = answered
                                                && (verdict->text().contains(QLatin1String("Granted"))
                                                    || verdict->text().contains(QLatin1String("Denied")));
                                 }
                                 return answered;
                             }()),
                             30000);
    shot(wizard, QStringLiteral("scope-test"));
    wizard->button(QWizard::FinishButton)->click();
}

void TestGuideGui::lookUpAUser()
{
    m_window->showView(QStringLiteral("users"));
    m_window->findChild<QLineEdit*>(QStringLiteral("userQuery"))->setText(QStringLiteral("Priya"));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("findUserButton")), Qt::LeftButton);
    auto* results = m_window->findChild<QListWidget*>(QStringLiteral("userResults"));
    QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0, 20000);
    results->setCurrentRow(0);
    auto* consents = m_window->findChild<QTableView*>(QStringLiteral("userConsentsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(consents->isVisible(), 20000);
    QTest::qWait(300);
    shot(m_window, QStringLiteral("user-lookup"));
}

void TestGuideGui::signInPage()
{
    // After signing out: the page a first start shows, with the profile of the app registration.
    m_window->showView(QStringLiteral("account"));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->signInManager()->isSignedIn(), 20000);
    auto* signIn = waitForChild<QPushButton>(m_window, QStringLiteral("signInButton"));
    QVERIFY(signIn);
    shot(m_window, QStringLiteral("install-sign-in"));
}

void TestGuideGui::theGuideLinksEveryPicture()
{
    static const QRegularExpression link(QStringLiteral("\\]\\((images/[^)]+\\.png)\\)"));
    QSet<QString> linked;
    QDir dir(guideDir());
    const QStringList pages = dir.entryList({QStringLiteral("*.md")}, QDir::Files);
    QVERIFY(pages.size() >= 6); // the index and one page per task
    for (const QString& page : pages) {
        QFile file(dir.filePath(page));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QString image = it.next().captured(1);
            QVERIFY2(QFile::exists(dir.filePath(image)),
                     qPrintable(page + QStringLiteral(" links a missing ") + image));
            linked.insert(image);
        }
    }
    for (const QString& name : std::as_const(m_shots)) {
        QVERIFY2(linked.contains(QStringLiteral("images/") + name + QStringLiteral(".png")),
                 qPrintable(QStringLiteral("no guide page shows ") + name));
    }
}

QTEST_MAIN(TestGuideGui)
#include "TestGuideGui.moc"
