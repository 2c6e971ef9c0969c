// The GUI's side of issue 16, measured offscreen in a process of its own (bench_report runs it and reads its JSON):
//   first-paint BIN [RUNS]   cold start of the consentdesk binary to its first painted window (median of RUNS);
//   models N [RUNS]          filter and sort of the Apps list and sort of an app's permission table with N rows,
//                            the tables shown (median of RUNS, each on a new view; the permission sorts once the
//                            table's sort keys are prepared, and how long after the load that was);
//   export URL TOKEN FILE    the full report exported through the Apps view's dialog against a sandbox, with the
//                            longest event-loop stall while it runs.
//   overview URL TOKEN       the Overview and the Apps view signed in to a sandbox: the time until the overview is
//                            drawn, what drawing it costs once the tenant is read, and the requests beyond the one
//                            shared tenant-wide read (issue 17: no extra full read). With a snapshot of the tenant
//                            taken first (in a private data folder): the time from the tenant read to the Overview
//                            painted, to the snapshot card compared, and the longest event-loop stall meanwhile.
#include "apps/AppDetailPane.h"
#include "apps/AppListModel.h"
#include "apps/AppsView.h"
#include "apps/PermissionRowModel.h"
#include "apps/ReportExportDialog.h"
#include "async/Async.h"
#include "cli/RunStatsFile.h"
#include "consent/ConsentRequestService.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/ExchangeAdminClient.h"
#include "graph/GraphClient.h"
#include "graph/GraphCounters.h"
#include "graph/StaticTokenProvider.h"
#include "overview/OverviewSnapshotPanel.h"
#include "overview/OverviewView.h"
#include "report/LiveSnapshot.h"
#include "report/SnapshotCatalog.h"
#include "report/SnapshotWriter.h"
#include "session/SessionState.h"
#include "session/TenantAppsState.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <time.h>
#endif

namespace {

// The GUI thread's own CPU time (ms): a gap in the event loop's pulse during which the thread hardly ran was the
// machine's other load (waiting for a CPU), not work on the GUI thread.
double threadCpuMs()
{
#if defined(Q_OS_UNIX)
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

// The longest single event delivery while the export runs, and to what: where a stall comes from.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_timing || m_depth > 0) {
            return QApplication::notify(receiver, event);
        }
        ++m_depth;
        // Named before delivery: the receiver may be gone after it (a reply deleted by its handler).
        const int type = int(event->type());
        const char* className = receiver->metaObject()->className();
        const auto* reply = qobject_cast<QNetworkReply*>(receiver);
        const QString path = reply ? reply->url().path() : QString();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        const bool result = QApplication::notify(receiver, event);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs() - cpuBefore;
        --m_depth;
        if (cpu > 20) { // the slow ones, by the GUI thread's own time in them
            m_slow.append(QStringLiteral("%1 ms CPU (%2 ms): %3 to %4 %5")
                              .arg(cpu, 0, 'f', 1)
                              .arg(elapsed, 0, 'f', 1)
                              .arg(type)
                              .arg(QString::fromLatin1(className), path));
        }
        if (elapsed > m_longestMs) {
            m_longestMs = elapsed;
            m_longest = QStringLiteral("%1 to %2").arg(type).arg(QString::fromLatin1(className));
            if (!path.isEmpty()) {
                m_longest += QLatin1Char(' ') + path;
            }
        }
        return result;
    }

    bool m_timing = false;
    int m_depth = 0;
    QStringList m_slow;
    double m_longestMs = 0;
    QString m_longest;
};

void emitJson(const QJsonObject& object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The probe's own high-water mark, as the CLI reports it: getrusage's ru_maxrss is carried over fork and exec on
// Linux, so a probe started by bench_report reported bench_report's peak (808 MB after the slow path held its rows).
qint64 peakRss()
{
    return RunStatsFile::peakResidentBytes();
}

int firstPaint(const QString& binary, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONSENTDESK_FIRST_PAINT_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // as on a first start: no keychain answer to wait for
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(binary, {});
        bool painted = false;
        while (!painted && process.waitForReadyRead(30000)) {
            painted = process.readAllStandardOutput().contains("first-paint");
        }
        const double elapsed = ms(timer);
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        if (!painted) {
            emitJson({{QStringLiteral("error"), QStringLiteral("no first paint from %1").arg(binary)}});
            return 1;
        }
        times.append(elapsed);
    }
    std::sort(times.begin(), times.end());
    emitJson({{QStringLiteral("firstPaintMs"), times.at(times.size() / 2)},
              {QStringLiteral("fastestMs"), times.first()},
              {QStringLiteral("slowestMs"), times.last()},
              {QStringLiteral("runs"), int(times.size())}});
    return 0;
}

