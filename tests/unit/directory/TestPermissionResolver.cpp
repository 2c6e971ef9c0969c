#include "directory/PermissionResolver.h"
#include "risk/RiskCatalog.h"

#include <QJsonDocument>
#include <QTest>

class TestPermissionResolver : public QObject
{
    Q_OBJECT

private slots:
    void requestedScopesMapToResources_data();
    void requestedScopesMapToResources();
    void describesDelegatedScope();
    void describesApplicationRole();
    void userOnlyRoleIsNotAnApplicationPermission();
    void unpublishedClaimIsMarked();
    void unresolvedKeepsWhatIsKnown();

private:
    static ServicePrincipal graph();
};

ServicePrincipal TestPermissionResolver::graph()
{
    return ServicePrincipal::fromJson(QJsonDocument::fromJson(R"({
        "id": "g-sp", "appId": "00000003-0000-0000-c000-000000000000", "displayName": "Microsoft Graph",
        "appRoles": [{"id": "role-mail", "value": "Mail.Read", "allowedMemberTypes": ["Application"],
                      "displayName": "Read mail in all mailboxes", "description": "Reads every mailbox"},
                     {"id": "role-user", "value": "Employee", "allowedMemberTypes": ["User"]}],
        "oauth2PermissionScopes": [{"id": "scope-mail", "value": "Mail.Read", "type": "User",
                                    "adminConsentDisplayName": "Read user mail",
                                    "adminConsentDescription": "Reads the signed-in user's mail"},
                                   {"id": "scope-dir", "value": "Directory.Read.All", "type": "Admin"}]
    })")
                                          .object());
}

void TestPermissionResolver::requestedScopesMapToResources_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("value");
    const int appId = int(ServicePrincipalCache::Key::Kind::AppId);
    const int name = int(ServicePrincipalCache::Key::Kind::Name);
    const QString graphAppId = PermissionResolver::MicrosoftGraphAppId;
    QTest::newRow("bare") << "Mail.Read" << appId << graphAppId << "Mail.Read";
    QTest::newRow("oidc") << "offline_access" << appId << graphAppId << "offline_access";
    QTest::newRow("graph uri") << "https://graph.microsoft.com/Calendars.Read" << appId << graphAppId
                               << "Calendars.Read";
    QTest::newRow("us gov graph") << "https://graph.microsoft.us/User.Read" << appId << graphAppId << "User.Read";
    QTest::newRow("other api") << "api://contoso-hr/HR.Read" << name << "api://contoso-hr"
                               << "HR.Read";
    QTest::newRow("https api") << "https://contoso.com/hr/HR.Read" << name << "https://contoso.com/hr"
                               << "HR.Read";
}

void TestPermissionResolver::requestedScopesMapToResources()
{
    QFETCH(QString, scope);
    QFETCH(int, kind);
    QFETCH(QString, resource);
    QFETCH(QString, value);
    const auto ref = PermissionResolver::fromRequestedScope(scope);
    QCOMPARE(int(ref.resource.kind), kind);
    QCOMPARE(ref.resource.value, resource);
    QCOMPARE(ref.value, value);
    QCOMPARE(ref.type, Permission::Type::Delegated);
}

void TestPermissionResolver::describesDelegatedScope()
{
    const Permission p = PermissionResolver::describe(
        graph(), QStringLiteral("mail.read"), Permission::Type::Delegated, RiskCatalog::builtIn());
    QCOMPARE(p.value, QStringLiteral("Mail.Read")); // the published spelling
    QCOMPARE(p.resourceDisplayName, QStringLiteral("Microsoft Graph"));
    QCOMPARE(p.resourceId, QStringLiteral("g-sp"));
    QCOMPARE(p.permissionId, QStringLiteral("scope-mail"));
    QCOMPARE(p.displayName, QStringLiteral("Read user mail"));
    QCOMPARE(p.description, QStringLiteral("Reads the signed-in user's mail"));
    QVERIFY(p.published);
    QVERIFY(!p.adminConsentRequired);
    const Permission dir = PermissionResolver::describe(
        graph(), QStringLiteral("Directory.Read.All"), Permission::Type::Delegated, RiskCatalog::builtIn());
    QVERIFY(dir.adminConsentRequired);
}

void TestPermissionResolver::describesApplicationRole()
{
    const Permission p = PermissionResolver::describe(
        graph(), QStringLiteral("Mail.Read"), Permission::Type::Application, RiskCatalog::builtIn());
    QCOMPARE(p.permissionId, QStringLiteral("role-mail"));
    QCOMPARE(p.displayName, QStringLiteral("Read mail in all mailboxes"));
    QVERIFY(p.adminConsentRequired);
    QVERIFY(p.published);
    // The catalog ranks application mail access above its delegated twin.
    const Permission delegated = PermissionResolver::describe(
        graph(), QStringLiteral("Mail.Read"), Permission::Type::Delegated, RiskCatalog::builtIn());
    QVERIFY(int(p.risk) >= int(delegated.risk));
    QVERIFY(p.risk != RiskLevel::Unranked);
}

void TestPermissionResolver::userOnlyRoleIsNotAnApplicationPermission()
{
    const Permission p = PermissionResolver::describe(
        graph(), QStringLiteral("Employee"), Permission::Type::Application, RiskCatalog::builtIn());
    QVERIFY(!p.published);
    QVERIFY(p.permissionId.isEmpty());
}

void TestPermissionResolver::unpublishedClaimIsMarked()
{
    const Permission p = PermissionResolver::describe(
        graph(), QStringLiteral("Made.Up"), Permission::Type::Delegated, RiskCatalog::builtIn());
    QVERIFY(!p.published);
    QCOMPARE(p.displayName, QStringLiteral("Made.Up"));
    QVERIFY(p.adminConsentRequired); // unknown: assume the stricter
}

void TestPermissionResolver::unresolvedKeepsWhatIsKnown()
{
    const auto ref = PermissionResolver::fromRequestedScope(QStringLiteral("openid"));
    const Permission p = PermissionResolver::unresolved(ref, RiskCatalog::builtIn());
    QCOMPARE(p.resourceAppId, PermissionResolver::MicrosoftGraphAppId);
    QCOMPARE(p.resourceDisplayName, QStringLiteral("Microsoft Graph"));
    QVERIFY(p.resourceId.isEmpty());
    QVERIFY(!p.adminConsentRequired);
}

QTEST_GUILESS_MAIN(TestPermissionResolver)
#include "TestPermissionResolver.moc"
