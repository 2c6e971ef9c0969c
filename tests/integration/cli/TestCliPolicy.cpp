// `consentdesk-cli policy list|test|explain|new|remove|matrix` as real processes against the sandbox executable (the
// demo tenant), with Graph and Exchange tokens from /_sandbox/token. The tenant is reset before every test; every
// claim about a write is checked in Exchange over plain HTTP (InvokeCommand), never taken from the CLI's own output.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TenantHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {

// From the fixture as shipped (resources/fixtures/contoso.json).
const QString kNorthwindApp
    = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0"); // restricted to CRM Mailbox Access
const QString kCoho = QStringLiteral("Coho Signature Manager"); // MailboxSettings.ReadWrite, User.Read.All; no policy
const QString kCohoApp = QStringLiteral("600cec8d-d27b-4389-908c-e0264546ea50");
const QString kExecutiveTeam = QStringLiteral("Executive Team"); // a mail-enabled security group, six mailboxes
const QStringList kExecutives {QStringLiteral("margaret.ellison@contoso.com"),
                               QStringLiteral("robert.kowalski@contoso.com"),
                               QStringLiteral("lars.johansson@contoso.com"),
                               QStringLiteral("elena.petrova@contoso.com"),
                               QStringLiteral("grace.whitfield@contoso.com"),
                               QStringLiteral("adaeze.okafor@contoso.com")};

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kNoExchangeRole = QStringLiteral("marcus.lindqvist@contoso.com"); // Cloud Application Administrator only
const QString kHannah = QStringLiteral("hannah.weiss@contoso.com"); // in no mail-enabled security group
const QString kAisha = QStringLiteral("aisha.rahman@contoso.com"); // CRM Mailbox Access → Sales Operations → Aisha

} // namespace

class TestCliPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listShowsAppAndGroupNames();
    void newRestrictThenTestMatrixRemove();
    void explainShowsGroupPathAndRule();
    void dryRunAndNoConfirmationChangeNothing();
    void newUsageErrors();
    void newCreatesGroupWithMembers();
    void testUnknownMailboxOrAppIsNotFound();
    void removeUnknownPolicyIsNotFound();
    void noExchangeRoleIsPermissionDenied();
    void nothingSecretWasPrinted();

private:
    QStringList cli(const QStringList& args) const { return m_sandbox.connectionOptions() + args; }
    CliRunner::Run run(const QStringList& args) { return runAs(m_cli, m_admin, args); }
    CliRunner::Run runAs(const CliRunner& runner, const QByteArray& graphToken, const QStringList& args)
    {
        const CliRunner::Run r = runner.run(cli(args), graphToken);
        m_output += r.all();
        return r;
    }
    static QJsonArray jsonRows(const CliRunner::Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }
    static QJsonObject jsonObject(const CliRunner::Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
    // CSV as header-keyed rows (the sandbox's names hold no commas or quotes in the columns read here).
    static QList<QHash<QString, QString>> csvRows(const QString& csv);

    QByteArray token(const QString& upn, const QString& resource) const;
    // Exchange as the tests see it: one cmdlet over InvokeCommand with the admin's Exchange token.
    QJsonArray exchange(const QString& cmdlet, const QJsonObject& parameters = {}, int* status = nullptr) const;
    QJsonArray policiesOf(const QString& appId) const;

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    CliRunner m_noRole; // another home: its own journal, the Exchange token of an account without an Exchange role
    TenantHttp m_http;
    QByteArray m_admin;
    QByteArray m_adminExchange;
    QByteArray m_noRoleGraph;
    QByteArray m_noRoleExchange;
    QString m_output;
};

QByteArray TestCliPolicy::token(const QString& upn, const QString& resource) const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url = m_sandbox.baseUrl();
    url.setPath(QStringLiteral("/_sandbox/token"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("upn"), upn);
    query.addQueryItem(QStringLiteral("resource"), resource);
    url.setQuery(query);
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        done.wait(10000);
    }
    const QByteArray value = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();
    reply->deleteLater();
    return value;
}