QJsonObject modelsOnce(int n)
{
    // The Apps list as the view shows it: its model, its filter proxy, its table.
    AppsView view(AppsView::Services {});
    view.resize(1200, 800);
    view.show();
    QList<AppSummary> apps;
    apps.reserve(n);
    const QStringList words {QStringLiteral("Contoso"),
                             QStringLiteral("Fabrikam"),
                             QStringLiteral("Litware"),
                             QStringLiteral("Northwind"),
                             QStringLiteral("Tailspin"),
                             QStringLiteral("Wingtip")};
    for (int i = 0; i < n; ++i) {
        AppSummary s;
        s.app.id = QStringLiteral("%1-sp").arg(i);
        s.app.appId = QStringLiteral("%1-app").arg(i);
        s.app.displayName
            = QStringLiteral("%1 %2 %3").arg(words.at(i % words.size()), QStringLiteral("App")).arg(n - i);
        s.app.publisherName = words.at((i / 7) % words.size());
        s.userGrants = i % 13;
        s.users = i % 11;
        s.tenantWideScopes = i % 5;
        s.applicationPermissions = i % 3;
        s.highestRisk = RiskLevel(i % 5);
        apps.append(s);
    }
    view.model()->upsert(apps);
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("appSearch"));
    auto* table = view.findChild<QTableView*>(QStringLiteral("appTable"));
    // Without a session the view shows "Sign in…" in the table's place: show the table, so what is measured includes
    // what a person sees redrawn (the table's rows and its headers' widths).
    // (The view puts "Sign in…" back at each change of the filter: the table stays.)
    if (auto* stack = qobject_cast<QStackedWidget*>(table->parentWidget())) {
        stack->setCurrentWidget(table);
        QObject::connect(stack, &QStackedWidget::currentChanged, stack, [stack, table] {
            if (stack->currentWidget() != table) {
                stack->setCurrentWidget(table);
            }
        });
    }
    QApplication::processEvents();
    // Each step until the event loop has done what it queued (the headers' widths, the repaint): what a person waits
    // for.
    QElapsedTimer timer;
    timer.start();
    search->setText(QStringLiteral("northwind app 9"));
    QApplication::processEvents();
    const double filterMs = ms(timer);
    timer.restart();
    search->clear(); // every row back
    QApplication::processEvents();
    const double unfilterMs = ms(timer);
    timer.restart();
    table->sortByColumn(AppListModel::App, Qt::AscendingOrder);
    QApplication::processEvents();
    const double sortMs = ms(timer);
    timer.restart();
    table->sortByColumn(AppListModel::Users, Qt::DescendingOrder);
    QApplication::processEvents();
    const double sortUsersMs = ms(timer);
    timer.restart();
    view.model()->sort(AppListModel::Risk, Qt::DescendingOrder);
    QApplication::processEvents();
    const double modelSortMs = ms(timer);

    // One app's permissions, n rows (an app every user consented to in a huge tenant).
    AppInventory inventory;
    inventory.app.id = QStringLiteral("big-sp");
    inventory.app.displayName = QStringLiteral("Contoso Meetings");
    for (int i = 0; i < n; ++i) {
        GrantedPermission row;
        row.source = GrantedPermission::Source::User;
        row.clientId = inventory.app.id;
        row.clientDisplayName = inventory.app.displayName;
        row.grantId = QStringLiteral("grant-%1").arg(i / 5);
        row.principalId = QStringLiteral("user-%1").arg(i / 5);
        row.principalDisplayName = QStringLiteral("User %1").arg(i / 5);
        row.permission.value = QStringList {QStringLiteral("openid"),
                                            QStringLiteral("profile"),
                                            QStringLiteral("User.Read"),
                                            QStringLiteral("Mail.Read"),
                                            QStringLiteral("Files.Read")}
                                   .at(i % 5);
        row.permission.resourceDisplayName = QStringLiteral("Microsoft Graph");
        row.permission.risk = RiskLevel(i % 5);
        inventory.permissions.append(row);
    }
    AppDetailPane* detail = view.detail();
    QTableView* users = detail->userTable();
    // The User consent tab, where an app's 100 000 rows are: shown, as when a person looks at them.
    view.findChild<QTabWidget*>(QStringLiteral("appTabs"))->setCurrentWidget(users);
    timer.restart();
    detail->setInventory(inventory, {});
    QApplication::processEvents();
    const double setMs = ms(timer);
    // A person clicks a column a moment after the rows appear; meanwhile the model prepares its text columns' sort
    // keys off the GUI thread. How long after the load they are ready (the GUI thread answers meanwhile):
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(users->model());
    auto* userModel = qobject_cast<PermissionRowModel*>(proxy ? proxy->sourceModel() : nullptr);
    timer.restart();
    if (userModel && userModel->sortKeysPending()) {
        QEventLoop wait;
        QObject::connect(userModel, &PermissionRowModel::sortKeysReady, &wait, &QEventLoop::quit);
        QTimer::singleShot(30000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    const double keysMs = ms(timer);
    timer.restart();
    users->sortByColumn(0, Qt::DescendingOrder);
    QApplication::processEvents();
    const double permissionSortMs = ms(timer);
    timer.restart();
    users->sortByColumn(PermissionRowModel::GrantedThrough, Qt::AscendingOrder); // 20 000 distinct users
    QApplication::processEvents();
    const double permissionSortByUserMs = ms(timer);
    return {{QStringLiteral("filterMs"), std::max(filterMs, unfilterMs)},
            {QStringLiteral("appsFilterMs"), filterMs},
            {QStringLiteral("appsUnfilterMs"), unfilterMs},
            {QStringLiteral("sortMs"), std::max({sortMs, sortUsersMs, permissionSortMs, permissionSortByUserMs})},
            {QStringLiteral("appsSortByNameMs"), sortMs},
            {QStringLiteral("appsSortByUsersMs"), sortUsersMs},
            {QStringLiteral("appsModelSortMs"), modelSortMs},
            {QStringLiteral("permissionsSortMs"), permissionSortMs},
            {QStringLiteral("permissionsSortByUserMs"), permissionSortByUserMs},
            {QStringLiteral("permissionsLoadMs"), setMs},
            {QStringLiteral("permissionsSortKeysReadyMs"), keysMs},
            {QStringLiteral("tablesShown"), table->isVisible() && users->isVisible()}};
}

int models(int n, int runs)
{
    // Each run on a new view with new rows (a column's first sort computes its keys, as when a person first clicks
    // it); each figure is the median of the runs: on a shared machine one run can wait for a CPU.
    QHash<QString, QList<double>> figures;
    bool shown = true;
    for (int i = 0; i < runs; ++i) {
        const QJsonObject run = modelsOnce(n);
        shown = shown && run.value(QStringLiteral("tablesShown")).toBool();
        for (auto it = run.begin(); it != run.end(); ++it) {
            if (it.value().isDouble()) {
                figures[it.key()].append(it.value().toDouble());
            }
        }
    }
    QJsonObject result {
        {QStringLiteral("rows"), n}, {QStringLiteral("runs"), runs}, {QStringLiteral("tablesShown"), shown}};
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        QList<double>& values = it.value();
        std::sort(values.begin(), values.end());
        result.insert(it.key(), values.at(values.size() / 2));
        result.insert(it.key() + QStringLiteral("Slowest"), values.last());
    }
    emitJson(result);
    return shown ? 0 : 1;
}

