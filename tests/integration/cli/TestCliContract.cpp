// consentdesk-cli's contract (docs/architecture.md): global options, output formats and exit codes, run as a real
// process.
#include "TestHttpServer.h"
#include "TestPaths.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kToken = "cli-test-token-5f2a9";
} // namespace

class TestCliContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void signInNeededWithoutToken();
    void signInCommandsAreDocumented();
    void signoutWithNothingStored();
    void unknownProfileIsUsage();
    void whoamiFormats();
    void whoamiCapabilityMap();
    void permissionDeniedIsFour();
    void notFoundIsFive();
    void tokenNeverPrinted();
    void oversizedAnswerIsWordedForTheAdmin();
    void everyCommandHelpSeparatesOptionsFromTheirText();
    void optionValueSpelledLikeTheCommand();
    void commandGroupWithoutSubcommandNamesThem();
    void revokeHelpNamesEveryRoleThatMayRevoke();
#if defined(Q_OS_LINUX)
    void unwritableOutputIsAFailure();
    void closedPipeIsQuiet();
#endif

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& args, const QByteArray& token = {});
    QProcessEnvironment environment(const QByteArray& token) const;

    TestHttpServer m_server;
    QTemporaryDir m_home;
    int m_meStatus = 200;
    QProcessEnvironment m_extraEnv;
    bool m_oversized = false;
};

void TestCliContract::initTestCase()
{
    QVERIFY(m_server.listenOnLoopback());
    m_server.setHandler([this](const TestHttpServer::Request& r) {
        if (r.header("authorization") != "Bearer " + kToken) {
            return TestHttpServer::Response::json(
                401, R"({"error":{"code":"InvalidAuthenticationToken","message":"bad token"}})");
        }
        if (r.target.startsWith("/v1.0/me/memberOf")) {
            return TestHttpServer::Response::json(200, R"({"value":[
                {"@odata.type":"#microsoft.graph.group","id":"g1","displayName":"Sales"},
                {"@odata.type":"#microsoft.graph.directoryRole","id":"r1","displayName":"Global Reader","roleTemplateId":"f2ef992c-3afb-46b9-b7cf-a126ee74c451"}]})");
        }
        if (r.target.startsWith("/v1.0/me")) {
            if (m_meStatus == 403) {
                return TestHttpServer::Response::json(
                    403,
                    R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}})");
            }
            if (m_meStatus == 200 && m_oversized) {
                return TestHttpServer::Response::json(
                    200, R"({"id":"u-1","displayName":")" + QByteArray(2 * 1024 * 1024, 'x') + R"("})");
            }
            if (m_meStatus == 404) {
                return TestHttpServer::Response::json(
                    404, R"({"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist."}})");
            }
            return TestHttpServer::Response::json(
                200,
                R"({"id":"u-1","displayName":"Adele Vance","userPrincipalName":"adele@contoso.com","mail":"adele@contoso.com"})");
        }
        return TestHttpServer::Response::json(404, R"({"error":{"code":"BadRequest","message":"no route"}})");
    });
}

QProcessEnvironment TestCliContract::environment(const QByteArray& token) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"));
    env.remove(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"));
    if (!token.isEmpty()) {
        env.insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"), QString::fromLatin1(token));
    }
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config"))); // profiles: none
    for (const QString& key : m_extraEnv.keys()) {
        env.insert(key, m_extraEnv.value(key));
    }
    return env;
}

TestCliContract::Run TestCliContract::run(const QStringList& args, const QByteArray& token)
{
    QProcess process;
    process.setProcessEnvironment(environment(token));
    // The test server lives in this thread: wait with a running event loop, never with waitForFinished().
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TestPaths::binDir() + QStringLiteral("/consentdesk-cli"), args);
    Run r;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished(1000);
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestCliContract::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("consentdesk-cli ")));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("whoami")));
    QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
    QCOMPARE(run({}).code, 2);
}

