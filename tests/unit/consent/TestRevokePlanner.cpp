#include "RevokeFixtures.h"
#include "consent/GraphPowerShell.h"
#include "consent/RevokePlanner.h"

#include <QTest>

using namespace RevokeFixtures;

class TestRevokePlanner : public QObject
{
    Q_OBJECT

private slots:
    void rowsResolveEveryClaim();
    void removingOneScopePatchesTheRest();
    void removingTheLastScopeDeletesTheGrant();
    void scopesMatchCaseInsensitivelyAndUnknownOnesWarn();
    void wholeGrant();
    void oneUsersConsent();
    void applicationPermissionDeletedOnTheResource();
    void everythingTheAppHolds();
    void keepOnlyDiffAndPlan();
    void keepOnlyWithoutUserConsents();
    void keepOnlyFromClaimValues();
    void bulkAcrossApps();
    void previewAndPowerShellAreOneToOne();
};

void TestRevokePlanner::rowsResolveEveryClaim()
{
    const AppInventory inv = inventory();
    QCOMPARE(inv.permissions.size(), 3 + 2 + 1 + 2);
    QCOMPARE(inv.rows(GrantedPermission::Source::TenantWide).size(), 3);
    QCOMPARE(inv.rows(GrantedPermission::Source::User).size(), 3);
    QCOMPARE(inv.rows(GrantedPermission::Source::Application).size(), 2);
    QCOMPARE(inv.userCount(), 2);
    const auto userRows = inv.rows(GrantedPermission::Source::User);
    QCOMPARE(userRows.first().principalUpn, QStringLiteral("alex.wilber@mini.onmicrosoft.com"));
    QCOMPARE(userRows.first().permission.displayName, QStringLiteral("Admin name of User.Read"));
    QCOMPARE(userRows.first().permission.resourceDisplayName, QStringLiteral("Microsoft Graph"));
    const auto app = inv.rows(GrantedPermission::Source::Application);
    QCOMPARE(app.first().permission.value, QStringLiteral("Mail.Read"));
    QCOMPARE(app.first().permission.type, Permission::Type::Application);
    QVERIFY(app.first().permission.risk > RiskLevel::Low); // Mail.Read as an application permission: every mailbox
}

void TestRevokePlanner::removingOneScopePatchesTheRest()
{
    const GrantPlan plan
        = RevokePlanner::revokeScopes(inventory(), QStringLiteral("g-all"), {QStringLiteral("Mail.Send")});
    QCOMPARE(plan.purpose, GrantPlan::Purpose::Revoke);
    QVERIFY(plan.note.contains(QStringLiteral("expire")));
    QCOMPARE(plan.operations.size(), 1);
    const PlannedOperation& op = plan.operations.first();
    QCOMPARE(op.kind, PlannedOperation::Kind::UpdateGrantScope);
    QCOMPARE(op.method, QByteArray("PATCH"));
    QCOMPARE(op.path, QStringLiteral("/oauth2PermissionGrants/g-all"));
    QCOMPARE(op.body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Read"));
    QCOMPARE(op.removedScopes, QStringList {QStringLiteral("Mail.Send")});
    QVERIFY(op.subtractFromCurrent); // the executor removes from the live grant, keeping scopes added since
    QCOMPARE(op.prior.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Read Mail.Send"));
    QCOMPARE(op.target.value(QStringLiteral("consentType")).toString(), QStringLiteral("AllPrincipals"));
    QCOMPARE(op.action(), QStringLiteral("grant.updateScope"));
    QVERIFY(op.summary.contains(QStringLiteral("Mail.Send")));
}

void TestRevokePlanner::removingTheLastScopeDeletesTheGrant()
{
    const GrantPlan plan
        = RevokePlanner::revokeScopes(inventory(), QStringLiteral("g-b"), {QStringLiteral("Mail.Read")});
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first().kind, PlannedOperation::Kind::DeleteGrant);
    QCOMPARE(plan.operations.first().method, QByteArray("DELETE"));
    QCOMPARE(plan.operations.first().path, QStringLiteral("/oauth2PermissionGrants/g-b"));
    QVERIFY(plan.operations.first().body.isEmpty());
    QCOMPARE(plan.operations.first().target.value(QStringLiteral("principalId")).toString(), UserB);
}

void TestRevokePlanner::scopesMatchCaseInsensitivelyAndUnknownOnesWarn()
{
    const GrantPlan plan = RevokePlanner::revokeScopes(
        inventory(), QStringLiteral("g-all"), {QStringLiteral("mail.send"), QStringLiteral("Files.Read")});
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first().body.value(QStringLiteral("scope")).toString(),
             QStringLiteral("User.Read Mail.Read"));
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY(plan.warnings.first().contains(QStringLiteral("Files.Read")));

    const GrantPlan gone
        = RevokePlanner::revokeScopes(inventory(), QStringLiteral("nope"), {QStringLiteral("User.Read")});
    QVERIFY(gone.isEmpty());
    QCOMPARE(gone.warnings.size(), 1);
}