QJsonArray TestCliPolicy::exchange(const QString& cmdlet, const QJsonObject& parameters, int* status) const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/adminapi/beta/")
                                 + QLatin1String(SandboxProcess::Tenant) + QStringLiteral("/InvokeCommand")));
    request.setRawHeader("Authorization", "Bearer " + m_adminExchange);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body {
        {QStringLiteral("CmdletInput"),
         QJsonObject {{QStringLiteral("CmdletName"), cmdlet}, {QStringLiteral("Parameters"), parameters}}}};
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        done.wait(30000);
    }
    if (status) {
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    const QJsonArray rows = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("value")).toArray();
    reply->deleteLater();
    return rows;
}

QJsonArray TestCliPolicy::policiesOf(const QString& appId) const
{
    QJsonArray mine;
    for (const auto& v : exchange(QStringLiteral("Get-ApplicationAccessPolicy"))) {
        if (v.toObject().value(QStringLiteral("AppId")).toString().compare(appId, Qt::CaseInsensitive) == 0) {
            mine.append(v);
        }
    }
    return mine;
}

QList<QHash<QString, QString>> TestCliPolicy::csvRows(const QString& csv)
{
    QList<QHash<QString, QString>> rows;
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        return rows;
    }
    const QStringList header = lines.first().split(QLatin1Char(','));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // Only the leading columns are read; a quoted last column may hold commas.
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < cells.size(); ++c) {
            row.insert(header.at(c), cells.at(c));
        }
        rows.append(row);
    }
    return rows;
}

void TestCliPolicy::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid() && m_noRole.isValid());
    m_admin = m_sandbox.token(kAdmin);
    m_adminExchange = token(kAdmin, QStringLiteral("exchange"));
    m_noRoleGraph = m_sandbox.token(kNoExchangeRole);
    m_noRoleExchange = token(kNoExchangeRole, QStringLiteral("exchange"));
    QVERIFY(!m_admin.isEmpty() && !m_adminExchange.isEmpty() && !m_noRoleGraph.isEmpty()
            && !m_noRoleExchange.isEmpty());
    QVERIFY(!m_sandbox.roleNames(kNoExchangeRole).isEmpty()); // a real admin, only not of Exchange
    for (const QString& role : m_sandbox.roleNames(kNoExchangeRole)) {
        QVERIFY(!role.contains(QLatin1String("Exchange")) && role != QLatin1String("Global Administrator")
                && role != QLatin1String("Global Reader"));
    }
    m_cli.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"), QString::fromLatin1(m_adminExchange));
    m_noRole.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"), QString::fromLatin1(m_noRoleExchange));
    m_http = TenantHttp(m_sandbox.baseUrl(), m_admin);
}

void TestCliPolicy::init()
{
    QCOMPARE(m_http.control(QStringLiteral("/_sandbox/reset")).value(QStringLiteral("reset")).toBool(), true);
}

void TestCliPolicy::listShowsAppAndGroupNames()
{
    const CliRunner::Run r
        = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("policy"), QStringLiteral("list")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray rows = jsonRows(r);
    QCOMPARE(rows.size(), exchange(QStringLiteral("Get-ApplicationAccessPolicy")).size());
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("AppId")).toString(), kNorthwindApp);
    QCOMPARE(row.value(QStringLiteral("App")).toString(), QStringLiteral("Northwind CRM")); // from Graph
    QCOMPARE(row.value(QStringLiteral("Scope")).toString(), QStringLiteral("CRM Mailbox Access"));
    QCOMPARE(row.value(QStringLiteral("ScopeObjectId")).toString(),
             QStringLiteral("83efebbd-92b0-447a-adf5-80751a690f23")); // the Entra group
    QCOMPARE(row.value(QStringLiteral("ScopeKind")).toString(), QStringLiteral("MailEnabledSecurityGroup"));
    QCOMPARE(row.value(QStringLiteral("AccessRight")).toString(), QStringLiteral("RestrictAccess"));
    QVERIFY(row.value(QStringLiteral("Identity")).toString().contains(kNorthwindApp));
    QVERIFY(row.value(QStringLiteral("Warnings")).toArray().isEmpty());
    QVERIFY2(!r.err.contains(QLatin1String("RBAC for Applications")), qPrintable(r.err)); // json: data only

    // Table: for people, with Microsoft's deprecation note on stderr; --app by display name filters.
    const CliRunner::Run table = run({QStringLiteral("policy"), QStringLiteral("list")});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(QLatin1String("Northwind CRM"))
            && table.out.contains(QLatin1String("CRM Mailbox Access")));
    QVERIFY2(table.err.contains(QLatin1String("RBAC for Applications")), qPrintable(table.err));
    const CliRunner::Run none = run({QStringLiteral("--format"),
                                     QStringLiteral("csv"),
                                     QStringLiteral("policy"),
                                     QStringLiteral("list"),
                                     QStringLiteral("--app"),
                                     kCoho});
    QCOMPARE(none.code, 0);
    QCOMPARE(csvRows(none.out).size(), 0);
    QVERIFY(none.out.startsWith(QLatin1String("Identity,AppId,App,Scope,ScopeObjectId,ScopeKind,AccessRight")));
}

