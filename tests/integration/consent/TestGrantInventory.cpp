#include "InventoryTestKit.h"

#include "async/Async.h"
#include "report/PermissionReport.h"

#include "TestPaths.h"

#include <QDir>
#include <QJsonArray>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QTest>

namespace {

const QString GlobalAdmin = QStringLiteral("grace.admin@mini.onmicrosoft.com");
const QString GlobalReader = QStringLiteral("gil.reader@mini.onmicrosoft.com");
const QString Alex = QStringLiteral("alex.wilber@mini.onmicrosoft.com");
const QString NorthwindSpId = QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076");
const QString NorthwindAppId = QStringLiteral("c34bd620-c9f8-5666-8513-79e9e000421c");

struct Expected
{
    int tenantWide = 0;
    int tenantWideScopes = 0;
    int userGrants = 0;
    QSet<QString> users;
    int application = 0;
};

// What the fixture file holds, computed independently of ConsentDesk's code.
QHash<QString, Expected> expectedFromFixture(const QJsonObject& fixture, int* grants, int* assignments, int* sps)
{
    QHash<QString, Expected> result;
    *grants = 0;
    *assignments = 0;
    for (const auto& v : fixture.value(QStringLiteral("oauth2PermissionGrants")).toArray()) {
        const QJsonObject g = v.toObject();
        Expected& e = result[g.value(QStringLiteral("clientId")).toString()];
        ++*grants;
        if (g.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            ++e.tenantWide;
            e.tenantWideScopes
                += int(g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        } else {
            ++e.userGrants;
            e.users.insert(g.value(QStringLiteral("principalId")).toString());
        }
    }
    for (const auto& v : fixture.value(QStringLiteral("appRoleAssignments")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("principalType")).toString() == QLatin1String("ServicePrincipal")) {
            ++result[a.value(QStringLiteral("principalId")).toString()].application;
            ++*assignments;
        }
    }
    *sps = int(fixture.value(QStringLiteral("servicePrincipals")).toArray().size());
    return result;
}

} // namespace

class TestGrantInventory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tenantTotalsMatchTheFixture_data();
    void tenantTotalsMatchTheFixture();
    void countCheckIsReported();
    void oneAppWithUsersAndClaimsResolved();
    void unknownAppIsNotFound();
    void exportOfOneApp();
    void findUsersByPrefixAndSearch();
    void lookupDestroyedMidSearchAnswersNobody();
    void lookupDestroyedMidDetailsAnswersNobody();
    void userLookupShowsConsentsTenantWideAndGroupRoles();
    void globalReaderSeesEverything();
    void demoTenantTotalsAndNestedGroupRoles();

private:
    std::unique_ptr<ConsentTestHarness> m_h;
    std::unique_ptr<InventoryTestKit> m_kit;
};

void TestGrantInventory::init()
{
    m_h = std::make_unique<ConsentTestHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->signInAs(GlobalAdmin);
    m_kit = std::make_unique<InventoryTestKit>(*m_h);
}

void TestGrantInventory::cleanup()
{
    m_kit.reset();
    m_h.reset();
}

void TestGrantInventory::tenantTotalsMatchTheFixture_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one page") << 999;
    QTest::newRow("pages of 5") << 5; // counts must be right across pages
}