void TestCliContract::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("whoami"), QStringLiteral("--nope")};
    QTest::newRow("bad format") << QStringList {
        QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("whoami")};
    QTest::newRow("bad cloud") << QStringList {
        QStringLiteral("--cloud"), QStringLiteral("mars"), QStringLiteral("whoami")};
    QTest::newRow("plain http to the internet") << QStringList {
        QStringLiteral("whoami"), QStringLiteral("--graph"), QStringLiteral("http://graph.example.com")};
    // Roots come without a version or path (DESIGN.md); Graph's docs write https://graph.microsoft.com/v1.0, and that
    // went out as /v1.0/v1.0/me and came back as Graph's "Resource not found for the segment" (exit 1).
    QTest::newRow("graph root with its version") << QStringList {
        QStringLiteral("whoami"), QStringLiteral("--graph"), m_server.baseUrl().toString() + QStringLiteral("/v1.0")};
    QTest::newRow("sandbox root with a path")
        << QStringList {QStringLiteral("--sandbox"),
                        m_server.baseUrl().toString() + QStringLiteral("/contoso.com/"),
                        QStringLiteral("whoami")};
}

void TestCliContract::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args, kToken);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("error:")));
}

void TestCliContract::signInNeededWithoutToken()
{
    const Run r = run({QStringLiteral("--sandbox"), m_server.baseUrl().toString(), QStringLiteral("whoami")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QStringLiteral("CONSENTDESK_ACCESS_TOKEN")));
    QVERIFY(r.err.contains(QStringLiteral("consentdesk-cli signin")));
    // A token the service rejects is also "sign in again".
    const Run rejected
        = run({QStringLiteral("--sandbox"), m_server.baseUrl().toString(), QStringLiteral("whoami")}, "wrong");
    QCOMPARE(rejected.code, 3);
}

void TestCliContract::whoamiFormats()
{
    const QString sandbox = m_server.baseUrl().toString();
    const Run table = run({QStringLiteral("--sandbox"), sandbox, QStringLiteral("whoami")}, kToken);
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(QStringLiteral("adele@contoso.com")));
    QVERIFY(table.out.contains(QStringLiteral("Global Reader")));
    QVERIFY(!table.out.contains(QStringLiteral("Sales"))); // groups are not roles

    // Global options may also follow the command.
    const Run json = run({QStringLiteral("whoami"),
                          QStringLiteral("--sandbox"),
                          sandbox,
                          QStringLiteral("--format"),
                          QStringLiteral("json")},
                         kToken);
    QCOMPARE(json.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("UserPrincipalName")).toString(),
             QStringLiteral("adele@contoso.com"));
    QCOMPARE(rows.first().toObject().value(QStringLiteral("Roles")).toString(), QStringLiteral("Global Reader"));

    const Run csv = run({QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         QStringLiteral("--graph"),
                         sandbox,
                         QStringLiteral("whoami")},
                        kToken);
    QCOMPARE(csv.code, 0);
    // The first four columns are the contract; more are only ever appended.
    QVERIFY(csv.out.startsWith(QStringLiteral("UserPrincipalName,DisplayName,Id,Roles,")));
}

void TestCliContract::signInCommandsAreDocumented()
{
    const Run help = run({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("signin")));
    QVERIFY(help.out.contains(QStringLiteral("signout")));
    QVERIFY(help.out.contains(QStringLiteral("--profile")));
    const Run signin = run({QStringLiteral("signin"), QStringLiteral("--help")});
    QCOMPARE(signin.code, 0);
    QVERIFY(signin.out.contains(QStringLiteral("--user")));
    QVERIFY(signin.out.contains(QStringLiteral("is missing or locked")));
    QVERIFY(signin.out.contains(QStringLiteral("Exit codes")));
}

void TestCliContract::signoutWithNothingStored()
{
    const Run r = run({QStringLiteral("signout")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("nothing to remove")));
}

void TestCliContract::unknownProfileIsUsage()
{
    const Run r = run({QStringLiteral("--profile"), QStringLiteral("Nope"), QStringLiteral("whoami")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("Nope")));
    // With CONSENTDESK_ACCESS_TOKEN the profile is still consulted (README), so a misspelt one is not silently
    // replaced by the global cloud's endpoints and no tenant: it ran on as if --profile had not been given.
    const Run automation = run({QStringLiteral("--sandbox"),
                                m_server.baseUrl().toString(),
                                QStringLiteral("--profile"),
                                QStringLiteral("Nope"),
                                QStringLiteral("whoami")},
                               kToken);
    QCOMPARE(automation.code, 2);
    QVERIFY2(automation.err.contains(QStringLiteral("There is no profile named \"Nope\"")), qPrintable(automation.err));
}

