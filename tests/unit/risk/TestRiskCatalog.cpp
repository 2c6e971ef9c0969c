#include "MarkingTranslator.h"
#include "risk/RiskCatalog.h"

#include <QCoreApplication>
#include <QTest>

using Type = RiskCatalog::PermissionType;
Q_DECLARE_METATYPE(RiskLevel)
Q_DECLARE_METATYPE(RiskCatalog::PermissionType)

namespace {
const QString kGraph = QStringLiteral("00000003-0000-0000-c000-000000000000");
const QString kExchange = QStringLiteral("00000002-0000-0ff1-ce00-000000000000");
} // namespace

class TestRiskCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void levels_data();
    void levels();
    void applicationAboveDelegatedTwin();
    void highestOfAGrant();
    void overridesWin();
    void badCatalogsAreRejected_data();
    void badCatalogsAreRejected();
    void appTrust();
    void levelKeysRoundTrip();
};

void TestRiskCatalog::builtInLoads()
{
    QVERIFY(RiskCatalog::builtIn().ruleCount() > 40);
}

void TestRiskCatalog::levels_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<RiskCatalog::PermissionType>("type");
    QTest::addColumn<RiskLevel>("expected");
    // Microsoft's lowest-risk list.
    QTest::newRow("User.Read") << kGraph << "User.Read" << Type::Delegated << RiskLevel::Low;
    QTest::newRow("openid") << kGraph << "openid" << Type::Delegated << RiskLevel::Low;
    QTest::newRow("offline_access") << kGraph << "offline_access" << Type::Delegated << RiskLevel::Low;
    QTest::newRow("User.ReadBasic.All") << kGraph << "User.ReadBasic.All" << Type::Delegated << RiskLevel::Low;
    // Consent-phishing roots: Mail.* except Mail.ReadBasic*, Contacts, MailboxSettings, People, Files, Notes.
    QTest::newRow("Mail.Read") << kGraph << "Mail.Read" << Type::Delegated << RiskLevel::High;
    QTest::newRow("Mail.Send") << kGraph << "Mail.Send" << Type::Delegated << RiskLevel::High;
    QTest::newRow("Mail.ReadBasic") << kGraph << "Mail.ReadBasic" << Type::Delegated << RiskLevel::Medium;
    QTest::newRow("Contacts.Read") << kGraph << "Contacts.Read" << Type::Delegated << RiskLevel::High;
    QTest::newRow("MailboxSettings.ReadWrite")
        << kGraph << "MailboxSettings.ReadWrite" << Type::Delegated << RiskLevel::High;
    QTest::newRow("Files.ReadWrite.All") << kGraph << "Files.ReadWrite.All" << Type::Delegated << RiskLevel::High;
    QTest::newRow("Directory.AccessAsUser.All")
        << kGraph << "Directory.AccessAsUser.All" << Type::Delegated << RiskLevel::High;
    QTest::newRow("user_impersonation any API") << QStringLiteral("797f4846-ba00-4fd7-ba43-dac1f8f63013")
                                                << "user_impersonation" << Type::Delegated << RiskLevel::High;
    // Highest impact, delegated or application.
    QTest::newRow("RoleManagement.ReadWrite.Directory")
        << kGraph << "RoleManagement.ReadWrite.Directory" << Type::Delegated << RiskLevel::Critical;
    QTest::newRow("AppRoleAssignment app")
        << kGraph << "AppRoleAssignment.ReadWrite.All" << Type::Application << RiskLevel::Critical;
    // Application permissions on mail reach every mailbox.
    QTest::newRow("Mail.Read app") << kGraph << "Mail.Read" << Type::Application << RiskLevel::Critical;
    QTest::newRow("Calendars.Read app") << kGraph << "Calendars.Read" << Type::Application << RiskLevel::High;
    QTest::newRow("full_access_as_app") << kExchange << "full_access_as_app" << Type::Application
                                        << RiskLevel::Critical;
    QTest::newRow("Sites.Selected app beats Sites.*")
        << kGraph << "Sites.Selected" << Type::Application << RiskLevel::Medium;
    // Unknown permissions: delegated stays unranked; application falls back by write access.
    QTest::newRow("unknown delegated") << kGraph << "Bookings.Read.All" << Type::Delegated << RiskLevel::Unranked;
    QTest::newRow("unknown app read") << kGraph << "Bookings.Read.All" << Type::Application << RiskLevel::Medium;
    QTest::newRow("unknown app write") << kGraph << "Bookings.ReadWrite.All" << Type::Application << RiskLevel::High;
    QTest::newRow("case-insensitive") << kGraph << "mail.read" << Type::Delegated << RiskLevel::High;
}

