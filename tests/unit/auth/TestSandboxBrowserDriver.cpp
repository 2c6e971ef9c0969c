// The demo/test browser: picks the user on the sign-in form, posts it, follows the redirect to the loopback listener.
#include "FakeIdentityPlatform.h"

#include "auth/MemorySecretStore.h"
#include "auth/SandboxBrowserDriver.h"
#include "auth/SignInManager.h"

#include <QSignalSpy>
#include <QTest>

class TestSandboxBrowserDriver : public QObject
{
    Q_OBJECT

private slots:
    void radioButtons();
    void selectOption();
    void buttonPerUser();
    void textField();
    void consentPagePressesAccept();
    void entities();
    void signInThroughThePage();
    void unknownUser();
    void onlyLoopback();
    void oversizedPageIsNotRead();
};

void TestSandboxBrowserDriver::radioButtons()
{
    const QByteArray html = R"(<form method="POST" action="/t/oauth2/v2.0/authorize">
        <input type="hidden" name="state" value="s1"><input type=hidden name='client_id' value='c'>
        <input type="radio" name="login" value="a@contoso.com"><input type="radio" name="login" value="B@contoso.com">
        <button type="submit">Sign in</button></form>)";
    const auto form = SandboxBrowserDriver::parseForm(
        html, QUrl(QStringLiteral("http://127.0.0.1:9/t/x")), QStringLiteral("b@contoso.com"));
    QVERIFY(form.userChosen);
    QCOMPARE(form.method, QByteArray("POST"));
    QCOMPARE(form.action, QUrl(QStringLiteral("http://127.0.0.1:9/t/oauth2/v2.0/authorize")));
    QVERIFY(form.fields.contains(qMakePair(QStringLiteral("state"), QStringLiteral("s1"))));
    QVERIFY(form.fields.contains(qMakePair(QStringLiteral("client_id"), QStringLiteral("c"))));
    QVERIFY(form.fields.contains(qMakePair(QStringLiteral("login"), QStringLiteral("B@contoso.com"))));
    QVERIFY(!form.fields.contains(qMakePair(QStringLiteral("login"), QStringLiteral("a@contoso.com"))));
}

void TestSandboxBrowserDriver::selectOption()
{
    const QByteArray html = R"(<form method=post><select name="user"><option value="a@x.com">A</option>
        <option value="b@x.com">B</option></select></form>)";
    const auto form = SandboxBrowserDriver::parseForm(
        html, QUrl(QStringLiteral("http://127.0.0.1:9/p")), QStringLiteral("b@x.com"));
    QVERIFY(form.userChosen);
    QCOMPARE(form.action, QUrl(QStringLiteral("http://127.0.0.1:9/p"))); // no action: the page itself
    QCOMPARE(form.fields, (QList<QPair<QString, QString>> {{QStringLiteral("user"), QStringLiteral("b@x.com")}}));
}

void TestSandboxBrowserDriver::buttonPerUser()
{
    const QByteArray html = R"(<form method="post"><button name="upn" value="a@x.com">A</button>
        <button name="upn" value="b@x.com">B</button></form>)";
    const auto form = SandboxBrowserDriver::parseForm(
        html, QUrl(QStringLiteral("http://127.0.0.1:9/p")), QStringLiteral("b@x.com"));
    QVERIFY(form.userChosen);
    QCOMPARE(form.fields, (QList<QPair<QString, QString>> {{QStringLiteral("upn"), QStringLiteral("b@x.com")}}));
}

void TestSandboxBrowserDriver::textField()
{
    const QByteArray html = R"(<form method="post"><input name="loginfmt" type="email"><input type=submit></form>)";
    const auto form = SandboxBrowserDriver::parseForm(
        html, QUrl(QStringLiteral("http://127.0.0.1:9/p")), QStringLiteral("b@x.com"));
    QVERIFY(form.userChosen);
    QVERIFY(form.fields.contains(qMakePair(QStringLiteral("loginfmt"), QStringLiteral("b@x.com"))));
}

void TestSandboxBrowserDriver::consentPagePressesAccept()
{
    const QByteArray html = R"(<form method="post" action="consent"><input type="hidden" name="ticket" value="t">
        <button name="decision" value="cancel">Cancel</button><button name="decision" value="accept">Accept</button>
        </form>)";
    const auto form = SandboxBrowserDriver::parseForm(
        html, QUrl(QStringLiteral("http://127.0.0.1:9/t/authorize")), QStringLiteral("b@x.com"));
    QVERIFY(!form.userChosen);
    QCOMPARE(form.action, QUrl(QStringLiteral("http://127.0.0.1:9/t/consent")));
    QVERIFY(form.fields.contains(qMakePair(QStringLiteral("decision"), QStringLiteral("accept"))));
    QVERIFY(!form.fields.contains(qMakePair(QStringLiteral("decision"), QStringLiteral("cancel"))));
}

