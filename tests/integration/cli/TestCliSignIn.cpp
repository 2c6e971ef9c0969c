// `consentdesk-cli signin` against the sandbox executable, on a machine WITHOUT a reachable keychain (no D-Bus
// session): Entra's refusals in an admin's words with the right exit code, the browser address printed but nothing
// secret, and a sign-in that works but cannot be kept — said clearly, exit 1, and the next command says why.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nonAdminGetsAdminApprovalInWords();
    void unknownSandboxUser();
    void browserFlowPrintsTheAddressOnly();
    void firstSignInNeedsConnectionOptions();
    void signInWithoutKeychainIsNotKept();
    void whoamiThenExplainsTheKeychain();
    void signoutWithoutKeychainFails();
    void nothingSecretWasPrintedOrWritten();

private:
    QStringList signIn(const QString& upn) const;
    void keep(const CliRunner::Run& run) { m_output += run.all(); }

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    QTemporaryDir m_runtimeDir; // an empty XDG_RUNTIME_DIR: no $XDG_RUNTIME_DIR/bus to fall back on
    QString m_output;
};

void TestCliSignIn::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid() && m_runtimeDir.isValid());
    // No keychain reachable: no session bus address, nothing at the runtime dir's default bus, no X11 autolaunch.
    m_cli.environment().remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_cli.environment().remove(QStringLiteral("DISPLAY"));
    m_cli.environment().remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_cli.environment().insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
}

QStringList TestCliSignIn::signIn(const QString& upn) const
{
    return m_sandbox.connectionOptions() + QStringList {QStringLiteral("signin"), QStringLiteral("--user"), upn};
}

void TestCliSignIn::nonAdminGetsAdminApprovalInWords()
{
    // A tenant that never consented ConsentDesk's read set for the organization (the demo fixture has, as an admin
    // does when registering it): with the admin consent workflow on and no admin role, Entra answers AADSTS90095.
    QFile shipped(QStringLiteral(CONSENTDESK_SOURCE_DIR "/resources/fixtures/contoso.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(shipped.readAll()).object();
    QJsonArray grants = root.value(QStringLiteral("oauth2PermissionGrants")).toArray();
    int narrowed = 0;
    for (qsizetype i = 0; i < grants.size(); ++i) {
        QJsonObject g = grants.at(i).toObject();
        QStringList scopes = g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (g.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")
            && scopes.contains(QStringLiteral("ConsentRequest.Read.All"))) {
            scopes.removeAll(QStringLiteral("Directory.Read.All"));
            g.insert(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
            grants[i] = g;
            ++narrowed;
        }
    }
    QCOMPARE(narrowed, 1); // ConsentDesk's own grant
    root.insert(QStringLiteral("oauth2PermissionGrants"), grants);
    QFile fixture(m_runtimeDir.filePath(QStringLiteral("unconsented.json")));
    QVERIFY(fixture.open(QIODevice::WriteOnly));
    fixture.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    fixture.close();
    SandboxProcess unconsented;
    QString error;
    QVERIFY2(unconsented.start({QStringLiteral("--fixture"), fixture.fileName()}, &error), qPrintable(error));

    const CliRunner::Run r = m_cli.run(unconsented.connectionOptions()
                                       + QStringList {QStringLiteral("signin"),
                                                      QStringLiteral("--user"),
                                                      QStringLiteral("elena.petrova@contoso.com")});
    keep(r);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("AADSTS90095")), qPrintable(r.err));
    // The admin's words and the next step, not Entra's raw text.
    QVERIFY2(r.err.contains(QLatin1String("Global Administrator or Cloud Application Administrator")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliSignIn::unknownSandboxUser()
{
    const CliRunner::Run r = m_cli.run(signIn(QStringLiteral("nobody@contoso.com")));
    keep(r);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("nobody@contoso.com")), qPrintable(r.err));
}

void TestCliSignIn::browserFlowPrintsTheAddressOnly()
{
    // Without --user: the system browser's flow. The address goes to stderr (for SSH sessions and when no browser
    // opens); it carries state and the PKCE challenge, never the verifier.
    const CliRunner::Run r = m_cli.run(m_sandbox.connectionOptions()
                                       + QStringList {QStringLiteral("signin"),
                                                      QStringLiteral("--no-browser"),
                                                      QStringLiteral("--timeout"),
                                                      QStringLiteral("2")});
    keep(r);
    QCOMPARE(r.code, 1); // timed out
    const QString authorize
        = QString(m_sandbox.baseUrl().toString() + QStringLiteral("/contoso.onmicrosoft.com/oauth2/v2.0/authorize?"));
    QVERIFY2(r.err.contains(authorize), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("code_challenge_method=S256")));
    QVERIFY(!r.err.contains(QLatin1String("code_verifier")));
    QVERIFY2(r.err.contains(QLatin1String("took too long")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliSignIn::firstSignInNeedsConnectionOptions()
{
    const CliRunner::Run r
        = m_cli.run({QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("adaeze.okafor@contoso.com")});
    keep(r);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("--tenant")));
    const CliRunner::Run bad = m_cli.run({QStringLiteral("--sandbox"),
                                          m_sandbox.baseUrl().toString(),
                                          QStringLiteral("--tenant"),
                                          QStringLiteral("contoso.onmicrosoft.com"),
                                          QStringLiteral("--client-id"),
                                          QStringLiteral("not-a-guid"),
                                          QStringLiteral("signin")});
    keep(bad);
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QLatin1String("client ID")));
}

