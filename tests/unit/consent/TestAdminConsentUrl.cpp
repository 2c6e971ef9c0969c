#include "PlannerFixtures.h"
#include "consent/AdminConsentUrl.h"
#include "consent/EntraAdminCenter.h"

#include <QTest>
#include <QUrlQuery>

using namespace PlannerFixtures;

class TestAdminConsentUrl : public QObject
{
    Q_OBJECT

private slots:
    void buildsV2Url();
    void refusesCommonAndBadInput();
    void scopesFromPermissions();
    void scopesFromRequest();
    void parsesResponse();
    void legacyAndPortalLinks();
};

void TestAdminConsentUrl::buildsV2Url()
{
    AdminConsentUrl::Parameters p;
    p.tenant = QStringLiteral("11111111-2222-4333-8444-555555555555");
    p.clientId = QStringLiteral("D6FDD1C8-C917-5E77-B524-C3F607B74ABF");
    p.scopes = {QStringLiteral("https://graph.microsoft.com/Calendars.Read"), QStringLiteral("offline_access")};
    p.redirectUri = QUrl(QStringLiteral("http://localhost:53100/consent"));
    p.state = QStringLiteral("st&ate");
    const QUrl url = AdminConsentUrl::build(p);
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0/adminconsent"
                            "?client_id=d6fdd1c8-c917-5e77-b524-c3f607b74abf"
                            "&scope=https%3A%2F%2Fgraph.microsoft.com%2FCalendars.Read%20offline_access"
                            "&redirect_uri=http%3A%2F%2Flocalhost%3A53100%2Fconsent&state=st%26ate"));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("https://graph.microsoft.com/Calendars.Read offline_access"));

    p.authority = QUrl(QStringLiteral("http://127.0.0.1:8080/")); // the sandbox
    p.redirectUri.clear();
    p.state.clear();
    QCOMPARE(AdminConsentUrl::build(p).toString(QUrl::FullyEncoded),
             QStringLiteral("http://127.0.0.1:8080/11111111-2222-4333-8444-555555555555/v2.0/adminconsent"
                            "?client_id=d6fdd1c8-c917-5e77-b524-c3f607b74abf"
                            "&scope=https%3A%2F%2Fgraph.microsoft.com%2FCalendars.Read%20offline_access"));
}

void TestAdminConsentUrl::refusesCommonAndBadInput()
{
    AdminConsentUrl::Parameters p;
    p.clientId = ClientAppId;
    p.scopes = {QStringLiteral("User.Read")};
    QString error;
    for (const QString& tenant :
         {QStringLiteral("common"), QStringLiteral("Consumers"), QString(), QStringLiteral("a/b")}) {
        p.tenant = tenant;
        error.clear();
        QVERIFY(AdminConsentUrl::build(p, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
    p.tenant = QStringLiteral("organizations");
    QVERIFY(!AdminConsentUrl::build(p).isEmpty());
    p.tenant = QStringLiteral("contoso.onmicrosoft.com");
    QVERIFY(!AdminConsentUrl::build(p).isEmpty());
    p.clientId = QStringLiteral("not-a-guid");
    QVERIFY(AdminConsentUrl::build(p).isEmpty());
    p.clientId = ClientAppId;
    p.scopes.clear();
    QVERIFY(AdminConsentUrl::build(p).isEmpty());
}

void TestAdminConsentUrl::scopesFromPermissions()
{
    const Permission hr = permission(QStringLiteral("a7442521-ccff-5878-ba52-1fb4a75544b4"),
                                     HrSpId,
                                     QStringLiteral("Contoso HR API"),
                                     QStringLiteral("HR.Read"),
                                     Permission::Type::Delegated);
    const QStringList scopes
        = AdminConsentUrl::scopesFor({graphDelegated(QStringLiteral("Calendars.Read")),
                                      graphDelegated(QStringLiteral("openid")),
                                      graphApplication(QStringLiteral("Mail.Read"), QStringLiteral("r")),
                                      graphApplication(QStringLiteral("User.Read.All"), QStringLiteral("s")),
                                      hr});
    QCOMPARE(scopes,
             (QStringList {"https://graph.microsoft.com/Calendars.Read",
                           "openid",
                           "https://graph.microsoft.com/.default",
                           "a7442521-ccff-5878-ba52-1fb4a75544b4/HR.Read"}));
    QCOMPARE(AdminConsentUrl::scopesFor({graphDelegated(QStringLiteral("User.Read"))},
                                        QStringLiteral("https://graph.microsoft.us/")),
             QStringList {"https://graph.microsoft.us/User.Read"});
}

void TestAdminConsentUrl::scopesFromRequest()
{
    ConsentRequest r;
    r.pendingScopes
        = {QStringLiteral("Calendars.Read"), QStringLiteral("offline_access"), QStringLiteral("api://hr/HR.Read")};
    QCOMPARE(AdminConsentUrl::scopesFor(r),
             (QStringList {"https://graph.microsoft.com/Calendars.Read", "offline_access", "api://hr/HR.Read"}));
    ConsentRequest staticRequest;
    staticRequest.consentType = QStringLiteral("Static");
    QCOMPARE(AdminConsentUrl::scopesFor(staticRequest), QStringList {"https://graph.microsoft.com/.default"});
}

void TestAdminConsentUrl::parsesResponse()
{
    auto ok = AdminConsentUrl::parseResponse(
        QUrl(QStringLiteral("http://localhost/?admin_consent=True&tenant=t&scope=x%20y&state=abc")),
        QStringLiteral("abc"));
    QVERIFY(ok.adminConsent);
    QCOMPARE(ok.scope, QStringLiteral("x y"));
    auto forged = AdminConsentUrl::parseResponse(
        QUrl(QStringLiteral("http://localhost/?admin_consent=True&state=other")), QStringLiteral("abc"));
    QVERIFY(!forged.adminConsent);
    QVERIFY(!forged.stateMatches);
    auto denied = AdminConsentUrl::parseResponse(
        QUrl(QStringLiteral(
            "http://localhost/"
            "?admin_consent=True&error=consent_required&error_description=AADSTS65004%3A%20x&state=abc")),
        QStringLiteral("abc"));
    QVERIFY(!denied.adminConsent);
    QCOMPARE(denied.error, QStringLiteral("consent_required"));
    QVERIFY(denied.errorDescription.startsWith(QStringLiteral("AADSTS65004")));
}

void TestAdminConsentUrl::legacyAndPortalLinks()
{
    QCOMPARE(
        AdminConsentUrl::legacy(
            QUrl(QStringLiteral("https://login.microsoftonline.com")), QStringLiteral("contoso.com"), ClientAppId)
            .toString(),
        QStringLiteral("https://login.microsoftonline.com/contoso.com/adminconsent?client_id=%1").arg(ClientAppId));
    QVERIFY(EntraAdminCenter::consentRequestsUrl().toString().startsWith(
        QStringLiteral("https://entra.microsoft.com/#view/")));
    QVERIFY(EntraAdminCenter::applicationPermissionsUrl(ClientSpId, ClientAppId).toString().contains(ClientSpId));
    QVERIFY(EntraAdminCenter::applicationPermissionsUrl(QStringLiteral("x/../y"), ClientAppId).isEmpty());
    QVERIFY(EntraAdminCenter::denyNotPossibleText().contains(QStringLiteral("Entra admin center")));
}

QTEST_GUILESS_MAIN(TestAdminConsentUrl)
#include "TestAdminConsentUrl.moc"
