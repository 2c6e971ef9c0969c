// Scope composition: one resource per request, least privilege at sign-in, reasons for every write permission.
#include "auth/CloudEnvironment.h"
#include "auth/ConsentDeskScopes.h"

#include <QTest>

class TestConsentDeskScopes : public QObject
{
    Q_OBJECT

private slots:
    void readSetHasNoWriteScope();
    void neverTwoResourcesInOneRequest();
    void graphScopesAreFullUris();
    void exchangeRequest();
    void nationalCloudResources();
    void writeScopesHaveReasons();
    void missingPermissions();
    void capabilityScopes();
    void resourceParsing();
};

void TestConsentDeskScopes::readSetHasNoWriteScope()
{
    const QStringList request = ConsentDeskScopes::graphRequest(QStringLiteral("https://graph.microsoft.com"));
    for (const QString& scope : request) {
        QVERIFY2(!scope.contains(QLatin1String("ReadWrite")), qPrintable(scope));
        QVERIFY2(!scope.contains(QLatin1String(".default")), qPrintable(scope));
    }
    for (const auto& p : ConsentDeskScopes::graphRead()) {
        QVERIFY(!p.write);
        QVERIFY(!p.reason.isEmpty());
    }
    // OIDC + a refresh token.
    for (const char* oidc : {"openid", "profile", "offline_access"}) {
        QVERIFY(request.contains(QLatin1String(oidc)));
    }
    QVERIFY(!request.contains(QStringLiteral("email"))); // the mail address comes from /me
    QVERIFY(request.contains(QStringLiteral("https://graph.microsoft.com/User.Read")));
    QVERIFY(request.contains(QStringLiteral("https://graph.microsoft.com/Directory.Read.All")));
    QVERIFY(request.contains(QStringLiteral("https://graph.microsoft.com/ConsentRequest.Read.All")));
    QVERIFY(request.contains(QStringLiteral("https://graph.microsoft.com/Policy.Read.All")));
    // Least privilege: nothing the read views do not need.
    QVERIFY(!request.join(QLatin1Char(' ')).contains(QLatin1String("AuditLog")));
}

void TestConsentDeskScopes::neverTwoResourcesInOneRequest()
{
    const QString graph = QStringLiteral("https://graph.microsoft.com");
    const QString exo = QStringLiteral("https://outlook.office365.com");
    const QStringList writes = ConsentDeskScopes::names(ConsentDeskScopes::graphWrite());
    const QList<QStringList> requests = {
        ConsentDeskScopes::graphRequest(graph),
        ConsentDeskScopes::graphRequest(graph, writes),
        ConsentDeskScopes::tokenRequest(TokenResource::Graph, graph, exo),
        ConsentDeskScopes::tokenRequest(TokenResource::Exchange, graph, exo),
    };
    for (const QStringList& request : requests) {
        QCOMPARE(ConsentDeskScopes::resourcesOf(request).size(), 1);
    }
    QCOMPARE(ConsentDeskScopes::resourcesOf(ConsentDeskScopes::tokenRequest(TokenResource::Exchange, graph, exo)),
             QStringList {exo});
    // The checker itself notices a mixed request.
    QCOMPARE(ConsentDeskScopes::resourcesOf({QStringLiteral("https://graph.microsoft.com/User.Read"),
                                             QStringLiteral("https://outlook.office365.com/.default")})
                 .size(),
             2);
}

void TestConsentDeskScopes::graphScopesAreFullUris()
{
    const QStringList request = ConsentDeskScopes::graphRequest(QStringLiteral("https://graph.microsoft.com/"));
    for (const QString& scope : request) {
        if (!ConsentDeskScopes::isOidcScope(scope)) {
            QVERIFY2(scope.startsWith(QLatin1String("https://graph.microsoft.com/")), qPrintable(scope));
            QVERIFY2(!scope.contains(QLatin1String(".com//")), qPrintable(scope));
        }
    }
}

void TestConsentDeskScopes::exchangeRequest()
{
    const QStringList request = ConsentDeskScopes::exchangeRequest(QStringLiteral("https://outlook.office365.com"));
    QCOMPARE(request,
             QStringList({QStringLiteral("https://outlook.office365.com/.default"), QStringLiteral("offline_access")}));
}

