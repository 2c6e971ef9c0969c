// `consentdesk-cli requests list|show|grant|block` as real processes against the sandbox executable, with tokens from
// /_sandbox/token in CONSENTDESK_ACCESS_TOKEN (no keychain needed). The tenant is reset before every test and every
// claim about a write is checked in the tenant itself, over plain HTTP — never by trusting the CLI's own output.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
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
const QString kFabrikam = QStringLiteral("436066c2-d931-4630-9f7e-24c4d7647a2a"); // no service principal; InProgress
const QString kFabrikamApp = QStringLiteral("e79045c0-6db8-4cb2-8ab8-c1cc398fe6ee");
const QString kTailspin = QStringLiteral("c9cf927c-4a94-4ac3-a91e-014d9fee9a57"); // has a service principal
const QString kTailspinApp = QStringLiteral("a9dcf210-df3e-43c0-af84-884c95c5944a");
const QString kLitware = QStringLiteral("a53abda5-c7a9-496c-89bc-2c36a6ab5c03");
const QString kMargie = QStringLiteral("19af96a1-359c-41a8-ae4f-337aaadac7e9"); // Expired, no service principal
const QString kMargieApp = QStringLiteral("6f124e8a-3d7b-48cd-aaa3-962532b39046");
const QString kGraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kReviewer = QStringLiteral("marcus.lindqvist@contoso.com"); // Cloud Application Admin, a reviewer
const QString kReader = QStringLiteral("kwame.mensah@contoso.com"); // Global Reader

const QStringList kListKeys {QStringLiteral("Id"),
                             QStringLiteral("App"),
                             QStringLiteral("AppId"),
                             QStringLiteral("Status"),
                             QStringLiteral("RequestCount"),
                             QStringLiteral("RequestedBy"),
                             QStringLiteral("LatestRequest"),
                             QStringLiteral("Expires"),
                             QStringLiteral("HighestRisk"),
                             QStringLiteral("Permissions")};

QStringList sorted(QStringList list)
{
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

class TestCliRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listInEveryFormatWithStableKeys();
    void listByStatus_data();
    void listByStatus();
    void listMineAsReviewer();
    void listBadStatusIsUsage();
    void showResolvesEveryScope();
    void showUnknownIdIsNotFound();
    void grantDryRunWritesNothing();
    void grantScopesSubsetGrantsExactlyThose();
    void grantUnknownScopeIsUsage();
    void grantWithoutYesAndTerminalIsRefused();
    void grantAsGlobalReaderIsDenied();
    void grantWithReadOnlyTokenIsDenied();
    void blockDisablesTheServicePrincipal();
    void blockCreatesMissingServicePrincipalDisabled();
    void journalHoldsIntentAndOutcome();
    void undoingAGrantShowsTheDeletionInPowerShell();
    void grantEntriesNameTheirApp();
    void journalThatCannotBeOpenedStopsEverything();
    void signinAllowChangesAsksForWritePermissions();
    void nothingSecretWasPrinted();

private:
    QStringList cli(const QStringList& args) const { return m_sandbox.connectionOptions() + args; }
    CliRunner::Run run(const QStringList& args, const QByteArray& token)
    {
        const CliRunner::Run r = m_cli.run(cli(args), token);
        m_output += r.all();
        return r;
    }
    QJsonDocument graphGet(const QString& pathAndQuery, int* status = nullptr) const;
    QJsonObject controlPost(const QString& path) const;
    int writesSoFar() const; // non-GET Graph requests the sandbox has answered
    std::optional<QJsonObject> servicePrincipal(const QString& appId) const;
    QJsonArray
    delegatedGrantsOf(const QJsonObject& client) const; // the client service principal's, as Graph lists them
    QString journalPath(const CliRunner& runner) const;

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    QByteArray m_admin;
    QByteArray m_reviewer;
    QByteArray m_reader;
    QByteArray m_adminReadOnly;
    QString m_output;
};

void TestCliRequests::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid());
    m_admin = m_sandbox.token(kAdmin);
    m_reviewer = m_sandbox.token(kReviewer);
    m_reader = m_sandbox.token(kReader);
    // What `signin` without --allow-changes gets: the read set only.
    m_adminReadOnly = m_sandbox.token(kAdmin,
                                      {QStringLiteral("User.Read"),
                                       QStringLiteral("Directory.Read.All"),
                                       QStringLiteral("ConsentRequest.Read.All"),
                                       QStringLiteral("Policy.Read.All")});
    QVERIFY(!m_admin.isEmpty() && !m_reviewer.isEmpty() && !m_reader.isEmpty() && !m_adminReadOnly.isEmpty());
}

