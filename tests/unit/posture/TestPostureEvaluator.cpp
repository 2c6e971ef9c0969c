// PostureEvaluator: every check's pass, warn and fail, on inputs built by hand.
#include "posture/PostureEvaluator.h"
#include "settings/UserConsentSetting.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using Status = PostureCheck::Status;
using Action = PostureCheck::Action;

namespace {

// A tenant that passes everything.
PostureInputs good()
{
    PostureInputs in;
    in.now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    in.settings.allowedToCreateApps = false;
    in.settings.permissionGrantPoliciesAssigned = {};
    in.settings.userConsent = UserConsentSetting::fromAssigned({});
    in.settings.workflow.enabled = true;
    in.settings.workflow.notifyReviewers = true;
    WorkflowReviewer r
        = WorkflowReviewer::forQuery(ReviewerQuery::parse(QStringLiteral("/users/u1")), QStringLiteral("Ada"));
    r.resolved = true;
    r.found = true;
    r.approvers = 1;
    in.settings.workflow.reviewers = {r};
    in.exchangeRead = true;
    return in;
}

GraphError forbidden()
{
    return GraphError::fromGraphJson(
        403, R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges."}})");
}

ConsentRequest request(const QString& app, const QDateTime& created, const QString& status)
{
    ConsentRequest r;
    r.appDisplayName = app;
    UserConsentRequest u;
    u.status = status;
    u.createdDateTime = created;
    r.userRequests = {u};
    return r;
}

} // namespace

class TestPostureEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void goodTenantPassesEverything();
    void appRegistration();
    void userConsent_data();
    void userConsent();
    void workflow();
    void groupOwnerConsent();
    void groupOwnerConsentByTheOlderDirectorySetting();
    void mailAccess();
    void staleRequests();
    void riskyUserConsents();
    void unreadablePartsWarnWithTheReason();
    void jsonRow();
};

void TestPostureEvaluator::goodTenantPassesEverything()
{
    const auto checks = PostureEvaluator::evaluate(good());
    QStringList ids;
    for (const auto& c : checks) {
        ids << c.id;
        QVERIFY2(c.status == Status::Pass, qPrintable(c.id + QStringLiteral(": ") + c.evidence));
        QVERIFY(!c.evidence.isEmpty());
        QVERIFY(c.fix.isEmpty());
    }
    QCOMPARE(ids,
             (QStringList {QStringLiteral("MS.AAD.5.1"),
                           QStringLiteral("MS.AAD.5.2"),
                           QStringLiteral("MS.AAD.5.3"),
                           QStringLiteral("MS.AAD.5.4"),
                           QStringLiteral("CD.1"),
                           QStringLiteral("CD.2"),
                           QStringLiteral("CD.3")}));
    QVERIFY(!PostureEvaluator::anyFails(checks));
}

void TestPostureEvaluator::appRegistration()
{
    PostureInputs in = good();
    in.settings.allowedToCreateApps = true;
    const auto c = PostureEvaluator::appRegistration(in);
    QCOMPARE(c.status, Status::Fail);
    QVERIFY(c.fix.contains(QLatin1String("Users can register applications")));
    QCOMPARE(c.action, Action::None); // no ConsentDesk write for it
    QVERIFY(c.command.isEmpty());
    in.settings.allowedToCreateApps.reset();
    QCOMPARE(PostureEvaluator::appRegistration(in).status, Status::Warn);
}

void TestPostureEvaluator::userConsent_data()
{
    QTest::addColumn<QStringList>("assigned");
    QTest::addColumn<int>("status");
    const QString self = QStringLiteral("ManagePermissionGrantsForSelf.");
    QTest::newRow("none") << QStringList {QStringLiteral("ManagePermissionGrantsForOwnedResource.x")}
                          << int(Status::Pass);
    QTest::newRow("low") << QStringList {self + QStringLiteral("microsoft-user-default-low")} << int(Status::Fail);
    QTest::newRow("legacy, lower case") << QStringList {QStringLiteral(
        "managePermissionGrantsForSelf.microsoft-user-default-legacy")}
                                        << int(Status::Fail);
    QTest::newRow("recommended") << QStringList {self + QStringLiteral("microsoft-user-default-recommended")}
                                 << int(Status::Fail);
    QTest::newRow("custom") << QStringList {self + QStringLiteral("contoso-only")} << int(Status::Fail);
}

