// The troubleshooter's rules from hand-made facts: conditional access matching, user consent under permission grant
// policies, every checklist line (pass, warn, fail and its fix) and the fixes' plans.
#include "consent/PlannedOperation.h"
#include "troubleshoot/ConditionalAccessEvaluator.h"
#include "troubleshoot/TroubleshootFixPlanner.h"
#include "troubleshoot/TroubleshootRules.h"
#include "troubleshoot/UserConsentEvaluator.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString kGraph = QStringLiteral("00000003-0000-0000-c000-000000000000");
const QString kExchange = QStringLiteral("00000002-0000-0ff1-ce00-000000000000");
const QString kApp = QStringLiteral("2d0434d6-e5af-497e-9f07-e617ebdd8d43");
const QString kUser = QStringLiteral("24b8c8fe-3c5c-47d3-bd70-039948d8dad5");
const QString kGroup = QStringLiteral("44c8e05f-840f-4ff4-85b7-09466ad73d24");
const QString kOuter = QStringLiteral("b8a5a02c-0000-4000-8000-000000000001");
const QString kGlobalAdmin = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");

ConditionalAccessPolicy policy(const QString& name,
                               const QStringList& apps,
                               const QStringList& users,
                               const QStringList& groups,
                               const QStringList& controls,
                               const QString& state = QStringLiteral("enabled"))
{
    return ConditionalAccessPolicy::fromJson(QJsonObject {
        {QStringLiteral("id"), name},
        {QStringLiteral("displayName"), name},
        {QStringLiteral("state"), state},
        {QStringLiteral("conditions"),
         QJsonObject {
             {QStringLiteral("clientAppTypes"), QJsonArray {QStringLiteral("all")}},
             {QStringLiteral("applications"),
              QJsonObject {{QStringLiteral("includeApplications"), QJsonArray::fromStringList(apps)}}},
             {QStringLiteral("users"),
              QJsonObject {{QStringLiteral("includeUsers"), QJsonArray::fromStringList(users)},
                           {QStringLiteral("includeGroups"), QJsonArray::fromStringList(groups)}}},
         }},
        {QStringLiteral("grantControls"),
         QJsonObject {{QStringLiteral("operator"), QStringLiteral("OR")},
                      {QStringLiteral("builtInControls"), QJsonArray::fromStringList(controls)}}},
    });
}

ConditionalAccessEvaluator::Subject subject()
{
    ConditionalAccessEvaluator::Subject s;
    s.userId = kUser;
    s.groups = {{kGroup, QStringLiteral("Marketing Department")}, {kOuter, QStringLiteral("All Employees")}};
    return s;
}

ConditionalAccessEvaluator::Target target()
{
    ConditionalAccessEvaluator::Target t;
    t.appId = kApp;
    t.appDisplayName = QStringLiteral("Litware Outreach");
    t.resources = {{kGraph, QStringLiteral("Microsoft Graph")}};
    return t;
}

Permission scope(const QString& value, const QString& id, bool admin = false)
{
    Permission p;
    p.resourceAppId = kGraph;
    p.resourceId = QStringLiteral("graph-sp");
    p.resourceDisplayName = QStringLiteral("Microsoft Graph");
    p.value = value;
    p.permissionId = id;
    p.adminConsentRequired = admin;
    p.published = true;
    return p;
}