void TestCliRequests::init()
{
    QCOMPARE(controlPost(QStringLiteral("/_sandbox/reset")).value(QStringLiteral("reset")).toBool(), true);
}

QJsonDocument TestCliRequests::graphGet(const QString& pathAndQuery, int* status) const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/v1.0") + pathAndQuery));
    request.setRawHeader("Authorization", "Bearer " + m_admin);
    QNetworkReply* reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    if (status) {
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return json;
}

QJsonObject TestCliRequests::controlPost(const QString& path) const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.post(request, QByteArray("{}"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

int TestCliRequests::writesSoFar() const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_sandbox.baseUrl().toString() + "/_sandbox/stats")));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonObject routes = QJsonDocument::fromJson(reply->readAll()).object().value("byRoute").toObject();
    reply->deleteLater();
    int writes = 0;
    for (auto it = routes.constBegin(); it != routes.constEnd(); ++it) {
        const QString route = it.key();
        const bool write = route.startsWith(QLatin1String("POST /v1.0")) || route.startsWith(QLatin1String("PATCH "))
                           || route.startsWith(QLatin1String("PUT ")) || route.startsWith(QLatin1String("DELETE "));
        if (!write || route.contains(QLatin1String("$batch"))) {
            continue;
        }
        for (const QJsonValue& count : it.value().toObject()) {
            writes += count.toInt();
        }
    }
    return writes;
}

std::optional<QJsonObject> TestCliRequests::servicePrincipal(const QString& appId) const
{
    const QJsonArray found
        = graphGet(QStringLiteral("/servicePrincipals?$filter=appId%20eq%20'") + appId + QStringLiteral("'"))
              .object()
              .value(QStringLiteral("value"))
              .toArray();
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first().toObject();
}

QJsonArray TestCliRequests::delegatedGrantsOf(const QJsonObject& client) const
{
    return graphGet(QStringLiteral("/oauth2PermissionGrants?$filter=clientId%20eq%20'") + client.value("id").toString()
                    + QStringLiteral("'"))
        .object()
        .value(QStringLiteral("value"))
        .toArray();
}

QString TestCliRequests::journalPath(const CliRunner& runner) const
{
    // QStandardPaths::AppLocalDataLocation of organization "ConsentDesk", application "ConsentDesk" on Linux.
    return runner.home() + QStringLiteral("/data/ConsentDesk/ConsentDesk/journal/consentdesk-journal.jsonl");
}

void TestCliRequests::listInEveryFormatWithStableKeys()
{
    const CliRunner::Run json = run({QStringLiteral("requests"), QStringLiteral("list"), "--format", "json"}, m_admin);
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.size(), 8); // every request of the fixture, whatever its status
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        QCOMPARE(sorted(row.keys()), sorted(kListKeys));
        QVERIFY(row.value("RequestedBy").isArray());
        QVERIFY(row.value("Permissions").isArray());
        QVERIFY(row.value("RequestCount").toInt() >= 1);
        QVERIFY(QDateTime::fromString(row.value("LatestRequest").toString(), Qt::ISODate).isValid());
        QVERIFY(row.value("LatestRequest").toString().endsWith(QLatin1Char('Z')));
    }
    const auto fabrikam = std::find_if(
        rows.begin(), rows.end(), [](const QJsonValue& v) { return v.toObject().value("Id").toString() == kFabrikam; });
    QVERIFY(fabrikam != rows.end());
    const QJsonObject f = fabrikam->toObject();
    QCOMPARE(f.value("App").toString(), QStringLiteral("Fabrikam Sales Engage"));
    QCOMPARE(f.value("AppId").toString(), kFabrikamApp);
    QCOMPARE(f.value("Status").toString(), QStringLiteral("InProgress"));
    QVERIFY(f.value("Permissions").toArray().contains(QStringLiteral("Calendars.ReadWrite")));
    QVERIFY(f.value("Expires").toString().endsWith(QLatin1Char('Z'))); // 30 days of the workflow policy
    QVERIFY(QStringList({"critical", "high", "medium", "low", "unranked"}).contains(f.value("HighestRisk").toString()));

    const CliRunner::Run csv = run({QStringLiteral("requests"), QStringLiteral("list"), "--format", "csv"}, m_admin);
    QCOMPARE(csv.code, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), kListKeys.join(QLatin1Char(',')));
    QCOMPARE(lines.size(), 9);

    const CliRunner::Run table = run({QStringLiteral("requests"), QStringLiteral("list")}, m_admin);
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith(QLatin1String("Id")));
    QVERIFY(table.out.contains(QLatin1String("Highest risk")));
    QVERIFY(table.out.contains(QLatin1String("Fabrikam Sales Engage")));
}

