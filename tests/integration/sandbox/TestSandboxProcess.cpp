#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <zlib.h>

// The built executable honours its command-line contract: first stdout line "listening on http://127.0.0.1:PORT",
// serves until SIGTERM, exits cleanly; bad options are usage errors.
class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listensAndAnswers();
    void defaultsToTheEmbeddedDemoTenant();
    void servesAGzippedSnapshot();
    void faultSeedOption();
    void usageErrors_data();
    void usageErrors();

private:
    QString executable() const;
    bool startSandbox(QProcess& process, const QStringList& arguments, QUrl* base);
    QJsonObject getJson(const QUrl& url, int* status);
};

QString TestSandboxProcess::executable() const
{
#ifdef Q_OS_WIN
    return QDir(TestPaths::binDir()).filePath(QStringLiteral("consentdesk-sandbox.exe"));
#else
    return QDir(TestPaths::binDir()).filePath(QStringLiteral("consentdesk-sandbox"));
#endif
}

void TestSandboxProcess::initTestCase()
{
    QVERIFY2(QFile::exists(executable()), qPrintable(executable()));
}

bool TestSandboxProcess::startSandbox(QProcess& process, const QStringList& arguments, QUrl* base)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(executable(), arguments);
    if (!process.waitForStarted(5000)) {
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < 15000) {
        process.waitForReadyRead(200);
        if (process.state() == QProcess::NotRunning) {
            break;
        }
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression contract(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))$"));
    const auto match = contract.match(line);
    if (!match.hasMatch()) {
        qWarning("first line: '%s', stderr: %s", qPrintable(line), process.readAllStandardError().constData());
        return false;
    }
    *base = QUrl(match.captured(1));
    return match.captured(2).toInt() > 0;
}

QJsonObject TestSandboxProcess::getJson(const QUrl& url, int* status)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

