// The application shell as a person sees it: navigation, status bar, Diagnostics — in the real widgets, offscreen.
#include "AppController.h"
#include "ConsentDeskVersion.h"
#include "MainWindow.h"
#include "diagnostics/DiagnosticsView.h"
#include "log/Log.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void navigationListsExistingViewsOnly();
    void statusBarBeforeSignIn();
    void statusBarShowsAccount();
    void statusMessageFollowsTheWindowsWidth();
    void diagnosticsShowsVersionsLogsAndCounters();
    void diagnosticsKeychainStates();
    void screenshot();

private:
    QTemporaryDir m_logDir;
    std::unique_ptr<AppController> m_controller;
};

void TestMainWindow::initTestCase()
{
    Log::Options options;
    options.directory = m_logDir.filePath(QStringLiteral("logs"));
    Log::init(options);
    AppController::Options appOptions;
    m_controller = std::make_unique<AppController>(appOptions);
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->mainWindow()));
}

void TestMainWindow::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
}

void TestMainWindow::navigationListsExistingViewsOnly()
{
    MainWindow* window = m_controller->mainWindow();
    auto* nav = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(nav);
    QVERIFY(pages);
    // One navigation entry per page, and every entry leads to a real widget.
    QCOMPARE(nav->count(), pages->count());
    QVERIFY(nav->count() >= 1);
    for (int i = 0; i < nav->count(); ++i) {
        const QString id = nav->item(i)->data(Qt::UserRole).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(window->view(id));
        QVERIFY(!nav->item(i)->text().isEmpty());
    }
    QVERIFY(window->viewIds().contains(QStringLiteral("diagnostics")));

    // Clicking an entry switches the page.
    const int row = int(window->viewIds().indexOf(QStringLiteral("diagnostics")));
    const QRect rect = nav->visualItemRect(nav->item(row));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window->currentViewId(), QStringLiteral("diagnostics"));
    QCOMPARE(pages->currentWidget(), window->view(QStringLiteral("diagnostics")));
}

void TestMainWindow::statusBarBeforeSignIn()
{
    MainWindow* window = m_controller->mainWindow();
    auto* connection = window->statusBar()->findChild<QLabel*>(QStringLiteral("statusConnection"));
    auto* tenant = window->statusBar()->findChild<QLabel*>(QStringLiteral("statusTenant"));
    QVERIFY(connection);
    QVERIFY(tenant);
    QVERIFY(connection->isVisible());
    QVERIFY(!connection->text().isEmpty());
    QVERIFY(!tenant->isVisible());
}

void TestMainWindow::statusBarShowsAccount()
{
    MainWindow* window = m_controller->mainWindow();
    window->setAccount(QStringLiteral("contoso.onmicrosoft.com"),
                       QStringLiteral("admin@contoso.com"),
                       {QStringLiteral("Global Administrator")});
    auto* tenant = window->statusBar()->findChild<QLabel*>(QStringLiteral("statusTenant"));
    auto* user = window->statusBar()->findChild<QLabel*>(QStringLiteral("statusUser"));
    auto* role = window->statusBar()->findChild<QLabel*>(QStringLiteral("statusRole"));
    QVERIFY(tenant->isVisible() && user->isVisible() && role->isVisible());
    QVERIFY(tenant->text().contains(QStringLiteral("contoso.onmicrosoft.com")));
    QVERIFY(user->text().contains(QStringLiteral("admin@contoso.com")));
    QVERIFY(role->text().contains(QStringLiteral("Global Administrator")));
    QVERIFY(window->windowTitle().contains(QStringLiteral("contoso.onmicrosoft.com")));

    window->clearAccount(QStringLiteral("Signed out"));
    QVERIFY(!tenant->isVisible());
    QCOMPARE(window->statusBar()->findChild<QLabel*>(QStringLiteral("statusConnection"))->text(),
             QStringLiteral("Signed out"));
}