void TestCliContract::whoamiCapabilityMap()
{
    const QString sandbox = m_server.baseUrl().toString();
    // A Global Reader may read requests but not grant: the map says so, with the reason.
    const Run json = run({QStringLiteral("--sandbox"),
                          sandbox,
                          QStringLiteral("whoami"),
                          QStringLiteral("--format"),
                          QStringLiteral("json")},
                         kToken);
    QCOMPARE(json.code, 0);
    const QJsonObject row = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("SignedInVia")).toString(), QStringLiteral("environment token"));
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& v : row.value(QStringLiteral("Capabilities")).toArray()) {
        byName.insert(v.toObject().value(QStringLiteral("Capability")).toString(), v.toObject());
    }
    QVERIFY(byName.value(QStringLiteral("read-requests")).value(QStringLiteral("Allowed")).toBool());
    const QJsonObject grant = byName.value(QStringLiteral("grant-delegated"));
    QCOMPARE(grant.value(QStringLiteral("Allowed")).toBool(true), false);
    QVERIFY(grant.value(QStringLiteral("Reason")).toString().contains(QStringLiteral("Global Reader")));

    const Run csv = run({QStringLiteral("--sandbox"),
                         sandbox,
                         QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         QStringLiteral("whoami")},
                        kToken);
    QCOMPARE(csv.code, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // one header, one account
    QVERIFY(lines.first().contains(QStringLiteral(",grant-delegated,")));
    QVERIFY(lines.last().contains(QStringLiteral("no: Needs ")));

    const Run table = run({QStringLiteral("--sandbox"), sandbox, QStringLiteral("whoami")}, kToken);
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(QStringLiteral("Why not")));
    QVERIFY(table.out.contains(QStringLiteral("grant delegated permissions")));
}

void TestCliContract::permissionDeniedIsFour()
{
    m_meStatus = 403;
    const Run r = run({QStringLiteral("--sandbox"), m_server.baseUrl().toString(), QStringLiteral("whoami")}, kToken);
    m_meStatus = 200;
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains(QStringLiteral("Authorization_RequestDenied")));
}

void TestCliContract::notFoundIsFive()
{
    m_meStatus = 404;
    const Run r = run({QStringLiteral("--sandbox"), m_server.baseUrl().toString(), QStringLiteral("whoami")}, kToken);
    m_meStatus = 200;
    QCOMPARE(r.code, 5);
}

void TestCliContract::tokenNeverPrinted()
{
    const Run r = run({QStringLiteral("--verbose"),
                       QStringLiteral("--sandbox"),
                       m_server.baseUrl().toString(),
                       QStringLiteral("whoami")},
                      kToken);
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(QString::fromLatin1(kToken)));
    QVERIFY(!r.err.contains(QString::fromLatin1(kToken)));
}

// Issue 12.7: an answer over the size limit fails the command with words an admin can act on.
void TestCliContract::oversizedAnswerIsWordedForTheAdmin()
{
    m_oversized = true;
    m_extraEnv.insert(QStringLiteral("CONSENTDESK_MAX_RESPONSE_MB"), QStringLiteral("1"));
    const Run r = run({QStringLiteral("--sandbox"), m_server.baseUrl().toString(), QStringLiteral("whoami")}, kToken);
    m_oversized = false;
    m_extraEnv.clear();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("larger than 1 MiB")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("CONSENTDESK_MAX_RESPONSE_MB")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String("xxxxxxxx")));
}

// Every command's --help lists its options with room between each option and its text: a long option name
// (--application-permission <value>) ran into its description.
void TestCliContract::everyCommandHelpSeparatesOptionsFromTheirText()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    const QStringList lines = help.out.split(QLatin1Char('\n'));
    const qsizetype commandsAt = lines.indexOf(QStringLiteral("Commands:"));
    QVERIFY(commandsAt >= 0);
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    static const QRegularExpression optionLine(QStringLiteral("^  --[a-z-]+( <[^>]+>)?  +\\S"));
    int commands = 0;
    for (qsizetype i = commandsAt + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        QStringList words;
        for (const QString& token : lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!word.match(token).hasMatch()) {
                break;
            }
            words.append(token);
        }
        QVERIFY2(!words.isEmpty(), qPrintable(lines.at(i)));
        const Run commandHelp = run(words + QStringList {QStringLiteral("--help")});
        QCOMPARE(commandHelp.code, 0);
        ++commands;
        const QStringList helpLines = commandHelp.out.split(QLatin1Char('\n'));
        for (qsizetype j = helpLines.indexOf(QStringLiteral("Options:")) + 1;
             j > 0 && j < helpLines.size() && !helpLines.at(j).isEmpty();
             ++j) {
            QVERIFY2(optionLine.match(helpLines.at(j)).hasMatch(),
                     qPrintable(words.join(QLatin1Char(' ')) + QStringLiteral(": ") + helpLines.at(j)));
        }
    }
    QVERIFY(commands > 20);
}

