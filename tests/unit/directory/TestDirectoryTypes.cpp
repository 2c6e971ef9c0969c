#include "directory/AppRoleAssignment.h"
#include "directory/ConsentRequest.h"
#include "directory/PermissionGrant.h"
#include "directory/ServicePrincipal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestDirectoryTypes : public QObject
{
    Q_OBJECT

private slots:
    void servicePrincipalParsesPermissions();
    void grantScopesSplitOnAnyWhitespace();
    void consentRequestAggregatesUserRequests();
    void consentRequestStaticHasNoScopes();
};

void TestDirectoryTypes::servicePrincipalParsesPermissions()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "@odata.context": "x", "id": "sp1", "appId": "00000003-0000-0000-c000-000000000000",
        "displayName": "Microsoft Graph", "accountEnabled": false,
        "verifiedPublisher": {"verifiedPublisherId": "123"},
        "appRoles": [{"id": "r1", "value": "Mail.Read", "allowedMemberTypes": ["Application"], "isEnabled": true,
                      "displayName": "Read mail", "description": "Reads all mail"},
                     {"id": "r2", "value": "Employee", "allowedMemberTypes": ["User"]}],
        "oauth2PermissionScopes": [{"id": "s1", "value": "Mail.Read", "type": "User",
                                    "adminConsentDisplayName": "Read user mail"},
                                   {"id": "s2", "value": "Directory.Read.All", "type": "Admin"}]
    })")
                                 .object();
    const ServicePrincipal sp = ServicePrincipal::fromJson(json);
    QCOMPARE(sp.id, QStringLiteral("sp1"));
    QVERIFY(!sp.accountEnabled);
    QCOMPARE(sp.verifiedPublisherId, QStringLiteral("123"));
    QVERIFY(!sp.raw.contains(QStringLiteral("@odata.context")));
    QVERIFY(sp.appRoleByValue(QStringLiteral("mail.read"))->allowsApplications());
    QVERIFY(!sp.appRoleByValue(QStringLiteral("Employee"))->allowsApplications());
    QCOMPARE(sp.appRoleById(QStringLiteral("R1"))->value, QStringLiteral("Mail.Read"));
    QVERIFY(!sp.scopeByValue(QStringLiteral("Mail.Read"))->adminConsentRequired());
    QVERIFY(sp.scopeByValue(QStringLiteral("directory.read.all"))->adminConsentRequired());
    QVERIFY(!sp.scopeByValue(QStringLiteral("Nope")));
}

void TestDirectoryTypes::grantScopesSplitOnAnyWhitespace()
{
    const PermissionGrant g = PermissionGrant::fromJson(QJsonObject {
        {QStringLiteral("id"), QStringLiteral("g")},
        {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
        {QStringLiteral("scope"), QStringLiteral(" User.Read  Mail.Read\tCalendars.Read ")},
    });
    QCOMPARE(g.scopes, (QStringList {"User.Read", "Mail.Read", "Calendars.Read"}));
    QVERIFY(g.isAllPrincipals());
    QVERIFY(g.hasScope(QStringLiteral("mail.read")));
    const AppRoleAssignment a = AppRoleAssignment::fromJson(QJsonObject {
        {QStringLiteral("appRoleId"), QStringLiteral("r")}, {QStringLiteral("resourceId"), QStringLiteral("x")}});
    QCOMPARE(a.appRoleId, QStringLiteral("r"));
}

void TestDirectoryTypes::consentRequestAggregatesUserRequests()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "id": "req", "appId": "a", "appDisplayName": "App", "consentType": "Dynamic",
        "pendingScopes": [{"displayName": "User.Read"}, {"displayName": " Mail.Read "}],
        "userConsentRequests": [
          {"id": "1", "status": "Completed", "createdDateTime": "2026-10-01T08:00:00Z",
           "createdBy": {"user": {"userPrincipalName": "a@x"}}},
          {"id": "2", "status": "InProgress", "reason": "why", "createdDateTime": "2026-11-12T10:30:00Z",
           "createdBy": {"user": {"userPrincipalName": "b@x", "displayName": "B"}}}]
    })")
                                 .object();
    ConsentRequest r = ConsentRequest::fromJson(json);
    QCOMPARE(r.pendingScopes, (QStringList {"User.Read", "Mail.Read"}));
    QCOMPARE(r.status(), QStringLiteral("InProgress"));
    QCOMPARE(r.openRequestCount(), 1);
    QCOMPARE(r.requesters(), (QStringList {"b@x", "a@x"}));
    QCOMPARE(r.latestRequest(), QDateTime(QDate(2026, 11, 12), QTime(10, 30), Qt::UTC));
    QVERIFY(!r.nextExpiry().isValid()); // unknown until the policy's duration is applied
    r.userRequests[1].expiresAt = r.userRequests[1].createdDateTime.addDays(30);
    QCOMPARE(r.nextExpiry(), QDateTime(QDate(2026, 12, 12), QTime(10, 30), Qt::UTC));
    r.userRequests[1].status = QStringLiteral("Expired");
    QCOMPARE(r.status(), QStringLiteral("Completed"));
}

void TestDirectoryTypes::consentRequestStaticHasNoScopes()
{
    const ConsentRequest r = ConsentRequest::fromJson(QJsonObject {
        {QStringLiteral("id"), QStringLiteral("s")},
        {QStringLiteral("consentType"), QStringLiteral("Static")},
        {QStringLiteral("pendingScopes"), QJsonArray()},
    });
    QVERIFY(r.isStatic());
    QVERIFY(r.pendingScopes.isEmpty());
    QCOMPARE(r.status(), QString());
}

QTEST_GUILESS_MAIN(TestDirectoryTypes)
#include "TestDirectoryTypes.moc"
