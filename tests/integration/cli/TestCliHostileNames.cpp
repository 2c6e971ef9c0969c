// Issue 12.1 and 12.3 through the real consentdesk-cli against the sandbox executable: apps whose publishers chose
// hostile names (line breaks PowerShell honours, quotes, terminal escape sequences that write the clipboard or clear
// the screen, C1 controls, bidi overrides) filed as consent requests through /_sandbox/consent-requests, and an
// Exchange group named the same way. Whatever the CLI prints — tables, JSON, CSV, plans, the PowerShell of a dry run,
// notes and errors — carries no control a terminal acts on, JSON and CSV keep the names, and every PowerShell line
// is exactly one command.
#include "CliRunner.h"
#include "HostileText.h"
#include "PowerShellShape.h"
#include "SandboxProcess.h"
#include "TenantHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace {

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kRequester = QStringLiteral("hannah.weiss@contoso.com");
const QString kCohoApp = QStringLiteral("600cec8d-d27b-4389-908c-e0264546ea50"); // mailbox permissions, no policy
const QString kMember = QStringLiteral("aisha.rahman@contoso.com");

QList<QPair<QString, QString>> allNames()
{
    return HostileText::powerShellNames() + HostileText::terminalNames();
}

// Line ends (LF, and CRLF, which CSV uses and the filter cannot tell from a name's) overwrite nothing; anything else
// a terminal acts on fails the test.
void verifyTerminalSafe(const CliRunner::Run& r)
{
    QString which;
    const QString out = QString(r.out).remove(QStringLiteral("\r\n"));
    QVERIFY2(!HostileText::hasTerminalControl(out, &which),
             qPrintable(which + QStringLiteral(" on stdout:\n") + r.out));
    QVERIFY2(!HostileText::hasTerminalControl(r.err, &which),
             qPrintable(which + QStringLiteral(" on stderr:\n") + r.err));
}

// The PowerShell a run printed: "PS> " lines and the script after "… PowerShell equivalent:".
QString powerShellOf(const QString& out)
{
    QStringList script;
    const QStringList lines = out.split(QLatin1Char('\n'));
    bool inScript = false;
    for (const QString& line : lines) {
        if (line.endsWith(QLatin1String("PowerShell equivalent:"))) {
            inScript = true;
            continue;
        }
        if (inScript) {
            script.append(line);
        } else if (line.trimmed().startsWith(QLatin1String("PS> "))) {
            script.append(line.trimmed());
        }
    }
    return script.join(QLatin1Char('\n'));
}

} // namespace

class TestCliHostileNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void requestListInEveryFormat();
    void requestShowGrantAndBlock_data();
    void requestShowGrantAndBlock();
    void grantsListOfAnAppCreatedWithAHostileName();
    void errorsEchoNoControls();
    void planLinesCannotBeForged_data();
    void planLinesCannotBeForged();
    void exchangeGroupWithAHostileName_data();
    void exchangeGroupWithAHostileName();

private:
    QStringList cli(const QStringList& args) const { return m_sandbox.connectionOptions() + args; }
    CliRunner::Run run(const QStringList& args) const { return m_cli.run(cli(args), m_admin); }
    // POST /_sandbox/consent-requests for a new app named `name`: the request id and the app id.
    QPair<QString, QString> fileRequest(const QString& name) const;
    QJsonObject post(const QUrl& url, const QJsonObject& body, const QByteArray& token = {}) const;
    QJsonArray exchange(const QString& cmdlet, const QJsonObject& parameters) const;
    QByteArray token(const QString& upn, const QString& resource) const;

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    TenantHttp m_http;
    QByteArray m_admin;
    QByteArray m_adminExchange;
};

void TestCliHostileNames::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid());
    m_admin = m_sandbox.token(kAdmin);
    m_adminExchange = token(kAdmin, QStringLiteral("exchange"));
    QVERIFY(!m_admin.isEmpty() && !m_adminExchange.isEmpty());
    m_cli.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"), QString::fromLatin1(m_adminExchange));
    m_http = TenantHttp(m_sandbox.baseUrl(), m_admin);
}

void TestCliHostileNames::init()
{
    QCOMPARE(m_http.control(QStringLiteral("/_sandbox/reset")).value(QStringLiteral("reset")).toBool(), true);
}

