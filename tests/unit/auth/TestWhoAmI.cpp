// Who is signed in: /me, directory roles (OData cast, or memberOf filtered), tenant (or the id_token's tid).
#include "LocalHttpServer.h"

#include "async/Async.h"
#include "auth/IdTokenClaims.h"
#include "auth/WhoAmI.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestWhoAmI : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everythingAnswers();
    void castRefusedFallsBackToMemberOf();
    void organizationMissingUsesClaims();
    void rolesForbiddenDegrades();
    void meFailing();
    void idTokenClaims();
    void destroyedMidLookupAnswersNobody();

private:
    using Response = LocalHttpServer::Response;
    std::function<Response(const LocalHttpServer::Request&)>
    graph(bool castWorks, int orgStatus, int rolesStatus, int meStatus);
    void run(AccountInfo* account, GraphError* error, const IdTokenClaims& claims = {});

    LocalHttpServer* m_server = nullptr;
    GraphClient* m_client = nullptr;
    StaticTokenProvider m_tokens {"token"};
};

void TestWhoAmI::init()
{
    m_server = new LocalHttpServer(this);
    QVERIFY(m_server->listenOnLoopback());
    m_client = new GraphClient(this);
    m_client->setEndpoints({m_server->baseUrl(), m_server->baseUrl(), QStringLiteral("contoso.com")});
    m_client->setTokenProvider(&m_tokens);
}

void TestWhoAmI::cleanup()
{
    delete m_client;
    delete m_server;
}

std::function<LocalHttpServer::Response(const LocalHttpServer::Request&)>
TestWhoAmI::graph(bool castWorks, int orgStatus, int rolesStatus, int meStatus)
{
    return [=](const LocalHttpServer::Request& r) {
        const QString path = QUrl::fromEncoded(QByteArray("http://x" + r.target)).path();
        const QByteArray denied = R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient."}})";
        if (path == QLatin1String("/v1.0/me")) {
            if (meStatus != 200) {
                return Response::json(meStatus, denied);
            }
            return Response::json(200,
                                  R"({"id":"u-1","displayName":"Marcus","userPrincipalName":"marcus@contoso.com",)"
                                  R"("mail":null})");
        }
        if (path == QLatin1String("/v1.0/me/memberOf/microsoft.graph.directoryRole")) {
            if (!castWorks) {
                return Response::json(400, R"({"error":{"code":"Request_BadRequest","message":"cast"}})");
            }
            if (rolesStatus != 200) {
                return Response::json(rolesStatus, denied);
            }
            return Response::json(200,
                                  R"({"value":[{"id":"r-1","displayName":"Cloud Application Administrator",)"
                                  R"("roleTemplateId":"158C047A-C907-4556-B7EF-446551A6B5F7"}]})");
        }
        if (path == QLatin1String("/v1.0/me/memberOf")) {
            return Response::json(200,
                                  R"({"value":[)"
                                  R"({"@odata.type":"#microsoft.graph.group","id":"g-1","displayName":"Sales"},)"
                                  R"({"@odata.type":"#microsoft.graph.directoryRole","id":"r-2",)"
                                  R"("displayName":"Global Reader",)"
                                  R"("roleTemplateId":"f2ef992c-3afb-46b9-b7cf-a126ee74c451"}]})");
        }
        if (path == QLatin1String("/v1.0/organization")) {
            if (orgStatus != 200) {
                return Response::json(orgStatus, R"({"error":{"code":"Request_ResourceNotFound","message":"nf"}})");
            }
            return Response::json(200,
                                  R"({"value":[{"id":"t-1","displayName":"Contoso","verifiedDomains":[)"
                                  R"({"name":"contoso.onmicrosoft.com","isDefault":false,"isInitial":true},)"
                                  R"({"name":"contoso.com","isDefault":true,"isInitial":false}]}]})");
        }
        return Response::json(404, "{}");
    };
}

