// The system keychain through QtKeychain: round trips (including a chunked 6 KB secret), overwrite with a shorter
// value, delete; and without a Secret Service, SignInManager keeps the sign-in for this session only and says why.
#include "FakeIdentityPlatform.h"

#include "async/Async.h"
#include "auth/KeychainSecretStore.h"
#include "auth/SignInManager.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <cstdio>
#include <optional>

namespace {

const QString kService = QStringLiteral("org.consentdesk.ConsentDesk.test");

template<typename T> std::optional<T> waitFor(const QFuture<T>& future)
{
    if (!QTest::qWaitFor([future] { return future.isFinished(); }, 30000) || future.isCanceled()) {
        return std::nullopt;
    }
    return future.result();
}

SecretStore::Read readSync(SecretStore& store, const QString& key)
{
    return waitFor(store.read(key))
        .value_or(SecretStore::Read {
            {}, SecretStore::Error::make(SecretStore::Error::Code::Other, QStringLiteral("timed out"))});
}

SecretStore::Error writeSync(SecretStore& store, const QString& key, const QByteArray& data)
{
    return waitFor(store.write(key, data))
        .value_or(SecretStore::Error::make(SecretStore::Error::Code::Other, QStringLiteral("timed out")));
}

SecretStore::Error removeSync(SecretStore& store, const QString& key)
{
    return waitFor(store.remove(key))
        .value_or(SecretStore::Error::make(SecretStore::Error::Code::Other, QStringLiteral("timed out")));
}

// Whether a raw entry (one chunk) exists, bypassing the store.
bool rawEntryExists(const QString& key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    done.wait(30000);
    return job.error() == QKeychain::NoError;
}

QByteArray pattern(int size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = char((i * 31 + seed) % 256);
    }
    return data;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void largeSecretIsChunked();
    void shorterOverwriteIgnoresStaleChunks();
    void deleteThenNotFound();
    void callerOrStoreGoneMidOperation();
    void noSecretServiceMeansSessionOnly();
    void lockedKeyringMeansSessionOnly();

private:
    static QString runChild(const QString& program, const QStringList& arguments, const QProcessEnvironment& env);
    static void verifySessionOnly(const QString& out, const QStringList& reasonWords);
};

void TestKeychainSecretStore::roundTrip()
{
    KeychainSecretStore store(kService);
    QVERIFY(store.isPersistent());
    const QString key = SecretStore::refreshTokenKey(QStringLiteral("tenant-a"), QStringLiteral("user-a"));
    const SecretStore::Error w = writeSync(store, key, "0.AXEA-refresh+token/with=chars");
    QVERIFY2(!w, qPrintable(w.message));
    const SecretStore::Read r = readSync(store, key);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.secret, QByteArray("0.AXEA-refresh+token/with=chars"));
    QVERIFY(!removeSync(store, key));
}

void TestKeychainSecretStore::largeSecretIsChunked()
{
    KeychainSecretStore store(kService);
    const QString key = SecretStore::refreshTokenKey(QStringLiteral("tenant-b"), QStringLiteral("user-b"));
    const QByteArray big = pattern(6 * 1024, 7); // 3 chunks of at most 2048 bytes (Windows' 2560-byte cap)
    const SecretStore::Error w = writeSync(store, key, big);
    QVERIFY2(!w, qPrintable(w.message));
    QVERIFY(rawEntryExists(KeychainSecretStore::chunkKey(key, 1)));
    QVERIFY(rawEntryExists(KeychainSecretStore::chunkKey(key, 2)));
    QVERIFY(!rawEntryExists(KeychainSecretStore::chunkKey(key, 3)));
    const SecretStore::Read r = readSync(store, key);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.secret.size(), big.size());
    QCOMPARE(r.secret, big);
    QVERIFY(!removeSync(store, key));
    QVERIFY(!rawEntryExists(KeychainSecretStore::chunkKey(key, 1)));
    QVERIFY(!rawEntryExists(KeychainSecretStore::chunkKey(key, 2)));
}

void TestKeychainSecretStore::shorterOverwriteIgnoresStaleChunks()
{
    KeychainSecretStore store(kService);
    const QString key = SecretStore::refreshTokenKey(QStringLiteral("tenant-c"), QStringLiteral("user-c"));
    QVERIFY(!writeSync(store, key, pattern(5000, 1)));
    QVERIFY(!writeSync(store, key, "short")); // the rotated token is shorter
    const SecretStore::Read r = readSync(store, key);
    QVERIFY(!r.error);
    QCOMPARE(r.secret, QByteArray("short"));
    QVERIFY(!rawEntryExists(KeychainSecretStore::chunkKey(key, 1))); // leftovers removed
    QVERIFY(!writeSync(store, key, pattern(4500, 2))); // and longer again
    QCOMPARE(readSync(store, key).secret, pattern(4500, 2));
    QVERIFY(!removeSync(store, key));
}

void TestKeychainSecretStore::deleteThenNotFound()
{
    KeychainSecretStore store(kService);
    const QString key = SecretStore::refreshTokenKey(QStringLiteral("tenant-d"), QStringLiteral("user-d"));
    QVERIFY(!writeSync(store, key, "to be deleted"));
    QVERIFY(!removeSync(store, key));
    const SecretStore::Read r = readSync(store, key);
    QCOMPARE(r.error.code, SecretStore::Error::Code::NotFound);
    QVERIFY(!removeSync(store, key)); // removing nothing succeeds
}