int exportReport(const QString& url, const QString& token, const QString& file)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    StaticTokenProvider tokens;
    tokens.setToken(TokenResource::Graph, token.toLatin1());
    GraphClient client;
    client.setNetworkAccessManager(&nam);
    client.setTokenProvider(&tokens);
    client.setEndpoints({QUrl(url), {}, {}});
    // No session, so no first-seen history: the probe measures the export itself (its FirstSeen column stays empty).
    ReportExportDialog dialog(&client, nullptr);
    dialog.show();
    int updates = 0;
    QObject::connect(dialog.engine(), &PermissionReportEngine::progress, [&updates] { ++updates; });
    // The event loop's pulse: a 5 ms timer; any longer gap is time the GUI thread could not answer.
    QElapsedTimer pulse;
    double maxStall = 0;
    double maxStallCpu = 0; // the GUI thread's CPU time within the longest gap
    double pulseCpu = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double stall = ms(pulse) - 5.0;
        const double cpu = threadCpuMs();
        if (stall > maxStall) {
            maxStall = stall;
            maxStallCpu = cpu - pulseCpu;
        }
        pulse.restart();
        pulseCpu = cpu;
    });
    bool finished = false;
    bool succeeded = false;
    QObject::connect(&dialog, &ReportExportDialog::exportFinished, [&](bool ok) {
        finished = true;
        succeeded = ok;
    });
    QElapsedTimer timer;
    timer.start();
    pulse.start();
    pulseCpu = threadCpuMs();
    ticker.start();
    auto* timed = static_cast<TimedApplication*>(QCoreApplication::instance());
    timed->m_timing = true;
    if (!dialog.start(file, TableWriter::Format::Csv)) {
        emitJson({{QStringLiteral("error"), QStringLiteral("cannot write %1").arg(file)}});
        return 1;
    }
    while (!finished) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const double wall = ms(timer);
    ticker.stop();
    timed->m_timing = false;
    if (!succeeded) {
        emitJson({{QStringLiteral("error"), dialog.result().error.summary()}});
        return 1;
    }
    emitJson({{QStringLiteral("wallMs"), wall},
              {QStringLiteral("maxStallMs"), std::max(0.0, maxStall)},
              {QStringLiteral("maxStallCpuMs"), maxStallCpu},
              {QStringLiteral("longestEventMs"), timed->m_longestMs},
              {QStringLiteral("longestEvent"), timed->m_longest}, // event type to receiver class
              {QStringLiteral("slowEvents"), QJsonArray::fromStringList(timed->m_slow)},
              {QStringLiteral("rows"), dialog.result().rows},
              {QStringLiteral("requests"), client.counters()->snapshot().requests},
              {QStringLiteral("progressUpdates"), updates},
              {QStringLiteral("peakRssBytes"), peakRss()}});
    return 0;
}

