// The requests commands with a stored sign-in (label `keychain`: scripts/test runs it inside dbus-run-session with an
// unlocked gnome-keyring): reading works without a browser, and a sign-in that was not allowed to make changes is
// refused with exit 4 and the instruction — before anything is sent, and without opening a browser.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestCliRequestsKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listWithTheStoredSignIn();
    void writeWithoutAllowChangesIsRefused();
    void cleanupTestCase();

private:
    QStringList cli(const QStringList& args) const { return m_sandbox.connectionOptions() + args; }
    int writesSoFar() const;

    SandboxProcess m_sandbox;
    CliRunner m_cli;
};

void TestCliRequestsKeychain::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    const CliRunner::Run r = m_cli.run(
        cli({QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("adaeze.okafor@contoso.com")}));
    QVERIFY2(r.code == 0, qPrintable(r.all())); // needs the keychain: see tests/integration/cli/CMakeLists.txt
}

int TestCliRequestsKeychain::writesSoFar() const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_sandbox.baseUrl().toString() + "/_sandbox/stats")));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonObject routes = QJsonDocument::fromJson(reply->readAll()).object().value("byRoute").toObject();
    reply->deleteLater();
    int writes = 0;
    for (auto it = routes.constBegin(); it != routes.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("POST /v1.0/servicePrincipals"))
            || it.key().startsWith(QLatin1String("POST /v1.0/oauth2PermissionGrants"))
            || it.key().startsWith(QLatin1String("PATCH "))) {
            for (const QJsonValue& count : it.value().toObject()) {
                writes += count.toInt();
            }
        }
    }
    return writes;
}

void TestCliRequestsKeychain::listWithTheStoredSignIn()
{
    const CliRunner::Run r = m_cli.run({QStringLiteral("requests"), QStringLiteral("list"), "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 8);
}

void TestCliRequestsKeychain::writeWithoutAllowChangesIsRefused()
{
    const int before = writesSoFar();
    const CliRunner::Run r = m_cli.run({QStringLiteral("requests"),
                                        QStringLiteral("grant"),
                                        QStringLiteral("436066c2-d931-4630-9f7e-24c4d7647a2a"),
                                        QStringLiteral("--yes")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("signin --allow-changes")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("Nothing was changed")));
    QVERIFY(!r.err.contains(QLatin1String("/authorize?"))); // no browser, no sign-in address
    QCOMPARE(writesSoFar(), before);
}

void TestCliRequestsKeychain::cleanupTestCase()
{
    m_cli.run({QStringLiteral("signout")}); // the keychain entry of this test's account
}

QTEST_GUILESS_MAIN(TestCliRequestsKeychain)
#include "TestCliRequestsKeychain.moc"
