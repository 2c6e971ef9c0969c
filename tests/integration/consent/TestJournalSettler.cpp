#include "ConsentTestHarness.h"

#include "consent/JournalSettler.h"
#include "graph/GraphPath.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString GlobalAdmin = QStringLiteral("grace.admin@mini.onmicrosoft.com");
const QString FabrikamAppId = QStringLiteral("d6fdd1c8-c917-5e77-b524-c3f607b74abf");
const QString NorthwindSpId = QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076");
const QString TailspinSpId = QStringLiteral("a895e1a8-7025-5e88-8861-7e3ae002ebeb");
const QString GraphSpId = QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6");
const QString HrSpId = QStringLiteral("e38dd14f-0271-5d1c-a631-edfc88434bf5");
const QString HrReadAllRole = QStringLiteral("e061b397-bb52-508f-80ef-9be48769b462");

} // namespace

/**
 * The process "died" between each intent and its answer: intents are recorded by hand, some writes then really
 * happen (straight through the sandbox), some never do. The settler must tell which by reading the tenant.
 */
class TestJournalSettler : public QObject
{
    Q_OBJECT

private slots:
    void settlesEveryKindOfWrite();
    void leavesLiveWritersAndUnknownTenantsAlone();

private:
    QString intent(ConsentTestHarness& h,
                   const QString& method,
                   const QString& path,
                   const QJsonObject& body,
                   const QString& tenant = {},
                   const JournalWriter& writer = deadWriter());
    // A writer process that no longer exists (a process id above any the system hands out), on this computer.
    static JournalWriter deadWriter();
};

JournalWriter TestJournalSettler::deadWriter()
{
    JournalWriter w = JournalWriter::current();
    w.pid = 2147483000;
    return w;
}

QString TestJournalSettler::intent(ConsentTestHarness& h,
                                   const QString& method,
                                   const QString& path,
                                   const QJsonObject& body,
                                   const QString& tenant,
                                   const JournalWriter& writer)
{
    JournalEntry e;
    e.writer = writer;
    e.tenantId = tenant.isEmpty() ? h.tenantId() : tenant;
    e.actor = GlobalAdmin;
    e.action = QStringLiteral("test.write");
    e.request = QJsonObject {
        {QStringLiteral("method"), method}, {QStringLiteral("path"), path}, {QStringLiteral("body"), body}};
    QString error;
    [&] { QVERIFY2(h.journal().recordIntent(e, &error), qPrintable(error)); }();
    return e.id;
}

