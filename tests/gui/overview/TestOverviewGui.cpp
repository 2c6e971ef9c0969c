// The Overview as an admin meets it after signing in (offscreen): every number it shows equals what the view behind
// it lists once clicked through — Apps and permissions filtered by risk, Consent requests filtered by age, Mailbox
// access's apps that reach every mailbox — on the demo tenant and on a generated small tenant. Screenshots in a light
// and a dark palette.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SandboxDemoTenant.h"
#include "access/AccessView.h"
#include "apps/AppDetailPane.h"
#include "apps/AppsView.h"
#include "auth/SignInManager.h"
#include "exchange/MailboxScoping.h"
#include "log/Log.h"
#include "overview/OverviewAppList.h"
#include "overview/OverviewBarChart.h"
#include "overview/OverviewView.h"
#include "requests/RequestsView.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using GuiTestSupport::waitUntil;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// The generated tenant's Global Administrator ("admin@<tenant domain>").
QString generatedAdmin(const SandboxOptions& options)
{
    QString error;
    const auto fixture = SandboxServer::loadFixture(options, &error);
    if (!fixture) {
        return {};
    }
    for (const QJsonValue& user : fixture->value(QStringLiteral("users")).toArray()) {
        const QString upn = user.toObject().value(QStringLiteral("userPrincipalName")).toString();
        if (upn.startsWith(QStringLiteral("admin@"))) {
            return upn;
        }
    }
    return {};
}

} // namespace

class TestOverviewGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoTenantNumbersMatchTheViews();
    void smallTenantNumbersMatchTheViews();

private:
    bool start(AppController::Options options);
    void checkEveryNumber(const QString& tenant);
    void checkRiskChart(OverviewBarChart* chart, const QString& what);
    void checkAppRows(OverviewAppList* list);
    void checkAgeChart();
    void checkMailboxList();

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
    OverviewView* m_overview = nullptr;
};

void TestOverviewGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
}

void TestOverviewGui::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
}

bool TestOverviewGui::start(AppController::Options options)
{
    m_controller.reset();
    m_controller = std::make_unique<AppController>(options);
    if (!m_controller->start()) {
        return false;
    }
    m_window = m_controller->mainWindow();
    m_window->resize(1280, 960);
    m_overview = m_controller->overviewView();
    return QTest::qWaitForWindowExposed(m_window)
           && waitUntil([this] { return m_controller->signInManager()->isSignedIn(); }, 20000)
           // The first view after sign-in, filled from what the session reads.
           && waitUntil([this] { return m_window->currentViewId() == QStringLiteral("overview"); })
           && waitUntil([this] { return !m_overview->isLoading() && !m_overview->riskChart()->bars().isEmpty(); },
                        60000);
}

void TestOverviewGui::demoTenantNumbersMatchTheViews()
{
    QVERIFY(start(GuiTestSupport::demoOptions(m_dir, GlobalAdmin)));
    QVERIFY(GuiTestSupport::saveScreenshot(m_window, QStringLiteral("overview-light.png")));
    checkEveryNumber(QStringLiteral("demo"));
    if (QTest::currentTestFailed()) {
        return;
    }
    // The demo tenant has something in every part, so every list has rows to click.
    QVERIFY(m_overview->tenantWideList()->topLevelItemCount() > 0);
    QVERIFY(m_overview->mailboxList()->topLevelItemCount() > 0);
    QVERIFY(m_overview->userConsentList()->topLevelItemCount() > 0);
    int pending = 0;
    for (const auto& bar : m_overview->ageChart()->bars()) {
        pending += bar.value;
    }
    QVERIFY(pending > 0);

    // Dark: every bar still has its name and number in words, and the page is drawn in the dark palette.
    QApplication::setPalette(darkPalette());
    m_window->showView(QStringLiteral("overview"));
    QTest::qWait(100);
    QVERIFY(GuiTestSupport::saveScreenshot(m_window, QStringLiteral("overview-dark.png")));
    for (QPushButton* button : m_overview->riskChart()->buttons()) {
        QVERIFY(!button->text().isEmpty());
        QVERIFY(!button->accessibleName().isEmpty());
    }
    QApplication::setPalette(QPalette());
}

void TestOverviewGui::smallTenantNumbersMatchTheViews()
{
    SandboxOptions options;
    options.generateSize = QStringLiteral("small");
    options.seed = 7;
    const QString admin = generatedAdmin(options);
    QVERIFY(!admin.isEmpty());
    AppController::Options controllerOptions = GuiTestSupport::demoOptions(m_dir, admin, QStringLiteral("-small"));
    QString error;
    const auto fixture = SandboxServer::loadFixture(options, &error);
    QVERIFY2(fixture, qPrintable(error));
    controllerOptions.demoTenant = SandboxDemoTenant::snapshotFactory(*fixture); // a tenant of its own
    QVERIFY(start(controllerOptions));
    QVERIFY(GuiTestSupport::saveScreenshot(m_window, QStringLiteral("overview-small.png")));
    checkEveryNumber(QStringLiteral("small"));
}

void TestOverviewGui::checkEveryNumber(const QString& tenant)
{
    qInfo("%s tenant", qPrintable(tenant));
    checkRiskChart(m_overview->riskChart(), QStringLiteral("riskiest permission"));
    checkRiskChart(m_overview->tenantWideChart(), QStringLiteral("tenant-wide"));
    checkRiskChart(m_overview->userConsentChart(), QStringLiteral("user consent"));
    checkAppRows(m_overview->tenantWideList());
    checkAppRows(m_overview->userConsentList());
    checkAgeChart();
    checkMailboxList();
}

