// The full permission report at tenant scale (issue 16), measured: consentdesk-sandbox with a generated tenant and a
// latency in its own process; each scenario run as a user runs it (consentdesk-cli as a process, the GUI probes as a
// process); the baselines (the per-app walk of the PowerShell reports, a sequential walk) and the slow path
// (PerAppPermissionReport) replayed on ConsentDesk's transport in this process; the floor computed from the
// sandbox's own time per page. Prints one table (and writes it as Markdown with --markdown FILE), compares the
// report's rows with the slow path's and with the throttled run's, and checks the targets with --check.
#include "BaselineWalks.h"
#include "BenchSandbox.h"

#include "graph/GraphClient.h"
#include "graph/GraphCounters.h"
#include "graph/StaticTokenProvider.h"
#include "report/PerAppPermissionReport.h"
#include "report/PermissionReport.h"
#include "report/TableStreamWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

struct Figure
{
    QString name;
    double wallMs = -1;
    qint64 requests = -1;
    qint64 throttled = -1; // 429 answers
    qint64 retries = -1;
    qint64 bytes = -1; // received
    qint64 rssBytes = -1;
    qint64 rows = -1;
    QString note;
    bool ok = true;
};

struct Options
{
    QString binDir;
    QString probe; // bench_gui_probe
    QString size = QStringLiteral("large");
    quint64 seed = 1;
    int latencyMs = 50;
    QString budget = QStringLiteral("auto");
    QString baselines = QStringLiteral("full"); // full | sample | off
    int sample = 200;
    bool slowPath = true;
    bool gui = true;
    bool check = false;
    QString markdown;
};

QString number(double value, int decimals = 0)
{
    return value < 0 ? QStringLiteral("—") : QLocale::c().toString(value, 'f', decimals);
}

QString count(qint64 value)
{
    return value < 0 ? QStringLiteral("—") : QLocale::c().toString(value);
}

QString megabytes(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("—") : QStringLiteral("%1 MB").arg(number(double(bytes) / 1e6, 1));
}

QString seconds(double ms)
{
    return ms < 0 ? QStringLiteral("—") : QStringLiteral("%1 s").arg(number(ms / 1000.0, ms < 10000 ? 2 : 1));
}

