#include "SandboxTestEnvironment.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/TenantStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

// Fault injection: deterministic under a seed, 429/503 with Retry-After, dropped connections, latency that does not
// block other requests, and control routes that are never affected.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameFaults();
    void differentSeedDifferentFaults();
    void resetReplaysTheSequence();
    void faultSeedIsIndependentOfTheTenant();
    void faultShapes();
    void droppedConnection();
    void latencyIsNotBlocking();
    void controlRoutesAreNeverFaulted();
    void stats();

private:
    static SandboxOptions faulty(quint64 seed);
    static QList<int> statuses(SandboxTestEnvironment& env, int count);
};

SandboxOptions TestSandboxFaults::faulty(quint64 seed)
{
    SandboxOptions options = SandboxTestEnvironment::defaultOptions();
    options.seed = seed;
    options.throttleRate = 0.2;
    options.errorRate = 0.2;
    return options;
}

QList<int> TestSandboxFaults::statuses(SandboxTestEnvironment& env, int count)
{
    const QString token = env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
    QList<int> result;
    for (int i = 0; i < count; ++i) {
        result.append(env.get(i % 2 ? QStringLiteral("/v1.0/me") : QStringLiteral("/v1.0/users?$top=1"), token).status);
    }
    return result;
}

void TestSandboxFaults::sameSeedSameFaults()
{
    SandboxTestEnvironment a(faulty(42));
    SandboxTestEnvironment b(faulty(42));
    QVERIFY(a.start());
    QVERIFY(b.start());
    const QList<int> first = statuses(a, 50);
    QCOMPARE(statuses(b, 50), first);
    QVERIFY(first.contains(429));
    QVERIFY(first.contains(503));
    QVERIFY(first.contains(200));
}

void TestSandboxFaults::differentSeedDifferentFaults()
{
    SandboxTestEnvironment a(faulty(42));
    SandboxTestEnvironment c(faulty(43));
    QVERIFY(a.start());
    QVERIFY(c.start());
    QVERIFY(statuses(a, 50) != statuses(c, 50));
}

void TestSandboxFaults::resetReplaysTheSequence()
{
    SandboxTestEnvironment a(faulty(5));
    QVERIFY(a.start());
    const QList<int> first = statuses(a, 20);
    QVERIFY(a.server().reset());
    QCOMPARE(statuses(a, 20), first);
}

// --fault-seed: one generated tenant under different fault sequences, and one fault sequence over different tenants.
void TestSandboxFaults::faultSeedIsIndependentOfTheTenant()
{
    SandboxOptions base = faulty(42);
    base.fixturePath.clear();
    base.generateSize = QStringLiteral("small");
    SandboxOptions other = base;
    other.faultSeed = 43;
    SandboxTestEnvironment a(base);
    SandboxTestEnvironment b(other);
    QVERIFY(a.start());
    QVERIFY(b.start());
    QCOMPARE(b.server().store().tenantId(), a.server().store().tenantId());
    const QString upn
        = QStringLiteral("admin@") + a.server().store().tenant().value(QStringLiteral("defaultDomain")).toString();
    auto run = [](SandboxTestEnvironment& env, const QString& user) {
        const QString token = env.token(user);
        QList<int> result;
        for (int i = 0; i < 50; ++i) {
            result.append(env.get(QStringLiteral("/v1.0/me"), token).status);
        }
        return result;
    };
    const QList<int> faultsA = run(a, upn);
    QVERIFY(faultsA.contains(429) || faultsA.contains(503));
    QVERIFY(run(b, upn) != faultsA); // a different fault sequence
    // (Control requests count in the sequence too: compare the tenants only after the runs.)
    QCOMPARE(b.get(QStringLiteral("/_sandbox/info"), QString()).json()["users"],
             a.get(QStringLiteral("/_sandbox/info"), QString()).json()["users"]); // the same tenant

    // The fault seed alone decides: another tenant seed with the same fault seed replays the same faults.
    SandboxOptions tenant2 = base;
    tenant2.seed = 7;
    tenant2.faultSeed = 42;
    SandboxTestEnvironment c(tenant2);
    QVERIFY(c.start());
    QVERIFY(c.server().store().tenantId() != a.server().store().tenantId()); // another tenant
    const QString upnC
        = QStringLiteral("admin@") + c.server().store().tenant().value(QStringLiteral("defaultDomain")).toString();
    QCOMPARE(run(c, upnC), faultsA);
    QCOMPARE(c.get(QStringLiteral("/_sandbox/info"), QString()).json()["options"]["faultSeed"].toString(),
             QStringLiteral("42"));
    QCOMPARE(c.get(QStringLiteral("/_sandbox/info"), QString()).json()["options"]["seed"].toString(),
             QStringLiteral("7"));
}