void TestCliPolicy::newRestrictThenTestMatrixRemove()
{
    QCOMPARE(policiesOf(kCohoApp).size(), 0);
    const CliRunner::Run made = run({QStringLiteral("--format"),
                                     QStringLiteral("json"),
                                     QStringLiteral("policy"),
                                     QStringLiteral("new"),
                                     QStringLiteral("--app"),
                                     kCoho,
                                     QStringLiteral("--group"),
                                     kExecutiveTeam,
                                     QStringLiteral("--access"),
                                     QStringLiteral("restrict"),
                                     QStringLiteral("--description"),
                                     QStringLiteral("Signatures for the executives"),
                                     QStringLiteral("--yes")});
    QVERIFY2(made.code == 0, qPrintable(made.all()));
    // In Exchange: exactly the policy asked for.
    const QJsonArray inTenant = policiesOf(kCohoApp);
    QCOMPARE(inTenant.size(), 1);
    const QJsonObject policy = inTenant.first().toObject();
    QCOMPARE(policy.value(QStringLiteral("ScopeName")).toString(), kExecutiveTeam);
    QCOMPARE(policy.value(QStringLiteral("AccessRight")).toString(), QStringLiteral("RestrictAccess"));
    QCOMPARE(policy.value(QStringLiteral("Description")).toString(), QStringLiteral("Signatures for the executives"));
    const QString identity = policy.value(QStringLiteral("Identity")).toString();

    // The result names the operation and the automatic tests: a member granted, a non-member denied, both agreeing.
    const QJsonObject result = jsonObject(made);
    const QString createOperation = result.value(QStringLiteral("operationId")).toString();
    QVERIFY(!createOperation.isEmpty());
    QCOMPARE(result.value(QStringLiteral("succeeded")).toInt(), 1);
    const QJsonArray tests = result.value(QStringLiteral("tests")).toArray();
    QCOMPARE(tests.size(), 2);
    for (const auto& v : tests) {
        const QJsonObject t = v.toObject();
        const bool member = t.value(QStringLiteral("role")).toString() == QLatin1String("member");
        const QString mailbox
            = t.value(QStringLiteral("mailbox")).toObject().value(QStringLiteral("primarySmtpAddress")).toString();
        QCOMPARE(kExecutives.contains(mailbox, Qt::CaseInsensitive), member);
        QCOMPARE(t.value(QStringLiteral("exchange")).toObject().value(QStringLiteral("accessCheckResult")).toString(),
                 member ? QStringLiteral("Granted") : QStringLiteral("Denied"));
        QCOMPARE(t.value(QStringLiteral("agreement")).toString(), QStringLiteral("agree"));
    }

    // list shows it with the names resolved.
    const CliRunner::Run listed = run({QStringLiteral("--format"),
                                       QStringLiteral("json"),
                                       QStringLiteral("policy"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--app"),
                                       kCohoApp});
    QCOMPARE(listed.code, 0);
    QCOMPARE(jsonRows(listed).size(), 1);
    const QJsonObject row = jsonRows(listed).first().toObject();
    QCOMPARE(row.value(QStringLiteral("Identity")).toString(), identity);
    QCOMPARE(row.value(QStringLiteral("App")).toString(), kCoho);
    QCOMPARE(row.value(QStringLiteral("Scope")).toString(), kExecutiveTeam);
    QCOMPARE(row.value(QStringLiteral("ScopeKind")).toString(), QStringLiteral("MailEnabledSecurityGroup"));

    // test: a member Granted, a non-member Denied; Exchange and the directory agree; a query exits 0 either way.
    for (const auto& [user, expected] :
         {std::pair {kExecutives.first(), QStringLiteral("Granted")}, std::pair {kHannah, QStringLiteral("Denied")}}) {
        const CliRunner::Run t = run({QStringLiteral("--format"),
                                      QStringLiteral("json"),
                                      QStringLiteral("policy"),
                                      QStringLiteral("test"),
                                      QStringLiteral("--app"),
                                      kCoho,
                                      QStringLiteral("--user"),
                                      user});
        QVERIFY2(t.code == 0, qPrintable(t.all()));
        const QJsonObject answer = jsonRows(t).first().toObject();
        QCOMPARE(answer.value(QStringLiteral("Exchange")).toString(), expected);
        QCOMPARE(answer.value(QStringLiteral("Directory")).toString(), expected);
        QCOMPARE(answer.value(QStringLiteral("Agreement")).toString(), QStringLiteral("agree"));
        QCOMPARE(answer.value(QStringLiteral("Mailbox")).toString(), user);
    }

    // matrix: every member Granted, the sampled non-members Denied; CSV and JSON parse.
    const CliRunner::Run csv = run({QStringLiteral("--format"),
                                    QStringLiteral("csv"),
                                    QStringLiteral("policy"),
                                    QStringLiteral("matrix"),
                                    QStringLiteral("--app"),
                                    kCoho,
                                    QStringLiteral("--sample"),
                                    QStringLiteral("3")});
    QVERIFY2(csv.code == 0, qPrintable(csv.all()));
    QVERIFY(csv.out.startsWith(QLatin1String("Mailbox,DisplayName,InScope,Exchange,Directory,Agreement,Rule,Why\r\n")));
    const auto rows = csvRows(csv.out);
    QCOMPARE(rows.size(), kExecutives.size() + 3);
    QStringList members;
    for (const auto& r : rows) {
        const bool inScope = r.value(QStringLiteral("InScope")) == QLatin1String("yes");
        if (inScope) {
            members.append(r.value(QStringLiteral("Mailbox")));
        }
        QCOMPARE(kExecutives.contains(r.value(QStringLiteral("Mailbox")), Qt::CaseInsensitive), inScope);
        QCOMPARE(r.value(QStringLiteral("Exchange")), inScope ? QStringLiteral("Granted") : QStringLiteral("Denied"));
        QCOMPARE(r.value(QStringLiteral("Directory")), r.value(QStringLiteral("Exchange")));
        QCOMPARE(r.value(QStringLiteral("Agreement")), QStringLiteral("agree"));
    }
    QCOMPARE(members.size(), kExecutives.size());
    const CliRunner::Run json = run({QStringLiteral("--format"),
                                     QStringLiteral("json"),
                                     QStringLiteral("policy"),
                                     QStringLiteral("matrix"),
                                     QStringLiteral("--app"),
                                     kCohoApp,
                                     QStringLiteral("--sample"),
                                     QStringLiteral("1")});
    QVERIFY2(json.code == 0, qPrintable(json.all()));
    const QJsonArray matrix = jsonRows(json);
    QCOMPARE(matrix.size(), kExecutives.size() + 1);
    QCOMPARE(matrix.last().toObject().value(QStringLiteral("InScope")).toString(), QStringLiteral("no"));
    QCOMPARE(matrix.last().toObject().value(QStringLiteral("Exchange")).toString(), QStringLiteral("Denied"));

    // remove: shown, confirmed with --yes, gone from Exchange; a second remove finds nothing.
    const CliRunner::Run removed
        = run({QStringLiteral("policy"), QStringLiteral("remove"), identity, QStringLiteral("--yes")});
    QVERIFY2(removed.code == 0, qPrintable(removed.all()));
    QVERIFY(removed.out.contains(kCoho) && removed.out.contains(kExecutiveTeam)
            && removed.out.contains(QLatin1String("RestrictAccess")));
    // Before it is removed, the plan says what it means: the app's only RestrictAccess policy goes (as in the GUI).
    QVERIFY2(
        removed.out.contains(QStringLiteral("This is %1's only RestrictAccess policy: after removing it, %1 reaches "
                                            "every mailbox in the tenant again with MailboxSettings.ReadWrite.")
                                 .arg(kCoho)),
        qPrintable(removed.out));
    QCOMPARE(policiesOf(kCohoApp).size(), 0);
    const CliRunner::Run gone = run({QStringLiteral("--format"),
                                     QStringLiteral("json"),
                                     QStringLiteral("policy"),
                                     QStringLiteral("list"),
                                     QStringLiteral("--app"),
                                     kCoho});
    QCOMPARE(gone.code, 0);
    QCOMPARE(jsonRows(gone).size(), 0);
    const CliRunner::Run again
        = run({QStringLiteral("policy"), QStringLiteral("remove"), identity, QStringLiteral("--yes")});
    QCOMPARE(again.code, 5);
    // Without a restriction the app reaches every mailbox again.
    const CliRunner::Run open = run({QStringLiteral("--format"),
                                     QStringLiteral("json"),
                                     QStringLiteral("policy"),
                                     QStringLiteral("test"),
                                     QStringLiteral("--app"),
                                     kCoho,
                                     QStringLiteral("--user"),
                                     kHannah});
    QCOMPARE(open.code, 0);
    QCOMPARE(jsonRows(open).first().toObject().value(QStringLiteral("Exchange")).toString(), QStringLiteral("Granted"));

    // The journal has both writes, succeeded, as `journal list` shows them.
    const CliRunner::Run journal
        = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("journal"), QStringLiteral("list")});
    QVERIFY2(journal.code == 0, qPrintable(journal.all()));
    QStringList actions;
    for (const auto& v : jsonRows(journal)) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("Action")).toString().startsWith(QLatin1String("exchange.accessPolicy."))
            && e.value(QStringLiteral("Summary")).toString().contains(kCoho)
            && e.value(QStringLiteral("Summary")).toString().contains(kExecutiveTeam)) {
            QCOMPARE(e.value(QStringLiteral("Outcome")).toString(), QStringLiteral("Succeeded"));
            QCOMPARE(e.value(QStringLiteral("Actor")).toString(), kAdmin);
            actions.append(e.value(QStringLiteral("Action")).toString());
            if (actions.size() == 1) {
                QCOMPARE(e.value(QStringLiteral("OperationId")).toString(), createOperation);
            }
        }
    }
    QCOMPARE(
        actions,
        QStringList({QStringLiteral("exchange.accessPolicy.create"), QStringLiteral("exchange.accessPolicy.delete")}));
}