// "Allow user consent for apps from verified publishers, for selected permissions", as Graph defines it.
ConsentSettings lowSettings()
{
    ConsentSettings s;
    s.userConsent.option = UserConsentSetting::Option::Low;
    s.permissionGrantPoliciesAssigned = {QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-low")};
    s.userConsent = UserConsentSetting::fromAssigned(s.permissionGrantPoliciesAssigned);
    PermissionGrantPolicy low;
    low.id = QStringLiteral("microsoft-user-default-low");
    low.displayName = QStringLiteral("Default User Low Risk Policy");
    PermissionGrantPolicy::ConditionSet set;
    set.permissionClassification = QStringLiteral("low");
    set.permissionType = QStringLiteral("delegated");
    set.resourceApplication = QStringLiteral("any");
    set.permissions = {QStringLiteral("all")};
    set.clientApplicationsFromVerifiedPublisherOnly = true;
    low.includes = {set};
    s.policies = {low};
    PermissionClassification c;
    c.permissionId = QStringLiteral("id-user-read");
    c.permissionName = QStringLiteral("User.Read");
    c.classification = QStringLiteral("low");
    s.classifications = {c};
    s.workflow.enabled = true;
    s.workflow.version = 3;
    s.workflow.requestDurationInDays = 30;
    return s;
}

TroubleshootFacts facts()
{
    TroubleshootFacts f;
    f.now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    f.user.id = kUser;
    f.user.displayName = QStringLiteral("Chloé Dubois");
    f.user.userPrincipalName = QStringLiteral("chloe.dubois@contoso.com");
    f.user.userType = QStringLiteral("Member");
    f.directGroups = {{kGroup, QStringLiteral("Marketing Department")}};
    f.groups = f.directGroups;
    ServicePrincipal sp;
    sp.id = QStringLiteral("app-sp");
    sp.appId = kApp;
    sp.displayName = QStringLiteral("Litware Outreach");
    sp.verifiedPublisherId = QStringLiteral("5190836");
    sp.raw = QJsonObject {{QStringLiteral("id"), sp.id}, {QStringLiteral("accountEnabled"), true}};
    f.app = sp;
    f.appId = kApp;
    f.settings = lowSettings();
    f.requested = {scope(QStringLiteral("User.Read"), QStringLiteral("id-user-read")),
                   scope(QStringLiteral("Mail.Send"), QStringLiteral("id-mail-send"))};
    f.requestedFrom = TroubleshootFacts::Requested::UserRequest;
    return f;
}

TroubleshootCheck::Status statusOf(const TroubleshootCheck& c)
{
    return c.status;
}

} // namespace

class TestTroubleshootRules : public QObject
{
    Q_OBJECT

private slots:
    void caAllUsersAllApps();
    void caGroupIsTransitiveAndExclusionWins();
    void caRoleAndGuest();
    void caTargetsTheResourceTheAppCalls();
    void caOffice365SuiteAndExcludedApp();
    void caLegacyOnlyAndUserActionsDoNotApply();
    void caConditionsMakeItConditional();
    void caDemandInPlainWords();

    void userConsentFollowsTheConditionSets();
    void adminScopesAndApplicationPermissionsNeedAnAdmin();
    void userConsentOffOrUnknownPublisher();

    void appDisabledFailsWithItsFix();
    void assignmentDirectGroupAndNested();
    void conditionalAccessBlockFailsMfaWarnsReportOnlyPasses();
    void grantAndUserConsent();
    void workflowOffFailsWhenApprovalIsNeeded();
    void workflowWithoutActingReviewersFails();
    void pendingRequestExpiresAndExpired();
    void disabledUserFails();

    void fixPlans();
    void fixRefusals();
};

void TestTroubleshootRules::caAllUsersAllApps()
{
    const auto f = ConditionalAccessEvaluator::evaluate(
        policy(QStringLiteral("p"), {QStringLiteral("All")}, {QStringLiteral("All")}, {}, {QStringLiteral("mfa")}),
        subject(),
        target());
    QCOMPARE(f.match, ConditionalAccessEvaluator::Match::Applies);
    QCOMPARE(f.userReason, QStringLiteral("all users"));
    QCOMPARE(f.appReason, QStringLiteral("all cloud apps"));
    const auto none = ConditionalAccessEvaluator::evaluate(
        policy(QStringLiteral("p"), {QStringLiteral("None")}, {QStringLiteral("All")}, {}, {QStringLiteral("mfa")}),
        subject(),
        target());
    QVERIFY(!none.applies());
    const auto nobody = ConditionalAccessEvaluator::evaluate(
        policy(QStringLiteral("p"), {QStringLiteral("All")}, {QStringLiteral("None")}, {}, {QStringLiteral("mfa")}),
        subject(),
        target());
    QVERIFY(!nobody.applies());
}

void TestTroubleshootRules::caGroupIsTransitiveAndExclusionWins()
{
    // kOuter holds the user only through a nested group: conditional access counts it.
    auto p = policy(QStringLiteral("p"), {QStringLiteral("All")}, {}, {kOuter.toUpper()}, {QStringLiteral("block")});
    auto f = ConditionalAccessEvaluator::evaluate(p, subject(), target());
    QVERIFY(f.applies());
    QCOMPARE(f.userReason, QStringLiteral("the group All Employees"));
    p.excludeUsers = {kUser};
    f = ConditionalAccessEvaluator::evaluate(p, subject(), target());
    QVERIFY(!f.applies());
    QCOMPARE(f.whyNot, QStringLiteral("the user is excluded by name"));
    p.excludeUsers.clear();
    p.excludeGroups = {kGroup};
    f = ConditionalAccessEvaluator::evaluate(p, subject(), target());
    QVERIFY(!f.applies());
    QVERIFY(f.whyNot.contains(QLatin1String("Marketing Department")));
    p.excludeGroups.clear();
    p.includeGroups = {QStringLiteral("other")};
    QVERIFY(!ConditionalAccessEvaluator::evaluate(p, subject(), target()).applies());
}

