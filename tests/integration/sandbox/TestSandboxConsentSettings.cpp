#include "SandboxTestEnvironment.h"

#include "sandbox/ConsentLedger.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QTest>

// The consent settings the sandbox serves and honours: delegated permission classifications on an API's service
// principal (list, classify, unclassify, with Graph's permission checks), and user consent decided by the permission
// grant policies assigned in the authorization policy (conditions on classification, client tenant, verified
// publisher), the whole-object PUT of the admin consent request policy, and the older directory setting "Consent
// Policy Settings" (v1.0 /groupSettings, beta /settings): create, update, delete, templates, permission checks.
class TestSandboxConsentSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void listClassifications();
    void classifyAndUnclassify();
    void classificationValidation_data();
    void classificationValidation();
    void classificationPermissions();
    void userConsentFollowsThePolicies();
    void putReplacesTheWholePolicy();
    void consentPolicySettingsDirectorySetting();

private:
    QStringList writeScopes() const
    {
        return SandboxTestEnvironment::adminScopes() << QStringLiteral("Policy.ReadWrite.PermissionGrant");
    }
    QString admin() { return m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"), writeScopes()); }
    QString path() const
    {
        return QStringLiteral("/v1.0/servicePrincipals/%1/delegatedPermissionClassifications").arg(m_graph);
    }
    void assign(const QString& policyId);
    QJsonObject scope(const QString& value);

    SandboxTestEnvironment m_env;
    const QString m_graph = QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6");
    const QString m_graphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");
    const QString m_mailRead = QStringLiteral("570282fd-fa5c-430d-a7fd-fc8dc98a9dca");
    const QString m_directoryReadAll = QStringLiteral("06da0dbc-49e2-44d2-8312-53f166ab848a");
    const QString m_consentDeskAppId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
};

void TestSandboxConsentSettings::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestSandboxConsentSettings::cleanup()
{
    QVERIFY(m_env.server().reset());
}

void TestSandboxConsentSettings::assign(const QString& policyId)
{
    TenantStore& store = m_env.server().store();
    QJsonObject policy = store.policy(QStringLiteral("authorizationPolicy"));
    QJsonObject defaults = policy.value(QStringLiteral("defaultUserRolePermissions")).toObject();
    QJsonArray assigned {QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-"
                                        "permissions-for-team")};
    if (!policyId.isEmpty()) {
        assigned.append(QString(QStringLiteral("managePermissionGrantsForSelf.") + policyId)); // casing varies
    }
    defaults.insert(QStringLiteral("permissionGrantPoliciesAssigned"), assigned);
    policy.insert(QStringLiteral("defaultUserRolePermissions"), defaults);
    store.setPolicy(QStringLiteral("authorizationPolicy"), policy);
}

QJsonObject TestSandboxConsentSettings::scope(const QString& value)
{
    const auto graph = m_env.server().store().get(QStringLiteral("servicePrincipals"), m_graph);
    return ConsentLedger::delegatedScope(*graph, value).value_or(QJsonObject());
}

void TestSandboxConsentSettings::listClassifications()
{
    auto reply = m_env.get(path(), admin());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()["@odata.context"].toString().endsWith(
        QStringLiteral("$metadata#servicePrincipals('%1')/delegatedPermissionClassifications").arg(m_graph)));
    QStringList names;
    for (const auto& value : reply.value()) {
        const QJsonObject c = value.toObject();
        QCOMPARE(c.value(QStringLiteral("classification")).toString(), QStringLiteral("low"));
        QVERIFY(!c.value(QStringLiteral("id")).toString().isEmpty());
        names << c.value(QStringLiteral("permissionName")).toString();
    }
    names.sort();
    QCOMPARE(names,
             (QStringList {QStringLiteral("User.Read"),
                           QStringLiteral("email"),
                           QStringLiteral("offline_access"),
                           QStringLiteral("openid"),
                           QStringLiteral("profile")}));
    // The appId alternate key addresses the same list; the service principal itself does not carry it.
    reply = m_env.get(
        QStringLiteral("/v1.0/servicePrincipals(appId='%1')/delegatedPermissionClassifications").arg(m_graphAppId),
        admin());
    QCOMPARE(reply.value().size(), 5);
    reply = m_env.get(QStringLiteral("/v1.0/servicePrincipals/") + m_graph, admin());
    QVERIFY(!reply.json().contains(QStringLiteral("delegatedPermissionClassifications")));
    // Any reader of applications may list them; an unknown service principal is a 404.
    QCOMPARE(m_env.get(path(), m_env.token(QStringLiteral("gil.reader@mini.onmicrosoft.com"))).status, 200);
    QCOMPARE(m_env
                 .get(QStringLiteral("/v1.0/servicePrincipals/00000000-0000-4000-8000-000000000000/"
                                     "delegatedPermissionClassifications"),
                      admin())
                 .status,
             404);
}

