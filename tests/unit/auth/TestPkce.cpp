// PKCE (RFC 7636) and the OAuth state: the values that make a stolen redirect useless.
#include "auth/OAuthState.h"
#include "auth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636AppendixB();
    void verifierShape();
    void verifiersAreFresh();
    void verifierValidation();
    void statesAreUniqueAndUrlSafe();
    void stateComparison();
};

void TestPkce::rfc7636AppendixB()
{
    QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::verifierShape()
{
    const QByteArray verifier = Pkce::generateVerifier();
    QCOMPARE(verifier.size(), 43); // 32 bytes, base64url, no padding
    QVERIFY(Pkce::isValidVerifier(verifier));
    QVERIFY(!verifier.contains('='));
    QCOMPARE(Pkce::challengeS256(verifier).size(), 43);
}

void TestPkce::verifiersAreFresh()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        seen.insert(Pkce::generateVerifier());
    }
    QCOMPARE(seen.size(), 1000);
}

void TestPkce::verifierValidation()
{
    QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a'))); // too short
    QVERIFY(Pkce::isValidVerifier(QByteArray(128, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a') + '+')); // not unreserved
    QVERIFY(Pkce::isValidVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
}

void TestPkce::statesAreUniqueAndUrlSafe()
{
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString state = OAuthState::generate();
        QVERIFY2(state.size() >= 22, qPrintable(state));
        QVERIFY2(urlSafe.match(state).hasMatch(), qPrintable(state));
        seen.insert(state);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestPkce::stateComparison()
{
    const QString state = OAuthState::generate();
    QVERIFY(OAuthState::matches(state, state));
    QVERIFY(!OAuthState::matches(state, state.left(state.size() - 1)));
    QString flipped = state;
    flipped[0] = flipped.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!OAuthState::matches(state, flipped));
    QVERIFY(!OAuthState::matches(QString(), QString())); // no state expected: nothing matches
}

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