void TestWhoAmI::run(AccountInfo* account, GraphError* error, const IdTokenClaims& claims)
{
    WhoAmI who(m_client);
    who.setClaims(claims);
    int answers = 0;
    WhoAmI::Result result;
    Async::then(who.start(), this, [&](const WhoAmI::Result& r) {
        ++answers;
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answers == 1, 10000);
    QTest::qWait(20);
    QCOMPARE(answers, 1);
    if (!result.error) {
        *account = result.account;
    } else {
        *error = result.error;
    }
}

void TestWhoAmI::everythingAnswers()
{
    m_server->setHandler(graph(true, 200, 200, 200));
    AccountInfo a;
    GraphError e;
    run(&a, &e);
    QVERIFY(e.isNone());
    QCOMPARE(a.userObjectId, QStringLiteral("u-1"));
    QCOMPARE(a.userPrincipalName, QStringLiteral("marcus@contoso.com"));
    QVERIFY(a.rolesKnown);
    QCOMPARE(a.roles.size(), 1);
    QCOMPARE(a.roles.first().templateId, QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7"));
    QCOMPARE(a.tenantId, QStringLiteral("t-1"));
    QCOMPARE(a.tenantDefaultDomain, QStringLiteral("contoso.com"));
    QCOMPARE(a.verifiedDomains.size(), 2);
    QVERIFY(a.capabilities().allows(CapabilityMap::Kind::GrantDelegated));
    // $select as documented.
    bool sawSelect = false;
    for (const auto& r : m_server->requests()) {
        if (r.target.startsWith("/v1.0/me?")) {
            sawSelect = QUrl::fromPercentEncoding(r.target).contains(QLatin1String("$select=id,displayName"));
        }
    }
    QVERIFY(sawSelect);
}

void TestWhoAmI::castRefusedFallsBackToMemberOf()
{
    m_server->setHandler(graph(false, 200, 200, 200));
    AccountInfo a;
    GraphError e;
    run(&a, &e);
    QVERIFY(e.isNone());
    QVERIFY(a.rolesKnown);
    QCOMPARE(a.roles.size(), 1); // the group is not a role
    QCOMPARE(a.roles.first().displayName, QStringLiteral("Global Reader"));
}

void TestWhoAmI::organizationMissingUsesClaims()
{
    m_server->setHandler(graph(true, 404, 200, 200));
    IdTokenClaims claims;
    claims.tenantId = QStringLiteral("tid-from-token");
    claims.objectId = QStringLiteral("u-1");
    AccountInfo a;
    GraphError e;
    run(&a, &e, claims);
    QVERIFY(e.isNone());
    QCOMPARE(a.tenantId, QStringLiteral("tid-from-token"));
    QCOMPARE(a.tenantDefaultDomain, QStringLiteral("contoso.com"));
}

void TestWhoAmI::rolesForbiddenDegrades()
{
    m_server->setHandler(graph(true, 200, 403, 200));
    AccountInfo a;
    GraphError e;
    run(&a, &e);
    QVERIFY(e.isNone());
    QVERIFY(!a.rolesKnown);
    QVERIFY(!a.rolesError.isEmpty());
    QVERIFY(!a.capabilities().allows(CapabilityMap::Kind::ReadInventory));
    QVERIFY(a.capabilities().capability(CapabilityMap::Kind::Revoke).reason.contains(QLatin1String("could not read")));
}

void TestWhoAmI::meFailing()
{
    m_server->setHandler(graph(true, 200, 200, 403));
    AccountInfo a;
    GraphError e;
    run(&a, &e);
    QVERIFY(e.isError());
    QCOMPARE(e.kind, GraphError::Kind::PermissionDenied);
}

void TestWhoAmI::idTokenClaims()
{
    auto b64 = [](const QByteArray& b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray token
        = b64(R"({"alg":"RS256"})") + '.'
          + b64(R"({"tid":"t","oid":"o","preferred_username":"p@x.com","name":"N","exp":1700000000})") + ".c2ln";
    const IdTokenClaims c = IdTokenClaims::decode(token);
    QVERIFY(c.isValid());
    QCOMPARE(c.tenantId, QStringLiteral("t"));
    QCOMPARE(c.objectId, QStringLiteral("o"));
    QCOMPARE(c.preferredUsername, QStringLiteral("p@x.com"));
    QCOMPARE(c.expiresAt.toSecsSinceEpoch(), 1700000000);
    QVERIFY(!IdTokenClaims::decode("opaque-token").isValid());
    QVERIFY(!IdTokenClaims::decode("a.!!!.c").isValid());
}

void TestWhoAmI::destroyedMidLookupAnswersNobody()
{
    // Sign-out during the lookup deletes the WhoAmI: its future is cancelled and the answers that still arrive
    // reach nothing freed.
    m_server->setHandler(graph(false, 200, 200, 200));
    bool called = false;
    auto* who = new WhoAmI(m_client);
    QFuture<WhoAmI::Result> future = who->start();
    Async::then(future, this, [&called](const WhoAmI::Result&) { called = true; });
    delete who;
    QTRY_VERIFY_WITH_TIMEOUT(future.isCanceled(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 3, 5000); // me, the cast, organization
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 3); // the refused cast is not followed up: nobody is asking
    QTest::qWait(100);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestWhoAmI)
#include "TestWhoAmI.moc"
