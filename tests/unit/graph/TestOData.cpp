#include "graph/ODataFilter.h"
#include "graph/ODataQuery.h"

#include <QTest>
#include <QUrlQuery>

class TestOData : public QObject
{
    Q_OBJECT

private slots:
    void escapesSingleQuotes_data();
    void escapesSingleQuotes();
    void guidsAreValidatedBeforeGoingUnquoted();
    void propertyNamesAreChecked();
    void combinations();
    void anyLambda();
    void advancedQueriesNeedConsistencyLevel();
    void queryStringEncoding();
    void searchQuoting();
    void literalHelpers();
    void paths();
};

void TestOData::escapesSingleQuotes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("O'Brien") << QStringLiteral("O'Brien") << QStringLiteral("displayName eq 'O''Brien'");
    QTest::newRow("injection") << QStringLiteral("' or 1 eq 1") << QStringLiteral("displayName eq ''' or 1 eq 1'");
    QTest::newRow("closing paren") << QStringLiteral("x') or (true")
                                   << QStringLiteral("displayName eq 'x'') or (true'");
    QTest::newRow("plain") << QStringLiteral("Contoso") << QStringLiteral("displayName eq 'Contoso'");
}

void TestOData::escapesSingleQuotes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const ODataFilter f = ODataFilter::eq(QStringLiteral("displayName"), input);
    QVERIFY(f.isValid());
    QCOMPARE(f.toString(), expected);
    // The user's text stays one literal: after the opening quote, every quote is doubled.
    const QString literal = f.toString().mid(QStringLiteral("displayName eq '").size());
    QVERIFY(literal.endsWith(QLatin1Char('\'')));
    QVERIFY(!literal.chopped(1).replace(QStringLiteral("''"), QString()).contains(QLatin1Char('\'')));
    QCOMPARE(ODataFilter::startsWith(QStringLiteral("displayName"), input).toString(),
             QStringLiteral("startswith(displayName,") + ODataFilter::quote(input) + QLatin1Char(')'));
}

void TestOData::guidsAreValidatedBeforeGoingUnquoted()
{
    const QString guid = QStringLiteral("8E881353-1735-45AF-AF21-EE1344582A4D");
    QCOMPARE(ODataFilter::eqGuid(QStringLiteral("resourceId"), guid).toString(),
             QStringLiteral("resourceId eq 8e881353-1735-45af-af21-ee1344582a4d"));
    QCOMPARE(ODataFilter::eqGuidQuoted(QStringLiteral("clientId"), guid).toString(),
             QStringLiteral("clientId eq '8e881353-1735-45af-af21-ee1344582a4d'"));
    for (const QString& bad : {QStringLiteral("1 or 1 eq 1"),
                               QStringLiteral("8e881353-1735-45af-af21-ee1344582a4d or true"),
                               QString(),
                               QStringLiteral("'x'")}) {
        const ODataFilter f = ODataFilter::eqGuid(QStringLiteral("resourceId"), bad);
        QVERIFY2(!f.isValid(), qPrintable(bad));
        QVERIFY(f.toString().isEmpty()); // never emitted
        QVERIFY(!f.error().isEmpty());
        QVERIFY(!ODataFilter::eqGuidQuoted(QStringLiteral("clientId"), bad).isValid());
    }
    // An invalid part poisons the whole expression and the query.
    const ODataFilter combined = ODataFilter::eq(QStringLiteral("a"), QStringLiteral("b"))
                                 && ODataFilter::eqGuid(QStringLiteral("resourceId"), QStringLiteral("nope"));
    QVERIFY(!combined.isValid());
    ODataQuery q;
    q.filter(combined);
    QVERIFY(!q.isValid());
}

void TestOData::propertyNamesAreChecked()
{
    QVERIFY(!ODataFilter::eq(QStringLiteral("x eq 'a' or y"), QStringLiteral("b")).isValid());
    QVERIFY(ODataFilter::eq(QStringLiteral("createdBy/user/id"), QStringLiteral("b")).isValid());
    ODataQuery q;
    q.select({QStringLiteral("id"), QStringLiteral("appId,displayName")});
    QVERIFY(!q.isValid());
}