void TestCliPolicy::explainShowsGroupPathAndRule()
{
    const QStringList args {QStringLiteral("policy"),
                            QStringLiteral("explain"),
                            QStringLiteral("--app"),
                            QStringLiteral("Northwind CRM"),
                            QStringLiteral("--user"),
                            kAisha};
    const CliRunner::Run r = run(args);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    // Aisha is in CRM Mailbox Access through the nested Sales Operations group.
    QVERIFY2(r.out.contains(QStringLiteral("CRM Mailbox Access → Sales Operations → Aisha Rahman")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("restrictMatched")));
    QVERIFY(r.out.contains(QLatin1String("Granted: the RestrictAccess policy")));
    QVERIFY(r.out.contains(QLatin1String("Agreement:  agree")));

    const CliRunner::Run json = run(QStringList {QStringLiteral("--format"), QStringLiteral("json")} + args);
    QVERIFY2(json.code == 0, qPrintable(json.all()));
    const QJsonObject check = jsonObject(json);
    const QJsonObject local = check.value(QStringLiteral("local")).toObject();
    QCOMPARE(local.value(QStringLiteral("rule")).toString(), QStringLiteral("restrictMatched"));
    QCOMPARE(local.value(QStringLiteral("result")).toString(), QStringLiteral("Granted"));
    const QJsonArray policies = local.value(QStringLiteral("policies")).toArray();
    QCOMPARE(policies.size(), 1);
    QCOMPARE(policies.first().toObject().value(QStringLiteral("path")).toArray().toVariantList(),
             QVariantList({QStringLiteral("CRM Mailbox Access"),
                           QStringLiteral("Sales Operations"),
                           QStringLiteral("Aisha Rahman")}));
    QCOMPARE(check.value(QStringLiteral("exchange")).toObject().value(QStringLiteral("accessCheckResult")).toString(),
             QStringLiteral("Granted"));
    QCOMPARE(check.value(QStringLiteral("agreement")).toString(), QStringLiteral("agree"));

    // A mailbox outside the scope: denied by the RestrictAccess rule, and said so.
    const CliRunner::Run outside = run({QStringLiteral("policy"),
                                        QStringLiteral("explain"),
                                        QStringLiteral("--app"),
                                        kNorthwindApp,
                                        QStringLiteral("--user"),
                                        kHannah});
    QCOMPARE(outside.code, 0);
    QVERIFY(outside.out.contains(QLatin1String("restrictNotMatched")));
    QVERIFY(outside.out.contains(QLatin1String("does not hold the mailbox")));
}

