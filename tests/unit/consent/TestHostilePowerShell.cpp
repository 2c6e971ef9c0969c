// Issue 12.1: an app, publisher, group, member or scope name chosen by an outsider never adds a command or a line to
// the PowerShell ConsentDesk shows and copies. Every hostile name goes through every generator of plans — Microsoft
// Graph (grant, block, rollback, revoke, keep-only) and Exchange Online (scope an app, members, description, removal,
// RBAC, restore of what Exchange returned) — and the script is read with PowerShell's own line and quote rules.
#include "HostileText.h"
#include "PlannerFixtures.h"
#include "PowerShellShape.h"
#include "RevokeFixtures.h"
#include "consent/GrantPlanner.h"
#include "consent/GraphPowerShell.h"
#include "consent/RevokePlanner.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/ExchangeRestorePlanner.h"
#include "pipeline/WriteRun.h"
#include "risk/RiskCatalog.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString Tenant = QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f");
const QString CrmApp = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0");

QString report(const QString& script, const QStringList& problems)
{
    return problems.join(QLatin1Char('\n')) + QStringLiteral("\n--- script ---\n") + script;
}

// A script is safe when PowerShell would read exactly the commands meant: nothing outside the literals but the
// cmdlets and parameters ConsentDesk writes.
void verifyScript(const QString& script)
{
    const QStringList problems = PowerShellShape::problems(script);
    QVERIFY2(problems.isEmpty(), qPrintable(report(script, problems)));
}

JournalEntry exchangeEntry(const ExchangeOperation& op, const QJsonArray& rows)
{
    JournalEntry e;
    e.id = QStringLiteral("entry-") + op.action();
    e.time = QDateTime::currentDateTimeUtc().addSecs(-60);
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
    e.outcome = JournalEntry::Outcome::Succeeded;
    e.result = {{QStringLiteral("rows"), rows}};
    return e;
}

} // namespace

class TestHostilePowerShell : public QObject
{
    Q_OBJECT

private slots:
    void literalKeepsTheValue_data();
    void literalKeepsTheValue();

    void graphGrant_data() { names(); }
    void graphGrant();
    void graphBlock_data() { names(); }
    void graphBlock();
    void graphRollback_data() { names(); }
    void graphRollback();
    void graphRevoke_data() { names(); }
    void graphRevoke();

    void exchangeScopeApp_data() { names(); }
    void exchangeScopeApp();
    void exchangePolicyChanges_data() { names(); }
    void exchangePolicyChanges();
    void exchangeRbac_data() { names(); }
    void exchangeRbac();
    void exchangeRestoreOfWhatExchangeReturned_data() { names(); }
    void exchangeRestoreOfWhatExchangeReturned();

private:
    static void names();
};

void TestHostilePowerShell::names()
{
    QTest::addColumn<QString>("name");
    for (const auto& [label, name] : HostileText::powerShellNames()) {
        QTest::newRow(qPrintable(label)) << name;
    }
}

// The literal is a faithful expression: undoing PowerShell's quoting gives the value back, character for character.
void TestHostilePowerShell::literalKeepsTheValue_data()
{
    names();
}

void TestHostilePowerShell::literalKeepsTheValue()
{
    QFETCH(QString, name);
    const QString literal = GraphPowerShell::quote(name);
    verifyScript(QStringLiteral("Get-Thing -Name ") + literal);
    // Evaluate the expression as PowerShell would: 'text' with doubled quotes, [char]0xNNNN, joined by " + ".
    QString value;
    QString body = literal;
    if (body.startsWith(QLatin1Char('('))) {
        QVERIFY(body.endsWith(QLatin1Char(')')));
        body = body.mid(1, body.size() - 2);
    }
    qsizetype i = 0;
    while (i < body.size()) {
        if (body.mid(i, 3) == QLatin1String(" + ")) {
            i += 3;
        } else if (body.mid(i, 8) == QLatin1String("[char]0x")) {
            bool ok = false;
            value.append(QChar(char16_t(body.mid(i + 8, 4).toUShort(&ok, 16))));
            QVERIFY(ok);
            i += 12;
        } else {
            ++i; // opening quote
            for (;;) {
                QVERIFY2(i < body.size(), qPrintable(literal));
                const QChar c = body.at(i);
                const bool quote = c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019)
                                   || c == QChar(0x201A) || c == QChar(0x201B);
                if (quote && i + 1 < body.size() && body.at(i + 1) == c) {
                    value.append(c);
                    i += 2;
                } else if (quote) {
                    ++i;
                    break;
                } else {
                    value.append(c);
                    ++i;
                }
            }
        }
    }
    QCOMPARE(value, name);
}