void TestSandboxConsentSettings::classifyAndUnclassify()
{
    auto reply = m_env.post(path(),
                            admin(),
                            QJsonObject {{QStringLiteral("permissionId"), m_mailRead},
                                         {QStringLiteral("permissionName"), QStringLiteral("Mail.Read")},
                                         {QStringLiteral("classification"), QStringLiteral("low")}});
    QCOMPARE(reply.status, 201);
    const QString id = reply.json()["id"].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(reply.json()["permissionName"].toString(), QStringLiteral("Mail.Read"));
    QCOMPARE(reply.json()["permissionId"].toString(), m_mailRead);
    QCOMPARE(m_env.get(path(), admin()).value().size(), 6);
    // permissionName alone is not enough: Graph keys a classification by the permission's id.
    reply = m_env.del(path() + QLatin1Char('/') + id, admin());
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(m_env.get(path(), admin()).value().size(), 5);
    reply = m_env.del(path() + QLatin1Char('/') + id, admin());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_ResourceNotFound"));
}

void TestSandboxConsentSettings::classificationValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    const QString userRead = QStringLiteral("e1fe6dd8-ba31-4d61-89e7-88639da4683d");
    auto body = [](const QString& id, const QString& classification) {
        return QJsonObject {{QStringLiteral("permissionId"), id}, {QStringLiteral("classification"), classification}};
    };
    QTest::newRow("needs an admin") << body(m_directoryReadAll, QStringLiteral("low"));
    QTest::newRow("already classified") << body(userRead, QStringLiteral("low"));
    QTest::newRow("not published") << body(QStringLiteral("00000000-0000-4000-8000-000000000001"),
                                           QStringLiteral("low"));
    QTest::newRow("no permission") << QJsonObject {{QStringLiteral("classification"), QStringLiteral("low")}};
    QTest::newRow("unknown classification") << body(m_mailRead, QStringLiteral("harmless"));
    QJsonObject wrongName = body(m_mailRead, QStringLiteral("low"));
    wrongName.insert(QStringLiteral("permissionName"), QStringLiteral("Mail.Send"));
    QTest::newRow("name of another permission") << wrongName;
    QJsonObject withId = body(m_mailRead, QStringLiteral("low"));
    withId.insert(QStringLiteral("id"), QStringLiteral("mine"));
    QTest::newRow("id given") << withId;
    QJsonObject unknown = body(m_mailRead, QStringLiteral("low"));
    unknown.insert(QStringLiteral("impact"), QStringLiteral("low"));
    QTest::newRow("unknown property") << unknown;
}

void TestSandboxConsentSettings::classificationValidation()
{
    QFETCH(QJsonObject, body);
    const auto reply = m_env.post(path(), admin(), body);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.json()["error"]["message"].toString().isEmpty());
    QCOMPARE(m_env.get(path(), admin()).value().size(), 5); // nothing added
}

void TestSandboxConsentSettings::classificationPermissions()
{
    const QJsonObject body {{QStringLiteral("permissionId"), m_mailRead},
                            {QStringLiteral("classification"), QStringLiteral("low")}};
    // Policy.ReadWrite.PermissionGrant is needed, and a role that may: Global Reader may not.
    auto reply = m_env.post(path(), m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")), body);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("Authorization_RequestDenied"));
    reply = m_env.post(path(), m_env.token(QStringLiteral("gil.reader@mini.onmicrosoft.com"), writeScopes()), body);
    QCOMPARE(reply.status, 403);
    const QString classified
        = m_env.get(path(), admin()).value().first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_env
                 .del(path() + QLatin1Char('/') + classified,
                      m_env.token(QStringLiteral("gil.reader@mini.onmicrosoft.com"), writeScopes()))
                 .status,
             403);
    // Cloud Application Administrator and Application Administrator may.
    reply
        = m_env.post(path(), m_env.token(QStringLiteral("carlos.appadmin@mini.onmicrosoft.com"), writeScopes()), body);
    QCOMPARE(reply.status, 201);
    QCOMPARE(m_env
                 .del(path() + QLatin1Char('/') + reply.json()["id"].toString(),
                      m_env.token(QStringLiteral("amara.appadmin@mini.onmicrosoft.com"), writeScopes()))
                 .status,
             204);
    // PATCH is not offered.
    reply = m_env.patch(path() + QLatin1Char('/') + classified, admin(), body);
    QCOMPARE(reply.status, 405);
}

