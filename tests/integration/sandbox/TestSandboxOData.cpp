#include "SandboxTestEnvironment.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QJsonArray>
#include <QTest>

#include <QUrlQuery>
#include <algorithm>

// OData on the emulated Graph: $filter forms, paging with opaque skip tokens, $count, $search, $orderby, $select.
class TestSandboxOData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pagesWithDefaultPageSize();
    void pagesWithTop();
    void nextLinkIsAbsoluteOpaqueAndKeepsOptions();
    void badSkipTokens();
    void topLimits();
    void skipOnlyWhereGraphAllowsIt();

    void filterForms_data();
    void filterForms();
    void filterErrors_data();
    void filterErrors();
    void advancedQueriesNeedConsistencyLevel();
    void appRoleAssignmentGuidsUnquoted();
    void grantFilters();
    void lambdaOnConsentRequests();

    void countOnFirstPageOnly();
    void countSegment();
    void search();
    void orderBy();
    void select();
    void expandAsGraphDoesForDirectoryObjects();
    void getByIdsSelects();
    void unknownQueryOption();

private:
    QString admin() { return m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")); }
    static QHash<QByteArray, QByteArray> eventual() { return {{"ConsistencyLevel", "eventual"}}; }
    QStringList names(const SandboxTestEnvironment::Reply& reply);

    SandboxTestEnvironment m_env {[] {
        SandboxOptions options = SandboxTestEnvironment::defaultOptions();
        options.pageSize = 10;
        return options;
    }()};
};

QStringList TestSandboxOData::names(const SandboxTestEnvironment::Reply& reply)
{
    QStringList result;
    for (const QJsonValue& v : reply.value()) {
        result.append(v.toObject().value(QStringLiteral("displayName")).toString());
    }
    return result;
}

void TestSandboxOData::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestSandboxOData::pagesWithDefaultPageSize()
{
    int pages = 0;
    const QJsonArray users = m_env.all(QStringLiteral("/v1.0/users"), admin(), &pages);
    QCOMPARE(users.size(), 28);
    QCOMPARE(pages, 3); // 10 + 10 + 8 with --page-size 10
    QSet<QString> ids;
    for (const QJsonValue& u : users) {
        ids.insert(u.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), 28); // no duplicates, nothing skipped
}

void TestSandboxOData::pagesWithTop()
{
    int pages = 0;
    const QJsonArray users = m_env.all(QStringLiteral("/v1.0/users?$top=4"), admin(), &pages);
    QCOMPARE(users.size(), 28);
    QCOMPARE(pages, 7);
    // $top is the page size, not a total: every page but the last has 4.
    const auto first = m_env.get(QStringLiteral("/v1.0/users?$top=4"), admin());
    QCOMPARE(first.value().size(), 4);
    // Filtered paging across pages.
    const QJsonArray enabled
        = m_env.all(QStringLiteral("/v1.0/users?$filter=accountEnabled eq true&$top=3"), admin(), &pages);
    QCOMPARE(enabled.size(), 25);
    QCOMPARE(pages, 9);
}

void TestSandboxOData::nextLinkIsAbsoluteOpaqueAndKeepsOptions()
{
    const auto reply = m_env.get(
        QStringLiteral("/v1.0/users?$select=displayName,id&$filter=accountEnabled eq true&$top=5"), admin());
    QCOMPARE(reply.status, 200);
    const QString next = reply.json().value(QStringLiteral("@odata.nextLink")).toString();
    QVERIFY2(next.startsWith(m_env.baseUrl().toString() + QStringLiteral("/v1.0/users?")), qPrintable(next));
    const QUrlQuery query(QUrl(next).query());
    QCOMPARE(query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded), QStringLiteral("displayName,id"));
    QCOMPARE(query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
             QStringLiteral("accountEnabled eq true"));
    QCOMPARE(query.queryItemValue(QStringLiteral("$top")), QStringLiteral("5"));
    const QString token = query.queryItemValue(QStringLiteral("$skiptoken"));
    QVERIFY(token.size() >= 16);
    bool numeric = false;
    token.toInt(&numeric);
    QVERIFY(!numeric);
    // Two links to the same position differ (random nonce): the token carries no readable offset.
    const auto again = m_env.get(
        QStringLiteral("/v1.0/users?$select=displayName,id&$filter=accountEnabled eq true&$top=5"), admin());
    QVERIFY(again.json().value(QStringLiteral("@odata.nextLink")).toString() != next);
    // The next page honours $select.
    const auto page2 = m_env.get(next, admin());
    QCOMPARE(page2.status, 200);
    QCOMPARE(page2.value().size(), 5);
    QCOMPARE(page2.value().first().toObject().keys(),
             (QStringList {QStringLiteral("displayName"), QStringLiteral("id")}));
}

