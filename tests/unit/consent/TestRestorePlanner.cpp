#include "RevokeFixtures.h"
#include "consent/GraphPowerShell.h"
#include "consent/RestorePlanner.h"

#include <QTest>

using namespace RevokeFixtures;

namespace {

JournalEntry entry(const QString& id, const QString& action, const QJsonObject& prior, const QJsonObject& body = {})
{
    JournalEntry e;
    e.id = id;
    e.action = action;
    e.prior = prior;
    e.request = QJsonObject {{QStringLiteral("method"), QStringLiteral("DELETE")},
                             {QStringLiteral("path"), QStringLiteral("/x")},
                             {QStringLiteral("body"), body}};
    e.target = QJsonObject {{QStringLiteral("clientDisplayName"), QStringLiteral("Northwind CRM")},
                            {QStringLiteral("resourceDisplayName"), QStringLiteral("Microsoft Graph")},
                            {QStringLiteral("resourceAppId"), PermissionResolver::MicrosoftGraphAppId},
                            {QStringLiteral("appRoleValue"), QStringLiteral("Mail.Read")}};
    e.outcome = JournalEntry::Outcome::Succeeded;
    return e;
}

PermissionGrant liveGrant(const QString& id, const QString& consentType, const QString& principal, const QString& scope)
{
    return PermissionGrant::fromJson(grantJson(id, consentType, principal, scope));
}

} // namespace

class TestRestorePlanner : public QObject
{
    Q_OBJECT

private slots:
    void deletedGrantIsRecreated();
    void deletedUserGrantKeepsItsUser();
    void mergesIntoAnExistingGrantInsteadOfDuplicating();
    void refusesWhatAlreadyExists();
    void removedScopesGoBack();
    void deletedAssignmentIsRecreated();
    void existingAssignmentIsRefused();
    void twoEntriesOfOneGrantMakeOneGrant();
    void refusesFailuresAndNonRevokes();
    void addedScopesAreTakenOutAgain();
    void createdGrantIsRemovedAgain();
    void clientIdsOfEntries();
};