void TestCliRequests::listByStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("mustContain"); // a request id with a user request in that status
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("InProgress") << "InProgress" << kFabrikam << kMargie;
    QTest::newRow("expired, any case") << "expired" << kMargie << kFabrikam;
    QTest::newRow("Completed") << "COMPLETED" << QStringLiteral("d700b769-8b5a-4b26-9cf5-dea02b7f6b49") << kFabrikam;
    QTest::newRow("Initializing") << "Initializing" << QString() << kFabrikam;
}

void TestCliRequests::listByStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, mustContain);
    QFETCH(QString, mustNotContain);
    const CliRunner::Run r
        = run({QStringLiteral("requests"), QStringLiteral("list"), "--status", status, "--format", "json"}, m_admin);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QStringList ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        ids << v.toObject().value("Id").toString();
        if (status.compare(QLatin1String("InProgress"), Qt::CaseInsensitive) == 0) {
            QCOMPARE(v.toObject().value("Status").toString(), QStringLiteral("InProgress"));
        }
    }
    if (!mustContain.isEmpty()) {
        QVERIFY2(ids.contains(mustContain), qPrintable(ids.join(' ')));
    }
    QVERIFY(!ids.contains(mustNotContain));
}

void TestCliRequests::listMineAsReviewer()
{
    const CliRunner::Run r
        = run({QStringLiteral("requests"), QStringLiteral("list"), "--mine", "--format", "json"}, m_reviewer);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue& v : rows) {
        QCOMPARE(v.toObject().value("Status").toString(), QStringLiteral("InProgress"));
    }
    const CliRunner::Run both
        = run({QStringLiteral("requests"), QStringLiteral("list"), "--mine", "--status", "Expired"}, m_reviewer);
    QCOMPARE(both.code, 2);
}

void TestCliRequests::listBadStatusIsUsage()
{
    const CliRunner::Run r = run({QStringLiteral("requests"), QStringLiteral("list"), "--status", "Pending"}, m_admin);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Pending")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Initializing, InProgress, Expired, Completed")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliRequests::showResolvesEveryScope()
{
    const CliRunner::Run r
        = run({QStringLiteral("requests"), QStringLiteral("show"), kFabrikam, "--format", "json"}, m_admin);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject show = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(show.value("Request").toObject().value("Id").toString(), kFabrikam);
    QCOMPARE(show.value("Request").toObject().value("ClientServicePrincipal").toString(), QStringLiteral("missing"));
    const QJsonArray requesters = show.value("Requesters").toArray();
    QVERIFY(!requesters.isEmpty());
    QVERIFY(!requesters.first().toObject().value("Reason").toString().isEmpty());
    QVERIFY(requesters.first().toObject().value("Requester").toString().contains(QLatin1Char('@')));
    const QJsonArray permissions = show.value("Permissions").toArray();
    QCOMPARE(permissions.size(), 6);
    QJsonObject calendars;
    for (const QJsonValue& v : permissions) {
        const QJsonObject p = v.toObject();
        QCOMPARE(p.value("ResourceAppId").toString(), kGraphAppId);
        QCOMPARE(p.value("Api").toString(), QStringLiteral("Microsoft Graph"));
        QCOMPARE(p.value("Type").toString(), QStringLiteral("Delegated"));
        QVERIFY(p.value("Published").toBool());
        QCOMPARE(p.value("AlreadyGranted").toBool(), false);
        if (p.value("Permission").toString() == QLatin1String("Calendars.ReadWrite")) {
            calendars = p;
        }
    }
    QVERIFY(!calendars.isEmpty());
    QVERIFY(!calendars.value("DisplayName").toString().isEmpty());
    QVERIFY(!calendars.value("Description").toString().isEmpty());
    QVERIFY(calendars.value("AdminConsentRequired").isBool());
    QVERIFY(!calendars.value("Risk").toString().isEmpty());

    const CliRunner::Run table = run({QStringLiteral("requests"), QStringLiteral("show"), kFabrikam}, m_admin);
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(QLatin1String("Requested by:")));
    QVERIFY(table.out.contains(QLatin1String("Calendars.Read.Shared")));
}