void TestSandboxOData::badSkipTokens()
{
    // Graph's directory: 400 Directory_ExpiredPageToken for a token it cannot use.
    auto reply = m_env.get(QStringLiteral("/v1.0/users?$skiptoken=garbage"), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Directory_ExpiredPageToken"));

    const auto first = m_env.get(QStringLiteral("/v1.0/users?$top=5"), admin());
    const QString token = QUrlQuery(QUrl(first.json().value(QStringLiteral("@odata.nextLink")).toString()).query())
                              .queryItemValue(QStringLiteral("$skiptoken"));
    QVERIFY(!token.isEmpty());
    // Tampered: flip one character.
    QString tampered = token;
    tampered[5] = tampered[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    reply = m_env.get(QStringLiteral("/v1.0/users?$top=5&$skiptoken=") + tampered, admin());
    QCOMPARE(reply.status, 400);
    // Replayed against another query.
    reply = m_env.get(QStringLiteral("/v1.0/groups?$top=5&$skiptoken=") + token, admin());
    QCOMPARE(reply.status, 400);
    reply = m_env.get(QStringLiteral("/v1.0/users?$top=6&$skiptoken=") + token, admin());
    QCOMPARE(reply.status, 400);
    // The genuine one works.
    reply = m_env.get(QStringLiteral("/v1.0/users?$top=5&$skiptoken=") + token, admin());
    QCOMPARE(reply.status, 200);
}

void TestSandboxOData::topLimits()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users?$top=1000"), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_BadRequest"));
    QVERIFY(reply.json()["error"]["message"].toString().contains(QLatin1String("Invalid page size specified")));
    reply = m_env.get(QStringLiteral("/v1.0/users?$top=999"), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 28);
    QVERIFY(!reply.json().contains(QStringLiteral("@odata.nextLink")));
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users?$top=0"), admin()).status, 400);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users?$top=abc"), admin()).status, 400);
}

void TestSandboxOData::skipOnlyWhereGraphAllowsIt()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users?$skip=2"), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_BadRequest"));
    const QString path = QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests");
    reply = m_env.get(path + QStringLiteral("?$skip=1"), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 2);
}