void TestGrantInventory::tenantTotalsMatchTheFixture()
{
    QFETCH(int, pageSize);
    int grants = 0, assignments = 0, sps = 0;
    const auto expected = expectedFromFixture(InventoryTestKit::fixture(), &grants, &assignments, &sps);
    int changes = 0;
    const TenantInventory inv = m_kit->tenant(pageSize, &changes);
    QVERIFY2(!inv.error.isError(), qPrintable(inv.error.summary()));
    QCOMPARE(inv.servicePrincipals, sps);
    QCOMPARE(inv.apps.size(), sps);
    QCOMPARE(inv.tenantWideGrants + inv.userGrants, grants);
    QCOMPARE(inv.applicationPermissions, assignments);
    QVERIFY(changes >= sps); // streamed: every app at least once as its page arrived
    for (const auto& app : inv.apps) {
        const Expected e = expected.value(app.app.id);
        QCOMPARE(app.tenantWideGrants, e.tenantWide);
        QCOMPARE(app.tenantWideScopes, e.tenantWideScopes);
        QCOMPARE(app.userGrants, e.userGrants);
        QCOMPARE(app.users, int(e.users.size()));
        QCOMPARE(app.applicationPermissions, e.application);
        // What acts tenant-wide and what users consented to are ranked apart; the riskiest of both is the app's.
        QCOMPARE(app.tenantWideRiskPermission.isEmpty(), e.tenantWide + e.application == 0);
        QCOMPARE(app.userConsentRiskPermission.isEmpty(), e.userGrants == 0);
        QCOMPARE(app.highestRisk, std::max(app.tenantWideRisk, app.userConsentRisk));
        QVERIFY(app.highestRiskPermission == app.tenantWideRiskPermission
                || app.highestRiskPermission == app.userConsentRiskPermission);
        QVERIFY(app.mailboxPermissions.isEmpty() || e.application > 0);
    }
    const AppSummary* northwind = inv.app(NorthwindSpId);
    QVERIFY(northwind);
    QVERIFY(northwind->highestRisk >= RiskLevel::High); // Mail.Read as an application permission
    QVERIFY(northwind->highestRiskPermission.endsWith(QStringLiteral("(Application)")));
    QCOMPARE(northwind->tenantWideRisk, northwind->highestRisk);
    QVERIFY(northwind->mailboxPermissions.contains(QStringLiteral("Mail.Read"))); // reaches mailboxes
    const AppSummary* graph = inv.app(QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6"));
    QVERIFY(graph && graph->microsoftApp);
    if (pageSize < 999) {
        QVERIFY(inv.requests > 3); // it did page
    }
}

void TestGrantInventory::countCheckIsReported()
{
    const TenantInventory inv = m_kit->tenant(5);
    QCOMPARE(inv.countChecks.size(), 3);
    for (const auto& check : inv.countChecks) {
        QVERIFY2(check.isChecked(), qPrintable(check.describe())); // $count with ConsistencyLevel was honoured
        QVERIFY2(!check.mismatch(), qPrintable(check.describe()));
    }
    QCOMPARE(inv.countChecks.at(1).collection, QStringLiteral("oauth2PermissionGrants"));
    QCOMPARE(inv.countChecks.at(1).reported, inv.countChecks.at(1).received);
    QVERIFY(!inv.hasMismatch());
    // What a mismatch looks like to the views (the sandbox does not drop grants while paging: see the report).
    TenantInventory::CountCheck lost {QStringLiteral("oauth2PermissionGrants"), 613, 839, 0};
    QVERIFY(lost.mismatch());
    QVERIFY(lost.describe().contains(QStringLiteral("613")));
}

void TestGrantInventory::oneAppWithUsersAndClaimsResolved()
{
    const AppInventory inv = m_kit->app(ServicePrincipalCache::Key::byAppId(NorthwindAppId));
    QVERIFY2(!inv.error.isError(), qPrintable(inv.error.summary()));
    QCOMPARE(inv.app.id, NorthwindSpId);
    QCOMPARE(inv.grants.size(), 2);
    QCOMPARE(inv.assignments.size(), 2);
    const auto tenantWide = inv.rows(GrantedPermission::Source::TenantWide);
    QStringList values;
    for (const auto& r : tenantWide) {
        values.append(r.permission.value);
        QCOMPARE(r.permission.resourceDisplayName, QStringLiteral("Microsoft Graph"));
        QVERIFY(r.permission.published);
        QVERIFY(!r.permission.displayName.isEmpty());
    }
    QCOMPARE(values, (QStringList {QStringLiteral("User.Read"), QStringLiteral("Mail.Read")}));
    const auto users = inv.rows(GrantedPermission::Source::User);
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.first().principalDisplayName, QStringLiteral("Alex Wilber"));
    QCOMPARE(users.first().principalUpn, Alex);
    const auto application = inv.rows(GrantedPermission::Source::Application);
    QCOMPARE(application.size(), 2);
    QStringList roles;
    for (const auto& r : application) {
        roles.append(r.permission.value);
        QVERIFY(r.permission.published);
    }
    roles.sort();
    QCOMPARE(roles, (QStringList {QStringLiteral("Mail.Read"), QStringLiteral("User.Read.All")}));
}