void TestCliRequests::showUnknownIdIsNotFound()
{
    const CliRunner::Run r = run(
        {QStringLiteral("requests"), QStringLiteral("show"), QStringLiteral("0f0f0f0f-1111-2222-3333-444444444444")},
        m_admin);
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QLatin1String("no consent request")), qPrintable(r.err));
    const CliRunner::Run missing = run({QStringLiteral("requests"), QStringLiteral("show")}, m_admin);
    QCOMPARE(missing.code, 2);
}

void TestCliRequests::grantDryRunWritesNothing()
{
    const int before = writesSoFar();
    const CliRunner::Run r
        = run({QStringLiteral("requests"), QStringLiteral("grant"), kFabrikam, "--dry-run", "--yes"}, m_admin);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("1. ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Connect-MgGraph")));
    QVERIFY(r.out.contains(QLatin1String("New-MgServicePrincipal")));
    QVERIFY(r.err.contains(QLatin1String("Dry run: nothing was changed.")));

    const CliRunner::Run json = run(
        {QStringLiteral("requests"), QStringLiteral("grant"), kFabrikam, "--dry-run", "--format", "json"}, m_admin);
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(plan.value("purpose").toString(), QStringLiteral("grant"));
    QCOMPARE(plan.value("appId").toString(), kFabrikamApp);
    QVERIFY(plan.value("operations").toArray().size() >= 2); // the service principal, then the grant

    QCOMPARE(writesSoFar(), before);
    QVERIFY(!servicePrincipal(kFabrikamApp).has_value());
}

void TestCliRequests::grantScopesSubsetGrantsExactlyThose()
{
    const int before = writesSoFar();
    const CliRunner::Run r = run({QStringLiteral("requests"),
                                  QStringLiteral("grant"),
                                  kFabrikam,
                                  "--scopes",
                                  "User.Read,calendars.read.shared",
                                  "--yes"},
                                 m_admin);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(QStringLiteral("✓")));
    QVERIFY(!r.out.contains(QStringLiteral("✗")));
    QCOMPARE(writesSoFar(), before + 2); // the service principal and the grant: the counter the other tests trust

    // The tenant: the app's service principal exists now, with exactly one tenant-wide grant on Microsoft Graph.
    const auto client = servicePrincipal(kFabrikamApp);
    QVERIFY(client.has_value());
    const auto graph = servicePrincipal(kGraphAppId);
    QVERIFY(graph.has_value());
    const QJsonArray grants = delegatedGrantsOf(*client);
    QCOMPARE(grants.size(), 1);
    const QJsonObject grant = grants.first().toObject();
    QCOMPARE(grant.value("consentType").toString(), QStringLiteral("AllPrincipals"));
    QCOMPARE(grant.value("resourceId").toString(), graph->value("id").toString());
    QCOMPARE(sorted(grant.value("scope").toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)),
             sorted({QStringLiteral("User.Read"), QStringLiteral("Calendars.Read.Shared")}));

    // Granting the rest afterwards merges: nothing granted before is lost, and what is there costs nothing.
    const CliRunner::Run rest
        = run({QStringLiteral("requests"), QStringLiteral("grant"), kFabrikam, "--yes", "--format", "json"}, m_admin);
    QVERIFY2(rest.code == 0, qPrintable(rest.all()));
    const QJsonObject result = QJsonDocument::fromJson(rest.out.toUtf8()).object();
    QCOMPARE(result.value("failed").toInt(), 0);
    const QJsonArray after = delegatedGrantsOf(*client);
    QCOMPARE(after.size(), 1);
    const QStringList scopes = after.first().toObject().value("scope").toString().split(' ', Qt::SkipEmptyParts);
    for (const char* s : {"User.Read", "Calendars.Read.Shared", "Calendars.ReadWrite", "offline_access"}) {
        QVERIFY2(scopes.contains(QLatin1String(s)), s);
    }
}