void TestHostilePowerShell::graphGrant()
{
    QFETCH(QString, name);
    using namespace PlannerFixtures;
    ClientConsentState missing = missingClient();
    missing.displayName = name;
    ClientConsentState existing = existingClient();
    existing.displayName = name;
    existing.client->displayName = name;
    Permission ownApi = permission(QStringLiteral("5d8a1c39-5a6b-4d4e-8f06-0d7c0b3c6b1e"),
                                   QString(),
                                   name, // the API's name: the publisher's choice too
                                   name, // an app can request scopes of its own API, named as it likes
                                   Permission::Type::Delegated);
    const QList<Permission> selected {graphDelegated(QStringLiteral("Calendars.Read")),
                                      graphApplication(QStringLiteral("Mail.Read"), QStringLiteral("role-id")),
                                      ownApi};
    for (const ClientConsentState& state : {missing, existing}) {
        const GrantPlan plan = GrantPlanner::planGrant(state, selected);
        QVERIFY(!plan.operations.isEmpty());
        verifyScript(GraphPowerShell::forPlan(plan, Tenant));
    }
}

void TestHostilePowerShell::graphBlock()
{
    QFETCH(QString, name);
    using namespace PlannerFixtures;
    for (ClientConsentState state : {missingClient(), existingClient()}) {
        state.displayName = name;
        const GrantPlan plan = GrantPlanner::planBlock(state);
        QVERIFY(!plan.operations.isEmpty());
        verifyScript(GraphPowerShell::forPlan(plan, Tenant));
    }
}

void TestHostilePowerShell::graphRollback()
{
    QFETCH(QString, name);
    using namespace PlannerFixtures;
    ClientConsentState state = existingClient(QString());
    state.displayName = name;
    WriteRun execution;
    execution.plan = WritePlan::from(
        GrantPlanner::planGrant(state,
                                {graphDelegated(QStringLiteral("Calendars.Read")),
                                 graphApplication(QStringLiteral("Mail.Read"), QStringLiteral("role"))}));
    for (int i = 0; i < execution.plan.operations.size(); ++i) {
        WriteRun::Result r;
        r.index = i;
        r.operation = execution.plan.operations.at(i);
        r.status = WriteRun::Result::Status::Succeeded;
        r.result = QJsonObject {{QStringLiteral("id"), name}}; // ids come back from the server
        execution.results.append(r);
    }
    const WritePlan rollback = execution.rollbackPlan();
    QVERIFY(!rollback.operations.isEmpty());
    verifyScript(rollback.powerShellScript(Tenant));
}

void TestHostilePowerShell::graphRevoke()
{
    QFETCH(QString, name);
    AppInventory inv = RevokeFixtures::inventory();
    inv.app.displayName = name;
    User hostileUser = inv.users.value(RevokeFixtures::UserA);
    hostileUser.displayName = name;
    hostileUser.userPrincipalName = name;
    inv.users.insert(hostileUser.id, hostileUser);
    ServicePrincipal graph = inv.resources.value(RevokeFixtures::GraphSpId);
    graph.displayName = name;
    inv.resources.insert(graph.id, graph);
    inv.buildRows(RiskCatalog::builtIn());
    verifyScript(GraphPowerShell::forPlan(RevokePlanner::revokeAll(inv), Tenant));
    verifyScript(GraphPowerShell::forPlan(
        RevokePlanner::keepOnly(inv, {RevokeFixtures::key(QStringLiteral("User.Read"), Permission::Type::Delegated)}),
        Tenant));
    verifyScript(GraphPowerShell::forPlan(RevokePlanner::revokeUserConsent(inv, RevokeFixtures::UserA), Tenant));
}

void TestHostilePowerShell::exchangeScopeApp()
{
    QFETCH(QString, name);
    ExchangePlanner::ScopeAppRequest request;
    request.appId = CrmApp;
    request.appDisplayName = name;
    request.group = name;
    request.createGroup = true;
    request.addMembers = {name, QStringLiteral("megan@contoso.com")};
    request.description = name;
    const ExchangePlan plan = ExchangePlanner::scopeApp(request);
    QVERIFY(plan.operations.size() >= 3);
    verifyScript(plan.powerShellScript());
    for (const ExchangeOperation& op : plan.operations) {
        verifyScript(QStringLiteral("PS> ") + op.powerShell()); // the CLI's and the wizard's one-line form
    }
}

