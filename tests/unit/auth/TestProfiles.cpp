// Clouds, profiles and the profile store: every cloud's roots, validation, QSettings round trip, no secrets on disk.
#include "auth/AuthProfile.h"
#include "auth/CloudEnvironment.h"
#include "auth/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void cloudTable();
    void cloudNames();
    void customCloud();
    void identityUrls();
    void insecureRootsRefused();
    void profileValidation();
    void storeRoundTrip();
    void currentProfile();
    void noSecretsInSettingsFile();
};

void TestProfiles::cloudTable()
{
    const auto global = CloudEnvironment::global();
    QCOMPARE(global.authority(), QUrl(QStringLiteral("https://login.microsoftonline.com")));
    QCOMPARE(global.graph(), QUrl(QStringLiteral("https://graph.microsoft.com")));
    QCOMPARE(global.exchange(), QUrl(QStringLiteral("https://outlook.office365.com")));
    QCOMPARE(global.name(), QStringLiteral("global"));

    const auto gov = *CloudEnvironment::fromName(QStringLiteral("usgov"));
    QCOMPARE(gov.authority(), QUrl(QStringLiteral("https://login.microsoftonline.us")));
    QCOMPARE(gov.graph(), QUrl(QStringLiteral("https://graph.microsoft.us")));
    QCOMPARE(gov.exchange(), QUrl(QStringLiteral("https://outlook.office365.us")));

    const auto dod = *CloudEnvironment::fromName(QStringLiteral("usgovdod"));
    QCOMPARE(dod.authority(), QUrl(QStringLiteral("https://login.microsoftonline.us")));
    QCOMPARE(dod.graph(), QUrl(QStringLiteral("https://dod-graph.microsoft.us")));
    QCOMPARE(dod.exchange(), QUrl(QStringLiteral("https://webmail.apps.mil")));

    const auto china = *CloudEnvironment::fromName(QStringLiteral("china"));
    QCOMPARE(china.authority(), QUrl(QStringLiteral("https://login.partner.microsoftonline.cn")));
    QCOMPARE(china.graph(), QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn")));
    QCOMPARE(china.exchange(), QUrl(QStringLiteral("https://partner.outlook.cn")));
    QCOMPARE(china.graphResource(), QStringLiteral("https://microsoftgraph.chinacloudapi.cn"));

    for (const QString& name : CloudEnvironment::names()) {
        QVERIFY(CloudEnvironment::fromName(name)->isValid());
    }
}

void TestProfiles::cloudNames()
{
    QCOMPARE(
        CloudEnvironment::names(),
        QStringList(
            {QStringLiteral("global"), QStringLiteral("usgov"), QStringLiteral("usgovdod"), QStringLiteral("china")}));
    QVERIFY(CloudEnvironment::fromName(QStringLiteral(" USGov ")));
    QVERIFY(!CloudEnvironment::fromName(QStringLiteral("moon")));
    QVERIFY(!CloudEnvironment::fromName(QString()));
}

void TestProfiles::customCloud()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:4711/"));
    const auto env = CloudEnvironment::custom(base, base, base);
    QCOMPARE(env.cloud(), CloudEnvironment::Cloud::Custom);
    QCOMPARE(env.name(), QStringLiteral("custom"));
    QCOMPARE(env.graph(), QUrl(QStringLiteral("http://127.0.0.1:4711")));
    QVERIFY(env.isValid());
    QCOMPARE(env.graphResource(), QStringLiteral("https://graph.microsoft.com"));
    QCOMPARE(env.exchangeResource(), QStringLiteral("https://outlook.office365.com"));
}