void TestTroubleshootRules::caRoleAndGuest()
{
    auto p = policy(QStringLiteral("p"), {QStringLiteral("All")}, {}, {}, {QStringLiteral("mfa")});
    p.includeRoles = {kGlobalAdmin};
    auto s = subject();
    QVERIFY(!ConditionalAccessEvaluator::evaluate(p, s, target()).applies());
    s.roles.insert(kGlobalAdmin, QStringLiteral("Global Administrator"));
    auto f = ConditionalAccessEvaluator::evaluate(p, s, target());
    QVERIFY(f.applies());
    QCOMPARE(f.userReason, QStringLiteral("the role Global Administrator"));
    p.excludeRoles = {kGlobalAdmin};
    QVERIFY(!ConditionalAccessEvaluator::evaluate(p, s, target()).applies());

    auto guests
        = policy(QStringLiteral("g"), {QStringLiteral("All")}, {QStringLiteral("GuestsOrExternalUsers")}, {}, {});
    QVERIFY(!ConditionalAccessEvaluator::evaluate(guests, subject(), target()).applies());
    auto guest = subject();
    guest.guest = true;
    QVERIFY(ConditionalAccessEvaluator::evaluate(guests, guest, target()).applies());
}

void TestTroubleshootRules::caTargetsTheResourceTheAppCalls()
{
    const auto p = policy(QStringLiteral("p"), {kGraph}, {QStringLiteral("All")}, {}, {QStringLiteral("mfa")});
    auto f = ConditionalAccessEvaluator::evaluate(p, subject(), target());
    QVERIFY(f.applies());
    QCOMPARE(f.appReason, QStringLiteral("Microsoft Graph, which the app calls"));
    auto t = target();
    t.resources.clear();
    QVERIFY(!ConditionalAccessEvaluator::evaluate(p, subject(), t).applies());
    const auto self = policy(QStringLiteral("p"), {kApp.toUpper()}, {QStringLiteral("All")}, {}, {});
    f = ConditionalAccessEvaluator::evaluate(self, subject(), t);
    QVERIFY(f.applies());
    QCOMPARE(f.appReason, QStringLiteral("the app itself"));
}

void TestTroubleshootRules::caOffice365SuiteAndExcludedApp()
{
    auto p = policy(QStringLiteral("p"), {QStringLiteral("Office365")}, {QStringLiteral("All")}, {}, {});
    QVERIFY(!ConditionalAccessEvaluator::evaluate(p, subject(), target()).applies()); // Graph is not in the suite
    auto t = target();
    t.resources.insert(kExchange, QStringLiteral("Office 365 Exchange Online"));
    auto f = ConditionalAccessEvaluator::evaluate(p, subject(), t);
    QVERIFY(f.applies());
    QVERIFY(f.appReason.contains(QLatin1String("Office 365 Exchange Online")));
    auto all = policy(QStringLiteral("p"), {QStringLiteral("All")}, {QStringLiteral("All")}, {}, {});
    all.excludeApplications = {kApp};
    f = ConditionalAccessEvaluator::evaluate(all, subject(), t);
    QVERIFY(!f.applies());
    QCOMPARE(f.whyNot, QStringLiteral("the app is excluded"));
}

void TestTroubleshootRules::caLegacyOnlyAndUserActionsDoNotApply()
{
    auto legacy
        = policy(QStringLiteral("p"), {QStringLiteral("All")}, {QStringLiteral("All")}, {}, {QStringLiteral("block")});
    legacy.clientAppTypes = {QStringLiteral("exchangeActiveSync"), QStringLiteral("other")};
    auto f = ConditionalAccessEvaluator::evaluate(legacy, subject(), target());
    QVERIFY(!f.applies());
    QVERIFY(f.whyNot.contains(QLatin1String("legacy")));
    auto actions = policy(QStringLiteral("p"), {}, {QStringLiteral("All")}, {}, {QStringLiteral("mfa")});
    actions.includeUserActions = {QStringLiteral("urn:user:registersecurityinfo")};
    QVERIFY(!ConditionalAccessEvaluator::evaluate(actions, subject(), target()).applies());
}

