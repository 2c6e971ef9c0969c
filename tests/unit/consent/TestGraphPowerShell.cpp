#include "PlannerFixtures.h"
#include "consent/GrantPlanner.h"
#include "consent/GraphPowerShell.h"
#include "pipeline/WriteRun.h"

#include <QTest>

using namespace PlannerFixtures;

class TestGraphPowerShell : public QObject
{
    Q_OBJECT

private slots:
    void quotesLiterals();
    void grantForMissingClient();
    void mergeIntoExistingGrant();
    void block();
    void rollbackCommands();
};

void TestGraphPowerShell::quotesLiterals()
{
    QCOMPARE(GraphPowerShell::quote(QStringLiteral("O'Brien")), QStringLiteral("'O''Brien'"));
    QCOMPARE(GraphPowerShell::quote(QStringLiteral("a\u2019b")), QStringLiteral("'a\u2019\u2019b'"));
    QCOMPARE(GraphPowerShell::quote(QStringLiteral("$(rm -rf)")), QStringLiteral("'$(rm -rf)'"));
    QCOMPARE(GraphPowerShell::value(QStringLiteral("${clientSp}")), QStringLiteral("$clientSp.Id"));
    QCOMPARE(GraphPowerShell::value(QStringLiteral("x${clientSp}")), QStringLiteral("'x${clientSp}'"));
}

void TestGraphPowerShell::grantForMissingClient()
{
    const GrantPlan plan = GrantPlanner::planGrant(
        missingClient(),
        {graphDelegated(QStringLiteral("Calendars.Read")),
         graphDelegated(QStringLiteral("User.Read")),
         graphApplication(QStringLiteral("Mail.Read"), QStringLiteral("810c84a8-4a9e-49e6-bf7d-12d183f40d01"))});
    QCOMPARE(GraphPowerShell::forOperation(plan.operations.at(0)),
             QStringLiteral("$clientSp = New-MgServicePrincipal -AppId 'd6fdd1c8-c917-5e77-b524-c3f607b74abf'"));
    QCOMPARE(GraphPowerShell::forOperation(plan.operations.at(1)),
             QStringLiteral("New-MgOauth2PermissionGrant -ClientId $clientSp.Id -ConsentType 'AllPrincipals' "
                            "-ResourceId '%1' -Scope 'Calendars.Read User.Read'")
                 .arg(GraphSpId));
    QCOMPARE(
        GraphPowerShell::forOperation(plan.operations.at(2)),
        QStringLiteral("New-MgServicePrincipalAppRoleAssignedTo -ServicePrincipalId '%1' -PrincipalId $clientSp.Id "
                       "-ResourceId '%1' -AppRoleId '810c84a8-4a9e-49e6-bf7d-12d183f40d01'")
            .arg(GraphSpId));
    const QString script = GraphPowerShell::forPlan(plan, QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QVERIFY(script.startsWith(
        QStringLiteral("Connect-MgGraph -Scopes 'Application.ReadWrite.All','DelegatedPermissionGrant.ReadWrite.All',"
                       "'AppRoleAssignment.ReadWrite.All','Application.Read.All' -TenantId "
                       "'11111111-2222-4333-8444-555555555555'\n")));
    QVERIFY(script.contains(QStringLiteral("\n# ") + plan.operations.at(0).summary + QLatin1Char('\n')));
    QCOMPARE(script.count(QStringLiteral("\nNew-Mg")) + script.count(QStringLiteral("\n$clientSp = ")), 3);
}

void TestGraphPowerShell::mergeIntoExistingGrant()
{
    const GrantPlan plan
        = GrantPlanner::planGrant(existingClient(), {graphDelegated(QStringLiteral("Calendars.Read"))});
    QCOMPARE(GraphPowerShell::forOperation(plan.operations.first()),
             QStringLiteral("Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId 'grant-it''s-opaque' "
                            "-Scope 'User.Read Mail.Read Calendars.Read'"));
}

void TestGraphPowerShell::block()
{
    QCOMPARE(
        GraphPowerShell::forOperation(GrantPlanner::planBlock(existingClient()).operations.first()),
        QStringLiteral("Update-MgServicePrincipal -ServicePrincipalId '%1' -AccountEnabled:$false").arg(ClientSpId));
    QCOMPARE(GraphPowerShell::forOperation(GrantPlanner::planBlock(missingClient()).operations.first()),
             QStringLiteral("$clientSp = New-MgServicePrincipal -AppId 'd6fdd1c8-c917-5e77-b524-c3f607b74abf' "
                            "-AccountEnabled:$false"));
}

void TestGraphPowerShell::rollbackCommands()
{
    WriteRun execution;
    execution.plan = WritePlan::from(
        GrantPlanner::planGrant(existingClient(QString()),
                                {graphDelegated(QStringLiteral("Calendars.Read")),
                                 graphApplication(QStringLiteral("Mail.Read"), QStringLiteral("role"))}));
    for (int i = 0; i < execution.plan.operations.size(); ++i) {
        WriteRun::Result r;
        r.index = i;
        r.operation = execution.plan.operations.at(i);
        r.status = WriteRun::Result::Status::Succeeded;
        r.result = QJsonObject {{QStringLiteral("id"), QStringLiteral("id-%1").arg(i)}};
        execution.results.append(r);
    }
    const WritePlan rollback = execution.rollbackPlan();
    QCOMPARE(GraphPowerShell::forOperation(*rollback.operationAs<PlannedOperation>(0)),
             QStringLiteral(
                 "Remove-MgServicePrincipalAppRoleAssignedTo -ServicePrincipalId '%1' -AppRoleAssignmentId 'id-1'")
                 .arg(GraphSpId));
    QCOMPARE(GraphPowerShell::forOperation(*rollback.operationAs<PlannedOperation>(1)),
             QStringLiteral("Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId 'id-0'"));
}

QTEST_GUILESS_MAIN(TestGraphPowerShell)
#include "TestGraphPowerShell.moc"