void TestProfiles::identityUrls()
{
    const auto global = CloudEnvironment::global();
    QCOMPARE(global.authorizeUrl(QStringLiteral("contoso.onmicrosoft.com")),
             QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize")));
    QCOMPARE(global.tokenUrl(QStringLiteral("organizations")),
             QUrl(QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/token")));
    QCOMPARE(global.adminConsentUrl(QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f")),
             QUrl(QStringLiteral("https://login.microsoftonline.com/beeebbd2-a0e9-467e-94e0-f43de5a70d0f/v2.0/"
                                 "adminconsent")));
    // A tenant can never add path segments.
    const QByteArray encoded = global.tokenUrl(QStringLiteral("a/../b")).toEncoded();
    QVERIFY2(encoded.contains("/a%2F..%2Fb/oauth2/"), encoded.constData());
}

void TestProfiles::insecureRootsRefused()
{
    QString error;
    const QUrl plain(QStringLiteral("http://login.example.com"));
    QVERIFY(!CloudEnvironment::custom(plain, plain, plain).isValid(&error));
    QVERIFY(error.contains(QLatin1String("https")));
    QVERIFY(CloudEnvironment::isSecureOrLoopback(QUrl(QStringLiteral("http://localhost:1"))));
    QVERIFY(CloudEnvironment::isSecureOrLoopback(QUrl(QStringLiteral("http://[::1]:1"))));
    QVERIFY(!CloudEnvironment::isSecureOrLoopback(QUrl(QStringLiteral("http://10.0.0.1"))));
    QVERIFY(!CloudEnvironment::isSecureOrLoopback(QUrl(QStringLiteral("ftp://127.0.0.1"))));
}

void TestProfiles::profileValidation()
{
    AuthProfile p;
    p.name = QStringLiteral("Contoso");
    p.tenant = QStringLiteral("contoso.onmicrosoft.com");
    p.clientId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
    QString error;
    QVERIFY2(p.isValid(&error), qPrintable(error));
    for (const char* tenant : {"organizations", "beeebbd2-a0e9-467e-94e0-f43de5a70d0f", "contoso.com"}) {
        p.tenant = QLatin1String(tenant);
        QVERIFY2(p.isValid(), tenant);
    }
    for (const char* tenant : {"", "contoso", "a/b", "contoso.com/../x", "-bad-.com"}) {
        p.tenant = QLatin1String(tenant);
        QVERIFY2(!p.isValid(&error), tenant);
        QVERIFY(!error.isEmpty());
    }
    p.tenant = QStringLiteral("organizations");
    p.clientId = QStringLiteral("ConsentDesk");
    QVERIFY(!p.isValid(&error));
    QVERIFY(error.contains(QLatin1String("client ID")));
    p.clientId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
    p.cloud = QStringLiteral("moon");
    QVERIFY(!p.isValid());
    p.cloud = QStringLiteral("custom");
    p.customAuthority = p.customGraph = p.customExchange = QUrl(QStringLiteral("http://example.com"));
    QVERIFY(!p.isValid(&error)); // plain http off this computer
    const AuthProfile sandbox = AuthProfile::forSandbox(
        QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("contoso.onmicrosoft.com"), p.clientId);
    QVERIFY(sandbox.isValid());
    QCOMPARE(sandbox.environment().authority(), QUrl(QStringLiteral("http://127.0.0.1:9")));
}

void TestProfiles::storeRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    AuthProfile p;
    p.name = QStringLiteral("Fabrikam (prod)");
    p.tenant = QStringLiteral("fabrikam.onmicrosoft.com");
    p.clientId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
    p.cloud = QStringLiteral("usgov");
    p.lastUser = {QStringLiteral("admin@fabrikam.com"),
                  QStringLiteral("b6cee3e8-742a-4101-b7b5-d48f10ef6abf"),
                  QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f")};
    AuthProfile sandbox = AuthProfile::forSandbox(
        QUrl(QStringLiteral("http://127.0.0.1:4711")), QStringLiteral("contoso.onmicrosoft.com"), p.clientId);
    QString id1;
    QString id2;
    {
        ProfileStore store(file);
        id1 = store.save(p);
        id2 = store.save(sandbox);
        QVERIFY(!id1.isEmpty());
        QVERIFY(id1 != id2);
        store.sync();
    }
    ProfileStore store(file);
    const auto all = store.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Fabrikam (prod)")); // sorted by name
    auto loaded = store.profile(id1);
    QVERIFY(loaded);
    p.id = id1;
    QCOMPARE(*loaded, p);
    auto loadedSandbox = store.profile(id2);
    QVERIFY(loadedSandbox);
    QCOMPARE(loadedSandbox->customGraph, QUrl(QStringLiteral("http://127.0.0.1:4711")));
    QCOMPARE(loadedSandbox->environment().cloud(), CloudEnvironment::Cloud::Custom);
    QCOMPARE(store.findByName(QStringLiteral("fabrikam (PROD)"))->id, id1);

    store.setLastUser(id2, {QStringLiteral("x@contoso.com"), QStringLiteral("o"), QStringLiteral("t")});
    QCOMPARE(store.profile(id2)->lastUser.userPrincipalName, QStringLiteral("x@contoso.com"));
    QVERIFY(store.remove(id2));
    QVERIFY(!store.remove(id2));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfiles::currentProfile()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(!store.current());
    AuthProfile p;
    p.name = QStringLiteral("A");
    p.tenant = QStringLiteral("organizations");
    p.clientId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
    const QString id = store.save(p);
    store.setCurrentId(id);
    QCOMPARE(store.current()->id, id);
    QCOMPARE(store.profiles().size(), 1); // "current" is not a profile
    store.remove(id);
    QVERIFY(!store.current());
    QVERIFY(store.currentId().isEmpty());
}

void TestProfiles::noSecretsInSettingsFile()
{
    // The only way to the settings file is AuthProfile, which has no field for a token; this proves the file holds
    // exactly the non-secret fields (the sign-in integration test checks it again after a real sign-in).
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        ProfileStore store(file);
        AuthProfile p = AuthProfile::forSandbox(QUrl(QStringLiteral("http://127.0.0.1:4711")),
                                                QStringLiteral("contoso.onmicrosoft.com"),
                                                QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07"));
        p.lastUser = {QStringLiteral("adaeze.okafor@contoso.com"), QStringLiteral("oid"), QStringLiteral("tid")};
        store.setCurrentId(store.save(p));
        store.sync();
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll().toLower();
    for (const char* word : {"token", "secret", "password", "verifier", "code=", "bearer", "eyj"}) {
        QVERIFY2(!text.contains(word), word);
    }
    QVERIFY(text.contains("adaeze.okafor@contoso.com"));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "TestProfiles.moc"
