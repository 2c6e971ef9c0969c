#include "ConsentTestHarness.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"

#include "auth/CapabilityMap.h"
#include "consent/GrantPlanner.h"
#include "consent/GraphPowerShell.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString GlobalAdmin = QStringLiteral("grace.admin@mini.onmicrosoft.com");
const QString CloudAppAdmin = QStringLiteral("carlos.appadmin@mini.onmicrosoft.com");
const QString PrivilegedRoleAdmin = QStringLiteral("priya.raman@mini.onmicrosoft.com");
const QString GlobalReader = QStringLiteral("gil.reader@mini.onmicrosoft.com");
const QString FabrikamAppId = QStringLiteral("d6fdd1c8-c917-5e77-b524-c3f607b74abf");
const QString NorthwindAppId = QStringLiteral("c34bd620-c9f8-5666-8513-79e9e000421c");
const QString NorthwindSpId = QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076");
const QString GraphSpId = QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6");
const QString HrSpId = QStringLiteral("e38dd14f-0271-5d1c-a631-edfc88434bf5");
const QString DirectoryReadAllRole = QStringLiteral("7ab1d382-f21e-4acd-a863-ba3e13f7da61");
const QString HrReadAllRole = QStringLiteral("e061b397-bb52-508f-80ef-9be48769b462");

using Status = WriteRun::Result::Status;

QStringList scopesOf(const QJsonObject& grant)
{
    return PermissionGrant::splitScopes(grant.value(QStringLiteral("scope")).toString());
}

} // namespace

class TestGrantExecution : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void grantTwoOfThreeCreatesServicePrincipalAndGrant();
    void mergeIntoExistingGrantKeepsScopes();
    void mergeUsesLiveStateNotThePreview();
    void applicationPermissionsAsPrivilegedRoleAdmin();
    void graphAppRoleWithoutPrivilegedRoleFailsClearlyAndRollsBack();
    void readerChangesNothing();
    void stopAtFirstFailure();
    void blockExistingAndMissing();
    void everyWriteIsJournaledBeforeItIsSent();
    void dryRunSendsNothing();
    void writesAppliedButAnsweredGatewayTimeoutAreReadBack();
    void batchedWriteAnsweredGatewayTimeoutIsNotSentAgain();

private:
    QList<Permission> resolve(const QList<PermissionResolver::Reference>& refs);
    std::unique_ptr<ConsentTestHarness> m_h;
};

