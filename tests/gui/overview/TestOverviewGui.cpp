// The Overview as an admin meets it after signing in (offscreen): every number it shows equals what the view behind
// it lists once clicked through — Apps and permissions filtered by risk, Consent requests filtered by age, Mailbox
// access's apps that reach every mailbox — on the demo tenant and on a generated small tenant. What changed since the
// last snapshot (export, then grants removed in the tenant: exactly those apps, riskiest first, "N more…", click
// through) and users' own consents over time (empty: said so, no chart; after a comparison: the first look's bar).
// Screenshots in a light, a dark and a high-contrast palette.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SandboxDemoTenant.h"
#include "access/AccessView.h"
#include "apps/AppDetailPane.h"
#include "apps/AppListModel.h"
#include "apps/AppsView.h"
#include "auth/SignInManager.h"
#include "common/StateColorPalette.h"
#include "exchange/MailboxScoping.h"
#include "log/Log.h"
#include "overview/OverviewAppList.h"
#include "overview/OverviewBarChart.h"
#include "overview/OverviewHistoryChart.h"
#include "overview/OverviewSnapshotPanel.h"
#include "overview/OverviewView.h"
#include "report/FirstSeenHistory.h"
#include "report/SnapshotCatalog.h"
#include "requests/RequestsView.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "session/SessionState.h"
#include "session/TenantAppsState.h"
#include "snapshots/SnapshotActions.h"
#include "snapshots/SnapshotDiffDialog.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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

// A high-contrast scheme (as Windows' "High Contrast Black"): white on black, cyan selection.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white);
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button}) {
        p.setColor(role, black);
    }
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::Mid}) {
        p.setColor(role, white);
    }
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
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
    void sinceTheLastSnapshot();
    void historyBarsOpenTheirApps();
    void historyByWeekOrMonth();
    void noHistoryYet();
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
    // What an earlier run left in this test's private HOME: the snapshot card and the history start empty.
    const QString history = FirstSeenHistory::defaultDirectory();
    const QString catalog = SnapshotCatalog::defaultFile();
    QVERIFY2(history.contains(QStringLiteral("/tests/home/")) && catalog.contains(QStringLiteral("/tests/home/")),
             qPrintable(history));
    QVERIFY(QDir(history).removeRecursively());
    QVERIFY(!QFile::exists(catalog) || QFile::remove(catalog));
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

