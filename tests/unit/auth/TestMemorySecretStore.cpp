// The session-only store (and test double): futures that finish later, NotFound, simulated keychain failures, a
// caller or a store gone before the answer.
#include "async/Async.h"
#include "auth/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void answersAreLater();
    void simulatedFailure();
    void deadContextGetsNoCallback();
    void destroyedStoreCancels();
    void keyFormat();
};

namespace {

template<typename T> T answer(const QFuture<T>& future)
{
    [&] { QTRY_VERIFY(future.isFinished()); }();
    return future.isCanceled() ? T() : future.result();
}

} // namespace

void TestMemorySecretStore::roundTrip()
{
    MemorySecretStore store;
    QVERIFY(!answer(store.write(QStringLiteral("k"), "secret")));
    QCOMPARE(answer(store.read(QStringLiteral("k"))).secret, QByteArray("secret"));
    QVERIFY(!answer(store.remove(QStringLiteral("k"))));
    const SecretStore::Read gone = answer(store.read(QStringLiteral("k")));
    QCOMPARE(gone.error.code, SecretStore::Error::Code::NotFound);
    QVERIFY(gone.secret.isEmpty());
    // Removing what is not there succeeds.
    QVERIFY(!answer(store.remove(QStringLiteral("k"))));
    QVERIFY(!store.isPersistent());
}

void TestMemorySecretStore::answersAreLater()
{
    MemorySecretStore store;
    QObject context;
    bool called = false;
    const QFuture<SecretStore::Error> written = store.write(QStringLiteral("k"), "v");
    Async::then(written, &context, [&](const SecretStore::Error&) { called = true; });
    QVERIFY(!written.isFinished()); // never inside the call
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestMemorySecretStore::simulatedFailure()
{
    MemorySecretStore store;
    store.setSimulatedError(SecretStore::Error::make(SecretStore::Error::Code::Unavailable, QStringLiteral("locked")));
    QCOMPARE(answer(store.write(QStringLiteral("k"), "v")).code, SecretStore::Error::Code::Unavailable);
    QCOMPARE(answer(store.read(QStringLiteral("k"))).error.code, SecretStore::Error::Code::Unavailable);
    QVERIFY(!store.contains(QStringLiteral("k")));
}

void TestMemorySecretStore::deadContextGetsNoCallback()
{
    MemorySecretStore store;
    bool called = false;
    auto* context = new QObject;
    const QFuture<SecretStore::Error> written = store.write(QStringLiteral("k"), "v");
    Async::then(written, context, [&](const SecretStore::Error&) { called = true; });
    delete context;
    QTRY_VERIFY(written.isFinished());
    QVERIFY(!written.isCanceled()); // the store answered; only the caller was gone
    QTest::qWait(50);
    QVERIFY(!called);
    QVERIFY(store.contains(QStringLiteral("k")));
}

void TestMemorySecretStore::destroyedStoreCancels()
{
    auto* store = new MemorySecretStore;
    QVERIFY(!answer(store->write(QStringLiteral("k"), "v")));
    QObject context;
    bool called = false;
    const QFuture<SecretStore::Read> read = store->read(QStringLiteral("k"));
    Async::then(read, &context, [&](const SecretStore::Read&) { called = true; });
    delete store;
    QTRY_VERIFY(read.isCanceled()); // nobody is answered by a store that is gone
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestMemorySecretStore::keyFormat()
{
    QCOMPARE(SecretStore::refreshTokenKey(QStringLiteral("BEEEBBD2-A0E9-467E-94E0-F43DE5A70D0F"), QStringLiteral("u")),
             QStringLiteral("ConsentDesk/beeebbd2-a0e9-467e-94e0-f43de5a70d0f/u/refresh_token"));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"
