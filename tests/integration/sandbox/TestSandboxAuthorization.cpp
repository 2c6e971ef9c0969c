#include "SandboxTestEnvironment.h"

#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QTest>

// Authentication (401 shapes) and the scope × directory role rules (GraphPermissionRules).
class TestSandboxAuthorization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void missingToken();
    void invalidTokens();
    void exchangeTokenRefused();
    void globalReaderReadsButNeverWrites_data();
    void globalReaderReadsButNeverWrites();
    void helpdeskCannotWrite();
    void graphAppRolesNeedPrivilegedRoleAdmin();
    void otherAppRolesForCloudAppAdmin();
    void scopesAreNeeded();

private:
    struct Write
    {
        QByteArray method;
        QString path;
        QJsonObject body;
    };
    QList<Write> writes() const;
    SandboxTestEnvironment::Reply send(const Write& write, const QString& token);

    SandboxTestEnvironment m_env;
    const QString m_graph = QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6");
    const QString m_hr = QStringLiteral("e38dd14f-0271-5d1c-a631-edfc88434bf5");
    const QString m_relecloud = QStringLiteral("c74c4e15-bf9f-5eb3-83bc-e9f2a3b0cc6c");
};

void TestSandboxAuthorization::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestSandboxAuthorization::cleanup()
{
    QVERIFY(m_env.server().reset());
}

