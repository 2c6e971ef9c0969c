// `consentdesk-cli journal restore` of Exchange entries, as a real process against the sandbox executable (demo
// tenant) with environment tokens. The entries are made by the product's write pipeline in this process, into the
// CLI's own journal file (as the app would); every claim about Exchange is checked with Get- cmdlets from this
// process, never taken from the CLI's output.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TenantHttp.h"

#include "consent/Journal.h"
#include "consent/JournalQuery.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"
#include "pipeline/WriteRunner.h"

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

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kReader = QStringLiteral("kwame.mensah@contoso.com"); // Global Reader
const QString kCrmApp = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0"); // restricted to CRM Mailbox Access
const QString kBackupApp = QStringLiteral("84e94910-16ce-4447-ba77-f1f86257b3b4");
const QString kGroup = QStringLiteral("CRM Mailbox Access");
const QString kNonMember = QStringLiteral("hiroshi.tanaka@contoso.com");

} // namespace

class TestCliJournalExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createdPolicyIsRemovedAfterConfirmation();
    void removedPolicyComesBackTheSame();
    void addedMemberIsRemoved();
    void readerAndMissingTokenChangeNothing();

private:
    QByteArray sandboxToken(const QString& upn, const QString& resource) const;
    CliRunner::Run cli(const QStringList& args, const QByteArray& graph, const QByteArray& exchange);
    // Runs a plan through the product's executor into the CLI's journal; the operation id.
    QString write(const ExchangePlan& plan);
    QList<JournalEntry> journal() const;
    QList<ApplicationAccessPolicy> policies(const QString& appId);
    QStringList members(const QString& group);
    QString journalPath() const
    {
        return m_cli.home() + QStringLiteral("/data/ConsentDesk/ConsentDesk/journal/consentdesk-journal.jsonl");
    }

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    TenantHttp m_http;
    QByteArray m_adminGraph;
    QByteArray m_adminExchange;
    QByteArray m_readerGraph;
    QByteArray m_readerExchange;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<ExchangeAdminClient> m_exchange;
};

QByteArray TestCliJournalExchange::sandboxToken(const QString& upn, const QString& resource) const
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
    if (!done.wait(10000)) {
        return {};
    }
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

void TestCliJournalExchange::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid());
    m_adminGraph = m_sandbox.token(kAdmin);
    m_adminExchange = sandboxToken(kAdmin, QStringLiteral("exchange"));
    m_readerGraph = m_sandbox.token(kReader);
    m_readerExchange = sandboxToken(kReader, QStringLiteral("exchange"));
    QVERIFY(!m_adminGraph.isEmpty() && !m_adminExchange.isEmpty() && !m_readerGraph.isEmpty()
            && !m_readerExchange.isEmpty());
    m_http = TenantHttp(m_sandbox.baseUrl(), m_adminGraph);
}

void TestCliJournalExchange::init()
{
    QCOMPARE(m_http.control(QStringLiteral("/_sandbox/reset")).value(QStringLiteral("reset")).toBool(), true);
    QFile::remove(journalPath());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_tokens = std::make_unique<StaticTokenProvider>();
    m_tokens->setToken(TokenResource::Graph, m_adminGraph);
    m_tokens->setToken(TokenResource::Exchange, m_adminExchange);
    m_graph = std::make_unique<GraphClient>();
    m_graph->setNetworkAccessManager(m_nam.get());
    m_graph->setTokenProvider(m_tokens.get());
    m_graph->setEndpoints({m_sandbox.baseUrl(), m_sandbox.baseUrl(), QLatin1String(SandboxProcess::Tenant)});
    m_exchange = std::make_unique<ExchangeAdminClient>(m_graph.get());
}

void TestCliJournalExchange::cleanup()
{
    m_exchange.reset();
    m_graph.reset();
    m_tokens.reset();
    m_nam.reset();
}