void TestCliSignIn::signInWithoutKeychainIsNotKept()
{
    QStringList args = signIn(QStringLiteral("adaeze.okafor@contoso.com"));
    args << QStringLiteral("--format") << QStringLiteral("json");
    const CliRunner::Run r = m_cli.run(args);
    keep(r);
    // Signed in (stdout says who), but a CLI sign-in that is not kept is useless: exit 1, and why.
    QCOMPARE(r.code, 1);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("UserPrincipalName")).toString(), QStringLiteral("adaeze.okafor@contoso.com"));
    QCOMPARE(row.value(QStringLiteral("KeptIn")).toString(), QStringLiteral("not kept"));
    QVERIFY2(r.err.contains(QLatin1String("NOT kept")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("D-Bus")), qPrintable(r.err)); // KeychainProbe's explanation
    QVERIFY(r.err.contains(QLatin1String("CONSENTDESK_ACCESS_TOKEN")));
}

void TestCliSignIn::whoamiThenExplainsTheKeychain()
{
    // The profile was saved (current), so whoami tries the stored sign-in and says the keychain is the problem.
    const CliRunner::Run r = m_cli.run({QStringLiteral("whoami")});
    keep(r);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("keychain")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("adaeze.okafor@contoso.com")));
}

void TestCliSignIn::signoutWithoutKeychainFails()
{
    const CliRunner::Run r = m_cli.run({QStringLiteral("signout")});
    keep(r);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("could not be removed")), qPrintable(r.err));
}

void TestCliSignIn::nothingSecretWasPrintedOrWritten()
{
    QVERIFY(!m_output.isEmpty());
    const QString printed = CliRunner::secretShapeIn(m_output);
    QVERIFY2(printed.isEmpty(), qPrintable(QStringLiteral("token-shaped text in the output: ") + printed));
    const QByteArray disk = m_cli.filesOnDisk();
    QVERIFY(disk.contains("adaeze.okafor@contoso.com")); // the profile's lastUser: the non-secret part
    const QString written = CliRunner::secretShapeIn(QString::fromUtf8(disk));
    QVERIFY2(written.isEmpty(), qPrintable(QStringLiteral("token-shaped text on disk: ") + written));
}

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "TestCliSignIn.moc"