void TestJournalSettler::settlesEveryKindOfWrite()
{
    ConsentTestHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    h.signInAs(GlobalAdmin);
    auto& env = h.env();
    const QString token = h.token();
    const QString northwindGrant = h.tenantWideGrants(NorthwindSpId).first().value(QStringLiteral("id")).toString();
    const QString tailspinAssignment = h.assignmentsOf(TailspinSpId).first().value(QStringLiteral("id")).toString();

    // 1. SP creation that happened.
    const QJsonObject createSp {{QStringLiteral("appId"), FabrikamAppId}};
    const QString spCreated = intent(h, QStringLiteral("POST"), QStringLiteral("/servicePrincipals"), createSp);
    const auto created = env.post(QStringLiteral("/v1.0/servicePrincipals"), token, createSp);
    QCOMPARE(created.status, 201);
    const QString fabrikamSpId = created.json().value(QStringLiteral("id")).toString();
    // 2. Grant creation that never left.
    const QString grantNotSent = intent(h,
                                        QStringLiteral("POST"),
                                        QStringLiteral("/oauth2PermissionGrants"),
                                        QJsonObject {{QStringLiteral("clientId"), fabrikamSpId},
                                                     {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                                                     {QStringLiteral("resourceId"), GraphSpId},
                                                     {QStringLiteral("scope"), QStringLiteral("User.Read")}});
    // 3. Grant creation that happened (the sandbox has the scopes in another order).
    const QJsonObject grantBody {{QStringLiteral("clientId"), fabrikamSpId},
                                 {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                                 {QStringLiteral("resourceId"), HrSpId},
                                 {QStringLiteral("scope"), QStringLiteral("HR.Read")}};
    const QString grantSent = intent(h, QStringLiteral("POST"), QStringLiteral("/oauth2PermissionGrants"), grantBody);
    QCOMPARE(env.post(QStringLiteral("/v1.0/oauth2PermissionGrants"), token, grantBody).status, 201);
    // 4. PATCH that happened, 5. PATCH that did not.
    const QString grantPath = QStringLiteral("/oauth2PermissionGrants/") + northwindGrant;
    const QString patchSent
        = intent(h,
                 QStringLiteral("PATCH"),
                 grantPath,
                 QJsonObject {{QStringLiteral("scope"), QStringLiteral("Mail.Read User.Read Calendars.Read")}});
    QCOMPARE(env.patch(QStringLiteral("/v1.0") + grantPath,
                       token,
                       QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read Mail.Read Calendars.Read")}})
                 .status,
             204);
    const QString patchNotSent = intent(h,
                                        QStringLiteral("PATCH"),
                                        GraphPath::servicePrincipal(NorthwindSpId),
                                        QJsonObject {{QStringLiteral("accountEnabled"), false}});
    // 6. Assignment creation that happened; 7. DELETE that happened; 8. DELETE that did not.
    const QJsonObject assignment {{QStringLiteral("principalId"), fabrikamSpId},
                                  {QStringLiteral("resourceId"), HrSpId},
                                  {QStringLiteral("appRoleId"), HrReadAllRole}};
    const QString assignmentPath = GraphPath::servicePrincipal(HrSpId) + QStringLiteral("/appRoleAssignedTo");
    const QString assignmentSent = intent(h, QStringLiteral("POST"), assignmentPath, assignment);
    QCOMPARE(env.post(QStringLiteral("/v1.0") + assignmentPath, token, assignment).status, 201);
    const QString deletePath
        = GraphPath::servicePrincipal(HrSpId) + QStringLiteral("/appRoleAssignedTo/") + tailspinAssignment;
    const QString deleteSent = intent(h, QStringLiteral("DELETE"), deletePath, {});
    QCOMPARE(env.del(QStringLiteral("/v1.0") + deletePath, token).status, 204);
    const QString deleteNotSent = intent(h, QStringLiteral("DELETE"), grantPath, {});
    // 9. Another tenant's entry is not touched.
    const QString foreign
        = intent(h, QStringLiteral("DELETE"), grantPath, {}, QStringLiteral("99999999-0000-4000-8000-000000000000"));

    // A new process: reopen the journal from disk, then settle.
    Journal reopened(h.journal().path());
    QVERIFY(reopened.open());
    QCOMPARE(reopened.pending().size(), 9);
    JournalSettler settler(&h.client(), &reopened);
    settler.setTenantId(h.tenantId());
    QSignalSpy finished(&settler, &JournalSettler::finished);
    settler.settle();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto summary = finished.first().first().value<JournalSettler::Summary>();
    QCOMPARE(summary.succeeded, 5);
    QCOMPARE(summary.notApplied, 3);
    QVERIFY(summary.unresolved.isEmpty());
    QCOMPARE(summary.otherTenant, QStringList {foreign});

    using O = JournalEntry::Outcome;
    const QHash<QString, O> expected {{spCreated, O::Succeeded},
                                      {grantNotSent, O::NotApplied},
                                      {grantSent, O::Succeeded},
                                      {patchSent, O::Succeeded},
                                      {patchNotSent, O::NotApplied},
                                      {assignmentSent, O::Succeeded},
                                      {deleteSent, O::Succeeded},
                                      {deleteNotSent, O::NotApplied},
                                      {foreign, O::Pending}};
    Journal check(h.journal().path()); // what is on disk, not just in memory
    QVERIFY(check.open());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const JournalEntry* e = check.entry(it.key());
        QVERIFY(e);
        QCOMPARE(JournalEntry::outcomeKey(e->outcome), JournalEntry::outcomeKey(it.value()));
        if (it.value() != O::Pending) {
            QCOMPARE(e->settledBy, JournalSettler::settledBy());
        }
    }
    QCOMPARE(check.entry(spCreated)->result.value(QStringLiteral("id")).toString(), fabrikamSpId);
}

// Another ConsentDesk that is still running may be waiting for the answer to its write: its intents, this process's
// requests on their way and intents from another computer stay pending. Without a tenant nothing is settled. An
// outcome from the write's own response wins over a settled one, whichever is first in the file.
void TestJournalSettler::leavesLiveWritersAndUnknownTenantsAlone()
{
    ConsentTestHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    h.signInAs(GlobalAdmin);
    const QString northwindGrant = h.tenantWideGrants(NorthwindSpId).first().value(QStringLiteral("id")).toString();
    const QString grantPath = QStringLiteral("/oauth2PermissionGrants/") + northwindGrant;

    // A live writer: a child process that is running.
    QProcess child;
#ifdef Q_OS_WIN
    child.start(QStringLiteral("ping"), {QStringLiteral("-n"), QStringLiteral("30"), QStringLiteral("127.0.0.1")});
#else
    child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
#endif
    QVERIFY(child.waitForStarted());
    JournalWriter live = JournalWriter::current();
    live.pid = child.processId();
    JournalWriter elsewhere = JournalWriter::current();
    elsewhere.host = QStringLiteral("another-computer");
    JournalWriter previousBoot = deadWriter();
    previousBoot.pid = JournalWriter::current().pid; // a process id that exists now, but from before a restart
    previousBoot.bootId = QStringLiteral("00000000-0000-4000-8000-000000000000");

    const QString ofLive = intent(h, QStringLiteral("DELETE"), grantPath, {}, {}, live);
    const QString ofOtherComputer = intent(h, QStringLiteral("DELETE"), grantPath, {}, {}, elsewhere);
    const QString ofDead = intent(h, QStringLiteral("DELETE"), grantPath, {}, {}, deadWriter());
    const QString ofPreviousBoot = intent(h, QStringLiteral("DELETE"), grantPath, {}, {}, previousBoot);
    const QString ofMine = intent(h, QStringLiteral("DELETE"), grantPath, {}, {}, JournalWriter::current());
    QVERIFY(Journal::isInFlight(ofMine));

    auto settle = [&h](const QString& tenant) {
        Journal journal(h.journal().path());
        [&] { QVERIFY(journal.open()); }();
        JournalSettler settler(&h.client(), &journal);
        settler.setTenantId(tenant);
        QSignalSpy finished(&settler, &JournalSettler::finished);
        settler.settle();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000); }();
        return finished.isEmpty() ? JournalSettler::Summary()
                                  : finished.first().first().value<JournalSettler::Summary>();
    };

    // No tenant: nothing settled (an app-only token, a tenant not yet known).
    JournalSettler::Summary summary = settle(QString());
    QVERIFY(summary.tenantUnknown);
    QCOMPARE(summary.succeeded + summary.notApplied, 0);
    QCOMPARE(summary.unresolved.size(), 5);

    summary = settle(h.tenantId());
    QVERIFY(!summary.tenantUnknown);
    QCOMPARE(summary.notApplied, 2); // the dead writer's and the previous boot's: the grant is still there
    QCOMPARE(summary.succeeded, 0);
    QStringList running = summary.stillRunning;
    running.sort();
    QStringList expectedRunning {ofLive, ofMine};
    expectedRunning.sort();
    QCOMPARE(running, expectedRunning);
    QCOMPARE(summary.otherComputer, QStringList {ofOtherComputer});
    {
        Journal check(h.journal().path());
        QVERIFY(check.open());
        QVERIFY(check.entry(ofLive)->isPending());
        QVERIFY(check.entry(ofMine)->isPending());
        QVERIFY(check.entry(ofOtherComputer)->isPending());
        QCOMPARE(check.entry(ofDead)->outcome, JournalEntry::Outcome::NotApplied);
        QCOMPARE(check.entry(ofPreviousBoot)->outcome, JournalEntry::Outcome::NotApplied);
    }

    // The live writer ends; its entry is settled. Then its response arrives late after all: the response wins.
    child.kill();
    QVERIFY(child.waitForFinished(5000));
    summary = settle(h.tenantId());
    QCOMPARE(summary.notApplied, 1);
    QVERIFY(h.journal().recordOutcome(
        ofLive, JournalEntry::Outcome::Succeeded, 204, {}, {}, QStringLiteral("response"), &error));
    // My own request answered: it leaves the in-flight set, and a settled line written before it loses too.
    QVERIFY(h.journal().recordReply(ofMine, {}, 204, {}));
    QVERIFY(!Journal::isInFlight(ofMine));
    Journal check(h.journal().path());
    QVERIFY(check.open());
    QCOMPARE(check.entry(ofLive)->outcome, JournalEntry::Outcome::Succeeded);
    QCOMPARE(check.entry(ofLive)->settledBy, QStringLiteral("response"));
    QCOMPARE(check.entry(ofMine)->settledBy, QStringLiteral("response"));
    // A settler that comes now finds nothing more of these to do.
    summary = settle(h.tenantId());
    QCOMPARE(summary.succeeded + summary.notApplied, 0);
    QCOMPARE(summary.otherComputer, QStringList {ofOtherComputer});
}

QTEST_GUILESS_MAIN(TestJournalSettler)
#include "TestJournalSettler.moc"