// The first paint of a widget after start() (the Overview's first chart: the page is drawn from the read tenant).
class PaintWatch : public QObject
{
public:
    void start(QWidget* widget)
    {
        m_painted = -1;
        m_timer.start();
        widget->installEventFilter(this);
    }
    double paintedMs() const { return m_painted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_painted < 0) {
            m_painted = ms(m_timer);
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    QElapsedTimer m_timer;
    double m_painted = -1;
};

// A snapshot of the tenant as `snapshot export` writes it, remembered as the tenant's newest: the Overview's
// "since the last snapshot" card reads and compares it. Read with a client of its own (its requests are not the
// Overview's). Returns the tenant id, empty on failure.
QString takeSnapshot(const QString& url, const QString& token, const QString& path)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    StaticTokenProvider tokens;
    tokens.setToken(TokenResource::Graph, token.toLatin1());
    GraphClient client;
    client.setNetworkAccessManager(&nam);
    client.setTokenProvider(&tokens);
    client.setEndpoints({QUrl(url), {}, {}});
    std::optional<SnapshotReader::Result> read;
    QObject context;
    Async::then(LiveSnapshot::read(&client, nullptr, {}, &context), &context, [&read](const LiveSnapshot::Read& r) {
        read = r.snapshot;
    });
    while (!read) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    QFile file(path);
    if (!read->ok() || !file.open(QIODevice::WriteOnly)
        || !SnapshotWriter::write(*read->snapshot, &file, false, nullptr)) {
        return {};
    }
    SnapshotCatalog().remember(path, read->snapshot->tenantId, read->snapshot->createdDateTime);
    return read->snapshot->tenantId;
}

