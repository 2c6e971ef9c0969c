// Issue 12.8: one journal, three processes writing at once — the app (this process: its Activity view restores
// changes) and two `consentdesk-cli grants revoke` runs against the same tenant; one CLI is killed with SIGKILL
// mid-run, and a third CLI (`journal list`) settles while the other is still writing. Then: every write journaled
// once, the dead CLI's pending writes settled as the tenant says, the live CLI's never settled by anyone but its own
// responses, and the app's Activity — never restarted — shows every entry of every process.
#include "AppController.h"
#include "CliRunner.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TenantHttp.h"
#include "TestPaths.h"
#include "activity/ActivityModel.h"
#include "activity/ActivityView.h"
#include "auth/SignInManager.h"
#include "log/Log.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantGenerator.h"
#include "sandbox/TenantStore.h"
#include "session/DemoTenant.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

namespace {

// A generated tenant with latency on every answer, so the CLIs' bulk revokes take long enough to overlap and to be
// killed in the middle — served in this process, as the app's demo tenant, to the app and to the CLIs alike.
class SlowTenant : public DemoTenant
{
public:
    explicit SlowTenant(QJsonObject fixture)
        : m_fixture(std::move(fixture))
    {
    }
    std::optional<Endpoint> start(QString* error) override
    {
        if (!m_server) {
            SandboxOptions options;
            options.fixture = m_fixture;
            options.latencyMs = 15;
            m_server = std::make_unique<SandboxServer>(options);
            if (m_server->start(error) == 0) {
                m_server.reset();
                return std::nullopt;
            }
        }
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.tenantId = m_server->store().tenantId();
        endpoint.clientId = TenantGenerator::kConsentDeskAppId;
        return endpoint;
    }

private:
    QJsonObject m_fixture;
    std::unique_ptr<SandboxServer> m_server;
};

struct Entry
{
    QString id;
    QString action;
    QString operationId;
    QString itemId; // target grantId or assignmentId
    QString restores;
    qint64 writerPid = 0;
    QString outcome; // "" pending
    QString settledBy;
    int outcomes = 0; // outcome lines
};

} // namespace

class TestJournalAcrossProcesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void appAndTwoClisShareOneJournal();

private:
    QStringList cli(const QStringList& args) const { return m_connection + args; }
    QSet<QString> itemsOf(const QStringList& clients) const;
    QList<Entry> entries() const;
    QString journalPath() const
    {
        return m_runner.home() + QStringLiteral("/data/ConsentDesk/ConsentDesk/journal/consentdesk-journal.jsonl");
    }

    QTemporaryDir m_dir;
    CliRunner m_runner;
    QJsonObject m_fixture;
    QString m_domain;
    std::unique_ptr<AppController> m_controller;
    TenantHttp m_http;
    QByteArray m_token;
    QStringList m_connection;
};

void TestJournalAcrossProcesses::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    m_fixture = TenantGenerator::generate(TenantGenerator::Size::Small, 7);
    m_domain = m_fixture.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("defaultDomain")).toString();
    QVERIFY(!m_domain.isEmpty());
}

void TestJournalAcrossProcesses::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
}

QSet<QString> TestJournalAcrossProcesses::itemsOf(const QStringList& clients) const
{
    QSet<QString> items;
    for (const QString& client : clients) {
        for (const auto& v : m_http.list(QStringLiteral("/oauth2PermissionGrants?$filter=clientId%20eq%20'") + client
                                         + QStringLiteral("'"))) {
            items.insert(v.toObject().value(QStringLiteral("id")).toString());
        }
        for (const auto& v :
             m_http.list(QStringLiteral("/servicePrincipals/") + client + QStringLiteral("/appRoleAssignments"))) {
            items.insert(v.toObject().value(QStringLiteral("id")).toString());
        }
    }
    return items;
}

