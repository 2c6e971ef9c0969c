#include "InventoryTestKit.h"

#include "async/Async.h"
#include "consent/JournalQuery.h"
#include "consent/RestoreService.h"
#include "consent/RevokePlanner.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString GlobalAdmin = QStringLiteral("grace.admin@mini.onmicrosoft.com");
const QString GlobalReader = QStringLiteral("gil.reader@mini.onmicrosoft.com");
const QString AlexId = QStringLiteral("aa5ea441-d51e-51e8-b802-af60495828c9");
const QString NorthwindSpId = QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076");
const QString TailspinSpId = QStringLiteral("a895e1a8-7025-5e88-8861-7e3ae002ebeb");
const QString LitwareSpId = QStringLiteral("d08af047-a146-5f07-86a8-3715ebb15592");
const QString FourthCoffeeSpId = QStringLiteral("90cff43c-5c6a-5922-b26e-4c958d309a01");
const QString NorthwindTenantGrant = QStringLiteral("p1_3k0rwZFqdsmZzxKVQdih63RGCG_ZZgYB2r5O2scY");

using Status = WriteRun::Result::Status;

// An app's holdings without ids: what "an equivalent tenant state" means after a restore.
QStringList holdings(const AppInventory& app)
{
    QStringList list;
    for (const auto& g : app.grants) {
        QStringList scopes = g.scopes;
        scopes.sort(Qt::CaseInsensitive);
        list.append(QStringLiteral("grant|%1|%2|%3|%4")
                        .arg(g.resourceId, g.consentType, g.principalId, scopes.join(QLatin1Char(' '))));
    }
    for (const auto& a : app.assignments) {
        list.append(QStringLiteral("role|%1|%2").arg(a.resourceId, a.appRoleId));
    }
    list.sort();
    return list;
}

} // namespace

class TestRevokeRestore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneScopeThenRestore();
    void lastScopeDeletesTheGrantAndRestoreRecreatesIt();
    void wholeGrantThenRestore();
    void oneUsersConsentThenRestore();
    void applicationPermissionThenRestore();
    void everythingAnAppHoldsThenRestore();
    void keepOnly();
    void bulkAcrossApps();
    void scopeAddedAfterThePreviewSurvives();
    void nothingLeftAtRunTimeBecomesADelete();
    void restoreRefusesWhatExists();
    void restoreWhoseInventoryGoesMidReadAnswersNobody();
    void journalOrderAndWriteAhead();
    void readOnlyRoleGetsAClearMessage();

private:
    AppInventory app(const QString& spId) { return m_kit->app(ServicePrincipalCache::Key::byId(spId)); }
    WriteRun runOk(const GrantPlan& plan);
    WriteRun revokeAndRestore(const QString& spId,
                              const GrantPlan& revoke,
                              const std::function<void(const AppInventory&)>& check);
    std::unique_ptr<ConsentTestHarness> m_h;
    std::unique_ptr<InventoryTestKit> m_kit;
};

void TestRevokeRestore::init()
{
    m_h = std::make_unique<ConsentTestHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->signInAs(GlobalAdmin);
    m_kit = std::make_unique<InventoryTestKit>(*m_h);
}

void TestRevokeRestore::cleanup()
{
    m_kit.reset();
    m_h.reset();
}

WriteRun TestRevokeRestore::runOk(const GrantPlan& plan)
{
    const WriteRun run = m_h->run(plan);
    for (const auto& r : run.results) {
        [&] { QVERIFY2(r.succeeded(), qPrintable(r.operation->summary + QStringLiteral(": ") + r.message)); }();
    }
    return run;
}

