// Nothing lost: `consentdesk-cli grants revoke` of 300+ items (a generated tenant, several apps with
// --all-permissions) is killed with SIGKILL part-way, when the journal holds a given number of intents. A restarted
// `journal list` settles what the dead process left pending by reading the tenant; then every intent has an outcome,
// every item the tenant no longer has is journaled as succeeded, journaled items + items still present = all of them,
// and `journal restore --operation` brings every revoked item back — all checked in the tenant over HTTP.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TenantHttp.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const int kItems = 300; // at least this many revocable items
const int kKillAfterIntents = 120; // SIGKILL once the journal holds this many intents

struct Item
{
    QString id; // grant or assignment id
    bool grant = true;
    QString clientId;
    QString line; // what a restore must give back: consent type, user, API, scopes / API, role
};

struct Entry
{
    QString id;
    QString action;
    QString operationId;
    QString itemId; // target grantId or assignmentId
    QString outcome; // "" pending, else the last outcome key
    QString settledBy; // "response", or "startup-check" when settled after the kill
};

QString grantLine(const QJsonObject& g)
{
    QStringList scopes = g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    scopes.sort(Qt::CaseInsensitive);
    return QStringLiteral("grant|%1|%2|%3|%4|%5")
        .arg(g.value(QStringLiteral("clientId")).toString(),
             g.value(QStringLiteral("consentType")).toString(),
             g.value(QStringLiteral("principalId")).toString(),
             g.value(QStringLiteral("resourceId")).toString(),
             scopes.join(QLatin1Char(' ')));
}

QString roleLine(const QJsonObject& a)
{
    return QStringLiteral("role|%1|%2|%3")
        .arg(a.value(QStringLiteral("principalId")).toString(),
             a.value(QStringLiteral("resourceId")).toString(),
             a.value(QStringLiteral("appRoleId")).toString());
}

} // namespace

class TestCliGrantsKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigkillMidBulkRevokeLosesNothing();

private:
    QStringList cli(const QStringList& args) const { return m_connection + args; }
    // The chosen clients' grants and assignments now, by id.
    QHash<QString, Item> itemsNow(const QStringList& clients) const;
    QList<Entry> journalEntries(const QString& path) const;

    SandboxProcess m_sandbox;
    TenantHttp m_http;
    QByteArray m_admin;
    QStringList m_connection;
    QStringList m_excluded; // ConsentDesk's own service principals: the test's token comes through them
};

void TestCliGrantsKill::initTestCase()
{
    QString error;
    // Latency per request makes the run long enough to be killed in the middle, as on a real tenant.
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"),
                              QStringLiteral("small"),
                              QStringLiteral("--seed"),
                              QStringLiteral("7"),
                              QStringLiteral("--latency-ms"),
                              QStringLiteral("10")},
                             &error),
             qPrintable(error));
    const QJsonObject info = m_sandbox.info();
    const QString domain = info.value(QStringLiteral("defaultDomain")).toString();
    QVERIFY(!domain.isEmpty());
    m_admin = m_sandbox.token(QStringLiteral("admin@") + domain);
    QVERIFY(!m_admin.isEmpty());
    m_http = TenantHttp(m_sandbox.baseUrl(), m_admin);
    m_connection = {QStringLiteral("--sandbox"),
                    m_sandbox.baseUrl().toString(),
                    QStringLiteral("--tenant"),
                    domain,
                    QStringLiteral("--client-id"),
                    QString::fromLatin1(SandboxProcess::ClientId)};
    const QJsonArray clientIds = info.value(QStringLiteral("clientIds")).toArray();
    for (const auto& v : m_http.list(QStringLiteral("/servicePrincipals"))) {
        const QJsonObject sp = v.toObject();
        if (clientIds.contains(sp.value(QStringLiteral("appId")))) {
            m_excluded.append(sp.value(QStringLiteral("id")).toString());
        }
    }
}