QJsonObject TestCliHostileNames::post(const QUrl& url, const QJsonObject& body, const QByteArray& token) const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        done.wait(30000);
    }
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

QPair<QString, QString> TestCliHostileNames::fileRequest(const QString& name) const
{
    const QString appId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject made
        = post(QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/_sandbox/consent-requests")),
               {{QStringLiteral("appId"), appId},
                {QStringLiteral("appDisplayName"), name},
                {QStringLiteral("scopes"), QJsonArray {QStringLiteral("User.Read"), QStringLiteral("Mail.Read")}},
                {QStringLiteral("userPrincipalName"), kRequester},
                {QStringLiteral("reason"), name}});
    return {made.value(QStringLiteral("appConsentRequest")).toObject().value(QStringLiteral("id")).toString(), appId};
}

QJsonArray TestCliHostileNames::exchange(const QString& cmdlet, const QJsonObject& parameters) const
{
    const QJsonObject answer
        = post(QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/adminapi/beta/")
                    + QLatin1String(SandboxProcess::Tenant) + QStringLiteral("/InvokeCommand")),
               {{QStringLiteral("CmdletInput"),
                 QJsonObject {{QStringLiteral("CmdletName"), cmdlet}, {QStringLiteral("Parameters"), parameters}}}},
               m_adminExchange);
    return answer.value(QStringLiteral("value")).toArray();
}

QByteArray TestCliHostileNames::token(const QString& upn, const QString& resource) const
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

// Every hostile app in one queue: the table reaches no terminal control, JSON gives each name back exactly, CSV
// keeps it without controls.
void TestCliHostileNames::requestListInEveryFormat()
{
    QHash<QString, QString> nameOfApp;
    for (const auto& [label, name] : allNames()) {
        const auto [id, appId] = fileRequest(name);
        QVERIFY2(!id.isEmpty(), qPrintable(label));
        nameOfApp.insert(appId, name);
    }
    const CliRunner::Run table = run({QStringLiteral("requests"), QStringLiteral("list")});
    QVERIFY2(table.code == 0, qPrintable(table.all()));
    verifyTerminalSafe(table);
    QVERIFY(table.out.count(QLatin1String("Helper")) >= 10);
    QVERIFY(table.out.contains(QLatin1String("]52;c;"))); // the text of the sequence is shown, its ESC is not

    const CliRunner::Run json
        = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("requests"), QStringLiteral("list")});
    QVERIFY2(json.code == 0, qPrintable(json.all()));
    verifyTerminalSafe(json);
    int found = 0;
    for (const QJsonValue& row : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
        const QString appId = row.toObject().value(QStringLiteral("AppId")).toString();
        if (nameOfApp.contains(appId)) {
            QCOMPARE(row.toObject().value(QStringLiteral("App")).toString(), nameOfApp.value(appId));
            ++found;
        }
    }
    QCOMPARE(found, nameOfApp.size());

    const CliRunner::Run csv
        = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("requests"), QStringLiteral("list")});
    QVERIFY2(csv.code == 0, qPrintable(csv.all()));
    verifyTerminalSafe(csv);
    for (const QString& appId : nameOfApp.keys()) {
        QVERIFY(csv.out.contains(appId));
    }
}

void TestCliHostileNames::requestShowGrantAndBlock_data()
{
    QTest::addColumn<QString>("name");
    for (const auto& [label, name] : allNames()) {
        QTest::newRow(qPrintable(label)) << name;
    }
}

