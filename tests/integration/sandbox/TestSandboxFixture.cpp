#include "TestPaths.h"
#include "sandbox/TenantStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

// The demo tenant Contoso (resources/fixtures/contoso.json) as issue 3 describes it: Microsoft's real Graph permission
// ids, the directory roles, the four scenario apps, the consent requests in every state, and what ConsentDesk itself
// has been granted.
class TestSandboxFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void graphPermissionsMatchMicrosoft();
    void graphPermissionsMatchTheTable();
    void sizeAndRoles();
    void scenarioApps();
    void consentRequests();
    void consentDeskGrant();
    void catalogBeatsConsentRequests();

private:
    struct Permission
    {
        const char* type; // "delegated" or "application"
        const char* value;
        const char* id;
    };
    static const QList<Permission>& issuePermissions();
    QJsonObject servicePrincipal(const QString& displayName) const;
    QStringList appRoleValues(const QString& clientDisplayName) const;

    TenantStore m_store;
    QJsonObject m_graph;
};

// Every permission issue 3 names, with Microsoft's id (Graph's permissions reference, "Microsoft Graph permissions
// reference"; application = appRoles, delegated = oauth2PermissionScopes). Kept here, not read from a file, so a
// careless edit of the fixture and of tests/data/graph-permissions.tsv cannot agree on a wrong id.
const QList<TestSandboxFixture::Permission>& TestSandboxFixture::issuePermissions()
{
    static const QList<Permission> table {
        {"delegated", "User.Read", "e1fe6dd8-ba31-4d61-89e7-88639da4683d"},
        {"delegated", "User.Read.All", "a154be20-db9c-4678-8ab7-66f6cc099a59"},
        {"application", "User.Read.All", "df021288-bdef-4463-88db-98f22de89214"},
        {"delegated", "Directory.Read.All", "06da0dbc-49e2-44d2-8312-53f166ab848a"},
        {"application", "Directory.Read.All", "7ab1d382-f21e-4acd-a863-ba3e13f7da61"},
        {"delegated", "Calendars.Read", "465a38f9-76ea-45b9-9f34-9e8b0d4b0b42"},
        {"application", "Calendars.Read", "798ee544-9d2d-430c-a058-570e29e34338"},
        {"delegated", "Calendars.ReadWrite", "1ec239c2-d7c9-4623-a91a-a9775856bb36"},
        {"application", "Calendars.ReadWrite", "ef54d2bf-783f-4e0f-bca1-3210c0444d99"},
        {"application", "Calendars.ReadBasic.All", "8ba4a692-bc31-4128-9094-475872af8a53"},
        {"delegated", "Calendars.Read.Shared", "2b9c4092-424d-4249-948d-b43879977640"},
        {"delegated", "Calendars.ReadWrite.Shared", "12466101-c9b8-439a-8589-dd09ee67e8e9"},
        {"delegated", "Mail.Read", "570282fd-fa5c-430d-a7fd-fc8dc98a9dca"},
        {"application", "Mail.Read", "810c84a8-4a9e-49e6-bf7d-12d183f40d01"},
        {"delegated", "Mail.ReadBasic", "a4b8392a-d8d1-4954-a029-8e668a39a170"},
        {"application", "Mail.ReadBasic", "6be147d2-ea4f-4b5a-a3fa-3eab6f3c140a"},
        {"application", "Mail.ReadBasic.All", "693c5e45-0940-467d-9b8a-1022fb9d42ef"},
        {"delegated", "Mail.ReadWrite", "024d486e-b451-40bb-833d-3e66d98c5c73"},
        {"application", "Mail.ReadWrite", "e2a3a72e-5f79-4c64-b1b1-878b674786c9"},
        {"delegated", "Mail.Send", "e383f46e-2787-4529-855e-0e479a3ffac0"},
        {"application", "Mail.Send", "b633e1c5-b582-4048-a93e-9f11b44c7e96"},
        {"delegated", "SMTP.Send", "258f6531-6087-4cc4-bb90-092c5fb3ed3f"},
        {"delegated", "Contacts.Read", "ff74d97f-43af-4b68-9f2a-b77ee6968c5d"},
        {"application", "Contacts.Read", "089fe4d0-434a-44c5-8827-41ba8a0b17f5"},
        {"delegated", "Contacts.Read.Shared", "242b9d9e-ed24-4d09-9a52-f43769beb9d4"},
        {"delegated", "Files.ReadWrite.All", "863451e7-0667-486c-a5d6-d135439485f0"},
        {"application", "Files.ReadWrite.All", "75359482-378d-4052-8f01-80520e7db3cd"},
        {"delegated", "Sites.ReadWrite.All", "89fe6a52-be36-487e-b7d8-d061c450a026"},
        {"application", "Sites.ReadWrite.All", "9492366f-7969-46a4-8d15-ed1a20078fff"},
        {"delegated", "Group.Read.All", "5f8c59db-677d-491f-a6b8-5f174b11ec1d"},
        {"application", "Group.Read.All", "5b567255-7703-4780-807c-7be8301ae99b"},
        {"delegated", "Tasks.Read", "f45671fb-e0fe-4b4b-be20-3d3ce43f1bcb"},
        {"delegated", "TeamsActivity.Send", "7ab1d787-bae7-4d5d-8db6-37ea32df9186"},
        {"application", "TeamsActivity.Send", "a267235f-af13-44dc-8385-c1dc93023186"},
        {"delegated", "offline_access", "7427e0e9-2fba-42fe-b0c0-848c9e6a8182"},
        {"delegated", "openid", "37f7f235-527c-4136-accd-4a02d197296e"},
        {"delegated", "profile", "14dad69e-099b-42c9-810b-d002981feec1"},
        {"delegated", "email", "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0"},
        // What ConsentDesk itself reads and writes with.
        {"delegated", "ConsentRequest.Read.All", "f3bfad56-966e-4590-a536-82ecf548ac1e"},
        {"delegated", "Policy.Read.All", "572fea84-0151-49b2-9301-11cb16974376"},
        {"delegated", "DelegatedPermissionGrant.ReadWrite.All", "41ce6ca6-6826-4807-84f1-1c82854f7ee5"},
        {"delegated", "AppRoleAssignment.ReadWrite.All", "84bccea3-f856-4a8a-967b-dbe0a3d53a64"},
        {"delegated", "Application.ReadWrite.All", "bdfbf15f-ee85-4955-8675-146e8e5296b5"},
        {"application", "Application.ReadWrite.All", "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9"},
        {"application", "AppRoleAssignment.ReadWrite.All", "06b708a9-e830-4db3-a914-8e69da51d44f"},
    };
    return table;
}