// A message shown while the window is narrow (or not laid out yet) is elided to that width; when the window widens,
// it is shown whole again — not left cut with room to spare — and narrowing elides it again, the whole in the tooltip.
void TestMainWindow::statusMessageFollowsTheWindowsWidth()
{
    MainWindow* window = m_controller->mainWindow();
    const QSize before = window->size();
    window->clearAccount(QStringLiteral("Signed out"));
    const QString text = QStringLiteral("Granted 6 delegated permissions (Calendars.Read.Shared, User.Read, "
                                        "offline_access, openid, profile, email) to Fabrikam Sales Engage for all "
                                        "users in Contoso; the grant is recorded in Activity, where it can be undone.");
    QStatusBar* bar = window->statusBar();
    const int narrow = std::max(window->minimumSizeHint().width(), 420);
    window->resize(narrow, before.height());
    QTRY_VERIFY(bar->width() <= narrow);
    window->showMessage(text);
    QVERIFY2(bar->currentMessage() != text && bar->currentMessage().endsWith(QChar(0x2026)),
             qPrintable(bar->currentMessage()));
    QVERIFY(bar->toolTip().contains(QStringLiteral("undone")));

    window->resize(std::max(1700, narrow + 1000), before.height());
    QTRY_COMPARE(bar->currentMessage(), text);
    QVERIFY(bar->toolTip().isEmpty());

    window->resize(narrow, before.height());
    QTRY_VERIFY(bar->currentMessage().endsWith(QChar(0x2026)));
    QVERIFY(bar->fontMetrics().horizontalAdvance(bar->currentMessage()) <= bar->width());
    QVERIFY(bar->toolTip().contains(QStringLiteral("undone")));
    window->resize(before);
    bar->clearMessage();
}

void TestMainWindow::diagnosticsShowsVersionsLogsAndCounters()
{
    auto* view = qobject_cast<DiagnosticsView*>(m_controller->mainWindow()->view(QStringLiteral("diagnostics")));
    QVERIFY(view);
    auto* version = view->findChild<QLabel*>(QStringLiteral("versionConsentDesk"));
    QVERIFY(version);
    QVERIFY(version->text().startsWith(QStringLiteral(CONSENTDESK_VERSION)));
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("versionQt"))->text().contains(QString::fromLatin1(qVersion())));
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("logDirectoryLabel"))->text(), Log::directory());
    QVERIFY(view->findChild<QPushButton*>(QStringLiteral("openLogFolderButton"))->isEnabled());

    auto* counters = view->findChild<QTreeWidget*>(QStringLiteral("requestCounters"));
    QVERIFY(counters);
    QVERIFY(counters->topLevelItemCount() > 3);
    QCOMPARE(counters->topLevelItem(0)->text(0), QStringLiteral("Requests"));
    QVERIFY(view->reportText().contains(QStringLiteral("Log folder: ") + Log::directory()));
}

void TestMainWindow::diagnosticsKeychainStates()
{
    auto* view = qobject_cast<DiagnosticsView*>(m_controller->mainWindow()->view(QStringLiteral("diagnostics")));
    auto* label = view->findChild<QLabel*>(QStringLiteral("keychainStatusLabel"));
    auto* button = view->findChild<QPushButton*>(QStringLiteral("keychainCheckButton"));
    view->setKeychainStatus(DiagnosticsView::KeychainState::Unavailable, QStringLiteral("The keyring is locked"));
    QVERIFY(label->text().contains(QStringLiteral("The keyring is locked")));
    QVERIFY(label->text().contains(QStringLiteral("this session only")));
    view->setKeychainStatus(DiagnosticsView::KeychainState::Checking);
    QVERIFY(!button->isEnabled());
}

void TestMainWindow::screenshot()
{
    MainWindow* window = m_controller->mainWindow();
    window->resize(1200, 760);
    window->showView(QStringLiteral("diagnostics"));
    QApplication::processEvents();
    const QString dir = qEnvironmentVariable("CONSENTDESK_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    const QPixmap shot = window->grab();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), window->size());
    QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("main-window.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