int overview(const QString& url, const QString& token)
{
    // The catalog of snapshots and the first-seen history live in the app data folder: a private one here.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QElapsedTimer snapshotTimer;
    snapshotTimer.start();
    const QString tenantId = takeSnapshot(url, token, data.filePath(QStringLiteral("tenant.json")));
    const double snapshotMs = ms(snapshotTimer);
    if (tenantId.isEmpty()) {
        emitJson({{QStringLiteral("error"), QStringLiteral("could not take a snapshot of the tenant")}});
        return 1;
    }

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    StaticTokenProvider tokens;
    tokens.setToken(TokenResource::Graph, token.toLatin1());
    tokens.setToken(TokenResource::Exchange, token.toLatin1());
    GraphClient client;
    client.setNetworkAccessManager(&nam);
    client.setTokenProvider(&tokens);
    client.setEndpoints({QUrl(url), QUrl(url), QString()}); // no tenant: Exchange is not read, Graph is what counts
    ServicePrincipalCache cache(&client);
    PermissionResolver resolver(&cache);
    ConsentRequestService requests(&client, &resolver);
    ExchangeAdminClient exchange(&client);
    AccountInfo account;
    account.userObjectId = QStringLiteral("bench");
    account.tenantId = tenantId;
    account.rolesKnown = true;
    account.roles = {{QStringLiteral("ga"), QStringLiteral("62e90394-69f5-4237-9190-012177145e10"), QString()}};
    SessionState state(account, {&client, &exchange, &cache});
    // Both views that show the tenant's apps, as after a sign-in: one tenant-wide read between them.
    AppsView apps(AppsView::Services {&client, nullptr, nullptr, &cache});
    OverviewView view(OverviewView::Services {&requests, nullptr});
    view.resize(1280, 960);
    view.show();
    auto* chart = view.findChild<QAbstractScrollArea*>(QStringLiteral("overviewRiskChartView"));

    // From the tenant read to the Overview painted and to the snapshot card compared; the event loop's pulse
    // (a 5 ms timer) meanwhile: any longer gap is time the GUI thread could not answer.
    PaintWatch painted;
    QElapsedTimer sinceRead;
    double comparedMs = -1;
    QElapsedTimer pulse;
    double maxStall = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxStall = std::max(maxStall, ms(pulse) - 5.0);
        pulse.restart();
    });
    double readCpu = -1; // the GUI thread's CPU time when the tenant read finished
    QObject::connect(state.tenantApps(), &TenantAppsState::finished, &view, [&] {
        if (!sinceRead.isValid()) {
            readCpu = threadCpuMs();
            sinceRead.start();
            painted.start(chart->viewport());
            pulse.start();
            ticker.start();
        }
    });
    QObject::connect(view.snapshot(), &OverviewSnapshotPanel::compared, &view, [&] {
        if (comparedMs < 0 && sinceRead.isValid()) {
            comparedMs = ms(sinceRead);
            ticker.stop();
        }
    });
    QElapsedTimer timer;
    timer.start();
    view.setSession(&state);
    apps.setSession(&state);
    while ((view.isLoading() || !state.tenantApps()->isLoaded() || painted.paintedMs() < 0)
           && timer.elapsed() < 30 * 60 * 1000) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    if (painted.paintedMs() < 0 || view.isLoading()) {
        emitJson({{QStringLiteral("error"), QStringLiteral("the Overview was not drawn within 30 minutes")}});
        return 1;
    }
    QApplication::processEvents();
    const double wall = ms(timer);
    // What of the time after the read was the GUI thread's own work (the rest was waiting for a CPU: a shared machine).
    const double afterReadCpu = readCpu < 0 ? -1 : threadCpuMs() - readCpu;
    ticker.stop();
    const TenantInventory inventory = state.tenantApps()->inventory();
    if (inventory.error) {
        emitJson({{QStringLiteral("error"), inventory.error.summary()}});
        return 1;
    }
    if (view.snapshot()->changes()->topLevelItemCount() > 0) {
        emitJson({{QStringLiteral("error"), QStringLiteral("the tenant differs from its own snapshot")}});
        return 1;
    }
    const qint64 total = client.counters()->snapshot().requests;
    // The overview's own work once the tenant is read: count every app again and redraw the charts and lists.
    timer.restart();
    const double drawCpuBefore = threadCpuMs();
    view.snapshot()->blockSignals(true); // the card compares again: not part of drawing
    emit state.tenantApps()->finished(inventory);
    QApplication::processEvents();
    const double draw = ms(timer);
    const double drawCpu = threadCpuMs() - drawCpuBefore;
    emitJson({{QStringLiteral("wallMs"), wall},
              {QStringLiteral("drawMs"), draw},
              {QStringLiteral("drawCpuMs"), drawCpu}, // the GUI thread's CPU time within drawMs
              {QStringLiteral("afterReadCpuMs"), afterReadCpu}, // its CPU time from the read to painted and compared
              {QStringLiteral("paintedMs"), painted.paintedMs()},
              {QStringLiteral("snapshotComparedMs"), comparedMs},
              {QStringLiteral("maxStallMs"), std::max(0.0, maxStall)},
              {QStringLiteral("snapshotTakenMs"), snapshotMs},
              {QStringLiteral("apps"), int(inventory.apps.size())},
              {QStringLiteral("requests"), total},
              {QStringLiteral("inventoryRequests"), inventory.requests},
              {QStringLiteral("extraRequests"), total - inventory.requests},
              {QStringLiteral("peakRssBytes"), peakRss()}});
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("first-paint") && args.size() >= 2) {
        return firstPaint(args.at(1), args.size() > 2 ? args.at(2).toInt() : 5);
    }
    if (mode == QLatin1String("models") && args.size() >= 2) {
        return models(args.at(1).toInt(), args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5);
    }
    if (mode == QLatin1String("export") && args.size() >= 4) {
        return exportReport(args.at(1), args.at(2), args.at(3));
    }
    if (mode == QLatin1String("overview") && args.size() >= 3) {
        return overview(args.at(1), args.at(2));
    }
    std::fprintf(
        stderr,
        "usage: bench_gui_probe first-paint BIN [RUNS] | models N [RUNS] | export URL TOKEN FILE | overview URL "
        "TOKEN\n");
    return 2;
}
