#include "SandboxTestEnvironment.h"

#include "sandbox/SandboxServer.h"

#include <QTest>

// Writes with Graph's validation and status codes: delegated grants, service principals, app role assignments,
// the authorization policy.
class TestSandboxWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void grantLifecycle();
    void grantValidation_data();
    void grantValidation();
    void duplicateGrant();
    void principalGrant();

    void servicePrincipalFromAppId();
    void servicePrincipalErrors();
    void servicePrincipalPatch();
    void servicePrincipalByAppIdKey();
    void servicePrincipalDelete();

    void appRoleAssignedTo();
    void appRoleAssignmentValidation();
    void assignmentFromPrincipalSide();

    void authorizationPolicy();

private:
    QString admin() { return m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")); }
    QJsonObject grantBody(const QString& scope) const;

    SandboxTestEnvironment m_env;
    const QString m_graph = QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6");
    const QString m_hr = QStringLiteral("e38dd14f-0271-5d1c-a631-edfc88434bf5");
    const QString m_relecloud = QStringLiteral("c74c4e15-bf9f-5eb3-83bc-e9f2a3b0cc6c");
    const QString m_alpine = QStringLiteral("a65cfbb5-b24e-5333-887a-70656a2b4595");
    const QString m_hrRead = QStringLiteral("e061b397-bb52-508f-80ef-9be48769b462");
    const QString m_hrEmployee = QStringLiteral("3dac53df-c214-5d99-a37d-c46912ae250f");
    const QString m_hrDisabled = QStringLiteral("a7a447a4-4da6-5af4-a1b3-ce59963dfa67");
};

void TestSandboxWrites::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestSandboxWrites::cleanup()
{
    QVERIFY(m_env.server().reset());
}

QJsonObject TestSandboxWrites::grantBody(const QString& scope) const
{
    return QJsonObject {{QStringLiteral("clientId"), m_relecloud},
                        {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                        {QStringLiteral("resourceId"), m_graph},
                        {QStringLiteral("scope"), scope}};
}

void TestSandboxWrites::grantLifecycle()
{
    auto reply = m_env.post(
        QStringLiteral("/v1.0/oauth2PermissionGrants"), admin(), grantBody(QStringLiteral("User.Read Calendars.Read")));
    QCOMPARE(reply.status, 201);
    const QJsonObject grant = reply.json();
    const QString id = grant.value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 43); // opaque, derived from client and resource like Graph's
    QVERIFY(grant.value(QStringLiteral("principalId")).isNull());
    QVERIFY(grant.value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QLatin1String("$metadata#oauth2PermissionGrants/$entity")));
    reply = m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants/") + id, admin());
    QCOMPARE(reply.json().value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Calendars.Read"));
    // PATCH replaces the scope string.
    reply = m_env.patch(QStringLiteral("/v1.0/oauth2PermissionGrants/") + id,
                        admin(),
                        QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read")}});
    QCOMPARE(reply.status, 204);
    reply = m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants/") + id, admin());
    QCOMPARE(reply.json().value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read"));
    QCOMPARE(m_env
                 .patch(QStringLiteral("/v1.0/oauth2PermissionGrants/") + id,
                        admin(),
                        QJsonObject {{QStringLiteral("scope"), QStringLiteral("Nope.Read")}})
                 .status,
             400);
    QCOMPARE(m_env
                 .patch(QStringLiteral("/v1.0/oauth2PermissionGrants/") + id,
                        admin(),
                        QJsonObject {{QStringLiteral("clientId"), m_alpine}})
                 .status,
             400);
    // DELETE, then it is gone; re-creating yields the same id (Graph derives it).
    QCOMPARE(m_env.del(QStringLiteral("/v1.0/oauth2PermissionGrants/") + id, admin()).status, 204);
    reply = m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants/") + id, admin());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_ResourceNotFound"));
    QCOMPARE(m_env.del(QStringLiteral("/v1.0/oauth2PermissionGrants/") + id, admin()).status, 404);
    reply = m_env.post(QStringLiteral("/v1.0/oauth2PermissionGrants"), admin(), grantBody(QStringLiteral("User.Read")));
    QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(m_env.send("PUT", QStringLiteral("/v1.0/oauth2PermissionGrants/") + id, admin(), "{}").status, 405);
}

