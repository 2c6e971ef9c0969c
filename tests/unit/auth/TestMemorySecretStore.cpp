// The session-only store (and test double): async callbacks, NotFound, simulated keychain failures, context guard.
#include "auth/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void callbacksAreLater();
    void simulatedFailure();
    void deadContextGetsNoCallback();
    void keyFormat();
};

void TestMemorySecretStore::roundTrip()
{
    MemorySecretStore store;
    QObject context;
    bool written = false;
    store.write(QStringLiteral("k"), "secret", &context, [&](const SecretStore::Error& e) { written = !e; });
    QTRY_VERIFY(written);
    QByteArray value;
    store.read(QStringLiteral("k"), &context, [&](const QByteArray& v, const SecretStore::Error&) { value = v; });
    QTRY_COMPARE(value, QByteArray("secret"));
    bool removed = false;
    store.remove(QStringLiteral("k"), &context, [&](const SecretStore::Error& e) { removed = !e; });
    QTRY_VERIFY(removed);
    SecretStore::Error error;
    bool done = false;
    store.read(QStringLiteral("k"), &context, [&](const QByteArray&, const SecretStore::Error& e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.code, SecretStore::Error::Code::NotFound);
    // Removing what is not there succeeds.
    bool again = false;
    store.remove(QStringLiteral("k"), &context, [&](const SecretStore::Error& e) { again = !e; });
    QTRY_VERIFY(again);
    QVERIFY(!store.isPersistent());
}

void TestMemorySecretStore::callbacksAreLater()
{
    MemorySecretStore store;
    QObject context;
    bool called = false;
    store.write(QStringLiteral("k"), "v", &context, [&](const SecretStore::Error&) { called = true; });
    QVERIFY(!called); // never inside the call
    QTRY_VERIFY(called);
}

void TestMemorySecretStore::simulatedFailure()
{
    MemorySecretStore store;
    store.setSimulatedError(SecretStore::Error::make(SecretStore::Error::Code::Unavailable, QStringLiteral("locked")));
    QObject context;
    SecretStore::Error error;
    bool done = false;
    store.write(QStringLiteral("k"), "v", &context, [&](const SecretStore::Error& e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.code, SecretStore::Error::Code::Unavailable);
    QVERIFY(!store.contains(QStringLiteral("k")));
}

void TestMemorySecretStore::deadContextGetsNoCallback()
{
    MemorySecretStore store;
    bool called = false;
    auto* context = new QObject;
    store.write(QStringLiteral("k"), "v", context, [&](const SecretStore::Error&) { called = true; });
    delete context;
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