void TestTroubleshootRules::caConditionsMakeItConditional()
{
    QJsonObject json = policy(QStringLiteral("p"), {QStringLiteral("All")}, {QStringLiteral("All")}, {}, {}).raw;
    QJsonObject conditions = json.value(QStringLiteral("conditions")).toObject();
    conditions.insert(QStringLiteral("locations"),
                      QJsonObject {{QStringLiteral("includeLocations"), QJsonArray {QStringLiteral("All")}}});
    conditions.insert(QStringLiteral("clientAppTypes"), QJsonArray {QStringLiteral("browser")});
    json.insert(QStringLiteral("conditions"), conditions);
    const auto f = ConditionalAccessEvaluator::evaluate(ConditionalAccessPolicy::fromJson(json), subject(), target());
    QCOMPARE(f.match, ConditionalAccessEvaluator::Match::AppliesUnderConditions);
    QCOMPARE(f.conditions, QStringLiteral("the network location, browsers only"));
    QVERIFY(f.describe().contains(QLatin1String("depends on the network location")));
}

void TestTroubleshootRules::caDemandInPlainWords()
{
    auto p = policy(QStringLiteral("p"), {}, {}, {}, {QStringLiteral("mfa"), QStringLiteral("compliantDevice")});
    QCOMPARE(p.demandText(),
             QStringLiteral("Requires one of: multifactor authentication; a device marked as compliant."));
    p.grantOperator = QStringLiteral("AND");
    QVERIFY(p.demandText().startsWith(QLatin1String("Requires all of:")));
    QCOMPARE(policy(QStringLiteral("p"), {}, {}, {}, {QStringLiteral("block")}).demandText(),
             QStringLiteral("Blocks access."));
    QCOMPARE(policy(QStringLiteral("p"), {}, {}, {}, {}, QStringLiteral("enabledForReportingButNotEnforced")).state,
             ConditionalAccessPolicy::State::ReportOnly);
}

void TestTroubleshootRules::userConsentFollowsTheConditionSets()
{
    const ConsentSettings s = lowSettings();
    UserConsentEvaluator::Client verified {kApp, QStringLiteral("other-tenant"), QStringLiteral("5190836")};
    const auto userRead = scope(QStringLiteral("User.Read"), QStringLiteral("id-user-read"));
    QVERIFY(UserConsentEvaluator::evaluate(s, verified, userRead).allowed);
    const auto mail
        = UserConsentEvaluator::evaluate(s, verified, scope(QStringLiteral("Mail.Send"), QStringLiteral("x")));
    QVERIFY(!mail.allowed);
    QVERIFY(mail.reason.contains(QLatin1String("not classified low impact")));
    UserConsentEvaluator::Client unverified {kApp, QStringLiteral("other-tenant"), {}};
    const auto v = UserConsentEvaluator::evaluate(s, unverified, userRead);
    QVERIFY(!v.allowed);
    QVERIFY(v.reason.contains(QLatin1String("publisher is not verified")));
    // An exclude set of the same policy wins.
    ConsentSettings excluded = s;
    PermissionGrantPolicy::ConditionSet ex;
    ex.permissions = {QStringLiteral("ID-USER-READ")};
    excluded.policies[0].excludes = {ex};
    QVERIFY(!UserConsentEvaluator::evaluate(excluded, verified, userRead).allowed);
    // A client id list that does not name the app.
    ConsentSettings other = s;
    other.policies[0].includes[0].clientApplicationIds = {QStringLiteral("another-app")};
    QVERIFY(!UserConsentEvaluator::evaluate(other, verified, userRead).allowed);
}

void TestTroubleshootRules::adminScopesAndApplicationPermissionsNeedAnAdmin()
{
    ConsentSettings legacy = lowSettings();
    legacy.policies[0].includes[0].permissionClassification = QStringLiteral("all");
    legacy.policies[0].includes[0].clientApplicationsFromVerifiedPublisherOnly = false;
    UserConsentEvaluator::Client c {kApp, {}, {}};
    QVERIFY(UserConsentEvaluator::evaluate(legacy, c, scope(QStringLiteral("Mail.Send"), QStringLiteral("x"))).allowed);
    const auto admin = UserConsentEvaluator::evaluate(
        legacy, c, scope(QStringLiteral("Directory.Read.All"), QStringLiteral("y"), true));
    QVERIFY(!admin.allowed);
    QVERIFY(admin.reason.contains(QLatin1String("always needs an administrator")));
    Permission role = scope(QStringLiteral("Mail.Read"), QStringLiteral("z"));
    role.type = Permission::Type::Application;
    QVERIFY(!UserConsentEvaluator::evaluate(legacy, c, role).allowed);
}