void TestCliRequests::grantUnknownScopeIsUsage()
{
    const int before = writesSoFar();
    const CliRunner::Run r = run(
        {QStringLiteral("requests"), QStringLiteral("grant"), kFabrikam, "--scopes", "User.Read,Nope.Read", "--yes"},
        m_admin);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Nope.Read")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("does not ask for User.Read")));
    QCOMPARE(writesSoFar(), before);
}

void TestCliRequests::grantWithoutYesAndTerminalIsRefused()
{
    const int before = writesSoFar();
    // QProcess gives the CLI a pipe, not a terminal: no one to ask.
    const CliRunner::Run r = run({QStringLiteral("requests"), QStringLiteral("grant"), kLitware}, m_admin);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--dry-run")) && r.err.contains(QLatin1String("--yes")), qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("1. "))); // the plan was shown
    const CliRunner::Run block = run({QStringLiteral("requests"), QStringLiteral("block"), kTailspin}, m_admin);
    QCOMPARE(block.code, 2);
    QCOMPARE(writesSoFar(), before);
    QVERIFY(servicePrincipal(kTailspinApp)->value("accountEnabled").toBool());
}

void TestCliRequests::grantAsGlobalReaderIsDenied()
{
    const int before = writesSoFar();
    const CliRunner::Run r = run({QStringLiteral("requests"), QStringLiteral("grant"), kLitware, "--yes"}, m_reader);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(kReader) && r.err.contains(QLatin1String("Nothing was changed")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Cloud Application Administrator")), qPrintable(r.err));
    const CliRunner::Run block
        = run({QStringLiteral("requests"), QStringLiteral("block"), kTailspin, "--yes"}, m_reader);
    QCOMPARE(block.code, 4);
    QCOMPARE(writesSoFar(), before);
    // Reading is what a Global Reader may do.
    QCOMPARE(run({QStringLiteral("requests"), QStringLiteral("show"), kLitware}, m_reader).code, 0);
}

void TestCliRequests::grantWithReadOnlyTokenIsDenied()
{
    const int before = writesSoFar();
    const CliRunner::Run r
        = run({QStringLiteral("requests"), QStringLiteral("grant"), kLitware, "--yes"}, m_adminReadOnly);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("DelegatedPermissionGrant.ReadWrite.All")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("--allow-changes")));
    QCOMPARE(writesSoFar(), before);
}

void TestCliRequests::blockDisablesTheServicePrincipal()
{
    QVERIFY(servicePrincipal(kTailspinApp)->value("accountEnabled").toBool());
    const CliRunner::Run r = run({QStringLiteral("requests"), QStringLiteral("block"), kTailspin, "--yes"}, m_admin);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(QStringLiteral("✓")));
    QCOMPARE(servicePrincipal(kTailspinApp)->value("accountEnabled").toBool(true), false);
    // Blocked already: nothing to do, still fine.
    const CliRunner::Run again
        = run({QStringLiteral("requests"), QStringLiteral("block"), kTailspin, "--yes"}, m_admin);
    QVERIFY2(again.code == 0, qPrintable(again.all()));
}

void TestCliRequests::blockCreatesMissingServicePrincipalDisabled()
{
    QVERIFY(!servicePrincipal(kMargieApp).has_value());
    const CliRunner::Run r = run({QStringLiteral("requests"), QStringLiteral("block"), kMargie, "--yes"}, m_admin);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const auto sp = servicePrincipal(kMargieApp);
    QVERIFY(sp.has_value());
    QCOMPARE(sp->value("accountEnabled").toBool(true), false);
}