// Revokes, checks the state after, restores from the journal entries and checks the app is back to what it held.
WriteRun TestRevokeRestore::revokeAndRestore(const QString& spId,
                                             const GrantPlan& revoke,
                                             const std::function<void(const AppInventory&)>& check)
{
    const QStringList before = holdings(app(spId));
    [&] { QVERIFY(!revoke.isEmpty()); }();
    const WriteRun run = runOk(revoke);
    const AppInventory after = app(spId);
    check(after);
    const QList<JournalEntry> entries = m_kit->entriesOf(run);
    [&] { QCOMPARE(entries.size(), revoke.operations.size()); }();
    for (const auto& e : entries) {
        [&] {
            QVERIFY(!e.prior.isEmpty()); // the full prior object, re-read before the write
            QVERIFY(RestorePlanner::isRestorable(e));
        }();
    }
    const GrantPlan restore = m_kit->restorePlan(entries);
    [&] { QVERIFY2(restore.refused.isEmpty(), qPrintable(restore.refused.join(QLatin1Char('\n')))); }();
    const WriteRun restored = runOk(restore);
    for (const auto& e : m_kit->entriesOf(restored)) {
        [&] {
            QVERIFY(!e.restoresEntryId.isEmpty()); // journaled as a restore of the revoke
            QVERIFY(m_h->journal().entry(e.restoresEntryId));
        }();
    }
    [&] { QCOMPARE(holdings(app(spId)), before); }();
    return run;
}

void TestRevokeRestore::oneScopeThenRestore()
{
    const GrantPlan plan
        = RevokePlanner::revokeScopes(app(NorthwindSpId), NorthwindTenantGrant, {QStringLiteral("Mail.Read")});
    QCOMPARE(plan.operations.size(), 1);
    const WriteRun run = revokeAndRestore(NorthwindSpId, plan, [](const AppInventory& after) {
        const auto g = after.grant(NorthwindTenantGrant);
        QVERIFY(g);
        QCOMPARE(g->scopes, QStringList {QStringLiteral("User.Read")});
    });
    const JournalEntry* e = m_h->journal().entry(run.results.first().journalEntryId);
    QVERIFY(e);
    QCOMPARE(e->action, QStringLiteral("grant.updateScope"));
    QCOMPARE(e->prior.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Read"));
    QCOMPARE(e->outcome, JournalEntry::Outcome::Succeeded);
    // Merged back into the same grant (same id), not a second grant.
    QVERIFY(app(NorthwindSpId).grant(NorthwindTenantGrant));
}

void TestRevokeRestore::lastScopeDeletesTheGrantAndRestoreRecreatesIt()
{
    const AppInventory litware = app(LitwareSpId);
    QCOMPARE(litware.grants.size(), 1);
    const PermissionGrant g = litware.grants.first();
    const GrantPlan plan = RevokePlanner::revokeScopes(litware, g.id, g.scopes);
    QCOMPARE(plan.operations.first().kind, PlannedOperation::Kind::DeleteGrant);
    revokeAndRestore(LitwareSpId, plan, [](const AppInventory& after) { QVERIFY(after.grants.isEmpty()); });
    const AppInventory back = app(LitwareSpId);
    QCOMPARE(back.grants.size(), 1);
    // Re-created by POST (the journal says so); Graph derives a grant's id from client, resource and user, so the
    // "new" grant may well carry the old id — nothing may rely on it differing.
    QCOMPARE(back.grants.first().scopes, g.scopes);
    bool created = false;
    for (const auto& e : m_h->journal().entries()) {
        created = created || (e.action == QLatin1String("grant.create") && !e.restoresEntryId.isEmpty());
    }
    QVERIFY(created);
}

void TestRevokeRestore::wholeGrantThenRestore()
{
    const AppInventory coffee = app(FourthCoffeeSpId);
    revokeAndRestore(FourthCoffeeSpId,
                     RevokePlanner::revokeGrant(coffee, coffee.grants.first().id),
                     [](const AppInventory& after) { QVERIFY(after.grants.isEmpty()); });
}

void TestRevokeRestore::oneUsersConsentThenRestore()
{
    const AppInventory tailspin = app(TailspinSpId);
    const GrantPlan plan = RevokePlanner::revokeUserConsent(tailspin, AlexId);
    QCOMPARE(plan.operations.size(), 1);
    revokeAndRestore(TailspinSpId, plan, [](const AppInventory& after) {
        QVERIFY(after.grantsOf(AlexId).isEmpty());
        QCOMPARE(after.principalIds().size(), 1); // Adele's consent untouched
        QVERIFY(!after.rows(GrantedPermission::Source::TenantWide).isEmpty()); // and the tenant-wide grant
    });
    const auto back = app(TailspinSpId).grantsOf(AlexId);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().consentType, QStringLiteral("Principal"));
}

