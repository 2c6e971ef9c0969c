#include "sandbox/TenantGenerator.h"
#include "sandbox/TenantStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <cstdio>

// How long the generated tenants take to build and to load into the store: the sandbox starts with
// --generate large in well under five seconds (Release, two cores). Prints one line per size and phase.
class BenchTenantGenerator : public QObject
{
    Q_OBJECT

private slots:
    void small();
    void large();

private:
    static qint64 run(TenantGenerator::Size size);
};

qint64 BenchTenantGenerator::run(TenantGenerator::Size size)
{
    QElapsedTimer timer;
    timer.start();
    const QJsonObject tenant = TenantGenerator::generate(size, 1);
    const qint64 generated = timer.elapsed();
    timer.restart();
    TenantStore store;
    QString error;
    if (!store.load(tenant, &error)) {
        qFatal("the generated tenant does not load: %s", qPrintable(error));
    }
    const qint64 loaded = timer.elapsed();
    timer.restart();
    const qsizetype bytes = QJsonDocument(tenant).toJson(QJsonDocument::Compact).size();
    const qint64 serialized = timer.elapsed();
    std::printf("%-6s generate %6lld ms, load %6lld ms, total %6lld ms (%d users, %d service principals, %d grants, "
                "%d assignments; %.1f MB as JSON, serialized in %lld ms)\n",
                qPrintable(TenantGenerator::sizeName(size)),
                static_cast<long long>(generated),
                static_cast<long long>(loaded),
                static_cast<long long>(generated + loaded),
                store.count(QStringLiteral("users")),
                store.count(QStringLiteral("servicePrincipals")),
                store.count(QStringLiteral("oauth2PermissionGrants")),
                store.count(QStringLiteral("appRoleAssignments")),
                double(bytes) / (1024.0 * 1024.0),
                static_cast<long long>(serialized));
    std::fflush(stdout);
    return generated + loaded;
}

void BenchTenantGenerator::small()
{
    run(TenantGenerator::Size::Small);
}

void BenchTenantGenerator::large()
{
    const qint64 total = run(TenantGenerator::Size::Large);
#ifdef NDEBUG
    // The budget holds for optimized builds; a Debug build only reports.
    QVERIFY2(total < 5000, qPrintable(QStringLiteral("large took %1 ms").arg(total)));
#else
    Q_UNUSED(total)
#endif
}

QTEST_GUILESS_MAIN(BenchTenantGenerator)
#include "BenchTenantGenerator.moc"
