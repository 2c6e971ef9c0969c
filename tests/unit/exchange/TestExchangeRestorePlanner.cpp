// ExchangeRestorePlanner: every kind of journaled Exchange write has its inverse cmdlet, taken from what the journal
// holds (prior object, cmdlet output); creations without an inverse and writes that did not succeed are refused
// with the reason; undo order is newest first; a rollback undoes only what succeeded.
#include "exchange/ExchangeRestorePlanner.h"
#include "pipeline/WriteRun.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString Tenant = QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f");
const QString CrmApp = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0");
const QString ScopeGuid = QStringLiteral("8b6ce428-7f0a-4cde-9a55-2b9e1c6a0f11");
const QString PolicyId
    = Tenant + QStringLiteral("\\") + CrmApp + QStringLiteral(":S-1-5-21-1-2-3-1821338;") + ScopeGuid;

QJsonObject policyRow(const QString& description = QStringLiteral("CRM pilot"))
{
    return {{QStringLiteral("Identity"), PolicyId},
            {QStringLiteral("AppId"), CrmApp},
            {QStringLiteral("ScopeName"), QStringLiteral("CRM Mailbox Access")},
            {QStringLiteral("ScopeIdentity"), QStringLiteral("CRM Mailbox Access")},
            {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")},
            {QStringLiteral("Description"), description},
            {QStringLiteral("IsValid"), true}};
}

// A journal entry as the write pipeline writes it.
JournalEntry entry(const ExchangeOperation& op,
                   const QJsonArray& rows = {},
                   JournalEntry::Outcome outcome = JournalEntry::Outcome::Succeeded,
                   int secondsAgo = 60)
{
    JournalEntry e;
    e.id = QStringLiteral("entry-%1-%2").arg(op.action()).arg(secondsAgo);
    e.time = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    e.tenantId = Tenant;
    e.action = op.action();
    e.summary = op.summary;
    e.target = op.target;
    e.prior = op.prior;
    e.request = {{QStringLiteral("api"), QStringLiteral("exchange")},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("path"), QStringLiteral("/InvokeCommand")},
                 {QStringLiteral("cmdlet"), op.cmdlet},
                 {QStringLiteral("parameters"), op.parameters},
                 {QStringLiteral("powerShell"), op.powerShell()}};
    e.outcome = outcome;
    e.result = {{QStringLiteral("rows"), rows}};
    return e;
}

ExchangeOperation op(ExchangeOperation::Kind kind,
                     const QJsonObject& parameters,
                     const QJsonObject& target = {},
                     const QJsonObject& prior = {})
{
    ExchangeOperation o = ExchangeOperation::make(
        kind, QStringLiteral("summary of ") + ExchangeOperation::cmdletOf(kind), parameters, target);
    o.prior = prior;
    return o;
}

} // namespace

class TestExchangeRestorePlanner : public QObject
{
    Q_OBJECT

private slots:
    void actionsRoundTrip()
    {
        using K = ExchangeOperation::Kind;
        for (K kind : {K::NewPolicy,
                       K::SetPolicyDescription,
                       K::RemovePolicy,
                       K::NewSecurityGroup,
                       K::AddGroupMember,
                       K::RemoveGroupMember,
                       K::NewServicePrincipal,
                       K::NewManagementScope,
                       K::NewRoleAssignment,
                       K::RemoveRoleAssignment}) {
            ExchangeOperation o;
            o.kind = kind;
            QCOMPARE(ExchangeOperation::kindFromAction(o.action()).value(), kind);
        }
        QVERIFY(!ExchangeOperation::kindFromAction(QStringLiteral("grant.delete")));
    }

