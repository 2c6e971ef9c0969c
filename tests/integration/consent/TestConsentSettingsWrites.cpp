#include "ConsentTestHarness.h"
#include "pipeline/WriteRunner.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "settings/ConsentSettingsLoader.h"
#include "settings/SettingsPlanner.h"
#include "settings/SettingsWrite.h"

#include <QJsonArray>
#include <QTest>

// The consent settings' writes through the one write pipeline against the sandbox: the whole-object PUT of the
// workflow refused when someone changed the policy after it was read (nothing sent, nothing journaled as sent, the
// other change kept), each write journaled with its prior state before it is sent, and its inverse restoring it.
class TestConsentSettingsWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void concurrentChangeIsNotOverwritten();
    void workflowPutIsJournaledAndUndone();
    void userConsentKeepsOwnedResourceEntries();

private:
    ConsentSettings load();
    WriteRun run(const WritePlan& plan);

    ConsentTestHarness m_h;
};

void TestConsentSettingsWrites::initTestCase()
{
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestConsentSettingsWrites::init()
{
    QVERIFY(m_h.env().server().reset());
    m_h.signInAs(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
}

ConsentSettings TestConsentSettingsWrites::load()
{
    ConsentSettingsLoader loader(&m_h.client());
    ConsentSettings result;
    bool done = false;
    loader.load(&loader, [&](const ConsentSettings& s) {
        result = s;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

WriteRun TestConsentSettingsWrites::run(const WritePlan& plan)
{
    WriteRunner runner(TenantWrite::Channel {&m_h.client(), nullptr}, &m_h.journal());
    QFuture<WriteRun> future
        = runner.run(plan, Actor {m_h.tenantId(), QStringLiteral("grace.admin@mini.onmicrosoft.com"), {}});
    [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000); }();
    return future.result();
}

void TestConsentSettingsWrites::concurrentChangeIsNotOverwritten()
{
    const ConsentSettings read = load();
    QCOMPARE(read.workflow.version, 1);
    AdminConsentWorkflow wanted = read.workflow;
    wanted.requestDurationInDays = 7;
    const WritePlan plan = SettingsPlanner::workflow(read.workflow, wanted);
    QCOMPARE(plan.operations.size(), 1);
    // Someone else changes the policy meanwhile (another admin in the portal): version 2, reminders on.
    QJsonObject other = m_h.env().server().store().policy(QStringLiteral("adminConsentRequestPolicy"));
    other.remove(QStringLiteral("version"));
    other.insert(QStringLiteral("remindersEnabled"), true);
    const auto put = m_h.env().put(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token(), other);
    QCOMPARE(put.status, 204);
    const int writesBefore = int(m_h.network().writes.size());

    const WriteRun result = run(plan);
    QCOMPARE(result.results.size(), 1);
    QCOMPARE(result.results.first().status, WriteRun::Result::Status::Failed);
    QCOMPARE(result.results.first().error.code, SettingsWrite::concurrentChangeCode());
    QVERIFY2(result.results.first().message.contains(QLatin1String("since it was read")),
             qPrintable(result.results.first().message));
    // Nothing was sent; the other admin's change stands.
    QCOMPARE(int(m_h.network().writes.size()), writesBefore);
    const QJsonObject now
        = m_h.env().get(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token()).json();
    QCOMPARE(now.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(now.value(QStringLiteral("remindersEnabled")).toBool(), true);
    QCOMPARE(now.value(QStringLiteral("requestDurationInDays")).toInt(), 30);
    // Planned again on what is there now, it goes through.
    const ConsentSettings again = load();
    AdminConsentWorkflow retry = again.workflow;
    retry.requestDurationInDays = 7;
    const WriteRun second = run(SettingsPlanner::workflow(again.workflow, retry));
    QVERIFY(second.allSucceeded());
    const QJsonObject after
        = m_h.env().get(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token()).json();
    QCOMPARE(after.value(QStringLiteral("requestDurationInDays")).toInt(), 7);
    QCOMPARE(after.value(QStringLiteral("remindersEnabled")).toBool(), true);
}

void TestConsentSettingsWrites::workflowPutIsJournaledAndUndone()
{
    const ConsentSettings read = load();
    AdminConsentWorkflow wanted = read.workflow;
    wanted.enabled = false;
    const WriteRun result = run(SettingsPlanner::workflow(read.workflow, wanted));
    QVERIFY(result.allSucceeded());
    // The PUT left with its intent on disk first, and carried the whole policy.
    const auto& sent = m_h.network().writes.last();
    QCOMPARE(sent.method, QByteArray("PUT"));
    QVERIFY(sent.journaledBefore);
    const auto found = m_h.journal().entry(result.results.first().journalEntryId);
    QVERIFY(found);
    const JournalEntry copy = *found; // the journal's own entries move as it grows
    const JournalEntry* entry = &copy;
    QCOMPARE(entry->action, SettingsWrite::kPutWorkflow);
    QCOMPARE(entry->prior.value(QStringLiteral("isEnabled")).toBool(), true);
    QCOMPARE(entry->prior.value(QStringLiteral("reviewers")).toArray().size(), 3);
    const QJsonObject body = entry->request.value(QStringLiteral("body")).toObject();
    for (const auto& key : {"isEnabled", "notifyReviewers", "remindersEnabled", "requestDurationInDays", "reviewers"}) {
        QVERIFY2(body.contains(QLatin1String(key)), key);
    }
    QCOMPARE(m_h.env()
                 .get(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token())
                 .json()["isEnabled"]
                 .toBool(),
             false);
    // Restore from the journal: the policy as it was (reviewers spelled as Graph had them).
    const WritePlan undo = SettingsPlanner::restore({*entry});
    QCOMPARE(undo.operations.size(), 1);
    QCOMPARE(undo.operations.first()->restoresEntryId, entry->id);
    QVERIFY(run(undo).allSucceeded());
    const QJsonObject back
        = m_h.env().get(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token()).json();
    QCOMPARE(back.value(QStringLiteral("isEnabled")).toBool(), true);
    QCOMPARE(back.value(QStringLiteral("reviewers")).toArray(),
             entry->prior.value(QStringLiteral("reviewers")).toArray());
    // A second undo of the same entry is refused: the policy moved on since (version check).
    const WriteRun stale = run(SettingsPlanner::restore({*entry}));
    QCOMPARE(stale.results.first().status, WriteRun::Result::Status::Failed);
    QCOMPARE(stale.results.first().error.code, SettingsWrite::concurrentChangeCode());
}

void TestConsentSettingsWrites::userConsentKeepsOwnedResourceEntries()
{
    const ConsentSettings read = load();
    // Graph's casing varies; an owners' entry added after the read (lower-case prefix) must survive too.
    TenantStore& store = m_h.env().server().store();
    QJsonObject policy = store.policy(QStringLiteral("authorizationPolicy"));
    QJsonObject defaults = policy.value(QStringLiteral("defaultUserRolePermissions")).toObject();
    QJsonArray list = defaults.value(QStringLiteral("permissionGrantPoliciesAssigned")).toArray();
    list.append(
        QStringLiteral("managePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat"));
    defaults.insert(QStringLiteral("permissionGrantPoliciesAssigned"), list);
    policy.insert(QStringLiteral("defaultUserRolePermissions"), defaults);
    store.setPolicy(QStringLiteral("authorizationPolicy"), policy);

    const WriteRun result = run(SettingsPlanner::userConsent(read, UserConsentSetting::Option::Legacy));
    QVERIFY(result.allSucceeded());
    const QJsonArray now = m_h.env()
                               .get(QStringLiteral("/v1.0/policies/authorizationPolicy"), m_h.token())
                               .json()["defaultUserRolePermissions"]["permissionGrantPoliciesAssigned"]
                               .toArray();
    QCOMPARE(
        now,
        (QJsonArray {
            QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"),
            QStringLiteral("managePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat"),
            QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-legacy")}));
    QVERIFY(!SettingsPlanner::userConsent(read, UserConsentSetting::Option::Legacy).warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestConsentSettingsWrites)
#include "TestConsentSettingsWrites.moc"
