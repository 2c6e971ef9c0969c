#include "log/Redactor.h"

#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void scrubs_data();
    void scrubs();
    void keepsOrdinaryText_data();
    void keepsOrdinaryText();
    void fingerprintHidesValue();
};

namespace {
// A syntactically valid, fake JWT (header {"alg":"none"}, payload {"sub":"x"}).
const QString kJwt = QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
} // namespace

void TestRedactor::scrubs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::newRow("bare jwt") << QStringLiteral("token is %1 ok").arg(kJwt) << kJwt;
    QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer abc.DEF-123_xyz")
                                   << QStringLiteral("abc.DEF-123_xyz");
    QTest::newRow("bearer lower") << QStringLiteral("authorization: bearer opaque0123456789")
                                  << QStringLiteral("opaque0123456789");
    QTest::newRow("json access_token") << QStringLiteral(R"({"token_type":"Bearer","access_token":"AT-SECRET-1"})")
                                       << QStringLiteral("AT-SECRET-1");
    QTest::newRow("json refresh_token spaced")
        << QStringLiteral(R"({"refresh_token" : "0.ARoA-RT-SECRET"})") << QStringLiteral("0.ARoA-RT-SECRET");
    QTest::newRow("json id_token") << QStringLiteral(R"({"id_token":"ID-SECRET-2"})") << QStringLiteral("ID-SECRET-2");
    QTest::newRow("json client_secret") << QStringLiteral(R"({"client_secret":"CS~secret~3"})")
                                        << QStringLiteral("CS~secret~3");
    QTest::newRow("json code_verifier") << QStringLiteral(R"({"code_verifier":"VERIFIER-4"})")
                                        << QStringLiteral("VERIFIER-4");
    QTest::newRow("form body") << QStringLiteral("grant_type=refresh_token&refresh_token=RT-FORM-5&client_id=abc")
                               << QStringLiteral("RT-FORM-5");
    QTest::newRow("callback url code") << QStringLiteral("GET /?code=0.AUTHCODE-6&state=xyz HTTP/1.1")
                                       << QStringLiteral("0.AUTHCODE-6");
    QTest::newRow("code first param") << QStringLiteral("code=AUTHCODE-7&session_state=1")
                                      << QStringLiteral("AUTHCODE-7");
    QTest::newRow("fragment token") << QStringLiteral("http://x/#access_token=FRAG-8&expires_in=3600")
                                    << QStringLiteral("FRAG-8");
    QTest::newRow("client secret form") << QStringLiteral("client_id=1&client_secret=FORMSECRET9")
                                        << QStringLiteral("FORMSECRET9");
    QTest::newRow("plain key value") << QStringLiteral("refresh_token: RTPLAIN10 rotated")
                                     << QStringLiteral("RTPLAIN10");
}

void TestRedactor::scrubs()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString out = Redactor::scrub(input);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String(Redactor::Mask)), qPrintable(out));
    // The std::string overload must agree.
    QCOMPARE(QString::fromStdString(Redactor::scrub(input.toStdString())), out);
}

void TestRedactor::keepsOrdinaryText_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("graph error") << QStringLiteral(
        R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges"}})");
    QTest::newRow("url") << QStringLiteral("GET https://graph.microsoft.com/v1.0/servicePrincipals?$top=999 -> 200");
    QTest::newRow("prose") << QStringLiteral("Granted 3 scopes to Northwind CRM (client-request-id 1b4c…)");
}

void TestRedactor::keepsOrdinaryText()
{
    QFETCH(QString, input);
    QCOMPARE(Redactor::scrub(input), input);
}

void TestRedactor::fingerprintHidesValue()
{
    const QByteArray secret = "super-secret-refresh-token";
    const QString fp = Redactor::fingerprint(secret);
    QVERIFY(!fp.contains(QString::fromLatin1(secret)));
    QVERIFY(fp.contains(QStringLiteral("len=26")));
    QCOMPARE(Redactor::fingerprint(secret), fp);
    QVERIFY(Redactor::fingerprint("other") != fp);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