void TestGrantInventory::unknownAppIsNotFound()
{
    const AppInventory inv
        = m_kit->app(ServicePrincipalCache::Key::byAppId(QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000")));
    QVERIFY(!inv.isValid());
    QCOMPARE(inv.error.kind, GraphError::Kind::NotFound);
}

void TestGrantInventory::exportOfOneApp()
{
    const AppInventory inv = m_kit->app(ServicePrincipalCache::Key::byId(NorthwindSpId));
    const Table t = PermissionReport::table(inv.permissions);
    QCOMPARE(t.rows.size(), 2 + 2 + 2);
    const int type = t.columnIndex(QStringLiteral("PermissionType"));
    QCOMPARE(t.rows.at(0).at(type).toString(), QStringLiteral("Delegated-AllPrincipals"));
    QCOMPARE(t.rows.at(2).at(type).toString(), QStringLiteral("Delegated-Principal"));
    QCOMPARE(t.rows.at(4).at(type).toString(), QStringLiteral("Application"));
}

void TestGrantInventory::findUsersByPrefixAndSearch()
{
    GraphError error;
    const QList<User> jon = m_kit->findUsers(QStringLiteral("Jon"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.summary()));
    QVERIFY(!jon.isEmpty());
    QCOMPARE(jon.first().displayName, QStringLiteral("Jon Smithers")); // prefix matches come first
    QStringList names;
    for (const auto& u : m_kit->findUsers(QStringLiteral("smith"))) {
        names.append(u.displayName);
    }
    // "smith" starts no name, UPN or mail: only $search's word match finds them.
    QVERIFY2(names.contains(QStringLiteral("John Smith")), qPrintable(names.join(QLatin1Char(','))));
    const QList<User> byMail = m_kit->findUsers(QStringLiteral("adele.vance@"));
    QVERIFY(!byMail.isEmpty());
    QCOMPARE(byMail.first().userPrincipalName, QStringLiteral("adele.vance@mini.onmicrosoft.com"));
    // A quote is data, not syntax: no 400, simply nobody.
    const QList<User> none = m_kit->findUsers(QStringLiteral("O'Brien"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.summary()));
    QVERIFY(none.isEmpty());
}

// findUsers() gathers its two reads with Async::all continued on the lookup: destroyed before they answer, its future
// is cancelled and nobody is called with one mode's users.
void TestGrantInventory::lookupDestroyedMidSearchAnswersNobody()
{
    auto* lookup = new UserConsentLookup(&m_h->client(), &m_h->cache());
    QFuture<UserConsentLookup::Found> finding = lookup->findUsers(QStringLiteral("Jon"));
    bool called = false;
    QObject context;
    Async::then(finding, &context, [&called](const UserConsentLookup::Found&) { called = true; });
    QVERIFY(!finding.isFinished()); // never answered inside the call
    delete lookup;
    QTRY_VERIFY_WITH_TIMEOUT(finding.isCanceled(), 5000);
    QTest::qWait(200); // the replies still under way arrive and find nothing freed
    QVERIFY(!called);
    // A lookup that lives answers with both modes' users.
    QVERIFY(!m_kit->findUsers(QStringLiteral("Jon")).isEmpty());
}

// load() gathers the user's five detail reads with Async::all continued on the lookup: destroyed once the first of
// them has answered (the others, the groups' $batch and the mailbox resources' reads still under way), its future is
// cancelled and nobody is called with part of the user's access.
void TestGrantInventory::lookupDestroyedMidDetailsAnswersNobody()
{
    auto* lookup = new UserConsentLookup(&m_h->client(), &m_h->cache());
    QPointer<UserConsentLookup> alive(lookup);
    bool detailAnswered = false;
    QObject watch;
    QObject::connect(&m_h->network(), &QNetworkAccessManager::finished, &watch, [&](QNetworkReply* reply) {
        if (alive && reply->url().path().endsWith(QLatin1String("/oauth2PermissionGrants"))) {
            detailAnswered = true;
            delete alive.data();
        }
    });
    QFuture<UserConsentView> loading = lookup->load(Alex);
    bool called = false;
    QObject context;
    Async::then(loading, &context, [&called](const UserConsentView&) { called = true; });
    QTRY_VERIFY_WITH_TIMEOUT(detailAnswered, 10000);
    QVERIFY(!alive);
    QTRY_VERIFY_WITH_TIMEOUT(loading.isCanceled(), 5000);
    QTest::qWait(300); // the reads still under way arrive and find nothing freed
    QVERIFY(!called);
    // A lookup that lives answers with the user's access.
    const UserConsentView view = m_kit->user(Alex);
    QVERIFY2(!view.error.isError(), qPrintable(view.error.summary()));
    QVERIFY(!view.userConsents.isEmpty() || !view.tenantWide.isEmpty());
}

void TestGrantInventory::userLookupShowsConsentsTenantWideAndGroupRoles()
{
    const UserConsentView view = m_kit->user(Alex);
    QVERIFY2(!view.error.isError(), qPrintable(view.error.summary()));
    QCOMPARE(view.user.displayName, QStringLiteral("Alex Wilber"));
    QStringList apps = view.consentedApps();
    apps.sort();
    QCOMPARE(apps, (QStringList {QStringLiteral("Northwind CRM"), QStringLiteral("Tailspin Projects")}));
    for (const auto& r : view.userConsents) {
        QCOMPARE(r.source, GrantedPermission::Source::User);
        QCOMPARE(r.principalId, view.user.id);
    }
    QSet<QString> everyone;
    for (const auto& r : view.tenantWide) {
        QCOMPARE(r.source, GrantedPermission::Source::TenantWide);
        everyone.insert(r.clientDisplayName);
    }
    QVERIFY(everyone.contains(QStringLiteral("Northwind CRM")));
    QVERIFY(everyone.contains(QStringLiteral("Litware Outreach")));
    QVERIFY(everyone.contains(QStringLiteral("Tailspin Projects"))); // HR.Read on Contoso HR API
    // Alex is in Sales, which holds a role on Contoso HR API.
    bool throughSales = false;
    for (const auto& r : view.appRoles) {
        QCOMPARE(r.source, GrantedPermission::Source::AppRoleAssignment);
        throughSales
            = throughSales
              || (r.grantedThrough == QLatin1String("Sales") && r.clientDisplayName == QLatin1String("Contoso HR API"));
    }
    QVERIFY(throughSales);
    QVERIFY(!view.groups.isEmpty());
    // Northwind CRM holds Mail.Read as an application permission: it reaches Alex's mailbox unless Exchange scopes it.
    bool northwind = false;
    for (const auto& m : view.mailboxAccess) {
        if (m.clientDisplayName == QLatin1String("Northwind CRM")) {
            northwind = true;
            QCOMPARE(m.scope, MailboxScopeProvider::Scope::NotChecked);
            QVERIFY(m.permissions.join(QLatin1Char(',')).contains(QStringLiteral("Mail.Read")));
        }
    }
    QVERIFY(northwind);
}

void TestGrantInventory::globalReaderSeesEverything()
{
    m_h->signInAs(GlobalReader);
    const UserConsentView view = m_kit->user(Alex);
    QVERIFY2(!view.error.isError(), qPrintable(view.error.summary()));
    QCOMPARE(view.consentedApps().size(), 2);
    const TenantInventory inv = m_kit->tenant();
    QVERIFY2(!inv.error.isError(), qPrintable(inv.error.summary()));
    const AppInventory app = m_kit->app(ServicePrincipalCache::Key::byId(NorthwindSpId));
    QVERIFY2(!app.error.isError(), qPrintable(app.error.summary()));
    QCOMPARE(app.permissions.size(), 6);
}

void TestGrantInventory::demoTenantTotalsAndNestedGroupRoles()
{
    // The demo tenant (Contoso), read by its Global Reader: totals as the fixture holds them, and app roles that
    // reach a user only through a group nested in the assigned group.
    ConsentTestHarness demo(SandboxOptions {});
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    demo.signInAs(QStringLiteral("kwame.mensah@contoso.com"));
    InventoryTestKit kit(demo);
    QFile file(QDir(TestPaths::sourceDir()).filePath(QStringLiteral("resources/fixtures/contoso.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int grants = 0, assignments = 0, sps = 0;
    const auto expected
        = expectedFromFixture(QJsonDocument::fromJson(file.readAll()).object(), &grants, &assignments, &sps);
    const TenantInventory inv = kit.tenant(50);
    QVERIFY2(!inv.error.isError(), qPrintable(inv.error.summary()));
    QVERIFY2(!inv.hasMismatch(), qPrintable(inv.mismatches().join(QStringLiteral("; "))));
    QCOMPARE(inv.servicePrincipals, sps);
    QCOMPARE(inv.tenantWideGrants + inv.userGrants, grants);
    QCOMPARE(inv.applicationPermissions, assignments);
    for (const auto& app : inv.apps) {
        const Expected e = expected.value(app.app.id);
        QCOMPARE(app.tenantWideGrants, e.tenantWide);
        QCOMPARE(app.userGrants, e.userGrants);
        QCOMPARE(app.users, int(e.users.size()));
        QCOMPARE(app.applicationPermissions, e.application);
        // What acts tenant-wide and what users consented to are ranked apart; the riskiest of both is the app's.
        QCOMPARE(app.tenantWideRiskPermission.isEmpty(), e.tenantWide + e.application == 0);
        QCOMPARE(app.userConsentRiskPermission.isEmpty(), e.userGrants == 0);
        QCOMPARE(app.highestRisk, std::max(app.tenantWideRisk, app.userConsentRisk));
        QVERIFY(app.highestRiskPermission == app.tenantWideRiskPermission
                || app.highestRiskPermission == app.userConsentRiskPermission);
        QVERIFY(app.mailboxPermissions.isEmpty() || e.application > 0);
    }

    // Lars is in Engineering Department, a member of "Tailspin Projects Users" and of "All Employees".
    const UserConsentView lars = kit.user(QStringLiteral("lars.johansson@contoso.com"));
    QVERIFY2(!lars.error.isError(), qPrintable(lars.error.summary()));
    QStringList through;
    for (const auto& r : lars.appRoles) {
        through.append(r.clientDisplayName + QStringLiteral(" via ") + r.grantedThrough);
        if (r.permission.permissionId == QLatin1String("00000000-0000-0000-0000-000000000000")) {
            QCOMPARE(r.permission.displayName, QStringLiteral("Default access"));
        }
    }
    QVERIFY2(through.contains(QStringLiteral("Tailspin Projects via Tailspin Projects Users")),
             qPrintable(through.join(QLatin1Char(','))));
    QVERIFY2(through.contains(QStringLiteral("Woodgrove Expenses via All Employees")),
             qPrintable(through.join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(TestGrantInventory)
#include "TestGrantInventory.moc"
