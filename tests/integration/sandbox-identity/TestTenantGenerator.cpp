#include "TestPaths.h"
#include "sandbox/TenantGenerator.h"
#include "sandbox/TenantStore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

// The generated tenants: deterministic, of the advertised size, and consistent (every reference resolves), so the
// store loads them and every endpoint can serve them.
class TestTenantGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseSize();
    void sameSeedSameTenant();
    void differentSeedDifferentTenant();
    void smallCounts();
    void wellKnownAccountsAndRoles();
    void referentialIntegrity();
    void realGraphPermissions();
    void graphTemplate();
    void storeLoadsIt();

private:
    static QByteArray bytes(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }
    static QHash<QString, QJsonObject> byId(const QJsonArray& array);
    QJsonObject m_small;
};

QHash<QString, QJsonObject> TestTenantGenerator::byId(const QJsonArray& array)
{
    QHash<QString, QJsonObject> map;
    for (const auto& value : array) {
        const QJsonObject object = value.toObject();
        map.insert(object.value(QStringLiteral("id")).toString(), object);
    }
    return map;
}

void TestTenantGenerator::initTestCase()
{
    m_small = TenantGenerator::generate(TenantGenerator::Size::Small, 42);
    QVERIFY(!m_small.isEmpty());
}

void TestTenantGenerator::parseSize()
{
    QCOMPARE(TenantGenerator::parseSize(QStringLiteral("small")), TenantGenerator::Size::Small);
    QCOMPARE(TenantGenerator::parseSize(QStringLiteral("Large")), TenantGenerator::Size::Large);
    QCOMPARE(TenantGenerator::parseSize(QStringLiteral("huge")), TenantGenerator::Size::Huge);
    QVERIFY(!TenantGenerator::parseSize(QStringLiteral("medium")));
    QVERIFY(!TenantGenerator::parseSize(QString()));
    QCOMPARE(TenantGenerator::sizeName(TenantGenerator::Size::Large), QStringLiteral("large"));
}

void TestTenantGenerator::sameSeedSameTenant()
{
    QCOMPARE(bytes(TenantGenerator::generate(TenantGenerator::Size::Small, 42)), bytes(m_small));
}

