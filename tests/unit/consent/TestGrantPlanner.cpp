#include "PlannerFixtures.h"
#include "auth/CapabilityMap.h"
#include "consent/GrantPlanner.h"
#include "pipeline/WriteRun.h"

#include <QTest>

using namespace PlannerFixtures;
using Kind = PlannedOperation::Kind;

class TestGrantPlanner : public QObject
{
    Q_OBJECT

private slots:
    void mergeKeepsExistingOrderAndSkipsDuplicates();
    void mergesDelegatedIntoExistingGrant();
    void createsGrantWhenNoneExists();
    void missingClientIsCreatedFirstAndReferenced();
    void missingResourceIsCreatedForDelegated();
    void applicationPermissionsBecomeAssignments();
    void alreadyGrantedCostsNothing();
    void unpublishedAndImpossibleAreNotSent();
    void capabilityWarnings();
    void blockDisablesExisting();
    void blockCreatesMissingDisabled();
    void blockOfBlockedAppIsEmpty();
    void rollbackUndoesSucceededNewestFirst();
};

void TestGrantPlanner::mergeKeepsExistingOrderAndSkipsDuplicates()
{
    QCOMPARE(GrantPlanner::mergeScopes({"User.Read", "Mail.Read"}, {"mail.read", "Calendars.Read", "Calendars.Read"}),
             (QStringList {"User.Read", "Mail.Read", "Calendars.Read"}));
    QCOMPARE(GrantPlanner::mergeScopes({}, {" openid ", ""}), QStringList {"openid"});
}

