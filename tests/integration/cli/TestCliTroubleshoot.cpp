// `consentdesk-cli troubleshoot` as a real process against the sandbox executable (the demo tenant): the checklist's
// JSON and exit codes, and for each check ConsentDesk can fix — a demo user for whom it fails, the fix made through
// `--fix` (the one journaled pipeline), checked in the tenant over HTTP, and the check passing afterwards. The tenant
// is reset before every test.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TenantHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kReader = QStringLiteral("kwame.mensah@contoso.com"); // Global Reader

} // namespace

class TestCliTroubleshoot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void jsonRowsAndNothingFails();
    void usageAndNotFound();
    void tableAndCsv();
    void pluralsInEnglish();
    void disabledAppIsEnabledThenPasses();
    void enabledAppIsRestoredFromTheJournal();
    void unassignedUserIsAssignedThenPasses();
    void assignmentIsRestoredFromTheJournal();
    void approvalRequiredIsGrantedThenPasses();
    void workflowOffIsTurnedOnThenPasses();
    void workflowWithoutAReviewerWhoCanActIsFixedThenPasses();
    void pendingRequestIsGrantedThenPasses();
    void conditionalAccessIsReadNotChanged();
    void disabledUserFails();
    void globalReaderReadsButCannotFix();

private:
    QStringList cli(const QStringList& args) const { return m_sandbox.connectionOptions() + args; }
    CliRunner::Run run(const QStringList& args, const QByteArray& token = {})
    {
        return m_cli.run(cli(args), token.isEmpty() ? m_admin : token);
    }
    // The checklist for user × app, by check id (and the exit code).
    QHash<QString, QJsonObject> checks(const QString& user, const QString& app, int* code = nullptr);
    CliRunner::Run fix(const QString& user, const QString& app, const QString& check, bool dryRun = false);
    CliRunner::Run restore(const QString& operation)
    {
        return run({QStringLiteral("journal"),
                    QStringLiteral("restore"),
                    QStringLiteral("--operation"),
                    operation,
                    QStringLiteral("--yes")});
    }
    static QString operationOf(const CliRunner::Run& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("operationId")).toString();
    }
    QString status(const QString& user, const QString& app, const QString& check)
    {
        return checks(user, app).value(check).value(QStringLiteral("status")).toString();
    }

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    TenantHttp m_http;
    QByteArray m_admin;
};

void TestCliTroubleshoot::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid());
    m_admin = m_sandbox.token(kAdmin);
    QVERIFY(!m_admin.isEmpty());
    m_http = TenantHttp(m_sandbox.baseUrl(), m_admin);
}

void TestCliTroubleshoot::init()
{
    QCOMPARE(m_http.control(QStringLiteral("/_sandbox/reset")).value(QStringLiteral("reset")).toBool(), true);
}

QHash<QString, QJsonObject> TestCliTroubleshoot::checks(const QString& user, const QString& app, int* code)
{
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("troubleshoot"),
                                  QStringLiteral("--user"),
                                  user,
                                  QStringLiteral("--app"),
                                  app});
    if (code) {
        *code = r.code;
    }
    QHash<QString, QJsonObject> out;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    if (!doc.isArray()) {
        qWarning("not a JSON list: %s", qPrintable(r.all()));
    }
    for (const auto& v : doc.array()) {
        out.insert(v.toObject().value(QStringLiteral("check")).toString(), v.toObject());
    }
    return out;
}

CliRunner::Run TestCliTroubleshoot::fix(const QString& user, const QString& app, const QString& check, bool dryRun)
{
    return run({QStringLiteral("--format"),
                QStringLiteral("json"),
                QStringLiteral("troubleshoot"),
                QStringLiteral("--user"),
                user,
                QStringLiteral("--app"),
                app,
                QStringLiteral("--fix"),
                check,
                dryRun ? QStringLiteral("--dry-run") : QStringLiteral("--yes")});
}

