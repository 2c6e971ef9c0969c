// ConsentOverview: the Overview's counting rules, which the filtered views apply too — risk levels by measure, the
// age of pending requests, and the apps that reach every mailbox.
#include "consent/ConsentOverview.h"
#include "exchange/AccessPolicyModel.h"

#include <QTest>

namespace {

AppSummary app(const QString& name, RiskLevel highest, RiskLevel tenantWide, RiskLevel user)
{
    AppSummary a;
    a.app.id = name + QStringLiteral("-sp");
    a.app.appId = name + QStringLiteral("-app");
    a.app.displayName = name;
    a.highestRisk = highest;
    a.tenantWideRisk = tenantWide;
    a.userConsentRisk = user;
    return a;
}

ConsentRequest request(const QList<std::pair<QString, QDateTime>>& userRequests)
{
    ConsentRequest r;
    r.id = QStringLiteral("r");
    for (const auto& [status, created] : userRequests) {
        UserConsentRequest u;
        u.status = status;
        u.createdDateTime = created;
        r.userRequests.append(u);
    }
    return r;
}

} // namespace

class TestConsentOverview : public QObject
{
    Q_OBJECT

private slots:
    void appsCountAtTheLevelOfTheirMeasure();
    void riskyListsHighAndCriticalRiskiestFirst();
    void keysRoundTrip();
    void pendingRequestsByTheOldestOpenOne();
    void everyMailboxUnlessAPolicyScopesIt();
};

void TestConsentOverview::appsCountAtTheLevelOfTheirMeasure()
{
    AppSummary both = app(QStringLiteral("Both"), RiskLevel::Critical, RiskLevel::Low, RiskLevel::Critical);
    both.tenantWideGrants = 1;
    both.userGrants = 3;
    AppSummary appOnly = app(QStringLiteral("App only"), RiskLevel::High, RiskLevel::High, RiskLevel::Unranked);
    appOnly.applicationPermissions = 2;
    AppSummary nothing = app(QStringLiteral("Nothing"), RiskLevel::Unranked, RiskLevel::Unranked, RiskLevel::Unranked);
    const QList<AppSummary> apps {both, appOnly, nothing};

    using M = ConsentOverview::Measure;
    // Critical, High, Medium, Low, Unranked. An app that holds nothing is on no bar.
    QCOMPARE(ConsentOverview::tally(apps, M::Highest), (std::array<int, 5> {1, 1, 0, 0, 0}));
    QCOMPARE(ConsentOverview::tally(apps, M::TenantWide), (std::array<int, 5> {0, 1, 0, 1, 0}));
    // Only apps users consented to count for user consent, whatever their other levels.
    QCOMPARE(ConsentOverview::tally(apps, M::UserConsent), (std::array<int, 5> {1, 0, 0, 0, 0}));
    QVERIFY(ConsentOverview::matches(both, M::TenantWide, RiskLevel::Low));
    QVERIFY(!ConsentOverview::matches(appOnly, M::UserConsent, RiskLevel::Unranked)); // holds no user consent
    QVERIFY(!ConsentOverview::matches(nothing, M::Highest, RiskLevel::Unranked));
}

void TestConsentOverview::riskyListsHighAndCriticalRiskiestFirst()
{
    QList<AppSummary> apps;
    for (const auto& [name, level] : {std::pair {QStringLiteral("b high"), RiskLevel::High},
                                      std::pair {QStringLiteral("Z critical"), RiskLevel::Critical},
                                      std::pair {QStringLiteral("a high"), RiskLevel::High},
                                      std::pair {QStringLiteral("medium"), RiskLevel::Medium}}) {
        AppSummary a = app(name, level, level, RiskLevel::Unranked);
        a.applicationPermissions = 1;
        apps.append(a);
    }
    QStringList names;
    for (const auto& a : ConsentOverview::risky(apps, ConsentOverview::Measure::TenantWide)) {
        names.append(a.app.displayName);
    }
    QCOMPARE(names, (QStringList {QStringLiteral("Z critical"), QStringLiteral("a high"), QStringLiteral("b high")}));
}

