#include "SandboxTestEnvironment.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QSet>
#include <QTest>

// Users, /me, groups, directory roles and their navigation, with Graph's shapes and errors.
class TestSandboxDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void userByIdAndUpn();
    void guestUpn();
    void unknownUser();
    void me();
    void memberOf();
    void checkMemberGroups();
    void groupMembers();
    void directoryRoles();
    void userGrantsAndAssignments();
    void assignmentsCarryDeletedDateTime();
    void directoryObjects();
    void contexts();
    void controlInfo();
    void organization();
    void defaultUserProperties();

private:
    QString admin() { return m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")); }
    static QStringList displayNames(const QJsonArray& values);
    SandboxTestEnvironment m_env;
    const QString m_alex = QStringLiteral("alex.wilber@mini.onmicrosoft.com");
    const QString m_sales = QStringLiteral("90160df2-2dd0-5160-8fd9-df9eb701cdc1");
    const QString m_emea = QStringLiteral("c4bbbc5b-82cb-5e29-b177-698d08a7aaa7");
};

QStringList TestSandboxDirectory::displayNames(const QJsonArray& values)
{
    QStringList names;
    for (const QJsonValue& v : values) {
        names.append(v.toObject().value(QStringLiteral("displayName")).toString());
    }
    names.sort();
    return names;
}

void TestSandboxDirectory::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestSandboxDirectory::userByIdAndUpn()
{
    const QString id = m_env.userId(m_alex);
    auto reply = m_env.get(QStringLiteral("/v1.0/users/") + id, admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("userPrincipalName")).toString(), m_alex);
    QVERIFY(reply.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QLatin1String("/v1.0/$metadata#users/$entity")));
    QVERIFY(!reply.header("request-id").isEmpty());
    reply = m_env.get(QStringLiteral("/v1.0/users/") + m_alex, admin());
    QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), id);
    // Without $select Graph returns its basic set only: department, accountEnabled, userType must be selected.
    QVERIFY(!reply.json().contains(QStringLiteral("department")));
    QVERIFY(!reply.json().contains(QStringLiteral("accountEnabled")));
    QCOMPARE(reply.json().value(QStringLiteral("jobTitle")).toString(), QStringLiteral("Sales rep"));
    QVERIFY(reply.json().value(QStringLiteral("businessPhones")).isArray());
    QVERIFY(reply.json().value(QStringLiteral("officeLocation")).isNull());
    reply = m_env.get(QStringLiteral("/v1.0/groups/%1/members").arg(m_sales), admin());
    for (const QJsonValue& member : reply.value()) {
        QVERIFY(!member.toObject().contains(QStringLiteral("department"))); // users in member lists too
    }
    reply = m_env.get(QStringLiteral("/v1.0/users('%1')").arg(m_alex), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), id);
    reply = m_env.get(QStringLiteral("/beta/users/") + m_alex.toUpper(), admin());
    QCOMPARE(reply.status, 200);
    QVERIFY(
        reply.json().value(QStringLiteral("@odata.context")).toString().contains(QLatin1String("/beta/$metadata#")));
}

void TestSandboxDirectory::guestUpn()
{
    const auto reply = m_env.get(
        QStringLiteral("/v1.0/users/jordan.blake_fabrikam.com%23EXT%23@mini.onmicrosoft.com?$select=userType"),
        admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("userType")).toString(), QStringLiteral("Guest"));
    const auto filtered = m_env.get(
        QStringLiteral(
            "/v1.0/users?$filter=userPrincipalName eq 'jordan.blake_fabrikam.com%23EXT%23@mini.onmicrosoft.com'"),
        admin());
    QCOMPARE(filtered.value().size(), 1);
}