void TestOData::combinations()
{
    const ODataFilter f
        = ODataFilter::eqGuidQuoted(QStringLiteral("clientId"), QStringLiteral("11111111-1111-1111-1111-111111111111"))
          && ODataFilter::eq(QStringLiteral("consentType"), QStringLiteral("Principal"));
    QCOMPARE(f.toString(),
             QStringLiteral("(clientId eq '11111111-1111-1111-1111-111111111111') and (consentType eq 'Principal')"));
    const ODataFilter either = ODataFilter::startsWith(QStringLiteral("displayName"), QStringLiteral("a"))
                               || ODataFilter::startsWith(QStringLiteral("mail"), QStringLiteral("a"));
    QCOMPARE(either.toString(), QStringLiteral("(startswith(displayName,'a')) or (startswith(mail,'a'))"));
    QCOMPARE(ODataFilter::all({}).toString(), QString());
    QVERIFY(ODataFilter::all({}).isEmpty());
}

void TestOData::anyLambda()
{
    const ODataFilter f = ODataFilter::any(QStringLiteral("userConsentRequests"),
                                           QStringLiteral("u"),
                                           ODataFilter::eq(QStringLiteral("u/status"), QStringLiteral("InProgress")));
    QCOMPARE(f.toString(), QStringLiteral("userConsentRequests/any(u:u/status eq 'InProgress')"));
}

void TestOData::advancedQueriesNeedConsistencyLevel()
{
    ODataQuery plain;
    plain.select({QStringLiteral("id")}).top(999);
    QVERIFY(!plain.needsConsistencyLevel());
    ODataQuery counted;
    counted.count();
    QVERIFY(counted.needsConsistencyLevel());
    ODataQuery searched;
    searched.search(QStringLiteral("displayName"), QStringLiteral("meg"));
    QVERIFY(searched.needsConsistencyLevel());
    ODataQuery ne;
    ne.filter(ODataFilter::ne(QStringLiteral("userType"), QStringLiteral("Guest")));
    QVERIFY(ne.needsConsistencyLevel());
    QCOMPARE(ne.toUrlQuery().queryItemValue(QStringLiteral("$count")), QStringLiteral("true")); // Graph wants both
}

void TestOData::queryStringEncoding()
{
    ODataQuery q;
    q.select({QStringLiteral("id"), QStringLiteral("displayName")})
        .filter(ODataFilter::eq(QStringLiteral("displayName"), QStringLiteral("R&D + Sales #1 100%")))
        .top(5);
    QUrl url(QStringLiteral("https://graph.microsoft.com/v1.0/groups"));
    q.applyTo(url);
    const QString encoded = url.toString(QUrl::FullyEncoded);
    QVERIFY2(encoded.contains(QStringLiteral("R%26D%20%2B%20Sales%20%231%20100%25")), qPrintable(encoded));
    // Decoded by a server, the literal is intact.
    const QUrlQuery back(url);
    QCOMPARE(back.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
             QStringLiteral("displayName eq 'R&D + Sales #1 100%'"));
    QCOMPARE(back.queryItemValue(QStringLiteral("$top")), QStringLiteral("5"));
}

void TestOData::searchQuoting()
{
    ODataQuery q;
    q.searchAnyOf({QStringLiteral("displayName"), QStringLiteral("mail")}, QStringLiteral("a\"b"));
    QCOMPARE(q.toUrlQuery().queryItemValue(QStringLiteral("$search"), QUrl::FullyDecoded),
             QStringLiteral("\"displayName:a\\\"b\" OR \"mail:a\\\"b\""));
}