void TestPostureEvaluator::userConsent()
{
    QFETCH(QStringList, assigned);
    QFETCH(int, status);
    PostureInputs in = good();
    in.settings.permissionGrantPoliciesAssigned = assigned;
    in.settings.userConsent = UserConsentSetting::fromAssigned(assigned);
    const auto c = PostureEvaluator::userConsent(in);
    QCOMPARE(int(c.status), status);
    QVERIFY(c.evidence.contains(UserConsentSetting::describe(in.settings.userConsent.option)));
    if (c.status == Status::Fail) {
        QCOMPARE(c.action, Action::ConsentSettings);
        QCOMPARE(c.command, QStringLiteral("consentdesk-cli settings user-consent none"));
    }
}

void TestPostureEvaluator::workflow()
{
    PostureInputs in = good();
    in.settings.workflow.enabled = false;
    auto c = PostureEvaluator::adminConsentWorkflow(in);
    QCOMPARE(c.status, Status::Fail);
    QCOMPARE(c.action, Action::ConsentSettings);
    QVERIFY(c.command.startsWith(QLatin1String("consentdesk-cli settings workflow --enable")));

    in = good();
    in.settings.workflow.reviewers.first().approvers = 0; // nobody behind the reviewer can approve
    c = PostureEvaluator::adminConsentWorkflow(in);
    QCOMPARE(c.status, Status::Fail);
    QCOMPARE(c.evidence, in.settings.workflow.reviewerWarning());

    in.settings.workflow.reviewers.clear();
    QCOMPARE(PostureEvaluator::adminConsentWorkflow(in).status, Status::Fail);

    in = good();
    in.settings.workflow.notifyReviewers = false;
    c = PostureEvaluator::adminConsentWorkflow(in);
    QCOMPARE(c.status, Status::Pass);
    QVERIFY(c.evidence.contains(QLatin1String("no email")));
}

void TestPostureEvaluator::groupOwnerConsent()
{
    const QString owned = QStringLiteral("ManagePermissionGrantsForOwnedResource.");
    PostureInputs in = good();
    in.settings.permissionGrantPoliciesAssigned
        = {owned + QStringLiteral("microsoft-dynamically-managed-permissions-for-team")};
    auto c = PostureEvaluator::groupOwnerConsent(in);
    QCOMPARE(c.status, Status::Warn);
    QVERIFY(c.evidence.contains(QLatin1String("for-team")));

    in.settings.permissionGrantPoliciesAssigned << owned + QStringLiteral("microsoft-pre-approval-apps-for-group");
    c = PostureEvaluator::groupOwnerConsent(in);
    QCOMPARE(c.status, Status::Fail);
    QVERIFY(c.evidence.contains(QLatin1String("microsoft-pre-approval-apps-for-group")));
    QVERIFY(!c.evidence.contains(QLatin1String("for-team")));
    QVERIFY(!c.fix.isEmpty());
    // ConsentDesk makes the change itself (group owner consent in Consent settings, or the CLI).
    QCOMPARE(c.action, Action::ConsentSettings);
    QCOMPARE(c.command, QStringLiteral("consentdesk-cli settings group-owner-consent none"));

    // A policy the tenant scoped to teams is not group owner consent; one scoped to groups is.
    PermissionGrantPolicy teams;
    teams.id = QStringLiteral("contoso-team-owners");
    teams.resourceScopeType = QStringLiteral("team");
    in = good();
    in.settings.policies << teams;
    in.settings.permissionGrantPoliciesAssigned = {owned + teams.id};
    QCOMPARE(PostureEvaluator::groupOwnerConsent(in).status, Status::Warn);
    in.settings.policies.last().resourceScopeType = QStringLiteral("group");
    QCOMPARE(PostureEvaluator::groupOwnerConsent(in).status, Status::Fail);
}