void TestSandboxDirectory::unknownUser()
{
    const auto reply = m_env.get(QStringLiteral("/v1.0/users/nobody@mini.onmicrosoft.com"), admin());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_ResourceNotFound"));
    QCOMPARE(
        reply.json()["error"]["message"].toString(),
        QStringLiteral("Resource 'nobody@mini.onmicrosoft.com' does not exist or one of its queried reference-property "
                       "objects are not present."));
    const QJsonObject inner = reply.json()["error"]["innerError"].toObject();
    QVERIFY(!inner.value(QStringLiteral("date")).toString().isEmpty());
    QCOMPARE(inner.value(QStringLiteral("request-id")).toString().toLatin1(), reply.header("request-id"));
    // The client's request id is echoed.
    const auto echoed = m_env.get(QStringLiteral("/v1.0/users/nobody"), admin(), {{"client-request-id", "my-id-42"}});
    QCOMPARE(echoed.header("client-request-id"), QByteArray("my-id-42"));
    QCOMPARE(echoed.json()["error"]["innerError"]["client-request-id"].toString(), QStringLiteral("my-id-42"));
    // An unknown navigation segment is a 400, as in Graph.
    const auto segment = m_env.get(QStringLiteral("/v1.0/users/%1/shoes").arg(m_alex), admin());
    QCOMPARE(segment.status, 400);
    QCOMPARE(segment.errorCode(), QStringLiteral("BadRequest"));
    QCOMPARE(segment.json()["error"]["message"].toString(),
             QStringLiteral("Resource not found for the segment 'shoes'."));
}

void TestSandboxDirectory::me()
{
    // A user without any admin role reads /me and their own grants only.
    const QString token = m_env.token(m_alex, {QStringLiteral("User.Read")});
    auto reply = m_env.get(QStringLiteral("/v1.0/me"), token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("userPrincipalName")).toString(), m_alex);
    reply = m_env.get(QStringLiteral("/v1.0/me/oauth2PermissionGrants"), token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 2);
    for (const QJsonValue& grant : reply.value()) {
        QCOMPARE(grant["consentType"].toString(), QStringLiteral("Principal")); // never AllPrincipals
    }
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users/%1/oauth2PermissionGrants").arg(m_alex), token).status, 200);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/me/memberOf"), token).status, 200);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/me/appRoleAssignments"), token).status, 200);
    // …but nobody else's.
    reply = m_env.get(QStringLiteral("/v1.0/users/gil.reader@mini.onmicrosoft.com"), token);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users"), token).status, 403);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants"), token).status, 403);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/servicePrincipals"), token).status, 403);
}