void TestGrantExecution::init()
{
    m_h = std::make_unique<ConsentTestHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestGrantExecution::cleanup()
{
    m_h.reset();
}

QList<Permission> TestGrantExecution::resolve(const QList<PermissionResolver::Reference>& refs)
{
    QList<Permission> result;
    bool done = false;
    m_h->resolver().resolve(refs, this, [&](const QList<Permission>& p, const GraphError&) {
        result = p;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return result;
}

void TestGrantExecution::grantTwoOfThreeCreatesServicePrincipalAndGrant()
{
    m_h->signInAs(CloudAppAdmin);
    const ConsentRequestReview review = m_h->review(m_h->requestFor(QStringLiteral("Fabrikam Sales Engage")));
    QVERIFY(review.clientMissing());
    QList<Permission> selected;
    for (const auto& item : review.items) {
        if (item.permission.value != QLatin1String("offline_access")) {
            selected.append(item.permission); // Calendars.Read and User.Read, not offline_access
        }
    }
    const GrantPlan plan = GrantPlanner::planGrant(review.state, selected);
    QCOMPARE(plan.operations.size(), 2);
    const WriteRun execution = m_h->run(plan);
    QVERIFY2(execution.allSucceeded(), qPrintable(execution.describe().join(QLatin1Char('\n'))));

    const QJsonObject sp = m_h->servicePrincipalByAppId(FabrikamAppId);
    QVERIFY(!sp.isEmpty());
    const QString spId = sp.value(QStringLiteral("id")).toString();
    QCOMPARE(execution.results.at(0).result.value(QStringLiteral("id")).toString(), spId);
    const auto grants = m_h->tenantWideGrants(spId);
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants.first().value(QStringLiteral("resourceId")).toString(), GraphSpId);
    QVERIFY(grants.first().value(QStringLiteral("principalId")).isNull());
    QCOMPARE(scopesOf(grants.first()), (QStringList {"Calendars.Read", "User.Read"}));
    QVERIFY(m_h->assignmentsOf(spId).isEmpty());

    // Journal: two entries of one operation, both settled by the response, the creation's result kept.
    const auto entries = m_h->journal().entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("servicePrincipal.create"));
    QCOMPARE(entries.at(1).action, QStringLiteral("grant.create"));
    QCOMPARE(entries.at(0).operationId, entries.at(1).operationId);
    QCOMPARE(
        entries.at(1).request.value(QStringLiteral("body")).toObject().value(QStringLiteral("clientId")).toString(),
        spId);
    for (const auto& e : entries) {
        QCOMPARE(e.outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(e.actor, CloudAppAdmin);
        QCOMPARE(e.tenantId, m_h->tenantId());
    }
    QCOMPARE(entries.at(1).result.value(QStringLiteral("id")).toString(),
             grants.first().value(QStringLiteral("id")).toString());

    // Rolling back removes both again.
    const WriteRun undone = m_h->run(execution.rollbackPlan());
    QVERIFY2(undone.allSucceeded(), qPrintable(undone.describe().join(QLatin1Char('\n'))));
    QVERIFY(m_h->servicePrincipalByAppId(FabrikamAppId).isEmpty());
}

void TestGrantExecution::mergeIntoExistingGrantKeepsScopes()
{
    m_h->signInAs(CloudAppAdmin);
    const ClientConsentState state = m_h->clientState(NorthwindAppId);
    QVERIFY(state.hasServicePrincipal());
    const auto before = m_h->tenantWideGrants(NorthwindSpId);
    QCOMPARE(before.size(), 1);
    const auto permissions = resolve(
        {PermissionResolver::Reference::byAppId(
             PermissionResolver::MicrosoftGraphAppId, QStringLiteral("Calendars.Read"), Permission::Type::Delegated),
         PermissionResolver::Reference::byAppId(
             PermissionResolver::MicrosoftGraphAppId, QStringLiteral("Mail.Read"), Permission::Type::Delegated)});
    const GrantPlan plan = GrantPlanner::planGrant(state, permissions);
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first().kind, PlannedOperation::Kind::UpdateGrantScope);
    QCOMPARE(plan.alreadyGranted.size(), 1);
    const WriteRun execution = m_h->run(plan);
    QVERIFY2(execution.allSucceeded(), qPrintable(execution.describe().join(QLatin1Char('\n'))));

    const auto after = m_h->tenantWideGrants(NorthwindSpId);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().value(QStringLiteral("id")), before.first().value(QStringLiteral("id")));
    QCOMPARE(scopesOf(after.first()), (QStringList {"User.Read", "Mail.Read", "Calendars.Read"}));
    const JournalEntry entry = m_h->journal().entries().constLast();
    QCOMPARE(entry.action, QStringLiteral("grant.updateScope"));
    QCOMPARE(entry.prior.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Read"));
    QCOMPARE(entry.prior.value(QStringLiteral("clientId")).toString(), NorthwindSpId); // the full prior object

    const WriteRun undone = m_h->run(execution.rollbackPlan());
    QVERIFY(undone.allSucceeded());
    QCOMPARE(scopesOf(m_h->tenantWideGrants(NorthwindSpId).first()), (QStringList {"User.Read", "Mail.Read"}));
    QCOMPARE(m_h->journal().entries().constLast().restoresEntryId, entry.id);
}

void TestGrantExecution::mergeUsesLiveStateNotThePreview()
{
    m_h->signInAs(CloudAppAdmin);
    const ClientConsentState state = m_h->clientState(NorthwindAppId);
    const auto permissions = resolve({PermissionResolver::Reference::byAppId(
        PermissionResolver::MicrosoftGraphAppId, QStringLiteral("Calendars.Read"), Permission::Type::Delegated)});
    const GrantPlan plan = GrantPlanner::planGrant(state, permissions);
    // Another admin adds a scope after the preview was shown.
    const QString grantId = m_h->tenantWideGrants(NorthwindSpId).first().value(QStringLiteral("id")).toString();
    const auto patched
        = m_h->env().patch(QStringLiteral("/v1.0/oauth2PermissionGrants/") + grantId,
                           m_h->token(),
                           QJsonObject {{QStringLiteral("scope"), QStringLiteral("User.Read Mail.Read email")}});
    QCOMPARE(patched.status, 204);
    const WriteRun execution = m_h->run(plan);
    QVERIFY(execution.allSucceeded());
    QCOMPARE(scopesOf(m_h->tenantWideGrants(NorthwindSpId).first()),
             (QStringList {"User.Read", "Mail.Read", "email", "Calendars.Read"}));
    QCOMPARE(m_h->journal().entries().constLast().prior.value(QStringLiteral("scope")).toString(),
             QStringLiteral("User.Read Mail.Read email"));
}

void TestGrantExecution::applicationPermissionsAsPrivilegedRoleAdmin()
{
    m_h->signInAs(PrivilegedRoleAdmin);
    const ClientConsentState state = m_h->clientState(NorthwindAppId);
    QCOMPARE(state.assignments.size(), 2);
    const auto permissions = resolve({PermissionResolver::Reference::byAppId(PermissionResolver::MicrosoftGraphAppId,
                                                                             QStringLiteral("Directory.Read.All"),
                                                                             Permission::Type::Application),
                                      PermissionResolver::Reference::byResourceId(
                                          HrSpId, QStringLiteral("HR.Read.All"), Permission::Type::Application)});
    const WriteRun execution = m_h->run(GrantPlanner::planGrant(state, permissions));
    QVERIFY2(execution.allSucceeded(), qPrintable(execution.describe().join(QLatin1Char('\n'))));
    QStringList held;
    for (const auto& a : m_h->assignmentsOf(NorthwindSpId)) {
        held.append(a.value(QStringLiteral("resourceId")).toString() + QLatin1Char('/')
                    + a.value(QStringLiteral("appRoleId")).toString());
    }
    QVERIFY(held.contains(GraphSpId + QLatin1Char('/') + DirectoryReadAllRole));
    QVERIFY(held.contains(HrSpId + QLatin1Char('/') + HrReadAllRole));
    QCOMPARE(held.size(), 4);
}

void TestGrantExecution::graphAppRoleWithoutPrivilegedRoleFailsClearlyAndRollsBack()
{
    m_h->signInAs(CloudAppAdmin);
    const ClientConsentState state = m_h->clientState(NorthwindAppId);
    const auto grantsBefore = m_h->tenantWideGrants(NorthwindSpId);
    const auto assignmentsBefore = m_h->assignmentsOf(NorthwindSpId);
    const auto permissions = resolve({PermissionResolver::Reference::byAppId(PermissionResolver::MicrosoftGraphAppId,
                                                                             QStringLiteral("Calendars.Read"),
                                                                             Permission::Type::Delegated),
                                      PermissionResolver::Reference::byAppId(PermissionResolver::MicrosoftGraphAppId,
                                                                             QStringLiteral("Directory.Read.All"),
                                                                             Permission::Type::Application),
                                      PermissionResolver::Reference::byResourceId(
                                          HrSpId, QStringLiteral("HR.Read.All"), Permission::Type::Application)});
    const auto caps = CapabilityMap::fromRoleTemplateIds({CapabilityMap::CloudApplicationAdministrator});
    const GrantPlan plan = GrantPlanner::planGrant(state, permissions, &caps);
    QCOMPARE(plan.operations.size(), 3);
    QCOMPARE(plan.warnings.size(), 1); // the preview already says so

    QSignalSpy perOperation(&m_h->writes(), &WriteRunner::operationFinished);
    const WriteRun execution = m_h->run(plan);
    QCOMPARE(perOperation.size(), 3);
    QCOMPARE(execution.results.at(0).status, Status::Succeeded);
    QCOMPARE(execution.results.at(1).status, Status::Failed);
    QCOMPARE(execution.results.at(1).httpStatus, 403);
    QCOMPARE(execution.results.at(1).error.kind, GraphError::Kind::PermissionDenied);
    QVERIFY2(execution.results.at(1).message.contains(QStringLiteral("Privileged Role Administrator")),
             qPrintable(execution.results.at(1).message));
    QCOMPARE(execution.results.at(2).status, Status::Succeeded); // independent: still granted
    const auto journaled = m_h->journal().entry(execution.results.at(1).journalEntryId);
    QVERIFY(journaled);
    QCOMPARE(journaled->outcome, JournalEntry::Outcome::Failed);
    QCOMPARE(journaled->httpStatus, 403);

    const WritePlan rollback = execution.rollbackPlan();
    QCOMPARE(rollback.operations.size(), 2);
    QCOMPARE(rollback.operationAs<PlannedOperation>(0)->kind, PlannedOperation::Kind::DeleteAppRoleAssignment);
    QCOMPARE(rollback.operationAs<PlannedOperation>(1)->kind, PlannedOperation::Kind::UpdateGrantScope);
    const WriteRun undone = m_h->run(rollback);
    QVERIFY2(undone.allSucceeded(), qPrintable(undone.describe().join(QLatin1Char('\n'))));
    QCOMPARE(m_h->tenantWideGrants(NorthwindSpId), grantsBefore);
    QCOMPARE(m_h->assignmentsOf(NorthwindSpId).size(), assignmentsBefore.size());
    // The undo's journal entries point at what they undo; the deleted assignment is kept in full.
    const auto entries = m_h->journal().entries();
    const JournalEntry& deleteEntry = entries.at(entries.size() - 2);
    QCOMPARE(deleteEntry.action, QStringLiteral("appRoleAssignment.delete"));
    QCOMPARE(deleteEntry.restoresEntryId, execution.results.at(2).journalEntryId);
    QCOMPARE(deleteEntry.prior.value(QStringLiteral("appRoleId")).toString(), HrReadAllRole);
}

void TestGrantExecution::readerChangesNothing()
{
    m_h->signInAs(GlobalReader);
    const ClientConsentState state = m_h->clientState(NorthwindAppId);
    const auto grantsBefore = m_h->tenantWideGrants(NorthwindSpId);
    const auto permissions = resolve({PermissionResolver::Reference::byAppId(
        PermissionResolver::MicrosoftGraphAppId, QStringLiteral("Calendars.Read"), Permission::Type::Delegated)});
    const WriteRun execution = m_h->run(GrantPlanner::planGrant(state, permissions));
    QCOMPARE(execution.count(Status::Failed), 1);
    QCOMPARE(execution.results.first().error.kind, GraphError::Kind::PermissionDenied);
    QVERIFY(execution.rollbackPlan().isEmpty());
    QCOMPARE(m_h->tenantWideGrants(NorthwindSpId), grantsBefore);
    const WriteRun block = m_h->run(GrantPlanner::planBlock(m_h->clientState(FabrikamAppId)));
    QCOMPARE(block.count(Status::Failed), 1);
    QVERIFY(m_h->servicePrincipalByAppId(FabrikamAppId).isEmpty());
}

void TestGrantExecution::stopAtFirstFailure()
{
    m_h->signInAs(CloudAppAdmin);
    const ClientConsentState state = m_h->clientState(NorthwindAppId);
    const auto permissions = resolve({PermissionResolver::Reference::byAppId(PermissionResolver::MicrosoftGraphAppId,
                                                                             QStringLiteral("Directory.Read.All"),
                                                                             Permission::Type::Application),
                                      PermissionResolver::Reference::byResourceId(
                                          HrSpId, QStringLiteral("HR.Read.All"), Permission::Type::Application)});
    GrantPlan plan = GrantPlanner::planGrant(state, permissions);
    plan.failurePolicy = PlanHeader::FailurePolicy::StopAtFirstFailure;
    const WriteRun execution = m_h->run(plan);
    QCOMPARE(execution.results.at(0).status, Status::Failed);
    QCOMPARE(execution.results.at(1).status, Status::Skipped);
    QCOMPARE(m_h->journal().entries().size(), 1); // nothing journaled for what was never attempted
}

void TestGrantExecution::blockExistingAndMissing()
{
    m_h->signInAs(CloudAppAdmin);
    const GrantPlan blockNorthwind = GrantPlanner::planBlock(m_h->clientState(NorthwindAppId));
    const WriteRun blocked = m_h->run(blockNorthwind);
    QVERIFY(blocked.allSucceeded());
    QCOMPARE(m_h->servicePrincipalByAppId(NorthwindAppId).value(QStringLiteral("accountEnabled")).toBool(true), false);
    const JournalEntry entry = m_h->journal().entries().constLast();
    QCOMPARE(entry.action, QStringLiteral("servicePrincipal.update"));
    QCOMPARE(entry.prior.value(QStringLiteral("accountEnabled")).toBool(), true);
    QCOMPARE(entry.prior.value(QStringLiteral("id")).toString(), NorthwindSpId);
    QVERIFY(GrantPlanner::planBlock(m_h->clientState(NorthwindAppId)).isEmpty()); // already blocked

    const WriteRun unblocked = m_h->run(blocked.rollbackPlan());
    QVERIFY(unblocked.allSucceeded());
    QCOMPARE(m_h->servicePrincipalByAppId(NorthwindAppId).value(QStringLiteral("accountEnabled")).toBool(false), true);

    const WriteRun fabrikam = m_h->run(GrantPlanner::planBlock(m_h->clientState(FabrikamAppId)));
    QVERIFY2(fabrikam.allSucceeded(), qPrintable(fabrikam.describe().join(QLatin1Char('\n'))));
    const QJsonObject sp = m_h->servicePrincipalByAppId(FabrikamAppId);
    QVERIFY(!sp.isEmpty());
    QCOMPARE(sp.value(QStringLiteral("accountEnabled")).toBool(true), false);
}

void TestGrantExecution::everyWriteIsJournaledBeforeItIsSent()
{
    m_h->signInAs(GlobalAdmin);
    const ConsentRequestReview review = m_h->review(m_h->requestFor(QStringLiteral("Fabrikam Sales Engage")));
    auto permissions = review.notYetGranted();
    permissions += resolve({PermissionResolver::Reference::byAppId(
        PermissionResolver::MicrosoftGraphAppId, QStringLiteral("User.Read.All"), Permission::Type::Application)});
    const WriteRun execution = m_h->run(GrantPlanner::planGrant(review.state, permissions));
    QVERIFY2(execution.allSucceeded(), qPrintable(execution.describe().join(QLatin1Char('\n'))));
    const WriteRun undone = m_h->run(execution.rollbackPlan());
    QVERIFY(undone.allSucceeded());

    const auto writes = m_h->network().writes;
    QCOMPARE(writes.size(), 6); // SP, grant, assignment; then their three undos
    const auto entries = m_h->journal().entries();
    QCOMPARE(entries.size(), 6);
    for (int i = 0; i < writes.size(); ++i) {
        QVERIFY2(writes.at(i).journaledBefore, qPrintable(writes.at(i).path));
        QCOMPARE(writes.at(i).clientRequestId, entries.at(i).clientRequestId);
        QCOMPARE(QString::fromLatin1(writes.at(i).method),
                 entries.at(i).request.value(QStringLiteral("method")).toString());
    }
}

void TestGrantExecution::dryRunSendsNothing()
{
    m_h->signInAs(GlobalAdmin);
    const ConsentRequestReview review = m_h->review(m_h->requestFor(QStringLiteral("Fabrikam Sales Engage")));
    const GrantPlan plan = GrantPlanner::planGrant(review.state, review.notYetGranted());
    QCOMPARE(plan.operations.size(), 2);
    const QString script = GraphPowerShell::forPlan(plan, m_h->tenantId());
    QVERIFY(script.contains(QStringLiteral("$clientSp = New-MgServicePrincipal -AppId '%1'").arg(FabrikamAppId)));
    QVERIFY(script.contains(QStringLiteral("-Scope 'Calendars.Read User.Read offline_access'")));
    QVERIFY(m_h->network().writes.isEmpty());
    QVERIFY(m_h->journal().entries().isEmpty());
    QVERIFY(m_h->servicePrincipalByAppId(FabrikamAppId).isEmpty());
}

// Graph's gateway can answer 504 after the backend made the change. Every write here is (sandbox
// --gateway-timeout-rate 1): nothing may be sent twice, and the outcome is what the tenant holds — made.
void TestGrantExecution::writesAppliedButAnsweredGatewayTimeoutAreReadBack()
{
    SandboxOptions options = SandboxTestEnvironment::defaultOptions();
    options.gatewayTimeoutRate = 1.0;
    m_h = std::make_unique<ConsentTestHarness>(options);
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->signInAs(CloudAppAdmin);
    const ConsentRequestReview review = m_h->review(m_h->requestFor(QStringLiteral("Fabrikam Sales Engage")));
    QVERIFY(review.clientMissing());
    QList<Permission> selected;
    for (const auto& item : review.items) {
        if (item.permission.value != QLatin1String("offline_access")) {
            selected.append(item.permission);
        }
    }
    const WriteRun execution = m_h->run(GrantPlanner::planGrant(review.state, selected));
    QVERIFY2(execution.allSucceeded(), qPrintable(execution.describe().join(QLatin1Char('\n'))));
    QVERIFY2(execution.results.at(1).message.contains(QLatin1String("HTTP 504")),
             qPrintable(execution.results.at(1).message));
    QVERIFY2(execution.results.at(1).message.contains(QLatin1String("the change was made")),
             qPrintable(execution.results.at(1).message));

    // Each POST left once; the tenant holds one service principal and one grant.
    QStringList sent;
    for (const auto& w : m_h->network().writes) {
        sent.append(QString::fromLatin1(w.method) + QLatin1Char(' ') + w.path);
    }
    QCOMPARE(sent.size(), 2);
    QVERIFY2(sent.at(0).endsWith(QLatin1String("/servicePrincipals")), qPrintable(sent.join(QLatin1Char(','))));
    QVERIFY2(sent.at(1).endsWith(QLatin1String("/oauth2PermissionGrants")), qPrintable(sent.join(QLatin1Char(','))));
    const QJsonObject sp = m_h->servicePrincipalByAppId(FabrikamAppId);
    QVERIFY(!sp.isEmpty());
    const auto grants = m_h->tenantWideGrants(sp.value(QStringLiteral("id")).toString());
    QCOMPARE(grants.size(), 1);
    QCOMPARE(scopesOf(grants.first()), (QStringList {"Calendars.Read", "User.Read"}));

    // The journal says made, settled by reading the tenant — nothing pending, the grant's id from the read-back.
    const auto entries = m_h->journal().entries();
    QCOMPARE(entries.size(), 2);
    for (const auto& e : entries) {
        QCOMPARE(e.outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(e.settledBy, WriteRunner::readBackSettledBy());
    }
    QCOMPARE(entries.at(1).result.value(QStringLiteral("id")).toString(),
             grants.first().value(QStringLiteral("id")).toString());
    QVERIFY(m_h->journal().pending().isEmpty());
}

// The same gateway inside a $batch (sandbox --gateway-timeout-rate 1 applies to batch items too): the write item is
// made and answered 504. GraphClient sends it once — the reads beside it are answered — and its answer is an outcome
// unknown (Journal::isOutcomeUnknown), which the write pipeline reads back rather than reporting "not made".
void TestGrantExecution::batchedWriteAnsweredGatewayTimeoutIsNotSentAgain()
{
    SandboxOptions options = SandboxTestEnvironment::defaultOptions();
    options.gatewayTimeoutRate = 1.0;
    m_h = std::make_unique<ConsentTestHarness>(options);
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->signInAs(GlobalAdmin);
    const QString clientSpId = QStringLiteral("c74c4e15-bf9f-5eb3-83bc-e9f2a3b0cc6c");
    auto grantsToGraph = [&] {
        int n = 0;
        for (const QJsonObject& g : m_h->tenantWideGrants(clientSpId)) {
            n += g.value(QStringLiteral("resourceId")).toString() == GraphSpId ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(grantsToGraph(), 0);
    const QJsonObject grant {{QStringLiteral("clientId"), clientSpId},
                             {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                             {QStringLiteral("resourceId"), GraphSpId},
                             {QStringLiteral("scope"), QStringLiteral("User.Read")}};
    BatchReply* reply = m_h->client().batch(
        {BatchItem {QStringLiteral("me"), "GET", QStringLiteral("/me"), {}, {}, {}},
         BatchItem {QStringLiteral("create"), "POST", QStringLiteral("/oauth2PermissionGrants"), grant, {}, {}}});
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &BatchReply::finished);
    QVERIFY(finished.wait(30000));
    const BatchItemResult created = reply->result(QStringLiteral("create"));
    QCOMPARE(created.status, 504);
    QCOMPARE(created.attempts, 1);
    QVERIFY(Journal::isOutcomeUnknown(created.error));
    QCOMPARE(reply->result(QStringLiteral("me")).status, 200);
    QCOMPARE(reply->batchesSent(), 1);
    delete reply;

    // Made once: one grant, one 504 injected (a second POST would have met 409 and been counted too).
    QCOMPARE(grantsToGraph(), 1);
    const QJsonObject stats = m_h->env().server().stats().toJson();
    QCOMPARE(stats.value(QStringLiteral("faults")).toObject().value(QStringLiteral("applied-timeout")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestGrantExecution)
#include "TestGrantExecution.moc"