QList<TestSandboxAuthorization::Write> TestSandboxAuthorization::writes() const
{
    return {
        {"POST",
         QStringLiteral("/v1.0/oauth2PermissionGrants"),
         {{QStringLiteral("clientId"), m_relecloud},
          {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
          {QStringLiteral("resourceId"), m_graph},
          {QStringLiteral("scope"), QStringLiteral("User.Read")}}},
        {"PATCH",
         QStringLiteral("/v1.0/oauth2PermissionGrants/{grant}"),
         {{QStringLiteral("scope"), QStringLiteral("User.Read")}}},
        {"DELETE", QStringLiteral("/v1.0/oauth2PermissionGrants/{grant}"), {}},
        {"POST",
         QStringLiteral("/v1.0/servicePrincipals"),
         {{QStringLiteral("appId"), QStringLiteral("d6fdd1c8-c917-5e77-b524-c3f607b74abf")}}},
        {"PATCH",
         QStringLiteral("/v1.0/servicePrincipals/") + m_relecloud,
         {{QStringLiteral("accountEnabled"), false}}},
        {"POST",
         QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(m_hr),
         {{QStringLiteral("principalId"), m_relecloud},
          {QStringLiteral("resourceId"), m_hr},
          {QStringLiteral("appRoleId"), QStringLiteral("e061b397-bb52-508f-80ef-9be48769b462")}}},
        {"DELETE", QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo/{assignment}").arg(m_hr), {}},
        {"PUT",
         QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"),
         {{QStringLiteral("isEnabled"), false},
          {QStringLiteral("notifyReviewers"), false},
          {QStringLiteral("remindersEnabled"), false}}},
        {"PATCH",
         QStringLiteral("/v1.0/policies/authorizationPolicy"),
         {{QStringLiteral("allowUserConsentForRiskyApps"), true}}},
    };
}

SandboxTestEnvironment::Reply TestSandboxAuthorization::send(const Write& write, const QString& token)
{
    QString path = write.path;
    const QString admin = m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
    if (path.contains(QLatin1String("{grant}"))) {
        const auto grants
            = m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants?$filter=consentType eq 'AllPrincipals'"), admin);
        path.replace(QStringLiteral("{grant}"), grants.value().first()["id"].toString());
    }
    if (path.contains(QLatin1String("{assignment}"))) {
        const auto assignments
            = m_env.get(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(m_hr), admin);
        path.replace(QStringLiteral("{assignment}"), assignments.value().first()["id"].toString());
    }
    return m_env.send(
        write.method, path, token, write.body.isEmpty() ? QByteArray() : QJsonDocument(write.body).toJson());
}

void TestSandboxAuthorization::missingToken()
{
    const auto reply = m_env.get(QStringLiteral("/v1.0/users"), QString());
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
    QVERIFY(!reply.json()["error"]["innerError"]["request-id"].toString().isEmpty());
    // Also on unknown routes: authentication comes first.
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/shoes"), QString()).status, 401);
}

void TestSandboxAuthorization::invalidTokens()
{
    auto reply = m_env.get(QStringLiteral("/v1.0/users"), QStringLiteral("garbage"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
    QString token = m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
    token.chop(3);
    token += QStringLiteral("AAA");
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/users"), token).status, 401);
    reply = m_env.get(QStringLiteral("/v1.0/users"),
                      m_env.expiredToken(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(reply.header("www-authenticate").contains("invalid_token"));
    reply = m_env.send("GET", QStringLiteral("/v1.0/users"), QString(), {}, {{"Authorization", "Basic dXNlcjpwYXNz"}});
    QCOMPARE(reply.status, 401);
    // A token signed by another sandbox instance is forged as far as this one is concerned.
    SandboxTestEnvironment other;
    QVERIFY(other.start());
    QCOMPARE(
        m_env.get(QStringLiteral("/v1.0/me"), other.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"))).status,
        401);
}

void TestSandboxAuthorization::exchangeTokenRefused()
{
    const auto reply = m_env.get(QStringLiteral("/v1.0/me"),
                                 m_env.exchangeToken(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
}

void TestSandboxAuthorization::globalReaderReadsButNeverWrites_data()
{
    QTest::addColumn<int>("index");
    const auto all = writes();
    for (int i = 0; i < all.size(); ++i) {
        QTest::newRow(qPrintable(QString::fromLatin1(all.at(i).method) + QLatin1Char(' ') + all.at(i).path)) << i;
    }
}

void TestSandboxAuthorization::globalReaderReadsButNeverWrites()
{
    QFETCH(int, index);
    const QString reader = m_env.token(QStringLiteral("gil.reader@mini.onmicrosoft.com"));
    // Reads succeed…
    for (const auto& path : {QStringLiteral("/v1.0/users"),
                             QStringLiteral("/v1.0/oauth2PermissionGrants"),
                             QStringLiteral("/v1.0/servicePrincipals"),
                             QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests"),
                             QStringLiteral("/v1.0/policies/adminConsentRequestPolicy")}) {
        QCOMPARE(m_env.get(path, reader).status, 200);
    }
    // …every write kind is 403 Authorization_RequestDenied, even with every scope.
    const auto reply = send(writes().at(index), reader);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(reply.json()["error"]["message"].toString(),
             QStringLiteral("Insufficient privileges to complete the operation."));
    // The same write as Global Administrator succeeds.
    const auto admin = send(writes().at(index), m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com")));
    QVERIFY2(admin.status >= 200 && admin.status < 300, admin.body.constData());
}

void TestSandboxAuthorization::helpdeskCannotWrite()
{
    const QString helpdesk = m_env.token(QStringLiteral("hana.helpdesk@mini.onmicrosoft.com"));
    for (const auto& write : writes()) {
        QCOMPARE(send(write, helpdesk).status, 403);
    }
}

void TestSandboxAuthorization::graphAppRolesNeedPrivilegedRoleAdmin()
{
    const QString path = QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(m_graph);
    const QJsonObject body {{QStringLiteral("principalId"), m_relecloud},
                            {QStringLiteral("resourceId"), m_graph},
                            {QStringLiteral("appRoleId"), QStringLiteral("df021288-bdef-4463-88db-98f22de89214")}};
    for (const auto& upn : {QStringLiteral("carlos.appadmin@mini.onmicrosoft.com"),
                            QStringLiteral("amara.appadmin@mini.onmicrosoft.com")}) {
        const auto reply = m_env.post(path, m_env.token(upn), body);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("Authorization_RequestDenied"));
    }
    auto reply = m_env.post(path, m_env.token(QStringLiteral("priya.raman@mini.onmicrosoft.com")), body);
    QCOMPARE(reply.status, 201);
    // Removing a Graph app role needs the same.
    const QString id = reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(
        m_env.del(path + QLatin1Char('/') + id, m_env.token(QStringLiteral("carlos.appadmin@mini.onmicrosoft.com")))
            .status,
        403);
    QCOMPARE(
        m_env.del(path + QLatin1Char('/') + id, m_env.token(QStringLiteral("priya.raman@mini.onmicrosoft.com"))).status,
        204);
}

void TestSandboxAuthorization::otherAppRolesForCloudAppAdmin()
{
    const QString path = QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(m_hr);
    const auto reply = m_env.post(
        path,
        m_env.token(QStringLiteral("carlos.appadmin@mini.onmicrosoft.com")),
        QJsonObject {{QStringLiteral("principalId"), m_relecloud},
                     {QStringLiteral("resourceId"), m_hr},
                     {QStringLiteral("appRoleId"), QStringLiteral("e061b397-bb52-508f-80ef-9be48769b462")}});
    QCOMPARE(reply.status, 201);
    // Cloud Application Administrators grant delegated permissions, including Graph's.
    const auto grant = m_env.post(QStringLiteral("/v1.0/oauth2PermissionGrants"),
                                  m_env.token(QStringLiteral("amara.appadmin@mini.onmicrosoft.com")),
                                  QJsonObject {{QStringLiteral("clientId"), m_relecloud},
                                               {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                                               {QStringLiteral("resourceId"), m_graph},
                                               {QStringLiteral("scope"), QStringLiteral("Directory.Read.All")}});
    QCOMPARE(grant.status, 201);
}

void TestSandboxAuthorization::scopesAreNeeded()
{
    // A Global Administrator whose token lacks the scope is refused, as delegated permissions work.
    const QString readOnly = m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"),
                                         {QStringLiteral("User.Read"), QStringLiteral("Directory.Read.All")});
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/oauth2PermissionGrants"), readOnly).status, 200);
    const auto reply = send(writes().at(0), readOnly);
    QCOMPARE(reply.status, 403);
    QCOMPARE(m_env.get(QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests"), readOnly).status, 403);
    QCOMPARE(m_env
                 .get(QStringLiteral("/v1.0/users"),
                      m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"), {QStringLiteral("User.Read")}))
                 .status,
             403);
    QCOMPARE(m_env
                 .get(QStringLiteral("/v1.0/me"),
                      m_env.token(QStringLiteral("grace.admin@mini.onmicrosoft.com"), {QStringLiteral("Mail.Read")}))
                 .status,
             403);
}

QTEST_GUILESS_MAIN(TestSandboxAuthorization)
#include "TestSandboxAuthorization.moc"
