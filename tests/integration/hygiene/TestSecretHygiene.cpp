// Secret hygiene of a whole session: sign-in through the sandbox's page (SandboxBrowserDriver), a Graph call, a forced
// refresh, the Exchange token and sign-out, with the app's logging (file + console, most talkative level) and its
// settings — then every file under this test's private HOME and everything the process printed meanwhile are searched
// for every token, code, verifier and state that was issued or sent. One hit fails the test.
#include "OutputCapture.h"
#include "SecretRecorder.h"

#include "async/Async.h"
#include "auth/MemorySecretStore.h"
#include "auth/ProfileStore.h"
#include "auth/SandboxBrowserDriver.h"
#include "auth/SignInManager.h"
#include "graph/GraphClient.h"
#include "log/Log.h"
#include "log/Redactor.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cstdio>

namespace {

const QString kUpn = QStringLiteral("adaeze.okafor@contoso.com");

struct TokenResult
{
    bool done = false;
    AccessToken token;
    GraphError error;
};

TokenResult requestToken(SignInManager& manager, TokenResource resource, bool force)
{
    auto result = std::make_shared<TokenResult>();
    QObject context;
    Async::then(manager.requestToken(resource, force), &context, [result](const TokenProvider::Answer& a) {
        *result = {true, a.token, a.error};
    });
    // The caller checks result.done: a timeout shows up there, with the context of the call.
    (void)QTest::qWaitFor([result] { return result->done; }, 20000);
    return *result;
}

QString publicClientId(SandboxServer& sandbox)
{
    for (const QJsonValue& client : sandbox.store().clients()) {
        if (client.toObject().value(QStringLiteral("publicClient")).toBool()) {
            return client.toObject().value(QStringLiteral("appId")).toString();
        }
    }
    return {};
}

// Everything the session ran, with the steps it reached; the caller checks them after the output is restored.
struct Session
{
    QStringList steps;
    QString failure;
};

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretInFilesOrOutput();

private:
    Session runSession(SecretRecorder& recorder);

    QString m_home;
};

void TestSecretHygiene::initTestCase()
{
    m_home = QDir::cleanPath(qEnvironmentVariable("HOME"));
    // Never wipe a developer's real HOME: outside ctest (which gives each test a private one) make our own.
    if (!m_home.contains(QLatin1String("/tests/home/"))) {
        m_home = QDir::cleanPath(QDir::tempPath() + QStringLiteral("/consentdesk-hygiene-home/tests/home/hygiene"));
        const QByteArray home = m_home.toLocal8Bit();
        qputenv("HOME", home);
        qputenv("XDG_CONFIG_HOME", QByteArray(home + "/.config"));
        qputenv("XDG_DATA_HOME", QByteArray(home + "/.local/share"));
        qputenv("XDG_CACHE_HOME", QByteArray(home + "/.cache"));
    }
    // A clean HOME: every file found afterwards was written by this session.
    QDir home(m_home);
    home.removeRecursively();
    QVERIFY(home.mkpath(QStringLiteral(".")));
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("consentdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDesk"));
}

Session TestSecretHygiene::runSession(SecretRecorder& recorder)
{
    Session session;
    auto fail = [&session](const QString& why) {
        session.failure = why;
        return session;
    };

    SandboxServer sandbox; // the demo tenant, as consentdesk --demo runs it
    QString error;
    if (sandbox.start(&error) == 0) {
        return fail(QStringLiteral("sandbox: ") + error);
    }
    AuthProfile profile
        = AuthProfile::forSandbox(sandbox.baseUrl(), sandbox.store().tenantId(), publicClientId(sandbox));
    ProfileStore profiles; // QSettings of the application, under this HOME
    profile.id = profiles.save(profile);
    profiles.setCurrentId(profile.id);

    MemorySecretStore store; // no keychain in label "default" runs; the session-only store
    SignInManager manager;
    manager.setSecretStore(&store);
    manager.setProfileStore(&profiles);
    manager.setNetworkAccessManager(&recorder);
    SandboxBrowserDriver driver(kUpn);
    manager.setInteractiveDriver([&](const QUrl& url) {
        recorder.add(QStringLiteral("state"),
                     QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        driver.complete(url);
    });

    QSignalSpy signedIn(&manager, &SignInManager::signedIn);
    QSignalSpy failed(&manager, &SignInManager::signInFailed);
    manager.signIn(profile);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000) || signedIn.isEmpty()) {
        return fail(QStringLiteral("sign-in: ") + manager.lastError().summary());
    }
    session.steps << QStringLiteral("signed-in");

    GraphReply* me = manager.graphClient()->send(GraphRequest::get(QStringLiteral("/me")));
    QSignalSpy meDone(me, &GraphReply::finished);
    if (!meDone.wait(20000) || !me->ok()) {
        return fail(QStringLiteral("graph call: ") + me->error().summary());
    }
    session.steps << QStringLiteral("graph-call");

    const TokenResult before = requestToken(manager, TokenResource::Graph, false);
    recorder.add(QStringLiteral("access_token"), QString::fromUtf8(before.token.value));
    const TokenResult refreshed = requestToken(manager, TokenResource::Graph, true);
    if (!refreshed.done || refreshed.error.isError() || refreshed.token.value == before.token.value) {
        return fail(QStringLiteral("forced refresh: ") + refreshed.error.summary());
    }
    recorder.add(QStringLiteral("access_token"), QString::fromUtf8(refreshed.token.value));
    session.steps << QStringLiteral("refreshed");

    const TokenResult exchange = requestToken(manager, TokenResource::Exchange, false);
    if (!exchange.done || exchange.error.isError()) {
        return fail(QStringLiteral("exchange token: ") + exchange.error.summary());
    }
    recorder.add(QStringLiteral("access_token"), QString::fromUtf8(exchange.token.value));
    session.steps << QStringLiteral("exchange");

    manager.signOut();
    if (!QTest::qWaitFor([&] { return store.count() == 0; }, 5000) || manager.isSignedIn()) {
        return fail(QStringLiteral("sign-out left the session behind"));
    }
    session.steps << QStringLiteral("signed-out");

    profiles.sync();
    return session;
}