void TestGrantPlanner::mergesDelegatedIntoExistingGrant()
{
    const GrantPlan plan = GrantPlanner::planGrant(
        existingClient(),
        {graphDelegated(QStringLiteral("Calendars.Read")), graphDelegated(QStringLiteral("Mail.Read"))});
    QCOMPARE(plan.operations.size(), 1);
    const PlannedOperation& op = plan.operations.first();
    QCOMPARE(op.kind, Kind::UpdateGrantScope);
    QCOMPARE(op.method, QByteArray("PATCH"));
    // Opaque ids are path-encoded: the apostrophe may not break the segment.
    QCOMPARE(op.path, QStringLiteral("/oauth2PermissionGrants/grant-it's-opaque"));
    QCOMPARE(op.body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Read Calendars.Read"));
    QCOMPARE(op.addedScopes, QStringList {"Calendars.Read"});
    QVERIFY(op.mergeWithCurrent);
    QCOMPARE(op.prior.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Read"));
    QCOMPARE(plan.alreadyGranted.size(), 1);
    QCOMPARE(plan.alreadyGranted.first().value, QStringLiteral("Mail.Read"));
}

void TestGrantPlanner::createsGrantWhenNoneExists()
{
    const GrantPlan plan = GrantPlanner::planGrant(
        existingClient(QString()),
        {graphDelegated(QStringLiteral("User.Read")), graphDelegated(QStringLiteral("Calendars.Read"))});
    QCOMPARE(plan.operations.size(), 1);
    const PlannedOperation& op = plan.operations.first();
    QCOMPARE(op.kind, Kind::CreateGrant);
    QCOMPARE(op.path, QStringLiteral("/oauth2PermissionGrants"));
    QCOMPARE(op.body.value(QStringLiteral("clientId")).toString(), ClientSpId);
    QCOMPARE(op.body.value(QStringLiteral("resourceId")).toString(), GraphSpId);
    QCOMPARE(op.body.value(QStringLiteral("consentType")).toString(), QStringLiteral("AllPrincipals"));
    QCOMPARE(op.body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Calendars.Read"));
    QVERIFY(!op.body.contains(QStringLiteral("principalId")));
}

void TestGrantPlanner::missingClientIsCreatedFirstAndReferenced()
{
    const GrantPlan plan
        = GrantPlanner::planGrant(missingClient(),
                                  {graphDelegated(QStringLiteral("Calendars.Read")),
                                   graphApplication(QStringLiteral("Mail.Read"), QStringLiteral("role-mail"))});
    QCOMPARE(plan.operations.size(), 3);
    QCOMPARE(plan.operations.at(0).kind, Kind::CreateServicePrincipal);
    QCOMPARE(plan.operations.at(0).body.value(QStringLiteral("appId")).toString(), missingClient().appId);
    QCOMPARE(plan.operations.at(0).produces, QStringLiteral("clientSp"));
    QCOMPARE(plan.operations.at(1).kind, Kind::CreateGrant);
    QCOMPARE(plan.operations.at(1).body.value(QStringLiteral("clientId")).toString(), QStringLiteral("${clientSp}"));
    QCOMPARE(plan.operations.at(1).dependsOn, QStringList {"clientSp"});
    QCOMPARE(plan.operations.at(2).kind, Kind::CreateAppRoleAssignment);
    QCOMPARE(plan.operations.at(2).body.value(QStringLiteral("principalId")).toString(), QStringLiteral("${clientSp}"));

    PlannedOperation resolved;
    QString missing;
    QVERIFY(!plan.operations.at(1).substitute({}, &resolved, &missing));
    QCOMPARE(missing, QStringLiteral("clientSp"));
    QVERIFY(plan.operations.at(1).substitute({{QStringLiteral("clientSp"), QStringLiteral("new-id")}}, &resolved));
    QCOMPARE(resolved.body.value(QStringLiteral("clientId")).toString(), QStringLiteral("new-id"));
}

void TestGrantPlanner::missingResourceIsCreatedForDelegated()
{
    Permission p = permission(QStringLiteral("a7442521-ccff-5878-ba52-1fb4a75544b4"),
                              QString(),
                              QStringLiteral("Contoso HR API"),
                              QStringLiteral("HR.Read"),
                              Permission::Type::Delegated);
    p.published = false; // nothing known: the resource is not in the tenant
    const GrantPlan plan = GrantPlanner::planGrant(existingClient(), {p});
    QCOMPARE(plan.operations.size(), 2);
    QCOMPARE(plan.operations.at(0).kind, Kind::CreateServicePrincipal);
    QCOMPARE(plan.operations.at(0).produces, QStringLiteral("resourceSp1"));
    QCOMPARE(plan.operations.at(1).body.value(QStringLiteral("resourceId")).toString(),
             QStringLiteral("${resourceSp1}"));
}

void TestGrantPlanner::applicationPermissionsBecomeAssignments()
{
    const Permission hr = permission(QStringLiteral("a7442521-ccff-5878-ba52-1fb4a75544b4"),
                                     HrSpId,
                                     QStringLiteral("Contoso HR API"),
                                     QStringLiteral("HR.Read.All"),
                                     Permission::Type::Application,
                                     QStringLiteral("e061b397-bb52-508f-80ef-9be48769b462"));
    const GrantPlan plan = GrantPlanner::planGrant(
        existingClient(), {graphApplication(QStringLiteral("Directory.Read.All"), QStringLiteral("7ab1d382")), hr});
    QCOMPARE(plan.operations.size(), 2);
    const PlannedOperation& graphOp = plan.operations.at(0);
    QCOMPARE(graphOp.path, QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(GraphSpId));
    QCOMPARE(graphOp.body.value(QStringLiteral("principalId")).toString(), ClientSpId);
    QCOMPARE(graphOp.body.value(QStringLiteral("resourceId")).toString(), GraphSpId);
    QCOMPARE(graphOp.body.value(QStringLiteral("appRoleId")).toString(), QStringLiteral("7ab1d382"));
    QVERIFY(graphOp.needsPrivilegedRole);
    QVERIFY(!plan.operations.at(1).needsPrivilegedRole); // other APIs: Cloud Application Administrator suffices
}

void TestGrantPlanner::alreadyGrantedCostsNothing()
{
    const GrantPlan plan = GrantPlanner::planGrant(
        existingClient(),
        {graphDelegated(QStringLiteral("User.Read")),
         graphApplication(QStringLiteral("User.Read.All"), QStringLiteral("df021288-bdef-4463-88db-98f22de89214"))});
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.alreadyGranted.size(), 2);
    // Nothing to grant: not even a missing client is created.
    QVERIFY(GrantPlanner::planGrant(missingClient(), {}).isEmpty());
}

void TestGrantPlanner::unpublishedAndImpossibleAreNotSent()
{
    Permission unpublished = graphDelegated(QStringLiteral("Made.Up"));
    unpublished.published = false;
    Permission roleWithoutResource = graphApplication(QStringLiteral("Mail.Read"), QString());
    roleWithoutResource.resourceId.clear();
    roleWithoutResource.published = false;
    const GrantPlan plan = GrantPlanner::planGrant(existingClient(), {unpublished, roleWithoutResource});
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.notGrantable.size(), 2);
    QCOMPARE(plan.warnings.size(), 2);
}

void TestGrantPlanner::capabilityWarnings()
{
    const auto cloudAppAdmin = CapabilityMap::fromRoleTemplateIds({CapabilityMap::CloudApplicationAdministrator});
    const GrantPlan plan
        = GrantPlanner::planGrant(existingClient(),
                                  {graphDelegated(QStringLiteral("Calendars.Read")),
                                   graphApplication(QStringLiteral("Mail.Read"), QStringLiteral("810c"))},
                                  &cloudAppAdmin);
    QCOMPARE(plan.operations.size(), 2);
    QCOMPARE(plan.warnings.size(), 1); // delegated is fine; Graph app roles need Privileged Role Administrator
    QVERIFY(plan.warnings.first().contains(QStringLiteral("Privileged Role Administrator")));

    const auto reader = CapabilityMap::fromRoleTemplateIds({CapabilityMap::GlobalReader});
    QCOMPARE(GrantPlanner::planGrant(existingClient(), {graphDelegated(QStringLiteral("Calendars.Read"))}, &reader)
                 .warnings.size(),
             1);
}

void TestGrantPlanner::blockDisablesExisting()
{
    const GrantPlan plan = GrantPlanner::planBlock(existingClient());
    QCOMPARE(plan.purpose, GrantPlan::Purpose::Block);
    QCOMPARE(plan.operations.size(), 1);
    const PlannedOperation& op = plan.operations.first();
    QCOMPARE(op.kind, Kind::UpdateServicePrincipal);
    QCOMPARE(op.method, QByteArray("PATCH"));
    QCOMPARE(op.path, QStringLiteral("/servicePrincipals/%1").arg(ClientSpId));
    QCOMPARE(op.body, (QJsonObject {{QStringLiteral("accountEnabled"), false}}));
    QCOMPARE(op.prior.value(QStringLiteral("accountEnabled")).toBool(), true);
}

void TestGrantPlanner::blockCreatesMissingDisabled()
{
    const GrantPlan plan = GrantPlanner::planBlock(missingClient());
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first().kind, Kind::CreateServicePrincipal);
    QCOMPARE(plan.operations.first().body.value(QStringLiteral("accountEnabled")).toBool(true), false);
}