void TestCliPolicy::dryRunAndNoConfirmationChangeNothing()
{
    const QStringList args {QStringLiteral("policy"),
                            QStringLiteral("new"),
                            QStringLiteral("--app"),
                            kCoho,
                            QStringLiteral("--group"),
                            kExecutiveTeam,
                            QStringLiteral("--access"),
                            QStringLiteral("deny")};
    const CliRunner::Run dry = run(args + QStringList {QStringLiteral("--dry-run")});
    QVERIFY2(dry.code == 0, qPrintable(dry.all()));
    // The plan with its PowerShell and what the policy limits for this app (its application permissions).
    QVERIFY(dry.out.contains(QLatin1String("New-ApplicationAccessPolicy -AccessRight DenyAccess -AppId '") + kCohoApp));
    QVERIFY(dry.out.contains(QLatin1String("MailboxSettings.ReadWrite")));
    QVERIFY(dry.out.contains(QLatin1String("User.Read.All")));
    QVERIFY(dry.err.contains(QLatin1String("Dry run: nothing was changed.")));
    // No --yes and no terminal (ctest's stdin): refused before anything is sent.
    const CliRunner::Run unconfirmed = run(args);
    QCOMPARE(unconfirmed.code, 2);
    QVERIFY(unconfirmed.err.contains(QLatin1String("--yes")));
    QCOMPARE(policiesOf(kCohoApp).size(), 0);
}