void TestRevokeRestore::applicationPermissionThenRestore()
{
    const AppInventory northwind = app(NorthwindSpId);
    QString mailRead;
    for (const auto& r : northwind.rows(GrantedPermission::Source::Application)) {
        if (r.permission.value == QLatin1String("Mail.Read")) {
            mailRead = r.assignmentId;
        }
    }
    QVERIFY(!mailRead.isEmpty());
    const GrantPlan plan = RevokePlanner::revokeApplicationPermission(northwind, mailRead);
    QVERIFY(plan.operations.first().path.contains(QStringLiteral("/appRoleAssignedTo/")));
    revokeAndRestore(NorthwindSpId, plan, [&](const AppInventory& after) {
        QCOMPARE(after.assignments.size(), 1);
        QVERIFY(!after.assignment(mailRead));
    });
}

void TestRevokeRestore::everythingAnAppHoldsThenRestore()
{
    const GrantPlan plan = RevokePlanner::revokeAll(app(NorthwindSpId));
    QCOMPARE(plan.operations.size(), 4);
    revokeAndRestore(NorthwindSpId, plan, [](const AppInventory& after) {
        QVERIFY(after.grants.isEmpty());
        QVERIFY(after.assignments.isEmpty());
    });
}

void TestRevokeRestore::keepOnly()
{
    const AppInventory northwind = app(NorthwindSpId);
    const QStringList keep = RevokePlanner::keysForValues(northwind, {QStringLiteral("User.Read")});
    const auto diff = RevokePlanner::keepOnlyDiff(northwind, keep);
    QCOMPARE(diff.kept.size(), 2); // tenant-wide and Alex's User.Read
    QCOMPARE(diff.removed.size(), 4); // Mail.Read, Calendars.Read and both application permissions
    revokeAndRestore(NorthwindSpId, RevokePlanner::keepOnly(northwind, keep), [](const AppInventory& after) {
        QCOMPARE(after.permissions.size(), 2);
        for (const auto& r : after.permissions) {
            QCOMPARE(r.permission.value, QStringLiteral("User.Read"));
        }
    });
}

void TestRevokeRestore::bulkAcrossApps()
{
    const GrantPlan plan = RevokePlanner::combine(
        {RevokePlanner::revokeAll(app(LitwareSpId)), RevokePlanner::revokeAll(app(FourthCoffeeSpId))});
    QCOMPARE(plan.operations.size(), 2);
    const WriteRun run = runOk(plan);
    QVERIFY(app(LitwareSpId).grants.isEmpty());
    QVERIFY(app(FourthCoffeeSpId).grants.isEmpty());
    const QList<JournalEntry> entries = JournalQuery::ofOperation(m_h->journal().entries(), run.operationId);
    QCOMPARE(entries.size(), 2);
    runOk(m_kit->restorePlan(entries));
    QCOMPARE(app(LitwareSpId).grants.size(), 1);
    QCOMPARE(app(FourthCoffeeSpId).grants.size(), 1);
}