void TestTroubleshootRules::userConsentOffOrUnknownPublisher()
{
    ConsentSettings off = lowSettings();
    off.userConsent.option = UserConsentSetting::Option::None;
    off.policies.clear();
    UserConsentEvaluator::Client c {kApp, {}, QStringLiteral("1")};
    const auto v
        = UserConsentEvaluator::evaluate(off, c, scope(QStringLiteral("User.Read"), QStringLiteral("id-user-read")));
    QVERIFY(!v.allowed);
    QCOMPARE(v.reason, QStringLiteral("User consent is turned off in this tenant."));
    UserConsentEvaluator::Client notHere {kApp, {}, {}, false};
    const auto u = UserConsentEvaluator::evaluate(
        lowSettings(), notHere, scope(QStringLiteral("User.Read"), QStringLiteral("id-user-read")));
    QVERIFY(!u.allowed);
    QVERIFY(u.reason.contains(QLatin1String("not in this tenant yet")));
}

void TestTroubleshootRules::appDisabledFailsWithItsFix()
{
    TroubleshootFacts f = facts();
    QCOMPARE(statusOf(TroubleshootRules::appEnabled(f)), TroubleshootCheck::Status::Pass);
    f.app->accountEnabled = false;
    const auto c = TroubleshootRules::appEnabled(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Fail);
    QCOMPARE(c.action, TroubleshootCheck::Fix::EnableApp);
    QCOMPARE(c.toJson().value(QStringLiteral("fixAction")).toString(), QStringLiteral("enableApp"));
    f.app.reset();
    QCOMPARE(statusOf(TroubleshootRules::appEnabled(f)), TroubleshootCheck::Status::Pass);
}

void TestTroubleshootRules::assignmentDirectGroupAndNested()
{
    TroubleshootFacts f = facts();
    f.app->appRoleAssignmentRequired = true;
    auto c = TroubleshootRules::assignment(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Fail);
    QVERIFY(c.evidence.contains(QLatin1String("AADSTS50105")));
    QCOMPARE(c.action, TroubleshootCheck::Fix::AssignUser);
    // Assigned through a group the user is only in through another group: still not assigned.
    AppRoleAssignment nested;
    nested.principalId = kOuter;
    nested.principalType = QStringLiteral("Group");
    f.groups.insert(kOuter, QStringLiteral("All Employees"));
    f.assignedTo = {nested};
    QCOMPARE(TroubleshootRules::assignment(f).status, TroubleshootCheck::Status::Fail);
    AppRoleAssignment group;
    group.principalId = kGroup;
    f.assignedTo.append(group);
    c = TroubleshootRules::assignment(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Pass);
    QVERIFY(c.evidence.contains(QLatin1String("through the group Marketing Department")));
    AppRoleAssignment direct;
    direct.principalId = kUser.toUpper();
    f.assignedTo = {direct};
    QCOMPARE(TroubleshootRules::assignment(f).status, TroubleshootCheck::Status::Pass);
    f.app->appRoleAssignmentRequired = false;
    f.assignedTo.clear();
    QCOMPARE(TroubleshootRules::assignment(f).status, TroubleshootCheck::Status::Pass);
}

