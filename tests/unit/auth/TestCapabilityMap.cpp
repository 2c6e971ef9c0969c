// What each directory role may do in ConsentDesk, and the reason shown when it may not.
#include "auth/AccountInfo.h"
#include "auth/CapabilityMap.h"

#include <QTest>

using Kind = CapabilityMap::Kind;

class TestCapabilityMap : public QObject
{
    Q_OBJECT

private slots:
    void globalReaderWritesNothing();
    void cloudAppAdmin();
    void privilegedRoleAdmin();
    void globalAdminDoesEverything();
    void exchangeAdmin();
    void helpdeskAdmin();
    void noRoles();
    void rolesUnknown();
    void caseAndDuplicates();
    void fromAccountInfo();
};

void TestCapabilityMap::globalReaderWritesNothing()
{
    const auto map = CapabilityMap::fromRoleTemplateIds({CapabilityMap::GlobalReader});
    QVERIFY(map.allows(Kind::ReadInventory));
    QVERIFY(map.allows(Kind::ReadRequests));
    for (Kind kind : {Kind::GrantDelegated,
                      Kind::GrantApplication,
                      Kind::GrantApplicationOtherApis,
                      Kind::Revoke,
                      Kind::BlockApp,
                      Kind::EditPolicies,
                      Kind::EditUserConsentSettings,
                      Kind::ExchangeAccessPolicies}) {
        const auto c = map.capability(kind);
        QVERIFY2(!c.allowed, qPrintable(CapabilityMap::kindName(kind)));
        QVERIFY(c.reason.contains(QLatin1String("Your roles: Global Reader.")));
        QVERIFY(c.reason.startsWith(QLatin1String("Needs ")));
    }
}

void TestCapabilityMap::cloudAppAdmin()
{
    const auto map = CapabilityMap::fromRoleTemplateIds({CapabilityMap::CloudApplicationAdministrator});
    QVERIFY(map.allows(Kind::GrantDelegated));
    QVERIFY(map.allows(Kind::Revoke));
    QVERIFY(map.allows(Kind::ReadRequests));
    QVERIFY(map.grantApplication(false).allowed);
    const auto graphApp = map.grantApplication(true);
    QVERIFY(!graphApp.allowed);
    QCOMPARE(graphApp.reason,
             QStringLiteral("Needs Privileged Role Administrator or Global Administrator to grant Microsoft Graph "
                            "application permissions. Your roles: Cloud Application Administrator."));
    QVERIFY(!map.allows(Kind::ExchangeAccessPolicies));
}

void TestCapabilityMap::privilegedRoleAdmin()
{
    const auto map = CapabilityMap::fromRoleTemplateIds({CapabilityMap::PrivilegedRoleAdministrator});
    QVERIFY(map.allows(Kind::GrantApplication));
    QVERIFY(map.allows(Kind::GrantDelegated));
    QVERIFY(map.allows(Kind::EditUserConsentSettings));
    QVERIFY(!map.allows(Kind::ReadRequests)); // not a consent-request reader role
    QVERIFY(!map.allows(Kind::ExchangeAccessPolicies));
}

void TestCapabilityMap::globalAdminDoesEverything()
{
    const auto map = CapabilityMap::fromRoleTemplateIds({CapabilityMap::GlobalAdministrator});
    for (const auto& c : map.all()) {
        QVERIFY2(c.allowed, qPrintable(CapabilityMap::kindName(c.kind)));
        QVERIFY(c.reason.isEmpty());
    }
}

void TestCapabilityMap::exchangeAdmin()
{
    const auto map = CapabilityMap::fromRoleTemplateIds({CapabilityMap::ExchangeAdministrator});
    QVERIFY(map.allows(Kind::ExchangeAccessPolicies));
    QVERIFY(!map.allows(Kind::GrantDelegated));
}

void TestCapabilityMap::helpdeskAdmin()
{
    const auto map = CapabilityMap::fromRoleTemplateIds({CapabilityMap::HelpdeskAdministrator});
    QVERIFY(map.allows(Kind::ReadInventory));
    QVERIFY(!map.allows(Kind::ReadRequests));
    QVERIFY(!map.allows(Kind::Revoke));
    QVERIFY(map.capability(Kind::Revoke).reason.contains(QLatin1String("Helpdesk Administrator")));
}

void TestCapabilityMap::noRoles()
{
    const auto map = CapabilityMap::fromRoleTemplateIds({});
    for (const auto& c : map.all()) {
        QVERIFY(!c.allowed);
        QVERIFY(c.reason.contains(QLatin1String("no administrator role")));
    }
}

void TestCapabilityMap::rolesUnknown()
{
    const CapabilityMap map; // Graph could not say
    const auto c = map.capability(Kind::GrantDelegated);
    QVERIFY(!c.allowed);
    QVERIFY(c.reason.contains(QLatin1String("could not read your directory roles")));
}

void TestCapabilityMap::caseAndDuplicates()
{
    const auto map = CapabilityMap::fromRoleTemplateIds(
        {CapabilityMap::GlobalReader.toUpper(), CapabilityMap::GlobalReader, QStringLiteral("not-a-known-role")});
    QVERIFY(map.allows(Kind::ReadRequests));
    QCOMPARE(map.roleTemplateIds().size(), 2);
    QCOMPARE(map.capability(Kind::Revoke).reason.count(QLatin1String("Global Reader")), 1);
}

void TestCapabilityMap::fromAccountInfo()
{
    AccountInfo account;
    account.userObjectId = QStringLiteral("u1");
    account.rolesKnown = true;
    account.roles
        = {{QStringLiteral("r1"), CapabilityMap::ApplicationAdministrator, QStringLiteral("Application Administrator")},
           {QStringLiteral("r2"), CapabilityMap::GlobalReader, QStringLiteral("Global Reader")}};
    QVERIFY(account.capabilities().allows(Kind::GrantDelegated));
    QCOMPARE(account.roleNames(),
             QStringList({QStringLiteral("Application Administrator"), QStringLiteral("Global Reader")}));
}

QTEST_GUILESS_MAIN(TestCapabilityMap)
#include "TestCapabilityMap.moc"