void TestSandboxFaults::faultShapes()
{
    SandboxOptions options = SandboxTestEnvironment::defaultOptions();
    options.throttleRate = 1.0;
    SandboxTestEnvironment throttled(options);
    QVERIFY(throttled.start());
    auto reply = throttled.get(QStringLiteral("/v1.0/me"),
                               throttled.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.errorCode(), QStringLiteral("TooManyRequests"));
    QCOMPARE(reply.json()["error"]["message"].toString(), QStringLiteral("Please retry again later."));
    QCOMPARE(reply.json()["error"]["innerError"]["status"].toString(), QStringLiteral("429"));
    bool number = false;
    const double retryAfter = QString::fromLatin1(reply.header("retry-after")).toDouble(&number);
    QVERIFY(number && retryAfter >= 0.1 && retryAfter <= 1.5);
    QVERIFY(reply.header("retry-after").contains('.')); // fractional, like Graph's "2.128"
    QVERIFY(!reply.header("request-id").isEmpty());

    options.throttleRate = 0.0;
    options.errorRate = 1.0;
    SandboxTestEnvironment failing(options);
    QVERIFY(failing.start());
    reply = failing.get(QStringLiteral("/v1.0/me"), failing.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.errorCode(), QStringLiteral("ServiceUnavailable"));
    QVERIFY(!reply.header("retry-after").isEmpty());
    // A throttled write has no effect.
    reply = failing.post(
        QStringLiteral("/v1.0/oauth2PermissionGrants"),
        failing.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")),
        QJsonObject {{QStringLiteral("clientId"), QStringLiteral("c74c4e15-bf9f-5eb3-83bc-e9f2a3b0cc6c")},
                     {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                     {QStringLiteral("resourceId"), QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6")},
                     {QStringLiteral("scope"), QStringLiteral("User.Read")}});
    QCOMPARE(reply.status, 503);
    QCOMPARE(failing.server().store().count(QStringLiteral("oauth2PermissionGrants")), 12);
}

void TestSandboxFaults::droppedConnection()
{
    SandboxOptions options = SandboxTestEnvironment::defaultOptions();
    options.dropRate = 1.0;
    SandboxTestEnvironment env(options);
    QVERIFY(env.start());
    const auto reply
        = env.get(QStringLiteral("/v1.0/me"), env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    QVERIFY2(reply.error != QNetworkReply::NoError, qPrintable(QString::number(reply.error)));
    QCOMPARE(reply.status, 0);
    // The server is still there.
    QCOMPARE(env.get(QStringLiteral("/_sandbox/info"), QString()).status, 200);
    // QNetworkAccessManager resends an idempotent GET when the connection closes early, so ≥ 1.
    QVERIFY(
        env.server().stats().toJson().value(QStringLiteral("faults")).toObject().value(QStringLiteral("drop")).toInt()
        >= 1);
}

void TestSandboxFaults::latencyIsNotBlocking()
{
    SandboxOptions options = SandboxTestEnvironment::defaultOptions();
    options.latencyMs = 300;
    SandboxTestEnvironment env(options);
    QVERIFY(env.start());
    const QString token = env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
    // Ten requests in flight at once (QNAM opens up to six connections): all answered in about two latencies.
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 10; ++i) {
        QNetworkRequest request(env.url(QStringLiteral("/v1.0/me")));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        replies.append(env.network().get(request));
    }
    int finished = 0;
    QEventLoop loop;
    for (auto* reply : replies) {
        connect(reply, &QNetworkReply::finished, &loop, [&]() {
            if (++finished == replies.size()) {
                loop.quit();
            }
        });
    }
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(finished, 10);
    for (auto* reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QVERIFY2(elapsed >= 300, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed))); // serial would be 3000 ms
    QCOMPARE(env.server()
                 .stats()
                 .toJson()
                 .value(QStringLiteral("faults"))
                 .toObject()
                 .value(QStringLiteral("delayed"))
                 .toInt(),
             10);
}

void TestSandboxFaults::controlRoutesAreNeverFaulted()
{
    SandboxOptions options = SandboxTestEnvironment::defaultOptions();
    options.errorRate = 0.5;
    options.dropRate = 0.5;
    options.latencyMs = 2000;
    SandboxTestEnvironment env(options);
    QVERIFY(env.start());
    // No latency either: a delayed answer alone takes the 2 s. Timed per request, so that a slow machine (a loaded
    // CI runner, the sanitizer build) cannot add up forty quick answers to a false failure.
    for (int i = 0; i < 20; ++i) {
        for (const QString path : {QStringLiteral("/_sandbox/info"), QStringLiteral("/_sandbox/stats")}) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(env.get(path, QString()).status, 200);
            QVERIFY2(timer.elapsed() < options.latencyMs,
                     qPrintable(path + QStringLiteral(": %1 ms").arg(timer.elapsed())));
        }
    }
}

void TestSandboxFaults::stats()
{
    SandboxTestEnvironment env(faulty(42));
    QVERIFY(env.start());
    const QList<int> seen = statuses(env, 30);
    const auto reply = env.get(QStringLiteral("/_sandbox/stats"), QString());
    QCOMPARE(reply.status, 200);
    const QJsonObject stats = reply.json();
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 30); // the stats request is counted after answering
    QCOMPARE(stats["faults"]["throttle"].toInt(), int(seen.count(429)));
    QCOMPARE(stats["faults"]["error"].toInt(), int(seen.count(503)));
    const QJsonObject me = stats["byRoute"]["GET /v1.0/me"].toObject();
    QCOMPARE(me.value(QStringLiteral("200")).toInt() + me.value(QStringLiteral("429")).toInt()
                 + me.value(QStringLiteral("503")).toInt(),
             15);
    // Ids become placeholders.
    env.get(QStringLiteral("/v1.0/users/alex.wilber@mini.onmicrosoft.com/memberOf"),
            env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    env.get(QStringLiteral("/v1.0/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')"),
            env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    env.get(QStringLiteral("/v1.0/oauth2PermissionGrants/OVUDt-181UmPsKwVRPiZjmSXNQArjiJOhMi88iVGdvs"),
            env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    env.get(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"),
            env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    const QJsonObject routes
        = env.get(QStringLiteral("/_sandbox/stats"), QString()).json().value(QStringLiteral("byRoute")).toObject();
    QVERIFY(routes.contains(QStringLiteral("GET /v1.0/users/{id}/memberOf")));
    QVERIFY(routes.contains(QStringLiteral("GET /v1.0/oauth2PermissionGrants/{id}")));
    QVERIFY(routes.contains(QStringLiteral("GET /v1.0/policies/adminConsentRequestPolicy")));
    QVERIFY(routes.contains(QStringLiteral("GET /v1.0/servicePrincipals(appId={key})")));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