// `requests grant ID --dry-run` printed "Start-Process calc.exe # (appId …) in this tenant" as a line of its own
// for an app named "Helper\rStart-Process calc.exe #".
void TestCliHostileNames::requestShowGrantAndBlock()
{
    QFETCH(QString, name);
    const auto [id, appId] = fileRequest(name);
    QVERIFY(!id.isEmpty());

    const CliRunner::Run show = run({QStringLiteral("requests"), QStringLiteral("show"), id});
    QVERIFY2(show.code == 0, qPrintable(show.all()));
    verifyTerminalSafe(show);

    for (const QString& verb : {QStringLiteral("grant"), QStringLiteral("block")}) {
        const CliRunner::Run dry = run({QStringLiteral("requests"), verb, id, QStringLiteral("--dry-run")});
        QVERIFY2(dry.code == 0, qPrintable(dry.all()));
        verifyTerminalSafe(dry);
        const QString script = powerShellOf(dry.out);
        QVERIFY2(script.contains(QLatin1String("New-MgServicePrincipal")), qPrintable(dry.out));
        const QStringList problems = PowerShellShape::problems(script);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + QStringLiteral("\n---\n") + script));
        // The JSON plan keeps the name exactly.
        const CliRunner::Run json = run({QStringLiteral("--format"),
                                         QStringLiteral("json"),
                                         QStringLiteral("requests"),
                                         verb,
                                         id,
                                         QStringLiteral("--dry-run")});
        QVERIFY2(json.code == 0, qPrintable(json.all()));
        verifyTerminalSafe(json);
        QVERIFY2(json.out.contains(QLatin1String("\"operations\"")), qPrintable(json.out));
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("appDisplayName")).toString(),
                 name);
    }
}

// Blocking creates the app's service principal under the publisher's name; what the inventory prints of it is safe.
void TestCliHostileNames::grantsListOfAnAppCreatedWithAHostileName()
{
    for (const auto& [label, name] :
         HostileText::terminalNames().mid(0, 3) + HostileText::powerShellNames().mid(0, 2)) {
        const auto [id, appId] = fileRequest(name);
        const CliRunner::Run block
            = run({QStringLiteral("requests"), QStringLiteral("block"), id, QStringLiteral("--yes")});
        QVERIFY2(block.code == 0, qPrintable(label + QLatin1Char('\n') + block.all()));
        verifyTerminalSafe(block);
        for (const QString& format : {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}) {
            const CliRunner::Run list = run({QStringLiteral("--format"),
                                             format,
                                             QStringLiteral("grants"),
                                             QStringLiteral("list"),
                                             QStringLiteral("--all")});
            QVERIFY2(list.code == 0, qPrintable(label + QLatin1Char('\n') + list.all()));
            verifyTerminalSafe(list);
        }
        const CliRunner::Run journal = run({QStringLiteral("journal"), QStringLiteral("list")});
        QVERIFY2(journal.code == 0, qPrintable(journal.all()));
        verifyTerminalSafe(journal);
        QVERIFY(journal.out.contains(QLatin1String("Helper")));
    }
}

// Errors and notes quote what they could not find; they pass the same filter.
void TestCliHostileNames::errorsEchoNoControls()
{
    for (const auto& [label, name] : HostileText::terminalNames()) {
        const CliRunner::Run r = run({QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--app"), name});
        QVERIFY2(r.code == 5, qPrintable(label + QLatin1Char('\n') + r.all()));
        QVERIFY(!r.err.isEmpty());
        verifyTerminalSafe(r);
    }
}

void TestCliHostileNames::planLinesCannotBeForged_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("CRLF") << QStringLiteral("Helper\r\n  2. Nothing else changes");
    QTest::newRow("LF") << QStringLiteral("Helper\n  2. Nothing else changes");
    QTest::newRow("LS") << QStringLiteral("Helper\u2028  2. Nothing else changes");
}

// The plan is "one numbered line per change", and the admin confirms what it lists: a line break in an app's name
// (CRLF passes the terminal filter, as CSV's line end) printed a numbered line of the publisher's choosing under it,
// before the confirmation and in the results.
void TestCliHostileNames::planLinesCannotBeForged()
{
    QFETCH(QString, name);
    const auto [id, appId] = fileRequest(name);
    QVERIFY(!id.isEmpty());
    for (const QStringList& args :
         {QStringList {QStringLiteral("requests"), QStringLiteral("grant"), id, QStringLiteral("--dry-run")},
          QStringList {QStringLiteral("requests"), QStringLiteral("block"), id, QStringLiteral("--yes")}}) {
        const CliRunner::Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        for (const QString& line : r.out.split(QLatin1Char('\n'))) {
            QVERIFY2(!line.trimmed().startsWith(QLatin1String("2. Nothing")), qPrintable(r.out));
        }
        // The name is still shown, on the line of the change it belongs to.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Helper +2\\. Nothing else changes"))),
                 qPrintable(r.out));
    }
}