void TestRevokePlanner::wholeGrant()
{
    const GrantPlan plan = RevokePlanner::revokeGrant(inventory(), QStringLiteral("g-all"));
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first().kind, PlannedOperation::Kind::DeleteGrant);
    QCOMPARE(plan.operations.first().prior.value(QStringLiteral("id")).toString(), QStringLiteral("g-all"));
}

void TestRevokePlanner::oneUsersConsent()
{
    const GrantPlan plan = RevokePlanner::revokeUserConsent(inventory(), UserA);
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first().kind, PlannedOperation::Kind::DeleteGrant);
    QCOMPARE(plan.operations.first().path, QStringLiteral("/oauth2PermissionGrants/g-a"));
    QVERIFY(plan.operations.first().summary.contains(QStringLiteral("alex.wilber@")));

    const GrantPlan nobody = RevokePlanner::revokeUserConsent(inventory(), QStringLiteral("someone-else"));
    QVERIFY(nobody.isEmpty());
    QCOMPARE(nobody.warnings.size(), 1);
}

void TestRevokePlanner::applicationPermissionDeletedOnTheResource()
{
    const GrantPlan plan = RevokePlanner::revokeApplicationPermission(inventory(), QStringLiteral("a-mail"));
    QCOMPARE(plan.operations.size(), 1);
    const PlannedOperation& op = plan.operations.first();
    QCOMPARE(op.kind, PlannedOperation::Kind::DeleteAppRoleAssignment);
    QCOMPARE(op.path, QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo/a-mail").arg(GraphSpId));
    QCOMPARE(op.appRoleValue, QStringLiteral("Mail.Read"));
    QCOMPARE(op.target.value(QStringLiteral("appRoleId")).toString(), MailReadRole);
    QCOMPARE(op.target.value(QStringLiteral("resourceAppId")).toString(), PermissionResolver::MicrosoftGraphAppId);
    QCOMPARE(op.prior.value(QStringLiteral("principalId")).toString(), ClientSpId);
}

void TestRevokePlanner::everythingTheAppHolds()
{
    const GrantPlan plan = RevokePlanner::revokeAll(inventory());
    QCOMPARE(plan.operations.size(), 5);
    QStringList paths;
    for (const auto& op : plan.operations) {
        QCOMPARE(op.method, QByteArray("DELETE"));
        paths.append(op.path);
    }
    QCOMPARE(paths.at(0), QStringLiteral("/oauth2PermissionGrants/g-all"));
    QCOMPARE(paths.at(1), QStringLiteral("/oauth2PermissionGrants/g-a"));
    QCOMPARE(paths.at(2), QStringLiteral("/oauth2PermissionGrants/g-b"));
    QVERIFY(paths.at(3).endsWith(QStringLiteral("/appRoleAssignedTo/a-mail")));
    QVERIFY(paths.at(4).endsWith(QStringLiteral("/appRoleAssignedTo/a-users")));
    QVERIFY(plan.warnings.isEmpty());
}

void TestRevokePlanner::keepOnlyDiffAndPlan()
{
    const QStringList keep {key(QStringLiteral("User.Read"), Permission::Type::Delegated),
                            key(QStringLiteral("mail.read"), Permission::Type::Application),
                            key(QStringLiteral("Sites.Read.All"), Permission::Type::Delegated)};
    const auto diff = RevokePlanner::keepOnlyDiff(inventory(), keep);
    QStringList kept;
    for (const auto& r : diff.kept) {
        kept.append(r.grantId + r.assignmentId + QLatin1Char(':') + r.permission.value);
    }
    QCOMPARE(kept,
             (QStringList {QStringLiteral("g-all:User.Read"),
                           QStringLiteral("g-a:User.Read"),
                           QStringLiteral("a-mail:Mail.Read")}));
    QStringList removed;
    for (const auto& r : diff.removed) {
        removed.append(r.grantId + r.assignmentId + QLatin1Char(':') + r.permission.value);
    }
    QCOMPARE(removed,
             (QStringList {QStringLiteral("g-all:Mail.Read"),
                           QStringLiteral("g-all:Mail.Send"),
                           QStringLiteral("g-a:Calendars.Read"),
                           QStringLiteral("g-b:Mail.Read"),
                           QStringLiteral("a-users:User.Read.All")}));
    QCOMPARE(diff.notHeld, QStringList {keep.at(2)});

    const GrantPlan plan = RevokePlanner::keepOnly(inventory(), keep);
    QCOMPARE(plan.operations.size(), 4);
    QCOMPARE(plan.operations.at(0).kind, PlannedOperation::Kind::UpdateGrantScope);
    QCOMPARE(plan.operations.at(0).body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read"));
    QCOMPARE(plan.operations.at(1).kind, PlannedOperation::Kind::UpdateGrantScope);
    QCOMPARE(plan.operations.at(1).path, QStringLiteral("/oauth2PermissionGrants/g-a"));
    QCOMPARE(plan.operations.at(1).body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read"));
    QCOMPARE(plan.operations.at(2).kind, PlannedOperation::Kind::DeleteGrant);
    QCOMPARE(plan.operations.at(2).path, QStringLiteral("/oauth2PermissionGrants/g-b"));
    QCOMPARE(plan.operations.at(3).kind, PlannedOperation::Kind::DeleteAppRoleAssignment);
    QCOMPARE(plan.operations.at(3).appRoleValue, QStringLiteral("User.Read.All"));
    QCOMPARE(plan.warnings.size(), 1); // Sites.Read.All: keep-only never adds
}

void TestRevokePlanner::keepOnlyWithoutUserConsents()
{
    const QStringList keep {key(QStringLiteral("User.Read"), Permission::Type::Delegated)};
    const GrantPlan plan = RevokePlanner::keepOnly(inventory(), keep, false);
    QCOMPARE(plan.operations.size(), 3); // PATCH g-all, DELETE a-mail, DELETE a-users; users' grants untouched
    QCOMPARE(plan.operations.at(0).path, QStringLiteral("/oauth2PermissionGrants/g-all"));
    QCOMPARE(plan.operations.at(1).kind, PlannedOperation::Kind::DeleteAppRoleAssignment);
    QCOMPARE(plan.operations.at(2).kind, PlannedOperation::Kind::DeleteAppRoleAssignment);
}

void TestRevokePlanner::keepOnlyFromClaimValues()
{
    const QStringList keys = RevokePlanner::keysForValues(inventory(), {QStringLiteral("user.read")});
    QCOMPARE(keys, QStringList {key(QStringLiteral("User.Read"), Permission::Type::Delegated)});
    const QStringList both = RevokePlanner::keysForValues(inventory(), {QStringLiteral("Mail.Read")});
    QCOMPARE(both.size(), 2); // the delegated and the application Mail.Read
}

void TestRevokePlanner::bulkAcrossApps()
{
    AppInventory other = inventory();
    other.app.id = QStringLiteral("other-sp");
    other.app.displayName = QStringLiteral("Tailspin");
    for (auto& g : other.grants) {
        g.clientId = other.app.id;
    }
    other.buildRows(RiskCatalog::builtIn());
    const GrantPlan all = RevokePlanner::combine({RevokePlanner::revokeGrant(inventory(), QStringLiteral("g-all")),
                                                  RevokePlanner::revokeUserConsent(other, UserB)});
    QCOMPARE(all.purpose, GrantPlan::Purpose::Revoke);
    QCOMPARE(all.operations.size(), 2);
    QVERIFY(all.clientDisplayName.contains(QLatin1Char('2')));
    QVERIFY(!all.note.isEmpty());
    // A row of another app is not revoked through this app's plan.
    const GrantPlan wrong = RevokePlanner::revokeRows(inventory(), other.rows(GrantedPermission::Source::User));
    QVERIFY(wrong.isEmpty());
    QCOMPARE(wrong.warnings.size(), 3);
}

void TestRevokePlanner::previewAndPowerShellAreOneToOne()
{
    const GrantPlan plan = RevokePlanner::revokeAll(inventory());
    QCOMPARE(plan.describe().size(), plan.operations.size());
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QStringLiteral("purpose")).toString(), QStringLiteral("revoke"));
    QCOMPARE(json.value(QStringLiteral("operations")).toArray().size(), 5);
    QVERIFY(!json.value(QStringLiteral("note")).toString().isEmpty());
    const QString ps = GraphPowerShell::forPlan(plan);
    QCOMPARE(ps.count(QStringLiteral("Remove-MgOauth2PermissionGrant")), 3);
    QCOMPARE(ps.count(QStringLiteral("Remove-MgServicePrincipalAppRoleAssignedTo")), 2);
}

QTEST_GUILESS_MAIN(TestRevokePlanner)
#include "TestRevokePlanner.moc"
