// The fault matrix (issue 12, label `faults`): four operations an admin runs with consentdesk-cli — the tenant
// inventory, a least-privilege grant of a consent request, keep-only and a bulk revoke of 300+ items — against
// consentdesk-sandbox answering 10 % of requests 429, 3 % 503 and dropping 1 % of connections, with 30-second access
// tokens, for 20 fault seeds each (--fault-seed; the tenant stays the same). Each run is compared with the same
// operation on the same tenant without faults:
//   - the final tenant (GET /_sandbox/export, never faulted) equals the fault-free run's, ids of created objects aside;
//   - no write was applied twice: the writes the sandbox applied (2xx answers to Graph writes, /_sandbox/stats)
//     are exactly the journal's succeeded entries, and as many as without faults;
//   - nothing is left Pending in the journal, and no entry is settled as "not applied" while the tenant has it.
// The CLI signs in once (`signin --user`, the sandbox's page, refresh token in the system keychain) and refreshes
// silently from then on, as it does for an admin; so the test runs where a Secret Service is (scripts/test does that).
//
// CONSENTDESK_FAULT_SCENARIO picks the operation (inventory, grant, keeponly, bulkrevoke; ctest has one test each),
// CONSENTDESK_FAULT_SEEDS how many seeds (default 20), CONSENTDESK_FAULT_SEED_FIRST the first (default 1).
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

// One tenant per scenario: each signs in to its own tenant, so parallel scenarios never share a keychain entry.
const QHash<QString, int> kTenantSeed {{QStringLiteral("inventory"), 41},
                                       {QStringLiteral("grant"), 42},
                                       {QStringLiteral("keeponly"), 43},
                                       {QStringLiteral("bulkrevoke"), 44}};
const int kBulkItems = 300;

struct Outcome
{
    int code = -1;
    QString output; // stdout and stderr, for failure messages
    QString listing; // inventory: the JSON rows, sorted
    QStringList state; // the tenant, normalised
    QJsonObject stats;
    int succeeded = 0; // journal entries that succeeded
    int appliedWrites = 0; // 2xx answers to Graph writes
    QStringList journalProblems;
    QStringList writeRoutes; // "PATCH /v1.0/…/{id} 204×3", for failure messages
    QStringList journalLines; // "action outcome (settledBy) HTTP n", for failure messages
    int signInAttempts = 0;
    qint64 ms = 0;
    QJsonObject faults; // what the sandbox injected
};

QJsonArray items(const QJsonObject& fixture, const char* collection)
{
    return fixture.value(QLatin1String(collection)).toArray();
}

// The tenant as lines that do not depend on ids the run itself created: service principals by appId, grants and
// assignments by who holds what on which API, the consent requests' user requests by status.
QStringList normalise(const QJsonObject& fixture)
{
    QHash<QString, QString> appIdOf;
    for (const auto& v : items(fixture, "servicePrincipals")) {
        appIdOf.insert(v.toObject().value(QStringLiteral("id")).toString().toLower(),
                       v.toObject().value(QStringLiteral("appId")).toString());
    }
    auto who = [&](const QString& id) { return appIdOf.value(id.toLower(), id.toLower()); };
    QStringList lines;
    for (const auto& v : items(fixture, "servicePrincipals")) {
        const QJsonObject sp = v.toObject();
        lines << QStringLiteral("sp|%1|%2")
                     .arg(sp.value(QStringLiteral("appId")).toString(),
                          sp.value(QStringLiteral("accountEnabled")).toBool() ? QStringLiteral("on")
                                                                              : QStringLiteral("off"));
    }
    for (const auto& v : items(fixture, "oauth2PermissionGrants")) {
        const QJsonObject g = v.toObject();
        QStringList scopes = g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        scopes.sort(Qt::CaseInsensitive);
        lines << QStringLiteral("grant|%1|%2|%3|%4|%5")
                     .arg(who(g.value(QStringLiteral("clientId")).toString()),
                          g.value(QStringLiteral("consentType")).toString(),
                          g.value(QStringLiteral("principalId")).toString().toLower(),
                          who(g.value(QStringLiteral("resourceId")).toString()),
                          scopes.join(QLatin1Char(' ')));
    }
    for (const auto& v : items(fixture, "appRoleAssignments")) {
        const QJsonObject a = v.toObject();
        lines << QStringLiteral("role|%1|%2|%3")
                     .arg(who(a.value(QStringLiteral("principalId")).toString()),
                          who(a.value(QStringLiteral("resourceId")).toString()),
                          a.value(QStringLiteral("appRoleId")).toString().toLower());
    }
    for (const auto& v : items(fixture, "appConsentRequests")) {
        const QJsonObject r = v.toObject();
        for (const auto& u : r.value(QStringLiteral("userConsentRequests")).toArray()) {
            lines << QStringLiteral("request|%1|%2|%3")
                         .arg(r.value(QStringLiteral("appId")).toString(),
                              u.toObject().value(QStringLiteral("id")).toString(),
                              u.toObject().value(QStringLiteral("status")).toString());
        }
    }
    lines.sort();
    return lines;
}