void TestSandboxBrowserDriver::entities()
{
    const QByteArray html = R"(<form method="post"><input type="hidden" name="scope" value="openid &amp; more">
        <input type="radio" name="u" value="o&#39;brien@x.com"></form>)";
    const auto form = SandboxBrowserDriver::parseForm(
        html, QUrl(QStringLiteral("http://127.0.0.1:9/p")), QStringLiteral("o'brien@x.com"));
    QVERIFY(form.userChosen);
    QVERIFY(form.fields.contains(qMakePair(QStringLiteral("scope"), QStringLiteral("openid & more"))));
}

void TestSandboxBrowserDriver::signInThroughThePage()
{
    FakeIdentityPlatform idp;
    QVERIFY(idp.listenOnLoopback());
    MemorySecretStore store;
    SignInManager manager;
    manager.setSecretStore(&store);
    SandboxBrowserDriver driver {QLatin1String(FakeIdentityPlatform::Upn)}; // braces: clang reads (…) as a function
    manager.setInteractiveDriver(driver.interactiveDriver());
    QSignalSpy signedIn(&manager, &SignInManager::signedIn);
    QSignalSpy done(&driver, &SandboxBrowserDriver::finished);
    manager.signIn(AuthProfile::forSandbox(
        idp.baseUrl(), QStringLiteral("contoso.onmicrosoft.com"), QLatin1String(FakeIdentityPlatform::ClientId)));
    QVERIFY(signedIn.wait(10000));
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
    QCOMPARE(idp.lastSignInUser(), QLatin1String(FakeIdentityPlatform::Upn));
    QCOMPARE(manager.account().userPrincipalName, QLatin1String(FakeIdentityPlatform::Upn));
}

void TestSandboxBrowserDriver::unknownUser()
{
    FakeIdentityPlatform idp;
    QVERIFY(idp.listenOnLoopback());
    SandboxBrowserDriver driver(QStringLiteral("nobody@contoso.com"));
    QSignalSpy done(&driver, &SandboxBrowserDriver::finished);
    QUrl authorize = idp.baseUrl();
    authorize.setPath(QStringLiteral("/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
    authorize.setQuery(QStringLiteral("redirect_uri=http%3A%2F%2Flocalhost%3A1%2F&state=s"));
    driver.complete(authorize);
    QVERIFY(done.wait(5000));
    QVERIFY(!done.first().first().toBool());
    QVERIFY(done.first().at(1).toString().contains(QLatin1String("nobody@contoso.com")));
}

void TestSandboxBrowserDriver::onlyLoopback()
{
    SandboxBrowserDriver driver(QStringLiteral("a@contoso.com"));
    QSignalSpy done(&driver, &SandboxBrowserDriver::finished);
    driver.complete(QUrl(QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize")));
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.first().first().toBool());
}

// Another local process may hold the sandbox's port: a page of megabytes is not read, and the failure says why.
void TestSandboxBrowserDriver::oversizedPageIsNotRead()
{
    LocalHttpServer bloated;
    QVERIFY(bloated.listenOnLoopback());
    const QByteArray page = "<form method=post><input name=loginfmt type=email></form>" + QByteArray(8 << 20, ' ');
    bloated.setHandler([page](const LocalHttpServer::Request&) {
        LocalHttpServer::Response r = LocalHttpServer::Response::json(200, page);
        return r.header("Content-Type", "text/html");
    });
    SandboxBrowserDriver driver(QStringLiteral("a@contoso.com"));
    QSignalSpy done(&driver, &SandboxBrowserDriver::finished);
    QUrl authorize = bloated.baseUrl();
    authorize.setPath(QStringLiteral("/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
    authorize.setQuery(QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2F&state=s"));
    driver.complete(authorize);
    QVERIFY(done.wait(10000));
    QVERIFY(!done.first().first().toBool());
    const QString error = done.first().at(1).toString();
    QVERIFY2(error.contains(QLatin1String("larger than 1024 KiB")), qPrintable(error));
    QVERIFY2(error.contains(bloated.baseUrl().authority()), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxBrowserDriver)
#include "TestSandboxBrowserDriver.moc"
