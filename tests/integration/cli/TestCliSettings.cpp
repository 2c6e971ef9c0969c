// `consentdesk-cli settings …` as real processes against the sandbox executable (the demo tenant), with Graph tokens
// from /_sandbox/token. The tenant is reset before every test.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TenantHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kReader = QStringLiteral("kwame.mensah@contoso.com"); // Global Reader
const QString kNoRole = QStringLiteral("elena.petrova@contoso.com"); // holds no directory role

} // namespace

class TestCliSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showJson();
    void showTableAndCsv();
    void showWithoutARoleIsPermissionDenied();
    void workflowDryRunChangesNothing();
    void workflowReviewersThenRestore();
    void workflowUnknownReviewerChangesNothing();
    void workflowWarnsWhenNobodyCanApprove();
    void workflowAsGlobalReaderIsRefused();
    void userConsentKeepsOwnedResourceThenRestore();
    void groupOwnerConsentThenRestore();
    void olderGroupOwnerSettingTurnedOffThenRestored();
    void classifyAddRemoveThenRestore();
    void nothingSecretWasPrinted();

private:
    QStringList cli(const QStringList& args) const { return m_sandbox.connectionOptions() + args; }
    CliRunner::Run run(const QStringList& args, const QByteArray& token = {})
    {
        const CliRunner::Run r = m_cli.run(cli(args), token.isEmpty() ? m_admin : token);
        m_output += r.all();
        return r;
    }
    // `--format json settings ARGS…` (a write adds --yes itself): the command's answer as JSON.
    CliRunner::Run settingsJson(const QStringList& args, const QByteArray& token = {})
    {
        return run(QStringList {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("settings")} + args,
                   token);
    }
    static QJsonObject jsonObject(const CliRunner::Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
    QJsonObject policy(const QString& name) const; // as the tenant has it now
    QStringList reviewerQueries() const;
    QStringList assigned() const; // permissionGrantPoliciesAssigned
    QStringList classified() const; // Microsoft Graph's classified permissions, sorted

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    TenantHttp m_http;
    QByteArray m_admin;
    QString m_output;
};

void TestCliSettings::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid());
    m_admin = m_sandbox.token(kAdmin);
    QVERIFY(!m_admin.isEmpty());
    m_http = TenantHttp(m_sandbox.baseUrl(), m_admin);
}

void TestCliSettings::init()
{
    QCOMPARE(m_http.control(QStringLiteral("/_sandbox/reset")).value(QStringLiteral("reset")).toBool(), true);
}