void TestSandboxOData::filterForms_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("advanced");
    const QString users = QStringLiteral("/v1.0/users?$filter=");
    QTest::newRow("eq") << users + QStringLiteral("userPrincipalName eq 'alex.wilber@mini.onmicrosoft.com'") << 1
                        << false;
    QTest::newRow("eq ignores case") << users
                                            + QStringLiteral("userPrincipalName eq 'ALEX.Wilber@mini.onmicrosoft.com'")
                                     << 1 << false;
    QTest::newRow("startswith") << users + QStringLiteral("startswith(displayName,'Jo')") << 5 << false;
    QTest::newRow("bool false") << users + QStringLiteral("accountEnabled eq false") << 3 << false;
    QTest::newRow("null") << users + QStringLiteral("department eq null") << 1 << false;
    QTest::newRow("and or parentheses")
        << users + QStringLiteral("(department eq 'Sales' or department eq 'Legal') and accountEnabled eq true") << 6
        << false;
    QTest::newRow("in") << users
                               + QStringLiteral("userPrincipalName in ('alex.wilber@mini.onmicrosoft.com', "
                                                "'gil.reader@mini.onmicrosoft.com', 'nobody@mini.onmicrosoft.com')")
                        << 2 << false;
    QTest::newRow("escaped quote") << users + QStringLiteral("displayName eq 'O''Brien'") << 0 << false;
    QTest::newRow("guest") << users + QStringLiteral("userType eq 'Guest'") << 1 << false;
    QTest::newRow("ne") << users + QStringLiteral("userType ne 'Guest'&$count=true") << 27 << true;
    QTest::newRow("not") << users + QStringLiteral("not(startswith(displayName,'Jo'))&$count=true") << 23 << true;
    QTest::newRow("endswith") << users + QStringLiteral("endswith(mail,'@fabrikam.com')&$count=true") << 1 << true;
    QTest::newRow("group lambda") << QStringLiteral("/v1.0/groups?$filter=groupTypes/any(c:c eq 'Unified')") << 1
                                  << false;
    QTest::newRow("sp appId") << QStringLiteral(
        "/v1.0/servicePrincipals?$filter=appId eq '00000003-0000-0000-c000-000000000000'")
                              << 1 << false;
    QTest::newRow("sp startswith") << QStringLiteral("/v1.0/servicePrincipals?$filter=startswith(displayName,'micro')")
                                   << 1 << false;
    QTest::newRow("user requests status")
        << QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests/9289597f-1c72-5cd7-9b33-46f0822f6b03/"
                          "userConsentRequests?$filter=status eq 'Completed'")
        << 1 << false;
    QTest::newRow("user requests date") << QStringLiteral(
        "/v1.0/identityGovernance/appConsent/appConsentRequests/9289597f-1c72-5cd7-9b33-46f0822f6b03/"
        "userConsentRequests?$filter=createdDateTime ge 2026-11-01T00:00:00Z")
                                        << 1 << false;
}

void TestSandboxOData::filterForms()
{
    QFETCH(QString, path);
    QFETCH(int, count);
    QFETCH(bool, advanced);
    const auto reply = m_env.get(
        path + QStringLiteral("&$top=999"), admin(), advanced ? eventual() : QHash<QByteArray, QByteArray>());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), count);
}

void TestSandboxOData::filterErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    const QString users = QStringLiteral("/v1.0/users?$filter=");
    QTest::newRow("syntax") << users + QStringLiteral("displayName eq") << QStringLiteral("BadRequest");
    QTest::newRow("unterminated") << users + QStringLiteral("displayName eq 'x") << QStringLiteral("BadRequest");
    QTest::newRow("unknown property") << users + QStringLiteral("shoeSize eq 'x'") << QStringLiteral("BadRequest");
    QTest::newRow("type mismatch") << users + QStringLiteral("accountEnabled eq 'yes'") << QStringLiteral("BadRequest");
    QTest::newRow("contains") << users + QStringLiteral("contains(displayName,'x')")
                              << QStringLiteral("Request_UnsupportedQuery");
    QTest::newRow("not filterable") << users + QStringLiteral("mobilePhone eq '1'")
                                    << QStringLiteral("Request_UnsupportedQuery");
    QTest::newRow("unknown function") << users + QStringLiteral("length(displayName) eq 3")
                                      << QStringLiteral("BadRequest");
    QTest::newRow("bare property") << users + QStringLiteral("accountEnabled") << QStringLiteral("BadRequest");
}

void TestSandboxOData::filterErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    const auto reply = m_env.get(path, admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json()["error"]["message"].toString().isEmpty());
    QVERIFY(!reply.json()["error"]["innerError"]["request-id"].toString().isEmpty());
}