CliRunner::Run TestCliJournalExchange::cli(const QStringList& args, const QByteArray& graph, const QByteArray& exchange)
{
    if (exchange.isEmpty()) {
        m_cli.environment().remove(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"));
    } else {
        m_cli.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"), QString::fromLatin1(exchange));
    }
    const CliRunner::Run r = m_cli.run(m_sandbox.connectionOptions() + args, graph);
    m_cli.environment().remove(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"));
    return r;
}

QString TestCliJournalExchange::write(const ExchangePlan& plan)
{
    Journal journal(journalPath()); // closed again before the CLI appends to it
    QString id;
    [&] {
        QVERIFY(journal.open());
        WriteRunner executor({nullptr, m_exchange.get()}, &journal);
        const Actor actor {QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f"), kAdmin, QString()};
        const QFuture<WriteRun> done = executor.run(WritePlan::from(plan), actor);
        QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 15000);
        QVERIFY2(executor.current().allSucceeded(), qPrintable(executor.current().describe().join(QLatin1Char('\n'))));
        id = executor.current().operationId;
    }();
    return id;
}

QList<JournalEntry> TestCliJournalExchange::journal() const
{
    Journal journal(journalPath());
    return journal.open() ? journal.entries() : QList<JournalEntry>();
}

QList<ApplicationAccessPolicy> TestCliJournalExchange::policies(const QString& appId)
{
    bool done = false;
    QList<ApplicationAccessPolicy> out;
    m_exchange->getApplicationAccessPolicies(this, [&](const QList<ApplicationAccessPolicy>& rows, const GraphError&) {
        for (const auto& p : rows) {
            if (p.appId.compare(appId, Qt::CaseInsensitive) == 0) {
                out.append(p);
            }
        }
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return out;
}

QStringList TestCliJournalExchange::members(const QString& group)
{
    bool done = false;
    QStringList out;
    m_exchange->getDistributionGroupMembers(group, this, [&](const QList<ExchangeRecipient>& rows, const GraphError&) {
        for (const auto& r : rows) {
            out.append(r.primarySmtpAddress.toLower());
        }
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return out;
}

void TestCliJournalExchange::createdPolicyIsRemovedAfterConfirmation()
{
    ExchangePlanner::ScopeAppRequest request;
    request.appId = kBackupApp;
    request.appDisplayName = QStringLiteral("Wide World Backup");
    request.group = kGroup;
    write(ExchangePlanner::scopeApp(request));
    QCOMPARE(policies(kBackupApp).size(), 1);
    const QString id = journal().last().id;

    // --dry-run: the plan and the Exchange PowerShell; nothing sent.
    CliRunner::Run r = cli({QStringLiteral("journal"), QStringLiteral("restore"), id, QStringLiteral("--dry-run")},
                           m_adminGraph,
                           m_adminExchange);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QStringLiteral("Remove the RestrictAccess policy of Wide World Backup")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Remove-ApplicationAccessPolicy -Confirm:$false -Identity '")));
    QCOMPARE(policies(kBackupApp).size(), 1);

    // No --yes and no terminal to ask at: exit 2, nothing sent.
    r = cli({QStringLiteral("journal"), QStringLiteral("restore"), id}, m_adminGraph, m_adminExchange);
    QVERIFY2(r.code == 2, qPrintable(r.all()));
    QCOMPARE(policies(kBackupApp).size(), 1);
    const int before = int(journal().size());

    r = cli({QStringLiteral("--yes"), QStringLiteral("journal"), QStringLiteral("restore"), id},
            m_adminGraph,
            m_adminExchange);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(policies(kBackupApp).isEmpty());
    const QList<JournalEntry> entries = journal();
    QCOMPARE(int(entries.size()), before + 1);
    QCOMPARE(entries.last().action, QStringLiteral("exchange.accessPolicy.delete"));
    QCOMPARE(entries.last().restoresEntryId, id);
    QCOMPARE(entries.last().outcome, JournalEntry::Outcome::Succeeded);
    QCOMPARE(entries.last().actor, kAdmin);

    // Restored already: nothing to do, exit 1, and it says why.
    r = cli({QStringLiteral("--yes"), QStringLiteral("journal"), QStringLiteral("restore"), id},
            m_adminGraph,
            m_adminExchange);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("restored already")), qPrintable(r.all()));
}

void TestCliJournalExchange::removedPolicyComesBackTheSame()
{
    const QList<ApplicationAccessPolicy> before = policies(kCrmApp);
    QCOMPARE(before.size(), 1);
    const QString operation = write(ExchangePlanner::removePolicy(before.first()));
    QVERIFY(policies(kCrmApp).isEmpty());

    const CliRunner::Run r = cli({QStringLiteral("--yes"),
                                  QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("journal"),
                                  QStringLiteral("restore"),
                                  QStringLiteral("--operation"),
                                  operation},
                                 m_adminGraph,
                                 m_adminExchange);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("succeeded")).toInt(), 1);
    QCOMPARE(
        json.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("cmdlet")).toString(),
        QStringLiteral("New-ApplicationAccessPolicy"));
    const QList<ApplicationAccessPolicy> after = policies(kCrmApp);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().scopeName, before.first().scopeName);
    QCOMPARE(after.first().accessRight, before.first().accessRight);
    QCOMPARE(after.first().description, before.first().description);
    QCOMPARE(after.first().identity, before.first().identity);
}

void TestCliJournalExchange::addedMemberIsRemoved()
{
    QVERIFY(!members(kGroup).contains(kNonMember));
    const QString operation = write(ExchangePlanner::addMembers(kGroup, {kNonMember}));
    QVERIFY(members(kGroup).contains(kNonMember));
    const CliRunner::Run r = cli({QStringLiteral("--yes"),
                                  QStringLiteral("journal"),
                                  QStringLiteral("restore"),
                                  QStringLiteral("--operation"),
                                  operation},
                                 m_adminGraph,
                                 m_adminExchange);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QStringLiteral("✓ 1. Remove hiroshi.tanaka@contoso.com from \"CRM Mailbox Access\"")),
             qPrintable(r.out));
    QVERIFY(!members(kGroup).contains(kNonMember));
}

void TestCliJournalExchange::readerAndMissingTokenChangeNothing()
{
    const QString operation = write(ExchangePlanner::addMembers(kGroup, {kNonMember}));
    const QStringList args {QStringLiteral("--yes"),
                            QStringLiteral("journal"),
                            QStringLiteral("restore"),
                            QStringLiteral("--operation"),
                            operation};
    const int before = int(journal().size());
    // A Global Reader: refused by role before anything is sent.
    CliRunner::Run r = cli(args, m_readerGraph, m_readerExchange);
    QVERIFY2(r.code == 4, qPrintable(r.all()));
    QVERIFY2(r.err.contains(QStringLiteral("Exchange Administrator")), qPrintable(r.err));
    // No Exchange token: sign-in needed, nothing sent.
    r = cli(args, m_adminGraph, {});
    QVERIFY2(r.code == 3, qPrintable(r.all()));
    QVERIFY(r.err.contains(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN")));
    QCOMPARE(int(journal().size()), before);
    QVERIFY(members(kGroup).contains(kNonMember));
    QVERIFY(CliRunner::secretShapeIn(r.all()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliJournalExchange)
#include "TestCliJournalExchange.moc"
