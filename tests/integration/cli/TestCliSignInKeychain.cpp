// The whole life of a stored CLI sign-in, against the sandbox executable and the real system keychain (label
// `keychain`: scripts/test runs it inside dbus-run-session with an unlocked gnome-keyring): signin keeps it, whoami
// uses it without a browser (again and again: every refresh rotates the refresh token, which must be written back
// before the process exits), environment tokens still win, signout removes it, and then whoami needs a sign-in.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include "auth/KeychainSecretStore.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kProfile = QStringLiteral("Contoso sandbox");
const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com");
} // namespace

class TestCliSignInKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signinKeepsTheSignIn();
    void whoamiUsesTheStoredSignIn();
    void storedSignInSurvivesRotation();
    void environmentTokenComesFirst();
    void oneEnvironmentTokenWithTheStoredSignIn();
    void profileAndOptionsMustAgree();
    void signoutRemovesIt();
    void whoamiAfterSignoutNeedsSignIn();
    void nothingSecretWasPrintedOrWritten();

private:
    void keep(const CliRunner::Run& run) { m_output += run.all(); }
    QByteArray storedRefreshToken(); // what the CLI left in the system keychain for kAdmin

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    QString m_output;
    QByteArray m_envToken;
};

void TestCliSignInKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("no D-Bus session: run under dbus-run-session with an unlocked gnome-keyring (see CMakeLists.txt)");
    }
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid());
}

void TestCliSignInKeychain::signinKeepsTheSignIn()
{
    const CliRunner::Run r = m_cli.run(m_sandbox.connectionOptions()
                                       + QStringList {QStringLiteral("--profile"),
                                                      kProfile,
                                                      QStringLiteral("signin"),
                                                      QStringLiteral("--user"),
                                                      kAdmin,
                                                      QStringLiteral("--format"),
                                                      QStringLiteral("json")});
    keep(r);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("UserPrincipalName")).toString(), kAdmin);
    QCOMPARE(row.value(QStringLiteral("Profile")).toString(), kProfile);
    QCOMPARE(row.value(QStringLiteral("KeptIn")).toString(), QStringLiteral("system keychain"));
    QCOMPARE(row.value(QStringLiteral("TenantId")).toString(),
             m_sandbox.info().value(QStringLiteral("tenantId")).toString());
    const QStringList roles = m_sandbox.roleNames(kAdmin);
    QVERIFY(!roles.isEmpty());
    for (const QString& role : roles) {
        QVERIFY2(row.value(QStringLiteral("Roles")).toString().contains(role), qPrintable(role));
    }
    QVERIFY(r.err.contains(QLatin1String("kept in the system keychain")));
}

void TestCliSignInKeychain::whoamiUsesTheStoredSignIn()
{
    // No options at all: the current profile, which signin just made current.
    const CliRunner::Run table = m_cli.run({QStringLiteral("whoami")});
    keep(table);
    QVERIFY2(table.code == 0, qPrintable(table.err));
    QVERIFY(table.out.contains(kAdmin));
    QVERIFY(table.out.contains(QLatin1String("grant delegated permissions"))); // the capability map
    QVERIFY(table.out.contains(QStringLiteral("profile ") + kProfile));

    const CliRunner::Run json = m_cli.run({QStringLiteral("--profile"),
                                           kProfile,
                                           QStringLiteral("whoami"),
                                           QStringLiteral("--format"),
                                           QStringLiteral("json")});
    keep(json);
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonObject row = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("UserPrincipalName")).toString(), kAdmin);
    const QJsonArray capabilities = row.value(QStringLiteral("Capabilities")).toArray();
    QVERIFY(capabilities.size() >= 10);
    bool sawGrant = false;
    for (const QJsonValue& v : capabilities) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.contains(QStringLiteral("Allowed")) && c.contains(QStringLiteral("Reason")));
        if (c.value(QStringLiteral("Capability")).toString() == QLatin1String("grant-delegated")) {
            sawGrant = true;
            QVERIFY(c.value(QStringLiteral("Allowed")).toBool()); // Adaeze is a Global Administrator
        }
    }
    QVERIFY(sawGrant);

    // The connection options select the same stored profile.
    const CliRunner::Run byOptions
        = m_cli.run(m_sandbox.connectionOptions()
                    + QStringList {QStringLiteral("whoami"), QStringLiteral("--format"), QStringLiteral("csv")});
    keep(byOptions);
    QVERIFY2(byOptions.code == 0, qPrintable(byOptions.err));
    QVERIFY(byOptions.out.startsWith(QLatin1String("UserPrincipalName,DisplayName,Id,Roles,")));
    QVERIFY(byOptions.out.contains(QLatin1String("grant-delegated")));
}