QHash<QString, Item> TestCliGrantsKill::itemsNow(const QStringList& clients) const
{
    QHash<QString, Item> items;
    for (const QString& client : clients) {
        for (const auto& v : m_http.list(QStringLiteral("/oauth2PermissionGrants?$filter=clientId%20eq%20'") + client
                                         + QStringLiteral("'"))) {
            const QJsonObject g = v.toObject();
            items.insert(g.value(QStringLiteral("id")).toString(),
                         {g.value(QStringLiteral("id")).toString(), true, client, grantLine(g)});
        }
        for (const auto& v :
             m_http.list(QStringLiteral("/servicePrincipals/") + client + QStringLiteral("/appRoleAssignments"))) {
            const QJsonObject a = v.toObject();
            items.insert(a.value(QStringLiteral("id")).toString(),
                         {a.value(QStringLiteral("id")).toString(), false, client, roleLine(a)});
        }
    }
    return items;
}

QList<Entry> TestCliGrantsKill::journalEntries(const QString& path) const
{
    QList<Entry> entries;
    QHash<QString, int> index;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return entries;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("intent")) {
            const QJsonObject target = o.value(QStringLiteral("target")).toObject();
            Entry e;
            e.id = o.value(QStringLiteral("id")).toString();
            e.action = o.value(QStringLiteral("action")).toString();
            e.operationId = o.value(QStringLiteral("operationId")).toString();
            e.itemId = target.contains(QStringLiteral("assignmentId"))
                           ? target.value(QStringLiteral("assignmentId")).toString()
                           : target.value(QStringLiteral("grantId")).toString();
            index.insert(e.id, int(entries.size()));
            entries.append(e);
        } else if (type == QLatin1String("outcome")) {
            const int i = index.value(o.value(QStringLiteral("entry")).toString(), -1);
            if (i >= 0) {
                entries[i].outcome = o.value(QStringLiteral("outcome")).toString();
                entries[i].settledBy = o.value(QStringLiteral("settledBy")).toString();
            }
        }
    }
    return entries;
}