void TestConsentOverview::keysRoundTrip()
{
    for (const auto m : {ConsentOverview::Measure::Highest,
                         ConsentOverview::Measure::TenantWide,
                         ConsentOverview::Measure::UserConsent}) {
        ConsentOverview::Measure back;
        QVERIFY(ConsentOverview::measureFromKey(ConsentOverview::measureKey(m), &back));
        QCOMPARE(back, m);
    }
    for (int i = 0; i < ConsentOverview::AgeCount; ++i) {
        ConsentOverview::Age back;
        QVERIFY(ConsentOverview::ageFromKey(ConsentOverview::ageKey(ConsentOverview::Age(i)), &back));
        QCOMPARE(int(back), i);
    }
    ConsentOverview::Measure unused;
    QVERIFY(!ConsentOverview::measureFromKey(QStringLiteral("risk"), &unused));
}

void TestConsentOverview::pendingRequestsByTheOldestOpenOne()
{
    const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    const QString open = QStringLiteral("InProgress");
    const QString done = QStringLiteral("Completed");
    // A completed request 90 days old does not make the open one old.
    const ConsentRequest twoDays
        = request({{done, now.addDays(-90)}, {open, now.addDays(-2)}, {open, now.addSecs(-60)}});
    QCOMPARE(ConsentOverview::waitingSince(twoDays), now.addDays(-2));
    QCOMPARE(ConsentOverview::age(twoDays, now), ConsentOverview::Age::UnderAWeek);
    QCOMPARE(ConsentOverview::age(request({{open, now.addSecs(-23 * 3600)}}), now), ConsentOverview::Age::UnderADay);
    QCOMPARE(ConsentOverview::age(request({{open, now.addDays(-7)}}), now), ConsentOverview::Age::UnderAMonth);
    QCOMPARE(ConsentOverview::age(request({{open, now.addDays(-30)}}), now), ConsentOverview::Age::OverAMonth);
    QCOMPARE(ConsentOverview::age(request({{open, QDateTime()}}), now), ConsentOverview::Age::Unknown);
    const ConsentRequest closed = request({{done, now.addDays(-40)}});
    QVERIFY(!ConsentOverview::isPending(closed));
    const auto counts = ConsentOverview::tallyAges({twoDays, closed, request({{open, now.addDays(-45)}})}, now);
    QCOMPARE(counts, (std::array<int, 5> {0, 1, 0, 1, 0})); // the completed one is not counted
}

void TestConsentOverview::everyMailboxUnlessAPolicyScopesIt()
{
    AppSummary scoped = app(QStringLiteral("Scoped"), RiskLevel::High, RiskLevel::High, RiskLevel::Unranked);
    scoped.mailboxPermissions = {QStringLiteral("Mail.Read")};
    AppSummary open = app(QStringLiteral("Open"), RiskLevel::High, RiskLevel::High, RiskLevel::Unranked);
    open.mailboxPermissions = {QStringLiteral("Mail.ReadWrite")};
    const AppSummary noMail = app(QStringLiteral("Files"), RiskLevel::High, RiskLevel::High, RiskLevel::Unranked);
    AccessPolicyModel policies;
    ApplicationAccessPolicy policy;
    policy.appId = scoped.app.appId.toUpper(); // Exchange may write it in another case
    policy.scopeName = QStringLiteral("Sales");
    policies.policies.append(policy);
    const QList<AppSummary> every = ConsentOverview::reachingEveryMailbox({scoped, open, noMail}, policies);
    QCOMPARE(every.size(), 1);
    QCOMPARE(every.first().app.displayName, QStringLiteral("Open"));
}

QTEST_GUILESS_MAIN(TestConsentOverview)
#include "TestConsentOverview.moc"