void TestSandboxOData::advancedQueriesNeedConsistencyLevel()
{
    const QString ne = QStringLiteral("/v1.0/users?$filter=userType ne 'Guest'");
    auto reply = m_env.get(ne, admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_UnsupportedQuery"));
    QVERIFY(reply.json()["error"]["message"].toString().contains(QLatin1String("userType")));
    // The header alone is not enough for filters: $count=true too.
    QCOMPARE(m_env.get(ne, admin(), eventual()).status, 400);
    QCOMPARE(m_env.get(ne + QStringLiteral("&$count=true"), admin()).status, 400);
    QCOMPARE(m_env.get(ne + QStringLiteral("&$count=true"), admin(), eventual()).status, 200);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users?$filter=not(accountEnabled eq true)"), admin()).status, 400);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users?$filter=endswith(mail,'.com')"), admin()).status, 400);
    // Consent requests are not directory objects: ne needs nothing.
    QCOMPARE(
        m_env
            .get(QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests?$filter=appDisplayName ne 'x'"),
                 admin())
            .status,
        200);
}

void TestSandboxOData::appRoleAssignmentGuidsUnquoted()
{
    const QString hr = QStringLiteral("e38dd14f-0271-5d1c-a631-edfc88434bf5");
    const QString tailspin = QStringLiteral("a895e1a8-7025-5e88-8861-7e3ae002ebeb");
    const QString base = QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo?$filter=").arg(hr);
    auto reply = m_env.get(base + QStringLiteral("principalId eq %1").arg(tailspin), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 1);
    reply = m_env.get(base + QStringLiteral("resourceId eq %1").arg(hr), admin());
    QCOMPARE(reply.value().size(), 3);
    // Quoted GUIDs are a type error, as in Graph.
    reply = m_env.get(base + QStringLiteral("principalId eq '%1'").arg(tailspin), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("BadRequest"));
    QCOMPARE(reply.json()["error"]["message"].toString(),
             QStringLiteral("Invalid filter clause: A binary operator with incompatible types was detected. Found "
                            "operand types 'Edm.Guid' and 'Edm.String' for operator kind 'Equal'."));
    // appRoleId is not filterable.
    reply = m_env.get(base + QStringLiteral("appRoleId eq 3dac53df-c214-5d99-a37d-c46912ae250f"), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_UnsupportedQuery"));
    reply = m_env.get(base + QStringLiteral("startswith(principalDisplayName,'Sal')"), admin());
    QCOMPARE(reply.value().size(), 1);
}

void TestSandboxOData::grantFilters()
{
    const QString northwind = QStringLiteral("93f75fa7-f04a-5a64-9db2-6673c4a55076");
    const QString hr = QStringLiteral("e38dd14f-0271-5d1c-a631-edfc88434bf5");
    const QString plain = m_env.userId(QStringLiteral("alex.wilber@mini.onmicrosoft.com"));
    auto reply = m_env.get(
        QStringLiteral("/v1.0/oauth2PermissionGrants?$filter=clientId eq '%1' and consentType eq 'Principal'")
            .arg(northwind),
        admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 1);
    QCOMPARE(reply.value().first()["principalId"].toString(), plain);
    reply = m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants?$filter=resourceId eq '%1'").arg(hr), admin());
    QCOMPARE(reply.value().size(), 1);
    reply = m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants?$filter=principalId eq '%1'").arg(plain), admin());
    QCOMPARE(reply.value().size(), 2);
    reply = m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants?$filter=consentType eq 'AllPrincipals'"), admin());
    QCOMPARE(reply.value().size(), 6);
    // Unquoted GUIDs on Edm.String ids are a type error.
    reply = m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants?$filter=clientId eq %1").arg(northwind), admin());
    QCOMPARE(reply.status, 400);
}

void TestSandboxOData::lambdaOnConsentRequests()
{
    const QString base = QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests?$filter=");
    auto reply = m_env.get(base + QStringLiteral("userConsentRequests/any(u:u/status eq 'InProgress')"), admin());
    QCOMPARE(reply.status, 200);
    QStringList apps;
    for (const QJsonValue& v : reply.value()) {
        apps.append(v["appDisplayName"].toString());
    }
    apps.sort();
    QCOMPARE(apps, (QStringList {QStringLiteral("Fabrikam Sales Engage"), QStringLiteral("Tailspin Projects")}));
    // The space Graph's docs put after "any" is fine.
    reply = m_env.get(base + QStringLiteral("userConsentRequests/any (u:u/status eq 'Expired')"), admin());
    QCOMPARE(reply.value().size(), 1);
    reply = m_env.get(base + QStringLiteral("userConsentRequests/any(u:u/shoe eq 'x')"), admin());
    QCOMPARE(reply.status, 400);
}

void TestSandboxOData::countOnFirstPageOnly()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users?$count=true"), admin(), eventual());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("@odata.count")).toInt(), 28);
    const QString next = reply.json().value(QStringLiteral("@odata.nextLink")).toString();
    QVERIFY(!next.isEmpty());
    QVERIFY(next.contains(QLatin1String("$count=true")));
    reply = m_env.get(next, admin(), eventual()); // ConsistencyLevel is not carried over: clients resend it
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("@odata.count")));
    // Without the header: refused.
    reply = m_env.get(QStringLiteral("/v1.0/users?$count=true"), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_UnsupportedQuery"));
    // Filtered count.
    reply = m_env.get(QStringLiteral("/v1.0/users?$count=true&$filter=accountEnabled eq false"), admin(), eventual());
    QCOMPARE(reply.json().value(QStringLiteral("@odata.count")).toInt(), 3);
    // Non-directory collections count without the header.
    reply = m_env.get(QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests?$count=true"), admin());
    QCOMPARE(reply.json().value(QStringLiteral("@odata.count")).toInt(), 3);
}

void TestSandboxOData::countSegment()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users/$count"), admin(), eventual());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("text/plain"));
    QCOMPARE(reply.body, QByteArray("28"));
    reply = m_env.get(QStringLiteral("/v1.0/users/$count?$filter=accountEnabled eq false"), admin(), eventual());
    QCOMPARE(reply.body, QByteArray("3"));
    reply = m_env.get(QStringLiteral("/v1.0/users/$count"), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_UnsupportedQuery"));
    const QString sales = QStringLiteral("90160df2-2dd0-5160-8fd9-df9eb701cdc1");
    reply = m_env.get(QStringLiteral("/v1.0/groups/%1/transitiveMembers/microsoft.graph.user/$count").arg(sales),
                      admin(),
                      eventual());
    QCOMPARE(reply.body, QByteArray("4"));
}

void TestSandboxOData::search()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users?$search=\"displayName:jo\""), admin(), eventual());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 5);
    reply = m_env.get(QStringLiteral("/v1.0/users?$search=\"displayName:smi\""), admin(), eventual());
    auto found = names(reply);
    found.sort();
    QCOMPARE(found, (QStringList {QStringLiteral("John Smith"), QStringLiteral("Jon Smithers")}));
    // Several words must all match; OR combines clauses.
    reply = m_env.get(QStringLiteral("/v1.0/users?$search=\"displayName:jo sm\""), admin(), eventual());
    QCOMPARE(reply.value().size(), 2);
    reply
        = m_env.get(QStringLiteral("/v1.0/users?$search=\"displayName:john\" OR \"mail:adele\""), admin(), eventual());
    QCOMPARE(reply.value().size(), 2);
    reply = m_env.get(QStringLiteral("/v1.0/users?$search=\"displayName:jo\" AND \"mail:joni\""), admin(), eventual());
    QCOMPARE(names(reply), QStringList {QStringLiteral("Joni Sherman")});
    // With $count.
    reply = m_env.get(QStringLiteral("/v1.0/users?$search=\"displayName:jo\"&$count=true"), admin(), eventual());
    QCOMPARE(reply.json().value(QStringLiteral("@odata.count")).toInt(), 5);
    // Errors: no header, no quotes, unsupported property, non-searchable collection.
    reply = m_env.get(QStringLiteral("/v1.0/users?$search=\"displayName:jo\""), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_UnsupportedQuery"));
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users?$search=displayName:jo"), admin(), eventual()).status, 400);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users?$search=\"accountEnabled:true\""), admin(), eventual()).status, 400);
    QCOMPARE(
        m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants?$search=\"scope:mail\""), admin(), eventual()).status,
        400);
}