QByteArray TestCliSignInKeychain::storedRefreshToken()
{
    QString adminId;
    for (const QJsonValue& u : m_sandbox.info().value(QStringLiteral("users")).toArray()) {
        if (u.toObject().value(QStringLiteral("userPrincipalName")).toString() == kAdmin) {
            adminId = u.toObject().value(QStringLiteral("id")).toString();
        }
    }
    const QString key
        = SecretStore::refreshTokenKey(m_sandbox.info().value(QStringLiteral("tenantId")).toString(), adminId);
    KeychainSecretStore keychain;
    const QFuture<SecretStore::Read> read = keychain.read(key);
    QEventLoop loop;
    QFutureWatcher<SecretStore::Read> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(read);
    if (!read.isFinished()) {
        loop.exec();
    }
    return read.isCanceled() ? QByteArray() : read.result().secret;
}

void TestCliSignInKeychain::storedSignInSurvivesRotation()
{
    // Each run redeems the stored refresh token and gets a new one, which it must write back before it exits: the
    // newest is kept (Entra leaves the old one valid, so only the keychain shows whether it was).
    QByteArray previous = storedRefreshToken();
    QVERIFY(!previous.isEmpty());
    for (int i = 0; i < 3; ++i) {
        const CliRunner::Run r
            = m_cli.run({QStringLiteral("whoami"),
                         QStringLiteral("--verbose"),
                         QStringLiteral("--format"),
                         QStringLiteral("csv")}); // --verbose: the debug log on stderr, where a leak would show
        keep(r);
        QVERIFY2(r.code == 0, qPrintable(QString::number(i) + QStringLiteral(": ") + r.err));
        const QByteArray now = storedRefreshToken();
        QVERIFY(!now.isEmpty());
        QVERIFY2(now != previous, qPrintable(QString::number(i)));
        previous = now;
    }
}

void TestCliSignInKeychain::environmentTokenComesFirst()
{
    m_envToken = m_sandbox.token(QStringLiteral("kwame.mensah@contoso.com"));
    QVERIFY(!m_envToken.isEmpty());
    const CliRunner::Run r = m_cli.run({QStringLiteral("--sandbox"),
                                        m_sandbox.baseUrl().toString(),
                                        QStringLiteral("whoami"),
                                        QStringLiteral("--format"),
                                        QStringLiteral("json")},
                                       m_envToken);
    keep(r);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject row = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("UserPrincipalName")).toString(), QStringLiteral("kwame.mensah@contoso.com"));
    QCOMPARE(row.value(QStringLiteral("SignedInVia")).toString(), QStringLiteral("environment token"));
    QVERIFY(!r.all().contains(QString::fromLatin1(m_envToken)));
}