void TestTenantGenerator::differentSeedDifferentTenant()
{
    const QJsonObject other = TenantGenerator::generate(TenantGenerator::Size::Small, 43);
    QVERIFY(bytes(other) != bytes(m_small));
    QVERIFY(other.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id"))
            != m_small.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id")));
}

void TestTenantGenerator::smallCounts()
{
    const TenantGenerator::Counts expected = TenantGenerator::counts(TenantGenerator::Size::Small);
    QCOMPARE(expected.users, 200);
    QCOMPARE(m_small.value(QStringLiteral("users")).toArray().size(), expected.users);
    QCOMPARE(m_small.value(QStringLiteral("servicePrincipals")).toArray().size(), expected.servicePrincipals);
    QCOMPARE(m_small.value(QStringLiteral("oauth2PermissionGrants")).toArray().size(), expected.delegatedGrants);
    QCOMPARE(m_small.value(QStringLiteral("appRoleAssignments")).toArray().size(), expected.appRoleAssignments);
    int pending = 0;
    for (const auto& value : m_small.value(QStringLiteral("appConsentRequests")).toArray()) {
        for (const auto& request : value.toObject().value(QStringLiteral("userConsentRequests")).toArray()) {
            if (request.toObject().value(QStringLiteral("status")).toString() == QLatin1String("InProgress")) {
                ++pending;
                break;
            }
        }
    }
    QCOMPARE(pending, expected.pendingRequests);
    QCOMPARE(m_small.value(QStringLiteral("directoryRoles")).toArray().size(), 7);
    QVERIFY(m_small.value(QStringLiteral("groups")).toArray().size() >= 10);
    QCOMPARE(m_small.value(QStringLiteral("clients")).toArray().size(), 2);
    // Mostly per-user grants.
    int principal = 0;
    for (const auto& value : m_small.value(QStringLiteral("oauth2PermissionGrants")).toArray()) {
        principal += value.toObject().value(QStringLiteral("consentType")).toString() == QLatin1String("Principal");
    }
    QVERIFY2(principal > expected.delegatedGrants * 3 / 4, qPrintable(QString::number(principal)));
    const TenantGenerator::Counts large = TenantGenerator::counts(TenantGenerator::Size::Large);
    QCOMPARE(large.users, 20000);
    QCOMPARE(large.servicePrincipals, 3000);
    QCOMPARE(large.delegatedGrants, 60000);
    QCOMPARE(large.appRoleAssignments, 8000);
    QCOMPARE(large.pendingRequests, 300);
    QCOMPARE(TenantGenerator::counts(TenantGenerator::Size::Huge).users, 200000);
}

void TestTenantGenerator::wellKnownAccountsAndRoles()
{
    TenantStore store;
    QString error;
    QVERIFY2(store.load(m_small, &error), qPrintable(error));
    const QString domain = store.tenant().value(QStringLiteral("defaultDomain")).toString();
    const auto admin = store.userByIdOrUpn(QStringLiteral("admin@") + domain);
    const auto reader = store.userByIdOrUpn(QStringLiteral("reader@") + domain);
    QVERIFY(admin && reader);
    QVERIFY(store.directoryRoleTemplateIds(admin->value(QStringLiteral("id")).toString())
                .contains(QStringLiteral("62e90394-69f5-4237-9190-012177145e10")));
    QVERIFY(store.directoryRoleTemplateIds(reader->value(QStringLiteral("id")).toString())
                .contains(QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451")));
    const QSet<QString> templates {QStringLiteral("62e90394-69f5-4237-9190-012177145e10"),
                                   QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814"),
                                   QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7"),
                                   QStringLiteral("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"),
                                   QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451"),
                                   QStringLiteral("729827e3-9c14-49f7-bb1b-9608f156bbb8"),
                                   QStringLiteral("29232cdf-9323-42fd-ade2-1d097af3e4de")};
    QSet<QString> seen;
    for (const auto& role : store.list(QStringLiteral("directoryRoles"))) {
        seen.insert(role.value(QStringLiteral("roleTemplateId")).toString());
        QVERIFY(!store.roleMemberIds(role.value(QStringLiteral("id")).toString()).isEmpty());
    }
    QCOMPARE(seen, templates);
    // The ConsentDesk clients and the organization's consent to ConsentDesk.
    QVERIFY(store.client(TenantGenerator::kConsentDeskAppId)->value(QStringLiteral("publicClient")).toBool());
    QVERIFY(!store.client(TenantGenerator::kMisconfiguredWebAppId)->value(QStringLiteral("publicClient")).toBool(true));
    const auto consentDesk = store.servicePrincipalByAppId(TenantGenerator::kConsentDeskAppId);
    QVERIFY(consentDesk);
    QCOMPARE(store.grantsByClient(consentDesk->value(QStringLiteral("id")).toString()).size(), 2);
    // Nested groups and mail-enabled security groups.
    bool nested = false;
    bool mailEnabledSecurity = false;
    for (const auto& group : store.list(QStringLiteral("groups"))) {
        for (const auto& member : store.memberIds(group.value(QStringLiteral("id")).toString())) {
            nested = nested || store.get(QStringLiteral("groups"), member).has_value();
        }
        mailEnabledSecurity = mailEnabledSecurity
                              || (group.value(QStringLiteral("mailEnabled")).toBool()
                                  && group.value(QStringLiteral("securityEnabled")).toBool());
    }
    QVERIFY(nested);
    QVERIFY(mailEnabledSecurity);
    QVERIFY(store.policy(QStringLiteral("adminConsentRequestPolicy")).value(QStringLiteral("isEnabled")).toBool());
    QVERIFY(!store.exchange().value(QStringLiteral("mailboxes")).toArray().isEmpty());
}

void TestTenantGenerator::referentialIntegrity()
{
    const auto users = byId(m_small.value(QStringLiteral("users")).toArray());
    const auto groups = byId(m_small.value(QStringLiteral("groups")).toArray());
    const auto sps = byId(m_small.value(QStringLiteral("servicePrincipals")).toArray());
    QCOMPARE(users.size(), m_small.value(QStringLiteral("users")).toArray().size());
    QCOMPARE(sps.size(), m_small.value(QStringLiteral("servicePrincipals")).toArray().size());
    // Unique UPNs and appIds.
    QSet<QString> upns;
    for (const auto& user : users) {
        upns.insert(user.value(QStringLiteral("userPrincipalName")).toString().toLower());
    }
    QCOMPARE(upns.size(), users.size());
    QSet<QString> appIds;
    for (const auto& sp : sps) {
        appIds.insert(sp.value(QStringLiteral("appId")).toString());
    }
    QCOMPARE(appIds.size(), sps.size());
    for (const auto& group : groups) {
        for (const auto& member : group.value(QStringLiteral("members")).toArray()) {
            QVERIFY(users.contains(member.toString()) || groups.contains(member.toString()));
        }
    }
    for (const auto& value : m_small.value(QStringLiteral("directoryRoles")).toArray()) {
        for (const auto& member : value.toObject().value(QStringLiteral("members")).toArray()) {
            QVERIFY(users.contains(member.toString()));
        }
    }
    QSet<QString> grantKeys;
    QSet<QString> grantIds;
    for (const auto& value : m_small.value(QStringLiteral("oauth2PermissionGrants")).toArray()) {
        const QJsonObject grant = value.toObject();
        QVERIFY(sps.contains(grant.value(QStringLiteral("clientId")).toString()));
        const QJsonObject resource = sps.value(grant.value(QStringLiteral("resourceId")).toString());
        QVERIFY(!resource.isEmpty());
        const bool everyone = grant.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals");
        QVERIFY(everyone ? grant.value(QStringLiteral("principalId")).isNull()
                         : users.contains(grant.value(QStringLiteral("principalId")).toString()));
        QStringList published;
        for (const auto& scope : resource.value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
            published.append(scope.toObject().value(QStringLiteral("value")).toString());
        }
        for (const auto& scope : grant.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '))) {
            QVERIFY2(published.contains(scope), qPrintable(scope));
        }
        const QString key = grant.value(QStringLiteral("clientId")).toString()
                            + grant.value(QStringLiteral("resourceId")).toString()
                            + grant.value(QStringLiteral("principalId")).toString();
        QVERIFY(!grantKeys.contains(key));
        grantKeys.insert(key);
        grantIds.insert(grant.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(grantIds.size(), grantKeys.size());
    for (const auto& value : m_small.value(QStringLiteral("appRoleAssignments")).toArray()) {
        const QJsonObject assignment = value.toObject();
        const QString principal = assignment.value(QStringLiteral("principalId")).toString();
        const QString type = assignment.value(QStringLiteral("principalType")).toString();
        QVERIFY(type == QLatin1String("User") ? users.contains(principal) : sps.contains(principal));
        const QJsonObject resource = sps.value(assignment.value(QStringLiteral("resourceId")).toString());
        QVERIFY(!resource.isEmpty());
        QCOMPARE(assignment.value(QStringLiteral("resourceDisplayName")).toString(),
                 resource.value(QStringLiteral("displayName")).toString());
        const QString roleId = assignment.value(QStringLiteral("appRoleId")).toString();
        bool found = roleId == QLatin1String("00000000-0000-0000-0000-000000000000");
        for (const auto& role : resource.value(QStringLiteral("appRoles")).toArray()) {
            found = found || role.toObject().value(QStringLiteral("id")).toString() == roleId;
        }
        QVERIFY2(found, qPrintable(roleId));
    }
    for (const auto& value : m_small.value(QStringLiteral("appConsentRequests")).toArray()) {
        const QJsonObject request = value.toObject();
        QVERIFY(!request.value(QStringLiteral("pendingScopes")).toArray().isEmpty());
        for (const auto& user : request.value(QStringLiteral("userConsentRequests")).toArray()) {
            const QJsonObject createdBy = user.toObject()["createdBy"].toObject()["user"].toObject();
            QVERIFY(users.contains(createdBy.value(QStringLiteral("id")).toString()));
            QCOMPARE(createdBy.value(QStringLiteral("userPrincipalName")),
                     users.value(createdBy.value(QStringLiteral("id")).toString())
                         .value(QStringLiteral("userPrincipalName")));
        }
    }
    const auto mailboxes
        = m_small.value(QStringLiteral("exchange")).toObject().value(QStringLiteral("mailboxes")).toArray();
    for (const auto& mailbox : mailboxes) {
        QVERIFY(users.contains(mailbox.toObject().value(QStringLiteral("ExternalDirectoryObjectId")).toString()));
    }
    for (const auto& policy : m_small.value(QStringLiteral("exchange"))
                                  .toObject()
                                  .value(QStringLiteral("applicationAccessPolicies"))
                                  .toArray()) {
        QVERIFY(appIds.contains(policy.toObject().value(QStringLiteral("AppId")).toString()));
    }
}

void TestTenantGenerator::realGraphPermissions()
{
    QJsonObject graph;
    for (const auto& value : m_small.value(QStringLiteral("servicePrincipals")).toArray()) {
        if (value.toObject().value(QStringLiteral("appId")).toString()
            == QLatin1String("00000003-0000-0000-c000-000000000000")) {
            graph = value.toObject();
        }
    }
    QVERIFY(!graph.isEmpty());
    QHash<QString, QPair<QString, QString>> scopes;
    for (const auto& value : graph.value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
        const QJsonObject scope = value.toObject();
        scopes.insert(scope.value(QStringLiteral("value")).toString(),
                      {scope.value(QStringLiteral("id")).toString(), scope.value(QStringLiteral("type")).toString()});
    }
    QVERIFY(scopes.size() >= 30);
    QCOMPARE(scopes.value(QStringLiteral("User.Read")),
             qMakePair(QStringLiteral("e1fe6dd8-ba31-4d61-89e7-88639da4683d"), QStringLiteral("User")));
    QCOMPARE(scopes.value(QStringLiteral("Directory.Read.All")),
             qMakePair(QStringLiteral("06da0dbc-49e2-44d2-8312-53f166ab848a"), QStringLiteral("Admin")));
    QCOMPARE(scopes.value(QStringLiteral("offline_access")).first,
             QStringLiteral("7427e0e9-2fba-42fe-b0c0-848c9e6a8182"));
    QHash<QString, QString> roles;
    for (const auto& value : graph.value(QStringLiteral("appRoles")).toArray()) {
        roles.insert(value.toObject().value(QStringLiteral("value")).toString(),
                     value.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(roles.value(QStringLiteral("User.Read.All")), QStringLiteral("df021288-bdef-4463-88db-98f22de89214"));
    QCOMPARE(roles.value(QStringLiteral("Mail.Read")), QStringLiteral("810c84a8-4a9e-49e6-bf7d-12d183f40d01"));
    // The ids agree with the table the demo tenant was built from.
    QFile tsv(QDir(TestPaths::sourceDir()).filePath(QStringLiteral("tests/data/graph-permissions.tsv")));
    if (tsv.open(QIODevice::ReadOnly)) {
        int checked = 0;
        for (const QByteArray& line : tsv.readAll().split('\n')) {
            const QList<QByteArray> fields = line.trimmed().split('\t');
            if (fields.size() != 3 || fields.at(0) == "type") {
                continue;
            }
            const QString value = QString::fromLatin1(fields.at(1));
            const QString id = QString::fromLatin1(fields.at(2));
            if (fields.at(0) == "delegated" && scopes.contains(value)) {
                QCOMPARE(scopes.value(value).first, id);
                ++checked;
            } else if (fields.at(0) == "application" && roles.contains(value)) {
                QCOMPARE(roles.value(value), id);
                ++checked;
            }
        }
        QVERIFY(checked > 40);
    }
}

void TestTenantGenerator::graphTemplate()
{
    QFile file(TestPaths::fixture(QStringLiteral("contoso.json")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonObject graph;
    for (const auto& value :
         QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("servicePrincipals")).toArray()) {
        if (value.toObject().value(QStringLiteral("appId")).toString()
            == QLatin1String("00000003-0000-0000-c000-000000000000")) {
            graph = value.toObject();
        }
    }
    QVERIFY(!graph.isEmpty());
    const QJsonObject tenant = TenantGenerator::generate(TenantGenerator::Size::Small, 42, graph);
    TenantStore store;
    QVERIFY(store.load(tenant));
    const auto generatedGraph = store.servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-c000-000000000000"));
    QVERIFY(generatedGraph);
    QCOMPARE(generatedGraph->value(QStringLiteral("oauth2PermissionScopes")).toArray().size(),
             graph.value(QStringLiteral("oauth2PermissionScopes")).toArray().size());
    QVERIFY(generatedGraph->value(QStringLiteral("id")) != graph.value(QStringLiteral("id")));
}

void TestTenantGenerator::storeLoadsIt()
{
    TenantStore store;
    QString error;
    QVERIFY2(store.load(m_small, &error), qPrintable(error));
    QCOMPARE(store.count(QStringLiteral("users")), 200);
    QCOMPARE(store.count(QStringLiteral("oauth2PermissionGrants")), 600);
    // Apps users asked for without a service principal are known to the catalog (for POST /servicePrincipals).
    int unknownApps = 0;
    for (const auto& request : store.list(QStringLiteral("appConsentRequests"))) {
        const QString appId = request.value(QStringLiteral("appId")).toString();
        QVERIFY(store.catalogApp(appId));
        unknownApps += !store.servicePrincipalByAppId(appId).has_value();
    }
    QVERIFY(unknownApps > 0);
    // The consent settings: Microsoft Graph's sign-in permissions classified low impact, and the built-in permission
    // grant policies the admin center offers (low, legacy, recommended).
    const auto graph = store.servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-c000-000000000000"));
    QVERIFY(graph);
    QStringList low;
    for (const auto& c : store.classifications(graph->value(QStringLiteral("id")).toString())) {
        QCOMPARE(c.value(QStringLiteral("classification")).toString(), QStringLiteral("low"));
        low << c.value(QStringLiteral("permissionName")).toString();
    }
    low.sort();
    QCOMPARE(low,
             (QStringList {QStringLiteral("User.Read"),
                           QStringLiteral("email"),
                           QStringLiteral("offline_access"),
                           QStringLiteral("openid"),
                           QStringLiteral("profile")}));
    QStringList policies;
    for (const auto& p : store.permissionGrantPolicies()) {
        policies << p.toObject().value(QStringLiteral("id")).toString();
    }
    for (const auto& id : {QStringLiteral("microsoft-user-default-low"),
                           QStringLiteral("microsoft-user-default-legacy"),
                           QStringLiteral("microsoft-user-default-recommended")}) {
        QVERIFY2(policies.contains(id), qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestTenantGenerator)
#include "TestTenantGenerator.moc"