// Graph writes the sandbox answered 2xx: what was applied. Reads sent as POST (getByIds, $batch of reads) are not.
int appliedWrites(const QJsonObject& stats, QStringList* routesOut = nullptr)
{
    int applied = 0;
    const QJsonObject routes = stats.value(QStringLiteral("byRoute")).toObject();
    for (auto it = routes.constBegin(); it != routes.constEnd(); ++it) {
        const QString route = it.key();
        const QString method = route.section(QLatin1Char(' '), 0, 0);
        const QString path = route.section(QLatin1Char(' '), 1);
        const bool write = method == QLatin1String("PATCH") || method == QLatin1String("DELETE")
                           || method == QLatin1String("PUT")
                           || (method == QLatin1String("POST") && !path.endsWith(QLatin1String("/getByIds"))
                               && !path.endsWith(QLatin1String("/$batch")));
        if (!write || !path.startsWith(QLatin1String("/v1.0/"))) {
            continue;
        }
        const QJsonObject statuses = it.value().toObject();
        for (auto s = statuses.constBegin(); s != statuses.constEnd(); ++s) {
            const int status = s.key().toInt();
            if (status >= 200 && status < 300) {
                applied += s.value().toInt();
            }
            if (routesOut) {
                routesOut->append(QStringLiteral("%1 %2×%3").arg(route, s.key()).arg(s.value().toInt()));
            }
        }
    }
    return applied;
}