void TestTroubleshootRules::conditionalAccessBlockFailsMfaWarnsReportOnlyPasses()
{
    TroubleshootFacts f = facts();
    f.policies = {policy(QStringLiteral("Report MFA"),
                         {QStringLiteral("All")},
                         {QStringLiteral("All")},
                         {},
                         {QStringLiteral("mfa")},
                         QStringLiteral("enabledForReportingButNotEnforced")),
                  policy(QStringLiteral("Off block"),
                         {QStringLiteral("All")},
                         {QStringLiteral("All")},
                         {},
                         {QStringLiteral("block")},
                         QStringLiteral("disabled"))};
    auto c = TroubleshootRules::conditionalAccess(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Pass);
    QVERIFY(c.evidence.contains(QLatin1String("Report MFA")));
    QVERIFY(!c.evidence.contains(QLatin1String("Off block")));
    f.policies.append(policy(QStringLiteral("Graph MFA"), {kGraph}, {}, {kGroup}, {QStringLiteral("mfa")}));
    c = TroubleshootRules::conditionalAccess(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Warn);
    QVERIFY(c.evidence.contains(QLatin1String("Microsoft Graph, which the app calls")));
    f.policies.append(policy(QStringLiteral("Block Litware"), {kApp}, {}, {kGroup}, {QStringLiteral("block")}));
    c = TroubleshootRules::conditionalAccess(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Fail);
    QVERIFY(c.fix.contains(QLatin1String("Block Litware")));
    QCOMPARE(c.action, TroubleshootCheck::Fix::None); // read-only
    f.policiesError = GraphError::make(GraphError::Kind::PermissionDenied, QStringLiteral("denied"));
    QCOMPARE(TroubleshootRules::conditionalAccess(f).status, TroubleshootCheck::Status::Warn);
}

void TestTroubleshootRules::grantAndUserConsent()
{
    TroubleshootFacts f = facts();
    auto grant = TroubleshootRules::grant(f);
    QCOMPARE(grant.status, TroubleshootCheck::Status::Warn);
    QCOMPARE(grant.action, TroubleshootCheck::Fix::GrantScopes);
    auto consent = TroubleshootRules::userConsent(f);
    QCOMPARE(consent.status, TroubleshootCheck::Status::Fail); // Mail.Send is not low impact
    QVERIFY(consent.evidence.contains(QLatin1String("Mail.Send")));
    QVERIFY(!consent.evidence.contains(QLatin1String("User.Read and")));
    QCOMPARE(TroubleshootRules::needAdmin(f).size(), 1);
    // The user's own grant holds User.Read, a tenant-wide one Mail.Send: nothing left.
    PermissionGrant own;
    own.consentType = QStringLiteral("Principal");
    own.principalId = kUser;
    own.resourceId = QStringLiteral("graph-sp");
    own.scopes = {QStringLiteral("User.Read")};
    PermissionGrant all;
    all.consentType = QStringLiteral("AllPrincipals");
    all.resourceId = QStringLiteral("graph-sp");
    all.scopes = {QStringLiteral("mail.send")};
    f.grants = {own, all};
    QCOMPARE(TroubleshootRules::grant(f).status, TroubleshootCheck::Status::Pass);
    QCOMPARE(TroubleshootRules::userConsent(f).status, TroubleshootCheck::Status::Pass);
    // Another user's consent does not count.
    own.principalId = QStringLiteral("someone-else");
    f.grants = {own, all};
    QCOMPARE(TroubleshootRules::grant(f).status, TroubleshootCheck::Status::Warn);
    QCOMPARE(TroubleshootRules::userConsent(f).status, TroubleshootCheck::Status::Pass); // User.Read: low, verified
    // Nothing known about what the app asks for.
    f.requested.clear();
    f.requestedFrom = TroubleshootFacts::Requested::Unknown;
    QCOMPARE(TroubleshootRules::grant(f).status, TroubleshootCheck::Status::Warn);
}

void TestTroubleshootRules::workflowOffFailsWhenApprovalIsNeeded()
{
    TroubleshootFacts f = facts();
    WorkflowReviewer reviewer;
    reviewer.parsed.type = ReviewerQuery::Type::User;
    reviewer.parsed.id = QStringLiteral("r1");
    reviewer.displayName = QStringLiteral("Marcus Lindqvist");
    reviewer.found = true;
    reviewer.accountEnabled = true;
    reviewer.approvers = 1;
    f.settings.workflow.reviewers = {reviewer};
    auto c = TroubleshootRules::workflow(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Pass);
    QVERIFY(c.evidence.contains(QLatin1String("Marcus Lindqvist")));
    f.settings.workflow.enabled = false;
    c = TroubleshootRules::workflow(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Fail);
    QCOMPARE(c.action, TroubleshootCheck::Fix::EnableWorkflow);
    f.requested = {scope(QStringLiteral("User.Read"), QStringLiteral("id-user-read"))}; // the user may consent
    QCOMPARE(TroubleshootRules::workflow(f).status, TroubleshootCheck::Status::Warn);
}