QStringList csvLines(const QByteArray& csv)
{
    QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        return lines;
    }
    // The CLI's report ends with FirstSeen (the date this computer first saw the grant): not Graph's, and not in the
    // baselines' rows — compared without it. It is a date or empty, so it is what follows the last comma.
    const bool firstSeen = lines.first().endsWith(QLatin1String(",firstSeen"), Qt::CaseInsensitive);
    lines.removeFirst(); // header
    if (firstSeen) {
        for (QString& line : lines) {
            line.truncate(line.lastIndexOf(QLatin1Char(',')));
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

QStringList csvLines(const QList<GrantedPermission>& rows)
{
    QByteArray out;
    TableStreamWriter writer(
        TableWriter::Format::Csv, PermissionReport::columns(), [&](const QByteArray& b) { out += b; });
    for (const auto& r : rows) {
        writer.writeRow(PermissionReport::row(r));
    }
    writer.finish();
    return csvLines(out);
}

// A CSV output's rows are its lines but the header.
Figure csvRows(Figure f)
{
    f.rows = std::max<qint64>(-1, f.rows - 1);
    return f;
}

class Bench
{
public:
    explicit Bench(const Options& options)
        : m_options(options)
    {
    }

    int run();

private:
    Figure cli(const QString& name, const QStringList& args, const QString& outFile = {});
    Figure inProcess(const QString& name, const std::function<qint64(GraphClient&)>& work, int maxInFlight);
    std::optional<QJsonObject> probe(const QStringList& args);
    void add(const Figure& f) { m_figures.append(f); }
    void line(const QString& text);
    void printTable();
    QString markdownTable() const;
    bool checkTargets();

    Options m_options;
    std::unique_ptr<BenchSandbox> m_sandbox;
    QTemporaryDir m_dir;
    QList<Figure> m_figures;
    QStringList m_notes;
    QStringList m_failures;
    double m_floorMs = -1;
    QJsonObject m_gui;
};

void Bench::line(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

Figure Bench::cli(const QString& name, const QStringList& args, const QString& outFile)
{
    Figure f;
    f.name = name;
    const QString stats = m_dir.filePath(QStringLiteral("stats.json"));
    QFile::remove(stats);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"), m_sandbox->token());
    env.remove(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"));
    env.insert(QStringLiteral("CONSENTDESK_STATS_FILE"), stats);
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    process.setProcessEnvironment(env);
    const QString out = outFile.isEmpty() ? m_dir.filePath(QStringLiteral("out.txt")) : outFile;
    process.setStandardOutputFile(out);
    process.setStandardErrorFile(m_dir.filePath(QStringLiteral("err.txt")));
    QElapsedTimer timer;
    timer.start();
    process.start(QDir(m_options.binDir).filePath(QStringLiteral("consentdesk-cli")),
                  QStringList {QStringLiteral("--sandbox"), m_sandbox->baseUrl().toString()} + args);
    process.waitForFinished(-1);
    f.wallMs = double(timer.nsecsElapsed()) / 1e6;
    QFile s(stats);
    if (s.open(QIODevice::ReadOnly)) {
        const QJsonObject j = QJsonDocument::fromJson(s.readAll()).object();
        f.requests = j.value(QStringLiteral("requests")).toInteger(-1);
        f.retries = j.value(QStringLiteral("retries")).toInteger(-1);
        f.throttled = j.value(QStringLiteral("throttled")).toInteger(-1);
        f.bytes = j.value(QStringLiteral("bytesReceived")).toInteger(-1);
        f.rssBytes = j.value(QStringLiteral("peakRssBytes")).toInteger(-1);
    }
    if (f.requests < 0 || f.rssBytes < 0) {
        m_failures.append(name + QStringLiteral(": consentdesk-cli wrote no statistics to CONSENTDESK_STATS_FILE"));
    }
    f.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!f.ok) {
        QFile err(m_dir.filePath(QStringLiteral("err.txt")));
        err.open(QIODevice::ReadOnly);
        f.note = QStringLiteral("exit %1: %2")
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(err.readAll()).simplified().left(300));
        m_failures.append(name + QStringLiteral(" failed: ") + f.note);
    }
    QFile o(out);
    if (o.open(QIODevice::ReadOnly)) {
        qint64 lines = 0;
        while (!o.atEnd()) {
            lines += o.readLine().endsWith('\n') ? 1 : 0;
        }
        f.rows = lines;
    }
    line(QStringLiteral("  %1: %2, %3 requests").arg(name, seconds(f.wallMs), count(f.requests)));
    return f;
}

Figure Bench::inProcess(const QString& name, const std::function<qint64(GraphClient&)>& work, int maxInFlight)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    StaticTokenProvider tokens;
    tokens.setToken(TokenResource::Graph, m_sandbox->token().toLatin1());
    GraphClient client;
    client.setNetworkAccessManager(&nam);
    client.setTokenProvider(&tokens);
    client.setEndpoints({m_sandbox->baseUrl(), {}, {}});
    client.setMaxInFlight(maxInFlight);
    Figure f;
    f.name = name;
    QElapsedTimer timer;
    timer.start();
    f.rows = work(client);
    f.wallMs = double(timer.nsecsElapsed()) / 1e6;
    const GraphCounters::Snapshot s = client.counters()->snapshot();
    f.requests = s.requests;
    f.retries = s.retries;
    f.throttled = s.throttled;
    f.bytes = s.bytesReceived;
    line(QStringLiteral("  %1: %2, %3 requests").arg(name, seconds(f.wallMs), count(f.requests)));
    return f;
}

std::optional<QJsonObject> Bench::probe(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("probe-home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("probe-home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("probe-home/.local/share")));
    process.setProcessEnvironment(env);
    process.start(m_options.probe, args);
    process.waitForFinished(-1);
    const QByteArray out = process.readAllStandardOutput();
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    if (process.exitCode() != 0 || !doc.isObject()) {
        m_failures.append(QStringLiteral("GUI probe %1 failed: %2 %3")
                              .arg(args.join(QLatin1Char(' ')).left(60),
                                   QString::fromUtf8(out).left(300),
                                   QString::fromUtf8(process.readAllStandardError()).right(300)));
        return std::nullopt;
    }
    return doc.object();
}