void TestSandboxWrites::grantValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{\"clientId\":");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("unknown client")
        << QJsonDocument(
               QJsonObject {{QStringLiteral("clientId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                            {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                            {QStringLiteral("resourceId"), QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6")},
                            {QStringLiteral("scope"), QStringLiteral("User.Read")}})
               .toJson();
    QTest::newRow("unknown resource")
        << QJsonDocument(
               QJsonObject {{QStringLiteral("clientId"), QStringLiteral("c74c4e15-bf9f-5eb3-83bc-e9f2a3b0cc6c")},
                            {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                            {QStringLiteral("resourceId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                            {QStringLiteral("scope"), QStringLiteral("User.Read")}})
               .toJson();
    auto body = [](const QString& consentType, const QJsonValue& principal, const QString& scope) {
        QJsonObject o {{QStringLiteral("clientId"), QStringLiteral("c74c4e15-bf9f-5eb3-83bc-e9f2a3b0cc6c")},
                       {QStringLiteral("consentType"), consentType},
                       {QStringLiteral("resourceId"), QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6")},
                       {QStringLiteral("scope"), scope}};
        if (!principal.isUndefined()) {
            o.insert(QStringLiteral("principalId"), principal);
        }
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("unknown scope") << body(
        QStringLiteral("AllPrincipals"), QJsonValue::Undefined, QStringLiteral("User.Read Shoes.Read"));
    QTest::newRow("comma separated") << body(
        QStringLiteral("AllPrincipals"), QJsonValue::Undefined, QStringLiteral("User.Read,Mail.Read"));
    QTest::newRow("empty scope") << body(QStringLiteral("AllPrincipals"), QJsonValue::Undefined, QStringLiteral("  "));
    QTest::newRow("app role as scope") << body(
        QStringLiteral("AllPrincipals"), QJsonValue::Undefined, QStringLiteral("User.Read.All"));
    QTest::newRow("bad consentType") << body(
        QStringLiteral("Everyone"), QJsonValue::Undefined, QStringLiteral("User.Read"));
    QTest::newRow("principal without id")
        << body(QStringLiteral("Principal"), QJsonValue::Undefined, QStringLiteral("User.Read"));
    QTest::newRow("all with principal") << body(QStringLiteral("AllPrincipals"),
                                                QStringLiteral("aa5ea441-d51e-51e8-b802-af60495828c9"),
                                                QStringLiteral("User.Read"));
    QTest::newRow("unknown property") << QByteArray(
        R"({"clientId":"c74c4e15-bf9f-5eb3-83bc-e9f2a3b0cc6c","consentType":"AllPrincipals","resourceId":"11dd7a28-1b82-59f6-8180-76af93b6b1c6","scope":"User.Read","shoe":1})");
}

void TestSandboxWrites::grantValidation()
{
    QFETCH(QByteArray, body);
    const auto reply = m_env.send("POST", QStringLiteral("/v1.0/oauth2PermissionGrants"), admin(), body);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.errorCode() == QLatin1String("Request_BadRequest")
            || reply.errorCode() == QLatin1String("BadRequest"));
    QVERIFY(!reply.json()["error"]["innerError"]["request-id"].toString().isEmpty());
}

void TestSandboxWrites::duplicateGrant()
{
    // Northwind already holds an AllPrincipals grant on Graph.
    QJsonObject body = grantBody(QStringLiteral("User.Read"));
    body.insert(QStringLiteral("clientId"), QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076"));
    const auto reply = m_env.post(QStringLiteral("/v1.0/oauth2PermissionGrants"), admin(), body);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_MultipleObjectsWithSameKeyValue"));
    QCOMPARE(reply.json()["error"]["message"].toString(), QStringLiteral("Permission entry already exists."));
}

void TestSandboxWrites::principalGrant()
{
    // A per-user grant alongside an admin grant for the same client and resource is allowed.
    QJsonObject body = grantBody(QStringLiteral("Mail.Read"));
    body.insert(QStringLiteral("clientId"), QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076"));
    body.insert(QStringLiteral("consentType"), QStringLiteral("Principal"));
    body.insert(QStringLiteral("principalId"), m_env.userId(QStringLiteral("megan.bowen@mini.onmicrosoft.com")));
    auto reply = m_env.post(QStringLiteral("/v1.0/oauth2PermissionGrants"), admin(), body);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(QStringLiteral("id")).toString().size(), 64); // client + resource + principal
    reply = m_env.get(QStringLiteral("/v1.0/users/megan.bowen@mini.onmicrosoft.com/oauth2PermissionGrants"), admin());
    QCOMPARE(reply.value().size(), 2);
}

void TestSandboxWrites::servicePrincipalFromAppId()
{
    // Fabrikam Sales Engage asked for consent but has no service principal here yet.
    const QString appId = QStringLiteral("d6fdd1c8-c917-5e77-b524-c3f607b74abf");
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(appId), admin()).status, 404);
    auto reply = m_env.post(
        QStringLiteral("/v1.0/servicePrincipals"), admin(), QJsonObject {{QStringLiteral("appId"), appId}});
    QCOMPARE(reply.status, 201);
    const QJsonObject sp = reply.json();
    QCOMPARE(sp.value(QStringLiteral("appId")).toString(), appId);
    QCOMPARE(sp.value(QStringLiteral("displayName")).toString(), QStringLiteral("Fabrikam Sales Engage"));
    QVERIFY(sp.value(QStringLiteral("accountEnabled")).toBool());
    QVERIFY(!sp.value(QStringLiteral("publisherName")).toString().isEmpty());
    QVERIFY(sp.value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QLatin1String("$metadata#servicePrincipals/$entity")));
    reply = m_env.get(QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(appId), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("id")), sp.value(QStringLiteral("id")));
    // "Block an app": create it disabled.
    reply = m_env.post(QStringLiteral("/v1.0/servicePrincipals"),
                       admin(),
                       QJsonObject {{QStringLiteral("appId"), QStringLiteral("eb94befb-6b9c-5fcb-b49a-3e3730508dd5")},
                                    {QStringLiteral("accountEnabled"), false}});
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.json().value(QStringLiteral("accountEnabled")).toBool(true));
}

void TestSandboxWrites::servicePrincipalErrors()
{
    auto reply
        = m_env.post(QStringLiteral("/v1.0/servicePrincipals"),
                     admin(),
                     QJsonObject {{QStringLiteral("appId"), QStringLiteral("00000003-0000-0000-c000-000000000000")}});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_MultipleObjectsWithSameKeyValue"));
    reply = m_env.post(QStringLiteral("/v1.0/servicePrincipals"),
                       admin(),
                       QJsonObject {{QStringLiteral("appId"), QStringLiteral("01234567-89ab-cdef-0123-456789abcdef")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_BadRequest"));
    QCOMPARE(m_env.post(QStringLiteral("/v1.0/servicePrincipals"), admin(), QJsonObject {{QStringLiteral("appId"), 5}})
                 .status,
             400);
    QCOMPARE(m_env.send("POST", QStringLiteral("/v1.0/servicePrincipals"), admin(), "nonsense").status, 400);
    QCOMPARE(m_env.send("PUT", QStringLiteral("/v1.0/servicePrincipals"), admin(), "{}").status, 405);
}

void TestSandboxWrites::servicePrincipalPatch()
{
    const QString path = QStringLiteral("/v1.0/servicePrincipals/") + m_alpine;
    auto reply = m_env.patch(path, admin(), QJsonObject {{QStringLiteral("accountEnabled"), false}});
    QCOMPARE(reply.status, 204);
    QVERIFY(!m_env.get(path, admin()).json().value(QStringLiteral("accountEnabled")).toBool(true));
    QCOMPARE(
        m_env.get(QStringLiteral("/v1.0/servicePrincipals?$filter=accountEnabled eq false"), admin()).value().size(),
        1);
    QCOMPARE(m_env.patch(path, admin(), QJsonObject {{QStringLiteral("accountEnabled"), QStringLiteral("no")}}).status,
             400);
    QCOMPARE(m_env.patch(path, admin(), QJsonObject {{QStringLiteral("appId"), QStringLiteral("x")}}).status, 400);
    QCOMPARE(m_env.patch(path, admin(), QJsonObject {{QStringLiteral("shoeSize"), 4}}).status, 400);
    QCOMPARE(m_env
                 .patch(QStringLiteral("/v1.0/servicePrincipals/00000000-0000-0000-0000-000000000001"),
                        admin(),
                        QJsonObject {{QStringLiteral("accountEnabled"), false}})
                 .status,
             404);
}

void TestSandboxWrites::servicePrincipalByAppIdKey()
{
    auto reply = m_env.get(
        QStringLiteral(
            "/v1.0/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')?$select=id,appId,appRoles"),
        admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), m_graph);
    QCOMPARE(reply.json().value(QStringLiteral("appRoles")).toArray().size(), 3);
    reply = m_env.get(
        QStringLiteral("/v1.0/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')/appRoleAssignedTo"),
        admin());
    QCOMPARE(reply.value().size(), 2);
    reply = m_env.get(QStringLiteral("/v1.0/servicePrincipals(shoe='x')"), admin());
    QCOMPARE(reply.status, 400);
    reply = m_env.get(
        QStringLiteral("/v1.0/servicePrincipals/93f75fa7-f04a-5a64-9db2-6673c4a55076/oauth2PermissionGrants"), admin());
    QCOMPARE(reply.value().size(), 2);
    reply = m_env.get(QStringLiteral("/v1.0/servicePrincipals/93f75fa7-f04a-5a64-9db2-6673c4a55076/appRoleAssignments"),
                      admin());
    QCOMPARE(reply.value().size(), 2);
}

void TestSandboxWrites::servicePrincipalDelete()
{
    const QString northwind = QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076");
    QCOMPARE(m_env.del(QStringLiteral("/v1.0/servicePrincipals/") + northwind, admin()).status, 204);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/servicePrincipals/") + northwind, admin()).status, 404);
    // Its grants and assignments went with it.
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants?$filter=clientId eq '%1'").arg(northwind), admin())
                 .value()
                 .size(),
             0);
    QCOMPARE(
        m_env.get(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(m_graph), admin()).value().size(),
        0);
}

void TestSandboxWrites::appRoleAssignedTo()
{
    const QString path = QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(m_hr);
    const QJsonObject body {{QStringLiteral("principalId"), m_relecloud},
                            {QStringLiteral("resourceId"), m_hr},
                            {QStringLiteral("appRoleId"), m_hrRead}};
    auto reply = m_env.post(path, admin(), body);
    QCOMPARE(reply.status, 201);
    const QJsonObject assignment = reply.json();
    QCOMPARE(assignment.value(QStringLiteral("principalType")).toString(), QStringLiteral("ServicePrincipal"));
    QCOMPARE(assignment.value(QStringLiteral("principalDisplayName")).toString(),
             QStringLiteral("Relecloud Messenger"));
    QCOMPARE(assignment.value(QStringLiteral("resourceDisplayName")).toString(), QStringLiteral("Contoso HR API"));
    QVERIFY(assignment.value(QStringLiteral("deletedDateTime")).isNull());
    QVERIFY(!assignment.value(QStringLiteral("createdDateTime")).toString().isEmpty());
    QVERIFY(assignment.value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QStringLiteral("$metadata#servicePrincipals('%1')/appRoleAssignedTo/$entity").arg(m_hr)));
    const QString id = assignment.value(QStringLiteral("id")).toString();
    QCOMPARE(m_env.get(path, admin()).value().size(), 4);
    QCOMPARE(m_env.get(path + QLatin1Char('/') + id, admin()).status, 200);
    // Duplicate.
    reply = m_env.post(path, admin(), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()["error"]["message"].toString(),
             QStringLiteral("Permission being assigned already exists on the object"));
    // Delete via the resource; twice is 404.
    QCOMPARE(m_env.del(path + QLatin1Char('/') + id, admin()).status, 204);
    QCOMPARE(m_env.del(path + QLatin1Char('/') + id, admin()).status, 404);
    QCOMPARE(m_env.get(path, admin()).value().size(), 3);
    // Through the appId key too.
    reply = m_env.post(
        QStringLiteral("/v1.0/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')/appRoleAssignedTo"),
        admin(),
        QJsonObject {{QStringLiteral("principalId"), m_relecloud},
                     {QStringLiteral("resourceId"), m_graph},
                     {QStringLiteral("appRoleId"), QStringLiteral("7ab1d382-f21e-4acd-a863-ba3e13f7da61")}});
    QCOMPARE(reply.status, 201);
}

void TestSandboxWrites::appRoleAssignmentValidation()
{
    const QString path = QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(m_hr);
    auto post = [&](const QString& principal, const QString& resource, const QString& role) {
        return m_env.post(path,
                          admin(),
                          QJsonObject {{QStringLiteral("principalId"), principal},
                                       {QStringLiteral("resourceId"), resource},
                                       {QStringLiteral("appRoleId"), role}});
    };
    const QString megan = m_env.userId(QStringLiteral("megan.bowen@mini.onmicrosoft.com"));
    QCOMPARE(post(m_relecloud, m_hr, QStringLiteral("00000000-0000-0000-0000-00000000beef")).status,
             400); // no such role
    QCOMPARE(post(m_relecloud, m_hr, m_hrEmployee).status, 400); // a User role for a service principal
    QCOMPARE(post(megan, m_hr, m_hrRead).status, 400); // an Application role for a user
    QCOMPARE(post(m_relecloud, m_hr, m_hrDisabled).status, 400); // disabled role
    QCOMPARE(post(m_relecloud, m_graph, m_hrRead).status, 400); // resourceId differs from the URL
    QCOMPARE(post(QStringLiteral("00000000-0000-0000-0000-000000000001"), m_hr, m_hrRead).status, 404);
    QCOMPARE(post(QStringLiteral("not-a-guid"), m_hr, m_hrRead).status, 400);
    QCOMPARE(post(megan, m_hr, m_hrEmployee).status, 201); // a User role for a user is fine
    QCOMPARE(
        m_env
            .post(QStringLiteral("/v1.0/servicePrincipals/00000000-0000-0000-0000-000000000001/appRoleAssignedTo"),
                  admin(),
                  QJsonObject {{QStringLiteral("principalId"), m_relecloud},
                               {QStringLiteral("resourceId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                               {QStringLiteral("appRoleId"), m_hrRead}})
            .status,
        404);
}

void TestSandboxWrites::assignmentFromPrincipalSide()
{
    const QString path = QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignments").arg(m_relecloud);
    auto reply = m_env.post(path,
                            admin(),
                            QJsonObject {{QStringLiteral("principalId"), m_relecloud},
                                         {QStringLiteral("resourceId"), m_hr},
                                         {QStringLiteral("appRoleId"), m_hrRead}});
    QCOMPARE(reply.status, 201);
    const QString id = reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_env.get(path, admin()).value().size(), 1);
    QCOMPARE(m_env.del(path + QLatin1Char('/') + id, admin()).status, 204);
    // Users too.
    const QString megan = m_env.userId(QStringLiteral("megan.bowen@mini.onmicrosoft.com"));
    reply = m_env.post(QStringLiteral("/v1.0/users/%1/appRoleAssignments").arg(megan),
                       admin(),
                       QJsonObject {{QStringLiteral("principalId"), megan},
                                    {QStringLiteral("resourceId"), m_hr},
                                    {QStringLiteral("appRoleId"), m_hrEmployee}});
    QCOMPARE(reply.status, 201);
}

void TestSandboxWrites::authorizationPolicy()
{
    const QString path = QStringLiteral("/v1.0/policies/authorizationPolicy");
    auto reply = m_env.get(path, admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), QStringLiteral("authorizationPolicy"));
    const QJsonArray assigned {
        QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team")};
    reply = m_env.patch(path,
                        admin(),
                        QJsonObject {{QStringLiteral("defaultUserRolePermissions"),
                                      QJsonObject {{QStringLiteral("permissionGrantPoliciesAssigned"), assigned}}}});
    QCOMPARE(reply.status, 204);
    reply = m_env.get(path, admin());
    const QJsonObject permissions = reply.json().value(QStringLiteral("defaultUserRolePermissions")).toObject();
    QCOMPARE(permissions.value(QStringLiteral("permissionGrantPoliciesAssigned")).toArray(), assigned); // replaced
    QVERIFY(permissions.contains(QStringLiteral("allowedToCreateApps"))); // the rest kept
    // Beta: a collection of one, and the top-level alias.
    reply = m_env.get(QStringLiteral("/beta/policies/authorizationPolicy"), admin());
    QCOMPARE(reply.value().size(), 1);
    reply = m_env.get(QStringLiteral("/beta/policies/authorizationPolicy/authorizationPolicy"), admin());
    QCOMPARE(reply.json().value(QStringLiteral("permissionGrantPolicyIdsAssignedToDefaultUserRole")).toArray(),
             assigned);
    // Only Privileged Role Administrator / Global Administrator may change it.
    reply = m_env.patch(path,
                        m_env.token(QStringLiteral("carlos.appadmin@mini.onmicrosoft.com")),
                        QJsonObject {{QStringLiteral("allowUserConsentForRiskyApps"), true}});
    QCOMPARE(reply.status, 403);
    QCOMPARE(m_env
                 .patch(path,
                        m_env.token(QStringLiteral("priya.raman@mini.onmicrosoft.com")),
                        QJsonObject {{QStringLiteral("allowUserConsentForRiskyApps"), true}})
                 .status,
             204);
    QCOMPARE(
        m_env
            .patch(path, admin(), QJsonObject {{QStringLiteral("allowUserConsentForRiskyApps"), QStringLiteral("yes")}})
            .status,
        400);
    // Permission grant policies.
    reply = m_env.get(QStringLiteral("/v1.0/policies/permissionGrantPolicies"), admin());
    QCOMPARE(reply.value().size(), 2);
    reply = m_env.get(QStringLiteral("/v1.0/policies/permissionGrantPolicies/microsoft-user-default-low/includes"),
                      admin());
    QCOMPARE(reply.value().size(), 1);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/policies/permissionGrantPolicies/nope"), admin()).status, 404);
    // Conditional access.
    reply = m_env.get(QStringLiteral("/v1.0/identity/conditionalAccess/policies"), admin());
    QCOMPARE(reply.value().size(), 2);
    const QString caId = reply.value().first()["id"].toString();
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/identity/conditionalAccess/policies/") + caId, admin()).status, 200);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/identity/conditionalAccess/policies?$filter=state eq 'enabled'"), admin())
                 .value()
                 .size(),
             1);
}

QTEST_GUILESS_MAIN(TestSandboxWrites)
#include "TestSandboxWrites.moc"
