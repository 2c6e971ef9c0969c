#include "auth/KeychainProbe.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

class TestKeychainProbe : public QObject
{
    Q_OBJECT

private slots:
    void reachableWithUnlockedKeyring();
    void unavailableWithoutSecretService();
};

void TestKeychainProbe::reachableWithUnlockedKeyring()
{
    KeychainProbe probe;
    QSignalSpy done(&probe, &KeychainProbe::finished);
    probe.start();
    QVERIFY(probe.isRunning());
    QVERIFY(done.wait(20000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY(!probe.isRunning());
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
        QObject::connect(&probe, &KeychainProbe::finished, &app, [](bool ok, const QString& detail) {
            std::printf("%s: %s\n", ok ? "reachable" : "unavailable", qPrintable(detail));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        probe.start();
        return app.exec();
    }
    TestKeychainProbe test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainProbe.moc"