void TestHostilePowerShell::exchangePolicyChanges()
{
    QFETCH(QString, name);
    ApplicationAccessPolicy policy;
    policy.identity = Tenant + QLatin1Char('\\') + CrmApp + QLatin1Char(':') + name;
    policy.appId = CrmApp;
    policy.scopeName = name;
    policy.scopeIdentity = name;
    policy.accessRight = ApplicationAccessPolicy::AccessRight::RestrictAccess;
    policy.description = name;
    verifyScript(ExchangePlanner::removePolicy(policy).powerShellScript());
    verifyScript(ExchangePlanner::setPolicyDescription(policy, name).powerShellScript());
    verifyScript(ExchangePlanner::addMembers(name, {name}).powerShellScript());
    verifyScript(ExchangePlanner::removeMembers(name, {name}).powerShellScript());
}

void TestHostilePowerShell::exchangeRbac()
{
    QFETCH(QString, name);
    ExchangePlanner::RbacRequest request;
    request.appId = CrmApp;
    request.servicePrincipalObjectId = name;
    request.appDisplayName = name;
    request.scopeName = name;
    request.recipientFilter = QStringLiteral("MemberOfGroup -eq 'CN=CRM,OU=contoso.onmicrosoft.com'");
    request.createScope = true;
    verifyScript(ExchangePlanner::grantRbac(request).powerShellScript());
    ManagementRoleAssignment assignment;
    assignment.name = name;
    assignment.role = QStringLiteral("Application Mail.Read");
    assignment.appId = CrmApp;
    verifyScript(ExchangePlanner::removeRoleAssignment(assignment).powerShellScript());
}

// A restore re-creates what Exchange said was there: every value of its answer is tenant text, the access right
// (written bare when it is one of Exchange's enum words) included.
void TestHostilePowerShell::exchangeRestoreOfWhatExchangeReturned()
{
    QFETCH(QString, name);
    using K = ExchangeOperation::Kind;
    ExchangeOperation removal = ExchangeOperation::make(
        K::RemovePolicy, QStringLiteral("Remove the policy"), {{QStringLiteral("Identity"), name}}, {});
    removal.prior = {{QStringLiteral("Identity"), name},
                     {QStringLiteral("AppId"), CrmApp},
                     {QStringLiteral("ScopeName"), name},
                     {QStringLiteral("ScopeIdentity"), name},
                     {QStringLiteral("AccessRight"), QString(QStringLiteral("RestrictAccess ") + name)},
                     {QStringLiteral("Description"), name}};
    ExchangeOperation memberRemoval
        = ExchangeOperation::make(K::RemoveGroupMember,
                                  QStringLiteral("Remove a member"),
                                  {{QStringLiteral("Identity"), name}, {QStringLiteral("Member"), name}},
                                  {{QStringLiteral("group"), name}, {QStringLiteral("member"), name}});
    ExchangeOperation roleRemoval
        = ExchangeOperation::make(K::RemoveRoleAssignment,
                                  QStringLiteral("Remove a role"),
                                  {{QStringLiteral("Identity"), name}},
                                  {{QStringLiteral("appId"), CrmApp}, {QStringLiteral("appDisplayName"), name}});
    roleRemoval.prior = {{QStringLiteral("Name"), name},
                         {QStringLiteral("Role"), name},
                         {QStringLiteral("App"), CrmApp},
                         {QStringLiteral("CustomResourceScope"), name}};
    ExchangeOperation creation
        = ExchangeOperation::make(K::NewPolicy,
                                  QStringLiteral("Create a policy"),
                                  {{QStringLiteral("AppId"), CrmApp}, {QStringLiteral("PolicyScopeGroupId"), name}},
                                  {{QStringLiteral("appId"), CrmApp}});
    const QJsonArray created {QJsonObject {{QStringLiteral("Identity"), name}, {QStringLiteral("AppId"), CrmApp}}};
    const ExchangePlan plan = ExchangeRestorePlanner::plan({exchangeEntry(removal, {}),
                                                            exchangeEntry(memberRemoval, {}),
                                                            exchangeEntry(roleRemoval, {}),
                                                            exchangeEntry(creation, created)});
    QVERIFY2(plan.operations.size() >= 3, qPrintable(plan.refused.join(QLatin1Char('\n'))));
    verifyScript(plan.powerShellScript());
}

QTEST_GUILESS_MAIN(TestHostilePowerShell)
#include "TestHostilePowerShell.moc"