void TestSandboxConsentSettings::userConsentFollowsThePolicies()
{
    ConsentLedger ledger(m_env.server().store());
    const QJsonObject graph = *m_env.server().store().get(QStringLiteral("servicePrincipals"), m_graph);
    // A client published by Microsoft (a verified publisher) and one of the tenant's own, unverified.
    const QString microsoftClient = m_graphAppId;
    const QString ownClient = m_consentDeskAppId;

    // Low impact, verified publishers only (the mini tenant's microsoft-user-default-low).
    assign(QStringLiteral("microsoft-user-default-low"));
    QVERIFY(ledger.userMayConsent(scope(QStringLiteral("User.Read")), graph, microsoftClient));
    QVERIFY(!ledger.userMayConsent(scope(QStringLiteral("User.Read")), graph, ownClient)); // unverified
    QVERIFY(!ledger.userMayConsent(scope(QStringLiteral("Mail.Read")), graph, microsoftClient)); // not low
    // Classifying Mail.Read low lets users consent to it; unclassifying takes it back.
    auto reply = m_env.post(path(),
                            admin(),
                            QJsonObject {{QStringLiteral("permissionId"), m_mailRead},
                                         {QStringLiteral("classification"), QStringLiteral("low")}});
    QCOMPARE(reply.status, 201);
    QVERIFY(ledger.userMayConsent(scope(QStringLiteral("Mail.Read")), graph, microsoftClient));
    QCOMPARE(m_env.del(path() + QLatin1Char('/') + reply.json()["id"].toString(), admin()).status, 204);
    QVERIFY(!ledger.userMayConsent(scope(QStringLiteral("Mail.Read")), graph, microsoftClient));

    // Legacy: any permission that needs no admin, any client.
    assign(QStringLiteral("microsoft-user-default-legacy"));
    QVERIFY(ledger.userMayConsent(scope(QStringLiteral("Mail.Read")), graph, ownClient));
    QVERIFY(!ledger.userMayConsent(scope(QStringLiteral("Directory.Read.All")), graph, ownClient)); // admin only

    // Do not allow user consent: only the ForOwnedResource entry is left.
    assign(QString());
    QVERIFY(!ledger.userMayConsent(scope(QStringLiteral("User.Read")), graph, microsoftClient));
    // A ForSelf entry naming a policy the tenant does not have allows nothing.
    assign(QStringLiteral("no-such-policy"));
    QVERIFY(!ledger.userMayConsent(scope(QStringLiteral("User.Read")), graph, microsoftClient));
}

void TestSandboxConsentSettings::putReplacesTheWholePolicy()
{
    const QString policyPath = QStringLiteral("/v1.0/policies/adminConsentRequestPolicy");
    const QJsonObject before = m_env.get(policyPath, admin()).json();
    QCOMPARE(before.value(QStringLiteral("remindersEnabled")).toBool(), false);
    QCOMPARE(before.value(QStringLiteral("reviewers")).toArray().size(), 3);
    // A PUT without reviewers or duration: the policy is what was sent (reviewers gone, duration back to 30), not a
    // merge with what was there. The version goes up by one on every update.
    const QJsonObject body {{QStringLiteral("isEnabled"), false},
                            {QStringLiteral("notifyReviewers"), false},
                            {QStringLiteral("remindersEnabled"), true}};
    QCOMPARE(m_env.put(policyPath, admin(), body).status, 204);
    const QJsonObject after = m_env.get(policyPath, admin()).json();
    QCOMPARE(after.value(QStringLiteral("isEnabled")).toBool(), false);
    QCOMPARE(after.value(QStringLiteral("remindersEnabled")).toBool(), true);
    QCOMPARE(after.value(QStringLiteral("reviewers")).toArray().size(), 0);
    QCOMPARE(after.value(QStringLiteral("requestDurationInDays")).toInt(), 30);
    QCOMPARE(after.value(QStringLiteral("version")).toInt(), before.value(QStringLiteral("version")).toInt() + 1);
    // version is read-only: sending it does not set it (Graph documents no optimistic concurrency on this PUT).
    QJsonObject withVersion = body;
    withVersion.insert(QStringLiteral("version"), 99);
    QCOMPARE(m_env.put(policyPath, admin(), withVersion).status, 204);
    QCOMPARE(m_env.get(policyPath, admin()).json().value(QStringLiteral("version")).toInt(),
             before.value(QStringLiteral("version")).toInt() + 2);
}

QTEST_GUILESS_MAIN(TestSandboxConsentSettings)
#include "TestSandboxConsentSettings.moc"

