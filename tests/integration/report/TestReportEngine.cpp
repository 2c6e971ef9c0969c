#include "../consent/ConsentTestHarness.h"

#include "graph/GraphCounters.h"
#include "report/PerAppPermissionReport.h"
#include "report/PermissionReport.h"
#include "report/PermissionReportEngine.h"
#include "report/PermissionRowSink.h"
#include "report/TableWriter.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace {

class CollectingSink : public PermissionRowSink
{
public:
    QList<GrantedPermission> all;
    int calls = 0;
    int delayMs = 0; // a slow output (a full disk's crawl, a pipe nobody reads fast)
    void rows(const QList<GrantedPermission>& rows) override
    {
        ++calls;
        all.append(rows);
        if (delayMs > 0) {
            QThread::msleep(delayMs);
        }
    }
};

// A row as the report prints it: every column, so "equal rows" means equal output.
QStringList printed(const QList<GrantedPermission>& rows)
{
    QStringList lines;
    for (const auto& r : rows) {
        QStringList cells;
        for (const QVariant& cell : PermissionReport::row(r)) {
            cells.append(TableWriter::cellText(cell));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

SandboxOptions smallTenant()
{
    SandboxOptions options;
    options.generateSize = QStringLiteral("small");
    options.seed = 7;
    return options;
}

} // namespace

class TestReportEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsEqualTheSlowPath();
    void cancelStops();
    void startedAgainAtOnceAfterACancel();
    void destroyedMidReportAnswersNobody();
    void slowSinkLosesNothing();

private:
    PermissionReportEngine::Result runEngine(CollectingSink& sink, int pageSize = 999);
    std::unique_ptr<ConsentTestHarness> m_h;
};

void TestReportEngine::initTestCase()
{
    m_h = std::make_unique<ConsentTestHarness>(smallTenant());
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    const QString domain = m_h->env().server().store().tenant().value(QStringLiteral("defaultDomain")).toString();
    m_h->signInAs(QStringLiteral("admin@") + domain);
}

PermissionReportEngine::Result TestReportEngine::runEngine(CollectingSink& sink, int pageSize)
{
    PermissionReportEngine engine(&m_h->client());
    engine.setSink(&sink);
    engine.setPageSize(pageSize);
    QSignalSpy finished(&engine, &PermissionReportEngine::finished);
    [&] {
        QVERIFY(engine.start());
        QVERIFY(!engine.start()); // one run at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    }();
    return finished.isEmpty() ? PermissionReportEngine::Result()
                              : finished.first().first().value<PermissionReportEngine::Result>();
}

void TestReportEngine::rowsEqualTheSlowPath()
{
    const TenantStore& store = m_h->env().server().store();
    const int maxInFlightBefore = m_h->client().maxInFlight();
    const qint64 requestsBefore = m_h->client().counters()->snapshot().requests;
    CollectingSink sink;
    const PermissionReportEngine::Result result = runEngine(sink);
    const qint64 engineRequests = m_h->client().counters()->snapshot().requests - requestsBefore;
    QVERIFY2(!result.error.isError(), qPrintable(result.error.summary()));
    QCOMPARE(m_h->client().maxInFlight(), maxInFlightBefore); // the transport's cap is given back
    QVERIFY2(!result.hasMismatch(), qPrintable(result.mismatches().join(QStringLiteral("; "))));
    QVERIFY(result.notFound.isEmpty());
    QVERIFY(result.resolvedOutsideList.isEmpty());
    QCOMPARE(result.grants, store.count(QStringLiteral("oauth2PermissionGrants")));
    QCOMPARE(result.servicePrincipals, store.count(QStringLiteral("servicePrincipals")));
    QCOMPARE(result.rows, qint64(sink.all.size()));
    QVERIFY(sink.calls > 1); // streamed, not in one go at the end
    QCOMPARE(qint64(result.requests), engineRequests);

    PerAppPermissionReport slow(&m_h->client());
    PerAppPermissionReport::Result reference;
    bool done = false;
    const qint64 slowBefore = m_h->client().counters()->snapshot().requests;
    slow.run([&](const PerAppPermissionReport::Result& r) {
        reference = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(!reference.error.isError(), qPrintable(reference.error.summary()));
    const qint64 slowRequests = m_h->client().counters()->snapshot().requests - slowBefore;
    QVERIFY(!reference.rows.isEmpty());

    const QStringList fast = printed(sink.all);
    const QStringList expected = printed(reference.rows);
    if (fast != expected) {
        for (int i = 0; i < std::max(fast.size(), expected.size()); ++i) {
            if (fast.value(i) != expected.value(i)) {
                qWarning("first difference at %d:\n engine: %s\n slow:   %s",
                         i,
                         qPrintable(fast.value(i)),
                         qPrintable(expected.value(i)));
                break;
            }
        }
    }
    QCOMPARE(fast.size(), expected.size());
    QCOMPARE(fast, expected);
    // Tenant-wide, not per app: a fraction of the slow path's requests.
    QVERIFY2(engineRequests * 4 < slowRequests,
             qPrintable(QStringLiteral("%1 requests, slow path %2").arg(engineRequests).arg(slowRequests)));
    // Users of per-user grants are named (the small tenant has no deleted users).
    QCOMPARE(result.usersNotFound, 0);
    for (const auto& row : std::as_const(sink.all)) {
        if (row.source == GrantedPermission::Source::User) {
            QVERIFY2(!row.principalDisplayName.isEmpty(), qPrintable(row.principalId));
        }
    }

    // Small pages give the same rows (many pages, lookups per page).
    CollectingSink paged;
    const PermissionReportEngine::Result smallPages = runEngine(paged, 37);
    QVERIFY2(!smallPages.error.isError(), qPrintable(smallPages.error.summary()));
    QCOMPARE(printed(paged.all), expected);
}

void TestReportEngine::cancelStops()
{
    CollectingSink sink;
    PermissionReportEngine engine(&m_h->client());
    engine.setSink(&sink);
    engine.setPageSize(10);
    QSignalSpy finished(&engine, &PermissionReportEngine::finished);
    QVERIFY(engine.start());
    QTRY_VERIFY_WITH_TIMEOUT(!sink.all.isEmpty(), 20000);
    engine.cancel();
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<PermissionReportEngine::Result>();
    QCOMPARE(result.error.kind, GraphError::Kind::Cancelled);
    QVERIFY(!engine.isRunning());
    const int rows = int(sink.all.size());
    QTest::qWait(300);
    QCOMPARE(int(sink.all.size()), rows); // nothing after the cancel
    // And it runs again afterwards.
    CollectingSink again;
    QCOMPARE(runEngine(again).error.kind, GraphError::Kind::None);
    QVERIFY(!again.all.isEmpty());
}

void TestReportEngine::startedAgainAtOnceAfterACancel()
{
    // Whatever the cancelled run still had on the wire answers for a run that ended: the next run, started at once on
    // the same engine, gives the rows and the request count of a run of its own.
    CollectingSink reference;
    const PermissionReportEngine::Result clean = runEngine(reference, 10);
    QVERIFY2(!clean.error.isError(), qPrintable(clean.error.summary()));
    CollectingSink first;
    CollectingSink second;
    PermissionReportEngine engine(&m_h->client());
    engine.setSink(&first);
    engine.setPageSize(10);
    QSignalSpy finished(&engine, &PermissionReportEngine::finished);
    QVERIFY(engine.start());
    QTRY_VERIFY_WITH_TIMEOUT(!first.all.isEmpty(), 20000);
    engine.cancel();
    QCOMPARE(finished.size(), 1);
    engine.setSink(&second);
    QVERIFY(engine.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    const auto result = finished.at(1).first().value<PermissionReportEngine::Result>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.summary()));
    QVERIFY2(!result.hasMismatch(), qPrintable(result.mismatches().join(QStringLiteral("; "))));
    QCOMPARE(result.grants, clean.grants);
    QCOMPARE(result.requests, clean.requests);
    QCOMPARE(printed(second.all), printed(reference.all));
}

void TestReportEngine::destroyedMidReportAnswersNobody()
{
    const int maxInFlightBefore = m_h->client().maxInFlight();
    CollectingSink sink;
    auto* engine = new PermissionReportEngine(&m_h->client());
    engine->setSink(&sink);
    engine->setPageSize(10);
    QVERIFY(engine->start());
    QTRY_VERIFY_WITH_TIMEOUT(!sink.all.isEmpty(), 20000);
    delete engine; // its replies, lookups and slices still to come answer nobody
    QCOMPARE(m_h->client().maxInFlight(), maxInFlightBefore);
    const int rows = int(sink.all.size());
    const int calls = sink.calls;
    QTest::qWait(500);
    QCOMPARE(int(sink.all.size()), rows);
    QCOMPARE(sink.calls, calls);
    // The client is unharmed: a report afterwards runs to its end.
    CollectingSink again;
    const PermissionReportEngine::Result after = runEngine(again);
    QVERIFY2(!after.error.isError(), qPrintable(after.error.summary()));
    QCOMPARE(after.rows, qint64(again.all.size()));
}

void TestReportEngine::slowSinkLosesNothing()
{
    // 4 000 grants in pages of 999, joined 64 at a time by a sink that takes 15 ms a call: the join runs in slices
    // between the pages, and the rows and the requests are those of the quick run. This in-process sandbox answers
    // only between the join's slices, so pages do not pile up here (the queue's bound holds trivially; measured: at
    // most 1 page queued even without the pause) — the pause itself is test_graph_client's
    // pausedCollectionAsksForNoMorePages, and the bound's effect on memory is the huge bench (docs/benchmarks.md).
    TenantStore& store = m_h->env().server().store();
    const QList<QJsonObject> grants = store.list(QStringLiteral("oauth2PermissionGrants"));
    QStringList added;
    for (int i = 0; grants.size() + added.size() < 4000; ++i) {
        QJsonObject copy = grants.at(i % grants.size());
        copy.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        store.put(QStringLiteral("oauth2PermissionGrants"), copy);
        added.append(copy.value(QStringLiteral("id")).toString());
    }
    auto removeAdded = qScopeGuard([&] {
        for (const QString& id : std::as_const(added)) {
            store.remove(QStringLiteral("oauth2PermissionGrants"), id);
        }
    });
    CollectingSink reference;
    const PermissionReportEngine::Result quick = runEngine(reference);
    QVERIFY2(!quick.error.isError(), qPrintable(quick.error.summary()));
    QCOMPARE(quick.grants, 4000);
    CollectingSink sink;
    sink.delayMs = 15;
    PermissionReportEngine engine(&m_h->client());
    engine.setSink(&sink);
    QSignalSpy finished(&engine, &PermissionReportEngine::finished);
    QVERIFY(engine.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const auto result = finished.first().first().value<PermissionReportEngine::Result>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.summary()));
    QVERIFY2(!result.hasMismatch(), qPrintable(result.mismatches().join(QStringLiteral("; "))));
    QVERIFY2(engine.grantPagesQueuedPeak() <= PermissionReportEngine::MaxQueuedGrantPages,
             qPrintable(QStringLiteral("%1 pages queued at once").arg(engine.grantPagesQueuedPeak())));
    QCOMPARE(printed(sink.all), printed(reference.all));
    // The users are looked up in full requests whatever the pace of the join: the same number of requests.
    QCOMPARE(result.requests, quick.requests);
}

QTEST_GUILESS_MAIN(TestReportEngine)
#include "TestReportEngine.moc"