void TestSandboxDirectory::memberOf()
{
    const QString lidia = QStringLiteral("lidia.holloway@mini.onmicrosoft.com");
    auto reply = m_env.get(QStringLiteral("/v1.0/users/%1/memberOf").arg(lidia), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(displayNames(reply.value()), (QStringList {QStringLiteral("All Staff"), QStringLiteral("Sales EMEA")}));
    QCOMPARE(reply.value().first()["@odata.type"].toString(), QStringLiteral("#microsoft.graph.group"));
    reply = m_env.get(QStringLiteral("/v1.0/users/%1/transitiveMemberOf").arg(lidia), admin());
    QCOMPARE(displayNames(reply.value()),
             (QStringList {QStringLiteral("All Staff"), QStringLiteral("Sales"), QStringLiteral("Sales EMEA")}));
    // Directory roles are part of memberOf.
    reply = m_env.get(QStringLiteral("/v1.0/users/grace.admin@mini.onmicrosoft.com/memberOf"), admin());
    QCOMPARE(reply.value().size(), 1);
    QCOMPARE(reply.value().first()["@odata.type"].toString(), QStringLiteral("#microsoft.graph.directoryRole"));
    reply = m_env.get(QStringLiteral("/v1.0/users/grace.admin@mini.onmicrosoft.com/memberOf/microsoft.graph.group"),
                      admin());
    QCOMPARE(reply.value().size(), 0);
    reply = m_env.get(QStringLiteral("/v1.0/me/transitiveMemberOf"), m_env.token(lidia, {QStringLiteral("User.Read")}));
    QCOMPARE(reply.value().size(), 3);
}

void TestSandboxDirectory::checkMemberGroups()
{
    const QString lidia = QStringLiteral("lidia.holloway@mini.onmicrosoft.com");
    const QString reviewers = QStringLiteral("ec830236-9ef7-5301-a3f1-47fe48f33df3");
    auto reply = m_env.post(QStringLiteral("/v1.0/users/%1/checkMemberGroups").arg(lidia),
                            admin(),
                            QJsonObject {{QStringLiteral("groupIds"), QJsonArray {m_sales, reviewers, m_emea}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().toVariantList(), (QVariantList {m_sales, m_emea})); // transitive
    QJsonArray tooMany;
    for (int i = 0; i < 21; ++i) {
        tooMany.append(m_sales);
    }
    reply = m_env.post(QStringLiteral("/v1.0/users/%1/checkMemberGroups").arg(lidia),
                       admin(),
                       QJsonObject {{QStringLiteral("groupIds"), tooMany}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_BadRequest"));
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users/%1/checkMemberGroups").arg(lidia), admin()).status, 405);
    reply = m_env.send("POST", QStringLiteral("/v1.0/me/checkMemberGroups"), admin(), "{not json");
    QCOMPARE(reply.status, 400);
    reply = m_env.post(
        QStringLiteral("/v1.0/users/grace.admin@mini.onmicrosoft.com/checkMemberObjects"),
        admin(),
        QJsonObject {{QStringLiteral("ids"), QJsonArray {QStringLiteral("62e90394-69f5-4237-9190-012177145e10")}}});
    QCOMPARE(reply.value().size(), 1);
}

void TestSandboxDirectory::groupMembers()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/groups/%1").arg(m_sales), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Sales"));
    QVERIFY(!reply.json().contains(QStringLiteral("members")));
    reply = m_env.get(QStringLiteral("/v1.0/groups/%1/members").arg(m_sales), admin());
    QCOMPARE(reply.value().size(), 3);
    reply = m_env.get(QStringLiteral("/v1.0/groups/%1/transitiveMembers").arg(m_sales), admin());
    QCOMPARE(reply.value().size(), 5);
    reply = m_env.get(
        QStringLiteral("/v1.0/groups/%1/transitiveMembers/microsoft.graph.user?$select=id,userPrincipalName&$top=999")
            .arg(m_sales),
        admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 4);
    QVERIFY(
        reply.json()["@odata.context"].toString().contains(QLatin1String("transitiveMembers/microsoft.graph.user")));
    for (const QJsonValue& v : reply.value()) {
        QCOMPARE(v["@odata.type"].toString(), QStringLiteral("#microsoft.graph.user"));
    }
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/groups/%1/members/microsoft.graph.shoe").arg(m_sales), admin()).status,
             400);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/groups/00000000-0000-0000-0000-000000000001/members"), admin()).status,
             404);
    reply = m_env.get(QStringLiteral("/v1.0/groups?$filter=startswith(displayName,'Sales')"), admin());
    QCOMPARE(reply.value().size(), 2);
    reply = m_env.get(QStringLiteral("/v1.0/groups/%1/appRoleAssignments").arg(m_sales), admin());
    QCOMPARE(reply.value().size(), 1);
}

void TestSandboxDirectory::directoryRoles()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/directoryRoles"), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 6);
    QVERIFY(!reply.json().contains(QStringLiteral("@odata.nextLink")));
    // No paging, even with a small $top-less page size or a $top.
    reply = m_env.get(
        QStringLiteral("/v1.0/directoryRoles(roleTemplateId='62e90394-69f5-4237-9190-012177145e10')/members"), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 1);
    QCOMPARE(reply.value().first()["userPrincipalName"].toString(), QStringLiteral("grace.admin@mini.onmicrosoft.com"));
    const QString roleId
        = m_env.get(QStringLiteral("/v1.0/directoryRoles?$filter=displayName eq 'Global Reader'"), admin())
              .value()
              .first()["id"]
              .toString();
    reply = m_env.get(QStringLiteral("/v1.0/directoryRoles/%1").arg(roleId), admin());
    QCOMPARE(reply.json().value(QStringLiteral("roleTemplateId")).toString(),
             QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451"));
    reply = m_env.get(QStringLiteral("/v1.0/directoryRoles/%1/members").arg(roleId), admin());
    QCOMPARE(reply.value().size(), 1);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/directoryRoles/nope"), admin()).status, 404);
}

void TestSandboxDirectory::userGrantsAndAssignments()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users/%1/oauth2PermissionGrants").arg(m_alex), admin());
    QCOMPARE(reply.value().size(), 2);
    // Lynne is in Sales, which holds an HR app role: the user's list includes it (direct group membership).
    reply = m_env.get(QStringLiteral("/v1.0/users/lynne.robbins@mini.onmicrosoft.com/appRoleAssignments"), admin());
    QCOMPARE(reply.value().size(), 1);
    QCOMPARE(reply.value().first()["principalType"].toString(), QStringLiteral("Group"));
    reply = m_env.get(QStringLiteral("/v1.0/users/lee.gu@mini.onmicrosoft.com/appRoleAssignments"), admin());
    QCOMPARE(reply.value().size(), 1);
    QCOMPARE(reply.value().first()["principalType"].toString(), QStringLiteral("User"));
}

