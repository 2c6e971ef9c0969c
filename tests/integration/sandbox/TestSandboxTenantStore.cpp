#include "SandboxTestEnvironment.h"
#include "TestPaths.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <ctime>

// TenantStore: loading fixtures (errors included), lookups, indexes, memberships, the consent request status change.
class TestSandboxTenantStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsMiniFixture();
    void rejectsBrokenFixtures();
    void lookups();
    void indexesFollowWrites();
    void memberships();
    void completeConsentRequests();
    void catalog();
    void exportLoadsBack();
    void demoFixturesLoad();
    void largeTenantLoadsFast();

private:
    TenantStore m_store;
};

void TestSandboxTenantStore::initTestCase()
{
    QString error;
    QVERIFY2(m_store.loadFile(SandboxTestEnvironment::miniFixture(), &error), qPrintable(error));
}

void TestSandboxTenantStore::loadsMiniFixture()
{
    QCOMPARE(m_store.tenantId(), QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QCOMPARE(m_store.count(QStringLiteral("users")), 28);
    QCOMPARE(m_store.count(QStringLiteral("servicePrincipals")), 11);
    QCOMPARE(m_store.count(QStringLiteral("oauth2PermissionGrants")), 12);
    QCOMPARE(m_store.count(QStringLiteral("appConsentRequests")), 3);
    QCOMPARE(m_store.clients().size(), 1);
    QVERIFY(m_store.client(QStringLiteral("ED8937E7-42b0-4264-9c09-91ad3d1b5f07")));
    // Navigation arrays are kept out of the served objects.
    const auto group = m_store.get(QStringLiteral("groups"), QStringLiteral("90160df2-2dd0-5160-8fd9-df9eb701cdc1"));
    QVERIFY(group && !group->contains(QStringLiteral("members")));
    const auto request
        = m_store.get(QStringLiteral("appConsentRequests"), QStringLiteral("7477bce9-c079-5805-9142-282bb6497c31"));
    QVERIFY(request && !request->contains(QStringLiteral("userConsentRequests")));
    QCOMPARE(m_store.userConsentRequests(QStringLiteral("7477bce9-c079-5805-9142-282bb6497c31")).size(), 2);
    QVERIFY(m_store.policy(QStringLiteral("adminConsentRequestPolicy")).value(QStringLiteral("isEnabled")).toBool());
    QCOMPARE(m_store.permissionGrantPolicies().size(), 2);
}

void TestSandboxTenantStore::rejectsBrokenFixtures()
{
    TenantStore store;
    QString error;
    QVERIFY(!store.load(QJsonObject {}, &error));
    QVERIFY(error.contains(QLatin1String("tenant")));
    const QJsonObject tenant {{QStringLiteral("id"), QStringLiteral("t")}};
    QVERIFY(!store.load(
        QJsonObject {{QStringLiteral("tenant"), tenant},
                     {QStringLiteral("users"), QJsonArray {QJsonObject {{QStringLiteral("displayName"), 1}}}}},
        &error));
    QVERIFY(error.contains(QLatin1String("no id")));
    const QJsonObject user {{QStringLiteral("id"), QStringLiteral("u")}};
    QVERIFY(!store.load(
        QJsonObject {{QStringLiteral("tenant"), tenant}, {QStringLiteral("users"), QJsonArray {user, user}}}, &error));
    QVERIFY(error.contains(QLatin1String("duplicate")));
    QVERIFY(!store.loadFile(QStringLiteral("/nonexistent/fixture.json"), &error));
}

void TestSandboxTenantStore::lookups()
{
    QVERIFY(m_store.userByIdOrUpn(QStringLiteral("ALEX.WILBER@mini.onmicrosoft.com")));
    QVERIFY(m_store.userByIdOrUpn(QStringLiteral("jordan.blake_fabrikam.com#EXT#@mini.onmicrosoft.com")));
    QVERIFY(m_store.userByIdOrUpn(QStringLiteral("AA5EA441-D51E-51E8-B802-AF60495828C9"))); // GUIDs ignore case
    QVERIFY(!m_store.userByIdOrUpn(QStringLiteral("nobody@mini.onmicrosoft.com")));
    const auto graph = m_store.servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-C000-000000000000"));
    QVERIFY(graph);
    QCOMPARE(graph->value(QStringLiteral("displayName")).toString(), QStringLiteral("Microsoft Graph"));
    const auto object = m_store.directoryObject(graph->value(QStringLiteral("id")).toString());
    QCOMPARE(object->value(QStringLiteral("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.servicePrincipal"));
    QCOMPARE(m_store.grantsByClient(QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076")).size(), 2);
    QCOMPARE(m_store.assignmentsByResource(QStringLiteral("e38dd14f-0271-5d1c-a631-edfc88434bf5")).size(), 3);
    QCOMPARE(m_store.directoryRoleTemplateIds(QStringLiteral("065b1050-0b8c-5a73-95e6-d6647e584c35")),
             QStringList {QStringLiteral("62e90394-69f5-4237-9190-012177145e10")});
    QVERIFY(m_store.appConsentRequestForApp(QStringLiteral("09593d3d-e729-5112-add1-1ae9fa2cf474")));
}

void TestSandboxTenantStore::indexesFollowWrites()
{
    TenantStore store;
    QVERIFY(store.loadFile(SandboxTestEnvironment::miniFixture()));
    const quint64 revision = store.revision();
    const QString grants = QStringLiteral("oauth2PermissionGrants");
    QJsonObject grant {{QStringLiteral("id"), TenantStore::newOpaqueId()},
                       {QStringLiteral("clientId"), QStringLiteral("c1")},
                       {QStringLiteral("resourceId"), QStringLiteral("r1")},
                       {QStringLiteral("principalId"), QJsonValue::Null},
                       {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                       {QStringLiteral("scope"), QStringLiteral("User.Read")}};
    QCOMPARE(grant.value(QStringLiteral("id")).toString().size(), 43);
    store.put(grants, grant);
    QVERIFY(store.revision() > revision);
    QCOMPARE(store.grantsByClient(QStringLiteral("C1")).size(), 1);
    grant.insert(QStringLiteral("clientId"), QStringLiteral("c2"));
    store.put(grants, grant);
    QCOMPARE(store.grantsByClient(QStringLiteral("c1")).size(), 0);
    QCOMPARE(store.grantsByClient(QStringLiteral("c2")).size(), 1);
    QCOMPARE(store.count(grants), 13); // replaced, not added
    QVERIFY(store.remove(grants, grant.value(QStringLiteral("id")).toString()));
    QCOMPARE(store.grantsByClient(QStringLiteral("c2")).size(), 0);
    QCOMPARE(store.count(grants), 12);
    QVERIFY(!store.remove(grants, QStringLiteral("missing")));
    // Insertion order is the listing order, and a replaced object keeps its place.
    const QList<QJsonObject> before = store.list(QStringLiteral("users"));
    QJsonObject first = before.first();
    first.insert(QStringLiteral("jobTitle"), QStringLiteral("Changed"));
    store.put(QStringLiteral("users"), first);
    QCOMPARE(store.list(QStringLiteral("users")).first().value(QStringLiteral("jobTitle")).toString(),
             QStringLiteral("Changed"));
}

void TestSandboxTenantStore::memberships()
{
    const QString sales = QStringLiteral("90160df2-2dd0-5160-8fd9-df9eb701cdc1");
    const QString emea = QStringLiteral("c4bbbc5b-82cb-5e29-b177-698d08a7aaa7");
    const QString adele = QStringLiteral("fa283865-c63a-5dc6-ac4d-856458d39fa8");
    QCOMPARE(m_store.memberIds(sales).size(), 3);
    QCOMPARE(m_store.transitiveMemberIds(sales).size(), 5); // 3 direct (one a group) + 2 via Sales EMEA
    QCOMPARE(m_store.directGroupIds(adele),
             (QStringList {emea, QStringLiteral("e39fc551-73ba-5d4a-ac2e-eb28ab515982")}));
    QVERIFY(m_store.transitiveGroupIds(adele).contains(sales));
    // Membership cycles terminate.
    TenantStore store;
    const QJsonObject fixture {
        {QStringLiteral("tenant"), QJsonObject {{QStringLiteral("id"), QStringLiteral("t")}}},
        {QStringLiteral("groups"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                                  {QStringLiteral("members"), QJsonArray {QStringLiteral("b")}}},
                     QJsonObject {{QStringLiteral("id"), QStringLiteral("b")},
                                  {QStringLiteral("members"), QJsonArray {QStringLiteral("a"), QStringLiteral("u")}}}}},
    };
    QVERIFY(store.load(fixture));
    QCOMPARE(store.transitiveMemberIds(QStringLiteral("a")), (QStringList {QStringLiteral("b"), QStringLiteral("u")}));
    QCOMPARE(store.transitiveGroupIds(QStringLiteral("u")), (QStringList {QStringLiteral("b"), QStringLiteral("a")}));
}

void TestSandboxTenantStore::completeConsentRequests()
{
    TenantStore store;
    QVERIFY(store.loadFile(SandboxTestEnvironment::miniFixture()));
    const QString tailspinApp = QStringLiteral("09593d3d-e729-5112-add1-1ae9fa2cf474");
    const QString request = QStringLiteral("9289597f-1c72-5cd7-9b33-46f0822f6b03");
    store.completeConsentRequests(tailspinApp, QStringLiteral("carlos.appadmin@mini.onmicrosoft.com"));
    for (const auto& r : store.userConsentRequests(request)) {
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        QVERIFY(!r.value(QStringLiteral("completedDateTime")).toString().isEmpty());
    }
    const auto completed = store.userConsentRequest(request, QStringLiteral("5e4d0dd0-4710-5a67-a71e-ec37809a1222"));
    const QJsonObject stage = completed->value(QStringLiteral("approval"))
                                  .toObject()
                                  .value(QStringLiteral("stages"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(stage.value(QStringLiteral("reviewResult")).toString(), QStringLiteral("Approve"));
    QCOMPARE(stage.value(QStringLiteral("reviewedBy")).toObject().value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("carlos.appadmin@mini.onmicrosoft.com"));
    // The one completed earlier keeps its date; an unknown app changes nothing.
    const auto earlier = store.userConsentRequest(request, QStringLiteral("486099e8-0557-50e9-ac04-416f39e942f6"));
    QCOMPARE(earlier->value(QStringLiteral("completedDateTime")).toString(), QStringLiteral("2026-10-03T12:00:00Z"));
    store.completeConsentRequests(QStringLiteral("00000000-1111-2222-3333-444444444444"), QString());
}

void TestSandboxTenantStore::catalog()
{
    // Apps from consent requests and from the fixture's service principals can be instantiated.
    QVERIFY(m_store.catalogApp(QStringLiteral("d6fdd1c8-c917-5e77-b524-c3f607b74abf")));
    QCOMPARE(m_store.catalogApp(QStringLiteral("d6fdd1c8-c917-5e77-b524-c3f607b74abf"))
                 ->value(QStringLiteral("displayName"))
                 .toString(),
             QStringLiteral("Fabrikam Sales Engage"));
    QVERIFY(m_store.catalogApp(QStringLiteral("00000003-0000-0000-c000-000000000000")));
    QVERIFY(!m_store.catalogApp(QStringLiteral("01234567-89ab-cdef-0123-456789abcdef")));
}

void TestSandboxTenantStore::exportLoadsBack()
{
    // GET /_sandbox/export (the fault matrix's final state): the tenant as it is now, in the shape load() reads —
    // writes, memberships, user consent requests and the classifications kept out of the served objects included.
    TenantStore store;
    QString error;
    QVERIFY2(store.loadFile(SandboxTestEnvironment::miniFixture(), &error), qPrintable(error));
    const QString grantId
        = store.list(QStringLiteral("oauth2PermissionGrants")).first().value(QStringLiteral("id")).toString();
    QVERIFY(store.remove(QStringLiteral("oauth2PermissionGrants"), grantId));
    const QString spId = store.list(QStringLiteral("servicePrincipals")).first().value(QStringLiteral("id")).toString();
    const QJsonObject classification {
        {QStringLiteral("id"), QStringLiteral("c1")},
        {QStringLiteral("permissionId"), QStringLiteral("e1fe6dd8-ba31-4d61-89e7-88639da4683d")},
        {QStringLiteral("permissionName"), QStringLiteral("User.Read")},
        {QStringLiteral("classification"), QStringLiteral("low")}};
    store.putClassification(spId, classification);

    const QJsonObject exported = store.toFixture();
    TenantStore again;
    QVERIFY2(again.load(exported, &error), qPrintable(error));
    QCOMPARE(again.toFixture(), exported);
    QCOMPARE(again.count(QStringLiteral("oauth2PermissionGrants")), 11);
    QVERIFY(!again.get(QStringLiteral("oauth2PermissionGrants"), grantId));
    QCOMPARE(again.classifications(spId), store.classifications(spId));
    QVERIFY(again.classifications(spId).contains(classification));
    QCOMPARE(again.userConsentRequests(QStringLiteral("7477bce9-c079-5805-9142-282bb6497c31")).size(), 2);
    QCOMPARE(again.memberIds(QStringLiteral("90160df2-2dd0-5160-8fd9-df9eb701cdc1")),
             store.memberIds(QStringLiteral("90160df2-2dd0-5160-8fd9-df9eb701cdc1")));
    QCOMPARE(again.permissionGrantPolicies(), store.permissionGrantPolicies());
}

void TestSandboxTenantStore::demoFixturesLoad()
{
    // The embedded demo tenant (qt_add_resources) and the file it comes from.
    QVERIFY(QFile::exists(SandboxOptions::embeddedFixture()));
    QString error;
    const auto embedded = SandboxServer::loadFixture(SandboxOptions {}, &error);
    QVERIFY2(embedded, qPrintable(error));
    TenantStore store;
    QVERIFY2(store.load(*embedded, &error), qPrintable(error));
    QVERIFY(store.count(QStringLiteral("users")) > 0);
    QVERIFY(store.servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-c000-000000000000")));
    if (QFile::exists(TestPaths::fixture(QStringLiteral("contoso.json")))) {
        QVERIFY2(store.loadFile(TestPaths::fixture(QStringLiteral("contoso.json")), &error), qPrintable(error));
    }
}

void TestSandboxTenantStore::largeTenantLoadsFast()
{
    // The "large" shape: 20k users, 60k grants — with indexes, load and lookups stay fast.
    QJsonArray users;
    QJsonArray sps;
    QJsonArray grants;
    for (int i = 0; i < 20000; ++i) {
        users.append(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("u%1").arg(i)},
                         {QStringLiteral("displayName"), QStringLiteral("User %1").arg(i)},
                         {QStringLiteral("userPrincipalName"), QStringLiteral("user%1@large.example").arg(i)}});
    }
    for (int i = 0; i < 500; ++i) {
        sps.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("sp%1").arg(i)},
                                {QStringLiteral("appId"), QStringLiteral("app%1").arg(i)}});
    }
    for (int i = 0; i < 60000; ++i) {
        grants.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("g%1").arg(i)},
                                   {QStringLiteral("clientId"), QStringLiteral("sp%1").arg(i % 500)},
                                   {QStringLiteral("consentType"), QStringLiteral("Principal")},
                                   {QStringLiteral("principalId"), QStringLiteral("u%1").arg(i % 20000)},
                                   {QStringLiteral("resourceId"), QStringLiteral("sp0")},
                                   {QStringLiteral("scope"), QStringLiteral("User.Read")}});
    }
    const QJsonObject fixture {{QStringLiteral("tenant"), QJsonObject {{QStringLiteral("id"), QStringLiteral("t")}}},
                               {QStringLiteral("users"), users},
                               {QStringLiteral("servicePrincipals"), sps},
                               {QStringLiteral("oauth2PermissionGrants"), grants}};
    TenantStore store;
    // The processor time this process spends, not the wall clock: the work is what is bounded, whatever else the
    // machine runs (in the sanitizer build on a busy machine the load took 33 s of wall clock).
    const auto cpuMs = [] { return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC; };
    const qint64 loadStart = cpuMs();
    QVERIFY(store.load(fixture));
    const qint64 loadMs = cpuMs() - loadStart;
    qInfo("large tenant loaded in %lld ms of processor time", loadMs);
    QVERIFY2(loadMs < 5000, qPrintable(QStringLiteral("%1 ms").arg(loadMs)));
    const qint64 lookupStart = cpuMs();
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(store.grantsByPrincipal(QStringLiteral("u%1").arg(i)).size(), 3);
        QVERIFY(store.userByIdOrUpn(QStringLiteral("user%1@large.example").arg(i)));
    }
    QCOMPARE(store.grantsByClient(QStringLiteral("sp7")).size(), 120);
    const qint64 lookupMs = cpuMs() - lookupStart;
    QVERIFY2(lookupMs < 2000, qPrintable(QStringLiteral("%1 ms").arg(lookupMs)));
}

QTEST_GUILESS_MAIN(TestSandboxTenantStore)
#include "TestSandboxTenantStore.moc"