void TestSandboxOData::orderBy()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users?$orderby=displayName desc&$top=999"), admin());
    QCOMPARE(reply.status, 200);
    const QStringList ordered = names(reply);
    QStringList sorted = ordered;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) > 0;
    });
    QCOMPARE(ordered, sorted);
    // Sorted paging is stable across pages.
    int pages = 0;
    const QJsonArray all = m_env.all(QStringLiteral("/v1.0/users?$orderby=displayName"), admin(), &pages);
    QCOMPARE(pages, 3);
    QCOMPARE(all.first()["displayName"].toString(), QStringLiteral("Adele Vance"));
    QCOMPARE(all.last()["displayName"].toString(), QStringLiteral("Priya Raman"));
    // Unsupported property; sorting a filtered directory query is an advanced query.
    reply = m_env.get(QStringLiteral("/v1.0/users?$orderby=jobTitle"), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_UnsupportedQuery"));
    const QString filtered = QStringLiteral("/v1.0/users?$filter=startswith(displayName,'J')&$orderby=displayName");
    QCOMPARE(m_env.get(filtered, admin()).status, 400);
    reply = m_env.get(filtered + QStringLiteral("&$count=true"), admin(), eventual());
    QCOMPARE(reply.status, 200);
    QCOMPARE(names(reply).first(), QStringLiteral("Johanna Lorenz"));
    // Consent requests sort by appDisplayName; user requests by createdDateTime.
    reply = m_env.get(
        QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests?$orderby=appDisplayName desc"), admin());
    QCOMPARE(reply.value().first()["appDisplayName"].toString(), QStringLiteral("Tailspin Projects"));
    reply = m_env.get(
        QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests/7477bce9-c079-5805-9142-282bb6497c31/"
                       "userConsentRequests?$orderby=createdDateTime desc"),
        admin());
    QCOMPARE(reply.value().first()["createdDateTime"].toString(), QStringLiteral("2026-11-19T09:10:00Z"));
}