void TestTroubleshootRules::workflowWithoutActingReviewersFails()
{
    TroubleshootFacts f = facts();
    WorkflowReviewer disabled;
    disabled.parsed.type = ReviewerQuery::Type::User;
    disabled.parsed.id = QStringLiteral("r2");
    disabled.displayName = QStringLiteral("Peter Vance");
    disabled.found = true;
    disabled.accountEnabled = false;
    disabled.approvers = 0;
    f.settings.workflow.reviewers = {disabled};
    auto c = TroubleshootRules::workflow(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Fail);
    // The fix is choosing reviewers: the GUI opens them, the CLI names the exact command (no tenant string in it).
    QCOMPARE(c.action, TroubleshootCheck::Fix::EditReviewers);
    QCOMPARE(c.command,
             QStringLiteral("consentdesk-cli settings workflow --enable --reviewer \"role:Cloud Application "
                            "Administrator\""));
    QVERIFY(c.fix.contains(c.command));
    QCOMPARE(c.toJson().value(QStringLiteral("command")).toString(), c.command);
    QCOMPARE(c.toJson().value(QStringLiteral("fixAction")).toString(), QStringLiteral("editReviewers"));
    QCOMPARE(TroubleshootCheck::fixFromName(QStringLiteral("editReviewers")), TroubleshootCheck::Fix::EditReviewers);
    // ConsentDesk does not pick reviewers by itself: no write, the command instead.
    const WritePlan plan = TroubleshootFixPlanner::plan(f, c.action);
    QVERIFY(plan.isEmpty());
    QVERIFY(plan.note.contains(c.command));
    f.settings.workflow.enabled = false;
    c = TroubleshootRules::workflow(f);
    // Turning it on alone would not help (nobody could act): the reviewers are the fix there too.
    QCOMPARE(c.action, TroubleshootCheck::Fix::EditReviewers);
    QVERIFY(c.fix.contains(c.command));
}

void TestTroubleshootRules::pendingRequestExpiresAndExpired()
{
    TroubleshootFacts f = facts();
    QCOMPARE(TroubleshootRules::pendingRequest(f).status, TroubleshootCheck::Status::Pass);
    ConsentRequest request;
    request.appId = kApp;
    UserConsentRequest mine;
    mine.status = QStringLiteral("InProgress");
    mine.requesterId = kUser;
    mine.reason = QStringLiteral("campaign mail");
    mine.createdDateTime = QDateTime(QDate(2026, 11, 20), QTime(16, 48), Qt::UTC);
    mine.expiresAt = mine.createdDateTime.addDays(30);
    request.userRequests = {mine};
    f.requests = {request};
    auto c = TroubleshootRules::pendingRequest(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Warn);
    QVERIFY2(c.evidence.contains(QLatin1String("expires on 2026-12-20 (13 day")), qPrintable(c.evidence));
    QVERIFY(c.evidence.contains(QLatin1String("campaign mail")));
    QCOMPARE(c.action, TroubleshootCheck::Fix::GrantScopes);
    f.requests[0].userRequests[0].expiresAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    c = TroubleshootRules::pendingRequest(f);
    QVERIFY2(c.evidence.contains(QLatin1String("when it expired")), qPrintable(c.evidence));
    // Everything it asks for granted meanwhile (Graph cannot close the request): nothing waits on it.
    PermissionGrant all;
    all.consentType = QStringLiteral("AllPrincipals");
    all.resourceId = QStringLiteral("graph-sp");
    all.scopes = {QStringLiteral("User.Read"), QStringLiteral("Mail.Send")};
    f.grants = {all};
    c = TroubleshootRules::pendingRequest(f);
    QCOMPARE(c.status, TroubleshootCheck::Status::Pass);
    QCOMPARE(c.action, TroubleshootCheck::Fix::None);
    QVERIFY(c.evidence.contains(QLatin1String("granted now")));
    f.grants.clear();
    f.requests[0].userRequests[0].status = QStringLiteral("Completed");
    QCOMPARE(TroubleshootRules::pendingRequest(f).status, TroubleshootCheck::Status::Pass);
}

void TestTroubleshootRules::disabledUserFails()
{
    TroubleshootFacts f = facts();
    QCOMPARE(TroubleshootRules::user(f).status, TroubleshootCheck::Status::Pass);
    f.user.accountEnabled = false;
    QCOMPARE(TroubleshootRules::user(f).status, TroubleshootCheck::Status::Fail);
    const auto all = TroubleshootRules::evaluate(f);
    QStringList ids;
    for (const auto& c : all) {
        ids << c.check;
    }
    QCOMPARE(ids,
             (QStringList {QStringLiteral("user"),
                           QStringLiteral("app-enabled"),
                           QStringLiteral("assignment"),
                           QStringLiteral("conditional-access"),
                           QStringLiteral("grant"),
                           QStringLiteral("user-consent"),
                           QStringLiteral("admin-consent-workflow"),
                           QStringLiteral("pending-request")}));
}