void TestConsentDeskScopes::nationalCloudResources()
{
    const auto gov = CloudEnvironment::fromName(QStringLiteral("usgov"));
    QVERIFY(gov);
    const QStringList request = ConsentDeskScopes::graphRequest(gov->graphResource());
    QVERIFY(request.contains(QStringLiteral("https://graph.microsoft.us/User.Read")));
    QCOMPARE(ConsentDeskScopes::exchangeRequest(gov->exchangeResource()).first(),
             QStringLiteral("https://outlook.office365.us/.default"));
    // The sandbox serves everything on loopback, but its tokens are for the global resources.
    const auto sandbox = CloudEnvironment::custom(QUrl(QStringLiteral("http://127.0.0.1:1234")),
                                                  QUrl(QStringLiteral("http://127.0.0.1:1234")),
                                                  QUrl(QStringLiteral("http://127.0.0.1:1234")));
    QCOMPARE(sandbox.graphResource(), QStringLiteral("https://graph.microsoft.com"));
}

void TestConsentDeskScopes::writeScopesHaveReasons()
{
    const auto writes = ConsentDeskScopes::graphWrite();
    QVERIFY(writes.size() >= 3);
    for (const auto& p : writes) {
        QVERIFY(p.write);
        QVERIFY2(p.reason.startsWith(QLatin1String("to ")), qPrintable(p.reason));
    }
    const auto grants = ConsentDeskScopes::graphPermission(QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"));
    QVERIFY(grants);
    QVERIFY(grants->reason.contains(QLatin1String("oauth2PermissionGrants")));
    QVERIFY(ConsentDeskScopes::graphPermission(
        QStringLiteral("https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All")));
    QVERIFY(!ConsentDeskScopes::graphPermission(QStringLiteral("Mail.Read")));
}

void TestConsentDeskScopes::missingPermissions()
{
    // A token answer lists scopes as full URIs or bare names, in any case.
    const QStringList granted = {QStringLiteral("https://graph.microsoft.com/user.read"),
                                 QStringLiteral("DelegatedPermissionGrant.ReadWrite.All openid")};
    QCOMPARE(ConsentDeskScopes::missing(granted,
                                        {QStringLiteral("User.Read"),
                                         QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
                                         QStringLiteral("AppRoleAssignment.ReadWrite.All")}),
             QStringList {QStringLiteral("AppRoleAssignment.ReadWrite.All")});
}

void TestConsentDeskScopes::capabilityScopes()
{
    using Kind = CapabilityMap::Kind;
    QVERIFY(ConsentDeskScopes::writeScopesFor(Kind::ReadRequests).isEmpty());
    QVERIFY(ConsentDeskScopes::writeScopesFor(Kind::GrantDelegated)
                .contains(QStringLiteral("DelegatedPermissionGrant.ReadWrite.All")));
    QVERIFY(ConsentDeskScopes::writeScopesFor(Kind::GrantApplication)
                .contains(QStringLiteral("AppRoleAssignment.ReadWrite.All")));
    for (Kind kind : CapabilityMap::kinds()) {
        for (const QString& name : ConsentDeskScopes::writeScopesFor(kind)) {
            QVERIFY2(ConsentDeskScopes::graphPermission(name), qPrintable(name)); // every one has a reason
        }
    }
}

void TestConsentDeskScopes::resourceParsing()
{
    QCOMPARE(ConsentDeskScopes::resourceOf(QStringLiteral("openid")), QString());
    QCOMPARE(ConsentDeskScopes::resourceOf(QStringLiteral("email")), QString());
    QCOMPARE(ConsentDeskScopes::resourceOf(QStringLiteral("User.Read")), QStringLiteral("https://graph.microsoft.com"));
    QCOMPARE(ConsentDeskScopes::resourceOf(QStringLiteral("https://outlook.office365.com/.default")),
             QStringLiteral("https://outlook.office365.com"));
    QCOMPARE(ConsentDeskScopes::withoutResource(QStringLiteral("https://graph.microsoft.com/User.Read")),
             QStringLiteral("User.Read"));
}

QTEST_GUILESS_MAIN(TestConsentDeskScopes)
#include "TestConsentDeskScopes.moc"