void TestCliRequests::journalHoldsIntentAndOutcome()
{
    CliRunner runner; // a fresh home: this journal holds this run only
    runner.environment() = m_cli.environment();
    runner.environment().insert(QStringLiteral("HOME"), runner.home());
    runner.environment().insert(QStringLiteral("XDG_DATA_HOME"), runner.home() + QStringLiteral("/data"));
    runner.environment().insert(QStringLiteral("XDG_CONFIG_HOME"), runner.home() + QStringLiteral("/config"));
    const CliRunner::Run r = runner.run(
        cli({QStringLiteral("requests"), QStringLiteral("grant"), kFabrikam, "--scopes", "User.Read", "--yes"}),
        m_admin);
    m_output += r.all();
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QFile journal(journalPath(runner));
    QVERIFY2(journal.open(QIODevice::ReadOnly), qPrintable(journal.fileName()));
    QHash<QString, QJsonObject> intents;
    QHash<QString, QJsonObject> outcomes;
    for (const QByteArray& line : journal.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value("type").toString() == QLatin1String("intent")) {
            intents.insert(entry.value("id").toString(), entry);
        } else if (entry.value("type").toString() == QLatin1String("outcome")) {
            outcomes.insert(entry.value("entry").toString(), entry);
        }
    }
    QCOMPARE(intents.size(), 2); // create the service principal, create the grant
    for (const QJsonObject& intent : std::as_const(intents)) {
        QCOMPARE(intent.value("actor").toString(), kAdmin);
        QVERIFY(!intent.value("tenantId").toString().isEmpty());
        QVERIFY(intent.value("request").toObject().contains("method"));
        QVERIFY2(outcomes.contains(intent.value("id").toString()), qPrintable(intent.value("summary").toString()));
        QCOMPARE(outcomes.value(intent.value("id").toString()).value("outcome").toString(),
                 QStringLiteral("succeeded"));
    }
    QVERIFY(!journal.readAll().contains(m_admin));
}

// Undoing a new grant deletes it, and the PowerShell the dry run prints must do the same: it said
// `Update-MgOauth2PermissionGrant … -Scope ''`, which leaves a grant that grants nothing, under a plan line that says
// "Delete".
void TestCliRequests::undoingAGrantShowsTheDeletionInPowerShell()
{
    const CliRunner::Run granted = run({QStringLiteral("requests"),
                                        QStringLiteral("grant"),
                                        kFabrikam,
                                        "--scopes",
                                        "User.Read",
                                        "--yes",
                                        "--format",
                                        "json"},
                                       m_admin);
    QVERIFY2(granted.code == 0, qPrintable(granted.all()));
    const QString operation
        = QJsonDocument::fromJson(granted.out.toUtf8()).object().value(QStringLiteral("operationId")).toString();
    QVERIFY2(!operation.isEmpty(), qPrintable(granted.out));

    const CliRunner::Run dryRun
        = run({QStringLiteral("journal"), QStringLiteral("restore"), "--operation", operation, "--dry-run"}, m_admin);
    QVERIFY2(dryRun.code == 0, qPrintable(dryRun.all()));
    QVERIFY2(dryRun.out.contains(QLatin1String("Delete the delegated grant")), qPrintable(dryRun.out));
    QVERIFY2(dryRun.out.contains(QLatin1String("Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId")),
             qPrintable(dryRun.out));
    QVERIFY2(!dryRun.out.contains(QLatin1String("Update-MgOauth2PermissionGrant")), qPrintable(dryRun.out));

    // And the restore itself deletes the grant, as its PowerShell says.
    const CliRunner::Run undone
        = run({QStringLiteral("journal"), QStringLiteral("restore"), "--operation", operation, "--yes"}, m_admin);
    QVERIFY2(undone.code == 0, qPrintable(undone.all()));
    const auto client = servicePrincipal(kFabrikamApp);
    QVERIFY(client.has_value());
    const QJsonArray grants = delegatedGrantsOf(*client);
    QCOMPARE(grants.size(), 0);
}