void TestSandboxOData::select()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users?$select=displayName,mobilePhone&$top=2"), admin());
    QCOMPARE(reply.status, 200);
    const QJsonObject first = reply.value().first().toObject();
    QCOMPARE(first.keys(), (QStringList {QStringLiteral("displayName"), QStringLiteral("mobilePhone")}));
    QVERIFY(first.value(QStringLiteral("mobilePhone")).isNull());
    QVERIFY(
        reply.json()["@odata.context"].toString().endsWith(QLatin1String("$metadata#users(displayName,mobilePhone)")));
    reply = m_env.get(QStringLiteral("/v1.0/users/alex.wilber@mini.onmicrosoft.com?$select=id,department"), admin());
    QCOMPARE(reply.json().value(QStringLiteral("department")).toString(), QStringLiteral("Sales"));
    QVERIFY(!reply.json().contains(QStringLiteral("displayName")));
    QVERIFY(
        reply.json()["@odata.context"].toString().endsWith(QLatin1String("$metadata#users(id,department)/$entity")));
    // Heterogeneous lists keep @odata.type.
    reply = m_env.get(QStringLiteral("/v1.0/groups/90160df2-2dd0-5160-8fd9-df9eb701cdc1/members?$select=displayName"),
                      admin());
    QVERIFY(reply.value().first().toObject().contains(QStringLiteral("@odata.type")));
}

