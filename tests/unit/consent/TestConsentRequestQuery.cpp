#include "consent/ConsentRequestService.h"

#include <QTest>
#include <QUrlQuery>

class TestConsentRequestQuery : public QObject
{
    Q_OBJECT

private slots:
    void myPendingUsesReviewerFunction();
    void allWithStatuses();
    void allWithoutStatusesHasNoFilter();
    void rejectsUnknownStatusAndBadAppId();
    void expiryFromPolicyDuration();
};

static QString filterOf(const GraphRequest& request)
{
    return request.query.toUrlQuery().queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
}

void TestConsentRequestQuery::myPendingUsesReviewerFunction()
{
    ConsentRequestService::Query q;
    const GraphRequest r = ConsentRequestService::listRequest(q);
    QCOMPARE(r.path,
             QStringLiteral("/identityGovernance/appConsent/appConsentRequests/filterByCurrentUser(on='reviewer')"));
    QCOMPARE(filterOf(r), QStringLiteral("userConsentRequests/any(u:u/status eq 'InProgress')"));
}

void TestConsentRequestQuery::allWithStatuses()
{
    ConsentRequestService::Query q;
    q.view = ConsentRequestService::View::All;
    q.statuses = {QStringLiteral("expired"), QStringLiteral("Completed")};
    q.appId = QStringLiteral("E79045C0-6DB8-4CB2-8AB8-C1CC398FE6EE");
    const GraphRequest r = ConsentRequestService::listRequest(q);
    QCOMPARE(r.path, QStringLiteral("/identityGovernance/appConsent/appConsentRequests"));
    const QString filter = filterOf(r);
    QVERIFY2(filter.contains(QStringLiteral("userConsentRequests/any(u:")), qPrintable(filter));
    QVERIFY2(filter.contains(QStringLiteral("u/status eq 'Expired'")), qPrintable(filter));
    QVERIFY2(filter.contains(QStringLiteral("u/status eq 'Completed'")), qPrintable(filter));
    QVERIFY2(filter.contains(QStringLiteral("appId eq 'e79045c0-6db8-4cb2-8ab8-c1cc398fe6ee'")), qPrintable(filter));
}

void TestConsentRequestQuery::allWithoutStatusesHasNoFilter()
{
    ConsentRequestService::Query q;
    q.view = ConsentRequestService::View::All;
    QVERIFY(filterOf(ConsentRequestService::listRequest(q)).isEmpty());
}

void TestConsentRequestQuery::rejectsUnknownStatusAndBadAppId()
{
    ConsentRequestService::Query q;
    q.view = ConsentRequestService::View::All;
    q.statuses = {QStringLiteral("InProgress') or (1 eq 1")};
    QString error;
    QVERIFY(ConsentRequestService::listRequest(q, &error).path.isEmpty());
    QVERIFY(error.contains(QStringLiteral("unknown status")));
    q.statuses.clear();
    q.appId = QStringLiteral("x' or 'a' eq 'a");
    error.clear();
    QVERIFY(ConsentRequestService::listRequest(q, &error).path.isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestConsentRequestQuery::expiryFromPolicyDuration()
{
    ConsentRequest r;
    UserConsentRequest u;
    u.status = QStringLiteral("InProgress");
    u.createdDateTime = QDateTime(QDate(2026, 11, 17), QTime(15, 42), Qt::UTC);
    r.userRequests = {u};
    ConsentRequestService::applyExpiry(r, 30);
    QCOMPARE(r.userRequests.first().expiresAt, QDateTime(QDate(2026, 12, 17), QTime(15, 42), Qt::UTC));
    QCOMPARE(r.nextExpiry(), r.userRequests.first().expiresAt);
    ConsentRequestService::applyExpiry(r, -1);
    QVERIFY(!r.nextExpiry().isValid());
}

QTEST_GUILESS_MAIN(TestConsentRequestQuery)
#include "TestConsentRequestQuery.moc"