void TestOData::literalHelpers()
{
    QCOMPARE(ODataFilter::eqBool(QStringLiteral("accountEnabled"), true).toString(),
             QStringLiteral("accountEnabled eq true"));
    QCOMPARE(ODataFilter::eqNumber(QStringLiteral("size"), -3).toString(), QStringLiteral("size eq -3"));
    QCOMPARE(ODataFilter::eqNull(QStringLiteral("expiry")).toString(), QStringLiteral("expiry eq null"));
    QCOMPARE(ODataFilter::eqEnum(QStringLiteral("consentType"), QStringLiteral("AllPrincipals")).toString(),
             QStringLiteral("consentType eq 'AllPrincipals'"));
    QVERIFY(!ODataFilter::eqEnum(QStringLiteral("consentType"), QStringLiteral("x' or 1 eq 1 or 'a")).isValid());
    QCOMPARE(ODataFilter::inList(QStringLiteral("id"), {QStringLiteral("a"), QStringLiteral("b'c")}).toString(),
             QStringLiteral("id in ('a','b''c')"));
    QVERIFY(!ODataFilter::inList(QStringLiteral("id"), {}).isValid());
    ODataQuery q;
    q.select({QStringLiteral("id"), QStringLiteral("appId")})
        .orderBy(QStringLiteral("displayName"))
        .expand(QStringLiteral("memberOf"))
        .top(999)
        .count(true);
    const QUrlQuery u = q.toUrlQuery();
    QCOMPARE(u.queryItemValue(QStringLiteral("$select")), QStringLiteral("id,appId"));
    QCOMPARE(u.queryItemValue(QStringLiteral("$orderby")), QStringLiteral("displayName"));
    QCOMPARE(u.queryItemValue(QStringLiteral("$expand")), QStringLiteral("memberOf"));
    QCOMPARE(u.queryItemValue(QStringLiteral("$top")), QStringLiteral("999"));
    QCOMPARE(u.queryItemValue(QStringLiteral("$count")), QStringLiteral("true"));
    QVERIFY(!ODataQuery().top(0).isValid());
    QVERIFY(!ODataQuery().orderBy(QStringLiteral("a desc, b")).isValid());
}

void TestOData::paths()
{
    QCOMPARE(GraphPath::servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-c000-000000000000")),
             QStringLiteral("/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')"));
    QCOMPARE(GraphPath::user(QStringLiteral("adele@contoso.com")), QStringLiteral("/users/adele@contoso.com"));
    QCOMPARE(GraphPath::user(QStringLiteral("john_contoso.com#EXT#@fabrikam.onmicrosoft.com")),
             QStringLiteral("/users/john_contoso.com%23EXT%23@fabrikam.onmicrosoft.com"));
    QCOMPARE(GraphPath::user(QStringLiteral("$svc@contoso.com")), QStringLiteral("/users('$svc@contoso.com')"));
    QCOMPARE(GraphPath::user(QStringLiteral("a/b")), QStringLiteral("/users/a%2Fb"));
    QCOMPARE(GraphPath::user(QStringLiteral("$o'x#EXT#@c.com")), QStringLiteral("/users('$o''x%23EXT%23@c.com')"));
    // Alternate keys: quotes doubled, the value stays one segment whatever it holds.
    QCOMPARE(GraphPath::servicePrincipalByAppId(QStringLiteral("x') or ('a/b?c")),
             QStringLiteral("/servicePrincipals(appId='x'')%20or%20(''a%2Fb%3Fc')"));
    QCOMPARE(ODataQuery::keySegment(QStringLiteral("appId"), QStringLiteral("O'Brien")),
             QStringLiteral("(appId='O''Brien')"));
    QVERIFY(ODataQuery::keySegment(QStringLiteral("appId='x'"), QStringLiteral("y")).isEmpty());
    QCOMPARE(GraphPath::servicePrincipal(QStringLiteral("8E881353-1735-45AF-AF21-EE1344582A4D")),
             QStringLiteral("/servicePrincipals/8e881353-1735-45af-af21-ee1344582a4d"));
    QCOMPARE(GraphPath::group(QStringLiteral("a b")), QStringLiteral("/groups/a%20b"));
}

QTEST_GUILESS_MAIN(TestOData)
#include "TestOData.moc"
