// The one rule that ranks a consent request (the requests view's queue and `requests list` both use it).
#include "directory/ConsentRequest.h"
#include "risk/RequestRisk.h"
#include "risk/RiskCatalog.h"

#include <QTest>

Q_DECLARE_METATYPE(RiskLevel)

class TestRequestRisk : public QObject
{
    Q_OBJECT

private slots:
    void highestOfThePendingScopes_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<RiskLevel>("expected");
        QTest::newRow("nothing named (static consent)") << QStringList() << RiskLevel::Unranked;
        QTest::newRow("sign-in only") << QStringList {QStringLiteral("openid"), QStringLiteral("User.Read")}
                                      << RiskLevel::Low;
        QTest::newRow("the riskiest wins, in any order")
            << QStringList {QStringLiteral("User.Read"), QStringLiteral("Mail.Send"), QStringLiteral("openid")}
            << RiskLevel::High;
        QTest::newRow("Graph named by URI")
            << QStringList {QStringLiteral("https://graph.microsoft.com/RoleManagement.ReadWrite.Directory")}
            << RiskLevel::Critical;
        // Another API named by URI: the catalog's rules for any resource.
        QTest::newRow("another API's user_impersonation")
            << QStringList {QStringLiteral("api://contoso-hr/user_impersonation")} << RiskLevel::High;
    }

    void highestOfThePendingScopes()
    {
        QFETCH(QStringList, scopes);
        QFETCH(RiskLevel, expected);
        ConsentRequest request;
        request.pendingScopes = scopes;
        QCOMPARE(RequestRisk::highest(request), expected);
    }

    void anOwnCatalogRanksToo()
    {
        RiskCatalog catalog;
        QVERIFY(catalog.load(R"({"version":1,"rules":[
            {"permission":"Mail.Read","type":"delegated","resource":"*","level":"low","reason":"policy says so"}]})"));
        ConsentRequest request;
        request.pendingScopes = {QStringLiteral("Mail.Read")};
        QCOMPARE(RequestRisk::highest(request, catalog), RiskLevel::Low);
        QCOMPARE(RequestRisk::highest(request), RiskLevel::High);
    }
};

QTEST_GUILESS_MAIN(TestRequestRisk)
#include "TestRequestRisk.moc"