void TestOverviewGui::sinceTheLastSnapshot()
{
    QVERIFY(m_controller && m_controller->sessionState());
    m_window->showView(QStringLiteral("overview"));
    OverviewSnapshotPanel* panel = m_overview->snapshot();
    auto* text = panel->findChild<QLabel*>(QStringLiteral("overviewSnapshotText"));
    auto* exportButton = panel->findChild<QPushButton*>(QStringLiteral("overviewSnapshotExport"));
    auto* full = panel->findChild<QPushButton*>(QStringLiteral("overviewSnapshotCompare"));
    auto* more = panel->findChild<QPushButton*>(QStringLiteral("overviewSnapshotMore"));
    auto* note = m_overview->findChild<QLabel*>(QStringLiteral("overviewHistoryNote"));
    auto* chartView = m_overview->findChild<QWidget*>(QStringLiteral("overviewHistoryChartView"));
    QVERIFY(text && exportButton && full && more && note && chartView);

    // No snapshot of this tenant yet: the card says so, with what to do. The history started with the session's first
    // read (every live read is recorded): its first look, the users' own consents that were there, as a bar of its own.
    QVERIFY2(text->text().contains(QStringLiteral("no snapshot")), qPrintable(text->text()));
    QVERIFY(exportButton->isVisible() && exportButton->isEnabled() && !full->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_overview->isLoading() && !m_overview->history()->figures().buckets.isEmpty(), 30000);
    QVERIFY(m_overview->history()->figures().buckets.first().baseline);
    QVERIFY(m_overview->history()->figures().buckets.first().consents > 0);
    QVERIFY(chartView->isVisible());
    QVERIFY(chartView->accessibleDescription().contains(
        QString::number(m_overview->history()->figures().buckets.first().consents)));

    // The button is File → Export snapshot (its file dialog is closed unanswered here: nothing is written).
    SnapshotActions* actions = m_controller->snapshotActions();
    QSignalSpy triggered(actions->exportAction(), &QAction::triggered);
    QTimer closeDialog;
    connect(&closeDialog, &QTimer::timeout, this, [] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            modal->close();
        }
    });
    closeDialog.start(100);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    closeDialog.stop();
    QCOMPARE(triggered.size(), 1);

    // A snapshot of the tenant as it is: nothing changed since.
    QSignalSpy exported(actions, &SnapshotActions::exported);
    actions->exportTo(m_dir.filePath(QStringLiteral("contoso-snapshot.json.gz")));
    QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 60000);
    QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_overview->isLoading(), 60000);
    QVERIFY(full->isVisible() && !exportButton->isVisible());
    QVERIFY2(text->text().startsWith(QStringLiteral("No app came, went or holds more or less")),
             qPrintable(text->text()));
    QVERIFY(!panel->changes()->isVisible());

    // Then seven apps each lose a grant in the tenant (as revokes elsewhere would), and the admin refreshes.
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    QHash<QString, QJsonObject> oneGrantPerClient;
    for (const QJsonObject& grant : store.list(QStringLiteral("oauth2PermissionGrants"))) {
        const QString client = grant.value(QStringLiteral("clientId")).toString();
        if (!oneGrantPerClient.contains(client) && oneGrantPerClient.size() < 7) {
            oneGrantPerClient.insert(client, grant);
        }
    }
    QCOMPARE(oneGrantPerClient.size(), 7);
    QStringList changedApps;
    for (const QJsonObject& grant : std::as_const(oneGrantPerClient)) {
        const auto client
            = store.get(QStringLiteral("servicePrincipals"), grant.value(QStringLiteral("clientId")).toString());
        QVERIFY(client);
        changedApps.append(client->value(QStringLiteral("displayName")).toString());
        QVERIFY(store.remove(QStringLiteral("oauth2PermissionGrants"), grant.value(QStringLiteral("id")).toString()));
    }
    QTest::mouseClick(m_overview->findChild<QPushButton*>(QStringLiteral("refreshOverviewButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_overview->isLoading() && panel->changes()->isVisible(), 60000);

    // Exactly those seven, riskiest first: six shown, "1 more…" shows the seventh.
    QVERIFY2(text->text().startsWith(QStringLiteral("7 apps changed since the snapshot of")), qPrintable(text->text()));
    OverviewAppList* changes = panel->changes();
    QCOMPARE(changes->topLevelItemCount(), OverviewSnapshotPanel::ShortList);
    QVERIFY(more->isVisible());
    QCOMPARE(more->text(), QStringLiteral("1 more…"));
    auto* scroll = m_overview->findChild<QScrollArea*>(QStringLiteral("overviewScroll"));
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(panel);
    QVERIFY(GuiTestSupport::saveScreenshot(m_window, QStringLiteral("overview-snapshot.png")));
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(!more->isVisible());
    QCOMPARE(changes->topLevelItemCount(), 7);
    QStringList listed;
    for (const OverviewAppList::Row& row : changes->rows()) {
        listed.append(row.columns.at(0));
        // Each lost a grant: fewer users, or fewer scopes for all users (the before and after counts).
        static const QRegularExpression fewer(
            QStringLiteral("^(Scopes for all users|Users with their own consent): (\\d+) → (\\d+)$"));
        const QRegularExpressionMatch match = fewer.match(row.columns.at(1));
        QVERIFY2(row.columns.at(1) == QStringLiteral("Gone")
                     || (match.hasMatch() && match.captured(2).toInt() > match.captured(3).toInt()),
                 qPrintable(row.columns.at(0) + QStringLiteral(": ") + row.columns.at(1)));
        QCOMPARE(row.viewId.isEmpty(), row.columns.at(1) == QStringLiteral("Gone")); // a gone app is in no view
    }
    listed.sort();
    changedApps.sort();
    QCOMPARE(listed, changedApps);
    int previous = int(RiskLevel::Critical);
    for (const OverviewAppList::Row& row : changes->rows()) {
        int level = int(RiskLevel::Critical);
        while (level > int(RiskLevel::Unranked) && Risk::displayName(RiskLevel(level)) != row.columns.at(2)) {
            --level;
        }
        QVERIFY2(level <= previous, qPrintable(row.columns.at(0) + QStringLiteral(": riskiest first")));
        previous = level;
    }

    // A row of an app still in the tenant opens it in Apps and permissions.
    int row = -1;
    for (int i = 0; i < changes->topLevelItemCount() && row < 0; ++i) {
        row = changes->rows().at(i).viewId.isEmpty() ? -1 : i;
    }
    QVERIFY(row >= 0);
    const QString appId = changes->rows().at(row).filter.value;
    changes->scrollToItem(changes->topLevelItem(row));
    QTest::mouseClick(
        changes->viewport(), Qt::LeftButton, {}, changes->visualItemRect(changes->topLevelItem(row)).center());
    QCOMPARE(m_window->currentViewId(), QStringLiteral("apps"));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_controller->appsView()->detail()->hasInventory()
            && m_controller->appsView()->detail()->inventory().app.appId.compare(appId, Qt::CaseInsensitive) == 0,
        20000);

    // "Compare in full…" opens the claim-level comparison; it records what it read in the first-seen history, so the
    // history card now has its first look: the users' own consents that were there, in a bar of their own.
    m_window->showView(QStringLiteral("overview"));
    QSignalSpy compared(actions, &SnapshotActions::compared);
    QTest::mouseClick(full, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 60000);
    QVERIFY(compared.first().at(0).toInt() > 0);
    QVERIFY(actions->diffDialog() && actions->diffDialog()->isVisible());
    actions->diffDialog()->close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_overview->isLoading() && !m_overview->history()->figures().buckets.isEmpty(), 30000);
    const OverviewHistoryChart::Figures& figures = m_overview->history()->figures();
    QVERIFY(figures.buckets.first().baseline);
    QVERIFY(figures.buckets.first().consents > 0);
    QCOMPARE(figures.buckets.size(), 2); // the first look, and this week (nothing new yet)
    QCOMPARE(figures.buckets.last().consents, 0);
    QVERIFY(chartView->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("No user has consented to an app on their own since.")),
             qPrintable(note->text()));
    QVERIFY(chartView->accessibleDescription().contains(QString::number(figures.buckets.first().consents)));
    // The first bar (already there at the first look) has a colour of its own: not the low-risk grey of the risk
    // chart, not the other bars' blue.
    auto* series = qobject_cast<QBarSeries*>(qobject_cast<QChartView*>(chartView)->chart()->series().value(0));
    QVERIFY(series && series->barSets().size() == 1);
    QBarSet* bars = series->barSets().first();
    QVERIFY(bars->isBarSelected(0) && !bars->isBarSelected(1));
    QCOMPARE(bars->selectedColor(), StateColorPalette().color(StateColorPalette::Role::ChartBaseline));
    QVERIFY(bars->selectedColor() != StateColorPalette().color(StateColorPalette::Role::Muted));
    QVERIFY(bars->selectedColor() != bars->color());
    scroll->ensureWidgetVisible(m_overview->history());
    QVERIFY(GuiTestSupport::saveScreenshot(m_window, QStringLiteral("overview-history.png")));
    QVERIFY(GuiTestSupport::saveScreenshot(scroll->widget(), QStringLiteral("overview-page.png"))); // every card

    // Dark and high contrast: the whole page is drawn in the scheme's colours, and the lists keep their words.
    QApplication::setPalette(darkPalette());
    QTest::qWait(100);
    QVERIFY(GuiTestSupport::saveScreenshot(scroll->widget(), QStringLiteral("overview-page-dark.png")));
    QApplication::setPalette(highContrastPalette());
    QTest::qWait(100);
    QVERIFY(GuiTestSupport::saveScreenshot(scroll->widget(), QStringLiteral("overview-page-high-contrast.png")));
    QApplication::setPalette(QPalette());
}