void TestCliGrantsKill::sigkillMidBulkRevokeLosesNothing()
{
    // 1. Apps with the most grants until there are at least 300 items (grants and assignments) to revoke.
    QHash<QString, int> grantsPerClient;
    for (const auto& v : m_http.list(QStringLiteral("/oauth2PermissionGrants"))) {
        ++grantsPerClient[v.toObject().value(QStringLiteral("clientId")).toString()];
    }
    QStringList candidates = grantsPerClient.keys();
    std::sort(candidates.begin(), candidates.end(), [&](const QString& a, const QString& b) {
        return grantsPerClient.value(a) != grantsPerClient.value(b)
                   ? grantsPerClient.value(a) > grantsPerClient.value(b)
                   : a < b;
    });
    QStringList clients;
    QHash<QString, Item> before;
    for (const QString& client : candidates) {
        if (before.size() >= kItems) {
            break;
        }
        if (m_excluded.contains(client)) {
            continue;
        }
        clients.append(client);
        before.insert(itemsNow({client}));
    }
    QVERIFY2(before.size() >= kItems, qPrintable(QString::number(before.size())));
    QTemporaryDir dir;
    QFile appsFile(dir.filePath(QStringLiteral("apps.txt")));
    QVERIFY(appsFile.open(QIODevice::WriteOnly));
    appsFile.write(clients.join(QLatin1Char('\n')).toUtf8() + '\n');
    appsFile.close();

    // 2. The bulk revoke, killed with SIGKILL once the journal holds kKillAfterIntents intents.
    CliRunner runner;
    const QString journal
        = runner.home() + QStringLiteral("/data/ConsentDesk/ConsentDesk/journal/consentdesk-journal.jsonl");
    QProcess process;
    QProcessEnvironment env = runner.environment();
    env.insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"), QString::fromLatin1(m_admin));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TestPaths::binDir() + QStringLiteral("/consentdesk-cli"),
                  cli({QStringLiteral("grants"),
                       QStringLiteral("revoke"),
                       QStringLiteral("--apps-file"),
                       appsFile.fileName(),
                       QStringLiteral("--all-permissions"),
                       QStringLiteral("--yes")}));
    QVERIFY(process.waitForStarted(10000));
    int intents = 0;
    QElapsedTimer clock;
    clock.start();
    while (process.state() == QProcess::Running && clock.elapsed() < 120000) {
        QFile f(journal);
        if (f.open(QIODevice::ReadOnly)) {
            intents = int(f.readAll().count("\"type\":\"intent\""));
        }
        if (intents >= kKillAfterIntents) {
            break;
        }
        QTest::qWait(5);
    }
    QVERIFY2(process.state() == QProcess::Running,
             qPrintable(QStringLiteral("the revoke ended before it could be killed (%1 intents): ").arg(intents)
                        + QString::fromUtf8(process.readAllStandardError())));
    process.kill(); // SIGKILL: no handler, no flush, no outcome for the write in flight
    QVERIFY(finished.wait(10000) || finished.count() > 0);
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(!output.contains(QString::fromLatin1(m_admin)), "a token was printed");

    QList<Entry> entries = journalEntries(journal);
    QVERIFY(!entries.isEmpty());
    const QString operation = entries.first().operationId;
    QVERIFY(!operation.isEmpty());
    QVERIFY2(entries.size() >= kKillAfterIntents && entries.size() < before.size(),
             qPrintable(QStringLiteral("%1 intents of %2").arg(entries.size()).arg(before.size())));
    const int pendingAtKill
        = int(std::count_if(entries.cbegin(), entries.cend(), [](const Entry& e) { return e.outcome.isEmpty(); }));
    qInfo("killed after %d of %d intents; %d pending at the kill",
          int(entries.size()),
          int(before.size()),
          pendingAtKill);

    // 3. Restart: `journal list` settles the pending entries by reading the tenant.
    const CliRunner::Run list = runner.run(cli({QStringLiteral("--format"),
                                                QStringLiteral("json"),
                                                QStringLiteral("journal"),
                                                QStringLiteral("list"),
                                                QStringLiteral("--operation"),
                                                operation}),
                                           m_admin);
    QVERIFY2(list.code == 0, qPrintable(list.all()));
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), entries.size());
    QVERIFY(!list.all().contains(QString::fromLatin1(m_admin)));

    // 4. Every intent has an outcome; the tenant agrees with every one of them; nothing is lost.
    entries = journalEntries(journal);
    const QHash<QString, Item> after = itemsNow(clients);
    QSet<QString> journaledRemoved;
    // Exactly the entries the kill left pending were settled by reading the tenant.
    QCOMPARE(int(std::count_if(entries.cbegin(),
                               entries.cend(),
                               [](const Entry& e) { return e.settledBy == QLatin1String("startup-check"); })),
             pendingAtKill);
    for (const Entry& e : entries) {
        QCOMPARE(e.operationId, operation);
        QVERIFY2(!e.outcome.isEmpty(), qPrintable(QStringLiteral("entry %1 is still pending").arg(e.id)));
        QVERIFY2(before.contains(e.itemId), qPrintable(e.itemId));
        if (e.outcome == QLatin1String("succeeded")) {
            QVERIFY2(!after.contains(e.itemId), qPrintable(QStringLiteral("%1 succeeded but is there").arg(e.itemId)));
            journaledRemoved.insert(e.itemId);
        } else {
            QVERIFY2(after.contains(e.itemId),
                     qPrintable(QStringLiteral("%1 %2 but is gone").arg(e.itemId, e.outcome)));
        }
    }
    for (const Item& item : before) {
        if (!after.contains(item.id)) {
            QVERIFY2(journaledRemoved.contains(item.id),
                     qPrintable(QStringLiteral("%1 is gone but not journaled as succeeded").arg(item.id)));
        }
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        QVERIFY2(before.contains(it.key()), "the revoke created something");
    }
    QCOMPARE(int(journaledRemoved.size() + after.size()), int(before.size()));
    QVERIFY(journaledRemoved.size() >= kKillAfterIntents - 1);

    // 5. Restore the whole operation: every revoked item comes back (new ids, same content).
    const CliRunner::Run restore = runner.run(cli({QStringLiteral("journal"),
                                                   QStringLiteral("restore"),
                                                   QStringLiteral("--operation"),
                                                   operation,
                                                   QStringLiteral("--yes")}),
                                              m_admin,
                                              180000);
    QVERIFY2(restore.code == 0, qPrintable(restore.all().right(2000)));
    QStringList expected;
    for (const Item& item : before) {
        expected.append(item.line);
    }
    QStringList now;
    for (const Item& item : itemsNow(clients)) {
        now.append(item.line);
    }
    expected.sort();
    now.sort();
    QCOMPARE(now.size(), expected.size());
    QCOMPARE(now, expected);
}

QTEST_GUILESS_MAIN(TestCliGrantsKill)
#include "TestCliGrantsKill.moc"
