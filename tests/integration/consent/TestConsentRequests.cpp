#include "ConsentTestHarness.h"

#include "TestPaths.h"
#include "async/Async.h"
#include "consent/ConsentRequestWatcher.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString GlobalAdmin = QStringLiteral("grace.admin@mini.onmicrosoft.com");
const QString CloudAppAdmin = QStringLiteral("carlos.appadmin@mini.onmicrosoft.com"); // a named reviewer
const QString GlobalReader = QStringLiteral("gil.reader@mini.onmicrosoft.com"); // may read, reviews nothing
const QString Helpdesk = QStringLiteral("hana.helpdesk@mini.onmicrosoft.com"); // reviewer group, no read role
const QString GraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");
const QString GraphSpId = QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6");
const QString HrSpId = QStringLiteral("e38dd14f-0271-5d1c-a631-edfc88434bf5");

QStringList names(const QList<ConsentRequest>& requests)
{
    QStringList result;
    for (const auto& r : requests) {
        result.append(r.appDisplayName);
    }
    result.sort();
    return result;
}

} // namespace

class TestConsentRequests : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void myPendingAsReviewer();
    void myPendingIsEmptyForNonReviewer();
    void allByStatus_data();
    void allByStatus();
    void readRoleIsRequired();
    void resolverBatchesAndCaches();
    void reviewOfAppWithoutServicePrincipal();
    void reviewMarksOnlyTenantWideGrantsAsGranted();
    void reviewOfADestroyedServiceAnswersNobody();
    void staticRequestOnContoso();
    void watcherSeesCompletion();

private:
    std::unique_ptr<ConsentTestHarness> m_h;
};

void TestConsentRequests::init()
{
    m_h = std::make_unique<ConsentTestHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestConsentRequests::cleanup()
{
    m_h.reset();
}

void TestConsentRequests::myPendingAsReviewer()
{
    m_h->signInAs(CloudAppAdmin);
    QSignalSpy streamed(&m_h->requests(), &ConsentRequestService::requestReceived);
    const auto listing = m_h->list({});
    QVERIFY2(!listing.error.isError(), qPrintable(listing.error.summary()));
    QCOMPARE(names(listing.requests), (QStringList {"Fabrikam Sales Engage", "Tailspin Projects"}));
    QCOMPARE(streamed.size(), 2);
    QCOMPARE(listing.requestDurationInDays, 30);
    QVERIFY(listing.workflowEnabled);
    for (const auto& r : listing.requests) {
        QCOMPARE(r.status(), QStringLiteral("InProgress"));
        if (r.appDisplayName == QLatin1String("Fabrikam Sales Engage")) {
            QCOMPARE(r.userRequests.size(), 2);
            QCOMPARE(r.pendingScopes, (QStringList {"Calendars.Read", "User.Read", "offline_access"}));
            QCOMPARE(r.requesters(),
                     (QStringList {"lidia.holloway@mini.onmicrosoft.com", "adele.vance@mini.onmicrosoft.com"}));
            const UserConsentRequest& adele = r.userRequests.first();
            QCOMPARE(adele.reason, QStringLiteral("Book demos from my calendar"));
            QCOMPARE(adele.requesterDisplayName, QStringLiteral("Adele Vance"));
            QCOMPARE(adele.createdDateTime, QDateTime(QDate(2026, 11, 17), QTime(15, 42), Qt::UTC));
            QCOMPARE(adele.expiresAt, QDateTime(QDate(2026, 12, 17), QTime(15, 42), Qt::UTC));
            QCOMPARE(r.nextExpiry(), adele.expiresAt); // the older request runs out first
        }
    }
}

void TestConsentRequests::myPendingIsEmptyForNonReviewer()
{
    m_h->signInAs(GlobalReader);
    const auto listing = m_h->list({});
    QVERIFY2(!listing.error.isError(), qPrintable(listing.error.summary()));
    QVERIFY(listing.requests.isEmpty());
}

void TestConsentRequests::allByStatus_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("every") << QStringList()
                           << QStringList {"Fabrikam Sales Engage", "Proseware Scheduler", "Tailspin Projects"};
    QTest::newRow("InProgress") << QStringList {"InProgress"}
                                << QStringList {"Fabrikam Sales Engage", "Tailspin Projects"};
    QTest::newRow("Completed") << QStringList {"Completed"} << QStringList {"Tailspin Projects"};
    QTest::newRow("Expired") << QStringList {"Expired"} << QStringList {"Proseware Scheduler"};
    QTest::newRow("Expired or Completed")
        << QStringList {"expired", "completed"} << QStringList {"Proseware Scheduler", "Tailspin Projects"};
    QTest::newRow("Initializing") << QStringList {"Initializing"} << QStringList();
}