void TestSecretHygiene::noSecretInFilesOrOutput()
{
    QTemporaryDir outside; // the captured output lives outside HOME, so the search below sees only the app's files
    QVERIFY(outside.isValid());
    QVERIFY2(!QDir::cleanPath(outside.path()).startsWith(m_home), "TMPDIR is inside HOME");
    const QString outputFile = outside.filePath(QStringLiteral("output.txt"));

    SecretRecorder recorder;
    OutputCapture capture;
    QVERIFY(capture.start(outputFile));
    Log::Options logOptions; // the app's own log place: AppLocalDataLocation/logs under this HOME
    logOptions.level = spdlog::level::trace; // more than debug: everything any logger has to say
    logOptions.console = true; // and stderr, which is captured
    Log::init(logOptions);
    const Session session = runSession(recorder); // its objects are gone (and have logged their last) on return
    Log::flush();
    Log::shutdown(); // closes the log file, as the app does on exit
    capture.stop();

    QFile outputIn(outputFile);
    QVERIFY(outputIn.open(QIODevice::ReadOnly));
    const QByteArray output = outputIn.readAll();

    // Every file the session left under HOME: logs, settings, anything else (a journal, caches).
    QHash<QString, QByteArray> files;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        files.insert(QDir(m_home).relativeFilePath(path), f.readAll());
    }

    // The search runs before anything of the session is shown: a leak must not reach the CI log through us.
    QStringList leaks;
    for (const SecretRecorder::Secret& secret : recorder.secrets()) {
        const QString where = QStringLiteral("%1 %2").arg(secret.kind, Redactor::fingerprint(secret.value.toUtf8()));
        for (const QString& needle : SecretRecorder::needles(secret.value)) {
            const QByteArray bytes = needle.toUtf8();
            if (output.contains(bytes)) {
                leaks << where + QStringLiteral(" in the test output");
            }
            for (auto f = files.cbegin(); f != files.cend(); ++f) {
                if (f.value().contains(bytes)) {
                    leaks << where + QStringLiteral(" in ") + f.key();
                }
            }
        }
    }
    leaks.removeDuplicates();

    // Shown with every known secret replaced by its fingerprint.
    QString shown = QString::fromUtf8(output);
    for (const SecretRecorder::Secret& secret : recorder.secrets()) {
        shown.replace(secret.value, Redactor::fingerprint(secret.value.toUtf8()));
    }
    std::fprintf(stderr,
                 "---- session output (secrets replaced by fingerprints) ----\n%s---- end ----\n",
                 qPrintable(Redactor::scrub(shown)));
    std::fflush(stderr);

    QVERIFY2(session.failure.isEmpty(), qPrintable(session.failure));
    QCOMPARE(session.steps,
             QStringList({QStringLiteral("signed-in"),
                          QStringLiteral("graph-call"),
                          QStringLiteral("refreshed"),
                          QStringLiteral("exchange"),
                          QStringLiteral("signed-out")}));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));

    // The search had something to find and somewhere to look.
    QCOMPARE(recorder.count(QStringLiteral("code")), 1);
    QCOMPARE(recorder.count(QStringLiteral("code_verifier")), 1);
    QCOMPARE(recorder.count(QStringLiteral("state")), 1);
    QVERIFY(recorder.count(QStringLiteral("access_token")) >= 3); // sign-in, refresh, Exchange
    QVERIFY(recorder.count(QStringLiteral("refresh_token")) >= 3); // issued, rotated twice
    QVERIFY(recorder.count(QStringLiteral("id_token")) >= 1);
    QByteArray logText;
    QByteArray settingsText;
    for (auto f = files.cbegin(); f != files.cend(); ++f) {
        if (f.key().contains(QLatin1String("/logs/"))) {
            logText += f.value();
        }
        if (f.value().contains(kUpn.toUtf8()) && !f.key().contains(QLatin1String("/logs/"))) {
            settingsText += f.value(); // lastUser: the non-secret half of the sign-in, in the profile store
        }
    }
    QVERIFY2(logText.contains("sign-in callback accepted"), qPrintable(QStringList(files.keys()).join(u' ')));
    QVERIFY2(logText.contains("refresh"), "the log says nothing about the refresh");
    QVERIFY2(!settingsText.isEmpty(), qPrintable(QStringList(files.keys()).join(u' ')));
    QVERIFY(output.contains("sign-in callback accepted")); // the console sink was captured
    qInfo("searched %d secrets in %d files and %d bytes of output",
          int(recorder.secrets().size()),
          int(files.size()),
          int(output.size()));
}

QTEST_GUILESS_MAIN(TestSecretHygiene)

#include "TestSecretHygiene.moc"