void TestOverviewGui::checkRiskChart(OverviewBarChart* chart, const QString& what)
{
    auto* apps = m_controller->appsView();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("appTable"));
    auto* banner = m_window->findChild<QWidget*>(QStringLiteral("filterBanner"), Qt::FindChildrenRecursively);
    QVERIFY(table);
    int total = 0;
    const QList<QPushButton*> buttons = chart->buttons();
    QCOMPARE(buttons.size(), chart->bars().size());
    for (int i = 0; i < buttons.size(); ++i) {
        const int value = chart->bars().at(i).value;
        total += value;
        QVERIFY(buttons.at(i)->text().endsWith(QString::number(value)));
        if (value == 0) {
            QVERIFY(!buttons.at(i)->isEnabled()); // nothing to list
            continue;
        }
        m_window->showView(QStringLiteral("overview"));
        QTest::mouseClick(buttons.at(i), Qt::LeftButton);
        QCOMPARE(m_window->currentViewId(), QStringLiteral("apps"));
        QVERIFY(!apps->isLoading());
        QVERIFY2(table->model()->rowCount() == value,
                 qPrintable(QStringLiteral("%1 / %2: the overview says %3, Apps and permissions lists %4")
                                .arg(what, chart->bars().at(i).label)
                                .arg(value)
                                .arg(table->model()->rowCount())));
        // The filter is said, and "Show all" brings back every app.
        auto* bannerText = apps->findChild<QLabel*>(QStringLiteral("filterBannerText"));
        QVERIFY(bannerText && bannerText->isVisible());
        QCOMPARE(bannerText->text(), chart->bars().at(i).filter.description);
        QTest::mouseClick(apps->findChild<QPushButton*>(QStringLiteral("filterBannerShowAll")), Qt::LeftButton);
        QVERIFY(!bannerText->isVisible());
        QVERIFY(table->model()->rowCount() >= value);
    }
    Q_UNUSED(banner);
    if (chart == m_overview->riskChart()) {
        // Every app that holds something is on exactly one bar.
        QCOMPARE(total, table->model()->rowCount());
    }
}

void TestOverviewGui::checkAppRows(OverviewAppList* list)
{
    auto* apps = m_controller->appsView();
    for (int row = 0; row < qMin(list->topLevelItemCount(), 3); ++row) {
        m_window->showView(QStringLiteral("overview"));
        const QString spId = list->rows().at(row).filter.value;
        QTreeWidgetItem* item = list->topLevelItem(row);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(m_window->currentViewId(), QStringLiteral("apps"));
        QTRY_VERIFY_WITH_TIMEOUT(apps->detail()->hasInventory() && apps->detail()->inventory().app.id == spId, 20000);
        QCOMPARE(apps->detail()->inventory().app.displayName, item->text(0));
    }
}

void TestOverviewGui::checkAgeChart()
{
    auto* requests = m_controller->requestsView();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("requestTable"));
    QVERIFY(table);
    int total = 0;
    const QList<QPushButton*> buttons = m_overview->ageChart()->buttons();
    QVERIFY(!buttons.isEmpty());
    for (int i = 0; i < buttons.size(); ++i) {
        const int value = m_overview->ageChart()->bars().at(i).value;
        total += value;
        if (value == 0) {
            continue;
        }
        m_window->showView(QStringLiteral("overview"));
        QTest::mouseClick(buttons.at(i), Qt::LeftButton);
        QCOMPARE(m_window->currentViewId(), QStringLiteral("requests"));
        QTRY_VERIFY_WITH_TIMEOUT(!requests->isLoading(), 30000);
        QVERIFY2(table->model()->rowCount() == value,
                 qPrintable(QStringLiteral("requests waiting %1: the overview says %2, Consent requests lists %3")
                                .arg(m_overview->ageChart()->bars().at(i).label)
                                .arg(value)
                                .arg(table->model()->rowCount())));
        QTest::mouseClick(requests->findChild<QPushButton*>(QStringLiteral("filterBannerShowAll")), Qt::LeftButton);
    }
    // All pending requests together: the Requests view's list of pending ones.
    QCOMPARE(table->model()->rowCount(), total);
}

void TestOverviewGui::checkMailboxList()
{
    auto* access = m_controller->accessView();
    m_window->showView(QStringLiteral("access"));
    QTRY_VERIFY_WITH_TIMEOUT(!access->isLoading() && !access->apps().isEmpty(), 60000);
    QStringList every;
    for (const MailboxApp& app : access->apps()) {
        if (MailboxScoping::reachesEveryMailbox(app, access->policies().policiesFor(app.appId))) {
            every.append(app.appId);
        }
    }
    QStringList shown;
    for (const auto& row : m_overview->mailboxList()->rows()) {
        shown.append(row.filter.value);
    }
    every.sort();
    shown.sort();
    QCOMPARE(shown, every);
    if (shown.isEmpty()) {
        return;
    }
    m_window->showView(QStringLiteral("overview"));
    OverviewAppList* list = m_overview->mailboxList();
    QTreeWidgetItem* item = list->topLevelItem(list->topLevelItemCount() - 1);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(m_window->currentViewId(), QStringLiteral("access"));
    QCOMPARE(access->selectedAppId(), list->rows().last().filter.value);
}

QTEST_MAIN(TestOverviewGui)
#include "TestOverviewGui.moc"