QString diff(const QStringList& expected, const QStringList& actual)
{
    const QSet<QString> e(expected.cbegin(), expected.cend());
    const QSet<QString> a(actual.cbegin(), actual.cend());
    QStringList out;
    for (const QString& line : expected) {
        if (!a.contains(line) && out.size() < 12) {
            out << QStringLiteral("  missing: ") + line;
        }
    }
    for (const QString& line : actual) {
        if (!e.contains(line) && out.size() < 24) {
            out << QStringLiteral("  extra:   ") + line;
        }
    }
    if (out.isEmpty() && expected.size() != actual.size()) {
        out << QStringLiteral("  %1 lines expected, %2 found (duplicates)").arg(expected.size()).arg(actual.size());
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void operationUnderFaults_data();
    void operationUnderFaults();

private:
    Outcome run(bool faults, int faultSeed);
    bool prepare(SandboxProcess& sandbox, QStringList* command, QString* error);
    void readJournal(const QString& path, const QJsonObject& finalTenant, Outcome* outcome) const;

    QString m_scenario;
    int m_tenantSeed = 0;
    Outcome m_baseline;
    QTemporaryDir m_work;
};

void TestFaultMatrix::initTestCase()
{
    m_scenario = qEnvironmentVariable("CONSENTDESK_FAULT_SCENARIO", QStringLiteral("inventory"));
    QVERIFY2(kTenantSeed.contains(m_scenario), qPrintable(QStringLiteral("unknown scenario ") + m_scenario));
    m_tenantSeed = kTenantSeed.value(m_scenario);
    m_baseline = run(false, 0);
    QVERIFY2(m_baseline.code == 0, qPrintable(QStringLiteral("the fault-free run failed: ") + m_baseline.output));
    QVERIFY2(m_baseline.journalProblems.isEmpty(), qPrintable(m_baseline.journalProblems.join(QLatin1Char('\n'))));
    qInfo("%s without faults: %lld ms, %d writes", qPrintable(m_scenario), m_baseline.ms, m_baseline.appliedWrites);
    if (m_scenario != QLatin1String("inventory")) {
        QVERIFY2(m_baseline.appliedWrites > 0, "the fault-free run wrote nothing: the scenario tests nothing");
    }
    if (m_scenario == QLatin1String("bulkrevoke")) {
        QVERIFY2(m_baseline.appliedWrites >= kBulkItems, qPrintable(QString::number(m_baseline.appliedWrites)));
    }
}

void TestFaultMatrix::operationUnderFaults_data()
{
    QTest::addColumn<int>("faultSeed");
    const int count = qEnvironmentVariableIntValue("CONSENTDESK_FAULT_SEEDS") > 0
                          ? qEnvironmentVariableIntValue("CONSENTDESK_FAULT_SEEDS")
                          : 20;
    const int first = qEnvironmentVariableIsSet("CONSENTDESK_FAULT_SEED_FIRST")
                          ? qEnvironmentVariableIntValue("CONSENTDESK_FAULT_SEED_FIRST")
                          : 1;
    for (int seed = first; seed < first + count; ++seed) {
        QTest::addRow("%s fault-seed %d", qPrintable(m_scenario), seed) << seed;
    }
}

void TestFaultMatrix::operationUnderFaults()
{
    QFETCH(int, faultSeed);
    const Outcome r = run(true, faultSeed);
    qInfo("fault-seed %d: exit %d in %lld ms; injected %d throttle, %d error, %d drop; %d writes; sign-in attempts %d",
          faultSeed,
          r.code,
          r.ms,
          r.faults.value(QStringLiteral("throttle")).toInt(),
          r.faults.value(QStringLiteral("error")).toInt(),
          r.faults.value(QStringLiteral("drop")).toInt(),
          r.appliedWrites,
          r.signInAttempts);
    if (r.code != 0) {
        // QTest cuts long messages: what the CLI said goes out line by line first — each change that failed (✗, with
        // its reason) wherever it is among 300, then the last 20 lines (the summary).
        const QStringList lines = r.output.split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.contains(QStringLiteral("\u2717"))) {
                qInfo("  cli failed: %s", qPrintable(line));
            }
        }
        for (const QString& line : lines.mid(std::max(0, int(lines.size()) - 20))) {
            qInfo("  cli: %s", qPrintable(line));
        }
    }
    QVERIFY2(r.code == 0, qPrintable(QStringLiteral("exit %1: ").arg(r.code) + r.output.right(3000)));
    QVERIFY2(r.journalProblems.isEmpty(), qPrintable(r.journalProblems.join(QLatin1Char('\n'))));
    QVERIFY2(r.state == m_baseline.state,
             qPrintable(QStringLiteral("the tenant differs from the fault-free run's:\n")
                        + diff(m_baseline.state, r.state)));
    if (r.appliedWrites != r.succeeded) {
        // QTest cuts long messages: the evidence goes out line by line first.
        for (const QString& line : r.writeRoutes + QStringList {QStringLiteral("journal:")} + r.journalLines) {
            qInfo("  %s", qPrintable(line));
        }
    }
    QVERIFY2(r.appliedWrites == r.succeeded,
             qPrintable(QStringLiteral("the sandbox applied %1 writes, the journal has %2 succeeded entries")
                            .arg(r.appliedWrites)
                            .arg(r.succeeded)));
    QCOMPARE(r.appliedWrites, m_baseline.appliedWrites);
    if (m_scenario == QLatin1String("inventory")) {
        QVERIFY2(r.listing == m_baseline.listing, "the inventory differs from the fault-free run's");
    }
}