void TestSandboxFixture::initTestCase()
{
    QString error;
    QVERIFY2(m_store.loadFile(TestPaths::fixture(QStringLiteral("contoso.json")), &error), qPrintable(error));
    const auto graph = m_store.servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-c000-000000000000"));
    QVERIFY(graph);
    m_graph = *graph;
}

QJsonObject TestSandboxFixture::servicePrincipal(const QString& displayName) const
{
    for (const auto& sp : m_store.list(QStringLiteral("servicePrincipals"))) {
        if (sp.value(QStringLiteral("displayName")).toString() == displayName) {
            return sp;
        }
    }
    return {};
}

QStringList TestSandboxFixture::appRoleValues(const QString& clientDisplayName) const
{
    QHash<QString, QString> values;
    for (const auto& role : m_graph.value(QStringLiteral("appRoles")).toArray()) {
        values.insert(role[QStringLiteral("id")].toString(), role[QStringLiteral("value")].toString());
    }
    QStringList result;
    const QString clientId = servicePrincipal(clientDisplayName).value(QStringLiteral("id")).toString();
    for (const auto& a : m_store.assignmentsByPrincipal(clientId)) {
        result.append(values.value(a.value(QStringLiteral("appRoleId")).toString()));
    }
    return result;
}

void TestSandboxFixture::graphPermissionsMatchMicrosoft()
{
    // At least the 80 most used permissions, each with Graph's shape.
    const QJsonArray roles = m_graph.value(QStringLiteral("appRoles")).toArray();
    const QJsonArray scopes = m_graph.value(QStringLiteral("oauth2PermissionScopes")).toArray();
    QVERIFY2(roles.size() + scopes.size() >= 80, qPrintable(QString::number(roles.size() + scopes.size())));
    for (const auto& r : roles) {
        const QJsonObject role = r.toObject();
        QCOMPARE(role.value(QStringLiteral("allowedMemberTypes")).toArray(),
                 QJsonArray {QStringLiteral("Application")});
        QVERIFY(!role.value(QStringLiteral("description")).toString().isEmpty());
        QVERIFY(!role.value(QStringLiteral("displayName")).toString().isEmpty());
        QVERIFY(role.value(QStringLiteral("isEnabled")).toBool());
    }
    for (const auto& s : scopes) {
        const QJsonObject scope = s.toObject();
        const QString type = scope.value(QStringLiteral("type")).toString();
        QVERIFY2(type == QLatin1String("User") || type == QLatin1String("Admin"), qPrintable(type));
        QVERIFY(!scope.value(QStringLiteral("adminConsentDescription")).toString().isEmpty());
        QVERIFY(!scope.value(QStringLiteral("adminConsentDisplayName")).toString().isEmpty());
    }
    // Every entry of the test's table, by type, value and id.
    for (const Permission& p : issuePermissions()) {
        const bool application = qstrcmp(p.type, "application") == 0;
        const QJsonArray list = application ? roles : scopes;
        bool found = false;
        for (const auto& entry : list) {
            if (entry[QStringLiteral("value")].toString() == QLatin1String(p.value)) {
                QCOMPARE(entry[QStringLiteral("id")].toString(), QString::fromLatin1(p.id));
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(p.type), QLatin1String(p.value))));
    }
    // Admin-only as Microsoft publishes them: Directory.Read.All needs an admin, User.Read does not.
    for (const auto& s : scopes) {
        const QString value = s[QStringLiteral("value")].toString();
        if (value == QLatin1String("Directory.Read.All") || value == QLatin1String("Mail.ReadBasic.All")) {
            QCOMPARE(s[QStringLiteral("type")].toString(), QStringLiteral("Admin"));
        } else if (value == QLatin1String("User.Read") || value == QLatin1String("Mail.Send")) {
            QCOMPARE(s[QStringLiteral("type")].toString(), QStringLiteral("User"));
        }
    }
}