void TestPostureEvaluator::groupOwnerConsentByTheOlderDirectorySetting()
{
    // No app consent policy lets group owners consent: passes while the older setting is absent or off.
    PostureInputs in = good();
    QCOMPARE(PostureEvaluator::groupOwnerConsent(in).status, Status::Pass);
    in.settings.legacyGroupConsent = LegacyGroupConsentSetting::fromJson(
        QJsonObject {{QStringLiteral("id"), QStringLiteral("setting-1")},
                     {QStringLiteral("templateId"), LegacyGroupConsentSetting::kTemplateId},
                     {QStringLiteral("values"),
                      QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("EnableGroupSpecificConsent")},
                                               {QStringLiteral("value"), QStringLiteral("False")}},
                                  QJsonObject {{QStringLiteral("name"), QStringLiteral("BlockUserConsentForRiskyApps")},
                                               {QStringLiteral("value"), QStringLiteral("true")}}}}});
    QCOMPARE(PostureEvaluator::groupOwnerConsent(in).status, Status::Pass);

    // On ("True", any case), it lets group owners consent whatever the policies say: the check fails, and its fix is
    // ConsentDesk's "Do not allow", which turns it off too.
    const QJsonArray on = LegacyGroupConsentSetting::withGroupConsent(
        in.settings.legacyGroupConsent.values, true, QStringLiteral("4b5d1e55-5b63-4a8e-a1c3-2f3c2d2f9a01"));
    in.settings.legacyGroupConsent = LegacyGroupConsentSetting::fromJson(
        QJsonObject {{QStringLiteral("id"), QStringLiteral("setting-1")}, {QStringLiteral("values"), on}});
    in.settings.legacyGroupConsent.constrainedToGroupName = QStringLiteral("App Approvers");
    PostureCheck c = PostureEvaluator::groupOwnerConsent(in);
    QCOMPARE(c.status, Status::Fail);
    QVERIFY2(c.evidence.contains(QLatin1String("Consent Policy Settings")), qPrintable(c.evidence));
    QVERIFY2(c.evidence.contains(QLatin1String("App Approvers")), qPrintable(c.evidence));
    QCOMPARE(c.action, Action::ConsentSettings);
    QCOMPARE(c.command, QStringLiteral("consentdesk-cli settings group-owner-consent none"));

    // Both: the evidence names both.
    in.settings.permissionGrantPoliciesAssigned
        = {QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-pre-approval-apps-for-group")};
    c = PostureEvaluator::groupOwnerConsent(in);
    QCOMPARE(c.status, Status::Fail);
    QVERIFY(c.evidence.contains(QLatin1String("microsoft-pre-approval-apps-for-group")));
    QVERIFY(c.evidence.contains(QLatin1String("Consent Policy Settings")));

    // The older setting unreadable while the policies allow nothing: not a pass.
    in = good();
    in.settings.legacyGroupConsentError = forbidden();
    c = PostureEvaluator::groupOwnerConsent(in);
    QCOMPARE(c.status, Status::Warn);
    QVERIFY(c.evidence.contains(QLatin1String("Consent Policy Settings")));
}

void TestPostureEvaluator::mailAccess()
{
    PostureInputs in = good();
    const MailboxApp backup {
        QStringLiteral("sp1"), QStringLiteral("app-1"), QStringLiteral("Backup"), {QStringLiteral("Mail.Read")}};
    const MailboxApp crm {
        QStringLiteral("sp2"), QStringLiteral("app-2"), QStringLiteral("CRM"), {QStringLiteral("Calendars.Read")}};
    in.mailboxApps = {backup, crm};
    in.unscopedMailboxApps = {};
    QCOMPARE(PostureEvaluator::unscopedMailAccess(in).status, Status::Pass);

    in.unscopedMailboxApps = {crm};
    auto c = PostureEvaluator::unscopedMailAccess(in);
    QCOMPARE(c.status, Status::Fail);
    QVERIFY(c.evidence.contains(QLatin1String("CRM (Calendars.Read)")));
    QVERIFY(!c.evidence.contains(QLatin1String("Backup")));
    QCOMPARE(c.command, QStringLiteral("consentdesk-cli policy new --app app-2 --group GROUP --access restrict"));
    QCOMPARE(c.action, Action::MailboxAccess);

    in.exchangeRead = false;
    in.exchangeError = forbidden();
    c = PostureEvaluator::unscopedMailAccess(in);
    QCOMPARE(c.status, Status::Warn);
    QVERIFY(c.evidence.contains(QLatin1String("Backup")) && c.evidence.contains(QLatin1String("CRM")));
}