bool TestFaultMatrix::prepare(SandboxProcess& sandbox, QStringList* command, QString* error)
{
    const QJsonObject tenant = sandbox.control(QStringLiteral("export"));
    const QJsonObject info = sandbox.info();
    QSet<QString> ownApps; // ConsentDesk's own registrations: the CLI's token comes through them
    for (const auto& v : info.value(QStringLiteral("clientIds")).toArray()) {
        ownApps.insert(v.toString());
    }
    QHash<QString, QString> appIdOf;
    for (const auto& v : items(tenant, "servicePrincipals")) {
        appIdOf.insert(v.toObject().value(QStringLiteral("id")).toString(),
                       v.toObject().value(QStringLiteral("appId")).toString());
    }
    if (m_scenario == QLatin1String("inventory")) {
        *command = {QStringLiteral("--format"),
                    QStringLiteral("json"),
                    QStringLiteral("grants"),
                    QStringLiteral("list"),
                    QStringLiteral("--all"),
                    QStringLiteral("--permissions")};
        return true;
    }
    if (m_scenario == QLatin1String("grant")) {
        // The first request (by id) with at least three pending scopes; grant two of them: least privilege.
        QList<QJsonObject> requests;
        for (const auto& v : items(tenant, "appConsentRequests")) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("pendingScopes")).toArray().size() >= 3) {
                requests.append(r);
            }
        }
        std::sort(requests.begin(), requests.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
        });
        if (requests.isEmpty()) {
            *error = QStringLiteral("no consent request with three pending scopes");
            return false;
        }
        QStringList scopes;
        for (const auto& s : requests.first().value(QStringLiteral("pendingScopes")).toArray()) {
            scopes.append(s.toObject().value(QStringLiteral("displayName")).toString());
        }
        scopes.sort();
        *command = {QStringLiteral("requests"),
                    QStringLiteral("grant"),
                    requests.first().value(QStringLiteral("id")).toString(),
                    QStringLiteral("--scopes"),
                    scopes.mid(0, 2).join(QLatin1Char(',')),
                    QStringLiteral("--yes")};
        return true;
    }
    // Apps by how many delegated scopes they hold tenant-wide (most first; ties by appId).
    QHash<QString, int> scopesOf;
    QHash<QString, int> itemsOf;
    QHash<QString, QStringList> valuesOf;
    for (const auto& v : items(tenant, "oauth2PermissionGrants")) {
        const QJsonObject g = v.toObject();
        const QString app = appIdOf.value(g.value(QStringLiteral("clientId")).toString());
        const QStringList scopes
            = g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ++itemsOf[app];
        if (g.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            scopesOf[app] += int(scopes.size());
            valuesOf[app] += scopes;
        }
    }
    for (const auto& v : items(tenant, "appRoleAssignments")) {
        const QString app = appIdOf.value(v.toObject().value(QStringLiteral("principalId")).toString());
        if (!app.isEmpty()) {
            ++itemsOf[app];
        }
    }
    QStringList apps;
    for (auto it = itemsOf.cbegin(); it != itemsOf.cend(); ++it) {
        if (!it.key().isEmpty() && !ownApps.contains(it.key())) {
            apps.append(it.key());
        }
    }
    if (m_scenario == QLatin1String("keeponly")) {
        std::sort(apps.begin(), apps.end(), [&](const QString& a, const QString& b) {
            return scopesOf.value(a) != scopesOf.value(b) ? scopesOf.value(a) > scopesOf.value(b) : a < b;
        });
        if (apps.isEmpty() || scopesOf.value(apps.first()) < 4) {
            *error = QStringLiteral("no app with four tenant-wide scopes");
            return false;
        }
        QStringList values = valuesOf.value(apps.first());
        values.sort(Qt::CaseInsensitive);
        values.removeDuplicates();
        *command = {QStringLiteral("grants"),
                    QStringLiteral("keep-only"),
                    QStringLiteral("--app"),
                    apps.first(),
                    QStringLiteral("--keep"),
                    values.mid(0, 2).join(QLatin1Char(',')),
                    QStringLiteral("--yes")};
        return true;
    }
    // bulkrevoke: the apps with the most grants and assignments until there are 300 items.
    std::sort(apps.begin(), apps.end(), [&](const QString& a, const QString& b) {
        return itemsOf.value(a) != itemsOf.value(b) ? itemsOf.value(a) > itemsOf.value(b) : a < b;
    });
    QStringList chosen;
    int total = 0;
    for (const QString& app : apps) {
        if (total >= kBulkItems) {
            break;
        }
        chosen.append(app);
        total += itemsOf.value(app);
    }
    if (total < kBulkItems) {
        *error = QStringLiteral("only %1 revocable items").arg(total);
        return false;
    }
    QFile appsFile(m_work.filePath(QStringLiteral("apps.txt")));
    if (!appsFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write the apps file");
        return false;
    }
    appsFile.write(chosen.join(QLatin1Char('\n')).toUtf8() + '\n');
    *command = {QStringLiteral("grants"),
                QStringLiteral("revoke"),
                QStringLiteral("--apps-file"),
                appsFile.fileName(),
                QStringLiteral("--all-permissions"),
                QStringLiteral("--yes")};
    return true;
}

