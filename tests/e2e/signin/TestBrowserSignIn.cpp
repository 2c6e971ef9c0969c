// The real browser: headless Debian Chromium (driven by browser-signin.mjs through playwright-core) opens the URL that
// SignInManager hands to "the system browser", picks a Global Administrator on the sandbox's sign-in page of the demo
// tenant, and ConsentDesk ends up signed in with the right account, tenant and roles, its loopback listener closed.
#include "E2eEnvironment.h"

#include "auth/CapabilityMap.h"
#include "auth/MemorySecretStore.h"
#include "auth/SignInManager.h"
#include "log/Redactor.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QtEndian>

namespace {

const QString kUpn = QStringLiteral("adaeze.okafor@contoso.com"); // a Global Administrator of the demo tenant

// The demo's client, found the way consentdesk --demo finds it: the tenant's public client registration.
QString publicClientId(SandboxServer& sandbox)
{
    for (const QJsonValue& client : sandbox.store().clients()) {
        if (client.toObject().value(QStringLiteral("publicClient")).toBool()) {
            return client.toObject().value(QStringLiteral("appId")).toString();
        }
    }
    return {};
}

struct PngSize
{
    quint32 width = 0;
    quint32 height = 0;
};

// Width and height from the IHDR chunk; zero when the file is not a PNG.
PngSize pngSize(const QByteArray& data)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (data.size() < 24 || !data.startsWith(signature) || data.mid(12, 4) != "IHDR") {
        return {};
    }
    return {qFromBigEndian<quint32>(data.constData() + 16), qFromBigEndian<quint32>(data.constData() + 20)};
}

} // namespace

class TestBrowserSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInThroughTheSandboxPageInChromium();
};

void TestBrowserSignIn::initTestCase()
{
    const QString missing = E2eEnvironment::missingReason(true);
    // scripts/install-deps installs Node.js and Chromium: without them the test command is broken, so fail.
    QVERIFY2(missing.isEmpty(), qPrintable(missing + QStringLiteral(" (run scripts/install-deps)")));
    QVERIFY2(E2eEnvironment::hasNodeModules(), "tests/e2e/node_modules is missing: run scripts/install-deps (npm ci)");
}

void TestBrowserSignIn::signsInThroughTheSandboxPageInChromium()
{
    SandboxServer sandbox; // the embedded demo tenant, as consentdesk --demo starts it
    QString error;
    QVERIFY2(sandbox.start(&error) != 0, qPrintable(error));
    const QString tenantId = sandbox.store().tenantId();
    const QString clientId = publicClientId(sandbox);
    QVERIFY(!clientId.isEmpty());
    const AuthProfile profile = AuthProfile::forSandbox(sandbox.baseUrl(), tenantId, clientId);

    MemorySecretStore store;
    SignInManager manager;
    manager.setSecretStore(&store);
    manager.setCallbackTimeout(50000); // the listener gives up after the browser would have
    QSignalSpy signedIn(&manager, &SignInManager::signedIn);
    QSignalSpy failed(&manager, &SignInManager::signInFailed);

    const QString pageShot = E2eEnvironment::screenshotsDir() + QStringLiteral("/sandbox-signin-page.png");
    const QString doneShot = E2eEnvironment::screenshotsDir() + QStringLiteral("/sandbox-signin-done.png");
    QFile::remove(pageShot);
    QFile::remove(doneShot);

    QProcess browser;
    browser.setWorkingDirectory(E2eEnvironment::scriptsDir());
    QSignalSpy browserDone(&browser, &QProcess::finished);
    QUrl redirectUri;
    int browserRequests = 0;
    connect(&manager, &SignInManager::openBrowserRequested, this, [&](const QUrl& url) {
        // The URL carries state and the PKCE challenge: it goes to the browser only, never to the test's output.
        ++browserRequests;
        redirectUri = QUrl(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        browser.start(E2eEnvironment::nodeExecutable(),
                      {E2eEnvironment::script(QStringLiteral("browser-signin.mjs")),
                       QStringLiteral("--url"),
                       url.toString(QUrl::FullyEncoded),
                       QStringLiteral("--upn"),
                       kUpn,
                       QStringLiteral("--screenshot"),
                       pageShot,
                       QStringLiteral("--done-screenshot"),
                       doneShot});
    });

    manager.signIn(profile); // no login hint: the account picker, as on a first sign-in
    QCOMPARE(manager.state(), SignInManager::State::SigningIn);
    QVERIFY(manager.flow()->isListening());

    // Event loop only: the sandbox and the listener live in this thread.
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty() || !browserDone.isEmpty(), 50000);
    QTRY_VERIFY_WITH_TIMEOUT(!browserDone.isEmpty(), 20000);
    // Playwright's messages may quote the callback URL (with its code): scrubbed before they are shown.
    const QString browserOut = Redactor::scrub(QString::fromUtf8(browser.readAllStandardOutput()));
    const QString browserErr = Redactor::scrub(QString::fromUtf8(browser.readAllStandardError()));
    QVERIFY2(browser.exitStatus() == QProcess::NormalExit && browser.exitCode() == 0,
             qPrintable(QStringLiteral("browser-signin.mjs failed (%1): %2").arg(browser.exitCode()).arg(browserErr)));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(manager.lastError().summary()));
    QCOMPARE(browserRequests, 1);

    // Signed in as the admin the browser picked, in the demo tenant, with the roles the directory gives her.
    const AccountInfo account = signedIn.first().first().value<AccountInfo>();
    QCOMPARE(account.userPrincipalName, kUpn);
    QCOMPARE(account.tenantId, tenantId);
    QVERIFY2(account.rolesKnown, qPrintable(account.rolesError));
    QVERIFY(account.roleTemplateIds().contains(CapabilityMap::GlobalAdministrator));
    QVERIFY(account.roleNames().contains(QStringLiteral("Global Administrator")));
    QCOMPARE(manager.state(), SignInManager::State::SignedIn);
    QCOMPARE(manager.account().userPrincipalName, kUpn);
    QVERIFY(manager.capabilities().allows(CapabilityMap::Kind::GrantApplication));
    QCOMPARE(store.count(), 1); // the refresh token, kept for this session

    // The browser landed on ConsentDesk's own page, and the listener is gone.
    QVERIFY(redirectUri.isValid() && redirectUri.port() > 0);
    QVERIFY2(
        browserOut.contains(QStringLiteral("final-url http://%1:%2/").arg(redirectUri.host()).arg(redirectUri.port())),
        qPrintable(browserOut));
    QVERIFY2(browserOut.contains(QStringLiteral("Signed in to ConsentDesk")), qPrintable(browserOut));
    QVERIFY(!manager.flow()->isListening());
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, quint16(redirectUri.port()));
    QVERIFY2(!late.waitForConnected(1000), "the loopback listener still accepts connections after the sign-in");

    // The sign-in page as the admin saw it: a real PNG of the 1280-wide window, at least one screen tall.
    QFile shot(pageShot);
    QVERIFY2(shot.open(QIODevice::ReadOnly), qPrintable(pageShot));
    const PngSize size = pngSize(shot.readAll());
    QCOMPARE(size.width, 1280u);
    QVERIFY(size.height >= 800u);
    QVERIFY(QFile::exists(doneShot));
    qInfo("screenshots: %s, %s", qPrintable(pageShot), qPrintable(doneShot));
}

QTEST_GUILESS_MAIN(TestBrowserSignIn)

#include "TestBrowserSignIn.moc"
