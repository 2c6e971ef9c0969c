// consentdesk-cli's store wrapper: every operation counts as pending until its future is finished — answered or
// cancelled because the inner store went away — and work a caller starts on an answer is counted before idle.
#include "async/Async.h"
#include "auth/MemorySecretStore.h"
#include "cli/TrackingSecretStore.h"

#include <QSignalSpy>
#include <QTest>

class TestTrackingSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void busyUntilAnswered();
    void workStartedOnAnAnswerIsCountedFirst();
    void innerStoreGoneCountsAsDone();
};

void TestTrackingSecretStore::busyUntilAnswered()
{
    MemorySecretStore inner;
    TrackingSecretStore store(&inner);
    QSignalSpy idle(&store, &TrackingSecretStore::idle);
    QVERIFY(!store.isBusy());
    const QFuture<SecretStore::Error> written = store.write(QStringLiteral("k"), "v");
    QVERIFY(store.isBusy());
    QVERIFY(store.waitForIdle(5000));
    QVERIFY(written.isFinished());
    QVERIFY(!written.result());
    QCOMPARE(idle.size(), 1);
    QCOMPARE(inner.peek(QStringLiteral("k")), QByteArray("v"));
}

void TestTrackingSecretStore::workStartedOnAnAnswerIsCountedFirst()
{
    MemorySecretStore inner;
    TrackingSecretStore store(&inner);
    QSignalSpy idle(&store, &TrackingSecretStore::idle);
    QFuture<SecretStore::Error> second;
    Async::then(store.read(QStringLiteral("missing")), this, [&](const SecretStore::Read& read) {
        QCOMPARE(read.error.code, SecretStore::Error::Code::NotFound);
        second = store.write(QStringLiteral("missing"), "now"); // as SignInManager writes after a failed read
    });
    QVERIFY(store.waitForIdle(5000));
    QVERIFY(second.isFinished()); // idle only after the write the answer started
    QCOMPARE(idle.size(), 1);
    QCOMPARE(inner.peek(QStringLiteral("missing")), QByteArray("now"));
}

void TestTrackingSecretStore::innerStoreGoneCountsAsDone()
{
    auto* inner = new MemorySecretStore;
    TrackingSecretStore store(inner);
    bool called = false;
    const QFuture<SecretStore::Read> read = store.read(QStringLiteral("k"));
    Async::then(read, this, [&called](const SecretStore::Read&) { called = true; });
    delete inner;
    QVERIFY(store.waitForIdle(5000)); // a cancelled future is not pending forever
    QVERIFY(read.isCanceled());
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestTrackingSecretStore)
#include "TestTrackingSecretStore.moc"
