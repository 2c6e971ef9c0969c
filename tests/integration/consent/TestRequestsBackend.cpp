#include "ConsentTestHarness.h"

#include "cli/RequestsBackend.h"

#include <QTest>

// consentdesk-cli's `requests show/review/block` read one request with RequestsBackend::fetch: the request, its user
// requests and the workflow's expiry, gathered as three futures.
class TestRequestsBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchReadsTheRequestWithItsUserRequests();
    void destroyedMidFetchAnswersNobody();

private:
    std::unique_ptr<ConsentTestHarness> m_h;
    QString m_requestId;
};

void TestRequestsBackend::initTestCase()
{
    m_h = std::make_unique<ConsentTestHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->signInAs(QStringLiteral("carlos.appadmin@mini.onmicrosoft.com")); // a named reviewer
    m_requestId = m_h->requestFor(QStringLiteral("Fabrikam Sales Engage")).id;
    QVERIFY(!m_requestId.isEmpty());
}

void TestRequestsBackend::fetchReadsTheRequestWithItsUserRequests()
{
    RequestsBackend backend(&m_h->client());
    bool done = false;
    ConsentRequest fetched;
    GraphError error;
    backend.fetch(m_requestId, [&](const ConsentRequest& request, const GraphError& e) {
        fetched = request;
        error = e;
        done = true;
    });
    QVERIFY(!done); // never answered inside the call
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(!error.isError(), qPrintable(error.summary()));
    QCOMPARE(fetched.id, m_requestId);
    QCOMPARE(fetched.appDisplayName, QStringLiteral("Fabrikam Sales Engage"));
    QVERIFY(!fetched.userRequests.isEmpty());

    // An id Graph does not know: NotFound, said once.
    int calls = 0;
    backend.fetch(QStringLiteral("00000000-0000-0000-0000-000000000000"),
                  [&](const ConsentRequest&, const GraphError& e) {
                      error = e;
                      ++calls;
                  });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 15000);
    QCOMPARE(error.kind, GraphError::Kind::NotFound);
    QTest::qWait(100);
    QCOMPARE(calls, 1);
}

void TestRequestsBackend::destroyedMidFetchAnswersNobody()
{
    auto* backend = new RequestsBackend(&m_h->client());
    bool called = false;
    backend->fetch(m_requestId, [&called](const ConsentRequest&, const GraphError&) { called = true; });
    delete backend;
    QTest::qWait(500); // the three replies answer meanwhile and find nothing freed
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestRequestsBackend)
#include "TestRequestsBackend.moc"