void TestCliSettings::showJson()
{
    const CliRunner::Run r = settingsJson({QStringLiteral("show")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject json = jsonObject(r);
    const QJsonObject workflow = json.value(QStringLiteral("adminConsentWorkflow")).toObject();
    for (const auto& key :
         {"enabled", "reviewers", "notifyReviewers", "remindersEnabled", "requestDurationInDays", "version"}) {
        QVERIFY2(workflow.contains(QLatin1String(key)), key);
    }
    QCOMPARE(workflow.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(workflow.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(workflow.value(QStringLiteral("requestDurationInDays")).toInt(), 30);
    const QJsonArray reviewers = workflow.value(QStringLiteral("reviewers")).toArray();
    QCOMPARE(reviewers.size(), 5);
    QHash<QString, QJsonObject> byName;
    for (const auto& v : reviewers) {
        const QJsonObject reviewer = v.toObject();
        for (const auto& key : {"type", "id", "displayName"}) {
            QVERIFY2(reviewer.contains(QLatin1String(key)), key);
        }
        byName.insert(reviewer.value(QStringLiteral("displayName")).toString(), reviewer);
    }
    QCOMPARE(byName.value(QStringLiteral("Marcus Lindqvist")).value(QStringLiteral("type")).toString(),
             QStringLiteral("user"));
    QCOMPARE(byName.value(QStringLiteral("Marcus Lindqvist")).value(QStringLiteral("canApprove")).toBool(), true);
    QCOMPARE(byName.value(QStringLiteral("Consent Reviewers")).value(QStringLiteral("type")).toString(),
             QStringLiteral("group"));
    // The disabled reviewer is named as such.
    const QJsonObject peter = byName.value(QStringLiteral("Peter Vance"));
    QCOMPARE(peter.value(QStringLiteral("canApprove")).toBool(true), false);
    QVERIFY(peter.value(QStringLiteral("problem")).toString().contains(QLatin1String("disabled")));
    const QJsonObject role = byName.value(QStringLiteral("Cloud Application Administrator"));
    QCOMPARE(role.value(QStringLiteral("type")).toString(), QStringLiteral("role"));
    QCOMPARE(role.value(QStringLiteral("id")).toString(), QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7"));
    QVERIFY(workflow.value(QStringLiteral("warning")).isNull());

    const QJsonObject userConsent = json.value(QStringLiteral("userConsent")).toObject();
    QCOMPARE(userConsent.value(QStringLiteral("setting")).toString(), QStringLiteral("low"));
    const QJsonArray policies = userConsent.value(QStringLiteral("policies")).toArray();
    QCOMPARE(policies.size(), 1);
    QCOMPARE(policies.first().toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("microsoft-user-default-low"));
    QCOMPARE(policies.first().toObject().value(QStringLiteral("includes")).toArray().size(), 2);
    QCOMPARE(userConsent.value(QStringLiteral("groupOwnerConsentPolicies")).toArray().size(), 1);

    QStringList low;
    for (const auto& v : json.value(QStringLiteral("lowImpactPermissions")).toArray()) {
        low << v.toObject().value(QStringLiteral("permissionName")).toString();
    }
    low.sort();
    QCOMPARE(low,
             (QStringList {QStringLiteral("User.Read"),
                           QStringLiteral("email"),
                           QStringLiteral("offline_access"),
                           QStringLiteral("openid"),
                           QStringLiteral("profile")}));
}

void TestCliSettings::showTableAndCsv()
{
    CliRunner::Run r = run({QStringLiteral("settings"), QStringLiteral("show")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(QLatin1String("Users can request admin consent: yes")));
    QVERIFY(r.out.contains(QLatin1String("Peter Vance")));
    QVERIFY(r.out.contains(
        QLatin1String("Allow user consent for apps from verified publishers, for selected permissions (low)")));
    QVERIFY(r.out.contains(QLatin1String("offline_access")));
    QVERIFY2(r.out.contains(QLatin1String("Group owner consent for apps accessing data\n  Do not allow group owner "
                                          "consent (none)")),
             qPrintable(r.out));
    r = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("settings"), QStringLiteral("show")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // header + five reviewers
    QVERIFY(lines.first().startsWith(QLatin1String("Type,Reviewer,Id,CanApprove,Problem")));
    // A Global Reader reads it all.
    r = settingsJson({QStringLiteral("show")}, m_sandbox.token(kReader));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(jsonObject(r).value(QStringLiteral("userConsent")).toObject().value(QStringLiteral("setting")).toString(),
             QStringLiteral("low"));
}

void TestCliSettings::showWithoutARoleIsPermissionDenied()
{
    const CliRunner::Run r = run({QStringLiteral("settings"), QStringLiteral("show")}, m_sandbox.token(kNoRole));
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains(QLatin1String("Global Reader")));
}

QJsonObject TestCliSettings::policy(const QString& name) const
{
    return m_http.get(QStringLiteral("/policies/") + name).object();
}

QStringList TestCliSettings::reviewerQueries() const
{
    QStringList queries;
    for (const auto& r :
         policy(QStringLiteral("adminConsentRequestPolicy")).value(QStringLiteral("reviewers")).toArray()) {
        queries << r.toObject().value(QStringLiteral("query")).toString();
    }
    return queries;
}

QStringList TestCliSettings::assigned() const
{
    QStringList list;
    for (const auto& v : policy(QStringLiteral("authorizationPolicy"))
                             .value(QStringLiteral("defaultUserRolePermissions"))
                             .toObject()
                             .value(QStringLiteral("permissionGrantPoliciesAssigned"))
                             .toArray()) {
        list << v.toString();
    }
    return list;
}

QStringList TestCliSettings::classified() const
{
    QStringList names;
    for (const auto& v : m_http.list(QStringLiteral("/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')/"
                                                    "delegatedPermissionClassifications"))) {
        names << v.toObject().value(QStringLiteral("permissionName")).toString();
    }
    names.sort();
    return names;
}

void TestCliSettings::workflowDryRunChangesNothing()
{
    const QJsonObject before = policy(QStringLiteral("adminConsentRequestPolicy"));
    const CliRunner::Run r = run({QStringLiteral("settings"),
                                  QStringLiteral("workflow"),
                                  QStringLiteral("--disable"),
                                  QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QLatin1String("Update-MgPolicyAdminConsentRequestPolicy")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("isEnabled = $false")));
    QCOMPARE(policy(QStringLiteral("adminConsentRequestPolicy")), before);
    // Without --yes and without a terminal: nothing either.
    const CliRunner::Run noYes
        = run({QStringLiteral("settings"), QStringLiteral("workflow"), QStringLiteral("--disable")});
    QCOMPARE(noYes.code, 2);
    QCOMPARE(policy(QStringLiteral("adminConsentRequestPolicy")), before);
}

void TestCliSettings::workflowReviewersThenRestore()
{
    const QJsonObject before = policy(QStringLiteral("adminConsentRequestPolicy"));
    const CliRunner::Run r = settingsJson({QStringLiteral("workflow"),
                                           QStringLiteral("--reviewer"),
                                           QStringLiteral("marcus.lindqvist@contoso.com"),
                                           QStringLiteral("--reviewer"),
                                           QStringLiteral("group:Consent Reviewers"),
                                           QStringLiteral("--reviewer"),
                                           QStringLiteral("role:Cloud Application Administrator"),
                                           QStringLiteral("--duration"),
                                           QStringLiteral("14"),
                                           QStringLiteral("--reminders"),
                                           QStringLiteral("off"),
                                           QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    // The whole policy was sent: the three reviewers named, what was not named kept as it was.
    const QJsonObject after = policy(QStringLiteral("adminConsentRequestPolicy"));
    QCOMPARE(reviewerQueries(),
             (QStringList {
                 QStringLiteral("/users/08f64024-1998-4097-9e05-2264d70a131e"),
                 QStringLiteral("/groups/0aa36984-405e-4b37-bb5b-2a19921c9492/transitiveMembers/microsoft.graph.user"),
                 QStringLiteral("/beta/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq "
                                "'158c047a-c907-4556-b7ef-446551a6b5f7'")}));
    QCOMPARE(after.value(QStringLiteral("isEnabled")).toBool(), true);
    QCOMPARE(after.value(QStringLiteral("notifyReviewers")).toBool(), true);
    QCOMPARE(after.value(QStringLiteral("remindersEnabled")).toBool(), false);
    QCOMPARE(after.value(QStringLiteral("requestDurationInDays")).toInt(), 14);
    QCOMPARE(after.value(QStringLiteral("version")).toInt(), before.value(QStringLiteral("version")).toInt() + 1);
    // Journaled with its prior state: restore puts the policy back as it was.
    const QString operation
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("operationId")).toString();
    QVERIFY2(!operation.isEmpty(), qPrintable(r.out));
    const CliRunner::Run restore = run({QStringLiteral("journal"),
                                        QStringLiteral("restore"),
                                        QStringLiteral("--operation"),
                                        operation,
                                        QStringLiteral("--yes")});
    QVERIFY2(restore.code == 0, qPrintable(restore.all()));
    QJsonObject restored = policy(QStringLiteral("adminConsentRequestPolicy"));
    QCOMPARE(restored.value(QStringLiteral("version")).toInt(), before.value(QStringLiteral("version")).toInt() + 2);
    restored.remove(QStringLiteral("version"));
    QJsonObject expected = before;
    expected.remove(QStringLiteral("version"));
    QCOMPARE(restored, expected);
}

void TestCliSettings::workflowUnknownReviewerChangesNothing()
{
    const QJsonObject before = policy(QStringLiteral("adminConsentRequestPolicy"));
    CliRunner::Run r = run({QStringLiteral("settings"),
                            QStringLiteral("workflow"),
                            QStringLiteral("--reviewer"),
                            QStringLiteral("nobody@contoso.com"),
                            QStringLiteral("--yes")});
    QCOMPARE(r.code, 5);
    r = run({QStringLiteral("settings"),
             QStringLiteral("workflow"),
             QStringLiteral("--reviewer"),
             QStringLiteral("group:Nobody's 'quoted' group"),
             QStringLiteral("--yes")});
    QCOMPARE(r.code, 5); // the name reached $filter escaped, and matched nothing
    r = run(
        {QStringLiteral("settings"), QStringLiteral("workflow"), QStringLiteral("--duration"), QStringLiteral("90")});
    QCOMPARE(r.code, 2);
    QCOMPARE(policy(QStringLiteral("adminConsentRequestPolicy")), before);
}

void TestCliSettings::workflowWarnsWhenNobodyCanApprove()
{
    const CliRunner::Run r = run({QStringLiteral("settings"),
                                  QStringLiteral("workflow"),
                                  QStringLiteral("--reviewer"),
                                  QStringLiteral("peter.vance@contoso.com"),
                                  QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.all().contains(QLatin1String("no reviewer can approve")), qPrintable(r.all()));
}

void TestCliSettings::workflowAsGlobalReaderIsRefused()
{
    const QJsonObject before = policy(QStringLiteral("adminConsentRequestPolicy"));
    const CliRunner::Run r = run(
        {QStringLiteral("settings"), QStringLiteral("workflow"), QStringLiteral("--disable"), QStringLiteral("--yes")},
        m_sandbox.token(kReader));
    QCOMPARE(r.code, 4);
    QCOMPARE(policy(QStringLiteral("adminConsentRequestPolicy")), before);
}

void TestCliSettings::userConsentKeepsOwnedResourceThenRestore()
{
    const QStringList before = assigned();
    CliRunner::Run r = settingsJson({QStringLiteral("user-consent"), QStringLiteral("none"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(assigned(),
             QStringList {QStringLiteral(
                 "ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team")});
    const QString operation
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("operationId")).toString();
    r = run({QStringLiteral("settings"),
             QStringLiteral("user-consent"),
             QStringLiteral("recommended"),
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(
        assigned(),
        (QStringList {
            QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"),
            QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-recommended")}));
    r = settingsJson({QStringLiteral("show")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["userConsent"].toObject()["setting"].toString(),
             QStringLiteral("recommended"));
    // Same setting again: nothing to do.
    r = run({QStringLiteral("settings"),
             QStringLiteral("user-consent"),
             QStringLiteral("recommended"),
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    // Restoring the first change puts its ForSelf entry back (and keeps the owners' one).
    r = run({QStringLiteral("journal"),
             QStringLiteral("restore"),
             QStringLiteral("--operation"),
             operation,
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QStringList now = assigned();
    now.sort(Qt::CaseInsensitive);
    QStringList expected = before;
    expected.sort(Qt::CaseInsensitive);
    QCOMPARE(now, expected);
    // A Cloud Application Administrator may not change it (Privileged Role or Global Administrator only).
    r = run(
        {QStringLiteral("settings"), QStringLiteral("user-consent"), QStringLiteral("legacy"), QStringLiteral("--yes")},
        m_sandbox.token(QStringLiteral("marcus.lindqvist@contoso.com")));
    QCOMPARE(r.code, 4);
    r = run({QStringLiteral("settings"), QStringLiteral("user-consent"), QStringLiteral("everyone")});
    QCOMPARE(r.code, 2);
}

void TestCliSettings::groupOwnerConsentThenRestore()
{
    // The demo tenant: user consent "low" and a team's policy; group owners may not consent.
    const QStringList before = assigned();
    const QString preApproved
        = QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-pre-approval-apps-for-group");
    CliRunner::Run r = settingsJson({QStringLiteral("show")});
    QCOMPARE(jsonObject(r)["groupOwnerConsent"].toObject()["setting"].toString(), QStringLiteral("none"));

    // A dry run shows the PATCH and its PowerShell and changes nothing.
    r = run({QStringLiteral("settings"),
             QStringLiteral("group-owner-consent"),
             QStringLiteral("pre-approved"),
             QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QLatin1String("Update-MgPolicyAuthorizationPolicy")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("microsoft-pre-approval-apps-for-group")));
    QCOMPARE(assigned(), before);

    r = run({QStringLiteral("settings"),
             QStringLiteral("group-owner-consent"),
             QStringLiteral("pre-approved"),
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(assigned(), before + QStringList {preApproved});
    r = settingsJson({QStringLiteral("show")});
    QCOMPARE(jsonObject(r)["groupOwnerConsent"].toObject()["setting"].toString(), QStringLiteral("pre-approved"));

    // "none" takes out the group entry only: user consent and the team's policy stay.
    r = settingsJson({QStringLiteral("group-owner-consent"), QStringLiteral("none"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(assigned(), before);
    const QString operation = jsonObject(r).value(QStringLiteral("operationId")).toString();
    QVERIFY(!operation.isEmpty());
    // Same setting again: nothing to do.
    r = run({QStringLiteral("settings"),
             QStringLiteral("group-owner-consent"),
             QStringLiteral("none"),
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.all().contains(QLatin1String("nothing to change")), qPrintable(r.all()));

    // Restoring "none" puts the pre-approval entry back.
    r = run({QStringLiteral("journal"),
             QStringLiteral("restore"),
             QStringLiteral("--operation"),
             operation,
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(assigned(), before + QStringList {preApproved});

    // A Cloud Application Administrator may not change it (Privileged Role or Global Administrator only).
    r = run({QStringLiteral("settings"),
             QStringLiteral("group-owner-consent"),
             QStringLiteral("none"),
             QStringLiteral("--yes")},
            m_sandbox.token(QStringLiteral("marcus.lindqvist@contoso.com")));
    QCOMPARE(r.code, 4);
    QCOMPARE(assigned(), before + QStringList {preApproved});
    r = run({QStringLiteral("settings"), QStringLiteral("group-owner-consent"), QStringLiteral("verified")});
    QCOMPARE(r.code, 2);
}

void TestCliSettings::olderGroupOwnerSettingTurnedOffThenRestored()
{
    // The demo tenant has no "Consent Policy Settings" object: settings show says so.
    CliRunner::Run r = settingsJson({QStringLiteral("show")});
    QJsonObject legacy = jsonObject(r)["groupOwnerConsent"].toObject()["legacySetting"].toObject();
    QCOMPARE(legacy["present"].toBool(true), false);
    QVERIFY(legacy["error"].isNull());

    // An admin center turned group owner consent on there, for every group owner.
    int status = 0;
    const QJsonObject created = m_http.post(
        QStringLiteral("/groupSettings"),
        QJsonObject {{QStringLiteral("templateId"), QStringLiteral("dffd5d46-495d-40a9-8e21-954ff55e198a")},
                     {QStringLiteral("values"),
                      QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("EnableGroupSpecificConsent")},
                                               {QStringLiteral("value"), QStringLiteral("true")}}}}},
        &status);
    QCOMPARE(status, 201);
    const QString settingPath = QStringLiteral("/groupSettings/") + created.value(QStringLiteral("id")).toString();
    const auto enabled = [&] {
        for (const auto& v : m_http.get(settingPath).object().value(QStringLiteral("values")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("EnableGroupSpecificConsent")) {
                return v.toObject().value(QStringLiteral("value")).toString();
            }
        }
        return QString();
    };
    r = settingsJson({QStringLiteral("show")});
    legacy = jsonObject(r)["groupOwnerConsent"].toObject()["legacySetting"].toObject();
    QCOMPARE(legacy["present"].toBool(), true);
    QCOMPARE(legacy["enableGroupSpecificConsent"].toBool(), true);
    QCOMPARE(legacy["allowsGroupOwnerConsent"].toBool(), true);
    QVERIFY(legacy["constrainedToGroupId"].isNull());
    r = run({QStringLiteral("settings"), QStringLiteral("show")});
    QVERIFY2(r.out.contains(QLatin1String("lets every group owner consent")), qPrintable(r.out));

    // "none": the policies allow group owners nothing already, so the one change is the older setting.
    const QStringList before = assigned();
    r = run({QStringLiteral("settings"),
             QStringLiteral("group-owner-consent"),
             QStringLiteral("none"),
             QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QLatin1String("Update-MgGroupSetting")), qPrintable(r.out));
    QCOMPARE(enabled(), QStringLiteral("true"));
    r = settingsJson({QStringLiteral("group-owner-consent"), QStringLiteral("none"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(enabled(), QStringLiteral("false"));
    QCOMPARE(assigned(), before);
    const QString operation = jsonObject(r).value(QStringLiteral("operationId")).toString();
    QVERIFY(!operation.isEmpty());

    r = run({QStringLiteral("journal"),
             QStringLiteral("restore"),
             QStringLiteral("--operation"),
             operation,
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(enabled(), QStringLiteral("true"));

    // A Cloud Application Administrator may not change it.
    r = run({QStringLiteral("settings"),
             QStringLiteral("group-owner-consent"),
             QStringLiteral("none"),
             QStringLiteral("--yes")},
            m_sandbox.token(QStringLiteral("marcus.lindqvist@contoso.com")));
    QCOMPARE(r.code, 4);
    QCOMPARE(enabled(), QStringLiteral("true"));
}

void TestCliSettings::classifyAddRemoveThenRestore()
{
    const QStringList before = classified();
    CliRunner::Run r = run({QStringLiteral("settings"),
                            QStringLiteral("classify"),
                            QStringLiteral("add"),
                            QStringLiteral("mail.read"),
                            QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(QLatin1String("New-MgServicePrincipalDelegatedPermissionClassification")));
    QCOMPARE(classified(), before);
    r = run({QStringLiteral("settings"),
             QStringLiteral("classify"),
             QStringLiteral("add"),
             QStringLiteral("Mail.Read"),
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(classified().contains(QStringLiteral("Mail.Read")));
    r = settingsJson(
        {QStringLiteral("classify"), QStringLiteral("remove"), QStringLiteral("User.Read"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(!classified().contains(QStringLiteral("User.Read")));
    const QString operation
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("operationId")).toString();
    r = run({QStringLiteral("journal"),
             QStringLiteral("restore"),
             QStringLiteral("--operation"),
             operation,
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(classified().contains(QStringLiteral("User.Read")));
    // Refused before anything is sent.
    QCOMPARE(run({QStringLiteral("settings"),
                  QStringLiteral("classify"),
                  QStringLiteral("add"),
                  QStringLiteral("Directory.Read.All"),
                  QStringLiteral("--yes")})
                 .code,
             2);
    QCOMPARE(run({QStringLiteral("settings"),
                  QStringLiteral("classify"),
                  QStringLiteral("add"),
                  QStringLiteral("Nope.Nothing"),
                  QStringLiteral("--yes")})
                 .code,
             5);
    QCOMPARE(run({QStringLiteral("settings"),
                  QStringLiteral("classify"),
                  QStringLiteral("drop"),
                  QStringLiteral("Mail.Read")})
                 .code,
             2);
}

void TestCliSettings::nothingSecretWasPrinted()
{
    QVERIFY(!m_output.isEmpty());
    QCOMPARE(CliRunner::secretShapeIn(m_output), QString());
}

QTEST_GUILESS_MAIN(TestCliSettings)
#include "TestCliSettings.moc"
