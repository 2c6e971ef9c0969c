#include "SandboxTestEnvironment.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QTest>

// Consent requests (read-only API, reviewer functions, no approve/deny), the workflow policy (PUT, not PATCH) and the
// control endpoint that simulates a user asking for approval.
class TestSandboxConsent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listAndGet();
    void userRequests();
    void filterByCurrentUserNeedsFilter();
    void reviewers_data();
    void reviewers();
    void noApprovalApi();
    void readOnly();
    void policyGetPut();
    void policyPutValidation();
    void simulatedRequest();
    void grantsDoNotCompleteRequests();

private:
    QString admin() { return m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")); }
    const QString m_root = QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests");
    const QString m_fabrikam = QStringLiteral("7477bce9-c079-5805-9142-282bb6497c31");
    SandboxTestEnvironment m_env;
};

void TestSandboxConsent::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestSandboxConsent::listAndGet()
{
    auto reply = m_env.get(m_root, admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 3);
    QVERIFY(reply.json()["@odata.context"].toString().endsWith(
        QLatin1String("$metadata#identityGovernance/appConsent/appConsentRequests")));
    const QJsonObject first = reply.value().first().toObject();
    // As in Graph's examples: the navigation is present but empty, with its own context.
    QVERIFY(first.value(QStringLiteral("userConsentRequests")).toArray().isEmpty());
    QVERIFY(first.value(QStringLiteral("userConsentRequests@odata.context"))
                .toString()
                .endsWith(QLatin1String("/userConsentRequests")));
    QCOMPARE(first.value(QStringLiteral("pendingScopes")).toArray().first()["displayName"].toString(),
             QStringLiteral("Calendars.Read"));
    reply = m_env.get(m_root + QLatin1Char('/') + m_fabrikam, admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("appDisplayName")).toString(), QStringLiteral("Fabrikam Sales Engage"));
    reply = m_env.get(
        m_root + QStringLiteral("?$filter=appId eq '09593d3d-e729-5112-add1-1ae9fa2cf474'&$select=appDisplayName"),
        admin());
    QCOMPARE(reply.value().size(), 1);
    QCOMPARE(reply.value().first().toObject().keys(), QStringList {QStringLiteral("appDisplayName")});
    QCOMPARE(m_env.get(m_root + QStringLiteral("/00000000-0000-0000-0000-00000000dead"), admin()).status, 404);
}

void TestSandboxConsent::userRequests()
{
    auto reply = m_env.get(m_root + QStringLiteral("/%1/userConsentRequests").arg(m_fabrikam), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 2);
    const QJsonObject request = reply.value().first().toObject();
    QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    QCOMPARE(request["createdBy"]["user"]["userPrincipalName"].toString(),
             QStringLiteral("adele.vance@mini.onmicrosoft.com"));
    const QString id = request.value(QStringLiteral("id")).toString();
    reply = m_env.get(m_root + QStringLiteral("/%1/userConsentRequests/%2").arg(m_fabrikam, id), admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("reason")).toString(), QStringLiteral("Book demos from my calendar"));
    QCOMPARE(m_env.get(m_root + QStringLiteral("/%1/userConsentRequests/nope").arg(m_fabrikam), admin()).status, 404);
    reply = m_env.get(
        m_root + QStringLiteral("/%1/userConsentRequests?$filter=status eq 'InProgress'&$top=1").arg(m_fabrikam),
        admin());
    QCOMPARE(reply.value().size(), 1);
    QVERIFY(reply.json().contains(QStringLiteral("@odata.nextLink")));
}

void TestSandboxConsent::filterByCurrentUserNeedsFilter()
{
    const QString token = m_env.token(QStringLiteral("carlos.appadmin@mini.onmicrosoft.com"));
    auto reply = m_env.get(m_root + QStringLiteral("/filterByCurrentUser(on='reviewer')"), token);
    QCOMPARE(reply.status, 400);
    reply = m_env.get(
        m_root
            + QStringLiteral("/filterByCurrentUser(on='reviewer')?$filter=userConsentRequests/any(u:u/status eq "
                             "'InProgress')"),
        token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 2);
    QVERIFY(reply.json()["@odata.context"].toString().endsWith(
        QLatin1String("Collection(microsoft.graph.appConsentRequest)")));
    QCOMPARE(m_env.get(m_root + QStringLiteral("/filterByCurrentUser(on='owner')?$filter=appId eq 'x'"), token).status,
             400);
    reply = m_env.get(
        m_root
            + QStringLiteral("/%1/userConsentRequests/filterByCurrentUser(on='reviewer')?$filter=(status eq "
                             "'InProgress')")
                  .arg(m_fabrikam),
        token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), 2);
}