void TestTroubleshootRules::fixPlans()
{
    TroubleshootFacts f = facts();
    f.app->accountEnabled = false;
    WritePlan plan = TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::EnableApp);
    QCOMPARE(plan.operations.size(), 1);
    const auto* enable = plan.operationAs<PlannedOperation>(0);
    QVERIFY(enable);
    QCOMPARE(enable->method, QByteArray("PATCH"));
    QCOMPARE(enable->path, QStringLiteral("/servicePrincipals/app-sp"));
    QCOMPARE(enable->body.value(QStringLiteral("accountEnabled")).toBool(false), true);
    QCOMPARE(enable->prior.value(QStringLiteral("id")).toString(), QStringLiteral("app-sp"));

    f.app->appRoleAssignmentRequired = true;
    ServicePrincipal::AppRole appOnly;
    appOnly.id = QStringLiteral("role-app");
    appOnly.allowedMemberTypes = {QStringLiteral("Application")};
    f.app->appRoles = {appOnly};
    plan = TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::AssignUser);
    const auto* assign = plan.operationAs<PlannedOperation>(0);
    QVERIFY(assign);
    QCOMPARE(assign->path, QStringLiteral("/servicePrincipals/app-sp/appRoleAssignedTo"));
    QCOMPARE(assign->body.value(QStringLiteral("principalId")).toString(), kUser);
    QCOMPARE(assign->body.value(QStringLiteral("appRoleId")).toString(),
             QStringLiteral("00000000-0000-0000-0000-000000000000"));
    ServicePrincipal::AppRole userRole;
    userRole.id = QStringLiteral("role-user");
    userRole.displayName = QStringLiteral("Member");
    userRole.allowedMemberTypes = {QStringLiteral("User")};
    f.app->appRoles.append(userRole);
    plan = TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::AssignUser);
    QCOMPARE(plan.operationAs<PlannedOperation>(0)->body.value(QStringLiteral("appRoleId")).toString(),
             QStringLiteral("role-user"));
    QCOMPARE(TroubleshootFixPlanner::writeScopes(TroubleshootCheck::Fix::AssignUser),
             QStringList {QStringLiteral("AppRoleAssignment.ReadWrite.All")});

    plan = TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::GrantScopes);
    QCOMPARE(plan.operations.size(), 1);
    const auto* grant = plan.operationAs<PlannedOperation>(0);
    QCOMPARE(grant->kind, PlannedOperation::Kind::CreateGrant);
    QCOMPARE(grant->body.value(QStringLiteral("consentType")).toString(), QStringLiteral("AllPrincipals"));
    QCOMPARE(grant->body.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read Mail.Send"));

    WorkflowReviewer reviewer;
    reviewer.parsed.type = ReviewerQuery::Type::User;
    reviewer.parsed.id = QStringLiteral("08f64024-1998-4097-9e05-2264d70a131e");
    f.settings.workflow.reviewers = {reviewer};
    f.settings.workflow.enabled = false;
    plan = TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::EnableWorkflow);
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first()->requestLine(), QStringLiteral("PUT /policies/adminConsentRequestPolicy"));
}

void TestTroubleshootRules::fixRefusals()
{
    TroubleshootFacts f = facts();
    QVERIFY(TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::EnableApp).isEmpty()); // enabled already
    QVERIFY(TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::EnableWorkflow).isEmpty()); // on already
    f.settings.workflow.enabled = false;
    const WritePlan noReviewers = TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::EnableWorkflow);
    QVERIFY(noReviewers.isEmpty());
    QVERIFY(noReviewers.note.contains(QLatin1String("no reviewers")));
    AppRoleAssignment direct;
    direct.principalId = kUser;
    f.assignedTo = {direct};
    QVERIFY(TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::AssignUser).isEmpty());
    f.requested.clear();
    QVERIFY(TroubleshootFixPlanner::plan(f, TroubleshootCheck::Fix::GrantScopes).isEmpty());
}

QTEST_GUILESS_MAIN(TestTroubleshootRules)
#include "TestTroubleshootRules.moc"
