#include "async/Async.h"
#include "auth/KeychainProbe.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>

class TestKeychainProbe : public QObject
{
    Q_OBJECT

private slots:
    void reachableWithUnlockedKeyring();
    void destroyedMidCheckAnswersNobody();
    void unavailableWithoutSecretService();
};

void TestKeychainProbe::reachableWithUnlockedKeyring()
{
    KeychainProbe probe;
    const QFuture<KeychainProbe::Result> check = probe.start();
    QVERIFY(probe.isRunning());
    const QFuture<KeychainProbe::Result> again = probe.start(); // asked again while it runs: the same check
    QVERIFY(QTest::qWaitFor([check] { return check.isFinished(); }, 20000));
    QVERIFY(!check.isCanceled());
    QVERIFY2(check.result().reachable, qPrintable(check.result().detail));
    QVERIFY(again.isFinished()); // answered by the same check, not a second one still running
    QVERIFY(again.result().reachable);
    QVERIFY(!probe.isRunning());
}

void TestKeychainProbe::destroyedMidCheckAnswersNobody()
{
    auto* probe = new KeychainProbe;
    const QFuture<KeychainProbe::Result> check = probe->start();
    bool called = false;
    Async::then(check, this, [&called](const KeychainProbe::Result&) { called = true; });
    delete probe; // its jobs are not its children: they finish on their own and find nothing freed
    QVERIFY(check.isCanceled());
    QTest::qWait(1000);
    QVERIFY(!called);
    // The entry its write may have left behind is the probe's own throwaway key: the next check replaces it.
    KeychainProbe again;
    const QFuture<KeychainProbe::Result> next = again.start();
    QVERIFY(QTest::qWaitFor([next] { return next.isFinished(); }, 20000));
    QVERIFY(next.result().reachable);
}

void TestKeychainProbe::unavailableWithoutSecretService()
{
    if (qEnvironmentVariableIsSet("KEYCHAIN_PROBE_CHILD")) {
        return; // the child's half runs in main()
    }
    // A child process whose session bus does not exist: the probe must say so, not hang or crash.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/consentdesk-bus"));
    env.insert(QStringLiteral("KEYCHAIN_PROBE_CHILD"), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe-once")});
    QVERIFY(child.waitForFinished(60000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(out.startsWith(QStringLiteral("unavailable:")), qPrintable(out));
    QVERIFY(out.size() > QStringLiteral("unavailable: ").size()); // with a reason
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--probe-once") == 0) {
        KeychainProbe probe;
        Async::then(probe.start(), &app, [](const KeychainProbe::Result& result) {
            std::printf("%s: %s\n", result.reachable ? "reachable" : "unavailable", qPrintable(result.detail));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        return app.exec();
    }
    TestKeychainProbe test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainProbe.moc"
