// Sign-in errors in words an admin understands, with the next step: AADSTS codes, OAuth errors, network and TLS.
#include "auth/AadstsCatalog.h"
#include "auth/AuthError.h"

#include <QNetworkReply>
#include <QTest>

class TestAuthErrors : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasWords_data();
    void everyCodeHasWords();
    void oauthErrorsHaveWords();
    void codeFromDescription();
    void errorCodesWinOverText();
    void tokenEndpointJson();
    void adminConsentWording();
    void networkAndTls();
    void unknownCodeStillHelps();
    void toGraphError();
    void summaryHasNoSecrets();
    void summaryIsOneLine();
};

void TestAuthErrors::everyCodeHasWords_data()
{
    QTest::addColumn<int>("code");
    for (int code : AadstsCatalog::knownCodes()) {
        QTest::newRow(qPrintable(QStringLiteral("AADSTS%1").arg(code))) << code;
    }
}

void TestAuthErrors::everyCodeHasWords()
{
    QFETCH(int, code);
    const auto entry = AadstsCatalog::forCode(code);
    QVERIFY(entry);
    QVERIFY(!entry->title.isEmpty());
    QVERIFY(!entry->explanation.isEmpty());
    QVERIFY(!entry->nextStep.isEmpty());
    QVERIFY(!entry->name.isEmpty());
    QVERIFY(entry->helpUrl.isValid());
    QVERIFY(entry->helpUrl.scheme() == QLatin1String("https"));

    const AuthError e = AuthError::fromOAuth(QStringLiteral("invalid_grant"),
                                             QStringLiteral("AADSTS%1: something happened.").arg(code));
    QCOMPARE(e.aadsts, code);
    QCOMPARE(e.code, QStringLiteral("AADSTS%1").arg(code));
    QCOMPARE(e.title, entry->title);
    QVERIFY(e.isError());
}

void TestAuthErrors::oauthErrorsHaveWords()
{
    for (const QString& error : AadstsCatalog::knownOAuthErrors()) {
        const auto entry = AadstsCatalog::forOAuthError(error);
        QVERIFY2(entry, qPrintable(error));
        QVERIFY(!entry->title.isEmpty());
        QVERIFY(!entry->nextStep.isEmpty());
    }
    QCOMPARE(AuthError::fromOAuth(QStringLiteral("invalid_grant"), QString()).kind, AuthError::Kind::SignInRequired);
    QCOMPARE(AuthError::fromOAuth(QStringLiteral("interaction_required"), QString()).kind,
             AuthError::Kind::SignInRequired);
    QCOMPARE(AuthError::fromOAuth(QStringLiteral("consent_required"), QString()).kind,
             AuthError::Kind::ConsentRequired);
    QVERIFY(AuthError::fromOAuth(QStringLiteral("invalid_grant"), QString()).requiresInteraction());
}

void TestAuthErrors::codeFromDescription()
{
    QCOMPARE(
        AadstsCatalog::parseCode(QStringLiteral("AADSTS90094: The grant requires admin permission.\r\nTrace ID: x")),
        90094);
    QCOMPARE(AadstsCatalog::parseCode(QStringLiteral("error: AADSTS7000218: The request body must contain")), 7000218);
    QCOMPARE(AadstsCatalog::parseCode(QStringLiteral("no number here")), 0);
    // The browser redirect has only error + error_description.
    const AuthError e = AuthError::fromAuthorizationCallback(
        QStringLiteral("access_denied"), QStringLiteral("AADSTS65004: User declined to consent to access the app."));
    QCOMPARE(e.aadsts, 65004);
    QCOMPARE(e.kind, AuthError::Kind::ConsentRequired);
    QCOMPARE(e.oauthError, QStringLiteral("access_denied"));
}

void TestAuthErrors::errorCodesWinOverText()
{
    const AuthError e = AuthError::fromOAuth(
        QStringLiteral("invalid_grant"), QStringLiteral("AADSTS65001: text says this"), {700025}, 400);
    QCOMPARE(e.aadsts, 700025);
    QCOMPARE(e.kind, AuthError::Kind::Configuration);
    QCOMPARE(e.httpStatus, 400);
}

void TestAuthErrors::tokenEndpointJson()
{
    const QByteArray body = R"({"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization )"
                            R"(code or refresh token has expired.\r\nTrace ID: t1\r\nCorrelation ID: c1",)"
                            R"("error_codes":[70008],"timestamp":"2024-01-01 00:00:00Z","trace_id":"t1",)"
                            R"("correlation_id":"c1"})";
    const AuthError e = AuthError::fromGraphError(GraphError::fromTokenEndpointJson(400, body));
    QCOMPARE(e.aadsts, 70008);
    QCOMPARE(e.kind, AuthError::Kind::SignInRequired);
    QCOMPARE(e.traceId, QStringLiteral("t1"));
    QCOMPARE(e.correlationId, QStringLiteral("c1"));
    QVERIFY(!e.serverMessage.contains(QLatin1String("Trace ID"))); // first line only
    QVERIFY(e.summary().contains(QLatin1String("AADSTS70008")));
    QVERIFY(e.summary().contains(QLatin1String("c1")));
}

