// Undo of journaled Exchange writes against the sandbox's Exchange admin API: each write made through
// the write pipeline (WriteRunner), then ExchangeRestorePlanner's plan from the journal run through it again — and the
// result read back from Exchange (Get-/Test- cmdlets), never taken from the runner's own report.
#include "ExchangeSandboxKit.h"
#include "consent/Journal.h"
#include "consent/JournalQuery.h"
#include "consent/JournalSettler.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/ExchangeRestorePlanner.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"
#include "pipeline/WriteRunner.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ExchangeSandboxKit;

class TestExchangeRestore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestEnvironment> m_env;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<ExchangeAdminClient> m_exchange;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<WriteRunner> m_executor;
    Actor m_actor;

    // Runs a plan to the end with the event loop; the run as the write pipeline reports it.
    WriteRun execute(const ExchangePlan& plan) { return execute(WritePlan::from(plan)); }
    WriteRun execute(const WritePlan& plan)
    {
        const QFuture<WriteRun> done = m_executor->run(plan, m_actor);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 15000); }();
        return m_executor->current();
    }
    // Undoes every journal entry of the last run.
    WriteRun restoreLast()
    {
        const QList<JournalEntry> entries
            = JournalQuery::ofOperation(m_journal->entries(), m_executor->current().operationId);
        return execute(ExchangeRestorePlanner::plan(entries));
    }
    QList<ApplicationAccessPolicy> policies(const QString& appId)
    {
        bool done = false;
        QList<ApplicationAccessPolicy> out;
        m_exchange->getApplicationAccessPolicies(this,
                                                 [&](const QList<ApplicationAccessPolicy>& rows, const GraphError&) {
                                                     for (const auto& p : rows) {
                                                         if (p.appId.compare(appId, Qt::CaseInsensitive) == 0) {
                                                             out.append(p);
                                                         }
                                                     }
                                                     done = true;
                                                 });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }
    QStringList members(const QString& group)
    {
        bool done = false;
        QStringList out;
        m_exchange->getDistributionGroupMembers(
            group, this, [&](const QList<ExchangeRecipient>& rows, const GraphError&) {
                for (const auto& r : rows) {
                    out.append(r.primarySmtpAddress.toLower());
                }
                done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }
    QList<ManagementRoleAssignment> assignments(const QString& appId)
    {
        bool done = false;
        QList<ManagementRoleAssignment> out;
        m_exchange->getManagementRoleAssignments(
            appId, this, [&](const QList<ManagementRoleAssignment>& rows, const GraphError&) {
                out = rows;
                done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }
    static QString describe(const WriteRun& e) { return e.describe().join(QLatin1Char('\n')); }

private slots:
    void init()
    {
        m_env = std::make_unique<SandboxTestEnvironment>(demoOptions());
        QString error;
        QVERIFY2(m_env->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_tokens = std::make_unique<StaticTokenProvider>();
        m_tokens->setToken(TokenResource::Graph, m_env->token(kExchangeAdmin).toLatin1());
        m_tokens->setToken(TokenResource::Exchange, m_env->exchangeToken(kExchangeAdmin).toLatin1());
        m_graph = std::make_unique<GraphClient>();
        m_graph->setNetworkAccessManager(m_nam.get());
        m_graph->setTokenProvider(m_tokens.get());
        m_graph->setEndpoints({m_env->baseUrl(), m_env->baseUrl(), m_env->server().store().tenantId()});
        m_exchange = std::make_unique<ExchangeAdminClient>(m_graph.get());
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(m_journal->open());
        m_executor = std::make_unique<WriteRunner>(TenantWrite::Channel {nullptr, m_exchange.get()}, m_journal.get());
        m_actor = {m_env->server().store().tenantId(), kExchangeAdmin, m_env->userId(kExchangeAdmin)};
    }
    void cleanup()
    {
        m_executor.reset();
        m_journal.reset();
        m_dir.reset();
        m_exchange.reset();
        m_graph.reset();
        m_tokens.reset();
        m_nam.reset();
        m_env.reset();
    }

    void createdPolicyIsRemoved()
    {
        ExchangePlanner::ScopeAppRequest request;
        request.appId = kBackupApp;
        request.appDisplayName = QStringLiteral("Wide World Backup");
        request.group = QStringLiteral("CRM Mailbox Access");
        QVERIFY2(execute(ExchangePlanner::scopeApp(request)).allSucceeded(),
                 qPrintable(describe(m_executor->current())));
        QCOMPARE(policies(kBackupApp).size(), 1);
        const JournalEntry created = m_journal->entries().last();
        // The executor keeps the cmdlet's output: the new policy's Identity, which the undo needs.
        QCOMPARE(created.result.value(QStringLiteral("rows"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("Identity"))
                     .toString(),
                 policies(kBackupApp).first().identity);

        const WriteRun undone = restoreLast();
        QVERIFY2(undone.allSucceeded(), qPrintable(describe(undone)));
        QCOMPARE(undone.results.size(), 1);
        QCOMPARE(undone.results.first().as<ExchangeOperation>()->cmdlet,
                 QStringLiteral("Remove-ApplicationAccessPolicy"));
        QVERIFY(policies(kBackupApp).isEmpty());
        // Journaled like any write, linked to what it undoes.
        const JournalEntry restore = m_journal->entries().last();
        QCOMPARE(restore.action, QStringLiteral("exchange.accessPolicy.delete"));
        QCOMPARE(restore.restoresEntryId, created.id);
        QCOMPARE(restore.outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(JournalQuery::restoredBy(m_journal->entries()).value(created.id), restore.id);
    }

    void removedPolicyComesBackTheSame()
    {
        const QList<ApplicationAccessPolicy> before = policies(kCrmApp);
        QCOMPARE(before.size(), 1);
        // A description with a quote and the full prior state: the re-created policy must match it.
        ApplicationAccessPolicy original = before.first();
        QVERIFY(execute(ExchangePlanner::setPolicyDescription(original, QStringLiteral("CRM's pilot"))).allSucceeded());
        original = policies(kCrmApp).first();
        QVERIFY(execute(ExchangePlanner::removePolicy(original)).allSucceeded());
        QVERIFY(policies(kCrmApp).isEmpty());
        QCOMPARE(test(kCrmApp, kNonMember), QStringLiteral("Granted")); // no policy: every mailbox

        const WriteRun undone = restoreLast();
        QVERIFY2(undone.allSucceeded(), qPrintable(describe(undone)));
        const QList<ApplicationAccessPolicy> after = policies(kCrmApp);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().appId, original.appId);
        QCOMPARE(after.first().scopeName, original.scopeName);
        QCOMPARE(after.first().scopeGuid(), original.scopeGuid());
        QCOMPARE(after.first().accessRight, original.accessRight);
        QCOMPARE(after.first().description, QStringLiteral("CRM's pilot"));
        QCOMPARE(after.first().identity, original.identity);
        QCOMPARE(test(kCrmApp, kNonMember), QStringLiteral("Denied"));
        QCOMPARE(test(kCrmApp, kMember), QStringLiteral("Granted"));
    }

    void descriptionIsPutBack()
    {
        const ApplicationAccessPolicy original = policies(kCrmApp).first();
        QVERIFY(execute(ExchangePlanner::setPolicyDescription(original, QStringLiteral("changed"))).allSucceeded());
        QCOMPARE(policies(kCrmApp).first().description, QStringLiteral("changed"));
        QVERIFY2(restoreLast().allSucceeded(), qPrintable(describe(m_executor->current())));
        QCOMPARE(policies(kCrmApp).first().description, original.description);
    }

    void membersAreUndoneBothWays()
    {
        const QString group = QStringLiteral("CRM Mailbox Access");
        QVERIFY(!members(group).contains(kNonMember));
        QVERIFY(execute(ExchangePlanner::addMembers(group, {kNonMember})).allSucceeded());
        QVERIFY(members(group).contains(kNonMember));
        QCOMPARE(test(kCrmApp, kNonMember), QStringLiteral("Granted"));
        QVERIFY2(restoreLast().allSucceeded(), qPrintable(describe(m_executor->current())));
        QVERIFY(!members(group).contains(kNonMember));
        QCOMPARE(test(kCrmApp, kNonMember), QStringLiteral("Denied"));

        QVERIFY(members(group).contains(kMember));
        QVERIFY(execute(ExchangePlanner::removeMembers(group, {kMember})).allSucceeded());
        QVERIFY(!members(group).contains(kMember));
        QVERIFY2(restoreLast().allSucceeded(), qPrintable(describe(m_executor->current())));
        QVERIFY(members(group).contains(kMember));
        QCOMPARE(test(kCrmApp, kMember), QStringLiteral("Granted"));
    }

    void rbacAssignmentsAreUndoneAndCreationsLeftWithAReason()
    {
        ExchangePlanner::RbacRequest request;
        request.appId = kTailspinApp;
        request.servicePrincipalObjectId = kTailspinSp;
        request.appDisplayName = QStringLiteral("Tailspin Projects");
        request.scopeName = QStringLiteral("CRM mailboxes");
        request.recipientFilter = ExchangePlanner::rbacFilterForGroup(QStringLiteral("CRM Mailbox Access"));
        request.createScope = true;
        QVERIFY(execute(ExchangePlanner::grantRbac(request)).allSucceeded());
        QCOMPARE(assignments(kTailspinApp).size(), 1);

        const QList<JournalEntry> entries
            = JournalQuery::ofOperation(m_journal->entries(), m_executor->current().operationId);
        const ExchangePlan plan = ExchangeRestorePlanner::plan(entries);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.refused.size(), 2); // the Exchange service principal and the scope stay
        QVERIFY(plan.refused.join(QLatin1Char('\n')).contains(QStringLiteral("Remove-ManagementScope")));
        QVERIFY(execute(plan).allSucceeded());
        QVERIFY(assignments(kTailspinApp).isEmpty());

        // Put it back, remove it, restore the removal: the same role, scope and name again.
        request.createServicePrincipal = false;
        request.createScope = false;
        QVERIFY(execute(ExchangePlanner::grantRbac(request)).allSucceeded());
        const ManagementRoleAssignment original = assignments(kTailspinApp).first();
        QVERIFY(execute(ExchangePlanner::removeRoleAssignment(original)).allSucceeded());
        QVERIFY(assignments(kTailspinApp).isEmpty());
        QVERIFY2(restoreLast().allSucceeded(), qPrintable(describe(m_executor->current())));
        const QList<ManagementRoleAssignment> after = assignments(kTailspinApp);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().role, original.role);
        QCOMPARE(after.first().customResourceScope, original.customResourceScope);
        QCOMPARE(after.first().name, original.name);
    }

    void partialFailureRollsBackWhatSucceeded()
    {
        ExchangePlanner::ScopeAppRequest request;
        request.appId = QStringLiteral("not-a-guid"); // New-ApplicationAccessPolicy fails after group and member
        request.group = QStringLiteral("Pilot Scope");
        request.createGroup = true;
        request.addMembers = {kExecutive};
        const WriteRun partial = execute(ExchangePlanner::scopeApp(request));
        QCOMPARE(partial.count(WriteRun::Result::Status::Succeeded), 2);
        QCOMPARE(partial.count(WriteRun::Result::Status::Failed), 1);
        QVERIFY(members(QStringLiteral("Pilot Scope")).contains(kExecutive));

        const WritePlan rollback = partial.rollbackPlan();
        QCOMPARE(rollback.operations.size(), 1);
        QCOMPARE(rollback.refused.size(), 1);
        QVERIFY(rollback.refused.first().contains(QStringLiteral("Remove-DistributionGroup -Identity 'Pilot Scope'")));
        QVERIFY(execute(rollback).allSucceeded());
        QVERIFY(members(QStringLiteral("Pilot Scope")).isEmpty());
    }

    void goneObjectIsNotRemovedBlindly()
    {
        ExchangePlanner::ScopeAppRequest request;
        request.appId = kBackupApp;
        request.group = QStringLiteral("CRM Mailbox Access");
        QVERIFY(execute(ExchangePlanner::scopeApp(request)).allSucceeded());
        const QList<JournalEntry> entries
            = JournalQuery::ofOperation(m_journal->entries(), m_executor->current().operationId);
        QVERIFY(execute(ExchangePlanner::removePolicy(policies(kBackupApp).first())).allSucceeded());
        // Restoring the creation now finds nothing to remove: it fails before anything is sent.
        const int before = int(m_journal->entries().size());
        const WriteRun undone = execute(ExchangeRestorePlanner::plan(entries));
        QCOMPARE(undone.count(WriteRun::Result::Status::Failed), 1);
        QCOMPARE(int(m_journal->entries().size()), before);
    }

    void pendingEntriesAreSettledOnlyWhenExchangeCanTell()
    {
        // Intents whose answer never arrived (the process died), as the write pipeline records them before sending.
        auto intent = [&](const ExchangePlan& plan, const QJsonObject& prior = {}) {
            const ExchangeOperation& op = plan.operations.first();
            JournalEntry e;
            e.tenantId = m_env->server().store().tenantId();
            e.action = op.action();
            e.summary = op.summary;
            e.target = op.target;
            e.prior = prior;
            e.request = {{QStringLiteral("api"), QStringLiteral("exchange")},
                         {QStringLiteral("method"), QStringLiteral("POST")},
                         {QStringLiteral("path"), QStringLiteral("/InvokeCommand")},
                         {QStringLiteral("cmdlet"), op.cmdlet},
                         {QStringLiteral("parameters"), op.parameters},
                         {QStringLiteral("powerShell"), op.powerShell()}};
            e.writer = JournalWriter::current();
            e.writer.pid = 2147483000; // the process that died (no such process id exists)
            [&] { QVERIFY(m_journal->recordIntent(e)); }();
            return e.id;
        };
        const ApplicationAccessPolicy crm = policies(kCrmApp).first();
        const QJsonObject row {{QStringLiteral("Identity"), crm.identity},
                               {QStringLiteral("AppId"), crm.appId},
                               {QStringLiteral("ScopeName"), crm.scopeName},
                               {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")},
                               {QStringLiteral("Description"), crm.description}};
        ExchangePlanner::ScopeAppRequest request;
        request.appId = kBackupApp;
        request.group = QStringLiteral("CRM Mailbox Access");
        QVERIFY(execute(ExchangePlanner::scopeApp(request)).allSucceeded());
        const ApplicationAccessPolicy backup = policies(kBackupApp).first();
        // A description change that reached Exchange, and one that did not.
        const QString described = intent(ExchangePlanner::setPolicyDescription(backup, QStringLiteral("settled")), {});
        QVERIFY(execute(ExchangePlanner::setPolicyDescription(backup, QStringLiteral("settled"))).allSucceeded());
        const QString notDescribed
            = intent(ExchangePlanner::setPolicyDescription(backup, QStringLiteral("never sent")), {});
        // A removal that reached Exchange, and one that did not.
        const QString removed = intent(ExchangePlanner::removePolicy(crm), row);
        QVERIFY(execute(ExchangePlanner::removePolicy(crm)).allSucceeded());
        const QString notRemoved = intent(ExchangePlanner::removePolicy(backup));
        // A creation and a member change: what exists now cannot tell, so they stay pending.
        const QString created = intent(ExchangePlanner::scopeApp(request));
        const QString added = intent(ExchangePlanner::addMembers(QStringLiteral("CRM Mailbox Access"), {kNonMember}));

        JournalSettler settler(m_graph.get(), m_journal.get());
        settler.setTenantId(m_env->server().store().tenantId());
        QSignalSpy finished(&settler, &JournalSettler::finished);
        settler.settle();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        const auto outcome = [&](const QString& id) { return m_journal->entry(id)->outcome; };
        QCOMPARE(outcome(described), JournalEntry::Outcome::Succeeded);
        QCOMPARE(outcome(notDescribed), JournalEntry::Outcome::NotApplied);
        QCOMPARE(outcome(removed), JournalEntry::Outcome::Succeeded);
        QCOMPARE(outcome(notRemoved), JournalEntry::Outcome::NotApplied);
        QCOMPARE(outcome(created), JournalEntry::Outcome::Pending);
        QCOMPARE(outcome(added), JournalEntry::Outcome::Pending);
        QCOMPARE(m_journal->entry(removed)->settledBy, JournalSettler::settledBy());
        // A settled removal restores like any other: the policy comes back.
        QVERIFY(execute(ExchangeRestorePlanner::plan({*m_journal->entry(removed)})).allSucceeded());
        QCOMPARE(policies(kCrmApp).size(), 1);
    }

private:
    QString test(const QString& appId, const QString& mailbox)
    {
        bool done = false;
        QString out;
        m_exchange->testApplicationAccessPolicy(
            mailbox, appId, this, [&](const QList<AccessPolicyTestResult>& rows, const GraphError& error) {
                out = error ? error.message : rows.value(0).accessCheckResult;
                done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }
};

QTEST_GUILESS_MAIN(TestExchangeRestore)
#include "TestExchangeRestore.moc"