void TestConsentRequests::allByStatus()
{
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, expected);
    m_h->signInAs(GlobalReader); // read-only roles see the whole queue
    ConsentRequestService::Query query;
    query.view = ConsentRequestService::View::All;
    query.statuses = statuses;
    const auto listing = m_h->list(query);
    QVERIFY2(!listing.error.isError(), qPrintable(listing.error.summary()));
    QCOMPARE(names(listing.requests), expected);
}

void TestConsentRequests::readRoleIsRequired()
{
    m_h->signInAs(Helpdesk);
    ConsentRequestService::Query query;
    query.view = ConsentRequestService::View::All;
    const auto listing = m_h->list(query);
    QCOMPARE(listing.error.kind, GraphError::Kind::PermissionDenied);
    QVERIFY(listing.requests.isEmpty());
}

void TestConsentRequests::resolverBatchesAndCaches()
{
    m_h->signInAs(GlobalReader);
    using Key = ServicePrincipalCache::Key;
    const QList<Key> keys {Key::byAppId(GraphAppId),
                           Key::byId(HrSpId),
                           Key::byAppId(QStringLiteral("d6fdd1c8-c917-5e77-b524-c3f607b74abf"))};
    QSignalSpy resolved(&m_h->cache(), &ServicePrincipalCache::resolved);
    ServicePrincipalCache::Result result;
    bool done = false;
    m_h->cache().resolve(keys, this, [&](const ServicePrincipalCache::Result& r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.summary()));
    QCOMPARE(m_h->cache().fetchCount(), 1); // one $batch for three principals
    QCOMPARE(resolved.size(), 2);
    QCOMPARE(result.get(keys.at(0))->id, GraphSpId);
    QCOMPARE(result.get(keys.at(1))->displayName, QStringLiteral("Contoso HR API"));
    QVERIFY(result.isMissing(keys.at(2)));
    // By its other key, and again: from the cache.
    done = false;
    m_h->cache().resolve({Key::byId(GraphSpId), keys.at(2)}, this, [&](const ServicePrincipalCache::Result& r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(m_h->cache().fetchCount(), 1);
    QCOMPARE(result.get(Key::byId(GraphSpId))->appId, GraphAppId);

    // Permissions of two APIs and both types, in one go.
    QList<Permission> permissions;
    done = false;
    m_h->resolver().resolve(
        {PermissionResolver::Reference::byAppId(
             GraphAppId, QStringLiteral("Directory.Read.All"), Permission::Type::Application),
         PermissionResolver::Reference::byResourceId(HrSpId, QStringLiteral("HR.Read"), Permission::Type::Delegated),
         PermissionResolver::Reference::byResourceId(
             HrSpId, QStringLiteral("HR.Legacy"), Permission::Type::Application)},
        this,
        [&](const QList<Permission>& p, const GraphError&) {
            permissions = p;
            done = true;
        });
    QTRY_VERIFY(done);
    QCOMPARE(permissions.size(), 3);
    QCOMPARE(permissions.at(0).permissionId, QStringLiteral("7ab1d382-f21e-4acd-a863-ba3e13f7da61"));
    QCOMPARE(permissions.at(0).resourceDisplayName, QStringLiteral("Microsoft Graph"));
    QVERIFY(permissions.at(0).risk >= RiskLevel::High);
    QCOMPARE(permissions.at(1).resourceAppId, QStringLiteral("a7442521-ccff-5878-ba52-1fb4a75544b4"));
    QVERIFY(permissions.at(1).published);
    QVERIFY(!permissions.at(2).enabled); // disabled in the fixture
}

void TestConsentRequests::reviewOfAppWithoutServicePrincipal()
{
    m_h->signInAs(CloudAppAdmin);
    const ConsentRequest request = m_h->requestFor(QStringLiteral("Fabrikam Sales Engage"));
    QVERIFY(!request.id.isEmpty());
    QSignalSpy streamed(&m_h->resolver(), &PermissionResolver::permissionResolved);
    const ConsentRequestReview review = m_h->review(request);
    QVERIFY2(!review.error.isError(), qPrintable(review.error.summary()));
    QVERIFY(review.clientMissing());
    QCOMPARE(review.items.size(), 3);
    QCOMPARE(streamed.size(), 3);
    for (const auto& item : review.items) {
        QCOMPARE(item.permission.resourceId, GraphSpId);
        QCOMPARE(item.permission.type, Permission::Type::Delegated);
        QVERIFY(item.permission.published);
        QVERIFY(!item.permission.description.isEmpty());
        QVERIFY(!item.alreadyGranted);
    }
    QCOMPARE(review.items.at(0).permission.value, QStringLiteral("Calendars.Read"));
    QCOMPARE(review.notYetGranted().size(), 3);
}

void TestConsentRequests::reviewMarksOnlyTenantWideGrantsAsGranted()
{
    m_h->signInAs(CloudAppAdmin);
    // Tailspin holds Mail.Read on Graph only through one user's own consent: not granted for the organization.
    const ConsentRequestReview tailspin = m_h->review(m_h->requestFor(QStringLiteral("Tailspin Projects")));
    QVERIFY(!tailspin.clientMissing());
    QCOMPARE(tailspin.items.size(), 1);
    QVERIFY(!tailspin.items.first().alreadyGranted);
    QCOMPARE(tailspin.state.tenantWideGrants.size(), 1); // the HR API grant
    QCOMPARE(tailspin.state.assignments.size(), 1);

    // A request for what the app already holds tenant-wide is marked so.
    ConsentRequest northwind;
    northwind.id = QStringLiteral("synthetic");
    northwind.appId = QStringLiteral("c34bd620-c9f8-5666-8513-79e9e000421c");
    northwind.appDisplayName = QStringLiteral("Northwind CRM");
    northwind.pendingScopes = {QStringLiteral("Mail.Read"), QStringLiteral("Calendars.Read")};
    const ConsentRequestReview review = m_h->review(northwind);
    QCOMPARE(review.items.size(), 2);
    QVERIFY(review.items.at(0).alreadyGranted);
    QVERIFY(!review.items.at(1).alreadyGranted); // only Adele's own grant has it
}

// review() continues the client's state and the resolved scopes on the service: destroyed before or between the
// two answers, its future is cancelled and nobody is called with half a review.
void TestConsentRequests::reviewOfADestroyedServiceAnswersNobody()
{
    m_h->signInAs(CloudAppAdmin);
    const ConsentRequest request = m_h->requestFor(QStringLiteral("Tailspin Projects"));
    QVERIFY(!request.id.isEmpty());
    for (const int waitMs : {0, 5, 30}) {
        PermissionResolver resolver(&m_h->cache());
        auto* service = new ConsentRequestService(&m_h->client(), &resolver);
        QFuture<ConsentRequestReview> future = service->review(request);
        bool called = false;
        QObject context;
        Async::then(future, &context, [&called](const ConsentRequestReview&) { called = true; });
        if (waitMs > 0) {
            QTest::qWait(waitMs);
        }
        if (future.isFinished()) {
            delete service;
            continue; // answered already: nothing left to cancel at this wait
        }
        delete service;
        QTRY_VERIFY_WITH_TIMEOUT(future.isCanceled(), 5000);
        QTest::qWait(200); // the replies still under way arrive
        QVERIFY2(!called, qPrintable(QStringLiteral("called after %1 ms").arg(waitMs)));
    }
    // A service that lives answers, with both parts.
    const ConsentRequestReview review = m_h->review(request);
    QVERIFY(!review.clientMissing());
    QCOMPARE(review.items.size(), 1);
}

void TestConsentRequests::staticRequestOnContoso()
{
    SandboxOptions options;
    options.fixturePath = TestPaths::fixture(QStringLiteral("contoso.json"));
    m_h = std::make_unique<ConsentTestHarness>(options);
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->signInAs(QStringLiteral("adaeze.okafor@contoso.com")); // Global Administrator
    const ConsentRequest request = m_h->requestFor(QStringLiteral("Humongous Benefits Portal"));
    QVERIFY(request.isStatic());
    QVERIFY(request.pendingScopes.isEmpty());
    const ConsentRequestReview review = m_h->review(request);
    QVERIFY(review.items.isEmpty());
    QVERIFY(review.clientMissing());
}

void TestConsentRequests::watcherSeesCompletion()
{
    m_h->signInAs(CloudAppAdmin);
    const ConsentRequest request = m_h->requestFor(QStringLiteral("Fabrikam Sales Engage"));
    ConsentRequestWatcher watcher(&m_h->client());
    watcher.setInterval(50);
    QSignalSpy status(&watcher, &ConsentRequestWatcher::statusChanged);
    QSignalSpy completed(&watcher, &ConsentRequestWatcher::completed);
    QSignalSpy ended(&watcher, &ConsentRequestWatcher::ended);
    watcher.watch(request.id);
    QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, 5000);
    QCOMPARE(status.first().first().toString(), QStringLiteral("InProgress"));
    QVERIFY(watcher.isWatching());
    // What the sandbox's /adminconsent page does when the admin accepts.
    m_h->env().server().store().completeConsentRequests(request.appId, m_h->env().userId(CloudAppAdmin));
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 5000);
    QCOMPARE(ended.first().first().toString(), QStringLiteral("Completed"));
    QVERIFY(!watcher.isWatching());
    const auto done = completed.first().first().value<ConsentRequest>();
    QCOMPARE(done.userRequests.size(), 2);
    QCOMPARE(done.userRequests.first().reviewResult, QStringLiteral("Approve"));
}

QTEST_GUILESS_MAIN(TestConsentRequests)
#include "TestConsentRequests.moc"