// Graph's appRoleAssignment always has deletedDateTime (null while it exists), also for assignments a fixture or the
// generator wrote without it (the embedded Contoso tenant, a generated one).
void TestSandboxDirectory::assignmentsCarryDeletedDateTime()
{
    SandboxOptions contoso;
    SandboxOptions generated;
    generated.generateSize = QStringLiteral("small");
    for (const SandboxOptions& options : {contoso, generated}) {
        SandboxTestEnvironment env(options);
        QVERIFY(env.start());
        const QString domain = env.server().store().tenant().value(QStringLiteral("defaultDomain")).toString();
        const QString token = env.token(options.generateSize.isEmpty() ? QStringLiteral("adaeze.okafor@contoso.com")
                                                                       : QStringLiteral("admin@") + domain);
        int checked = 0;
        QSet<QString> resources;
        for (const QJsonObject& assignment : env.server().store().list(QStringLiteral("appRoleAssignments"))) {
            resources.insert(assignment.value(QStringLiteral("resourceId")).toString());
        }
        QVERIFY(!resources.isEmpty());
        for (const QString& resource : std::as_const(resources)) {
            const QJsonArray items
                = env.all(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo?$top=999").arg(resource), token);
            for (const QJsonValue& item : items) {
                const QJsonObject a = item.toObject();
                QVERIFY2(a.contains(QStringLiteral("deletedDateTime")),
                         qPrintable(a.value(QStringLiteral("id")).toString()));
                QVERIFY(a.value(QStringLiteral("deletedDateTime")).isNull());
                // The principal's side (appRoleAssignments) lists it with the property too; a sample of them.
                if (a.value(QStringLiteral("principalType")).toString() == QLatin1String("ServicePrincipal")
                    && checked % 10 == 0) {
                    const QJsonArray mine = env.all(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignments")
                                                        .arg(a.value(QStringLiteral("principalId")).toString()),
                                                    token);
                    QVERIFY(!mine.isEmpty());
                    for (const QJsonValue& own : mine) {
                        QVERIFY(own.toObject().contains(QStringLiteral("deletedDateTime")));
                    }
                }
                ++checked;
            }
        }
        QVERIFY(checked > 0);
        // $select asks for it by name, and gets it.
        const auto selected
            = env.get(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo?$select=id,deletedDateTime")
                          .arg(*resources.cbegin()),
                      token);
        QCOMPARE(selected.status, 200);
        QVERIFY(selected.value().first().toObject().contains(QStringLiteral("deletedDateTime")));
    }
}

void TestSandboxDirectory::directoryObjects()
{
    const QString id = m_env.userId(m_alex);
    auto reply = m_env.get(QStringLiteral("/v1.0/directoryObjects/") + id, admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("@odata.type")).toString(), QStringLiteral("#microsoft.graph.user"));
    reply = m_env.post(QStringLiteral("/v1.0/directoryObjects/getByIds"),
                       admin(),
                       QJsonObject {{QStringLiteral("ids"), QJsonArray {id, m_sales, QStringLiteral("missing")}},
                                    {QStringLiteral("types"), QJsonArray {QStringLiteral("group")}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 1);
}

void TestSandboxDirectory::contexts()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users?$top=1"), admin());
    QCOMPARE(reply.json()["@odata.context"].toString(),
             m_env.baseUrl().toString() + QStringLiteral("/v1.0/$metadata#users"));
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    reply = m_env.get(QStringLiteral("/v1.0/users/%1/memberOf").arg(m_alex), admin());
    QVERIFY(reply.json()["@odata.context"].toString().endsWith(
        QStringLiteral("$metadata#users('%1')/memberOf").arg(m_alex)));
}

void TestSandboxDirectory::controlInfo()
{
    const auto reply = m_env.get(QStringLiteral("/_sandbox/info"), QString());
    QCOMPARE(reply.status, 200);
    const QJsonObject info = reply.json();
    QCOMPARE(info.value(QStringLiteral("defaultDomain")).toString(), QStringLiteral("mini.onmicrosoft.com"));
    QCOMPARE(info.value(QStringLiteral("clientIds")).toArray().first().toString(),
             QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07"));
    QJsonObject grace;
    for (const QJsonValue& user : info.value(QStringLiteral("users")).toArray()) {
        if (user.toObject().value(QStringLiteral("userPrincipalName")).toString()
            == QLatin1String("grace.admin@mini.onmicrosoft.com")) {
            grace = user.toObject();
        }
    }
    const QJsonObject role = grace.value(QStringLiteral("roles")).toArray().first().toObject();
    QCOMPARE(role.value(QStringLiteral("displayName")).toString(), QStringLiteral("Global Administrator"));
    QCOMPARE(role.value(QStringLiteral("roleTemplateId")).toString(),
             QStringLiteral("62e90394-69f5-4237-9190-012177145e10"));
    QCOMPARE(info.value(QStringLiteral("users")).toArray().size(), 28);
}

QTEST_GUILESS_MAIN(TestSandboxDirectory)
#include "TestSandboxDirectory.moc"

void TestSandboxDirectory::organization()
{
    // WhoAmI reads the tenant from here; any signed-in user may (User.Read).
    const QString token = m_env.token(m_alex, {QStringLiteral("User.Read")});
    auto reply = m_env.get(QStringLiteral("/v1.0/organization?$select=id,displayName,verifiedDomains"), token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QLatin1String("/v1.0/$metadata#organization(id,displayName,verifiedDomains)")));
    QCOMPARE(reply.value().size(), 1);
    const QJsonObject org = reply.value().first().toObject();
    QCOMPARE(org.value(QStringLiteral("id")).toString(), QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QCOMPARE(org.value(QStringLiteral("displayName")).toString(), QStringLiteral("Mini"));
    QCOMPARE(org.keys().size(), 3);
    const QJsonObject domain = org.value(QStringLiteral("verifiedDomains")).toArray().first().toObject();
    QCOMPARE(domain.value(QStringLiteral("name")).toString(), QStringLiteral("mini.onmicrosoft.com"));
    QCOMPARE(domain.value(QStringLiteral("isDefault")).toBool(), true);
    QCOMPARE(domain.value(QStringLiteral("isInitial")).toBool(), true);
    QCOMPARE(domain.value(QStringLiteral("type")).toString(), QStringLiteral("Managed"));
    // By id, and Graph's shapes for the rest.
    reply = m_env.get(QStringLiteral("/v1.0/organization/11111111-2222-4333-8444-555555555555"), token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("tenantType")).toString(), QStringLiteral("AAD"));
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/organization/00000000-0000-0000-0000-000000000001"), token).status, 404);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/organization"), QString()).status, 401);
    QCOMPARE(m_env.send("PATCH", QStringLiteral("/v1.0/organization"), token, "{}").status, 405);
}