    void createdPolicyIsRemovedByItsRecordedIdentity()
    {
        const auto created = entry(op(ExchangeOperation::Kind::NewPolicy,
                                      {{QStringLiteral("AppId"), CrmApp},
                                       {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("CRM Mailbox Access")},
                                       {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")}},
                                      {{QStringLiteral("appId"), CrmApp},
                                       {QStringLiteral("appDisplayName"), QStringLiteral("Northwind CRM")}}),
                                   {policyRow()});
        QVERIFY(ExchangeRestorePlanner::isRestorable(created));
        const ExchangePlan plan = ExchangeRestorePlanner::plan({created});
        QCOMPARE(plan.purpose, ExchangePlan::Purpose::Restore);
        QVERIFY(plan.refused.isEmpty());
        QCOMPARE(plan.operations.size(), 1);
        const ExchangeOperation& undo = plan.operations.first();
        QCOMPARE(undo.kind, ExchangeOperation::Kind::RemovePolicy);
        QCOMPARE(undo.parameters.value(QStringLiteral("Identity")).toString(), PolicyId);
        QCOMPARE(undo.restoresEntryId, created.id);
        QVERIFY2(undo.summary.contains(QStringLiteral("Northwind CRM")), qPrintable(undo.summary));
        QVERIFY(
            undo.powerShell().startsWith(QStringLiteral("Remove-ApplicationAccessPolicy -Confirm:$false -Identity")));
        QVERIFY(!plan.warnings.isEmpty()); // the app may reach every mailbox again

        // Without the cmdlet output there is no identity: refused with how to do it by hand.
        auto blind = created;
        blind.result = {};
        const ExchangePlan refused = ExchangeRestorePlanner::plan({blind});
        QVERIFY(refused.isEmpty());
        QCOMPARE(refused.refused.size(), 1);
        QVERIFY(refused.refused.first().contains(QStringLiteral("Get-ApplicationAccessPolicy")));
    }

    void removedPolicyIsRecreatedFromItsPriorState()
    {
        const auto removed = entry(op(ExchangeOperation::Kind::RemovePolicy,
                                      {{QStringLiteral("Identity"), PolicyId}, {QStringLiteral("Confirm"), false}},
                                      {{QStringLiteral("appId"), CrmApp}, {QStringLiteral("policyIdentity"), PolicyId}},
                                      policyRow(QStringLiteral("O'Brien's pilot"))));
        const ExchangePlan plan = ExchangeRestorePlanner::plan({removed});
        QCOMPARE(plan.operations.size(), 1);
        const ExchangeOperation& undo = plan.operations.first();
        QCOMPARE(undo.kind, ExchangeOperation::Kind::NewPolicy);
        QCOMPARE(undo.parameters.value(QStringLiteral("AppId")).toString(), CrmApp);
        // The scope by its Exchange GUID from the identity: exactly the recipient the policy had.
        QCOMPARE(undo.parameters.value(QStringLiteral("PolicyScopeGroupId")).toString(), ScopeGuid);
        QCOMPARE(undo.parameters.value(QStringLiteral("AccessRight")).toString(), QStringLiteral("RestrictAccess"));
        QCOMPARE(undo.parameters.value(QStringLiteral("Description")).toString(), QStringLiteral("O'Brien's pilot"));
        QVERIFY(undo.summary.contains(QStringLiteral("CRM Mailbox Access")));
        QVERIFY(undo.powerShell().contains(QStringLiteral("-Description 'O''Brien''s pilot'")));
        QVERIFY(!plan.note.isEmpty()); // Graph may take an hour

        auto noPrior = removed;
        noPrior.prior = {};
        const ExchangePlan refused = ExchangeRestorePlanner::plan({noPrior});
        QVERIFY(refused.isEmpty());
        QVERIFY(refused.refused.first().contains(QStringLiteral("no prior policy")));
    }

    void descriptionIsPutBack()
    {
        const auto changed = entry(
            op(ExchangeOperation::Kind::SetPolicyDescription,
               {{QStringLiteral("Identity"), PolicyId}, {QStringLiteral("Description"), QStringLiteral("new words")}},
               {{QStringLiteral("policyIdentity"), PolicyId}},
               policyRow(QStringLiteral("old words"))));
        const ExchangePlan plan = ExchangeRestorePlanner::plan({changed});
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().kind, ExchangeOperation::Kind::SetPolicyDescription);
        QCOMPARE(plan.operations.first().parameters,
                 (QJsonObject {{QStringLiteral("Identity"), PolicyId},
                               {QStringLiteral("Description"), QStringLiteral("old words")}}));
    }

    void membersGoBothWays()
    {
        const QJsonObject pair {{QStringLiteral("group"), QStringLiteral("CRM Mailbox Access")},
                                {QStringLiteral("member"), QStringLiteral("aisha.rahman@contoso.com")}};
        const auto added = entry(op(ExchangeOperation::Kind::AddGroupMember,
                                    {{QStringLiteral("Identity"), QStringLiteral("CRM Mailbox Access")},
                                     {QStringLiteral("Member"), QStringLiteral("aisha.rahman@contoso.com")}},
                                    pair));
        ExchangePlan plan = ExchangeRestorePlanner::plan({added});
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().kind, ExchangeOperation::Kind::RemoveGroupMember);
        QCOMPARE(plan.operations.first().powerShell(),
                 QStringLiteral("Remove-DistributionGroupMember -Confirm:$false -Identity 'CRM Mailbox Access' "
                                "-Member 'aisha.rahman@contoso.com'"));

        const auto removed = entry(op(ExchangeOperation::Kind::RemoveGroupMember,
                                      {{QStringLiteral("Identity"), QStringLiteral("CRM Mailbox Access")},
                                       {QStringLiteral("Member"), QStringLiteral("aisha.rahman@contoso.com")},
                                       {QStringLiteral("Confirm"), false}},
                                      pair,
                                      pair));
        plan = ExchangeRestorePlanner::plan({removed});
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().kind, ExchangeOperation::Kind::AddGroupMember);
        QCOMPARE(plan.operations.first().powerShell(),
                 QStringLiteral("Add-DistributionGroupMember -Identity 'CRM Mailbox Access' "
                                "-Member 'aisha.rahman@contoso.com'"));
    }

    void roleAssignmentsGoBothWays()
    {
        const QJsonObject assignment {{QStringLiteral("Name"), QStringLiteral("Mail.Read-Tailspin Projects")},
                                      {QStringLiteral("Identity"), QStringLiteral("Mail.Read-Tailspin Projects")},
                                      {QStringLiteral("Role"), QStringLiteral("Application Mail.Read")},
                                      {QStringLiteral("App"), QStringLiteral("a9dcf210-df3e-43c0-af84-884c95c5944a")},
                                      {QStringLiteral("CustomResourceScope"), QStringLiteral("CRM mailboxes")}};
        const auto created = entry(op(ExchangeOperation::Kind::NewRoleAssignment,
                                      {{QStringLiteral("App"), QStringLiteral("a9dcf210-df3e-43c0-af84-884c95c5944a")},
                                       {QStringLiteral("Role"), QStringLiteral("Application Mail.Read")},
                                       {QStringLiteral("CustomResourceScope"), QStringLiteral("CRM mailboxes")}}),
                                   {assignment});
        ExchangePlan plan = ExchangeRestorePlanner::plan({created});
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().kind, ExchangeOperation::Kind::RemoveRoleAssignment);
        QCOMPARE(plan.operations.first().parameters.value(QStringLiteral("Identity")).toString(),
                 QStringLiteral("Mail.Read-Tailspin Projects"));

        const auto removed = entry(op(ExchangeOperation::Kind::RemoveRoleAssignment,
                                      {{QStringLiteral("Identity"), QStringLiteral("Mail.Read-Tailspin Projects")},
                                       {QStringLiteral("Confirm"), false}},
                                      {},
                                      assignment));
        plan = ExchangeRestorePlanner::plan({removed});
        QCOMPARE(plan.operations.size(), 1);
        const ExchangeOperation& undo = plan.operations.first();
        QCOMPARE(undo.kind, ExchangeOperation::Kind::NewRoleAssignment);
        QCOMPARE(undo.parameters,
                 (QJsonObject {{QStringLiteral("App"), QStringLiteral("a9dcf210-df3e-43c0-af84-884c95c5944a")},
                               {QStringLiteral("Role"), QStringLiteral("Application Mail.Read")},
                               {QStringLiteral("CustomResourceScope"), QStringLiteral("CRM mailboxes")},
                               {QStringLiteral("Name"), QStringLiteral("Mail.Read-Tailspin Projects")}}));

        // An organization-wide assignment (CustomResourceScope null) comes back organization-wide.
        auto orgWide = removed;
        orgWide.prior.insert(QStringLiteral("CustomResourceScope"), QJsonValue::Null);
        plan = ExchangeRestorePlanner::plan({orgWide});
        QVERIFY(!plan.operations.first().parameters.contains(QStringLiteral("CustomResourceScope")));
        QVERIFY(plan.operations.first().summary.contains(QStringLiteral("whole organization")));
    }

    void creationsWithoutInverseAreRefusedWithTheCmdlet()
    {
        const auto group = entry(op(ExchangeOperation::Kind::NewSecurityGroup,
                                    {{QStringLiteral("Name"), QStringLiteral("CRM Pilot")},
                                     {QStringLiteral("Type"), QStringLiteral("Security")}},
                                    {{QStringLiteral("group"), QStringLiteral("CRM Pilot")}}));
        const auto sp
            = entry(op(ExchangeOperation::Kind::NewServicePrincipal,
                       {{QStringLiteral("AppId"), QStringLiteral("a9dcf210-df3e-43c0-af84-884c95c5944a")},
                        {QStringLiteral("ObjectId"), QStringLiteral("d229298e-e3a2-41b7-9d68-084ac8a12f24")}}),
                    {},
                    JournalEntry::Outcome::Succeeded,
                    50);
        const auto scope
            = entry(op(ExchangeOperation::Kind::NewManagementScope,
                       {{QStringLiteral("Name"), QStringLiteral("CRM mailboxes")},
                        {QStringLiteral("RecipientRestrictionFilter"), QStringLiteral("City -eq 'Oslo'")}}),
                    {},
                    JournalEntry::Outcome::Succeeded,
                    40);
        for (const auto& e : {group, sp, scope}) {
            QVERIFY(ExchangeRestorePlanner::isRestorable(e)); // Restore shows the reason rather than hiding it
        }
        const ExchangePlan plan = ExchangeRestorePlanner::plan({group, sp, scope});
        QVERIFY(plan.isEmpty());
        QCOMPARE(plan.refused.size(), 3);
        const QString all = plan.refused.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("left in place")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Remove-DistributionGroup -Identity 'CRM Pilot'")));
        QVERIFY(
            all.contains(QStringLiteral("Remove-ServicePrincipal -Identity 'a9dcf210-df3e-43c0-af84-884c95c5944a'")));
        QVERIFY(all.contains(QStringLiteral("Remove-ManagementScope -Identity 'CRM mailboxes'")));
        QVERIFY(all.contains(QStringLiteral("Exchange admin center")));
    }

    void onlySucceededExchangeWritesAreUndone()
    {
        const auto failed = entry(op(ExchangeOperation::Kind::AddGroupMember,
                                     {{QStringLiteral("Identity"), QStringLiteral("G")},
                                      {QStringLiteral("Member"), QStringLiteral("m@contoso.com")}}),
                                  {},
                                  JournalEntry::Outcome::Failed);
        auto pending = failed;
        pending.outcome = JournalEntry::Outcome::Pending;
        JournalEntry graph;
        graph.action = QStringLiteral("grant.delete");
        graph.summary = QStringLiteral("Remove a grant");
        graph.outcome = JournalEntry::Outcome::Succeeded;
        QVERIFY(!ExchangeRestorePlanner::isRestorable(failed));
        QVERIFY(!ExchangeRestorePlanner::isRestorable(pending));
        QVERIFY(!ExchangeRestorePlanner::isExchange(graph));
        const ExchangePlan plan = ExchangeRestorePlanner::plan({failed, pending, graph});
        QVERIFY(plan.isEmpty());
        QCOMPARE(plan.refused.size(), 3);
        QVERIFY(plan.refused.join(QLatin1Char('\n')).contains(QStringLiteral("not known yet")));
        QVERIFY(plan.refused.join(QLatin1Char('\n')).contains(QStringLiteral("not an Exchange change")));
    }

    void undoesNewestFirst()
    {
        // A recipe: group, member, policy (oldest first, as the journal holds them).
        const auto group
            = entry(op(ExchangeOperation::Kind::NewSecurityGroup, {{QStringLiteral("Name"), QStringLiteral("G")}}),
                    {},
                    JournalEntry::Outcome::Succeeded,
                    30);
        const auto member = entry(op(ExchangeOperation::Kind::AddGroupMember,
                                     {{QStringLiteral("Identity"), QStringLiteral("G")},
                                      {QStringLiteral("Member"), QStringLiteral("m@contoso.com")}}),
                                  {},
                                  JournalEntry::Outcome::Succeeded,
                                  20);
        const auto policy = entry(op(ExchangeOperation::Kind::NewPolicy,
                                     {{QStringLiteral("AppId"), CrmApp},
                                      {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("G")},
                                      {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")}}),
                                  {policyRow()},
                                  JournalEntry::Outcome::Succeeded,
                                  10);
        const ExchangePlan plan = ExchangeRestorePlanner::plan({group, member, policy});
        QCOMPARE(plan.operations.size(), 2);
        QCOMPARE(plan.operations.at(0).kind, ExchangeOperation::Kind::RemovePolicy);
        QCOMPARE(plan.operations.at(1).kind, ExchangeOperation::Kind::RemoveGroupMember);
        QCOMPARE(plan.refused.size(), 1);

        // The same millisecond: journal order decides (the later entry is undone first).
        auto a = member;
        auto b = policy;
        b.time = a.time;
        const ExchangePlan tie = ExchangeRestorePlanner::plan({a, b});
        QCOMPARE(tie.operations.at(0).kind, ExchangeOperation::Kind::RemovePolicy);
    }

    void rollbackUndoesWhatSucceeded()
    {
        WriteRun execution;
        execution.plan.service = WritePlan::Service::Exchange;
        execution.plan.title = QStringLiteral("Limit CRM");
        auto result = [](int index, const ExchangeOperation& o, WriteRun::Result::Status status, QJsonArray rows) {
            WriteRun::Result r;
            r.index = index;
            r.operation = std::make_shared<ExchangeOperation>(o);
            r.status = status;
            r.result = {{QStringLiteral("rows"), rows}};
            r.journalEntryId = QStringLiteral("e%1").arg(index);
            return r;
        };
        using S = WriteRun::Result::Status;
        execution.results = {
            result(0,
                   op(ExchangeOperation::Kind::NewSecurityGroup, {{QStringLiteral("Name"), QStringLiteral("G")}}),
                   S::Succeeded,
                   {}),
            result(1,
                   op(ExchangeOperation::Kind::AddGroupMember,
                      {{QStringLiteral("Identity"), QStringLiteral("G")},
                       {QStringLiteral("Member"), QStringLiteral("m")}}),
                   S::Succeeded,
                   {}),
            result(2,
                   op(ExchangeOperation::Kind::NewPolicy,
                      {{QStringLiteral("AppId"), CrmApp}, {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("G")}}),
                   S::Failed,
                   {}),
        };
        const WritePlan rollback = execution.rollbackPlan();
        QCOMPARE(rollback.purpose, ExchangePlan::Purpose::Rollback);
        QCOMPARE(rollback.operations.size(), 1);
        QCOMPARE(rollback.operationAs<ExchangeOperation>(0)->kind, ExchangeOperation::Kind::RemoveGroupMember);
        QCOMPARE(rollback.operations.first()->restoresEntryId, QStringLiteral("e1"));
        QCOMPARE(rollback.refused.size(), 1); // the new group stays, with the cmdlet to remove it
        QVERIFY(rollback.toJson().value(QStringLiteral("refused")).toArray().size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestExchangeRestorePlanner)
#include "TestExchangeRestorePlanner.moc"