void TestCliPolicy::newUsageErrors()
{
    const QStringList base {QStringLiteral("policy"), QStringLiteral("new"), QStringLiteral("--app"), kCoho};
    const CliRunner::Run badAccess = run(base
                                         + QStringList {QStringLiteral("--group"),
                                                        kExecutiveTeam,
                                                        QStringLiteral("--access"),
                                                        QStringLiteral("readonly"),
                                                        QStringLiteral("--yes")});
    QCOMPARE(badAccess.code, 2);
    QVERIFY2(badAccess.err.contains(QLatin1String("--access must be restrict or deny")), qPrintable(badAccess.err));
    const CliRunner::Run noGroup = run(base + QStringList {QStringLiteral("--access"), QStringLiteral("restrict")});
    QCOMPARE(noGroup.code, 2);
    // A group that is not there: 5, with the way to create it.
    const CliRunner::Run missing = run(base
                                       + QStringList {QStringLiteral("--group"),
                                                      QStringLiteral("No Such Group"),
                                                      QStringLiteral("--access"),
                                                      QStringLiteral("restrict"),
                                                      QStringLiteral("--yes")});
    QCOMPARE(missing.code, 5);
    QVERIFY(missing.err.contains(QLatin1String("--create-group")));
    // RestrictAccess on a group that would have no member denies every mailbox: refused, nothing created.
    const CliRunner::Run empty = run(base
                                     + QStringList {QStringLiteral("--group"),
                                                    QStringLiteral("Nobody Yet"),
                                                    QStringLiteral("--create-group"),
                                                    QStringLiteral("--access"),
                                                    QStringLiteral("restrict"),
                                                    QStringLiteral("--yes")});
    QCOMPARE(empty.code, 2);
    QVERIFY2(empty.err.contains(QLatin1String("denies the app every mailbox")), qPrintable(empty.err));
    QCOMPARE(policiesOf(kCohoApp).size(), 0);
    // An unknown app: 5.
    const CliRunner::Run noApp = run({QStringLiteral("policy"),
                                      QStringLiteral("new"),
                                      QStringLiteral("--app"),
                                      QStringLiteral("No Such App"),
                                      QStringLiteral("--group"),
                                      kExecutiveTeam,
                                      QStringLiteral("--access"),
                                      QStringLiteral("restrict"),
                                      QStringLiteral("--yes")});
    QCOMPARE(noApp.code, 5);
    QCOMPARE(policiesOf(kCohoApp).size(), 0);
}