void TestRevokeRestore::scopeAddedAfterThePreviewSurvives()
{
    const GrantPlan plan
        = RevokePlanner::revokeScopes(app(NorthwindSpId), NorthwindTenantGrant, {QStringLiteral("Mail.Read")});
    // Someone adds a scope between the preview and the run.
    const auto patched = m_h->env().patch(
        QStringLiteral("/v1.0/oauth2PermissionGrants/") + NorthwindTenantGrant,
        m_h->token(),
        QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read Mail.Read Calendars.Read")}});
    QCOMPARE(patched.status, 204);
    runOk(plan);
    QCOMPARE(app(NorthwindSpId).grant(NorthwindTenantGrant)->scopes,
             (QStringList {QStringLiteral("User.Read"), QStringLiteral("Calendars.Read")}));
}

void TestRevokeRestore::nothingLeftAtRunTimeBecomesADelete()
{
    // Planned as a PATCH keeping User.Read; by the time it runs, someone removed User.Read already.
    const GrantPlan plan
        = RevokePlanner::revokeScopes(app(NorthwindSpId), NorthwindTenantGrant, {QStringLiteral("Mail.Read")});
    QCOMPARE(plan.operations.first().kind, PlannedOperation::Kind::UpdateGrantScope);
    const auto patched = m_h->env().patch(QStringLiteral("/v1.0/oauth2PermissionGrants/") + NorthwindTenantGrant,
                                          m_h->token(),
                                          QJsonObject {{QStringLiteral("scope"), QStringLiteral("Mail.Read")}});
    QCOMPARE(patched.status, 204);
    const WriteRun run = runOk(plan);
    QCOMPARE(run.results.first().as<PlannedOperation>()->kind, PlannedOperation::Kind::DeleteGrant);
    QVERIFY(!app(NorthwindSpId).grant(NorthwindTenantGrant));
    const QList<JournalEntry> entries = m_kit->entriesOf(run);
    QCOMPARE(entries.first().action, QStringLiteral("grant.delete"));
    QCOMPARE(entries.first().prior.value(QStringLiteral("scope")).toString(),
             QStringLiteral("Mail.Read")); // the live prior
    const GrantPlan restore = m_kit->restorePlan(entries);
    QCOMPARE(restore.operations.size(), 1);
    QCOMPARE(restore.operations.first().body.value(QStringLiteral("scope")).toString(), QStringLiteral("Mail.Read"));
    runOk(restore);
    QCOMPARE(app(NorthwindSpId).rows(GrantedPermission::Source::TenantWide).size(), 1);
}

void TestRevokeRestore::restoreRefusesWhatExists()
{
    const AppInventory coffee = app(FourthCoffeeSpId);
    const WriteRun run = runOk(RevokePlanner::revokeGrant(coffee, coffee.grants.first().id));
    const QList<JournalEntry> entries = m_kit->entriesOf(run);
    runOk(m_kit->restorePlan(entries));
    const GrantPlan again = m_kit->restorePlan(entries);
    QVERIFY(again.isEmpty());
    QCOMPARE(again.refused.size(), 1);
    QVERIFY(again.refused.first().contains(QStringLiteral("already exists")));
    QCOMPARE(app(FourthCoffeeSpId).grants.size(), 1); // no duplicate
    QVERIFY(JournalQuery::restoredBy(m_h->journal().entries()).contains(entries.first().id));
}

// RestoreService::plan gathers its fresh reads with Async::all continued on the inventory: the inventory destroyed
// before they answer (the session ended), the outcome is cancelled and nobody is called with a plan made on part of
// them.
void TestRevokeRestore::restoreWhoseInventoryGoesMidReadAnswersNobody()
{
    const AppInventory coffee = app(FourthCoffeeSpId);
    const WriteRun run = runOk(RevokePlanner::revokeGrant(coffee, coffee.grants.first().id));
    const QList<JournalEntry> entries = m_kit->entriesOf(run);
    QCOMPARE(entries.size(), 1);

    auto* inventory = new GrantInventory(&m_h->client(), &m_h->cache());
    QFuture<RestoreService::Outcome> planning = RestoreService::plan(*inventory, entries, m_h->journal().entries());
    bool called = false;
    QObject context;
    Async::then(planning, &context, [&called](const RestoreService::Outcome&) { called = true; });
    QVERIFY(!planning.isFinished()); // the app is read fresh, never answered inside the call
    delete inventory;
    QTRY_VERIFY_WITH_TIMEOUT(planning.isCanceled(), 5000);
    QTest::qWait(200); // the replies still under way arrive and find nothing freed
    QVERIFY(!called);
    QCOMPARE(app(FourthCoffeeSpId).grants.size(), 0); // nothing was written

    // With the inventory alive the same restore is planned: the grant re-created, nothing refused.
    QFuture<RestoreService::Outcome> live = RestoreService::plan(m_kit->inventory(), entries, m_h->journal().entries());
    QTRY_VERIFY_WITH_TIMEOUT(live.isFinished(), 10000);
    QVERIFY(!live.isCanceled());
    const RestoreService::Outcome outcome = live.result();
    QVERIFY2(!outcome.refused(), qPrintable(outcome.message));
    QVERIFY(outcome.plan.refused.isEmpty());
    QCOMPARE(outcome.plan.operations.size(), 1);
}

void TestRevokeRestore::journalOrderAndWriteAhead()
{
    const GrantPlan plan = RevokePlanner::revokeAll(app(NorthwindSpId));
    m_h->network().writes.clear(); // loading the app POSTs to getByIds: a read, not a tenant write
    const WriteRun run = runOk(plan);
    // Every write left with its intent already on disk.
    QCOMPARE(m_h->network().writes.size(), plan.operations.size());
    for (const auto& w : m_h->network().writes) {
        QVERIFY2(w.journaledBefore, qPrintable(w.path));
    }
    // Entries in plan order, one operation id, each settled by the response.
    const QList<JournalEntry> entries = JournalQuery::ofOperation(m_h->journal().entries(), run.operationId);
    QCOMPARE(entries.size(), plan.operations.size());
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).action, plan.operations.at(i).action());
        QCOMPARE(entries.at(i).outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(i).actor, GlobalAdmin);
        if (i > 0) {
            QVERIFY(entries.at(i - 1).time <= entries.at(i).time);
        }
    }
    // The file: intent i, outcome i, intent i+1, … — each write is settled before the next one starts.
    QFile file(m_h->journal().path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("intent")) {
            lines.append(QStringLiteral("intent ") + o.value(QStringLiteral("id")).toString());
        } else if (type == QLatin1String("outcome")) {
            lines.append(QStringLiteral("outcome ") + o.value(QStringLiteral("entry")).toString());
        }
    }
    QStringList expected;
    for (const auto& e : entries) {
        expected << QString(QStringLiteral("intent ") + e.id) << QString(QStringLiteral("outcome ") + e.id);
    }
    QCOMPARE(lines, expected);
    JournalQuery q;
    q.actions = {QStringLiteral("appRoleAssignment.*")};
    QCOMPARE(q.apply(entries).size(), 2);
}

