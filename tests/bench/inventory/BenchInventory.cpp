#include "../../integration/consent/InventoryTestKit.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

// The grants inventory against the generated large tenant (20 000 users, 3 000 SPs, 60 000 grants): the tenant-wide
// scan (one listing of SPs and grants, appRoleAssignedTo per resource with application roles), one app, one user —
// and, for comparison, the per-app strategy of the PowerShell reports (two requests per app), measured on a sample
// and extrapolated. Prints one line per figure; checks the totals against the sandbox's store.
class BenchInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tenantScan();
    void perAppStrategySample();
    void oneApp();
    void oneUser();

private:
    static SandboxOptions largeTenant();
    std::unique_ptr<ConsentTestHarness> m_h;
    std::unique_ptr<InventoryTestKit> m_kit;
    QString m_busiestApp;
    QString m_busiestUser;
};

SandboxOptions BenchInventory::largeTenant()
{
    SandboxOptions options;
    options.generateSize = QStringLiteral("large");
    options.seed = 1;
    return options;
}

void BenchInventory::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_h = std::make_unique<ConsentTestHarness>(largeTenant());
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    const TenantStore& store = m_h->env().server().store();
    const QString domain = store.tenant().value(QStringLiteral("defaultDomain")).toString();
    m_h->signInAs(QStringLiteral("admin@") + domain);
    m_kit = std::make_unique<InventoryTestKit>(*m_h);
    std::printf("sandbox: large tenant up in %lld ms (%d users, %d service principals, %d grants, %d assignments)\n",
                static_cast<long long>(timer.elapsed()),
                store.count(QStringLiteral("users")),
                store.count(QStringLiteral("servicePrincipals")),
                store.count(QStringLiteral("oauth2PermissionGrants")),
                store.count(QStringLiteral("appRoleAssignments")));
}

void BenchInventory::cleanupTestCase()
{
    m_kit.reset();
    m_h.reset();
}

void BenchInventory::tenantScan()
{
    const TenantStore& store = m_h->env().server().store();
    QElapsedTimer timer;
    timer.start();
    int changes = 0;
    qint64 firstRows = -1;
    const TenantInventory inv = m_kit->tenant(999, &changes, &firstRows);
    const qint64 ms = timer.elapsed();
    QVERIFY2(!inv.error.isError(), qPrintable(inv.error.summary()));
    QCOMPARE(inv.servicePrincipals, store.count(QStringLiteral("servicePrincipals")));
    QCOMPARE(inv.tenantWideGrants + inv.userGrants, store.count(QStringLiteral("oauth2PermissionGrants")));
    int spAssignments = 0;
    for (const auto& a : store.list(QStringLiteral("appRoleAssignments"))) {
        spAssignments += a.value(QStringLiteral("principalType")).toString() == QLatin1String("ServicePrincipal");
    }
    QCOMPARE(inv.applicationPermissions, spAssignments);
    QVERIFY2(!inv.hasMismatch(), qPrintable(inv.mismatches().join(QStringLiteral("; "))));
    int busiest = -1;
    int holding = 0;
    for (const auto& a : inv.apps) {
        holding += a.holdsAnything();
        if (a.userGrants > busiest) {
            busiest = a.userGrants;
            m_busiestApp = a.app.id;
        }
    }
    std::printf("tenant scan: first rows after %lld ms, complete in %lld ms, %d HTTP requests (pages), %d resources "
                "read for app roles, %d apps (%d holding "
                "something), %d tenant-wide + %d per-user grants, %d application permissions, %d app rows streamed, "
                "count checks: %s\n",
                static_cast<long long>(firstRows),
                static_cast<long long>(ms),
                inv.requests,
                inv.resourcesWithAppRoles,
                inv.servicePrincipals,
                holding,
                inv.tenantWideGrants,
                inv.userGrants,
                inv.applicationPermissions,
                changes,
                inv.hasMismatch() ? "MISMATCH" : "all match");
}

void BenchInventory::perAppStrategySample()
{
    // What Export-MsIdAppConsentGrantReport-style tools do: per app, its grants and its assignments.
    const QList<QJsonObject> sps = m_h->env().server().store().list(QStringLiteral("servicePrincipals"));
    const int sample = 100;
    QElapsedTimer timer;
    timer.start();
    int outstanding = 0;
    int requests = 0;
    for (int i = 0; i < sample && i < sps.size(); ++i) {
        const QString id = sps.at(i).value(QStringLiteral("id")).toString();
        for (const QString& nav : {QStringLiteral("/oauth2PermissionGrants"), QStringLiteral("/appRoleAssignments")}) {
            GraphReply* r
                = m_h->client().getCollection(GraphRequest::get(QStringLiteral("/servicePrincipals/") + id + nav));
            ++outstanding;
            connect(r, &GraphReply::finished, this, [&outstanding, &requests, r] {
                requests += r->pageCount();
                --outstanding;
            });
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(outstanding == 0, 120000);
    const qint64 ms = timer.elapsed();
    std::printf("per-app strategy: %d apps in %lld ms with %d requests; extrapolated to %lld apps: ~%lld ms, ~%lld "
                "requests (users of per-user grants not even resolved)\n",
                sample,
                static_cast<long long>(ms),
                requests,
                static_cast<long long>(sps.size()),
                static_cast<long long>(ms * sps.size() / sample),
                static_cast<long long>(qint64(requests) * sps.size() / sample));
}

void BenchInventory::oneApp()
{
    QVERIFY(!m_busiestApp.isEmpty());
    QElapsedTimer timer;
    timer.start();
    const AppInventory inv = m_kit->app(ServicePrincipalCache::Key::byId(m_busiestApp));
    const qint64 ms = timer.elapsed();
    QVERIFY2(!inv.error.isError(), qPrintable(inv.error.summary()));
    QCOMPARE(inv.grants.size(), m_h->env().server().store().grantsByClient(m_busiestApp).size());
    int resolved = 0;
    for (const auto& id : inv.principalIds()) {
        resolved += inv.users.contains(id);
    }
    QCOMPARE(resolved, inv.userCount());
    std::printf("one app (the most per-user grants, %s): %lld ms, %lld grants, %d users resolved, %lld rows\n",
                qPrintable(inv.app.displayName),
                static_cast<long long>(ms),
                static_cast<long long>(inv.grants.size()),
                resolved,
                static_cast<long long>(inv.permissions.size()));
    // The users of the busiest app: one of them is the lookup's subject.
    if (!inv.principalIds().isEmpty()) {
        m_busiestUser = *inv.principalIds().cbegin();
    }
}

void BenchInventory::oneUser()
{
    QVERIFY(!m_busiestUser.isEmpty());
    QElapsedTimer timer;
    timer.start();
    const UserConsentView view = m_kit->user(m_busiestUser);
    const qint64 ms = timer.elapsed();
    QVERIFY2(!view.error.isError(), qPrintable(view.error.summary()));
    QVERIFY(!view.userConsents.isEmpty());
    std::printf("one user (%s): %lld ms, %lld own consent rows, %lld tenant-wide rows, %lld app roles, %lld groups, "
                "%lld apps with mailbox access\n",
                qPrintable(view.user.userPrincipalName),
                static_cast<long long>(ms),
                static_cast<long long>(view.userConsents.size()),
                static_cast<long long>(view.tenantWide.size()),
                static_cast<long long>(view.appRoles.size()),
                static_cast<long long>(view.groups.size()),
                static_cast<long long>(view.mailboxAccess.size()));
}

QTEST_GUILESS_MAIN(BenchInventory)
#include "BenchInventory.moc"