// The command words are taken out of the line where they stand, not wherever the same word first appears: a profile
// named "explain" before `--format json explain …` took the format's place and the format went into TEXT.
void TestCliContract::optionValueSpelledLikeTheCommand()
{
    const Run r = run({QStringLiteral("--profile"),
                       QStringLiteral("explain"),
                       QStringLiteral("--format"),
                       QStringLiteral("json"),
                       QStringLiteral("explain"),
                       QStringLiteral("AADSTS90094")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(answer.value(QStringLiteral("recognized")).toBool(), qPrintable(r.out));
}

// `consentdesk-cli grants` said "unknown command 'grants'" — it is the start of three commands; say which.
void TestCliContract::commandGroupWithoutSubcommandNamesThem()
{
    const Run grants = run({QStringLiteral("grants")});
    QCOMPARE(grants.code, 2);
    for (const char* command : {"grants list", "grants revoke", "grants keep-only"}) {
        QVERIFY2(grants.err.contains(QLatin1String(command)), qPrintable(grants.err));
    }
    QVERIFY2(!grants.err.contains(QLatin1String("unknown command")), qPrintable(grants.err));
    const Run policy = run({QStringLiteral("policy"), QStringLiteral("frobnicate")});
    QCOMPARE(policy.code, 2);
    QVERIFY2(policy.err.contains(QLatin1String("policy matrix")), qPrintable(policy.err));
}

// `grants revoke` lets a Privileged Role Administrator revoke (CapabilityMap, as Microsoft lists the role for deleting
// grants and app role assignments) and says so when it refuses someone; its help left the role out.
void TestCliContract::revokeHelpNamesEveryRoleThatMayRevoke()
{
    const Run help = run({QStringLiteral("grants"), QStringLiteral("revoke"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    const QString text = QString(help.out).replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (const char* role : {"Cloud Application Administrator",
                             "Application Administrator",
                             "Privileged Role Administrator",
                             "Global Administrator"}) {
        QVERIFY2(text.contains(QLatin1String(role)), role);
    }
}

#if defined(Q_OS_LINUX)
// A script's `consentdesk-cli … > report.csv` on a full disk must not exit 0 with the report lost (it did: every
// write failed and nobody said so). /dev/full fails every write with ENOSPC.
void TestCliContract::unwritableOutputIsAFailure()
{
    const QString sandbox = m_server.baseUrl().toString();
    for (const QStringList& args : {QStringList {QStringLiteral("--sandbox"),
                                                 sandbox,
                                                 QStringLiteral("whoami"),
                                                 QStringLiteral("--format"),
                                                 QStringLiteral("json")},
                                    QStringList {QStringLiteral("--help")}}) {
        QProcess process;
        process.setProcessEnvironment(environment(kToken));
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(TestPaths::binDir() + QStringLiteral("/consentdesk-cli"), args);
        QVERIFY(finished.wait(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 1, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + err));
        QVERIFY2(err.contains(QLatin1String("standard output")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("No space left on device")), qPrintable(err));
    }
}

// `consentdesk-cli … | head` stops reading early: that is the reader's choice, not an error to print.
void TestCliContract::closedPipeIsQuiet()
{
    const QString errFile = m_home.filePath(QStringLiteral("closed-pipe.err"));
    QProcess shell;
    QProcessEnvironment env = environment(kToken);
    env.insert(QStringLiteral("CD_ERR"), errFile);
    shell.setProcessEnvironment(env);
    QSignalSpy finished(&shell, &QProcess::finished);
    // `true` exits at once, so by the time the CLI writes (after a second), nobody reads the pipe: EPIPE.
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("(sleep 1; exec \"$0\" \"$@\" 2>\"$CD_ERR\") | true"),
                 TestPaths::binDir() + QStringLiteral("/consentdesk-cli"),
                 QStringLiteral("--sandbox"),
                 m_server.baseUrl().toString(),
                 QStringLiteral("whoami")});
    QVERIFY(finished.wait(60000));
    QFile err(errFile);
    QVERIFY(err.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(err.readAll()), QString());
}
#endif

QTEST_GUILESS_MAIN(TestCliContract)
#include "TestCliContract.moc"