void TestAuthErrors::adminConsentWording()
{
    const AuthError e = AuthError::fromOAuth(QStringLiteral("invalid_grant"), QString(), {90094});
    QCOMPARE(e.title, QStringLiteral("Your tenant needs an administrator to approve ConsentDesk itself"));
    QVERIFY(e.nextStep.contains(QLatin1String("Global Administrator or Cloud Application Administrator")));
    QVERIFY(e.nextStep.contains(QLatin1String("admin consent")));
    QCOMPARE(e.helpUrl, QUrl(QStringLiteral("https://login.microsoftonline.com/error?code=90094")));
    const AuthError workflow = AuthError::fromOAuth(QStringLiteral("access_denied"), QString(), {90095});
    QVERIFY(workflow.explanation.contains(QLatin1String("workflow is on")));
}

void TestAuthErrors::networkAndTls()
{
    const AuthError tls = AuthError::fromNetwork(QNetworkReply::SslHandshakeFailedError, QStringLiteral("handshake"));
    QCOMPARE(tls.kind, AuthError::Kind::Tls);
    QVERIFY(!tls.nextStep.isEmpty());
    QCOMPARE(tls.code, QStringLiteral("network.SslHandshakeFailedError"));
    QCOMPARE(AuthError::fromNetwork(QNetworkReply::ConnectionRefusedError, QString()).kind, AuthError::Kind::Network);
    QCOMPARE(AuthError::fromNetwork(QNetworkReply::HostNotFoundError, QString()).kind, AuthError::Kind::Network);
    QCOMPARE(AuthError::fromNetwork(QNetworkReply::TimeoutError, QString()).kind, AuthError::Kind::Timeout);
    QCOMPARE(AuthError::fromNetwork(QNetworkReply::ProxyConnectionRefusedError, QString()).kind,
             AuthError::Kind::Network);
    QCOMPARE(AuthError::fromNetwork(QNetworkReply::OperationCanceledError, QString()).kind, AuthError::Kind::Cancelled);
    // As EntraReplyHandler reports them: the enum name in GraphError::code.
    GraphError g = GraphError::network(QStringLiteral("TLS failed"));
    g.code = QStringLiteral("SslHandshakeFailedError");
    QCOMPARE(AuthError::fromGraphError(g).kind, AuthError::Kind::Tls);
    for (const AuthError& e : {tls, AuthError::fromNetwork(QNetworkReply::ConnectionRefusedError, QString())}) {
        QVERIFY(!e.title.isEmpty());
        QVERIFY(!e.nextStep.isEmpty());
    }
}

void TestAuthErrors::unknownCodeStillHelps()
{
    const AuthError e = AuthError::fromOAuth(QStringLiteral("weird_error"), QStringLiteral("AADSTS999999: odd"));
    QCOMPARE(e.aadsts, 999999);
    QCOMPARE(e.code, QStringLiteral("AADSTS999999"));
    QVERIFY(!e.title.isEmpty());
    QVERIFY(!e.nextStep.isEmpty());
    QCOMPARE(e.helpUrl, AadstsCatalog::helpUrl(999999));
}

void TestAuthErrors::toGraphError()
{
    QCOMPARE(AuthError::fromOAuth(QStringLiteral("invalid_grant"), QString()).toGraphError().kind,
             GraphError::Kind::SignInRequired);
    QCOMPARE(AuthError::fromNetwork(QNetworkReply::ConnectionRefusedError, QString()).toGraphError().kind,
             GraphError::Kind::Network);
    QCOMPARE(AuthError::cancelled().toGraphError().kind, GraphError::Kind::Cancelled);
    const GraphError g = AuthError::fromOAuth(QStringLiteral("invalid_client"), QString(), {700016}).toGraphError();
    QCOMPARE(g.kind, GraphError::Kind::TokenEndpoint);
    QCOMPARE(g.errorCodes, QList<int> {700016});
    QVERIFY(AuthError::none().toGraphError().isNone());
}

void TestAuthErrors::summaryHasNoSecrets()
{
    AuthError e = AuthError::fromOAuth(QStringLiteral("invalid_request"), QString());
    e.title = QStringLiteral("refresh_token=SECRET-RT-1 leaked");
    QVERIFY(!e.summary().contains(QLatin1String("SECRET-RT-1")));
}

void TestAuthErrors::summaryIsOneLine()
{
    // Found by the aadsts-error fuzzer: a token endpoint answer whose trace or correlation id carries a line break
    // made AuthError::summary() — which goes to the log — two lines (a forged log line).
    const QByteArray body = R"({"error":"invalid_grant","error_description":"AADSTS70008: expired.",)"
                            R"("error_codes":[70008],"trace_id":"t1\n2026-12-07 [info] forged",)"
                            R"("correlation_id":"c1\u2028c2\r"})";
    const AuthError e = AuthError::fromGraphError(GraphError::fromTokenEndpointJson(400, body));
    const QString summary = e.summary();
    QVERIFY2(!summary.contains(QLatin1Char('\n')) && !summary.contains(QLatin1Char('\r'))
                 && !summary.contains(QChar(0x2028)),
             qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("t1")));
    QVERIFY(summary.contains(QLatin1String("forged"))); // kept, on the same line
}

QTEST_GUILESS_MAIN(TestAuthErrors)
#include "TestAuthErrors.moc"