void TestSandboxFixture::graphPermissionsMatchTheTable()
{
    // All of the fixture's Graph permissions agree with tests/data/graph-permissions.tsv (157 rows from Microsoft's
    // reference), and the table agrees with the ids above.
    QFile tsv(QDir(TestPaths::sourceDir()).filePath(QStringLiteral("tests/data/graph-permissions.tsv")));
    QVERIFY(tsv.open(QIODevice::ReadOnly));
    QHash<QString, QString> table; // "type value" -> id
    for (const QByteArray& line : tsv.readAll().split('\n')) {
        const QList<QByteArray> cells = line.trimmed().split('\t');
        if (cells.size() == 3 && cells.first() != "type") {
            table.insert(QString::fromLatin1(cells.at(0) + ' ' + cells.at(1)), QString::fromLatin1(cells.at(2)));
        }
    }
    QVERIFY(table.size() >= 150);
    for (const Permission& p : issuePermissions()) {
        const QString key = QStringLiteral("%1 %2").arg(QLatin1String(p.type), QLatin1String(p.value));
        QCOMPARE(table.value(key), QString::fromLatin1(p.id));
    }
    int checked = 0;
    for (const auto& [name, type] :
         {std::pair {QStringLiteral("appRoles"), QStringLiteral("application")},
          std::pair {QStringLiteral("oauth2PermissionScopes"), QStringLiteral("delegated")}}) {
        for (const auto& entry : m_graph.value(name).toArray()) {
            const QString key = type + QLatin1Char(' ') + entry[QStringLiteral("value")].toString();
            QVERIFY2(table.contains(key), qPrintable(key));
            QCOMPARE(entry[QStringLiteral("id")].toString(), table.value(key));
            ++checked;
        }
    }
    QVERIFY(checked >= 80);
}