Outcome TestFaultMatrix::run(bool faults, int faultSeed)
{
    Outcome outcome;
    QStringList arguments {QStringLiteral("--generate"),
                           QStringLiteral("small"),
                           QStringLiteral("--seed"),
                           QString::number(m_tenantSeed),
                           QStringLiteral("--token-lifetime-s"),
                           QStringLiteral("30")};
    if (faults) {
        arguments << QStringLiteral("--fault-seed") << QString::number(faultSeed) << QStringLiteral("--throttle-rate")
                  << QStringLiteral("0.10") << QStringLiteral("--error-rate") << QStringLiteral("0.03")
                  << QStringLiteral("--drop-rate") << QStringLiteral("0.01");
    }
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(arguments, &error)) {
        outcome.output = error;
        return outcome;
    }
    const QString domain = sandbox.info().value(QStringLiteral("defaultDomain")).toString();
    const QStringList connection {QStringLiteral("--sandbox"),
                                  sandbox.baseUrl().toString(),
                                  QStringLiteral("--tenant"),
                                  domain,
                                  QStringLiteral("--client-id"),
                                  QString::fromLatin1(SandboxProcess::ClientId),
                                  QStringLiteral("--profile"),
                                  QStringLiteral("faults-") + m_scenario};
    QStringList command;
    if (!prepare(sandbox, &command, &error)) {
        outcome.output = error;
        return outcome;
    }

    CliRunner cli;
    // Signing in is not one of the operations under test, but it meets the faults too; an admin whose sign-in hit a
    // 503 signs in again, and so does this test (at most three times; the count is reported).
    CliRunner::Run signin;
    while (outcome.signInAttempts < 3) {
        ++outcome.signInAttempts;
        signin = cli.run(connection
                             + QStringList {QStringLiteral("signin"),
                                            QStringLiteral("--user"),
                                            QStringLiteral("admin@") + domain,
                                            QStringLiteral("--allow-changes")},
                         {},
                         120000);
        if (signin.code == 0) {
            break;
        }
    }
    if (signin.code != 0) {
        outcome.output = QStringLiteral("sign-in failed three times: ") + signin.all();
        return outcome;
    }

    QElapsedTimer clock;
    clock.start();
    const CliRunner::Run r = cli.run(connection + command, {}, 900000);
    outcome.ms = clock.elapsed();
    outcome.code = r.code;
    outcome.output = r.all();
    if (m_scenario == QLatin1String("inventory") && r.code == 0) {
        QStringList rows;
        for (const auto& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            rows.append(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        }
        rows.sort();
        outcome.listing = rows.join(QLatin1Char('\n'));
    }
    const QJsonObject finalTenant = sandbox.control(QStringLiteral("export"));
    outcome.state = normalise(finalTenant);
    outcome.stats = sandbox.control(QStringLiteral("stats"));
    outcome.faults = outcome.stats.value(QStringLiteral("faults")).toObject();
    outcome.appliedWrites = appliedWrites(outcome.stats, &outcome.writeRoutes);
    readJournal(cli.home() + QStringLiteral("/data/ConsentDesk/ConsentDesk/journal/consentdesk-journal.jsonl"),
                finalTenant,
                &outcome);
    cli.run(connection + QStringList {QStringLiteral("signout")}, {}, 60000); // the keychain entry goes
    return outcome;
}