void TestRestorePlanner::deletedGrantIsRecreated()
{
    const auto e = entry(
        QStringLiteral("e1"),
        QStringLiteral("grant.delete"),
        grantJson(QStringLiteral("g-all"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read Mail.Read")));
    QVERIFY(RestorePlanner::isRestorable(e));
    const GrantPlan plan = RestorePlanner::plan({e}, {});
    QCOMPARE(plan.purpose, GrantPlan::Purpose::Restore);
    QCOMPARE(plan.operations.size(), 1);
    const PlannedOperation& op = plan.operations.first();
    QCOMPARE(op.kind, PlannedOperation::Kind::CreateGrant);
    QCOMPARE(op.method, QByteArray("POST"));
    QCOMPARE(op.path, QStringLiteral("/oauth2PermissionGrants"));
    QCOMPARE(op.body.value(QStringLiteral("clientId")).toString(), ClientSpId);
    QCOMPARE(op.body.value(QStringLiteral("resourceId")).toString(), GraphSpId);
    QCOMPARE(op.body.value(QStringLiteral("consentType")).toString(), QStringLiteral("AllPrincipals"));
    QCOMPARE(op.body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Read"));
    QVERIFY(!op.body.contains(QStringLiteral("principalId")));
    QVERIFY(!op.body.contains(QStringLiteral("id"))); // a new id: Graph assigns it
    QCOMPARE(op.restoresEntryId, QStringLiteral("e1"));
    QVERIFY(op.summary.contains(QStringLiteral("Northwind CRM")));
}

void TestRestorePlanner::deletedUserGrantKeepsItsUser()
{
    const auto e
        = entry(QStringLiteral("e1"),
                QStringLiteral("grant.delete"),
                grantJson(QStringLiteral("g-a"), QStringLiteral("Principal"), UserA, QStringLiteral("User.Read")));
    const GrantPlan plan = RestorePlanner::plan({e}, {});
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first().body.value(QStringLiteral("principalId")).toString(), UserA);
    QCOMPARE(plan.operations.first().body.value(QStringLiteral("consentType")).toString(), QStringLiteral("Principal"));
    const QString ps = GraphPowerShell::forOperation(plan.operations.first());
    QVERIFY2(ps.contains(QStringLiteral("-ConsentType 'Principal' -PrincipalId '") + UserA + QLatin1Char('\'')),
             qPrintable(ps));

    // Another user's grant of the same client is not "the same grant".
    RestorePlanner::State state;
    state.grants = {liveGrant(QStringLiteral("g-b"), QStringLiteral("Principal"), UserB, QStringLiteral("User.Read"))};
    QCOMPARE(RestorePlanner::plan({e}, state).operations.first().kind, PlannedOperation::Kind::CreateGrant);
}

void TestRestorePlanner::mergesIntoAnExistingGrantInsteadOfDuplicating()
{
    const auto e = entry(
        QStringLiteral("e1"),
        QStringLiteral("grant.delete"),
        grantJson(QStringLiteral("g-old"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read Mail.Read")));
    RestorePlanner::State state;
    state.grants
        = {liveGrant(QStringLiteral("g-new"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read"))};
    const GrantPlan plan = RestorePlanner::plan({e}, state);
    QCOMPARE(plan.operations.size(), 1);
    const PlannedOperation& op = plan.operations.first();
    QCOMPARE(op.kind, PlannedOperation::Kind::UpdateGrantScope);
    QCOMPARE(op.path, QStringLiteral("/oauth2PermissionGrants/g-new"));
    QVERIFY(op.mergeWithCurrent);
    QCOMPARE(op.addedScopes, QStringList {QStringLiteral("Mail.Read")});
    QCOMPARE(op.body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Read"));
    QVERIFY(plan.refused.isEmpty());
}

void TestRestorePlanner::refusesWhatAlreadyExists()
{
    const auto e
        = entry(QStringLiteral("e1"),
                QStringLiteral("grant.delete"),
                grantJson(QStringLiteral("g-old"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read")));
    RestorePlanner::State state;
    state.grants = {
        liveGrant(QStringLiteral("g-new"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("user.read Mail.Read"))};
    const GrantPlan plan = RestorePlanner::plan({e}, state);
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.refused.size(), 1);
    QVERIFY(plan.refused.first().contains(QStringLiteral("already exists")));
    QVERIFY(plan.toJson().contains(QStringLiteral("refused")));
}

void TestRestorePlanner::removedScopesGoBack()
{
    const auto e = entry(QStringLiteral("e1"),
                         QStringLiteral("grant.updateScope"),
                         grantJson(QStringLiteral("g-all"),
                                   QStringLiteral("AllPrincipals"),
                                   {},
                                   QStringLiteral("User.Read Mail.Read Mail.Send")),
                         QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read")}});
    QCOMPARE(RestorePlanner::removedScopes(e),
             (QStringList {QStringLiteral("Mail.Read"), QStringLiteral("Mail.Send")}));
    RestorePlanner::State state;
    state.grants = {
        liveGrant(QStringLiteral("g-all"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read Mail.Send"))};
    const GrantPlan plan = RestorePlanner::plan({e}, state);
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first().kind, PlannedOperation::Kind::UpdateGrantScope);
    QCOMPARE(plan.operations.first().addedScopes,
             QStringList {QStringLiteral("Mail.Read")}); // Mail.Send is back already
    QCOMPARE(plan.operations.first().restoresEntryId, QStringLiteral("e1"));

    // The grant was deleted since: the removed scopes come back as a new grant.
    const GrantPlan recreate = RestorePlanner::plan({e}, {});
    QCOMPARE(recreate.operations.first().kind, PlannedOperation::Kind::CreateGrant);
    QCOMPARE(recreate.operations.first().body.value(QStringLiteral("scope")).toString(),
             QStringLiteral("Mail.Read Mail.Send"));
}

void TestRestorePlanner::deletedAssignmentIsRecreated()
{
    const auto e = entry(QStringLiteral("e2"),
                         QStringLiteral("appRoleAssignment.delete"),
                         assignmentJson(QStringLiteral("a-mail"), MailReadRole));
    QVERIFY(RestorePlanner::isRestorable(e));
    const GrantPlan plan = RestorePlanner::plan({e}, {});
    QCOMPARE(plan.operations.size(), 1);
    const PlannedOperation& op = plan.operations.first();
    QCOMPARE(op.kind, PlannedOperation::Kind::CreateAppRoleAssignment);
    QCOMPARE(op.path, QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(GraphSpId));
    QCOMPARE(op.body,
             (QJsonObject {{QStringLiteral("principalId"), ClientSpId},
                           {QStringLiteral("resourceId"), GraphSpId},
                           {QStringLiteral("appRoleId"), MailReadRole}}));
    QVERIFY(op.needsPrivilegedRole); // a Microsoft Graph app role
    QCOMPARE(op.restoresEntryId, QStringLiteral("e2"));
}

void TestRestorePlanner::existingAssignmentIsRefused()
{
    const auto e = entry(QStringLiteral("e2"),
                         QStringLiteral("appRoleAssignment.delete"),
                         assignmentJson(QStringLiteral("a-mail"), MailReadRole));
    RestorePlanner::State state;
    state.assignments = {AppRoleAssignment::fromJson(assignmentJson(QStringLiteral("a-again"), MailReadRole))};
    const GrantPlan plan = RestorePlanner::plan({e}, state);
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.refused.size(), 1);
    QVERIFY(plan.refused.first().contains(QStringLiteral("already exists")));
}

void TestRestorePlanner::twoEntriesOfOneGrantMakeOneGrant()
{
    // First Mail.Send was removed, later the rest of the grant was deleted.
    const auto first = entry(
        QStringLiteral("e1"),
        QStringLiteral("grant.updateScope"),
        grantJson(QStringLiteral("g-all"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read Mail.Send")),
        QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read")}});
    const auto second
        = entry(QStringLiteral("e2"),
                QStringLiteral("grant.delete"),
                grantJson(QStringLiteral("g-all"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read")));
    const GrantPlan plan = RestorePlanner::plan({first, second}, {});
    QCOMPARE(plan.operations.size(), 2);
    QCOMPARE(plan.operations.at(0).kind, PlannedOperation::Kind::CreateGrant);
    QVERIFY(!plan.operations.at(0).produces.isEmpty());
    QCOMPARE(plan.operations.at(1).kind, PlannedOperation::Kind::UpdateGrantScope);
    QCOMPARE(plan.operations.at(1).dependsOn, QStringList {plan.operations.at(0).produces});
    QCOMPARE(plan.operations.at(1).path,
             QStringLiteral("/oauth2PermissionGrants/") + PlannedOperation::variable(plan.operations.at(0).produces));
    QCOMPARE(plan.operations.at(1).addedScopes, QStringList {QStringLiteral("User.Read")});
}

void TestRestorePlanner::refusesFailuresAndNonRevokes()
{
    auto failed
        = entry(QStringLiteral("e1"),
                QStringLiteral("grant.delete"),
                grantJson(QStringLiteral("g"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read")));
    failed.outcome = JournalEntry::Outcome::Failed;
    QVERIFY(!RestorePlanner::isRestorable(failed));
    auto created = entry(QStringLiteral("e2"), QStringLiteral("grant.create"), {});
    QVERIFY(!RestorePlanner::isRestorable(created));
    const auto added
        = entry(QStringLiteral("e3"),
                QStringLiteral("grant.updateScope"),
                grantJson(QStringLiteral("g"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read")),
                QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read Mail.Read")}});
    // It added scopes: undone by taking them out again — here the grant is not there any more, so refused.
    QVERIFY(RestorePlanner::isRestorable(added));
    const GrantPlan plan = RestorePlanner::plan({failed, created, added}, {});
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.refused.size(), 3);
    QVERIFY2(plan.refused.at(2).contains(QLatin1String("the grant is gone already")), qPrintable(plan.refused.at(2)));
}

void TestRestorePlanner::addedScopesAreTakenOutAgain()
{
    // A grant plan added Mail.Read and Files.Read; someone removed Files.Read and added Calendars.Read since.
    const auto added
        = entry(QStringLiteral("e1"),
                QStringLiteral("grant.updateScope"),
                grantJson(QStringLiteral("g"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read")),
                QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read Mail.Read Files.Read")}});
    RestorePlanner::State now;
    now.grants = {liveGrant(QStringLiteral("g"),
                            QStringLiteral("AllPrincipals"),
                            {},
                            QStringLiteral("User.Read Mail.Read Calendars.Read"))};
    const GrantPlan plan = RestorePlanner::plan({added}, now);
    QCOMPARE(plan.operations.size(), 1);
    const PlannedOperation& op = plan.operations.first();
    QCOMPARE(op.kind, PlannedOperation::Kind::UpdateGrantScope);
    QCOMPARE(op.path, QStringLiteral("/oauth2PermissionGrants/g"));
    QCOMPARE(op.removedScopes, QStringList {QStringLiteral("Mail.Read")});
    QCOMPARE(op.body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Calendars.Read"));
    QVERIFY(op.subtractFromCurrent); // re-read when sent: what was added since survives
    QCOMPARE(op.restoresEntryId, QStringLiteral("e1"));
    // The grant holds none of them any more: refused.
    now.grants = {liveGrant(QStringLiteral("g"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read"))};
    const GrantPlan none = RestorePlanner::plan({added}, now);
    QVERIFY(none.isEmpty());
    QVERIFY2(none.refused.value(0).contains(QLatin1String("holds none of Mail.Read Files.Read")),
             qPrintable(none.refused.value(0)));
}

void TestRestorePlanner::createdGrantIsRemovedAgain()
{
    auto created = entry(QStringLiteral("e1"),
                         QStringLiteral("grant.create"),
                         {},
                         grantJson(QString(), QStringLiteral("AllPrincipals"), {}, QStringLiteral("Mail.Read")));
    created.result
        = grantJson(QStringLiteral("g-new"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("Mail.Read"));
    QVERIFY(RestorePlanner::isRestorable(created));
    QCOMPARE(RestorePlanner::clientIds({created}), QStringList {ClientSpId});
    RestorePlanner::State now;
    now.grants = {liveGrant(QStringLiteral("g-new"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("Mail.Read"))};
    const GrantPlan plan = RestorePlanner::plan({created}, now);
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first().path, QStringLiteral("/oauth2PermissionGrants/g-new"));
    QVERIFY(plan.operations.first().resultingScopes.isEmpty()); // nothing left: deleted when sent
    QVERIFY(plan.operations.first().summary.startsWith(QLatin1String("Delete the delegated grant")));
    QVERIFY(RestorePlanner::plan({created}, {}).refused.value(0).contains(QLatin1String("gone already")));
}

void TestRestorePlanner::clientIdsOfEntries()
{
    const auto g
        = entry(QStringLiteral("e1"),
                QStringLiteral("grant.delete"),
                grantJson(QStringLiteral("g"), QStringLiteral("AllPrincipals"), {}, QStringLiteral("User.Read")));
    const auto a = entry(QStringLiteral("e2"),
                         QStringLiteral("appRoleAssignment.delete"),
                         assignmentJson(QStringLiteral("a"), MailReadRole));
    QCOMPARE(RestorePlanner::clientIds({g, a}), QStringList {ClientSpId});
}

QTEST_GUILESS_MAIN(TestRestorePlanner)
#include "TestRestorePlanner.moc"