void TestSandboxConsent::reviewers_data()
{
    QTest::addColumn<QString>("upn");
    QTest::addColumn<int>("expected");
    // Reviewers: Carlos directly, the "Consent Reviewers" group (Hana), and every Global Administrator (Grace).
    QTest::newRow("user reviewer") << QStringLiteral("carlos.appadmin@mini.onmicrosoft.com") << 2;
    QTest::newRow("group reviewer") << QStringLiteral("hana.helpdesk@mini.onmicrosoft.com") << 2;
    QTest::newRow("role reviewer") << QStringLiteral("grace.admin@mini.onmicrosoft.com") << 2;
    QTest::newRow("not a reviewer") << QStringLiteral("gil.reader@mini.onmicrosoft.com") << 0;
    QTest::newRow("app admin, not a reviewer") << QStringLiteral("amara.appadmin@mini.onmicrosoft.com") << 0;
}

void TestSandboxConsent::reviewers()
{
    QFETCH(QString, upn);
    QFETCH(int, expected);
    // Hana is a Helpdesk Administrator: give her a role that may read requests, as the portal requires of reviewers.
    const QString token
        = upn.startsWith(QLatin1String("hana")) ? m_env.tokenWithRoles(
              upn, {QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451")}, SandboxTestEnvironment::adminScopes())
                                                : m_env.token(upn);
    const auto reply = m_env.get(
        m_root
            + QStringLiteral(
                "/filterByCurrentUser(on='reviewer')?$filter=userConsentRequests/any(u:u/status eq 'InProgress')"),
        token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value().size(), expected);
}

void TestSandboxConsent::noApprovalApi()
{
    const QString path
        = m_root
          + QStringLiteral("/%1/userConsentRequests/d6f230d2-0672-510a-a047-fe06f0c61bed/approval/stages")
                .arg(m_fabrikam);
    auto reply = m_env.get(path, admin());
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.json()["error"]["message"].toString().startsWith(
        QLatin1String("No HTTP resource was found that matches the request URI")));
    reply = m_env.patch(path + QStringLiteral("/d6f230d2-0672-510a-a047-fe06f0c61bed"),
                        admin(),
                        QJsonObject {{QStringLiteral("reviewResult"), QStringLiteral("Approve")},
                                     {QStringLiteral("justification"), QStringLiteral("ok")}});
    QCOMPARE(reply.status, 404);
}

void TestSandboxConsent::readOnly()
{
    auto reply = m_env.post(m_root, admin(), QJsonObject {{QStringLiteral("appId"), QStringLiteral("x")}});
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_BadRequest"));
    QCOMPARE(m_env.del(m_root + QLatin1Char('/') + m_fabrikam, admin()).status, 405);
    // Reading needs ConsentRequest.Read.All and a role among GR/CAA/AA/GA.
    reply = m_env.get(
        m_root,
        m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"), {QStringLiteral("Directory.Read.All")}));
    QCOMPARE(reply.status, 403);
    reply = m_env.get(m_root, m_env.token(QStringLiteral("hana.helpdesk@mini.onmicrosoft.com")));
    QCOMPARE(reply.status, 403);
    QCOMPARE(m_env.get(m_root, m_env.token(QStringLiteral("gil.reader@mini.onmicrosoft.com"))).status, 200);
}

void TestSandboxConsent::policyGetPut()
{
    const QString path = QStringLiteral("/v1.0/policies/adminConsentRequestPolicy");
    auto reply = m_env.get(path, admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(reply.json().value(QStringLiteral("reviewers")).toArray().size(), 3);
    QVERIFY(reply.json()["@odata.context"].toString().endsWith(
        QLatin1String("$metadata#policies/adminConsentRequestPolicy/$entity")));

    const QJsonObject body {
        {QStringLiteral("isEnabled"), true},
        {QStringLiteral("notifyReviewers"), false},
        {QStringLiteral("remindersEnabled"), true},
        {QStringLiteral("requestDurationInDays"), 14},
        {QStringLiteral("reviewers"),
         QJsonArray {QJsonObject {
             {QStringLiteral("query"),
              QString(QStringLiteral("/users/") + m_env.userId(QStringLiteral("amara.appadmin@mini.onmicrosoft.com")))},
             {QStringLiteral("queryType"), QStringLiteral("MicrosoftGraph")},
             {QStringLiteral("queryRoot"), QJsonValue::Null}}}},
    };
    // PATCH is not how Graph updates this policy.
    reply = m_env.patch(path, admin(), body);
    QCOMPARE(reply.status, 405);
    QVERIFY(reply.header("allow").contains("PUT"));
    reply = m_env.put(path, m_env.token(QStringLiteral("carlos.appadmin@mini.onmicrosoft.com")), body);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    reply = m_env.get(path, admin());
    QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(reply.json().value(QStringLiteral("requestDurationInDays")).toInt(), 14);
    QCOMPARE(reply.json().value(QStringLiteral("reviewers")).toArray().size(), 1);
    // Amara is now the reviewer; Carlos no longer is.
    const QString query = m_root + QStringLiteral("/filterByCurrentUser(on='reviewer')?$filter=appId ne 'x'");
    QCOMPARE(m_env.get(query, m_env.token(QStringLiteral("amara.appadmin@mini.onmicrosoft.com"))).value().size(), 3);
    QCOMPARE(m_env.get(query, m_env.token(QStringLiteral("carlos.appadmin@mini.onmicrosoft.com"))).value().size(), 0);
    // Global Reader reads but may not write.
    QCOMPARE(m_env.get(path, m_env.token(QStringLiteral("gil.reader@mini.onmicrosoft.com"))).status, 200);
    reply = m_env.put(path, m_env.token(QStringLiteral("gil.reader@mini.onmicrosoft.com")), body);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("Authorization_RequestDenied"));
    m_env.server().reset();
}

void TestSandboxConsent::policyPutValidation()
{
    const QString path = QStringLiteral("/v1.0/policies/adminConsentRequestPolicy");
    QJsonObject body {{QStringLiteral("isEnabled"), true},
                      {QStringLiteral("notifyReviewers"), true},
                      {QStringLiteral("remindersEnabled"), true},
                      {QStringLiteral("requestDurationInDays"), 30},
                      {QStringLiteral("reviewers"),
                       QJsonArray {QJsonObject {
                           {QStringLiteral("query"), QStringLiteral("/users/00000000-0000-0000-0000-000000000bad")}}}}};
    auto reply = m_env.put(path, admin(), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_BadRequest"));
    body.insert(QStringLiteral("reviewers"), QJsonArray());
    QCOMPARE(m_env.put(path, admin(), body).status, 400); // enabled without reviewers
    body.remove(QStringLiteral("isEnabled"));
    QCOMPARE(m_env.put(path, admin(), body).status, 400);
    QCOMPARE(m_env.send("PUT", path, admin(), "[1,2,3]").status, 400);
    body.insert(QStringLiteral("isEnabled"), false);
    body.insert(QStringLiteral("requestDurationInDays"), 90);
    QCOMPARE(m_env.put(path, admin(), body).status, 400);
    body.insert(QStringLiteral("requestDurationInDays"), 7);
    QCOMPARE(m_env.put(path, admin(), body).status, 204); // disabled: no reviewers needed
    m_env.server().reset();
}

void TestSandboxConsent::simulatedRequest()
{
    const QString control = QStringLiteral("/_sandbox/consent-requests");
    // A new app: a new appConsentRequest.
    auto reply = m_env.post(
        control,
        QString(),
        QJsonObject {{QStringLiteral("appId"), QStringLiteral("0a1b2c3d-0000-4000-8000-00000000c0de")},
                     {QStringLiteral("appDisplayName"), QStringLiteral("Wingtip Standup Bot")},
                     {QStringLiteral("scopes"), QJsonArray {QStringLiteral("Mail.Read"), QStringLiteral("User.Read")}},
                     {QStringLiteral("userPrincipalName"), QStringLiteral("megan.bowen@mini.onmicrosoft.com")},
                     {QStringLiteral("reason"), QStringLiteral("Daily standups")}});
    QCOMPARE(reply.status, 201);
    const QString newId = reply.json()["appConsentRequest"]["id"].toString();
    QCOMPARE(reply.json()["userConsentRequest"]["status"].toString(), QStringLiteral("InProgress"));
    auto list = m_env.get(m_root, admin());
    QCOMPARE(list.value().size(), 4);
    // The same app again: merged into the existing request.
    reply = m_env.post(
        control,
        QString(),
        QJsonObject {
            {QStringLiteral("appId"), QStringLiteral("0A1B2C3D-0000-4000-8000-00000000C0DE")},
            {QStringLiteral("scopes"), QJsonArray {QStringLiteral("mail.read"), QStringLiteral("Calendars.Read")}},
            {QStringLiteral("userPrincipalName"), QStringLiteral("alex.wilber@mini.onmicrosoft.com")},
            {QStringLiteral("reason"), QStringLiteral("Me too")}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json()["appConsentRequest"]["id"].toString(), newId);
    auto request = m_env.get(m_root + QLatin1Char('/') + newId, admin());
    QCOMPARE(request.json().value(QStringLiteral("pendingScopes")).toArray().size(), 3);
    auto users = m_env.get(m_root + QStringLiteral("/%1/userConsentRequests").arg(newId), admin());
    QCOMPARE(users.value().size(), 2);
    // Now the app is known: its service principal can be instantiated from the appId.
    reply = m_env.post(QStringLiteral("/v1.0/servicePrincipals"),
                       admin(),
                       QJsonObject {{QStringLiteral("appId"), QStringLiteral("0a1b2c3d-0000-4000-8000-00000000c0de")}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Wingtip Standup Bot"));
    // Errors: unknown user, no scopes, bad app id, wrong method.
    QCOMPARE(m_env
                 .post(control,
                       QString(),
                       QJsonObject {{QStringLiteral("appId"), QStringLiteral("0a1b2c3d-0000-4000-8000-00000000c0de")},
                                    {QStringLiteral("scopes"), QJsonArray {QStringLiteral("User.Read")}},
                                    {QStringLiteral("userPrincipalName"), QStringLiteral("nobody@x")}})
                 .status,
             404);
    QCOMPARE(m_env
                 .post(control,
                       QString(),
                       QJsonObject {
                           {QStringLiteral("appId"), QStringLiteral("0a1b2c3d-0000-4000-8000-00000000c0de")},
                           {QStringLiteral("userPrincipalName"), QStringLiteral("alex.wilber@mini.onmicrosoft.com")}})
                 .status,
             400);
    QCOMPARE(m_env.post(control, QString(), QJsonObject {{QStringLiteral("appId"), QStringLiteral("nope")}}).status,
             400);
    QCOMPARE(m_env.get(control, QString()).status, 405);
    const auto reset = m_env.post(QStringLiteral("/_sandbox/reset"), QString(), QJsonObject());
    QCOMPARE(reset.status, 200);
    QCOMPARE(m_env.get(m_root, admin()).value().size(), 3);
}

void TestSandboxConsent::grantsDoNotCompleteRequests()
{
    // Granting what Tailspin asked for does not silently complete its request (unverified in real Graph)…
    const QString tailspin = QStringLiteral("a895e1a8-7025-5e88-8861-7e3ae002ebeb");
    const QString graph = QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6");
    auto reply = m_env.post(QStringLiteral("/v1.0/oauth2PermissionGrants"),
                            admin(),
                            QJsonObject {{QStringLiteral("clientId"), tailspin},
                                         {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                                         {QStringLiteral("resourceId"), graph},
                                         {QStringLiteral("scope"), QStringLiteral("Mail.Read")}});
    QCOMPARE(reply.status, 201);
    const QString requests
        = m_root
          + QStringLiteral("/9289597f-1c72-5cd7-9b33-46f0822f6b03/userConsentRequests?$filter=status eq 'InProgress'");
    QCOMPARE(m_env.get(requests, admin()).value().size(), 1);
    // …the admin-consent page does, through TenantStore::completeConsentRequests.
    m_env.server().store().completeConsentRequests(QStringLiteral("09593d3d-e729-5112-add1-1ae9fa2cf474"),
                                                   m_env.userId(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    QCOMPARE(m_env.get(requests, admin()).value().size(), 0);
    m_env.server().reset();
}

QTEST_GUILESS_MAIN(TestSandboxConsent)
#include "TestSandboxConsent.moc"
