// A quiet first start: ConsentDesk touches the system keychain only when a real tenant's sign-in stores or reads its
// token, or when Diagnostics is asked to check it — never at start-up and never for the demo tenant. On a desktop
// without an unlocked keyring every touch opens the system's "choose a password for the new keyring" prompt.
//
// The test runs on a private D-Bus session (its own dbus-daemon, no service activation) where FakeSecretService owns
// the Secret Service and KWallet names and prints every call it receives; any call is a keychain access.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "diagnostics/DiagnosticsView.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using GuiTestSupport::saveScreenshot;
using GuiTestSupport::waitUntil;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

// A session bus of our own: no <servicedir>, so nothing (gnome-keyring, kwalletd) is started on demand.
const char* BusConfig = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                        "<busconfig>\n"
                        "  <type>session</type>\n"
                        "  <listen>unix:dir=%1</listen>\n"
                        "  <auth>EXTERNAL</auth>\n"
                        "  <policy context=\"default\">\n"
                        "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                        "    <allow eavesdrop=\"true\"/>\n"
                        "    <allow own=\"*\"/>\n"
                        "  </policy>\n"
                        "</busconfig>\n";

} // namespace

class TestFirstStartGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoStartTouchesNoKeychain();
    void startWithoutProfilesTouchesNoKeychain();
    void diagnosticsCheckIsTheOneThatAsks();

private:
    QStringList recordedCalls();
    void visitEveryView(MainWindow* window);

    QTemporaryDir m_dir;
    QTemporaryDir m_busDir {QDir::tempPath() + QStringLiteral("/cdbus-XXXXXX")}; // short: a socket path has 108 bytes
    QProcess m_bus;
    QProcess m_secrets;
    QByteArray m_output;
};

void TestFirstStartGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    QVERIFY(m_busDir.isValid());
    QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QString::fromLatin1(BusConfig).arg(m_busDir.path()).toUtf8());
    config.close();

    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    QVERIFY2(!daemon.isEmpty(), "dbus-daemon is needed (Debian package dbus-daemon; scripts/install-deps)");
    m_bus.start(daemon,
                {QStringLiteral("--config-file=") + config.fileName(),
                 QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    QVERIFY(m_bus.waitForStarted());
    QVERIFY(waitUntil([this] { return m_bus.canReadLine(); }, 10000));
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(address.startsWith("unix:"));
    // Before anything in this process (libsecret through QtKeychain) connects to a session bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
    m_secrets.setProcessEnvironment(env);
    m_secrets.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_secrets.start(QCoreApplication::applicationDirPath() + QStringLiteral("/fake_secret_service"), {});
    QVERIFY(m_secrets.waitForStarted());
    QVERIFY(waitUntil(
        [this] {
            m_output += m_secrets.readAllStandardOutput();
            return m_output.contains("READY\n") || m_secrets.state() == QProcess::NotRunning;
        },
        10000));
    QVERIFY2(m_output.contains("READY\n"), "the fake Secret Service did not start");
}

void TestFirstStartGui::cleanupTestCase()
{
    for (QProcess* process : {&m_secrets, &m_bus}) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

QStringList TestFirstStartGui::recordedCalls()
{
    m_output += m_secrets.readAllStandardOutput();
    QStringList calls;
    for (const QByteArray& line : m_output.split('\n')) {
        if (line.startsWith("CALL ")) {
            calls << QString::fromUtf8(line.mid(5));
        }
    }
    return calls;
}

void TestFirstStartGui::visitEveryView(MainWindow* window)
{
    // Every view as a person would open it, with time for what each one loads when shown.
    for (const QString& id : window->viewIds()) {
        window->showView(id);
        QTest::qWait(400);
    }
}

void TestFirstStartGui::demoStartTouchesNoKeychain()
{
    auto controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(controller->start());
    MainWindow* window = controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(controller->signInManager()->isSignedIn(), 20000);
    visitEveryView(window);
    window->showView(QStringLiteral("diagnostics"));
    auto* diagnostics = qobject_cast<DiagnosticsView*>(window->view(QStringLiteral("diagnostics")));
    QVERIFY(diagnostics);
    QVERIFY2(recordedCalls().isEmpty(), qPrintable(recordedCalls().join(QLatin1Char('\n'))));
    QCOMPARE(diagnostics->keychainState(), DiagnosticsView::KeychainState::Unknown);
    auto* status = diagnostics->findChild<QLabel*>(QStringLiteral("keychainStatusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("Not checked yet")));
    QCOMPARE(diagnostics->findChild<QPushButton*>(QStringLiteral("keychainCheckButton"))->text(),
             QStringLiteral("Check now"));
    QTest::qWait(500);
    QVERIFY(saveScreenshot(window, QStringLiteral("first-start-diagnostics.png")));
    QVERIFY2(recordedCalls().isEmpty(), qPrintable(recordedCalls().join(QLatin1Char('\n'))));
    controller.reset();
    QTest::qWait(200);
    QVERIFY2(recordedCalls().isEmpty(), qPrintable(recordedCalls().join(QLatin1Char('\n'))));
}

void TestFirstStartGui::startWithoutProfilesTouchesNoKeychain()
{
    // A first start on a real workstation: no profile yet, the system keychain as the sign-in store.
    AppController::Options options;
    options.settingsFile = m_dir.filePath(QStringLiteral("empty-profiles.ini"));
    options.journalFile = m_dir.filePath(QStringLiteral("empty-journal.jsonl"));
    auto controller = std::make_unique<AppController>(options);
    QVERIFY(controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(controller->mainWindow()));
    visitEveryView(controller->mainWindow());
    QVERIFY(!controller->signInManager()->isSignedIn());
    QVERIFY2(recordedCalls().isEmpty(), qPrintable(recordedCalls().join(QLatin1Char('\n'))));
}

void TestFirstStartGui::diagnosticsCheckIsTheOneThatAsks()
{
    // The control: the recorder does see keychain use, and asking Diagnostics is what causes it.
    AppController::Options options;
    options.settingsFile = m_dir.filePath(QStringLiteral("check-profiles.ini"));
    options.journalFile = m_dir.filePath(QStringLiteral("check-journal.jsonl"));
    auto controller = std::make_unique<AppController>(options);
    QVERIFY(controller->start());
    MainWindow* window = controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showView(QStringLiteral("diagnostics"));
    auto* diagnostics = qobject_cast<DiagnosticsView*>(window->view(QStringLiteral("diagnostics")));
    auto* check = diagnostics->findChild<QPushButton*>(QStringLiteral("keychainCheckButton"));
    QVERIFY(check && check->isVisible() && check->isEnabled());
    QVERIFY(recordedCalls().isEmpty());
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(diagnostics->keychainState() == DiagnosticsView::KeychainState::Unavailable, 30000);
    QVERIFY(!recordedCalls().isEmpty());
    QVERIFY2(recordedCalls().join(QLatin1Char('\n')).contains(QStringLiteral("org.freedesktop.Secret.Service.")),
             qPrintable(recordedCalls().join(QLatin1Char('\n'))));
    QCOMPARE(check->text(), QStringLiteral("Check again"));
}

QTEST_MAIN(TestFirstStartGui)
#include "TestFirstStartGui.moc"