void TestOverviewGui::historyBarsOpenTheirApps()
{
    // Issue 17: every bar clicks through, filtered — the history's too, though its file keeps only hashed keys. The
    // history as three weeks of use leave it: every user consent first seen 21 days ago except one app's, first seen
    // today. This week's bar opens exactly that app; the first look's bar every other app with a user's consent.
    QVERIFY(m_controller && m_controller->sessionState());
    SessionState* session = m_controller->sessionState();
    TenantAppsState* tenantApps = session->tenantApps();
    QTRY_VERIFY_WITH_TIMEOUT(tenantApps->isLoaded() && !tenantApps->isLoading(), 60000);
    QSet<QString> withUserConsent;
    QString newcomer; // the app whose users consented "this week"
    for (const AppSummary& app : tenantApps->inventory().apps) {
        if (app.userGrants > 0) {
            withUserConsent.insert(app.app.id.toLower());
            if (newcomer.isEmpty()) {
                newcomer = app.app.id.toLower();
            }
        }
    }
    QVERIFY2(withUserConsent.size() >= 3, "the demo tenant has several apps users consented to");
    const ClaimKeyCollector collector = tenantApps->claimCollector();
    QSet<QString> newcomerKeys;
    collector.forEachUserConsent([&](const QString& servicePrincipalId, const QString& key) {
        if (servicePrincipalId == newcomer) {
            newcomerKeys.insert(key);
        }
    });
    QVERIFY(!newcomerKeys.isEmpty());
    FirstSeenHistory::Claims older;
    for (const auto& claim : collector.claims()) {
        if (!newcomerKeys.contains(claim.first)) {
            older.append(claim);
        }
    }
    const QString tenantId = session->account().tenantId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FirstSeenHistory::record(tenantId, older, now.addDays(-21), FirstSeenHistory::Source::Snapshot);
    FirstSeenHistory::record(tenantId, collector, now, FirstSeenHistory::Source::Live);

    m_window->showView(QStringLiteral("overview"));
    OverviewHistoryChart* history = m_overview->history();
    QTest::mouseClick(m_overview->findChild<QPushButton*>(QStringLiteral("refreshOverviewButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_overview->isLoading() && history->figures().appsKnown && history->figures().since.daysTo(now) >= 20, 60000);
    const OverviewHistoryChart::Figures figures = history->figures();
    QVERIFY(figures.weeks);
    const qsizetype last = figures.buckets.size() - 1;
    QVERIFY(last >= 3); // the first look, its week and the weeks up to this one
    QStringList baselineApps(withUserConsent.cbegin(), withUserConsent.cend());
    baselineApps.removeOne(newcomer);
    baselineApps.sort();
    QCOMPARE(figures.buckets.first().apps, baselineApps);
    QCOMPARE(figures.buckets.at(last).apps, QStringList {newcomer});
    // This week also counts the consents sinceTheLastSnapshot revoked (first seen today): counted, no app holds them.
    QVERIFY(figures.buckets.at(last).consents >= newcomerKeys.size());
    for (qsizetype i = 1; i < last; ++i) {
        QVERIFY(figures.buckets.at(i).apps.isEmpty());
        QCOMPARE(figures.buckets.at(i).consents, 0);
    }

    auto* chartView
        = qobject_cast<QChartView*>(history->findChild<QWidget*>(QStringLiteral("overviewHistoryChartView")));
    QVERIFY(chartView);
    auto* series = qobject_cast<QBarSeries*>(chartView->chart()->series().value(0));
    QVERIFY(series && series->barSets().size() == 1);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("appTable"));
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    AppsView* apps = m_controller->appsView();
    auto* bannerText = apps->findChild<QLabel*>(QStringLiteral("filterBannerText"));
    auto* listMessage = apps->findChild<QLabel*>(QStringLiteral("appsListMessage"));
    QVERIFY(proxy && bannerText && listMessage);
    const auto listed = [&] {
        QStringList ids;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const AppSummary* app = apps->model()->summary(proxy->mapToSource(proxy->index(row, 0)).row());
            ids.append(app ? app->app.id.toLower() : QStringLiteral("?"));
        }
        ids.sort();
        return ids;
    };

    // A click on this week's bar: Apps and permissions, only the newcomer, and the line above says so.
    emit series->barSets().first()->clicked(int(last));
    QCOMPARE(m_window->currentViewId(), QStringLiteral("apps"));
    QCOMPARE(listed(), QStringList {newcomer});
    QVERIFY(bannerText->isVisible());
    QVERIFY2(bannerText->text().startsWith(QStringLiteral("Only the apps that hold a user's own consent ConsentDesk "
                                                          "first saw in the week of ")),
             qPrintable(bannerText->text()));
    QCOMPARE(bannerText->text(), history->filterOf(int(last)).description);
    QVERIFY(GuiTestSupport::saveScreenshot(m_window, QStringLiteral("apps-filtered-by-history.png")));
    QTest::mouseClick(apps->findChild<QPushButton*>(QStringLiteral("filterBannerShowAll")), Qt::LeftButton);
    QVERIFY(!bannerText->isVisible());
    QVERIFY(proxy->rowCount() > withUserConsent.size()); // every app that holds something
    QVERIFY(listed().contains(newcomer));

    // The keyboard: Tab reaches the chart, Home chooses the first look's bar (framed), Right and Left move, Enter
    // opens.
    m_window->showView(QStringLiteral("overview"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_overview->findChild<QScrollArea*>(QStringLiteral("overviewScroll"))->ensureWidgetVisible(history);
    chartView->setFocus(Qt::TabFocusReason);
    QVERIFY(chartView->hasFocus());
    QVERIFY(chartView->focusPolicy() & Qt::TabFocus);
    QTest::keyClick(chartView, Qt::Key_End);
    QCOMPARE(history->currentBar(), int(last));
    QTest::keyClick(chartView, Qt::Key_Home);
    QCOMPARE(history->currentBar(), 0);
    QTest::keyClick(chartView, Qt::Key_Right);
    QCOMPARE(history->currentBar(), 1);
    QTest::keyClick(chartView, Qt::Key_Left);
    QCOMPARE(history->currentBar(), 0);
    QTest::keyClick(chartView, Qt::Key_Left); // stays on the first bar
    QCOMPARE(history->currentBar(), 0);
    QGraphicsRectItem* frame = nullptr;
    for (QGraphicsItem* item : chartView->scene()->items()) {
        if (auto* rect = dynamic_cast<QGraphicsRectItem*>(item); rect && rect->zValue() >= 1000) {
            frame = rect;
        }
    }
    QVERIFY(frame && frame->isVisible());
    // The frame stands over the first bar: its centre is the first category's.
    const qreal firstBar = chartView->chart()->mapToPosition(QPointF(0, 0), series).x();
    QVERIFY2(qAbs(frame->rect().center().x() - firstBar) < 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(frame->rect().center().x()).arg(firstBar)));
    QVERIFY2(
        chartView->accessibleDescription().startsWith(QStringLiteral("Already there when ConsentDesk first looked")),
        qPrintable(chartView->accessibleDescription()));
    QVERIFY(chartView->accessibleDescription().contains(QStringLiteral("Left and Right choose a bar")));
    QVERIFY(GuiTestSupport::saveScreenshot(history, QStringLiteral("overview-history-focus.png")));
    QTest::keyClick(chartView, Qt::Key_Return);
    QCOMPARE(m_window->currentViewId(), QStringLiteral("apps"));
    QCOMPARE(listed(), baselineApps);
    QVERIFY2(bannerText->text().contains(QStringLiteral("already there when ConsentDesk first looked")),
             qPrintable(bannerText->text()));
    QTest::mouseClick(apps->findChild<QPushButton*>(QStringLiteral("filterBannerShowAll")), Qt::LeftButton);
    QVERIFY(!bannerText->isVisible());
    // Tab leaves the chart again.
    m_window->showView(QStringLiteral("overview"));
    chartView->setFocus(Qt::TabFocusReason);
    QTest::keyClick(chartView, Qt::Key_Tab);
    QVERIFY(!chartView->hasFocus());
    QVERIFY(!frame->isVisible());

    // The context menu (the Menu key or a right click): one action per bar that counts something; this week's opens it.
    QStringList menuItems;
    QTimer pickFromMenu;
    connect(&pickFromMenu, &QTimer::timeout, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu || menu->objectName() != QStringLiteral("overviewHistoryMenu")) {
            return;
        }
        pickFromMenu.stop();
        for (QAction* action : menu->actions()) {
            menuItems.append(action->text());
        }
        menu->actions().last()->trigger();
        menu->close();
    });
    pickFromMenu.start(50);
    emit chartView->customContextMenuRequested(chartView->rect().center());
    pickFromMenu.stop();
    QCOMPARE(menuItems.size(), 2); // the first look's bar and this week's: the weeks between count nothing
    QVERIFY2(menuItems.first().startsWith(QStringLiteral("First look — ")), qPrintable(menuItems.first()));
    QVERIFY2(menuItems.last().endsWith(QStringLiteral("consents: show their apps")), qPrintable(menuItems.last()));
    QCOMPARE(m_window->currentViewId(), QStringLiteral("apps"));
    QCOMPARE(listed(), QStringList {newcomer});
    QTest::mouseClick(apps->findChild<QPushButton*>(QStringLiteral("filterBannerShowAll")), Qt::LeftButton);
    m_window->showView(QStringLiteral("overview"));

    // The newcomer's users' consents revoked in the tenant: this week's bar still counts them, and its click says no
    // app holds them now — not an empty list with no word.
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    int revoked = 0;
    for (const QJsonObject& grant : store.list(QStringLiteral("oauth2PermissionGrants"))) {
        if (grant.value(QStringLiteral("clientId")).toString().toLower() == newcomer
            && grant.value(QStringLiteral("consentType")).toString() == QStringLiteral("Principal")) {
            QVERIFY(
                store.remove(QStringLiteral("oauth2PermissionGrants"), grant.value(QStringLiteral("id")).toString()));
            ++revoked;
        }
    }
    QVERIFY(revoked > 0);
    QTest::mouseClick(m_overview->findChild<QPushButton*>(QStringLiteral("refreshOverviewButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_overview->isLoading() && history->figures().appsKnown
                                 && history->figures().buckets.value(last).apps.isEmpty(),
                             60000);
    QCOMPARE(history->figures().buckets.at(last).consents, figures.buckets.at(last).consents);
    history->activate(int(last));
    QCOMPARE(m_window->currentViewId(), QStringLiteral("apps"));
    QCOMPARE(proxy->rowCount(), 0);
    QVERIFY(bannerText->isVisible());
    QVERIFY(listMessage->isVisible());
    QVERIFY2(listMessage->text().startsWith(QStringLiteral("No app holds these users' consents now")),
             qPrintable(listMessage->text()));
    QVERIFY(GuiTestSupport::saveScreenshot(m_window, QStringLiteral("apps-history-bar-revoked.png")));
    QTest::mouseClick(apps->findChild<QPushButton*>(QStringLiteral("filterBannerShowAll")), Qt::LeftButton);
    QVERIFY(proxy->rowCount() > 0 && !listMessage->isVisible());
}

void TestOverviewGui::historyByWeekOrMonth()
{
    const auto at = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(9, 0), Qt::UTC); };
    // A month of history: weeks from the first look's Monday; what was there at the first look is its own bar.
    QMap<QDate, int> days {{QDate(2026, 11, 4), 40}, {QDate(2026, 11, 5), 2}, {QDate(2026, 11, 20), 5}};
    OverviewHistoryChart::Figures figures = OverviewHistoryChart::figuresOf(days, at(2026, 11, 4), QDate(2026, 12, 7));
    QVERIFY(figures.weeks);
    QCOMPARE(figures.buckets.size(), 1 + 6); // weeks of Nov 2, 9, 16, 23, 30, Dec 7
    QVERIFY(figures.buckets.at(0).baseline);
    QCOMPARE(figures.buckets.at(0).consents, 40);
    QCOMPARE(figures.buckets.at(1).start, QDate(2026, 11, 2));
    QCOMPARE(figures.buckets.at(1).consents, 2); // the day after the first look, same week
    QCOMPARE(figures.buckets.at(3).consents, 5);
    QCOMPARE(figures.buckets.last().start, QDate(2026, 12, 7));
    // The bar a day counts in (the one its apps are listed under when clicked): the first look's day and the day
    // after are in different bars of the same week; a day after the last bar is in none.
    QCOMPARE(OverviewHistoryChart::bucketOf(figures, QDate(2026, 11, 4)), 0);
    QCOMPARE(OverviewHistoryChart::bucketOf(figures, QDate(2026, 11, 3)), 0);
    QCOMPARE(OverviewHistoryChart::bucketOf(figures, QDate(2026, 11, 5)), 1);
    QCOMPARE(OverviewHistoryChart::bucketOf(figures, QDate(2026, 11, 20)), 3);
    QCOMPARE(OverviewHistoryChart::bucketOf(figures, QDate(2026, 12, 13)), 6);
    QCOMPARE(OverviewHistoryChart::bucketOf(figures, QDate(2026, 12, 14)), -1);
    int total = 0;
    for (const auto& bucket : figures.buckets) {
        total += bucket.consents;
    }
    QCOMPARE(total, 47);

    // Two years: the last twelve months; everything before them is the first bar.
    days = {{QDate(2024, 12, 1), 30}, {QDate(2025, 3, 3), 4}, {QDate(2026, 1, 15), 6}, {QDate(2026, 12, 1), 1}};
    figures = OverviewHistoryChart::figuresOf(days, at(2024, 12, 1), QDate(2026, 12, 7));
    QVERIFY(!figures.weeks);
    QCOMPARE(figures.buckets.size(), 1 + 12);
    QCOMPARE(figures.buckets.at(0).start, QDate(2026, 1, 1));
    QCOMPARE(figures.buckets.at(0).consents, 34);
    QCOMPARE(figures.buckets.at(1).start, QDate(2026, 1, 1));
    QCOMPARE(figures.buckets.at(1).consents, 6);
    QCOMPARE(figures.buckets.last().consents, 1);
    QCOMPARE(OverviewHistoryChart::bucketOf(figures, QDate(2025, 3, 3)), 0); // before the months shown
    QCOMPARE(OverviewHistoryChart::bucketOf(figures, QDate(2026, 1, 31)), 1);
    QCOMPARE(OverviewHistoryChart::bucketOf(figures, QDate(2026, 12, 1)), 12);

    // No history: nothing to draw.
    QVERIFY(OverviewHistoryChart::figuresOf({}, QDateTime(), QDate(2026, 12, 7)).buckets.isEmpty());
}