void TestCliTroubleshoot::jsonRowsAndNothingFails()
{
    int code = -1;
    // Robert (Finance) and Northwind CRM, which holds an admin consent: nothing fails; Finance must use MFA on Graph.
    const auto rows = checks(QStringLiteral("robert.kowalski@contoso.com"), QStringLiteral("Northwind CRM"), &code);
    QCOMPARE(code, 0);
    QCOMPARE(rows.size(), 8);
    for (const auto& row : rows) {
        for (const char* key : {"check", "status", "evidence", "fix"}) {
            QVERIFY2(row.contains(QLatin1String(key)), key);
        }
        QVERIFY(QStringList({QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("fail")})
                    .contains(row.value(QStringLiteral("status")).toString()));
        QVERIFY(!row.value(QStringLiteral("evidence")).toString().isEmpty());
    }
    const QJsonObject ca = rows.value(QStringLiteral("conditional-access"));
    QCOMPARE(ca.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    const QString evidence = ca.value(QStringLiteral("evidence")).toString();
    QVERIFY2(evidence.contains(QLatin1String("CA006")), qPrintable(evidence));
    QVERIFY(evidence.contains(QLatin1String("the group Finance Department and Microsoft Graph, which the app calls")));
    QVERIFY(evidence.contains(QLatin1String("Requires multifactor authentication")));
    QVERIFY(!evidence.contains(QLatin1String("CA002"))); // legacy clients only
    QVERIFY(!evidence.contains(QLatin1String("CA004"))); // off
    QCOMPARE(rows.value(QStringLiteral("grant")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    // The admin (Global Administrator) is asked for MFA by CA001 through their role.
    const auto admin = checks(kAdmin, QStringLiteral("Northwind CRM"));
    QVERIFY(admin.value(QStringLiteral("conditional-access"))
                .value(QStringLiteral("evidence"))
                .toString()
                .contains(QLatin1String("the role Global Administrator")));
}

void TestCliTroubleshoot::usageAndNotFound()
{
    CliRunner::Run r = run({QStringLiteral("troubleshoot"), QStringLiteral("--user"), kAdmin});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("troubleshoot"),
             QStringLiteral("--user"),
             kAdmin,
             QStringLiteral("--app"),
             QStringLiteral("Northwind CRM"),
             QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("troubleshoot"),
             QStringLiteral("--user"),
             QStringLiteral("nobody@contoso.com"),
             QStringLiteral("--app"),
             QStringLiteral("Northwind CRM")});
    QCOMPARE(r.code, 5);
    QVERIFY(r.err.contains(QLatin1String("nobody@contoso.com")));
    r = run({QStringLiteral("troubleshoot"),
             QStringLiteral("--user"),
             kAdmin,
             QStringLiteral("--app"),
             QStringLiteral("No Such App")});
    QCOMPARE(r.code, 5);
    r = fix(kAdmin, QStringLiteral("Northwind CRM"), QStringLiteral("no-such-check"));
    QCOMPARE(r.code, 2);
    // An app only requested so far (no service principal) is found through its consent request.
    int code = -1;
    const auto rows
        = checks(QStringLiteral("jamal.carter@contoso.com"), QStringLiteral("Fabrikam Sales Engage"), &code);
    QCOMPARE(code, 1);
    QVERIFY(rows.value(QStringLiteral("app-enabled"))
                .value(QStringLiteral("evidence"))
                .toString()
                .contains(QLatin1String("no service principal")));
    QCOMPARE(rows.value(QStringLiteral("pending-request")).value(QStringLiteral("status")).toString(),
             QStringLiteral("warn"));
}

void TestCliTroubleshoot::tableAndCsv()
{
    CliRunner::Run r = run({QStringLiteral("troubleshoot"),
                            QStringLiteral("--user"),
                            QStringLiteral("daniel.osei@contoso.com"),
                            QStringLiteral("--app"),
                            QStringLiteral("Gift Card Rewards Checker")});
    QCOMPARE(r.code, 1);
    // One block per check, wrapped to 100 columns — not a table padded to the longest evidence.
    QVERIFY2(r.out.contains(QLatin1String("FAIL  app-enabled")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("      Evidence: ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("      Fix: ")), qPrintable(r.out));
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^(PASS|WARN|FAIL) "))).size(), 8);
    for (const QString& line : lines) {
        QVERIFY2(line.size() <= 100, qPrintable(line));
    }
    r = run({QStringLiteral("--format"),
             QStringLiteral("csv"),
             QStringLiteral("troubleshoot"),
             QStringLiteral("--user"),
             QStringLiteral("daniel.osei@contoso.com"),
             QStringLiteral("--app"),
             QStringLiteral("9154eb9d-a1e6-48e7-b1bc-2fb27539a9ab")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith(QLatin1String("check,status,evidence,fix")), qPrintable(r.out.left(80)));
}

void TestCliTroubleshoot::pluralsInEnglish()
{
    // English plural forms, in any locale (the CLI stays English): "30 days", "1 day" — never "day(s)".
    m_cli.environment().insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    m_cli.environment().insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const QString user = QStringLiteral("ethan.brooks@contoso.com");
    const QString app = QStringLiteral("Tailspin Projects");
    auto rows = checks(user, app);
    QString workflow
        = rows.value(QStringLiteral("admin-consent-workflow")).value(QStringLiteral("evidence")).toString();
    QVERIFY2(workflow.contains(QLatin1String("requests expire after 30 days.")), qPrintable(workflow));
    const QString pending = rows.value(QStringLiteral("pending-request")).value(QStringLiteral("evidence")).toString();
    QVERIFY2(pending.contains(QRegularExpression(QStringLiteral("\\((1 day|[0-9]+ days) left\\)"))),
             qPrintable(pending));
    QVERIFY2(!pending.contains(QLatin1String("day(s)")), qPrintable(pending));
    const CliRunner::Run r = run({QStringLiteral("settings"),
                                  QStringLiteral("workflow"),
                                  QStringLiteral("--duration"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    rows = checks(user, app);
    workflow = rows.value(QStringLiteral("admin-consent-workflow")).value(QStringLiteral("evidence")).toString();
    QVERIFY2(workflow.contains(QLatin1String("requests expire after 1 day.")), qPrintable(workflow));
    // The table says it the same way.
    const CliRunner::Run table
        = run({QStringLiteral("troubleshoot"), QStringLiteral("--user"), user, QStringLiteral("--app"), app});
    QVERIFY2(table.out.contains(QLatin1String("1 day")), qPrintable(table.out));
    QVERIFY2(!table.out.contains(QLatin1String("day(s)")), qPrintable(table.out));
    m_cli.environment().remove(QStringLiteral("LANG"));
    m_cli.environment().remove(QStringLiteral("LC_ALL"));
}

void TestCliTroubleshoot::disabledAppIsEnabledThenPasses()
{
    const QString user = QStringLiteral("daniel.osei@contoso.com");
    const QString app = QStringLiteral("Gift Card Rewards Checker");
    const auto before = checks(user, app);
    QCOMPARE(before.value(QStringLiteral("app-enabled")).value(QStringLiteral("status")).toString(),
             QStringLiteral("fail"));
    QCOMPARE(before.value(QStringLiteral("app-enabled")).value(QStringLiteral("fixAction")).toString(),
             QStringLiteral("enableApp"));
    CliRunner::Run r = fix(user, app, QStringLiteral("app-enabled"), true);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QLatin1String("\"accountEnabled\": true")), qPrintable(r.out));
    const QJsonArray sps = m_http.list(QStringLiteral("/servicePrincipals?$filter=appId eq "
                                                      "'9154eb9d-a1e6-48e7-b1bc-2fb27539a9ab'"));
    QCOMPARE(sps.size(), 1);
    const QString id = sps.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_http.get(QStringLiteral("/servicePrincipals/") + id)
                 .object()
                 .value(QStringLiteral("accountEnabled"))
                 .toBool(true),
             false); // the dry run changed nothing
    r = fix(user, app, QStringLiteral("app-enabled"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(m_http.get(QStringLiteral("/servicePrincipals/") + id)
                 .object()
                 .value(QStringLiteral("accountEnabled"))
                 .toBool(false),
             true);
    QCOMPARE(status(user, app, QStringLiteral("app-enabled")), QStringLiteral("pass"));
}

void TestCliTroubleshoot::enabledAppIsRestoredFromTheJournal()
{
    const QString user = QStringLiteral("daniel.osei@contoso.com");
    const QString app = QStringLiteral("Gift Card Rewards Checker");
    const QJsonArray sps = m_http.list(QStringLiteral("/servicePrincipals?$filter=appId eq "
                                                      "'9154eb9d-a1e6-48e7-b1bc-2fb27539a9ab'"));
    QCOMPARE(sps.size(), 1);
    const QString sp
        = QStringLiteral("/servicePrincipals/") + sps.first().toObject().value(QStringLiteral("id")).toString();
    auto enabled = [&] { return m_http.get(sp).object().value(QStringLiteral("accountEnabled")).toBool(true); };

    CliRunner::Run r = fix(user, app, QStringLiteral("app-enabled"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QString operation = operationOf(r);
    QVERIFY2(!operation.isEmpty(), qPrintable(r.out));
    QCOMPARE(enabled(), true);
    // Undone like every write: disabled again, and the check fails again.
    r = restore(operation);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(enabled(), false);
    QCOMPARE(status(user, app, QStringLiteral("app-enabled")), QStringLiteral("fail"));
    // Twice: refused as restored already, nothing changes.
    r = restore(operation);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("restored already")), qPrintable(r.all()));
    QCOMPARE(enabled(), false);

    // Changed since: enabled, then disabled by someone else — the restore has nothing to put back.
    r = fix(user, app, QStringLiteral("app-enabled"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(m_http.patch(sp, QJsonObject {{QStringLiteral("accountEnabled"), false}}), 204);
    r = restore(operationOf(r));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("is disabled already")), qPrintable(r.all()));
    QCOMPARE(enabled(), false);
}

void TestCliTroubleshoot::unassignedUserIsAssignedThenPasses()
{
    // Ethan is in Operations and PMO, which is inside Tailspin Projects Users: nested groups do not count.
    const QString user = QStringLiteral("ethan.brooks@contoso.com");
    const QString app = QStringLiteral("Tailspin Projects");
    const QJsonObject before = checks(user, app).value(QStringLiteral("assignment"));
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY(before.value(QStringLiteral("evidence")).toString().contains(QLatin1String("AADSTS50105")));
    const CliRunner::Run r = fix(user, app, QStringLiteral("assignment"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray mine
        = m_http.list(QStringLiteral("/users/93e8ef79-98f0-43d6-bc5c-1073f7768bc1/appRoleAssignments"));
    bool assigned = false;
    for (const auto& v : mine) {
        assigned = assigned || v.toObject().value(QStringLiteral("resourceDisplayName")).toString() == app;
    }
    QVERIFY(assigned);
    QCOMPARE(status(user, app, QStringLiteral("assignment")), QStringLiteral("pass"));
    // Journaled like every write, under the operation the CLI reported.
    const QString operation
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("operationId")).toString();
    QVERIFY2(!operation.isEmpty(), qPrintable(r.out));
    const CliRunner::Run journal
        = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("journal"), QStringLiteral("list")});
    QVERIFY2(journal.code == 0, qPrintable(journal.all()));
    bool journaled = false;
    for (const auto& v : QJsonDocument::fromJson(journal.out.toUtf8()).array()) {
        const QJsonObject e = v.toObject();
        journaled = journaled
                    || (e.value(QStringLiteral("OperationId")).toString() == operation
                        && e.value(QStringLiteral("Action")).toString() == QLatin1String("appRoleAssignment.create")
                        && e.value(QStringLiteral("Outcome")).toString() == QLatin1String("Succeeded"));
    }
    QVERIFY2(journaled, qPrintable(journal.out));
}

void TestCliTroubleshoot::assignmentIsRestoredFromTheJournal()
{
    const QString user = QStringLiteral("ethan.brooks@contoso.com");
    const QString app = QStringLiteral("Tailspin Projects");
    const QString mine = QStringLiteral("/users/93e8ef79-98f0-43d6-bc5c-1073f7768bc1/appRoleAssignments");
    auto assignment = [&] {
        for (const auto& v : m_http.list(mine)) {
            if (v.toObject().value(QStringLiteral("resourceDisplayName")).toString() == app) {
                return v.toObject();
            }
        }
        return QJsonObject();
    };
    QVERIFY(assignment().isEmpty());
    CliRunner::Run r = fix(user, app, QStringLiteral("assignment"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QString operation = operationOf(r);
    QVERIFY2(!operation.isEmpty(), qPrintable(r.out));
    QVERIFY(!assignment().isEmpty());
    // Undone like every write: the created assignment is deleted by its id, and the check fails again.
    r = restore(operation);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(assignment().isEmpty(), qPrintable(QJsonDocument(assignment()).toJson()));
    QCOMPARE(status(user, app, QStringLiteral("assignment")), QStringLiteral("fail"));
    r = restore(operation);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("restored already")), qPrintable(r.all()));

    // Gone since: assigned, then removed in Entra — refused, nothing else removed.
    r = fix(user, app, QStringLiteral("assignment"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject created = assignment();
    QVERIFY(!created.isEmpty());
    QCOMPARE(m_http.remove(QStringLiteral("/servicePrincipals/")
                           + created.value(QStringLiteral("resourceId")).toString()
                           + QStringLiteral("/appRoleAssignedTo/") + created.value(QStringLiteral("id")).toString()),
             204);
    r = restore(operationOf(r));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("the assignment is gone already")), qPrintable(r.all()));
}

void TestCliTroubleshoot::approvalRequiredIsGrantedThenPasses()
{
    // Ethan asked for Tailspin Projects' Teams and calendar permissions: none is low impact, so "Approval required".
    const QString user = QStringLiteral("ethan.brooks@contoso.com");
    const QString app = QStringLiteral("Tailspin Projects");
    auto rows = checks(user, app);
    const QJsonObject consent = rows.value(QStringLiteral("user-consent"));
    QCOMPARE(consent.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY(consent.value(QStringLiteral("evidence")).toString().contains(QLatin1String("Approval required")));
    QCOMPARE(consent.value(QStringLiteral("fixAction")).toString(), QStringLiteral("grantScopes"));
    QCOMPARE(rows.value(QStringLiteral("grant")).value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    QVERIFY(rows.value(QStringLiteral("pending-request"))
                .value(QStringLiteral("evidence"))
                .toString()
                .contains(QLatin1String("expires on")));
    const CliRunner::Run r = fix(user, app, QStringLiteral("user-consent"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    // In the tenant: Tailspin's tenant-wide grant on Microsoft Graph now holds the three permissions.
    const QJsonArray sps = m_http.list(QStringLiteral("/servicePrincipals?$filter=displayName eq 'Tailspin Projects'"));
    QCOMPARE(sps.size(), 1);
    const QJsonArray grants
        = m_http.list(QStringLiteral("/oauth2PermissionGrants?$filter=clientId eq '")
                      + sps.first().toObject().value(QStringLiteral("id")).toString() + QLatin1Char('\''));
    QString scope;
    for (const auto& g : grants) {
        if (g.toObject().value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            scope += g.toObject().value(QStringLiteral("scope")).toString() + QLatin1Char(' ');
        }
    }
    for (const char* s : {"Calendars.ReadWrite", "ChannelMessage.Send", "Team.ReadBasic.All"}) {
        QVERIFY2(scope.contains(QLatin1String(s)), s);
    }
    rows = checks(user, app);
    QCOMPARE(rows.value(QStringLiteral("user-consent")).value(QStringLiteral("status")).toString(),
             QStringLiteral("pass"));
    QCOMPARE(rows.value(QStringLiteral("grant")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    const QJsonObject pending = rows.value(QStringLiteral("pending-request"));
    QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY(pending.value(QStringLiteral("evidence")).toString().contains(QLatin1String("granted now")));
    QVERIFY(pending.value(QStringLiteral("fixAction")).isNull());

    // Undone like every write: the three permissions leave the grant again, and the user is asked for approval again.
    const CliRunner::Run undo = restore(operationOf(r));
    QVERIFY2(undo.code == 0, qPrintable(undo.all()));
    QString after;
    for (const auto& g :
         m_http.list(QStringLiteral("/oauth2PermissionGrants?$filter=clientId eq '")
                     + sps.first().toObject().value(QStringLiteral("id")).toString() + QLatin1Char('\''))) {
        if (g.toObject().value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            after += g.toObject().value(QStringLiteral("scope")).toString() + QLatin1Char(' ');
        }
    }
    for (const char* s : {"Calendars.ReadWrite", "ChannelMessage.Send", "Team.ReadBasic.All"}) {
        QVERIFY2(!after.contains(QLatin1String(s)), s);
    }
    QCOMPARE(status(user, app, QStringLiteral("user-consent")), QStringLiteral("fail"));
    const CliRunner::Run again = restore(operationOf(r));
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QLatin1String("restored already")), qPrintable(again.all()));
}

void TestCliTroubleshoot::workflowOffIsTurnedOnThenPasses()
{
    CliRunner::Run r = run(
        {QStringLiteral("settings"), QStringLiteral("workflow"), QStringLiteral("--disable"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QString user = QStringLiteral("chloe.dubois@contoso.com");
    const QString app = QStringLiteral("Litware Outreach");
    const QJsonObject before = checks(user, app).value(QStringLiteral("admin-consent-workflow"));
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY(before.value(QStringLiteral("evidence")).toString().contains(QLatin1String("Need admin approval")));
    QCOMPARE(before.value(QStringLiteral("fixAction")).toString(), QStringLiteral("enableWorkflow"));
    r = fix(user, app, QStringLiteral("admin-consent-workflow"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(m_http.get(QStringLiteral("/policies/adminConsentRequestPolicy"))
                 .object()
                 .value(QStringLiteral("isEnabled"))
                 .toBool(),
             true);
    QCOMPARE(status(user, app, QStringLiteral("admin-consent-workflow")), QStringLiteral("pass"));
    // Undone from the journal like any settings change: off again, and the check fails again.
    const QString operation
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("operationId")).toString();
    QVERIFY2(!operation.isEmpty(), qPrintable(r.out));
    r = run({QStringLiteral("journal"),
             QStringLiteral("restore"),
             QStringLiteral("--operation"),
             operation,
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(status(user, app, QStringLiteral("admin-consent-workflow")), QStringLiteral("fail"));
}

void TestCliTroubleshoot::workflowWithoutAReviewerWhoCanActIsFixedThenPasses()
{
    // The "admin never gets requests" case: the workflow is on, and its only reviewer's account is disabled.
    CliRunner::Run r = run({QStringLiteral("settings"),
                            QStringLiteral("workflow"),
                            QStringLiteral("--enable"),
                            QStringLiteral("--reviewer"),
                            QStringLiteral("peter.vance@contoso.com"),
                            QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QString user = QStringLiteral("chloe.dubois@contoso.com");
    const QString app = QStringLiteral("Litware Outreach");
    const QJsonObject before = checks(user, app).value(QStringLiteral("admin-consent-workflow"));
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY2(before.value(QStringLiteral("evidence")).toString().contains(QLatin1String("no reviewer can approve")),
             qPrintable(before.value(QStringLiteral("evidence")).toString()));
    QCOMPARE(before.value(QStringLiteral("fixAction")).toString(), QStringLiteral("editReviewers"));
    // The row names the exact command; run as it stands, it is the fix (journaled like every settings write).
    const QString command = before.value(QStringLiteral("command")).toString();
    QVERIFY2(before.value(QStringLiteral("fix")).toString().contains(command),
             qPrintable(before.value(QStringLiteral("fix")).toString()));
    QStringList args = QProcess::splitCommand(command);
    QCOMPARE(args.value(0), QStringLiteral("consentdesk-cli"));
    args.removeFirst();
    args << QStringLiteral("--yes");
    r = run(args);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject after = checks(user, app).value(QStringLiteral("admin-consent-workflow"));
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY(after.value(QStringLiteral("fixAction")).isNull());
    // `--fix` on the row says what to run rather than guessing reviewers for the admin.
    r = run({QStringLiteral("settings"),
             QStringLiteral("workflow"),
             QStringLiteral("--enable"),
             QStringLiteral("--reviewer"),
             QStringLiteral("peter.vance@contoso.com"),
             QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    r = fix(user, app, QStringLiteral("admin-consent-workflow"));
    QVERIFY2(r.all().contains(command), qPrintable(r.all()));
    QCOMPARE(status(user, app, QStringLiteral("admin-consent-workflow")), QStringLiteral("fail"));
}

void TestCliTroubleshoot::pendingRequestIsGrantedThenPasses()
{
    // Ethan's request for Tailspin Projects waits for review: the pending-request row's own fix grants it.
    const QString user = QStringLiteral("ethan.brooks@contoso.com");
    const QString app = QStringLiteral("Tailspin Projects");
    const QJsonObject before = checks(user, app).value(QStringLiteral("pending-request"));
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    QCOMPARE(before.value(QStringLiteral("fixAction")).toString(), QStringLiteral("grantScopes"));
    const CliRunner::Run r = fix(user, app, QStringLiteral("pending-request"));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject after = checks(user, app).value(QStringLiteral("pending-request"));
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY(after.value(QStringLiteral("evidence")).toString().contains(QLatin1String("granted now")));
}

void TestCliTroubleshoot::conditionalAccessIsReadNotChanged()
{
    // CA005 blocks Litware Outreach for the Marketing Department: Chloé fails, Jamal (Sales) does not.
    int code = -1;
    const QJsonObject chloe
        = checks(QStringLiteral("chloe.dubois@contoso.com"), QStringLiteral("Litware Outreach"), &code)
              .value(QStringLiteral("conditional-access"));
    QCOMPARE(code, 1);
    QCOMPARE(chloe.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY(chloe.value(QStringLiteral("evidence"))
                .toString()
                .contains(QLatin1String("the group Marketing Department and the app itself. Blocks access.")));
    QVERIFY(chloe.value(QStringLiteral("fixAction")).isNull());
    QVERIFY(chloe.value(QStringLiteral("fix")).toString().contains(QLatin1String("Microsoft Entra admin center")));
    const QJsonObject jamal = checks(QStringLiteral("jamal.carter@contoso.com"), QStringLiteral("Litware Outreach"))
                                  .value(QStringLiteral("conditional-access"));
    QCOMPARE(jamal.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY(!jamal.value(QStringLiteral("evidence")).toString().contains(QLatin1String("CA005")));
    const CliRunner::Run r = fix(QStringLiteral("chloe.dubois@contoso.com"),
                                 QStringLiteral("Litware Outreach"),
                                 QStringLiteral("conditional-access"));
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("Nothing for ConsentDesk to fix")));
}

void TestCliTroubleshoot::disabledUserFails()
{
    const QJsonObject user = checks(QStringLiteral("peter.vance@contoso.com"), QStringLiteral("Litware Outreach"))
                                 .value(QStringLiteral("user"));
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY(user.value(QStringLiteral("evidence")).toString().contains(QLatin1String("disabled")));
}

void TestCliTroubleshoot::globalReaderReadsButCannotFix()
{
    const QByteArray reader = m_sandbox.token(kReader);
    CliRunner::Run r = run({QStringLiteral("--format"),
                            QStringLiteral("json"),
                            QStringLiteral("troubleshoot"),
                            QStringLiteral("--user"),
                            QStringLiteral("daniel.osei@contoso.com"),
                            QStringLiteral("--app"),
                            QStringLiteral("Gift Card Rewards Checker")},
                           reader);
    QCOMPARE(r.code, 1);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
    r = run({QStringLiteral("troubleshoot"),
             QStringLiteral("--user"),
             QStringLiteral("daniel.osei@contoso.com"),
             QStringLiteral("--app"),
             QStringLiteral("Gift Card Rewards Checker"),
             QStringLiteral("--fix"),
             QStringLiteral("app-enabled"),
             QStringLiteral("--yes")},
            reader);
    QCOMPARE(r.code, 4);
    QCOMPARE(status(QStringLiteral("daniel.osei@contoso.com"),
                    QStringLiteral("Gift Card Rewards Checker"),
                    QStringLiteral("app-enabled")),
             QStringLiteral("fail"));
}

QTEST_GUILESS_MAIN(TestCliTroubleshoot)
#include "TestCliTroubleshoot.moc"