QList<Entry> TestJournalAcrossProcesses::entries() const
{
    QList<Entry> list;
    QHash<QString, int> index;
    QFile file(journalPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return list;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("intent")) {
            const QJsonObject target = o.value(QStringLiteral("target")).toObject();
            Entry e;
            e.id = o.value(QStringLiteral("id")).toString();
            e.action = o.value(QStringLiteral("action")).toString();
            e.operationId = o.value(QStringLiteral("operationId")).toString();
            e.itemId = target.contains(QStringLiteral("assignmentId"))
                           ? target.value(QStringLiteral("assignmentId")).toString()
                           : target.value(QStringLiteral("grantId")).toString();
            e.restores = o.value(QStringLiteral("restores")).toString();
            e.writerPid = o.value(QStringLiteral("writer")).toObject().value(QStringLiteral("pid")).toInteger();
            index.insert(e.id, int(list.size()));
            list.append(e);
        } else if (type == QLatin1String("outcome")) {
            const int i = index.value(o.value(QStringLiteral("entry")).toString(), -1);
            if (i >= 0) {
                Entry& e = list[i];
                ++e.outcomes;
                const QString by = o.value(QStringLiteral("settledBy")).toString();
                if (e.outcome.isEmpty() || by == QLatin1String("response")
                    || e.settledBy != QLatin1String("response")) {
                    e.outcome = o.value(QStringLiteral("outcome")).toString();
                    e.settledBy = by;
                }
            }
        }
    }
    return list;
}

