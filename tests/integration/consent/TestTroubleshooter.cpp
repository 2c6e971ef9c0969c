#include "ConsentTestHarness.h"

#include "async/Async.h"
#include "troubleshoot/Troubleshooter.h"

#include <QTest>

// Troubleshooter::run reads the user (with their memberships), the app (with its details and requests), the consent
// settings and the conditional access policies at once and gathers them with Async::all.
class TestTroubleshooter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runReadsEveryPartOnce();
    void destroyedMidRunAnswersNobody();

private:
    std::unique_ptr<ConsentTestHarness> m_h;
};

void TestTroubleshooter::initTestCase()
{
    m_h = std::make_unique<ConsentTestHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->signInAs(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
}

void TestTroubleshooter::runReadsEveryPartOnce()
{
    Troubleshooter troubleshooter(&m_h->client(), &m_h->cache());
    QObject context;
    int calls = 0;
    TroubleshootReport report;
    const QFuture<TroubleshootReport> future = troubleshooter.run(
        {QStringLiteral("lidia.holloway@mini.onmicrosoft.com"), QStringLiteral("Fabrikam Sales Engage"), {}});
    Async::then(future, &context, [&](const TroubleshootReport& r) {
        report = r;
        ++calls;
    });
    QCOMPARE(calls, 0); // never answered inside the call
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 15000);
    QVERIFY2(!report.error.isError(), qPrintable(report.error.summary()));
    QVERIFY(!report.userNotFound);
    QVERIFY(!report.appNotFound);
    QVERIFY(report.complete());
    QCOMPARE(report.facts.user.userPrincipalName, QStringLiteral("lidia.holloway@mini.onmicrosoft.com"));
    QVERIFY(!report.facts.appId.isEmpty());
    QVERIFY(!report.facts.requests.isEmpty()); // the app's consent request
    QVERIFY(!report.facts.membershipError.isError());
    QVERIFY(!report.facts.policiesError.isError());
    QVERIFY(!report.checks.isEmpty());

    // A user Graph does not know: said once, as not found, before any check.
    Async::then(troubleshooter.run(
                    {QStringLiteral("nobody.here@mini.onmicrosoft.com"), QStringLiteral("Fabrikam Sales Engage"), {}}),
                &context,
                [&](const TroubleshootReport& r) {
                    report = r;
                    ++calls;
                });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 15000);
    QVERIFY(report.userNotFound);
    QVERIFY(report.checks.isEmpty());
    QTest::qWait(100);
    QCOMPARE(calls, 2);
}

void TestTroubleshooter::destroyedMidRunAnswersNobody()
{
    auto* troubleshooter = new Troubleshooter(&m_h->client(), &m_h->cache());
    QObject context;
    bool called = false;
    Async::then(
        troubleshooter->run(
            {QStringLiteral("lidia.holloway@mini.onmicrosoft.com"), QStringLiteral("Fabrikam Sales Engage"), {}}),
        &context,
        [&called](const TroubleshootReport&) { called = true; });
    delete troubleshooter;
    QTest::qWait(1000); // the replies answer meanwhile and find nothing freed
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestTroubleshooter)
#include "TestTroubleshooter.moc"