void TestRevokeRestore::readOnlyRoleGetsAClearMessage()
{
    const GrantPlan plan
        = RevokePlanner::revokeScopes(app(NorthwindSpId), NorthwindTenantGrant, {QStringLiteral("Mail.Read")});
    m_h->signInAs(GlobalReader);
    const WriteRun run = m_h->run(plan);
    QCOMPARE(run.results.size(), 1);
    const auto& r = run.results.first();
    QCOMPARE(r.status, Status::Failed);
    QCOMPARE(r.error.kind, GraphError::Kind::PermissionDenied);
    QVERIFY2(r.message.startsWith(QStringLiteral("Permission denied")), qPrintable(r.message));
    QVERIFY(!r.message.contains(QStringLiteral("403"))); // words, not a raw status
    const JournalEntry* e = m_h->journal().entry(r.journalEntryId);
    QVERIFY(e);
    QCOMPARE(e->outcome, JournalEntry::Outcome::Failed);
    QVERIFY(!RestorePlanner::isRestorable(*e));
    m_h->signInAs(GlobalAdmin);
    QCOMPARE(app(NorthwindSpId).grant(NorthwindTenantGrant)->scopes.size(), 2); // nothing changed
}

QTEST_GUILESS_MAIN(TestRevokeRestore)
#include "TestRevokeRestore.moc"