void TestSandboxOData::expandAsGraphDoesForDirectoryObjects()
{
    const TenantStore& store = m_env.server().store();
    // Every service principal with (at most 20 of) the assignments of its roles, whatever $select says.
    int pages = 0;
    const QJsonArray sps
        = m_env.all(QStringLiteral("/v1.0/servicePrincipals?$select=id,displayName&$expand=appRoleAssignedTo&$top=999"),
                    admin(),
                    &pages);
    QCOMPARE(sps.size(), store.count(QStringLiteral("servicePrincipals")));
    int withAssignments = 0;
    for (const QJsonValue& v : sps) {
        const QJsonObject sp = v.toObject();
        const QString id = sp.value(QStringLiteral("id")).toString();
        QVERIFY(sp.value(QStringLiteral("appRoleAssignedTo")).isArray());
        const QJsonArray expanded = sp.value(QStringLiteral("appRoleAssignedTo")).toArray();
        QCOMPARE(int(expanded.size()), std::min(20, int(store.assignmentsByResource(id).size())));
        withAssignments += expanded.isEmpty() ? 0 : 1;
        for (const QJsonValue& a : expanded) {
            QCOMPARE(a.toObject().value(QStringLiteral("resourceId")).toString(), id);
        }
        QVERIFY(!sp.contains(QStringLiteral("appRoles"))); // $select still applies to the rest
    }
    QVERIFY(withAssignments > 0);
    // One service principal too.
    const QString graph = store.servicePrincipalByAppId(QStringLiteral("00000003-0000-0000-c000-000000000000"))
                              ->value(QStringLiteral("id"))
                              .toString();
    auto reply = m_env.get(QStringLiteral("/v1.0/servicePrincipals/%1?$expand=appRoleAssignments").arg(graph), admin());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(QStringLiteral("appRoleAssignments")).isArray());
    // What Graph refuses: unknown relationships, nested options, more than one level, advanced queries.
    reply = m_env.get(QStringLiteral("/v1.0/servicePrincipals?$expand=nonsense"), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("BadRequest"));
    reply = m_env.get(QStringLiteral("/v1.0/servicePrincipals?$expand=appRoleAssignedTo($select=id)"), admin());
    QCOMPARE(reply.status, 400);
    reply = m_env.get(QStringLiteral("/v1.0/servicePrincipals?$expand=appRoleAssignedTo/principal"), admin());
    QCOMPARE(reply.status, 400);
    reply = m_env.get(
        QStringLiteral("/v1.0/servicePrincipals?$expand=appRoleAssignedTo&$count=true"), admin(), eventual());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_UnsupportedQuery"));
    reply = m_env.get(QStringLiteral("/v1.0/users?$expand=appRoleAssignedTo"), admin());
    QCOMPARE(reply.status, 400);
}

void TestSandboxOData::getByIdsSelects()
{
    const TenantStore& store = m_env.server().store();
    const QString user = store.list(QStringLiteral("users")).first().value(QStringLiteral("id")).toString();
    const QString sp = store.list(QStringLiteral("servicePrincipals")).first().value(QStringLiteral("id")).toString();
    const QJsonObject body {
        {QStringLiteral("ids"), QJsonArray {user, sp, QStringLiteral("00000000-0000-0000-0000-00000000dead")}}};
    auto reply = m_env.post(QStringLiteral("/v1.0/directoryObjects/getByIds?$select=id,displayName"), admin(), body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 2); // the unknown id is simply not there
    for (const QJsonValue& v : reply.value()) {
        QStringList keys = v.toObject().keys();
        keys.removeAll(QStringLiteral("@odata.type"));
        QCOMPARE(keys, (QStringList {QStringLiteral("displayName"), QStringLiteral("id")}));
    }
    QJsonObject typed = body;
    typed.insert(QStringLiteral("types"), QJsonArray {QStringLiteral("servicePrincipal")});
    reply = m_env.post(QStringLiteral("/v1.0/directoryObjects/getByIds"), admin(), typed);
    QCOMPARE(reply.value().size(), 1);
    QCOMPARE(reply.value().first().toObject().value(QStringLiteral("id")).toString(), sp);
}

void TestSandboxOData::unknownQueryOption()
{
    const auto reply = m_env.get(QStringLiteral("/v1.0/users?$shoe=1"), admin());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("BadRequest"));
    // Non-$ parameters are ignored, as Graph does.
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users?foo=1"), admin()).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxOData)
#include "TestSandboxOData.moc"