void TestOverviewGui::noHistoryYet()
{
    // A tenant ConsentDesk has never read on this computer (the Overview of a session whose first read has not been
    // recorded yet, or a tenant with no grant at all): the card says there is no history and how one starts, and draws
    // no empty axes.
    OverviewHistoryChart chart;
    chart.resize(640, 260);
    chart.QWidget::show(); // OverviewHistoryChart::show(figures) hides it
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QString neverSeen = QStringLiteral("5b1e9d0c-7a41-4c3e-9d2a-000000000017");
    QVERIFY(!QFile::exists(FirstSeenHistory(neverSeen).path()));
    QSignalSpy loaded(&chart, &OverviewHistoryChart::loaded);
    chart.setTenant(neverSeen);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !chart.isLoading(), 10000);
    QVERIFY(chart.figures().buckets.isEmpty());
    QVERIFY(!chart.figures().since.isValid());
    auto* note = chart.findChild<QLabel*>(QStringLiteral("overviewHistoryNote"));
    auto* view = chart.findChild<QWidget*>(QStringLiteral("overviewHistoryChartView"));
    QVERIFY(note && view);
    QVERIFY2(note->isVisible() && note->text().startsWith(QStringLiteral("No history yet.")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("first permissions ConsentDesk reads from this tenant")),
             qPrintable(note->text()));
    QVERIFY(!view->isVisible());
    QCOMPARE(view->accessibleDescription(), note->text()); // a screen reader hears the same words
    QVERIFY(GuiTestSupport::saveScreenshot(&chart, QStringLiteral("overview-no-history.png")));
    QVERIFY(!QFile::exists(FirstSeenHistory(neverSeen).path())); // looking wrote nothing
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