int Bench::run()
{
    if (!m_dir.isValid()) {
        line(QStringLiteral("no temporary folder"));
        return 2;
    }
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    line(QStringLiteral("consentdesk bench: %1 tenant, %2 ms latency, seed %3")
             .arg(m_options.size)
             .arg(m_options.latencyMs)
             .arg(m_options.seed));
    m_sandbox = std::make_unique<BenchSandbox>(
        BenchSandbox::Options {m_options.binDir, m_options.size, m_options.seed, m_options.latencyMs});
    QString error;
    if (!m_sandbox->start(&error)) {
        line(QStringLiteral("sandbox: ") + error);
        return 2;
    }
    const QJsonObject counts = m_sandbox->info().value(QStringLiteral("counts")).toObject();
    const int grants = counts.value(QStringLiteral("oauth2PermissionGrants")).toInt();
    const int sps = counts.value(QStringLiteral("servicePrincipals")).toInt();
    m_notes.append(QStringLiteral("Tenant: generated `%1` (seed %2): %3 users, %4 service principals, %5 delegated "
                                  "grants, %6 app role assignments; sandbox up in %7.")
                       .arg(m_options.size)
                       .arg(m_options.seed)
                       .arg(count(counts.value(QStringLiteral("users")).toInt()),
                            count(sps),
                            count(grants),
                            count(counts.value(QStringLiteral("appRoleAssignments")).toInt()),
                            seconds(double(m_sandbox->startMs()))));
    line(m_notes.last());

    // The baselines first: the sequential walk also finds the busiest user and app for the view scenarios.
    BaselineWalks::Outcome sequential;
    QString busiestUser;
    QString busiestApp;
    int busiestAppUsers = 0;
    const bool sample = m_options.baselines == QLatin1String("sample");
    if (m_options.baselines != QLatin1String("off")) {
        Figure seq = inProcess(
            QStringLiteral("Baseline: sequential walk"),
            [&](GraphClient& client) -> qint64 {
                BaselineWalks walks(&client);
                sequential = walks.sequentialWalk(sample ? m_options.sample : 0);
                busiestUser = walks.busiestUser();
                busiestApp = walks.busiestApp();
                busiestAppUsers = walks.busiestAppUsers();
                return sample ? -1 : sequential.rows.size();
            },
            1);
        if (sequential.error.isError()) {
            m_failures.append(QStringLiteral("sequential walk: ") + sequential.error.summary());
        }
        if (sample && sequential.lookups > 0 && sequential.lookupsWanted > sequential.lookups) {
            // The collections were read in full; the one-by-one lookups only for a sample: the rest at the same pace.
            const double perLookup = double(sequential.lookupMs) / double(sequential.lookups);
            const int rest = sequential.lookupsWanted - sequential.lookups;
            seq.wallMs += perLookup * rest;
            seq.requests += rest;
            seq.note = QStringLiteral("%1 of %2 lookups made, the rest extrapolated")
                           .arg(sequential.lookups)
                           .arg(sequential.lookupsWanted);
        }
        add(seq);
        BaselineWalks::Outcome perApp;
        Figure per = inProcess(
            QStringLiteral("Baseline: per-app walk (Get-AzureADPSPermissions / MSIdentityTools)"),
            [&](GraphClient& client) -> qint64 {
                BaselineWalks walks(&client);
                perApp = walks.perAppWalk(sample ? m_options.sample : 0);
                if (perApp.error.isError()) {
                    m_failures.append(QStringLiteral("per-app walk: ") + perApp.error.summary());
                }
                return sample ? -1 : perApp.rows.size();
            },
            1);
        if (sample && perApp.apps > 0 && perApp.apps < perApp.totalApps) {
            // Each app's own lists at the sample's pace per app; each object a grant refers to looked up once (the
            // sequential walk counted them), at the sample's pace per lookup.
            const double listMs = (per.wallMs - double(perApp.lookupMs)) / double(perApp.apps);
            const double perLookup = perApp.lookups > 0 ? double(perApp.lookupMs) / double(perApp.lookups) : 0.0;
            const qint64 listRequests = per.requests - perApp.lookups;
            const int lookupsWanted = std::max(perApp.lookups, sequential.lookupsWanted);
            per.wallMs = listMs * perApp.totalApps + perLookup * lookupsWanted;
            per.requests = qint64(double(listRequests) / perApp.apps * perApp.totalApps) + lookupsWanted;
            per.bytes = -1;
            per.note
                = QStringLiteral("%1 of %2 apps walked, the rest extrapolated").arg(perApp.apps).arg(perApp.totalApps);
        }
        add(per);
    }
    // The product, as an admin runs it.
    const QString summaryOut = m_dir.filePath(QStringLiteral("summary.csv"));
    Figure summary = cli(QStringLiteral("Summary inventory (`grants list --all`)"),
                         {QStringLiteral("--format"),
                          QStringLiteral("csv"),
                          QStringLiteral("grants"),
                          QStringLiteral("list"),
                          QStringLiteral("--all")},
                         summaryOut);
    summary.rows = std::max<qint64>(0, summary.rows - 1);
    add(summary);
    const QString reportOut = m_dir.filePath(QStringLiteral("report.csv"));
    Figure report = cli(QStringLiteral("Full report (`grants list --all --permissions`), CSV"),
                        {QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         QStringLiteral("grants"),
                         QStringLiteral("list"),
                         QStringLiteral("--all"),
                         QStringLiteral("--permissions")},
                        reportOut);
    report.rows = std::max<qint64>(0, report.rows - 1);
    const QJsonObject afterReport = m_sandbox->stats();
    add(report);
    // The floor: the grants pages follow one another; each costs the latency plus the server's own time.
    const double serverMs = afterReport.value(QStringLiteral("serverTime"))
                                .toObject()
                                .value(QStringLiteral("GET /v1.0/oauth2PermissionGrants"))
                                .toObject()
                                .value(QStringLiteral("meanMs"))
                                .toDouble(-1);
    const int chain = int(std::ceil(double(grants) / 999.0));
    m_floorMs = double(chain) * (double(m_options.latencyMs) + std::max(0.0, serverMs));
    Figure floor;
    floor.name = QStringLiteral("Floor: %1 grant pages × (%2 ms latency + %3 ms server time)")
                     .arg(chain)
                     .arg(m_options.latencyMs)
                     .arg(number(serverMs, 1));
    floor.wallMs = m_floorMs;
    floor.requests = chain;

    Figure json = cli(QStringLiteral("Full report, JSON"),
                      {QStringLiteral("--format"),
                       QStringLiteral("json"),
                       QStringLiteral("grants"),
                       QStringLiteral("list"),
                       QStringLiteral("--all"),
                       QStringLiteral("--permissions")},
                      m_dir.filePath(QStringLiteral("report.json")));
    json.rows = -1;
    add(json);
    Figure table = cli(
        QStringLiteral("Full report, table"),
        {QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--permissions")},
        m_dir.filePath(QStringLiteral("report.txt")));
    table.rows = std::max<qint64>(0, table.rows - 2);
    add(table);

    // The same report under Graph's identity throttling budget: the output must not change.
    if (m_options.budget != QLatin1String("off")) {
        if (!m_sandbox->setBudget(m_options.budget, &error)) {
            m_failures.append(QStringLiteral("cannot set the throttling budget: ") + error);
        } else {
            const QString throttledOut = m_dir.filePath(QStringLiteral("report-throttled.csv"));
            Figure throttled
                = cli(QStringLiteral("Full report, CSV, with Graph's throttling budget (%1)").arg(m_options.budget),
                      {QStringLiteral("--format"),
                       QStringLiteral("csv"),
                       QStringLiteral("grants"),
                       QStringLiteral("list"),
                       QStringLiteral("--all"),
                       QStringLiteral("--permissions")},
                      throttledOut);
            throttled.rows = std::max<qint64>(0, throttled.rows - 1);
            QFile a(reportOut);
            QFile b(throttledOut);
            a.open(QIODevice::ReadOnly);
            b.open(QIODevice::ReadOnly);
            const bool same = csvLines(a.readAll()) == csvLines(b.readAll());
            throttled.note = same ? QStringLiteral("rows identical to the unthrottled run")
                                  : QStringLiteral("ROWS DIFFER from the unthrottled run");
            if (!same) {
                m_failures.append(QStringLiteral("the throttled report's rows differ from the unthrottled report's"));
            }
            add(throttled);
            const QJsonObject budgetStats = m_sandbox->stats().value(QStringLiteral("throttlingBudget")).toObject();
            m_notes.append(QStringLiteral("Throttling budget %1: %2 resource units per 10 s per app and tenant; "
                                          "%3 units charged in the run, %4 requests refused with 429.")
                               .arg(m_options.budget)
                               .arg(budgetStats.value(QStringLiteral("resourceUnitsPer10s")).toInt())
                               .arg(budgetStats.value(QStringLiteral("charged")).toInteger())
                               .arg(budgetStats.value(QStringLiteral("throttled")).toInteger()));
            m_sandbox->setBudget(QStringLiteral("off"));
        }
    }

    // The rows against the slow path (one inventory per app) and the walks.
    QFile reportFile(reportOut);
    reportFile.open(QIODevice::ReadOnly);
    const QStringList reportRows = csvLines(reportFile.readAll());
    if (!sample && !sequential.rows.isEmpty()) {
        const bool same = csvLines(sequential.rows) == reportRows;
        m_notes.append(same ? QStringLiteral("The report's rows equal the sequential walk's (%1 rows).")
                                  .arg(count(reportRows.size()))
                            : QStringLiteral("The report's rows DIFFER from the sequential walk's."));
        if (!same) {
            m_failures.append(QStringLiteral("report rows differ from the sequential walk's"));
        }
    }
    if (m_options.slowPath) {
        QList<GrantedPermission> slowRows;
        Figure slow = inProcess(
            QStringLiteral("Slow path (before: one inventory per app, rows held)"),
            [&](GraphClient& client) -> qint64 {
                PerAppPermissionReport slowReport(&client);
                bool done = false;
                slowReport.run([&](const PerAppPermissionReport::Result& r) {
                    slowRows = r.rows;
                    if (r.error.isError()) {
                        m_failures.append(QStringLiteral("slow path: ") + r.error.summary());
                    }
                    done = true;
                });
                while (!done) {
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
                }
                return slowRows.size();
            },
            4);
        const bool same = csvLines(slowRows) == reportRows;
        slow.note = same ? QStringLiteral("rows identical to the full report's") : QStringLiteral("ROWS DIFFER");
        if (!same) {
            m_failures.append(QStringLiteral("the report's rows differ from the slow path's"));
        }
        add(slow);
    }
    add(floor);

    // The views that must keep their speed.
    if (busiestApp.isEmpty() || busiestUser.isEmpty()) {
        m_notes.append(
            QStringLiteral("Per-app and per-user views not measured (no baseline walk to find the busiest)."));
    } else {
        add(csvRows(cli(QStringLiteral("Per-app view (`grants list --app`, %1 users)").arg(busiestAppUsers),
                        {QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         QStringLiteral("grants"),
                         QStringLiteral("list"),
                         QStringLiteral("--app"),
                         busiestApp})));
        add(csvRows(cli(QStringLiteral("Per-user view / Users lookup (`grants list --user`)"),
                        {QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         QStringLiteral("grants"),
                         QStringLiteral("list"),
                         QStringLiteral("--user"),
                         busiestUser})));
        Figure keepOnly
            = cli(QStringLiteral("Keep-only planned on the app with %1 user grants (`--dry-run`)").arg(busiestAppUsers),
                  {QStringLiteral("grants"),
                   QStringLiteral("keep-only"),
                   QStringLiteral("--app"),
                   busiestApp,
                   QStringLiteral("--keep"),
                   QStringLiteral("User.Read"),
                   QStringLiteral("--dry-run")});
        keepOnly.rows = -1; // a plan, not rows
        add(keepOnly);
    }
    add(csvRows(
        cli(QStringLiteral("Pending consent requests (`requests list`)"),
            {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("requests"), QStringLiteral("list")})));

    if (m_options.gui && !m_options.probe.isEmpty()) {
        if (auto start
            = probe({QStringLiteral("first-paint"), QDir(m_options.binDir).filePath(QStringLiteral("consentdesk"))})) {
            m_gui.insert(QStringLiteral("firstPaintMs"), start->value(QStringLiteral("firstPaintMs")));
            Figure f;
            f.name = QStringLiteral("GUI: cold start to the first painted window (median of %1)")
                         .arg(start->value(QStringLiteral("runs")).toInt());
            f.wallMs = start->value(QStringLiteral("firstPaintMs")).toDouble(-1);
            add(f);
        }
        // The median of 5 runs each on a new view; the smoke run (small tenant) checks that the probe works, once.
        const int modelRuns = m_options.size == QLatin1String("small") ? 1 : 5;
        if (auto model = probe({QStringLiteral("models"), QStringLiteral("100000"), QString::number(modelRuns)})) {
            for (const QString& key : model->keys()) {
                m_gui.insert(key, model->value(key));
            }
            Figure f;
            f.name
                = QStringLiteral("GUI: filter / sort over 100 000 rows (slowest of apps and permissions, median of %1)")
                      .arg(modelRuns);
            f.wallMs = std::max(model->value(QStringLiteral("filterMs")).toDouble(),
                                model->value(QStringLiteral("sortMs")).toDouble());
            f.note = QStringLiteral("filter %1 ms, sort %2 ms")
                         .arg(number(model->value(QStringLiteral("filterMs")).toDouble(), 1),
                              number(model->value(QStringLiteral("sortMs")).toDouble(), 1));
            add(f);
        }
        if (auto exported = probe({QStringLiteral("export"),
                                   m_sandbox->baseUrl().toString(),
                                   m_sandbox->token(),
                                   m_dir.filePath(QStringLiteral("gui-export.csv"))})) {
            m_gui.insert(QStringLiteral("exportMaxStallMs"), exported->value(QStringLiteral("maxStallMs")));
            Figure f;
            f.name = QStringLiteral("GUI: full export from the Apps view, CSV");
            f.wallMs = exported->value(QStringLiteral("wallMs")).toDouble(-1);
            f.rows = exported->value(QStringLiteral("rows")).toInteger(-1);
            f.rssBytes = exported->value(QStringLiteral("peakRssBytes")).toInteger(-1);
            f.requests = exported->value(QStringLiteral("requests")).toInteger(-1);
            f.note = QStringLiteral("longest event-loop stall %1 ms (%2 ms of it the GUI thread's CPU), progress "
                                    "updates %3")
                         .arg(number(exported->value(QStringLiteral("maxStallMs")).toDouble(), 1),
                              number(exported->value(QStringLiteral("maxStallCpuMs")).toDouble(), 1))
                         .arg(exported->value(QStringLiteral("progressUpdates")).toInt());
            add(f);
            QFile gui(m_dir.filePath(QStringLiteral("gui-export.csv")));
            gui.open(QIODevice::ReadOnly);
            if (csvLines(gui.readAll()) != reportRows) {
                m_failures.append(QStringLiteral("the GUI export's rows differ from the CLI report's"));
            }
        }
        if (auto overview = probe({QStringLiteral("overview"), m_sandbox->baseUrl().toString(), m_sandbox->token()})) {
            m_gui.insert(QStringLiteral("overviewMs"), overview->value(QStringLiteral("wallMs")));
            m_gui.insert(QStringLiteral("overviewDrawMs"), overview->value(QStringLiteral("drawMs")));
            Figure f;
            f.name = QStringLiteral("GUI: Overview after sign-in (with the Apps view: one tenant-wide read)");
            f.wallMs = overview->value(QStringLiteral("wallMs")).toDouble(-1);
            f.rssBytes = overview->value(QStringLiteral("peakRssBytes")).toInteger(-1);
            f.requests = overview->value(QStringLiteral("requests")).toInteger(-1);
            f.note = QStringLiteral("drawing it from the read tenant %1 ms; %2 requests beyond the tenant-wide read")
                         .arg(number(overview->value(QStringLiteral("drawMs")).toDouble(), 1))
                         .arg(overview->value(QStringLiteral("extraRequests")).toInteger());
            add(f);
            m_gui.insert(QStringLiteral("overviewPaintedMs"), overview->value(QStringLiteral("paintedMs")));
            m_gui.insert(QStringLiteral("overviewSnapshotComparedMs"),
                         overview->value(QStringLiteral("snapshotComparedMs")));
            m_gui.insert(QStringLiteral("overviewMaxStallMs"), overview->value(QStringLiteral("maxStallMs")));
            Figure painted;
            painted.name = QStringLiteral("GUI: Overview painted once the tenant is read (snapshot card: compared)");
            painted.wallMs = overview->value(QStringLiteral("paintedMs")).toDouble(-1);
            painted.note = QStringLiteral("\"since the last snapshot\" compared after %1 ms (read and diff off the GUI "
                                          "thread); longest event-loop stall meanwhile %2 ms")
                               .arg(number(overview->value(QStringLiteral("snapshotComparedMs")).toDouble(), 1),
                                    number(overview->value(QStringLiteral("maxStallMs")).toDouble(), 1));
            add(painted);
        }
    }
    printTable();
    const bool met = checkTargets();
    if (!m_options.markdown.isEmpty()) {
        QFile md(m_options.markdown);
        if (md.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            md.write(markdownTable().toUtf8());
        }
    }
    for (const QString& failure : std::as_const(m_failures)) {
        line(QStringLiteral("FAILED: ") + failure);
    }
    if (!m_failures.isEmpty()) {
        return 1;
    }
    return (m_options.check && !met) ? 1 : 0;
}

QString Bench::markdownTable() const
{
    const Figure* summary = nullptr;
    for (const auto& f : m_figures) {
        if (f.name.startsWith(QLatin1String("Summary"))) {
            summary = &f;
        }
    }
    QString md;
    QTextStream s(&md);
    s << "| Scenario | Wall | Requests | 429s | Retries | Received | Peak RSS | Rows | × summary (wall / requests) | "
         "Note |\n";
    s << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
    for (const auto& f : m_figures) {
        QString ratio = QStringLiteral("—");
        if (summary && summary->wallMs > 0 && f.wallMs >= 0 && !f.name.startsWith(QLatin1String("GUI"))) {
            ratio = QStringLiteral("%1 / %2").arg(number(f.wallMs / summary->wallMs, 2),
                                                  f.requests >= 0 && summary->requests > 0
                                                      ? number(double(f.requests) / double(summary->requests), 2)
                                                      : QStringLiteral("—"));
        }
        s << "| " << QString(f.name).replace(QLatin1Char('|'), QStringLiteral("\\|")) << " | " << seconds(f.wallMs)
          << " | " << count(f.requests) << " | " << count(f.throttled) << " | " << count(f.retries) << " | "
          << megabytes(f.bytes) << " | " << megabytes(f.rssBytes) << " | " << count(f.rows) << " | " << ratio << " | "
          << f.note << " |\n";
    }
    s << "\n";
    for (const QString& note : m_notes) {
        s << "- " << note << "\n";
    }
    return md;
}

void Bench::printTable()
{
    std::printf("\n%s", qPrintable(markdownTable()));
    std::fflush(stdout);
}

bool Bench::checkTargets()
{
    const Figure* summary = nullptr;
    const Figure* report = nullptr;
    const Figure* throttled = nullptr;
    qint64 rssLimit = m_options.size == QLatin1String("huge") ? qint64(1000) * 1000 * 1000 : qint64(300) * 1000 * 1000;
    QStringList missed;
    for (const auto& f : m_figures) {
        if (f.name.startsWith(QLatin1String("Summary"))) {
            summary = &f;
        } else if (f.name.startsWith(QLatin1String("Full report (`"))) {
            report = &f;
        } else if (f.name.contains(QLatin1String("throttling budget"))) {
            throttled = &f;
        }
        if (f.name.startsWith(QLatin1String("Full report")) && f.rssBytes > rssLimit) {
            missed << QStringLiteral("%1: peak RSS %2 over %3").arg(f.name, megabytes(f.rssBytes), megabytes(rssLimit));
        }
    }
    if (summary && report) {
        if (report->wallMs > 1.5 * summary->wallMs) {
            missed << QStringLiteral("full report wall %1 > 1.5 × summary %2")
                          .arg(seconds(report->wallMs), seconds(summary->wallMs));
        }
        if (report->requests > 2 * summary->requests) {
            missed << QStringLiteral("full report requests %1 > 2 × summary %2")
                          .arg(report->requests)
                          .arg(summary->requests);
        }
    }
    if (throttled && throttled->requests > 0 && double(throttled->throttled) / double(throttled->requests) >= 0.01) {
        missed << QStringLiteral("%1 of %2 requests answered 429 under the budget")
                      .arg(throttled->throttled)
                      .arg(throttled->requests);
    }
    if (m_gui.contains(QStringLiteral("firstPaintMs"))
        && m_gui.value(QStringLiteral("firstPaintMs")).toDouble() >= 400) {
        missed << QStringLiteral("cold start %1 ms").arg(m_gui.value(QStringLiteral("firstPaintMs")).toDouble());
    }
    for (const char* key : {"filterMs", "sortMs", "exportMaxStallMs"}) {
        const QString k = QString::fromLatin1(key);
        if (m_gui.contains(k) && m_gui.value(k).toDouble() >= 50) {
            missed << QStringLiteral("%1 = %2 ms").arg(k).arg(m_gui.value(k).toDouble());
        }
    }
    if (missed.isEmpty()) {
        line(QStringLiteral("targets: all met"));
        m_notes.append(QStringLiteral("Targets (issue 16): all met in this run."));
        return true;
    }
    for (const QString& m : missed) {
        line(QStringLiteral("target missed: ") + m);
        m_notes.append(QStringLiteral("Target missed: ") + m);
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The full permission report at tenant scale, against the baselines."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("bin"),
         QStringLiteral("Folder of consentdesk, consentdesk-cli, consentdesk-sandbox."),
         QStringLiteral("DIR")},
        {QStringLiteral("probe"),
         QStringLiteral("The bench_gui_probe executable (GUI scenarios)."),
         QStringLiteral("FILE")},
        {QStringLiteral("size"),
         QStringLiteral("Generated tenant: small, large, huge (default large)."),
         QStringLiteral("SIZE"),
         QStringLiteral("large")},
        {QStringLiteral("seed"),
         QStringLiteral("Generator seed (default 1)."),
         QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("latency-ms"),
         QStringLiteral("Sandbox latency per response (default 50)."),
         QStringLiteral("MS"),
         QStringLiteral("50")},
        {QStringLiteral("throttle-budget"),
         QStringLiteral("Budget for the throttled run: auto, S, M, L, N or off (default auto)."),
         QStringLiteral("B"),
         QStringLiteral("auto")},
        {QStringLiteral("baselines"),
         QStringLiteral("full, sample (extrapolated from --sample apps) or off (default full)."),
         QStringLiteral("MODE"),
         QStringLiteral("full")},
        {QStringLiteral("sample"),
         QStringLiteral("Apps (users) a sampled baseline walks (default 200)."),
         QStringLiteral("N"),
         QStringLiteral("200")},
        {QStringLiteral("no-slow-path"), QStringLiteral("Skip the slow path (no row comparison with it).")},
        {QStringLiteral("no-gui"), QStringLiteral("Skip the GUI probes.")},
        {QStringLiteral("check"), QStringLiteral("Exit 1 when a target of issue 16 is missed.")},
        {QStringLiteral("markdown"),
         QStringLiteral("Also write the table as Markdown to FILE."),
         QStringLiteral("FILE")},
    });
    parser.process(app);
    Options options;
    options.binDir = parser.value(QStringLiteral("bin"));
    options.probe = parser.value(QStringLiteral("probe"));
    options.size = parser.value(QStringLiteral("size"));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();
    options.budget = parser.value(QStringLiteral("throttle-budget"));
    options.baselines = parser.value(QStringLiteral("baselines"));
    options.sample = parser.value(QStringLiteral("sample")).toInt();
    options.slowPath = !parser.isSet(QStringLiteral("no-slow-path"));
    options.gui = !parser.isSet(QStringLiteral("no-gui"));
    options.check = parser.isSet(QStringLiteral("check"));
    options.markdown = parser.value(QStringLiteral("markdown"));
    if (options.binDir.isEmpty()) {
        options.binDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../../bin");
    }
    return Bench(options).run();
}