void TestGrantPlanner::blockOfBlockedAppIsEmpty()
{
    ClientConsentState state = existingClient();
    state.client->accountEnabled = false;
    const GrantPlan plan = GrantPlanner::planBlock(state);
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.warnings.size(), 1);
}

void TestGrantPlanner::rollbackUndoesSucceededNewestFirst()
{
    WriteRun execution;
    execution.plan = WritePlan::from(
        GrantPlanner::planGrant(missingClient(),
                                {graphDelegated(QStringLiteral("Calendars.Read")),
                                 graphApplication(QStringLiteral("Mail.Read"), QStringLiteral("role-mail"))}));
    QCOMPARE(execution.plan.operations.size(), 3);
    const QStringList ids {QStringLiteral("new-sp"), QStringLiteral("new-grant"), QString()};
    for (int i = 0; i < 3; ++i) {
        WriteRun::Result r;
        r.index = i;
        PlannedOperation sent;
        execution.plan.operationAs<PlannedOperation>(i)->substitute(
            {{QStringLiteral("clientSp"), QStringLiteral("new-sp")}}, &sent);
        r.operation = std::make_shared<PlannedOperation>(sent);
        r.status = i < 2 ? WriteRun::Result::Status::Succeeded : WriteRun::Result::Status::Failed;
        r.result = QJsonObject {{QStringLiteral("id"), ids.at(i)}};
        r.journalEntryId = QStringLiteral("entry-%1").arg(i);
        execution.results.append(r);
    }
    const WritePlan rollback = execution.rollbackPlan();
    QCOMPARE(rollback.purpose, GrantPlan::Purpose::Rollback);
    QCOMPARE(rollback.operations.size(), 2);
    QCOMPARE(rollback.operationAs<PlannedOperation>(0)->kind, Kind::DeleteGrant);
    QCOMPARE(rollback.operationAs<PlannedOperation>(0)->path, QStringLiteral("/oauth2PermissionGrants/new-grant"));
    QCOMPARE(rollback.operations.at(0)->restoresEntryId, QStringLiteral("entry-1"));
    QCOMPARE(rollback.operationAs<PlannedOperation>(1)->kind, Kind::DeleteServicePrincipal);
    QCOMPARE(rollback.operationAs<PlannedOperation>(1)->path, QStringLiteral("/servicePrincipals/new-sp"));

    // A PATCH goes back to the prior scope exactly, not merged.
    WriteRun patched;
    patched.plan = WritePlan::from(
        GrantPlanner::planGrant(existingClient(), {graphDelegated(QStringLiteral("Calendars.Read"))}));
    WriteRun::Result r;
    r.index = 0;
    r.operation = patched.plan.operations.first();
    r.status = WriteRun::Result::Status::Succeeded;
    patched.results.append(r);
    const WritePlan undo = patched.rollbackPlan();
    QCOMPARE(undo.operations.size(), 1);
    const auto* back = undo.operationAs<PlannedOperation>(0);
    QCOMPARE(back->kind, Kind::UpdateGrantScope);
    QVERIFY(!back->mergeWithCurrent);
    QCOMPARE(back->body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Read"));
}

QTEST_GUILESS_MAIN(TestGrantPlanner)
#include "TestGrantPlanner.moc"