void TestJournalAcrossProcesses::appAndTwoClisShareOneJournal()
{
    // 1. The app, signed in to the slow tenant, with the journal the CLIs use (their default path in their home).
    AppController::Options options = GuiTestSupport::demoOptions(m_dir, QStringLiteral("admin@") + m_domain);
    const QJsonObject fixture = m_fixture;
    options.demoTenant = [fixture] { return std::make_unique<SlowTenant>(fixture); };
    options.journalFile = journalPath();
    m_controller = std::make_unique<AppController>(options);
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->mainWindow()));
    QVERIFY(GuiTestSupport::waitUntil([this] { return m_controller->signInManager()->isSignedIn(); }, 60000));
    const QString tenantId = m_controller->signInManager()->account().tenantId;
    const QUrl base = m_controller->signInManager()->profile().environment().graph();
    QVERIFY(!tenantId.isEmpty());
    m_controller->mainWindow()->showView(QStringLiteral("activity"));
    auto* table = m_controller->activityView()->findChild<QAbstractItemView*>(QStringLiteral("activityTable"));
    QVERIFY(table);

    {
        QUrl tokenUrl = base;
        tokenUrl.setPath(QStringLiteral("/_sandbox/token"));
        tokenUrl.setQuery(QStringLiteral("upn=admin@") + m_domain);
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply* reply = network.get(QNetworkRequest(tokenUrl));
        QVERIFY(GuiTestSupport::waitUntil([reply] { return reply->isFinished(); }));
        m_token = QJsonDocument::fromJson(reply->readAll())
                      .object()
                      .value(QStringLiteral("access_token"))
                      .toString()
                      .toLatin1();
        reply->deleteLater();
    }
    QVERIFY(!m_token.isEmpty());
    m_http = TenantHttp(base, m_token);
    m_connection = {QStringLiteral("--sandbox"), base.toString()};
    m_runner.environment().insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"), QString::fromLatin1(m_token));

    // 2. Two sets of apps, the ones with the most grants, ~150 items each; ConsentDesk's own registrations left out.
    QHash<QString, int> grantsPerClient;
    for (const auto& v : m_http.list(QStringLiteral("/oauth2PermissionGrants"))) {
        ++grantsPerClient[v.toObject().value(QStringLiteral("clientId")).toString()];
    }
    QSet<QString> own;
    for (const auto& v : m_http.list(QStringLiteral("/servicePrincipals"))) {
        const QString appId = v.toObject().value(QStringLiteral("appId")).toString();
        for (const auto& c : m_fixture.value(QStringLiteral("clients")).toArray()) {
            if (c.toObject().value(QStringLiteral("appId")).toString() == appId) {
                own.insert(v.toObject().value(QStringLiteral("id")).toString());
            }
        }
    }
    QStringList candidates = grantsPerClient.keys();
    std::sort(candidates.begin(), candidates.end(), [&](const QString& a, const QString& b) {
        return grantsPerClient.value(a) != grantsPerClient.value(b)
                   ? grantsPerClient.value(a) > grantsPerClient.value(b)
                   : a < b;
    });
    QStringList appsA;
    QStringList appsB;
    QSet<QString> itemsA;
    QSet<QString> itemsB;
    for (const QString& client : candidates) {
        if (own.contains(client)) {
            continue;
        }
        QStringList& apps = itemsA.size() <= itemsB.size() ? appsA : appsB;
        QSet<QString>& items = itemsA.size() <= itemsB.size() ? itemsA : itemsB;
        apps.append(client);
        items.unite(itemsOf({client}));
        if (itemsA.size() >= 150 && itemsB.size() >= 150) {
            break;
        }
    }
    QVERIFY2(itemsA.size() >= 150 && itemsB.size() >= 150,
             qPrintable(QStringLiteral("%1/%2").arg(itemsA.size()).arg(itemsB.size())));
    auto appsFile = [this](const QString& name, const QStringList& apps) {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(apps.join(QLatin1Char('\n')).toUtf8() + '\n');
        return f.fileName();
    };
    const QString fileA = appsFile(QStringLiteral("a.txt"), appsA);
    const QString fileB = appsFile(QStringLiteral("b.txt"), appsB);

    // 3. Both CLIs at once.
    QProcess a;
    QProcess b;
    for (auto [process, file] : {std::pair {&a, fileA}, std::pair {&b, fileB}}) {
        process->setProcessEnvironment(m_runner.environment());
        process->start(TestPaths::binDir() + QStringLiteral("/consentdesk-cli"),
                       cli({QStringLiteral("grants"),
                            QStringLiteral("revoke"),
                            QStringLiteral("--apps-file"),
                            file,
                            QStringLiteral("--all-permissions"),
                            QStringLiteral("--yes")}));
        QVERIFY(process->waitForStarted(10000));
    }
    // Whose entry: by the item it removes (each CLI has its own apps); the app's restores name what they restore.
    auto ofA = [&itemsA](const Entry& e) { return e.restores.isEmpty() && itemsA.contains(e.itemId); };
    auto ofB = [&itemsB](const Entry& e) { return e.restores.isEmpty() && itemsB.contains(e.itemId); };
    auto count = [this](const std::function<bool(const Entry&)>& of) {
        const QList<Entry> all = entries();
        return int(std::count_if(all.cbegin(), all.cend(), of));
    };
    // Kill B when it has written 40 intents and A has written some too: both were writing at once.
    QVERIFY(GuiTestSupport::waitUntil([&] { return count(ofB) >= 40 && count(ofA) >= 20; }, 120000));
    QCOMPARE(b.state(), QProcess::Running);
    QCOMPARE(a.state(), QProcess::Running);
    b.kill(); // SIGKILL (TerminateProcess on Windows): no handler, no flush, no outcome for the write in flight
    QVERIFY(GuiTestSupport::waitUntil([&] { return b.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(b.exitStatus(), QProcess::CrashExit);

    // 4. A third CLI settles while A is still writing: B's pending entries (dead) are settled; A's are not.
    QSet<QString> pendingOfAAtSettle;
    for (const Entry& e : entries()) {
        if (ofA(e) && e.outcome.isEmpty()) {
            pendingOfAAtSettle.insert(e.id);
        }
    }
    const CliRunner::Run settle = m_runner.run(cli({QStringLiteral("journal"), QStringLiteral("list")}), m_token);
    QVERIFY2(settle.code == 0, qPrintable(settle.all()));
    QVERIFY2(a.state() == QProcess::Running,
             "the CLI writing meanwhile finished before the settle ran: too fast to prove");
    const QSet<QString> afterSettle = itemsOf(appsB);
    for (const Entry& e : entries()) {
        if (!ofB(e)) {
            continue;
        }
        QVERIFY2(!e.outcome.isEmpty(),
                 qPrintable(QStringLiteral("the dead CLI's entry %1 is still pending").arg(e.id)));
        // Whatever its answer: it agrees with the tenant.
        QCOMPARE(e.outcome == QLatin1String("succeeded"), !afterSettle.contains(e.itemId));
    }

    // 5. The app writes too, while A goes on: Restore of B's succeeded removals, from the Activity view.
    QSortFilterProxyModel* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    QVERIFY(proxy);
    QAbstractItemModel* model = proxy->sourceModel();
    QSet<QString> restorable;
    for (const Entry& e : entries()) {
        if (ofB(e) && e.outcome == QLatin1String("succeeded")) {
            restorable.insert(e.id);
        }
    }
    QVERIFY(!restorable.isEmpty());
    QVERIFY(GuiTestSupport::waitUntil([&] {
        int seen = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            seen += restorable.contains(model->index(row, 0).data(ActivityModel::EntryIdRole).toString()) ? 1 : 0;
        }
        return seen == restorable.size();
    }));
    table->selectionModel()->clearSelection();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (restorable.contains(proxy->index(row, 0).data(ActivityModel::EntryIdRole).toString())) {
            table->selectionModel()->select(proxy->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    auto* restore = m_controller->activityView()->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    QVERIFY2(restore->isEnabled(), qPrintable(restore->toolTip()));
    QTest::mouseClick(restore, Qt::LeftButton);
    auto* preview = GuiTestSupport::waitForWidget<QDialog>(QStringLiteral("planPreviewDialog"), 60000);
    QVERIFY(preview);
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    auto* results = GuiTestSupport::waitForWidget<QDialog>(QStringLiteral("executionResultDialog"), 120000);
    QVERIFY(results);
    GuiTestSupport::saveScreenshot(m_controller->mainWindow(), QStringLiteral("activity-three-writers.png"));
    results->close();

    // 6. A finishes on its own.
    QVERIFY(GuiTestSupport::waitUntil([&] { return a.state() == QProcess::NotRunning; }, 180000));
    QCOMPARE(a.exitStatus(), QProcess::NormalExit);
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().right(2000).constData());

    // 7. Every write journaled once; nothing mis-settled; every entry has its outcome.
    const QList<Entry> all = entries();
    QSet<QString> ids;
    QHash<QString, int> removedTwice;
    int fromApp = 0;
    for (const Entry& e : all) {
        QVERIFY2(!ids.contains(e.id), "an intent was journaled twice");
        ids.insert(e.id);
        QVERIFY2(!e.outcome.isEmpty(), qPrintable(QStringLiteral("entry %1 (%2) is pending").arg(e.id, e.action)));
        if (ofA(e)) {
            QCOMPARE(e.settledBy, QStringLiteral("response")); // A was alive: nobody settled its writes
            QCOMPARE(e.outcomes, 1);
        }
        if (pendingOfAAtSettle.contains(e.id)) {
            QCOMPARE(e.settledBy, QStringLiteral("response"));
        }
        if (e.outcome == QLatin1String("succeeded") && e.restores.isEmpty()) {
            QVERIFY2(++removedTwice[e.itemId] == 1, qPrintable(QStringLiteral("%1 removed twice").arg(e.itemId)));
        }
        if (!e.restores.isEmpty()) {
            ++fromApp;
            QCOMPARE(e.writerPid, QCoreApplication::applicationPid());
            QVERIFY(restorable.contains(e.restores));
            QCOMPARE(e.outcome, QStringLiteral("succeeded"));
        }
    }
    QCOMPARE(fromApp, int(restorable.size()));
    qInfo("A: %d entries (%d pending when the settle ran), B: %d entries (killed), the app: %d restores",
          int(std::count_if(all.cbegin(), all.cend(), ofA)),
          int(pendingOfAAtSettle.size()),
          int(std::count_if(all.cbegin(), all.cend(), ofB)),
          fromApp);
    QVERIFY(itemsOf(appsA).isEmpty()); // A revoked everything of its apps

    // 8. The app's Activity, never restarted, shows every entry of every process.
    QVERIFY(GuiTestSupport::waitUntil([&] {
        if (model->rowCount() != all.size()) {
            return false;
        }
        QSet<QString> shown;
        for (int row = 0; row < model->rowCount(); ++row) {
            shown.insert(model->index(row, 0).data(ActivityModel::EntryIdRole).toString());
        }
        return shown == ids;
    }));
    QVERIFY(!settle.all().contains(QString::fromLatin1(m_token)));
}

QTEST_MAIN(TestJournalAcrossProcesses)
#include "TestJournalAcrossProcesses.moc"