void TestCliHostileNames::exchangeGroupWithAHostileName_data()
{
    QTest::addColumn<QString>("name");
    const QStringList labels {QStringLiteral("carriage return"),
                              QStringLiteral("NEL U+0085"),
                              QStringLiteral("right single quote"),
                              QStringLiteral("OSC 52 clipboard write"),
                              QStringLiteral("C1 CSI")};
    for (const auto& [label, name] : allNames()) {
        if (labels.contains(label)) {
            QTest::newRow(qPrintable(label)) << name;
        }
    }
}

// A mail-enabled security group named by someone who may create groups: `policy list` shows it safely, and the
// PowerShell of `policy new` on it and `policy remove` of its policy is one command a line.
void TestCliHostileNames::exchangeGroupWithAHostileName()
{
    QFETCH(QString, name);
    exchange(QStringLiteral("New-DistributionGroup"),
             {{QStringLiteral("Name"), name}, {QStringLiteral("Type"), QStringLiteral("Security")}});
    exchange(QStringLiteral("Add-DistributionGroupMember"),
             {{QStringLiteral("Identity"), name}, {QStringLiteral("Member"), kMember}});
    const QJsonArray group = exchange(QStringLiteral("Get-DistributionGroup"), {{QStringLiteral("Identity"), name}});
    QCOMPARE(group.size(), 1);
    QCOMPARE(group.first().toObject().value(QStringLiteral("DisplayName")).toString(), name);

    const CliRunner::Run dryNew = run({QStringLiteral("policy"),
                                       QStringLiteral("new"),
                                       QStringLiteral("--app"),
                                       kCohoApp,
                                       QStringLiteral("--group"),
                                       name,
                                       QStringLiteral("--access"),
                                       QStringLiteral("restrict"),
                                       QStringLiteral("--description"),
                                       name,
                                       QStringLiteral("--dry-run")});
    QVERIFY2(dryNew.code == 0, qPrintable(dryNew.all()));
    verifyTerminalSafe(dryNew);
    QString script = powerShellOf(dryNew.out);
    QVERIFY2(script.contains(QLatin1String("New-ApplicationAccessPolicy")), qPrintable(dryNew.out));
    QStringList problems = PowerShellShape::problems(script);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + QStringLiteral("\n---\n") + script));

    exchange(QStringLiteral("New-ApplicationAccessPolicy"),
             {{QStringLiteral("AppId"), kCohoApp},
              {QStringLiteral("PolicyScopeGroupId"), name},
              {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")},
              {QStringLiteral("Description"), name}});
    const CliRunner::Run list = run({QStringLiteral("policy"), QStringLiteral("list")});
    QVERIFY2(list.code == 0, qPrintable(list.all()));
    verifyTerminalSafe(list);
    const CliRunner::Run json
        = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("policy"), QStringLiteral("list")});
    QVERIFY2(json.code == 0, qPrintable(json.all()));
    verifyTerminalSafe(json);
    QString identity;
    for (const QJsonValue& row : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
        if (row.toObject().value(QStringLiteral("AppId")).toString() == kCohoApp) {
            QCOMPARE(row.toObject().value(QStringLiteral("Scope")).toString(), name);
            identity = row.toObject().value(QStringLiteral("Identity")).toString();
            // Issue 12.6: the group's DN holds a quote or a control, so no RBAC scope filter is offered for it —
            // a warning says why instead.
            QCOMPARE(row.toObject().value(QStringLiteral("RbacScopeFilter")).toString(), QString());
            const QString warnings = QJsonDocument(row.toObject().value(QStringLiteral("Warnings")).toArray()).toJson();
            QVERIFY2(warnings.contains(QLatin1String("rename the group")), qPrintable(warnings));
        }
    }
    QVERIFY(!identity.isEmpty());

    const CliRunner::Run dryRemove
        = run({QStringLiteral("policy"), QStringLiteral("remove"), identity, QStringLiteral("--dry-run")});
    QVERIFY2(dryRemove.code == 0, qPrintable(dryRemove.all()));
    verifyTerminalSafe(dryRemove);
    script = powerShellOf(dryRemove.out);
    QVERIFY2(script.contains(QLatin1String("Remove-ApplicationAccessPolicy")), qPrintable(dryRemove.out));
    problems = PowerShellShape::problems(script);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + QStringLiteral("\n---\n") + script));
}

QTEST_GUILESS_MAIN(TestCliHostileNames)
#include "TestCliHostileNames.moc"