void TestSandboxDirectory::defaultUserProperties()
{
    // Without $select Graph returns users' basic set only; the rest must be selected.
    const QStringList basic {QStringLiteral("businessPhones"),
                             QStringLiteral("displayName"),
                             QStringLiteral("givenName"),
                             QStringLiteral("id"),
                             QStringLiteral("jobTitle"),
                             QStringLiteral("mail"),
                             QStringLiteral("mobilePhone"),
                             QStringLiteral("officeLocation"),
                             QStringLiteral("preferredLanguage"),
                             QStringLiteral("surname"),
                             QStringLiteral("userPrincipalName")};
    auto reply = m_env.get(QStringLiteral("/v1.0/users?$top=3"), admin());
    QCOMPARE(reply.status, 200);
    for (const QJsonValue& v : reply.value()) {
        QStringList keys = v.toObject().keys();
        QCOMPARE(keys, basic);
    }
    reply = m_env.get(QStringLiteral("/v1.0/users/") + m_alex, admin());
    QCOMPARE(reply.json().keys().contains(QStringLiteral("accountEnabled")), false);
    reply = m_env.get(QStringLiteral("/v1.0/users/") + m_alex + QStringLiteral("?$select=accountEnabled,userType"),
                      admin());
    QVERIFY(reply.json().contains(QStringLiteral("accountEnabled")));
}