void TestSandboxFixture::sizeAndRoles()
{
    QVERIFY(m_store.count(QStringLiteral("users")) >= 35 && m_store.count(QStringLiteral("users")) <= 50);
    QVERIFY(m_store.count(QStringLiteral("groups")) >= 18 && m_store.count(QStringLiteral("groups")) <= 25);
    QVERIFY(m_store.count(QStringLiteral("servicePrincipals")) >= 28);
    QSet<QString> roles;
    for (const auto& role : m_store.list(QStringLiteral("directoryRoles"))) {
        QVERIFY(!m_store.roleMemberIds(role.value(QStringLiteral("id")).toString()).isEmpty());
        roles.insert(role.value(QStringLiteral("displayName")).toString());
    }
    for (const char* name : {"Global Administrator",
                             "Privileged Role Administrator",
                             "Cloud Application Administrator",
                             "Application Administrator",
                             "Global Reader",
                             "Helpdesk Administrator",
                             "Exchange Administrator"}) {
        QVERIFY2(roles.contains(QLatin1String(name)), name);
    }
    // Security, Microsoft 365 and mail-enabled security groups, and nesting.
    bool security = false, unified = false, mailEnabledSecurity = false, nested = false;
    for (const auto& g : m_store.list(QStringLiteral("groups"))) {
        const bool mail = g.value(QStringLiteral("mailEnabled")).toBool();
        const bool sec = g.value(QStringLiteral("securityEnabled")).toBool();
        const bool isUnified = g.value(QStringLiteral("groupTypes")).toArray().contains(QStringLiteral("Unified"));
        security = security || (sec && !mail);
        unified = unified || isUnified;
        mailEnabledSecurity = mailEnabledSecurity || (sec && mail && !isUnified);
        for (const auto& member : m_store.memberIds(g.value(QStringLiteral("id")).toString())) {
            nested = nested || m_store.get(QStringLiteral("groups"), member).has_value();
        }
    }
    QVERIFY(security && unified && mailEnabledSecurity && nested);
    // Exchange Online with its real ManageAsApp role.
    const auto exchange = m_store.servicePrincipalByAppId(QStringLiteral("00000002-0000-0ff1-ce00-000000000000"));
    QVERIFY(exchange);
    QVERIFY(QJsonDocument(exchange->value(QStringLiteral("appRoles")).toArray())
                .toJson()
                .contains("dc50a0fb-09a3-484d-be87-e023b12c6440"));
}

void TestSandboxFixture::scenarioApps()
{
    // A CRM holding org-wide mail, calendar and directory application permissions (the excess to shed).
    const QStringList crm = appRoleValues(QStringLiteral("Northwind CRM"));
    for (const char* role : {"Mail.Read", "Calendars.ReadWrite", "Directory.Read.All"}) {
        QVERIFY2(crm.contains(QLatin1String(role)), role);
    }
    // A project tool with delegated and application permissions on Graph.
    QVERIFY(!appRoleValues(QStringLiteral("Tailspin Projects")).isEmpty());
    const QString tailspin
        = servicePrincipal(QStringLiteral("Tailspin Projects")).value(QStringLiteral("id")).toString();
    QVERIFY(!m_store.grantsByClient(tailspin).isEmpty());
    // An app blocked by its disabled service principal.
    QCOMPARE(servicePrincipal(QStringLiteral("Gift Card Rewards Checker")).value(QStringLiteral("accountEnabled")),
             QJsonValue(false));
    // Individual user consents.
    int principalGrants = 0;
    for (const auto& grant : m_store.list(QStringLiteral("oauth2PermissionGrants"))) {
        principalGrants += grant.value(QStringLiteral("consentType")).toString() == QLatin1String("Principal");
    }
    QVERIFY(principalGrants >= 5);
}