// What a grant journals names its app: `journal list --app APPID` (documented: client object ID, app ID or part of
// the name) found the service principal ConsentDesk created but not the grant made to it, and undoing the grant read
// "Restore for 293baa39-…: Delete the delegated grant of 293baa39-… → 00359764-…".
void TestCliRequests::grantEntriesNameTheirApp()
{
    CliRunner runner; // a fresh home: this journal holds this run only
    runner.environment() = m_cli.environment();
    runner.environment().insert(QStringLiteral("HOME"), runner.home());
    runner.environment().insert(QStringLiteral("XDG_DATA_HOME"), runner.home() + QStringLiteral("/data"));
    runner.environment().insert(QStringLiteral("XDG_CONFIG_HOME"), runner.home() + QStringLiteral("/config"));
    const CliRunner::Run granted = runner.run(cli({QStringLiteral("requests"),
                                                   QStringLiteral("grant"),
                                                   kFabrikam,
                                                   "--scopes",
                                                   "User.Read",
                                                   "--yes",
                                                   "--format",
                                                   "json"}),
                                              m_admin);
    m_output += granted.all();
    QVERIFY2(granted.code == 0, qPrintable(granted.all()));
    const QString operation
        = QJsonDocument::fromJson(granted.out.toUtf8()).object().value(QStringLiteral("operationId")).toString();

    const CliRunner::Run byAppId = runner.run(
        cli({QStringLiteral("journal"), QStringLiteral("list"), "--app", kFabrikamApp, "--format", "json"}), m_admin);
    m_output += byAppId.all();
    QVERIFY2(byAppId.code == 0, qPrintable(byAppId.all()));
    QStringList actions;
    for (const QJsonValue& row : QJsonDocument::fromJson(byAppId.out.toUtf8()).array()) {
        actions.append(row.toObject().value(QStringLiteral("Action")).toString());
    }
    actions.sort();
    QCOMPARE(actions, (QStringList {QStringLiteral("grant.create"), QStringLiteral("servicePrincipal.create")}));

    const CliRunner::Run undo = runner.run(
        cli({QStringLiteral("journal"), QStringLiteral("restore"), "--operation", operation, "--dry-run"}), m_admin);
    m_output += undo.all();
    QVERIFY2(undo.code == 0, qPrintable(undo.all()));
    QVERIFY2(undo.out.contains(QLatin1String("Restore for Fabrikam Sales Engage")), qPrintable(undo.out));
    QVERIFY2(undo.out.contains(QStringLiteral("Delete the delegated grant of Fabrikam Sales Engage → Microsoft Graph")),
             qPrintable(undo.out));
}

void TestCliRequests::journalThatCannotBeOpenedStopsEverything()
{
    CliRunner runner;
    runner.environment() = m_cli.environment();
    runner.environment().insert(QStringLiteral("HOME"), runner.home());
    runner.environment().insert(QStringLiteral("XDG_DATA_HOME"), runner.home() + QStringLiteral("/data"));
    runner.environment().insert(QStringLiteral("XDG_CONFIG_HOME"), runner.home() + QStringLiteral("/config"));
    // A file where the journal's folder must be: the journal cannot be created.
    QVERIFY(QDir().mkpath(runner.home() + QStringLiteral("/data/ConsentDesk/ConsentDesk")));
    QFile blocker(runner.home() + QStringLiteral("/data/ConsentDesk/ConsentDesk/journal"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const int before = writesSoFar();
    const CliRunner::Run r
        = runner.run(cli({QStringLiteral("requests"), QStringLiteral("grant"), kFabrikam, "--yes"}), m_admin);
    m_output += r.all();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("journal")) && r.err.contains(QLatin1String("Nothing was changed")),
             qPrintable(r.err));
    QCOMPARE(writesSoFar(), before);
    QVERIFY(!servicePrincipal(kFabrikamApp).has_value());
}

void TestCliRequests::signinAllowChangesAsksForWritePermissions()
{
    // No keychain here (the session bus is removed): the sign-in completes but is not kept (exit 1) — what this test
    // is about is that --allow-changes came back with the write permissions, through the sandbox's consent page.
    CliRunner runner;
    QTemporaryDir runtime;
    runner.environment().remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    runner.environment().remove(QStringLiteral("DISPLAY"));
    runner.environment().remove(QStringLiteral("WAYLAND_DISPLAY"));
    runner.environment().insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const CliRunner::Run r = runner.run(
        cli({QStringLiteral("signin"), "--user", kAdmin, "--allow-changes", "--format", "json"}), QByteArray());
    m_output += r.all();
    QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.all()));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value("ChangesAllowed").toBool(), true);

    const CliRunner::Run plain
        = runner.run(cli({QStringLiteral("signin"), "--user", kAdmin, "--format", "json"}), QByteArray());
    m_output += plain.all();
    const QJsonArray plainRows = QJsonDocument::fromJson(plain.out.toUtf8()).array();
    QCOMPARE(plainRows.size(), 1);
    // Consent is remembered and Entra's scopes are additive: a later plain sign-in still may change things.
    QCOMPARE(plainRows.first().toObject().value("ChangesAllowed").toBool(), true);
}

void TestCliRequests::nothingSecretWasPrinted()
{
    QVERIFY2(CliRunner::secretShapeIn(m_output).isEmpty(), qPrintable(CliRunner::secretShapeIn(m_output)));
    QVERIFY(!m_output.contains(QString::fromLatin1(m_admin.left(40))));
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "TestCliRequests.moc"
