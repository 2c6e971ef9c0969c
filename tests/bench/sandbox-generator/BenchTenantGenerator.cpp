#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantGenerator.h"
#include "sandbox/TenantStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include <cstdio>
#include <ctime>

// How long the generated tenants take to build and to load into the store: the sandbox starts with
// --generate large in well under five seconds (Release, two cores). Prints one line per size and phase.
class BenchTenantGenerator : public QObject
{
    Q_OBJECT

private slots:
    void small();
    void large();
    void pagingLarge();

private:
    static qint64 run(TenantGenerator::Size size);
};

qint64 BenchTenantGenerator::run(TenantGenerator::Size size)
{
    // Wall time and process CPU time: on a shared CI machine other jobs stretch the wall time, while the CPU time of
    // this single-threaded work is what an idle machine would take. The budget is checked on the CPU time.
    const std::clock_t cpuStart = std::clock();
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
    const qint64 cpu = qint64(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    timer.restart();
    const qsizetype bytes = QJsonDocument(tenant).toJson(QJsonDocument::Compact).size();
    const qint64 serialized = timer.elapsed();
    std::printf("%-6s generate %6lld ms, load %6lld ms, total %6lld ms wall, %6lld ms CPU (%d users, %d service "
                "principals, %d grants, %d assignments; %.1f MB as JSON, serialized in %lld ms)\n",
                qPrintable(TenantGenerator::sizeName(size)),
                static_cast<long long>(generated),
                static_cast<long long>(loaded),
                static_cast<long long>(generated + loaded),
                static_cast<long long>(cpu),
                store.count(QStringLiteral("users")),
                store.count(QStringLiteral("servicePrincipals")),
                store.count(QStringLiteral("oauth2PermissionGrants")),
                store.count(QStringLiteral("appRoleAssignments")),
                double(bytes) / (1024.0 * 1024.0),
                static_cast<long long>(serialized));
    std::fflush(stdout);
    return cpu;
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
    QVERIFY2(total < 5000, qPrintable(QStringLiteral("large took %1 ms of CPU time").arg(total)));
#else
    Q_UNUSED(total)
#endif
}

void BenchTenantGenerator::pagingLarge()
{
    // Every page of /users in the large tenant through the server's request core (no sockets): the cost of one page
    // must not grow with the tenant, which it did while each request copied the whole user list.
    SandboxOptions options;
    options.fixture = TenantGenerator::generate(TenantGenerator::Size::Large, 1);
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error) != 0, qPrintable(error));
    QString admin;
    for (const auto& role : server.store().list(QStringLiteral("directoryRoles"))) {
        if (role.value(QStringLiteral("roleTemplateId")).toString()
            == QLatin1String("62e90394-69f5-4237-9190-012177145e10")) {
            admin = server.store().roleMemberIds(role.value(QStringLiteral("id")).toString()).value(0);
        }
    }
    QVERIFY(!admin.isEmpty());
    auto request = [&](const QUrl& url, const QByteArray& token) {
        SandboxRequest r;
        r.method = "GET";
        r.url = url;
        r.path = url.path();
        r.query = QUrlQuery(url);
        if (!token.isEmpty()) {
            r.headers.insert("authorization", "Bearer " + token);
        }
        return server.process(r).response;
    };
    const QString base = server.baseUrl().toString();
    const auto tokenReply
        = request(QUrl(base + QStringLiteral("/_sandbox/token?upn=") + admin + QStringLiteral("&resource=graph")), {});
    const QByteArray token
        = QJsonDocument::fromJson(tokenReply.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(!token.isEmpty());
    for (const int top : {100, 999}) {
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        qint64 users = 0;
        QUrl next(base + QStringLiteral("/v1.0/users?$top=%1&$select=id,displayName").arg(top));
        while (next.isValid() && !next.isEmpty()) {
            const auto page = request(next, token);
            QCOMPARE(page.status, 200);
            const QJsonObject body = QJsonDocument::fromJson(page.body).object();
            users += body.value(QStringLiteral("value")).toArray().size();
            ++pages;
            next = QUrl(body.value(QStringLiteral("@odata.nextLink")).toString());
        }
        std::printf("paging large /users $top=%d: %d pages, %lld users, %.2f ms per page\n",
                    top,
                    pages,
                    static_cast<long long>(users),
                    double(timer.elapsed()) / pages);
        std::fflush(stdout);
        QCOMPARE(users, qint64(server.store().count(QStringLiteral("users"))));
    }
}

QTEST_GUILESS_MAIN(BenchTenantGenerator)
#include "BenchTenantGenerator.moc"
