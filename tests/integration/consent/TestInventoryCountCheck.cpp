#include "TestHttpServer.h"
#include "consent/TenantInventoryLoader.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

// Graph's known paging trouble with oauth2PermissionGrants (items missing or repeated across pages) cannot be produced
// by the sandbox, so a scripted server plays a Graph that loses and repeats grants: the inventory must say so.
class TestInventoryCountCheck : public QObject
{
    Q_OBJECT

private slots:
    void lostAndRepeatedGrantsAreReported();
};

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject grant(const QString& id, const QString& user)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("clientId"), QStringLiteral("client-sp")},
                        {QStringLiteral("consentType"), QStringLiteral("Principal")},
                        {QStringLiteral("principalId"), user},
                        {QStringLiteral("resourceId"), QStringLiteral("graph-sp")},
                        {QStringLiteral("scope"), QStringLiteral("User.Read")}};
}

} // namespace

void TestInventoryCountCheck::lostAndRepeatedGrantsAreReported()
{
    TestHttpServer server;
    QVERIFY(server.listenOnLoopback());
    const QByteArray base = server.baseUrl().toEncoded();
    server.setHandler([base](const TestHttpServer::Request& r) {
        const QString path = r.url().path();
        const QString query = r.url().query(QUrl::FullyDecoded);
        if (path == QLatin1String("/v1.0/servicePrincipals")) {
            const QJsonObject graph {{QStringLiteral("id"), QStringLiteral("graph-sp")},
                                     {QStringLiteral("appId"), QStringLiteral("00000003-0000-0000-c000-000000000000")},
                                     {QStringLiteral("displayName"), QStringLiteral("Microsoft Graph")},
                                     {QStringLiteral("appRoles"),
                                      QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("role-mail")},
                                                               {QStringLiteral("value"), QStringLiteral("Mail.Read")},
                                                               {QStringLiteral("allowedMemberTypes"),
                                                                QJsonArray {QStringLiteral("Application")}}}}}};
            const QJsonObject client {{QStringLiteral("id"), QStringLiteral("client-sp")},
                                      {QStringLiteral("appId"), QStringLiteral("client-app")},
                                      {QStringLiteral("displayName"), QStringLiteral("Litware")}};
            return TestHttpServer::Response::json(
                200,
                json({{QStringLiteral("@odata.count"), 2}, {QStringLiteral("value"), QJsonArray {graph, client}}}));
        }
        if (path == QLatin1String("/v1.0/oauth2PermissionGrants")) {
            if (!query.contains(QStringLiteral("$skiptoken"))) {
                return TestHttpServer::Response::json(
                    200,
                    json({{QStringLiteral("@odata.count"), 5},
                          {QStringLiteral("value"),
                           QJsonArray {grant(QStringLiteral("g1"), QStringLiteral("u1")),
                                       grant(QStringLiteral("g2"), QStringLiteral("u2"))}},
                          {QStringLiteral("@odata.nextLink"),
                           QString::fromLatin1(base + "/v1.0/oauth2PermissionGrants?$skiptoken=page2")}}));
            }
            // Page two repeats g2 and never sends g4 and g5.
            return TestHttpServer::Response::json(
                200,
                json({{QStringLiteral("value"),
                       QJsonArray {grant(QStringLiteral("g2"), QStringLiteral("u2")),
                                   grant(QStringLiteral("g3"), QStringLiteral("u3"))}}}));
        }
        if (path == QLatin1String("/v1.0/servicePrincipals/graph-sp/appRoleAssignedTo")) {
            const QJsonObject a {{QStringLiteral("id"), QStringLiteral("a1")},
                                 {QStringLiteral("appRoleId"), QStringLiteral("role-mail")},
                                 {QStringLiteral("principalId"), QStringLiteral("client-sp")},
                                 {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")},
                                 {QStringLiteral("resourceId"), QStringLiteral("graph-sp")}};
            return TestHttpServer::Response::json(
                200, json({{QStringLiteral("@odata.count"), 1}, {QStringLiteral("value"), QJsonArray {a}}}));
        }
        return TestHttpServer::Response::json(404, R"({"error":{"code":"Request_ResourceNotFound","message":"no"}})");
    });

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    StaticTokenProvider tokens;
    tokens.setToken(TokenResource::Graph, "test-token");
    GraphClient client;
    client.setNetworkAccessManager(&nam);
    client.setTokenProvider(&tokens);
    client.setEndpoints({server.baseUrl(), {}, {}});
    TenantInventoryLoader loader(&client);
    QSignalSpy finished(&loader, &TenantInventoryLoader::finished);
    QVERIFY(loader.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const TenantInventory inv = finished.first().first().value<TenantInventory>();
    QVERIFY2(!inv.error.isError(), qPrintable(inv.error.summary()));

    QVERIFY(inv.hasMismatch());
    const TenantInventory::CountCheck grants = inv.countChecks.at(1);
    QCOMPARE(grants.collection, QStringLiteral("oauth2PermissionGrants"));
    QCOMPARE(grants.received, 3);
    QCOMPARE(grants.duplicates, 1);
    QCOMPARE(grants.reported, 5);
    QCOMPARE(inv.mismatches().size(), 1);
    QVERIFY(inv.mismatches().first().contains(QStringLiteral("oauth2PermissionGrants")));
    // The repeated grant is counted once.
    const AppSummary* litware = inv.app(QStringLiteral("client-sp"));
    QVERIFY(litware);
    QCOMPARE(litware->userGrants, 3);
    QCOMPARE(litware->users, 3);
    QCOMPARE(litware->applicationPermissions, 1);
    QCOMPARE(litware->highestRiskPermission, QStringLiteral("Mail.Read (Application)"));
    // $count asked for on every list, and ConsistencyLevel re-sent on page two (Graph does not carry it over).
    int grantPages = 0;
    for (const auto& r : server.requests()) {
        if (r.url().path() == QLatin1String("/v1.0/oauth2PermissionGrants")) {
            ++grantPages;
            QCOMPARE(r.header("ConsistencyLevel"), QByteArray("eventual"));
        }
    }
    QCOMPARE(grantPages, 2);
}

QTEST_GUILESS_MAIN(TestInventoryCountCheck)
#include "TestInventoryCountCheck.moc"