void TestPostureEvaluator::staleRequests()
{
    PostureInputs in = good();
    in.requests = {request(QStringLiteral("Fresh"), in.now.addDays(-2), QStringLiteral("InProgress")),
                   request(QStringLiteral("Done"), in.now.addDays(-40), QStringLiteral("Completed"))};
    auto c = PostureEvaluator::staleRequests(in);
    QCOMPARE(c.status, Status::Pass);
    QVERIFY(c.evidence.contains(QLatin1String("1 request")));

    in.requests << request(QStringLiteral("Old"), in.now.addDays(-9), QStringLiteral("InProgress"))
                << request(QStringLiteral("Older"), in.now.addDays(-30), QStringLiteral("InProgress"));
    c = PostureEvaluator::staleRequests(in);
    QCOMPARE(c.status, Status::Warn);
    QVERIFY2(c.evidence.indexOf(QLatin1String("Older")) < c.evidence.indexOf(QLatin1String("Old (")),
             qPrintable(c.evidence));
    QVERIFY(!c.evidence.contains(QLatin1String("Fresh")));
    QVERIFY(!c.evidence.contains(QLatin1String("Done")));
    QCOMPARE(c.action, Action::ConsentRequests);
    // The fix names the one way ConsentDesk can close a request (Microsoft's admin consent page), and why a grant
    // alone does not.
    QVERIFY2(c.fix.contains(QLatin1String("\"Open admin consent page\"")), qPrintable(c.fix));
    QVERIFY(c.fix.contains(QLatin1String("keeps waiting until it expires")));

    // Many: the evidence names kNamesShown and counts the rest.
    for (int i = 0; i < 10; ++i) {
        in.requests << request(QStringLiteral("App %1").arg(i), in.now.addDays(-20), QStringLiteral("InProgress"));
    }
    c = PostureEvaluator::staleRequests(in);
    QVERIFY2(c.evidence.contains(QLatin1String("and 7 more")), qPrintable(c.evidence));
}

void TestPostureEvaluator::riskyUserConsents()
{
    PostureInputs in = good();
    in.riskyUserConsents = {{QStringLiteral("sp9"),
                             QStringLiteral("app-9"),
                             QStringLiteral("Gift Cards"),
                             {QStringLiteral("Mail.Read"), QStringLiteral("Mail.Send")},
                             3}};
    const auto c = PostureEvaluator::riskyUserConsents(in);
    QCOMPARE(c.status, Status::Fail);
    QVERIFY(c.evidence.contains(QLatin1String("Gift Cards (Mail.Read, Mail.Send; 3 user")));
    QCOMPARE(c.command, QStringLiteral("consentdesk-cli grants list --app app-9"));
    QCOMPARE(c.action, Action::Apps);
}

void TestPostureEvaluator::unreadablePartsWarnWithTheReason()
{
    PostureInputs in = good();
    in.settings.authorizationError = forbidden();
    in.settings.workflowError = forbidden();
    in.requestsError = forbidden();
    in.userConsentsError = forbidden();
    in.mailboxAppsError = forbidden();
    const auto checks = PostureEvaluator::evaluate(in);
    for (const auto& c : checks) {
        QCOMPARE(c.status, Status::Warn);
        QVERIFY2(c.evidence.contains(forbidden().summary()), qPrintable(c.evidence));
    }
    QVERIFY(!PostureEvaluator::anyFails(checks));
}

void TestPostureEvaluator::jsonRow()
{
    PostureInputs in = good();
    in.settings.userConsent = UserConsentSetting::fromAssigned(
        {QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-legacy")});
    const QJsonObject row = PostureEvaluator::userConsent(in).toJson();
    QCOMPARE(row.keys(),
             (QStringList {QStringLiteral("check"),
                           QStringLiteral("command"),
                           QStringLiteral("evidence"),
                           QStringLiteral("fix"),
                           QStringLiteral("id"),
                           QStringLiteral("status")}));
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(row.value(QStringLiteral("id")).toString(), QStringLiteral("MS.AAD.5.2"));
    const QJsonObject pass = PostureEvaluator::appRegistration(good()).toJson();
    QVERIFY(pass.value(QStringLiteral("fix")).isNull());
    QCOMPARE(pass.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
}

QTEST_GUILESS_MAIN(TestPostureEvaluator)
#include "TestPostureEvaluator.moc"