void TestSandboxProcess::listensAndAnswers()
{
    QProcess process;
    QUrl base;
    const QString fixture = QDir(TestPaths::sourceDir()).filePath(QStringLiteral("tests/data/sandbox-mini.json"));
    QVERIFY(startSandbox(
        process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fixture"), fixture}, &base));
    int status = 0;
    const QJsonObject info = getJson(QUrl(base.toString() + QStringLiteral("/_sandbox/info")), &status);
    QCOMPARE(status, 200);
    QCOMPARE(info.value(QStringLiteral("tenantId")).toString(), QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QCOMPARE(info.value(QStringLiteral("users")).toArray().size(), 28);
    // Graph without a token: 401.
    getJson(QUrl(base.toString() + QStringLiteral("/v1.0/me")), &status);
    QCOMPARE(status, 401);
    process.terminate(); // SIGTERM: a clean exit
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Only the contract line on stdout; logs go to stderr.
    QVERIFY(process.readAllStandardOutput().trimmed().isEmpty());
}

void TestSandboxProcess::defaultsToTheEmbeddedDemoTenant()
{
    QProcess process;
    QUrl base;
    QVERIFY(startSandbox(process, {QStringLiteral("--page-size"), QStringLiteral("5")}, &base));
    int status = 0;
    const QJsonObject info = getJson(QUrl(base.toString() + QStringLiteral("/_sandbox/info")), &status);
    QCOMPARE(status, 200);
    QVERIFY(!info.value(QStringLiteral("tenantId")).toString().isEmpty());
    QCOMPARE(info["options"]["pageSize"].toInt(), 5);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

// `consentdesk-cli snapshot export x.json.gz` writes gzip: --fixture serves that file as the tenant as it is; a copy
// cut short is refused, saying so.
void TestSandboxProcess::servesAGzippedSnapshot()
{
    const QByteArray snapshot
        = R"({"consentDeskSnapshot":{"schemaVersion":1,"tenantId":"5d1c4a55-0f0e-4c52-9c36-4b1a1f2e1717",
"tenantDisplayName":"Gzip Traders","createdDateTime":"2026-12-07T20:00:00Z","createdBy":"auditor@gzip.example",
"consentDeskVersion":"0.1.0"},
"servicePrincipals":[{"id":"7c9a2b1e-1111-4a1a-8a1a-000000000001","appId":"00000003-0000-0000-c000-000000000000",
"displayName":"Microsoft Graph","appRoles":[],"oauth2PermissionScopes":[]}],
"oauth2PermissionGrants":[],"appRoleAssignments":[],"users":[],"appConsentRequests":[],"applicationAccessPolicies":[],
"policies":{},"errors":[],
"consentDeskSnapshotEnd":{"servicePrincipals":1,"oauth2PermissionGrants":0,"appRoleAssignments":0,"users":0,
"appConsentRequests":0,"applicationAccessPolicies":0}})";
    QTemporaryDir dir;
    const QString whole = dir.filePath(QStringLiteral("tenant.json.gz"));
    gzFile out = gzopen(QFile::encodeName(whole).constData(), "wb");
    QVERIFY(out);
    QCOMPARE(gzwrite(out, snapshot.constData(), unsigned(snapshot.size())), int(snapshot.size()));
    QCOMPARE(gzclose(out), Z_OK);

    QProcess process;
    QUrl base;
    QVERIFY(startSandbox(
        process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fixture"), whole}, &base));
    int status = 0;
    const QJsonObject info = getJson(QUrl(base.toString() + QStringLiteral("/_sandbox/info")), &status);
    QCOMPARE(status, 200);
    QCOMPARE(info.value(QStringLiteral("tenantId")).toString(), QStringLiteral("5d1c4a55-0f0e-4c52-9c36-4b1a1f2e1717"));
    QVERIFY(QJsonDocument(info.value(QStringLiteral("users")).toArray())
                .toJson()
                .contains("snapshot.reader@snapshot.invalid"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    // The same file cut short (a copy that did not finish): refused with the reason, no tenant served.
    QFile full(whole);
    QVERIFY(full.open(QIODevice::ReadOnly));
    const QByteArray bytes = full.readAll();
    const QString cut = dir.filePath(QStringLiteral("cut.json.gz"));
    QFile part(cut);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(bytes.left(bytes.size() / 2));
    part.close();
    // A fixture the sandbox refuses: it exits non-zero saying why, and never listens.
    const auto refusedSaying = [this](const QString& fixture, const QString& why, const QProcessEnvironment& env) {
        QProcess refused;
        refused.setProcessEnvironment(env);
        refused.start(executable(),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fixture"), fixture});
        if (!refused.waitForFinished(15000) || refused.exitCode() == 0
            || refused.readAllStandardOutput().contains("listening on")) {
            return QStringLiteral("still serving, or no reason given");
        }
        const QString err = QString::fromUtf8(refused.readAllStandardError());
        return err.contains(why) ? QString() : err;
    };
    const QProcessEnvironment inherited = QProcessEnvironment::systemEnvironment();
    QString refusal = refusedSaying(cut, QStringLiteral("truncated"), inherited);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));

    // A small file that inflates past the snapshot limit (a gzip bomb, or a snapshot too big for the client too) is
    // refused before it fills the memory: 3 MB of JSON padding in a few KB, with the limit at 1 MB.
    const QString bomb = dir.filePath(QStringLiteral("bomb.json.gz"));
    gzFile bombOut = gzopen(QFile::encodeName(bomb).constData(), "wb9");
    QVERIFY(bombOut);
    const QByteArray padding(3 * 1024 * 1024, ' ');
    QCOMPARE(gzwrite(bombOut, padding.constData(), unsigned(padding.size())), int(padding.size()));
    QCOMPARE(gzwrite(bombOut, snapshot.constData(), unsigned(snapshot.size())), int(snapshot.size()));
    QCOMPARE(gzclose(bombOut), Z_OK);
    QVERIFY(QFileInfo(bomb).size() < 64 * 1024);
    QProcessEnvironment limited = inherited;
    limited.insert(QStringLiteral("CONSENTDESK_MAX_SNAPSHOT_MB"), QStringLiteral("1"));
    refusal = refusedSaying(bomb, QStringLiteral("more than 1 MB"), limited);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));

    // The same limit holds for a plain file, before it is read at all.
    const QString plainBig = dir.filePath(QStringLiteral("big.json"));
    QFile plain(plainBig);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(padding);
    plain.write(snapshot);
    plain.close();
    refusal = refusedSaying(plainBig, QStringLiteral("larger than 1 MB"), limited);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));

    // Under the limit (the default, 2 GB) the padded file is an ordinary fixture.
    QProcess padded;
    QUrl paddedBase;
    QVERIFY(startSandbox(
        padded, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fixture"), bomb}, &paddedBase));
    padded.terminate();
    QVERIFY(padded.waitForFinished(10000));
}

// --fault-seed is documented in --help, reported by /_sandbox/info, and leaves the generated tenant alone.
void TestSandboxProcess::faultSeedOption()
{
    QProcess help;
    help.start(executable(), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(help.readAllStandardOutput().contains("--fault-seed <N>"));

    QJsonObject infos[2];
    const QStringList common {QStringLiteral("--generate"),
                              QStringLiteral("small"),
                              QStringLiteral("--seed"),
                              QStringLiteral("3"),
                              QStringLiteral("--throttle-rate"),
                              QStringLiteral("0.5")};
    const QStringList extra[2] = {{}, {QStringLiteral("--fault-seed"), QStringLiteral("99")}};
    for (int i = 0; i < 2; ++i) {
        QProcess process;
        QUrl base;
        QVERIFY(startSandbox(process, common + extra[i], &base));
        int status = 0;
        infos[i] = getJson(QUrl(base.toString() + QStringLiteral("/_sandbox/info")), &status);
        QCOMPARE(status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }
    const QJsonObject plain = infos[0];
    const QJsonObject reseeded = infos[1];
    QCOMPARE(plain["options"]["seed"].toString(), QStringLiteral("3"));
    QCOMPARE(plain["options"]["faultSeed"].toString(), QStringLiteral("3")); // defaults to --seed
    QCOMPARE(reseeded["options"]["seed"].toString(), QStringLiteral("3"));
    QCOMPARE(reseeded["options"]["faultSeed"].toString(), QStringLiteral("99"));
    QCOMPARE(reseeded.value(QStringLiteral("tenantId")), plain.value(QStringLiteral("tenantId")));
    QCOMPARE(reseeded.value(QStringLiteral("users")), plain.value(QStringLiteral("users")));
}

void TestSandboxProcess::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--shoe")};
    QTest::newRow("bad port") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("bad rate") << QStringList {QStringLiteral("--error-rate"), QStringLiteral("2")};
    QTest::newRow("bad gateway timeout rate")
        << QStringList {QStringLiteral("--gateway-timeout-rate"), QStringLiteral("-0.1")};
    QTest::newRow("rates over 1") << QStringList {QStringLiteral("--error-rate"),
                                                  QStringLiteral("0.6"),
                                                  QStringLiteral("--throttle-rate"),
                                                  QStringLiteral("0.6")};
    QTest::newRow("bad size") << QStringList {QStringLiteral("--generate"), QStringLiteral("gigantic")};
    QTest::newRow("both sources") << QStringList {
        QStringLiteral("--generate"), QStringLiteral("small"), QStringLiteral("--fixture"), QStringLiteral("x.json")};
    QTest::newRow("bad fault seed") << QStringList {QStringLiteral("--fault-seed"), QStringLiteral("-1")};
    QTest::newRow("fault seed text") << QStringList {QStringLiteral("--fault-seed"), QStringLiteral("abc")};
    QTest::newRow("page size") << QStringList {QStringLiteral("--page-size"), QStringLiteral("1000")};
    QTest::newRow("positional") << QStringList {QStringLiteral("extra")};
}

void TestSandboxProcess::usageErrors()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(executable(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "TestSandboxProcess.moc"
