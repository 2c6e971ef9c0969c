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
    // Issue 12.5: the shapes the first rules missed.
    QTest::newRow("bare refresh token 0.A")
        << QStringLiteral("stored 0.ARoAv4j5cvGGr0GRqy180BHbR-x_yz12345.AbC*!$9 for later")
        << QStringLiteral("0.ARoAv4j5cvGGr0GRqy180BHbR");
    QTest::newRow("bare refresh token 1.A") << QStringLiteral("rotated to 1.AXoAmYq2w3e4r5t6y7u8i9o0pQwErTy")
                                            << QStringLiteral("1.AXoAmYq2w3e4r5t6y7u8i9o0pQwErTy");
    QTest::newRow("bare sandbox refresh token")
        << QStringLiteral("token 1.k9-Zq_3xY0vB7nM2lK4jH6gF8dS1aP5oI9uY3tR7eW0q was kept")
        << QStringLiteral("k9-Zq_3xY0vB7nM2lK4jH6gF8dS1aP5oI9uY3tR7eW0q");
    QTest::newRow("refreshToken camel json")
        << QStringLiteral(R"({"refreshToken":"RT-CAMEL-11"})") << QStringLiteral("RT-CAMEL-11");
    QTest::newRow("refresh-token kebab") << QStringLiteral("refresh-token=RT-KEBAB-12 next")
                                         << QStringLiteral("RT-KEBAB-12");
    QTest::newRow("accessToken plain") << QStringLiteral("accessToken: AT-CAMEL-13") << QStringLiteral("AT-CAMEL-13");
    QTest::newRow("escaped json") << QStringLiteral(R"(body="{\"refresh_token\":\"RT-ESC-14\",\"x\":1}")")
                                  << QStringLiteral("RT-ESC-14");
    QTest::newRow("escaped json spaced") << QStringLiteral(R"({\"access_token\" : \"AT ESC 15\"})")
                                         << QStringLiteral("AT ESC 15");
    QTest::newRow("single quoted dict") << QStringLiteral("{'refresh_token': 'RT-SQ-16', 'x': 1}")
                                        << QStringLiteral("RT-SQ-16");
    QTest::newRow("single quoted value") << QStringLiteral("refresh_token='RT-SQ-17'") << QStringLiteral("RT-SQ-17");
    QTest::newRow("client_secret double quoted")
        << QStringLiteral(R"(client_secret="CS DQ 18" tenant=x)") << QStringLiteral("CS DQ 18");
    QTest::newRow("json code") << QStringLiteral(R"({"code":"0.AUTH-JSON-19","state":"s"})")
                               << QStringLiteral("0.AUTH-JSON-19");
    QTest::newRow("json code msa") << QStringLiteral(R"({"code" : "M.C507_BAY.2.U.abc-20"})")
                                   << QStringLiteral("M.C507_BAY.2.U.abc-20");
    QTest::newRow("percent-encoded code")
        << QStringLiteral("next=https%3A%2F%2Fx%2Fcb%3Fcode%3DAUTH-PCT-21%26state%3D1")
        << QStringLiteral("AUTH-PCT-21");
    QTest::newRow("double percent-encoded code")
        << QStringLiteral("u=https%253A%252F%252Fx%253Fstate%253D1%2526code%253DAUTH-PCT-22%2526y%253D2")
        << QStringLiteral("AUTH-PCT-22");
    QTest::newRow("percent-encoded refresh_token")
        << QStringLiteral("body%3Drefresh_token%3DRT-PCT-23%26client_id") << QStringLiteral("RT-PCT-23");
    QTest::newRow("authorization basic") << QStringLiteral("Authorization: Basic Y2xpZW50OnNlY3JldC0yNA==")
                                         << QStringLiteral("Y2xpZW50OnNlY3JldC0yNA==");
    QTest::newRow("authorization basic json")
        << QStringLiteral(R"({"Authorization": "Basic Y2xpZW50OnNlY3JldC0yNQ=="})")
        << QStringLiteral("Y2xpZW50OnNlY3JldC0yNQ==");
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
    QTest::newRow("token endpoint error")
        << QStringLiteral(R"({"error":"invalid_grant","error_codes":[70008],"code":"invalid_grant"})");
    QTest::newRow("exchange error code") << QStringLiteral(
        R"({"error":{"code":"Microsoft.Exchange.ManagementObjectNotFoundException","message":"x"}})");
    QTest::newRow("versions and numbers") << QStringLiteral("ConsentDesk 0.3.1 on Qt 6.4.2, 1.5 s, code 200");
    QTest::newRow("guids") << QStringLiteral(
        "app 0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0 tenant 1b4c0000-0000-0000-0000-000000000000");
    QTest::newRow("basic in prose") << QStringLiteral("Basic authentication is disabled for Exchange Online");
    QTest::newRow("url path") << QStringLiteral(
        "GET https://graph.microsoft.com/v1.0/servicePrincipals/1.ABCDEFGHIJKLMNOPQRSTUVWXYZ");
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