void TestRiskCatalog::levels()
{
    QFETCH(QString, resource);
    QFETCH(QString, claim);
    QFETCH(RiskCatalog::PermissionType, type);
    QFETCH(RiskLevel, expected);
    const auto a = RiskCatalog::builtIn().assess(resource, claim, type);
    QCOMPARE(Risk::toKey(a.level), Risk::toKey(expected));
    if (a.level != RiskLevel::Unranked) {
        QVERIFY2(!a.reason.isEmpty(), "every ranking says why");
    }
}

void TestRiskCatalog::applicationAboveDelegatedTwin()
{
    const auto& c = RiskCatalog::builtIn();
    for (const char* claim :
         {"User.Read.All", "Directory.Read.All", "Group.Read.All", "Calendars.ReadWrite", "Tasks.Read"}) {
        const auto delegated = c.assess(kGraph, QString::fromLatin1(claim), Type::Delegated);
        const auto application = c.assess(kGraph, QString::fromLatin1(claim), Type::Application);
        QVERIFY2(application.level > delegated.level || application.level == RiskLevel::Critical, claim);
    }
    const auto app = c.assess(kGraph, QStringLiteral("User.Read.All"), Type::Application);
    QVERIFY(app.reason.contains(QStringLiteral("without a signed-in user")));
}

void TestRiskCatalog::highestOfAGrant()
{
    const auto a = RiskCatalog::builtIn().highest(kGraph,
                                                  {QStringLiteral("openid"),
                                                   QStringLiteral("User.Read"),
                                                   QStringLiteral("Mail.Send"),
                                                   QStringLiteral("Calendars.Read")},
                                                  Type::Delegated);
    QCOMPARE(a.level, RiskLevel::High);
    QCOMPARE(a.rule, QStringLiteral("Mail.*"));
}

void TestRiskCatalog::overridesWin()
{
    RiskCatalog c = RiskCatalog::builtIn();
    QString error;
    QVERIFY2(
        c.loadOverrides(
            R"({"rules":[{"permission":"Calendars.Read","type":"application","level":"low","reason":"Scoped by our access policy"},
                                         {"permission":"Bookings.*","type":"delegated","level":"critical","reason":"Ours"}]})",
            &error),
        qPrintable(error));
    const auto cal = c.assess(kGraph, QStringLiteral("Calendars.Read"), Type::Application);
    QCOMPARE(cal.level, RiskLevel::Low);
    QVERIFY(cal.fromOverride);
    QCOMPARE(cal.reason, QStringLiteral("Scoped by our access policy"));
    QCOMPARE(c.assess(kGraph, QStringLiteral("Bookings.Read.All"), Type::Delegated).level, RiskLevel::Critical);
    // Built-in rules still apply elsewhere.
    QCOMPARE(c.assess(kGraph, QStringLiteral("Mail.Read"), Type::Delegated).level, RiskLevel::High);
}

void TestRiskCatalog::badCatalogsAreRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{oops");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no permission") << QByteArray(R"({"rules":[{"level":"high"}]})");
    QTest::newRow("bad level") << QByteArray(R"({"rules":[{"permission":"X","level":"severe"}]})");
    QTest::newRow("bad type") << QByteArray(R"({"rules":[{"permission":"X","type":"both","level":"low"}]})");
}

void TestRiskCatalog::badCatalogsAreRejected()
{
    QFETCH(QByteArray, json);
    RiskCatalog c = RiskCatalog::builtIn();
    const int before = c.ruleCount();
    QString error;
    QVERIFY(!c.loadOverrides(json, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(c.ruleCount(), before); // nothing half-loaded

    // Preferences shows the reason ("This file cannot be used: …"): in the GUI's language.
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QString translated;
    QVERIFY(!c.loadOverrides(json, &translated));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(MarkingTranslator::isMarked(translated), qPrintable(translated));
}

void TestRiskCatalog::appTrust()
{
    const auto& c = RiskCatalog::builtIn();
    const auto ms = c.appTrust(QStringLiteral("F8CDEF31-A31E-4B4A-93E4-5F571E91255A"), QString());
    QVERIFY(ms.microsoftFirstParty);
    QVERIFY(!ms.verifiedPublisher);
    const auto vendor = c.appTrust(QStringLiteral("0b2b3e43-7e4e-4a0b-9c1e-1b2d3c4e5f60"), QStringLiteral("1234567"));
    QVERIFY(!vendor.microsoftFirstParty);
    QVERIFY(vendor.verifiedPublisher);
}

void TestRiskCatalog::levelKeysRoundTrip()
{
    for (RiskLevel level :
         {RiskLevel::Unranked, RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::Critical}) {
        bool ok = false;
        QCOMPARE(Risk::fromKey(Risk::toKey(level), &ok), level);
        QVERIFY(ok);
        QVERIFY(!Risk::displayName(level).isEmpty());
    }
    bool ok = true;
    Risk::fromKey(QStringLiteral("bogus"), &ok);
    QVERIFY(!ok);
    QVERIFY(RiskLevel::Critical > RiskLevel::High);
}

QTEST_GUILESS_MAIN(TestRiskCatalog)
#include "TestRiskCatalog.moc"