void TestCliPolicy::newCreatesGroupWithMembers()
{
    const CliRunner::Run r = run({QStringLiteral("policy"),
                                  QStringLiteral("new"),
                                  QStringLiteral("--app"),
                                  kCohoApp,
                                  QStringLiteral("--group"),
                                  QStringLiteral("Coho Signature Scope"),
                                  QStringLiteral("--create-group"),
                                  QStringLiteral("--add-member"),
                                  kHannah,
                                  QStringLiteral("--access"),
                                  QStringLiteral("restrict"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    // The group in Exchange, a mail-enabled security group holding Hannah; the policy on it.
    const QJsonArray group = exchange(QStringLiteral("Get-DistributionGroup"),
                                      {{QStringLiteral("Identity"), QStringLiteral("Coho Signature Scope")}});
    QCOMPARE(group.size(), 1);
    QCOMPARE(group.first().toObject().value(QStringLiteral("RecipientTypeDetails")).toString(),
             QStringLiteral("MailUniversalSecurityGroup"));
    const QJsonArray members = exchange(QStringLiteral("Get-DistributionGroupMember"),
                                        {{QStringLiteral("Identity"), QStringLiteral("Coho Signature Scope")}});
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().toObject().value(QStringLiteral("PrimarySmtpAddress")).toString(), kHannah);
    QCOMPARE(policiesOf(kCohoApp).size(), 1);
    // The automatic tests printed for people: Hannah (the member) granted, someone else denied.
    QVERIFY2(r.out.contains(QStringLiteral("member     %1: Exchange Granted, directory Granted — agree").arg(kHannah)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("non-member"))
                 && r.out.contains(QLatin1String("Exchange Denied, directory Denied")),
             qPrintable(r.out));
    // --create-group for a group that exists now: refused before anything is sent.
    const CliRunner::Run twice = run({QStringLiteral("policy"),
                                      QStringLiteral("new"),
                                      QStringLiteral("--app"),
                                      kCohoApp,
                                      QStringLiteral("--group"),
                                      QStringLiteral("Coho Signature Scope"),
                                      QStringLiteral("--create-group"),
                                      QStringLiteral("--access"),
                                      QStringLiteral("deny"),
                                      QStringLiteral("--yes")});
    QCOMPARE(twice.code, 2);
    QCOMPARE(policiesOf(kCohoApp).size(), 1);
}

void TestCliPolicy::testUnknownMailboxOrAppIsNotFound()
{
    const CliRunner::Run mailbox = run({QStringLiteral("policy"),
                                        QStringLiteral("test"),
                                        QStringLiteral("--app"),
                                        kNorthwindApp,
                                        QStringLiteral("--user"),
                                        QStringLiteral("nobody@contoso.com")});
    QCOMPARE(mailbox.code, 5);
    QVERIFY(mailbox.err.contains(QLatin1String("nobody@contoso.com")));
    const CliRunner::Run app = run({QStringLiteral("policy"),
                                    QStringLiteral("test"),
                                    QStringLiteral("--app"),
                                    QStringLiteral("00000000-1111-2222-3333-444444444444"),
                                    QStringLiteral("--user"),
                                    kHannah});
    QCOMPARE(app.code, 5);
    const CliRunner::Run usage
        = run({QStringLiteral("policy"), QStringLiteral("test"), QStringLiteral("--app"), kNorthwindApp});
    QCOMPARE(usage.code, 2);
}

void TestCliPolicy::removeUnknownPolicyIsNotFound()
{
    const CliRunner::Run r = run({QStringLiteral("policy"),
                                  QStringLiteral("remove"),
                                  QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f\\%1:S-1-5-21-1-2-3-4;"
                                                 "00000000-0000-0000-0000-000000000001")
                                      .arg(kCohoApp),
                                  QStringLiteral("--yes")});
    QCOMPARE(r.code, 5);
    QVERIFY(r.err.contains(QLatin1String("policy list")));
    QCOMPARE(run({QStringLiteral("policy"), QStringLiteral("remove")}).code, 2);
    QCOMPARE(exchange(QStringLiteral("Get-ApplicationAccessPolicy")).size(), 1); // the fixture's, untouched
}

void TestCliPolicy::noExchangeRoleIsPermissionDenied()
{
    // Reading: Exchange answers a 403 without a body; the CLI says which role to ask for.
    const CliRunner::Run list = runAs(m_noRole, m_noRoleGraph, {QStringLiteral("policy"), QStringLiteral("list")});
    QCOMPARE(list.code, 4);
    QVERIFY2(list.err.contains(QLatin1String("Exchange Administrator"))
                 && list.err.contains(QLatin1String("Organization Management")),
             qPrintable(list.err));
    QVERIFY(!list.err.contains(QChar(0))); // not the body
    const CliRunner::Run test = runAs(m_noRole,
                                      m_noRoleGraph,
                                      {QStringLiteral("policy"),
                                       QStringLiteral("test"),
                                       QStringLiteral("--app"),
                                       kNorthwindApp,
                                       QStringLiteral("--user"),
                                       kHannah});
    QCOMPARE(test.code, 4);
    // Writing: refused with the same words, nothing created.
    const CliRunner::Run made = runAs(m_noRole,
                                      m_noRoleGraph,
                                      {QStringLiteral("policy"),
                                       QStringLiteral("new"),
                                       QStringLiteral("--app"),
                                       kCoho,
                                       QStringLiteral("--group"),
                                       kExecutiveTeam,
                                       QStringLiteral("--access"),
                                       QStringLiteral("restrict"),
                                       QStringLiteral("--yes")});
    QCOMPARE(made.code, 4);
    QVERIFY(made.err.contains(QLatin1String("Exchange Administrator")));
    QCOMPARE(policiesOf(kCohoApp).size(), 0);
    const CliRunner::Run removed = runAs(m_noRole,
                                         m_noRoleGraph,
                                         {QStringLiteral("policy"),
                                          QStringLiteral("remove"),
                                          exchange(QStringLiteral("Get-ApplicationAccessPolicy"))
                                              .first()
                                              .toObject()
                                              .value(QStringLiteral("Identity"))
                                              .toString(),
                                          QStringLiteral("--yes")});
    QCOMPARE(removed.code, 4);
    QCOMPARE(exchange(QStringLiteral("Get-ApplicationAccessPolicy")).size(), 1);
    for (const CliRunner::Run* r : {&list, &test, &made, &removed}) {
        QCOMPARE(CliRunner::secretShapeIn(r->all()), QString());
        QVERIFY(!r->all().contains(QString::fromLatin1(m_noRoleExchange)));
    }
}

void TestCliPolicy::nothingSecretWasPrinted()
{
    QVERIFY(!m_output.isEmpty());
    for (const QByteArray& token : {m_admin, m_adminExchange, m_noRoleGraph, m_noRoleExchange}) {
        QVERIFY2(!m_output.contains(QString::fromLatin1(token)), "a token was printed");
    }
    QCOMPARE(CliRunner::secretShapeIn(m_output), QString());
    const QByteArray disk = m_cli.filesOnDisk() + m_noRole.filesOnDisk();
    QVERIFY(!disk.contains(m_admin) && !disk.contains(m_adminExchange) && !disk.contains(m_noRoleExchange));
}

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "TestCliPolicy.moc"