// Only CONSENTDESK_EXCHANGE_TOKEN set: Exchange calls use it, Graph calls the profile's stored sign-in — both of one
// tenant, or exit 2 naming both.
void TestCliSignInKeychain::oneEnvironmentTokenWithTheStoredSignIn()
{
    m_cli.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"),
                               QString::fromLatin1(m_sandbox.exchangeToken(kAdmin)));
    CliRunner::Run r = m_cli.run({QStringLiteral("--profile"),
                                  kProfile,
                                  QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("whoami")});
    keep(r);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first()[QStringLiteral("SignedInVia")].toString(),
             QStringLiteral("profile %1 (Exchange: environment token)").arg(kProfile));
    r = m_cli.run({QStringLiteral("--profile"),
                   kProfile,
                   QStringLiteral("--format"),
                   QStringLiteral("json"),
                   QStringLiteral("policy"),
                   QStringLiteral("list")});
    keep(r);
    QVERIFY2(r.code == 0, qPrintable(r.err)); // Graph (app and group names) through the stored sign-in
    QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());

    // An Exchange token of another tenant next to the stored sign-in: refused before anything is sent.
    const QByteArray otherTenant
        = QByteArray(R"({"alg":"none","typ":"JWT"})")
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
          + '.'
          + QByteArray(R"({"tid":"0d4c8e3f-1111-4222-8333-944455556666","aud":"https://outlook.office365.com"})")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
          + ".sig";
    m_cli.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"), QString::fromLatin1(otherTenant));
    r = m_cli.run({QStringLiteral("--profile"), kProfile, QStringLiteral("policy"), QStringLiteral("list")});
    keep(r);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("0d4c8e3f-1111-4222-8333-944455556666"))
                 && r.err.contains(m_sandbox.info().value(QStringLiteral("tenantId")).toString()),
             qPrintable(r.err));
    m_cli.environment().remove(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"));
}

void TestCliSignInKeychain::profileAndOptionsMustAgree()
{
    // Using Contoso's stored sign-in against another tenant would fail and cost the stored sign-in: refuse up front.
    const CliRunner::Run r = m_cli.run({QStringLiteral("--profile"),
                                        kProfile,
                                        QStringLiteral("--tenant"),
                                        QStringLiteral("fabrikam.onmicrosoft.com"),
                                        QStringLiteral("whoami")});
    keep(r);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("signin --profile")));
    const CliRunner::Run unknown
        = m_cli.run({QStringLiteral("--profile"), QStringLiteral("Nope"), QStringLiteral("whoami")});
    keep(unknown);
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(kProfile)); // lists the profiles there are
    // The stored sign-in is still fine.
    const CliRunner::Run ok = m_cli.run({QStringLiteral("whoami")});
    keep(ok);
    QCOMPARE(ok.code, 0);
}

void TestCliSignInKeychain::signoutRemovesIt()
{
    const CliRunner::Run r = m_cli.run({QStringLiteral("signout")});
    keep(r);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("removed the stored sign-in")), qPrintable(r.out));
    QVERIFY(r.out.contains(kAdmin));
    // Idempotent: nothing left is still success, and says so.
    const CliRunner::Run again = m_cli.run({QStringLiteral("--profile"),
                                            kProfile,
                                            QStringLiteral("signout"),
                                            QStringLiteral("--format"),
                                            QStringLiteral("json")});
    keep(again);
    QCOMPARE(again.code, 0);
    const QJsonObject row = QJsonDocument::fromJson(again.out.toUtf8()).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("Removed")).toBool(true), false);
}

void TestCliSignInKeychain::whoamiAfterSignoutNeedsSignIn()
{
    const CliRunner::Run r = m_cli.run({QStringLiteral("whoami")});
    keep(r);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("consentdesk-cli signin")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliSignInKeychain::nothingSecretWasPrintedOrWritten()
{
    QVERIFY(!m_output.isEmpty());
    const QString printed = CliRunner::secretShapeIn(m_output);
    QVERIFY2(printed.isEmpty(), qPrintable(QStringLiteral("token-shaped text in the output: ") + printed));
    const QByteArray disk = m_cli.filesOnDisk();
    QVERIFY(disk.contains(kAdmin.toUtf8())); // the profile's lastUser: the non-secret part
    const QString written = CliRunner::secretShapeIn(QString::fromUtf8(disk));
    QVERIFY2(written.isEmpty(), qPrintable(QStringLiteral("token-shaped text on disk: ") + written));
    if (!m_envToken.isEmpty()) {
        QVERIFY(!disk.contains(m_envToken));
    }
}

QTEST_GUILESS_MAIN(TestCliSignInKeychain)
#include "TestCliSignInKeychain.moc"