void TestSandboxFixture::consentRequests()
{
    QSet<QString> requesters;
    QSet<QString> statuses;
    bool salesEngageCalendars = false;
    bool outreachMail = false;
    for (const auto& app : m_store.list(QStringLiteral("appConsentRequests"))) {
        QStringList pending;
        for (const auto& p : app.value(QStringLiteral("pendingScopes")).toArray()) {
            pending.append(p[QStringLiteral("displayName")].toString());
        }
        const QString name = app.value(QStringLiteral("appDisplayName")).toString();
        salesEngageCalendars = salesEngageCalendars
                               || (name == QLatin1String("Fabrikam Sales Engage")
                                   && pending.contains(QStringLiteral("Calendars.ReadWrite")));
        outreachMail = outreachMail
                       || (name == QLatin1String("Litware Outreach")
                           && QSet<QString>(pending.cbegin(), pending.cend())
                                  .contains({QStringLiteral("Mail.Send"),
                                             QStringLiteral("SMTP.Send"),
                                             QStringLiteral("Mail.ReadWrite"),
                                             QStringLiteral("offline_access")}));
        for (const auto& request : m_store.userConsentRequests(app.value(QStringLiteral("id")).toString())) {
            const QString status = request.value(QStringLiteral("status")).toString();
            statuses.insert(status);
            if (status == QLatin1String("InProgress")) {
                requesters.insert(
                    request[QStringLiteral("createdBy")][QStringLiteral("user")][QStringLiteral("id")].toString());
                QVERIFY(!request.value(QStringLiteral("reason")).toString().isEmpty());
            }
        }
    }
    QVERIFY(salesEngageCalendars);
    QVERIFY(outreachMail);
    QVERIFY(requesters.size() >= 3);
    QVERIFY(statuses.contains(QStringLiteral("Expired")));
    QVERIFY(statuses.contains(QStringLiteral("Completed")));
    QVERIFY(m_store.policy(QStringLiteral("adminConsentRequestPolicy")).value(QStringLiteral("isEnabled")).toBool());
}

void TestSandboxFixture::consentDeskGrant()
{
    // The organization consented to ConsentDesk's read set (src/auth/ConsentDeskScopes.cpp graphRead + OIDC), so a
    // Global Reader signs in to the demo without AADSTS90095; the write scopes are not consented: an administrator
    // gives them by incremental consent, as in a real tenant.
    const auto consentDesk = m_store.servicePrincipalByAppId(QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07"));
    QVERIFY(consentDesk);
    QStringList scopes;
    for (const auto& grant : m_store.grantsByClient(consentDesk->value(QStringLiteral("id")).toString())) {
        if (grant.value(QStringLiteral("resourceId")) == m_graph.value(QStringLiteral("id"))
            && grant.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            scopes += grant.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    for (const char* read : {"openid",
                             "profile",
                             "offline_access",
                             "User.Read",
                             "Directory.Read.All",
                             "ConsentRequest.Read.All",
                             "Policy.Read.All"}) {
        QVERIFY2(scopes.contains(QLatin1String(read)), read);
    }
    for (const char* write : {"DelegatedPermissionGrant.ReadWrite.All",
                              "AppRoleAssignment.ReadWrite.All",
                              "Application.ReadWrite.All",
                              "Policy.ReadWrite.ConsentRequest",
                              "Policy.ReadWrite.Authorization"}) {
        QVERIFY2(!scopes.contains(QLatin1String(write)), write);
    }
}

void TestSandboxFixture::catalogBeatsConsentRequests()
{
    // Fabrikam Sales Engage has no service principal yet; the fixture's catalog describes it (publisher, verified
    // publisher), and that must win over the bare name its consent request carries.
    const auto app = m_store.catalogApp(QStringLiteral("e79045c0-6db8-4cb2-8ab8-c1cc398fe6ee"));
    QVERIFY(app);
    QCOMPARE(app->value(QStringLiteral("publisherName")).toString(), QStringLiteral("Fabrikam, Inc."));
    QVERIFY(app->value(QStringLiteral("verifiedPublisher")).isObject());
    QVERIFY(!m_store.servicePrincipalByAppId(QStringLiteral("e79045c0-6db8-4cb2-8ab8-c1cc398fe6ee")));
}

QTEST_GUILESS_MAIN(TestSandboxFixture)
#include "TestSandboxFixture.moc"
