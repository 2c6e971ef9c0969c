// A write whose answer is lost, end to end over HTTP: WriteRunner sends real Graph writes (PlannedOperation) through
// GraphClient to a local server that takes the request and closes the connection without a byte of answer — after
// applying the change, or before. WriteRunner must read the object back and act on what the tenant holds: record a
// change that was made (sent once), send again one that was not (a new, linked journal entry), and leave the entry
// pending when the tenant cannot say.
#include "TestHttpServer.h"
#include "async/Async.h"
#include "consent/Journal.h"
#include "consent/PlannedOperation.h"
#include "graph/GraphClient.h"
#include "pipeline/WriteRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>

namespace {

class FixedTokenProvider : public TokenProvider
{
public:
    QFuture<Answer> requestToken(TokenResource, bool) override
    {
        return Async::ready(Answer {AccessToken {"token", {}}, {}});
    }
};

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TestHttpServer::Response closedUnanswered()
{
    TestHttpServer::Response r;
    r.closeUnanswered = true;
    return r;
}

const QString kGrantPath = QStringLiteral("/oauth2PermissionGrants/g1");

} // namespace

class TestLostAnswer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listenOnLoopback());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_client = std::make_unique<GraphClient>();
        m_client->setNetworkAccessManager(m_nam.get());
        m_client->setEndpoints({m_server->baseUrl(), m_server->baseUrl(), QStringLiteral("contoso.onmicrosoft.com")});
        m_client->setTokenProvider(&m_tokens);
        RetryPolicy policy;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 100;
        policy.maxAttempts = 3;
        policy.maxTotalWaitMs = 5000;
        m_client->setRetryPolicy(policy);
        m_journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(++m_runs)));
        QVERIFY(m_journal->open());
        m_runner = std::make_unique<WriteRunner>(TenantWrite::Channel {m_client.get(), nullptr}, m_journal.get());
        m_runner->setReadBackDelays({20, 20});
    }

    void cleanup()
    {
        m_runner.reset();
        m_journal.reset();
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void aPatchAppliedButUnansweredIsReadBackAndNotSentAgain()
    {
        // The server changes the grant, then closes the connection: the PATCH must go once, the journal say made.
        QJsonObject grant {{QStringLiteral("id"), QStringLiteral("g1")},
                           {QStringLiteral("clientId"), QStringLiteral("c1")},
                           {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                           {QStringLiteral("resourceId"), QStringLiteral("r1")},
                           {QStringLiteral("scope"), QStringLiteral("User.Read Mail.Read Mail.Send")}};
        m_server->setHandler([&grant](const TestHttpServer::Request& request) {
            if (request.method == "PATCH") {
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                grant.insert(QStringLiteral("scope"), body.value(QStringLiteral("scope")));
                return closedUnanswered();
            }
            return TestHttpServer::Response::json(200, json(grant));
        });
        const WriteRun run = runToEnd(narrowGrant());
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        QCOMPARE(methods(), (QStringList {QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("GET")}));
        QCOMPARE(grant.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read"));
        QCOMPARE(m_journal->entries().size(), 1);
        const JournalEntry entry = m_journal->entries().first();
        QCOMPARE(entry.outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(entry.settledBy, WriteRunner::readBackSettledBy());
        QCOMPARE(entry.result.value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read"));
        // The PATCH carried the journal entry's id; the read-back is a read of its own.
        QCOMPARE(QString::fromLatin1(m_server->requests().at(1).header("client-request-id")), entry.id);
        QVERIFY(m_server->requests().at(2).header("client-request-id") != entry.id.toLatin1());
        QVERIFY2(run.results.first().message.contains(QStringLiteral("read the tenant back: the change was made")),
                 qPrintable(run.results.first().message));
    }

    void aPostNotAppliedAndUnansweredIsSentAgainOnce()
    {
        // The server closes the first POST without creating anything: read back (no such grant), sent again under a
        // new journal entry that names the first, created once.
        QJsonArray grants;
        int posts = 0;
        m_server->setHandler([&](const TestHttpServer::Request& request) {
            if (request.method == "POST") {
                if (++posts == 1) {
                    return closedUnanswered();
                }
                QJsonObject created = QJsonDocument::fromJson(request.body).object();
                created.insert(QStringLiteral("id"), QStringLiteral("new-grant"));
                grants.append(created);
                return TestHttpServer::Response::json(201, json(created));
            }
            if (request.method == "GET"
                && request.url().path() == QLatin1String("/servicePrincipals/c1/oauth2PermissionGrants")) {
                return TestHttpServer::Response::json(200, json({{QStringLiteral("value"), grants}}));
            }
            return TestHttpServer::Response::json(404,
                                                  R"({"error":{"code":"Request_ResourceNotFound","message":"No."}})");
        });
        const WriteRun run = runToEnd(createGrant());
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        QCOMPARE(methods(), (QStringList {QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("POST")}));
        QCOMPARE(grants.size(), 1);
        const QList<JournalEntry> entries = m_journal->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, JournalEntry::Outcome::NotApplied);
        QCOMPARE(entries.at(0).settledBy, WriteRunner::readBackSettledBy());
        QCOMPARE(entries.at(1).outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).resendsEntryId, entries.at(0).id);
        QCOMPARE(QString::fromLatin1(m_server->requests().at(2).header("client-request-id")), entries.at(1).id);
        QCOMPARE(run.results.first().result.value(QStringLiteral("id")).toString(), QStringLiteral("new-grant"));
        QVERIFY(m_journal->pending().isEmpty());
    }

    void aReadBackTheServerRefusesLeavesTheEntryPending()
    {
        // The read is refused (403): no amount of reading again helps; the entry stays pending and the admin is told.
        m_server->setHandler([](const TestHttpServer::Request& request) {
            if (request.method == "POST") {
                return closedUnanswered();
            }
            return TestHttpServer::Response::json(
                403, R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges."}})");
        });
        const WriteRun run = runToEnd(createGrant());
        QCOMPARE(run.results.first().status, WriteRun::Result::Status::Failed);
        QCOMPARE(methods(), (QStringList {QStringLiteral("POST"), QStringLiteral("GET")}));
        QCOMPARE(m_journal->pending().size(), 1);
        const QString message = run.results.first().message;
        QVERIFY2(message.contains(QStringLiteral("Insufficient privileges")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not known")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Unknown error")), qPrintable(message));
    }

    void aPatchAppliedButAnswered500IsRecordedMade()
    {
        // A backend error after the change was committed: the answer says failed, the tenant says made. The tenant
        // wins, and the PATCH is not sent again.
        QJsonObject grant {{QStringLiteral("id"), QStringLiteral("g1")},
                           {QStringLiteral("clientId"), QStringLiteral("c1")},
                           {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                           {QStringLiteral("resourceId"), QStringLiteral("r1")},
                           {QStringLiteral("scope"), QStringLiteral("User.Read Mail.Read Mail.Send")}};
        m_server->setHandler([&grant](const TestHttpServer::Request& request) {
            if (request.method == "PATCH") {
                grant.insert(QStringLiteral("scope"),
                             QJsonDocument::fromJson(request.body).object().value(QStringLiteral("scope")));
                return TestHttpServer::Response::json(
                    500, R"({"error":{"code":"UnknownError","message":"Backend write timed out."}})");
            }
            return TestHttpServer::Response::json(200, json(grant));
        });
        const WriteRun run = runToEnd(narrowGrant());
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        QCOMPARE(methods(), (QStringList {QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("GET")}));
        const JournalEntry entry = m_journal->entries().first();
        QCOMPARE(m_journal->entries().size(), 1);
        QCOMPARE(entry.outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(entry.settledBy, WriteRunner::readBackSettledBy());
        const QString message = run.results.first().message;
        QVERIFY2(message.contains(QStringLiteral("HTTP 500")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Backend write timed out.")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the change was made")), qPrintable(message));
    }

    void aPostAnswered500AndNotMadeFailsWithoutResending()
    {
        // The server failed and made nothing: reported as not made, recorded so, and not sent again on its own.
        m_server->setHandler([](const TestHttpServer::Request& request) {
            if (request.method == "POST") {
                return TestHttpServer::Response::json(
                    502, R"({"error":{"code":"BadGateway","message":"Upstream failed."}})");
            }
            return TestHttpServer::Response::json(200, R"({"value":[]})");
        });
        const WriteRun run = runToEnd(createGrant());
        QCOMPARE(run.results.first().status, WriteRun::Result::Status::Failed);
        QCOMPARE(methods(), (QStringList {QStringLiteral("POST"), QStringLiteral("GET")}));
        QCOMPARE(m_journal->entries().size(), 1);
        QCOMPARE(m_journal->entries().first().outcome, JournalEntry::Outcome::NotApplied);
        QVERIFY(m_journal->pending().isEmpty());
        const QString message = run.results.first().message;
        QVERIFY2(message.contains(QStringLiteral("HTTP 502")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the change was not made")), qPrintable(message));
    }

    void aPostAnswered504IsReadBackNotResentBlind()
    {
        // 504: the gateway gave up; the grant was created. One POST, made — never a second grant.
        QJsonArray grants;
        m_server->setHandler([&](const TestHttpServer::Request& request) {
            if (request.method == "POST") {
                QJsonObject created = QJsonDocument::fromJson(request.body).object();
                created.insert(QStringLiteral("id"), QStringLiteral("g-%1").arg(grants.size() + 1));
                grants.append(created);
                return TestHttpServer::Response::json(504, R"({"error":{"code":"GatewayTimeout","message":"x"}})");
            }
            return TestHttpServer::Response::json(200, json({{QStringLiteral("value"), grants}}));
        });
        const WriteRun run = runToEnd(createGrant());
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        QCOMPARE(methods(), (QStringList {QStringLiteral("POST"), QStringLiteral("GET")}));
        QCOMPARE(grants.size(), 1);
        QCOMPARE(run.results.first().result.value(QStringLiteral("id")).toString(), QStringLiteral("g-1"));
        QCOMPARE(m_journal->entries().first().outcome, JournalEntry::Outcome::Succeeded);
    }

private:
    WritePlan narrowGrant() const
    {
        auto op = std::make_shared<PlannedOperation>();
        op->kind = PlannedOperation::Kind::UpdateGrantScope;
        op->method = "PATCH";
        op->path = kGrantPath;
        op->removedScopes = {QStringLiteral("Mail.Read"), QStringLiteral("Mail.Send")};
        op->subtractFromCurrent = true;
        op->target = {{QStringLiteral("grantId"), QStringLiteral("g1")}};
        op->summary = QStringLiteral("Remove Mail.Read and Mail.Send");
        WritePlan plan;
        plan.operations.append(op);
        return plan;
    }

    WritePlan createGrant() const
    {
        auto op = std::make_shared<PlannedOperation>();
        op->kind = PlannedOperation::Kind::CreateGrant;
        op->method = "POST";
        op->path = QStringLiteral("/oauth2PermissionGrants");
        op->body = {{QStringLiteral("clientId"), QStringLiteral("c1")},
                    {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                    {QStringLiteral("resourceId"), QStringLiteral("r1")},
                    {QStringLiteral("scope"), QStringLiteral("User.Read")}};
        op->produces = QStringLiteral("grant");
        op->target = {{QStringLiteral("clientId"), QStringLiteral("c1")},
                      {QStringLiteral("resourceId"), QStringLiteral("r1")}};
        op->summary = QStringLiteral("Grant User.Read");
        WritePlan plan;
        plan.operations.append(op);
        return plan;
    }

    WriteRun runToEnd(const WritePlan& plan)
    {
        const QFuture<WriteRun> done = m_runner->run(
            plan, {QStringLiteral("tenant-1"), QStringLiteral("admin@contoso.com"), QStringLiteral("u1")});
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 20000); }();
        return done.isFinished() ? done.result() : WriteRun();
    }

    QStringList methods() const
    {
        QStringList out;
        for (const auto& r : m_server->requests()) {
            out.append(QString::fromLatin1(r.method));
        }
        return out;
    }

    QTemporaryDir m_dir;
    int m_runs = 0;
    FixedTokenProvider m_tokens;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<WriteRunner> m_runner;
};

QTEST_GUILESS_MAIN(TestLostAnswer)
#include "TestLostAnswer.moc"