// The future replaced the store's hand-written guard of the caller's context: a caller gone before the answer is not
// called (the answer still comes for whoever holds the future); a store destroyed mid-write cancels its future.
void TestKeychainSecretStore::callerOrStoreGoneMidOperation()
{
    KeychainSecretStore store(kService);
    const QString key = SecretStore::refreshTokenKey(QStringLiteral("tenant-e"), QStringLiteral("user-e"));
    QVERIFY(!writeSync(store, key, pattern(3000, 3))); // two chunks: a read is a chain of two jobs
    bool called = false;
    auto* caller = new QObject;
    const QFuture<SecretStore::Read> read = store.read(key);
    Async::then(read, caller, [&called](const SecretStore::Read&) { called = true; });
    delete caller;
    QVERIFY(QTest::qWaitFor([read] { return read.isFinished(); }, 30000));
    QVERIFY(!read.isCanceled());
    QCOMPARE(read.result().secret, pattern(3000, 3));
    QVERIFY(!called);

    auto* dying = new KeychainSecretStore(kService);
    const QFuture<SecretStore::Error> write = dying->write(key, pattern(5000, 4));
    bool answered = false;
    Async::then(write, this, [&answered](const SecretStore::Error&) { answered = true; });
    delete dying; // its jobs are not its children: they finish on their own, the rest of the chain is dropped
    QVERIFY(QTest::qWaitFor([write] { return write.isCanceled(); }, 30000));
    QTest::qWait(200);
    QVERIFY(!answered);
    QVERIFY(!removeSync(store, key));
}

QString
TestKeychainSecretStore::runChild(const QString& program, const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(program, arguments);
    if (!child.waitForFinished(90000)) {
        child.kill();
        child.waitForFinished(5000);
    }
    return QString::fromUtf8(child.readAllStandardOutput());
}

void TestKeychainSecretStore::verifySessionOnly(const QString& out, const QStringList& reasonWords)
{
    QVERIFY2(out.contains(QLatin1String("store-error: unavailable")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("keychain-unavailable: ")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("signed-in: adaeze.okafor@contoso.com")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("session-only: yes")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("refresh: ok")), qPrintable(out));
    // The reason is specific (what is missing, what to do), not a bare error code.
    const QString reason = out.section(QLatin1String("keychain-unavailable: "), 1).section(QLatin1Char('\n'), 0, 0);
    bool specific = false;
    for (const QString& word : reasonWords) {
        specific = specific || reason.contains(word);
    }
    QVERIFY2(specific, qPrintable(reason));
}

void TestKeychainSecretStore::noSecretServiceMeansSessionOnly()
{
    // A child whose session bus does not exist: the keychain is unavailable, the sign-in still works.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/consentdesk-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString out
        = runChild(QCoreApplication::applicationFilePath(), {QStringLiteral("--sign-in-without-keychain")}, env);
    verifySessionOnly(out, {QStringLiteral("D-Bus")});
}

void TestKeychainSecretStore::lockedKeyringMeansSessionOnly()
{
    // A bus of its own where the Secret Service starts on demand but has no unlocked "login" collection.
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    QVERIFY2(!dbusRunSession.isEmpty(), "dbus-run-session is not installed (run scripts/install-deps)");
    QTemporaryDir home;
    QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString out = runChild(
        dbusRunSession,
        {QStringLiteral("--"), QCoreApplication::applicationFilePath(), QStringLiteral("--sign-in-without-keychain")},
        env);
    verifySessionOnly(out, {QStringLiteral("keyring"), QStringLiteral("Secret Service"), QStringLiteral("D-Bus")});
}

// The child: the raw store fails as Unavailable; SignInManager with its default (keychain) store signs in anyway.
static int signInWithoutKeychain(QCoreApplication& app)
{
    auto print = [](const QString& line) {
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    };
    {
        KeychainSecretStore store(kService);
        const SecretStore::Error e = writeSync(store, QStringLiteral("ConsentDesk/x/y/refresh_token"), "v");
        print(QStringLiteral("store-error: ") + SecretStore::codeName(e.code) + QStringLiteral(" — ") + e.message);
    }
    FakeIdentityPlatform idp;
    if (!idp.listenOnLoopback()) {
        return 2;
    }
    SignInManager manager;
    manager.setInteractiveDriver([&idp](const QUrl& url) { idp.complete(url); });
    QObject::connect(&manager, &SignInManager::keychainUnavailable, &app, [&](const QString& reason) {
        print(QStringLiteral("keychain-unavailable: ") + reason);
    });
    QSignalSpy signedIn(&manager, &SignInManager::signedIn);
    QSignalSpy unavailable(&manager, &SignInManager::keychainUnavailable);
    manager.signIn(AuthProfile::forSandbox(
        idp.baseUrl(), QStringLiteral("contoso.onmicrosoft.com"), QLatin1String(FakeIdentityPlatform::ClientId)));
    if (!signedIn.wait(60000)) {
        print(QStringLiteral("signed-in: no (") + manager.lastError().summary() + QLatin1Char(')'));
        return 1;
    }
    print(QStringLiteral("signed-in: ") + manager.account().userPrincipalName);
    if (unavailable.isEmpty()) {
        unavailable.wait(60000);
    }
    print(QStringLiteral("session-only: ") + (manager.isSessionOnly() ? QStringLiteral("yes") : QStringLiteral("no")));
    bool done = false;
    bool ok = false;
    Async::then(manager.requestToken(TokenResource::Graph, true), &app, [&](const TokenProvider::Answer& a) {
        done = true;
        ok = a.token.isValid() && a.error.isNone();
    });
    (void)QTest::qWaitFor([&] { return done; }, 30000);
    print(QStringLiteral("refresh: ") + (ok ? QStringLiteral("ok") : QStringLiteral("failed")));
    return 0;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--sign-in-without-keychain") == 0) {
        return signInWithoutKeychain(app);
    }
    TestKeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainSecretStore.moc"