void TestFaultMatrix::readJournal(const QString& path, const QJsonObject& finalTenant, Outcome* outcome) const
{
    QSet<QString> grants;
    QSet<QString> assignments;
    for (const auto& v : items(finalTenant, "oauth2PermissionGrants")) {
        grants.insert(v.toObject().value(QStringLiteral("id")).toString());
    }
    for (const auto& v : items(finalTenant, "appRoleAssignments")) {
        assignments.insert(v.toObject().value(QStringLiteral("id")).toString());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return; // no write: no journal (the inventory)
    }
    struct Entry
    {
        QString action;
        QJsonObject target;
        QString outcome;
        QString settledBy;
        int status = 0;
    };
    QHash<QString, Entry> entries;
    QStringList order;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty()) {
            outcome->journalProblems << QStringLiteral("an unreadable journal line: ")
                                            + QString::fromUtf8(line.left(120));
            continue;
        }
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("intent")) {
            const QString id = o.value(QStringLiteral("id")).toString();
            entries.insert(
                id,
                {o.value(QStringLiteral("action")).toString(), o.value(QStringLiteral("target")).toObject(), {}, {}});
            order.append(id);
        } else if (type == QLatin1String("outcome")) {
            auto it = entries.find(o.value(QStringLiteral("entry")).toString());
            if (it != entries.end()) {
                it->outcome = o.value(QStringLiteral("outcome")).toString();
                it->settledBy = o.value(QStringLiteral("settledBy")).toString();
                it->status = o.value(QStringLiteral("httpStatus")).toInt();
            }
        }
    }
    QSet<QString> writesSeen;
    for (const QString& id : order) {
        const Entry& e = entries.value(id);
        outcome->journalLines
            << QStringLiteral("%1 %2 %3 (%4) HTTP %5").arg(id.left(8), e.action, e.outcome, e.settledBy).arg(e.status);
        if (e.outcome.isEmpty()) {
            outcome->journalProblems << QStringLiteral("entry %1 (%2) is still pending").arg(id, e.action);
            continue;
        }
        if (e.outcome != QLatin1String("succeeded")) {
            continue;
        }
        ++outcome->succeeded;
        // One succeeded write per target and action: the same delete or update twice would be a write applied twice.
        const QString key
            = e.action + QLatin1Char('|') + QString::fromUtf8(QJsonDocument(e.target).toJson(QJsonDocument::Compact));
        if (writesSeen.contains(key) && !e.action.endsWith(QLatin1String(".create"))) {
            outcome->journalProblems << QStringLiteral("%1 succeeded twice for the same target").arg(e.action);
        }
        writesSeen.insert(key);
        // A removal journaled as done must be gone from the tenant.
        const QString grantId = e.target.value(QStringLiteral("grantId")).toString();
        const QString assignmentId = e.target.value(QStringLiteral("assignmentId")).toString();
        if (e.action == QLatin1String("grant.delete") && grants.contains(grantId)) {
            outcome->journalProblems << QStringLiteral("grant %1 is journaled as deleted but is there").arg(grantId);
        }
        if (e.action == QLatin1String("appRoleAssignment.delete") && assignments.contains(assignmentId)) {
            outcome->journalProblems
                << QStringLiteral("assignment %1 is journaled as deleted but is there").arg(assignmentId);
        }
    }
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