void TestSandboxConsentSettings::consentPolicySettingsDirectorySetting()
{
    const QString templateId = QStringLiteral("dffd5d46-495d-40a9-8e21-954ff55e198a");
    const QString salesEmea = QStringLiteral("c4bbbc5b-82cb-5e29-b177-698d08a7aaa7");
    // The tenant has none yet; the template says which values there are.
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/groupSettings"), admin()).value().size(), 0);
    auto reply = m_env.get(QStringLiteral("/v1.0/groupSettingTemplates/") + templateId, admin());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()["displayName"].toString(), QStringLiteral("Consent Policy Settings"));
    QCOMPARE(reply.json()["values"].toArray().size(), 4);

    // Create: values not given take the template's defaults; 201 with the object.
    const QJsonObject body {
        {QStringLiteral("templateId"), templateId},
        {QStringLiteral("values"),
         QJsonArray {
             QJsonObject {{QStringLiteral("name"), QStringLiteral("EnableGroupSpecificConsent")},
                          {QStringLiteral("value"), QStringLiteral("True")}},
             QJsonObject {{QStringLiteral("name"), QStringLiteral("ConstrainGroupSpecificConsentToMembersOfGroupId")},
                          {QStringLiteral("value"), salesEmea}}}}};
    // Only Privileged Role and Global Administrators write it, with a permission that covers it.
    QCOMPARE(m_env
                 .post(QStringLiteral("/v1.0/groupSettings"),
                       m_env.token(QStringLiteral("carlos.appadmin@mini.onmicrosoft.com")),
                       body)
                 .status,
             403);
    QCOMPARE(m_env
                 .post(QStringLiteral("/v1.0/groupSettings"),
                       m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"),
                                   {QStringLiteral("Directory.Read.All"), QStringLiteral("Policy.Read.All")}),
                       body)
                 .status,
             403);
    reply = m_env.post(QStringLiteral("/v1.0/groupSettings"), admin(), body);
    QCOMPARE(reply.status, 201);
    const QString id = reply.json()["id"].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(reply.json()["templateId"].toString(), templateId);
    QCOMPARE(reply.json()["displayName"].toString(), QStringLiteral("Consent Policy Settings"));
    const auto valueOf = [](const QJsonObject& setting, const QString& name) {
        for (const auto& v : setting.value(QStringLiteral("values")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name) {
                return v.toObject().value(QStringLiteral("value")).toString();
            }
        }
        return QStringLiteral("(absent)");
    };
    QCOMPARE(valueOf(reply.json(), QStringLiteral("EnableGroupSpecificConsent")), QStringLiteral("True"));
    QCOMPARE(valueOf(reply.json(), QStringLiteral("BlockUserConsentForRiskyApps")), QStringLiteral("true"));
    // One per template.
    reply = m_env.post(QStringLiteral("/v1.0/groupSettings"), admin(), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("Request_BadRequest"));

    // Any member reads it with Directory.Read.All; beta serves the same object under /settings.
    const QString reader = m_env.token(QStringLiteral("gil.reader@mini.onmicrosoft.com"));
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/groupSettings"), reader).value().size(), 1);
    QCOMPARE(m_env.get(QStringLiteral("/beta/settings"), reader).value().first().toObject()["id"].toString(), id);

    // PATCH: 204; the values named change, the others stay. A reader may not; a bad value is refused.
    const QJsonObject off {
        {QStringLiteral("values"),
         QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("EnableGroupSpecificConsent")},
                                  {QStringLiteral("value"), QStringLiteral("false")}}}}};
    QCOMPARE(m_env.patch(QStringLiteral("/v1.0/groupSettings/") + id, reader, off).status, 403);
    QCOMPARE(m_env
                 .patch(QStringLiteral("/v1.0/groupSettings/") + id,
                        admin(),
                        QJsonObject {{QStringLiteral("values"),
                                      QJsonArray {QJsonObject {
                                          {QStringLiteral("name"), QStringLiteral("EnableGroupSpecificConsent")},
                                          {QStringLiteral("value"), QStringLiteral("maybe")}}}}})
                 .status,
             400);
    reply = m_env.patch(QStringLiteral("/v1.0/groupSettings/") + id, admin(), off);
    QCOMPARE(reply.status, 204);
    const QJsonObject now = m_env.get(QStringLiteral("/v1.0/groupSettings/") + id, admin()).json();
    QCOMPARE(valueOf(now, QStringLiteral("EnableGroupSpecificConsent")), QStringLiteral("false"));
    QCOMPARE(valueOf(now, QStringLiteral("ConstrainGroupSpecificConsentToMembersOfGroupId")), salesEmea);

    // DELETE: 204, then 404.
    QCOMPARE(m_env.del(QStringLiteral("/v1.0/groupSettings/") + id, admin()).status, 204);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/groupSettings/") + id, admin()).status, 404);
    QCOMPARE(m_env.del(QStringLiteral("/v1.0/groupSettings/") + id, admin()).status, 404);
}
