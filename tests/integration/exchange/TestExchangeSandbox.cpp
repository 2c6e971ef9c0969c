#include "ExchangeSandboxKit.h"

#include <QElapsedTimer>
#include <QUuid>

using namespace ExchangeSandboxKit;
using Reply = SandboxTestEnvironment::Reply;

class TestExchangeSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestEnvironment> m_env;
    QString m_admin;

    QString commandPath() const
    {
        return QStringLiteral("/adminapi/beta/%1/InvokeCommand").arg(m_env->server().store().tenantId());
    }
    Reply invoke(const QString& cmdlet,
                 const QJsonObject& parameters = {},
                 const QString& token = {},
                 const QHash<QByteArray, QByteArray>& headers = {})
    {
        const QJsonObject body {
            {QStringLiteral("CmdletInput"),
             QJsonObject {{QStringLiteral("CmdletName"), cmdlet}, {QStringLiteral("Parameters"), parameters}}}};
        QHash<QByteArray, QByteArray> h = headers;
        h.insert("content-type", "application/json");
        return m_env->send("POST",
                           commandPath(),
                           token.isEmpty() ? m_admin : token,
                           QJsonDocument(body).toJson(QJsonDocument::Compact),
                           h);
    }
    QString accessCheck(const QString& appId, const QString& mailbox)
    {
        const Reply r = invoke(QStringLiteral("Test-ApplicationAccessPolicy"),
                               {{QStringLiteral("Identity"), mailbox}, {QStringLiteral("AppId"), appId}});
        return r.value().first().toObject().value(QStringLiteral("AccessCheckResult")).toString();
    }
    static QString innerMessage(const Reply& r)
    {
        return r.json()["error"]["innererror"]["internalexception"]["message"].toString();
    }
    QString appToken(const QString& appId)
    {
        const Reply r = m_env->get(QStringLiteral("/_sandbox/token?app=") + appId, QString());
        return r.json().value(QStringLiteral("access_token")).toString();
    }
    Reply mail(const QString& token, const QString& upn, bool calendar = false)
    {
        return m_env->get(QStringLiteral("/v1.0/users/%1/%2")
                              .arg(upn, calendar ? QStringLiteral("calendar/events") : QStringLiteral("messages")),
                          token);
    }

private slots:
    void init()
    {
        m_env = std::make_unique<SandboxTestEnvironment>(demoOptions());
        QString error;
        QVERIFY2(m_env->start(&error), qPrintable(error));
        m_admin = m_env->exchangeToken(kExchangeAdmin);
    }
    void cleanup() { m_env.reset(); }

    void callerRules()
    {
        // No token, or a Graph token: 401 with an empty body.
        Reply r = m_env->send("POST", commandPath(), QString(), "{}", {{"content-type", "application/json"}});
        QCOMPARE(r.status, 401);
        r = invoke(QStringLiteral("Get-Mailbox"), {}, m_env->token(kExchangeAdmin));
        QCOMPARE(r.status, 401);
        QVERIFY(!r.header("www-authenticate").isEmpty());
        // A user without an Exchange role: 403 whose body is NUL bytes, not JSON.
        r = invoke(QStringLiteral("Get-ApplicationAccessPolicy"), {}, m_env->exchangeToken(kAppAdmin));
        QCOMPARE(r.status, 403);
        QVERIFY(!r.body.isEmpty());
        QCOMPARE(r.body.count('\0'), r.body.size());
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
        // An unknown cmdlet looks the same.
        r = invoke(QStringLiteral("Get-Nonsense"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body.count('\0'), r.body.size());
        // Global Administrator: everything; Global Reader: Get-/Test- only.
        QCOMPARE(invoke(QStringLiteral("Get-ApplicationAccessPolicy"), {}, m_env->exchangeToken(kGlobalAdmin)).status,
                 200);
        const QString reader = m_env->exchangeToken(kGlobalReader);
        QCOMPARE(invoke(QStringLiteral("Get-ApplicationAccessPolicy"), {}, reader).status, 200);
        QCOMPARE(invoke(QStringLiteral("Test-ApplicationAccessPolicy"),
                        {{QStringLiteral("Identity"), kMember}, {QStringLiteral("AppId"), kCrmApp}},
                        reader)
                     .status,
                 200);
        r = invoke(QStringLiteral("Remove-ApplicationAccessPolicy"),
                   {{QStringLiteral("Identity"), QStringLiteral("x")}},
                   reader);
        QCOMPARE(r.status, 403);
        // The tenant may be named by domain too; an unknown tenant is refused.
        r = m_env->send("POST",
                        QStringLiteral("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand"),
                        m_admin,
                        R"({"CmdletInput":{"CmdletName":"Get-ApplicationAccessPolicy","Parameters":{}}})",
                        {{"content-type", "application/json"}});
        QVERIFY2(r.status == 200 || r.status == 401, qPrintable(QString::number(r.status)));
    }

    void mailboxesPageByNextLink()
    {
        const Reply first = invoke(QStringLiteral("Get-Mailbox"),
                                   {{QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}},
                                   {},
                                   {{"prefer", "odata.maxpagesize=7"}});
        QCOMPARE(first.status, 200);
        QVERIFY(first.json().value(QStringLiteral("@odata.context")).toString().contains(QStringLiteral("$metadata#")));
        QCOMPARE(first.value().size(), 7);
        QString next = first.json().value(QStringLiteral("@odata.nextLink")).toString();
        QVERIFY(!next.isEmpty());
        int total = 7;
        int pages = 1;
        while (!next.isEmpty()) {
            const Reply page = m_env->get(next, m_admin);
            QCOMPARE(page.status, 200);
            total += int(page.value().size());
            next = page.json().value(QStringLiteral("@odata.nextLink")).toString();
            ++pages;
        }
        QCOMPARE(total, m_env->server().store().exchange().value(QStringLiteral("mailboxes")).toArray().size());
        QVERIFY(pages > 2);
        const QJsonObject mb = first.value().first().toObject();
        for (const char* key :
             {"PrimarySmtpAddress", "ExternalDirectoryObjectId", "Guid", "RecipientTypeDetails", "Alias"}) {
            QVERIFY2(mb.contains(QLatin1String(key)), key);
        }
        // The page size also comes from the settings endpoint.
        QCOMPARE(
            m_env->post(QStringLiteral("/_sandbox/exchange/settings"), QString(), {{QStringLiteral("pageSize"), 10}})
                .status,
            200);
        QCOMPARE(invoke(QStringLiteral("Get-Mailbox")).value().size(), 10);
        // Single mailbox; unknown identity -> Invalid Operation with the cmdlet's text.
        QCOMPARE(invoke(QStringLiteral("Get-Mailbox"), {{QStringLiteral("Identity"), kMember}}).value().size(), 1);
        const Reply missing = invoke(QStringLiteral("Get-Mailbox"),
                                     {{QStringLiteral("Identity"), QStringLiteral("nobody@contoso.com")}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json()["error"]["message"].toString(), QStringLiteral("Invalid Operation"));
        QVERIFY(innerMessage(missing).contains(QStringLiteral("couldn't be found")));
        QVERIFY(missing.json()["error"]["details"][0]["message"].toString().contains(
            QStringLiteral("ManagementObjectNotFoundException")));
    }

    void fixturePolicyAndEvaluation()
    {
        const Reply r = invoke(QStringLiteral("Get-ApplicationAccessPolicy"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.value().size(), 1);
        const QJsonObject p = r.value().first().toObject();
        QCOMPARE(p.value(QStringLiteral("AppId")).toString(), kCrmApp);
        QCOMPARE(p.value(QStringLiteral("AccessRight")).toString(), QStringLiteral("RestrictAccess"));
        QCOMPARE(p.value(QStringLiteral("ScopeName")).toString(), QStringLiteral("CRM Mailbox Access"));
        QVERIFY(p.value(QStringLiteral("Identity")).toString().contains(QStringLiteral(":S-1-5-21-")));
        // Restrict grants members (nested too) and denies everyone else; an app without a policy reaches all.
        QCOMPARE(accessCheck(kCrmApp, kMember), QStringLiteral("Granted"));
        QCOMPARE(accessCheck(kCrmApp, kNestedMember), QStringLiteral("Granted"));
        QCOMPARE(accessCheck(kCrmApp, kNonMember), QStringLiteral("Denied"));
        QCOMPARE(accessCheck(kCrmApp, QStringLiteral("sales@contoso.com")),
                 QStringLiteral("Granted")); // shared, member
        QCOMPARE(accessCheck(kBackupApp, kNonMember), QStringLiteral("Granted"));
        const Reply test = invoke(QStringLiteral("Test-ApplicationAccessPolicy"),
                                  {{QStringLiteral("Identity"), kMember}, {QStringLiteral("AppId"), kCrmApp}});
        const QJsonObject row = test.value().first().toObject();
        for (const char* key : {"AppId", "Mailbox", "MailboxId", "MailboxSid", "AccessCheckResult"}) {
            QVERIFY2(row.contains(QLatin1String(key)), key);
        }
    }

    void denyBeatsRestrictAndPolicyLifecycle()
    {
        Reply r = invoke(QStringLiteral("New-ApplicationAccessPolicy"),
                         {{QStringLiteral("AppId"), kCrmApp},
                          {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("executive-team@contoso.com")},
                          {QStringLiteral("AccessRight"), QStringLiteral("DenyAccess")},
                          {QStringLiteral("Description"), QStringLiteral("No executives")}});
        QCOMPARE(r.status, 200);
        const QString identity = r.value().first().toObject().value(QStringLiteral("Identity")).toString();
        QVERIFY(identity.startsWith(m_env->server().store().tenantId() + QLatin1Char('\\') + kCrmApp));
        QCOMPARE(accessCheck(kCrmApp, kMember), QStringLiteral("Denied")); // in both groups: Deny wins
        QCOMPARE(accessCheck(kCrmApp, kExecutive), QStringLiteral("Denied")); // Deny member
        QCOMPARE(accessCheck(kCrmApp, kNestedMember), QStringLiteral("Granted"));
        // Deny only (another app): members denied, everyone else granted.
        QCOMPARE(invoke(QStringLiteral("New-ApplicationAccessPolicy"),
                        {{QStringLiteral("AppId"), QJsonArray {kBackupApp}},
                         {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("Executive Team")},
                         {QStringLiteral("AccessRight"), QStringLiteral("DenyAccess")}})
                     .status,
                 200);
        QCOMPARE(accessCheck(kBackupApp, kExecutive), QStringLiteral("Denied"));
        QCOMPARE(accessCheck(kBackupApp, kNonMember), QStringLiteral("Granted"));
        // A duplicate is refused.
        r = invoke(QStringLiteral("New-ApplicationAccessPolicy"),
                   {{QStringLiteral("AppId"), kBackupApp},
                    {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("Executive Team")},
                    {QStringLiteral("AccessRight"), QStringLiteral("DenyAccess")}});
        QCOMPARE(r.status, 400);
        QVERIFY(innerMessage(r).contains(QStringLiteral("already exists")));
        // Set changes the description only; Get -Identity reads it back.
        QCOMPARE(
            invoke(QStringLiteral("Set-ApplicationAccessPolicy"),
                   {{QStringLiteral("Identity"), identity}, {QStringLiteral("Description"), QStringLiteral("changed")}})
                .status,
            200);
        r = invoke(QStringLiteral("Get-ApplicationAccessPolicy"), {{QStringLiteral("Identity"), identity}});
        QCOMPARE(r.value().first().toObject().value(QStringLiteral("Description")).toString(),
                 QStringLiteral("changed"));
        QCOMPARE(
            invoke(QStringLiteral("Remove-ApplicationAccessPolicy"), {{QStringLiteral("Identity"), identity}}).status,
            200);
        QCOMPARE(accessCheck(kCrmApp, kMember), QStringLiteral("Granted"));
        QCOMPARE(
            invoke(QStringLiteral("Remove-ApplicationAccessPolicy"), {{QStringLiteral("Identity"), identity}}).status,
            404);
    }

    void policyErrors()
    {
        Reply r = invoke(QStringLiteral("New-ApplicationAccessPolicy"),
                         {{QStringLiteral("AppId"), kCrmApp},
                          {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("CRM Mailbox Access")},
                          {QStringLiteral("AccessRight"), QStringLiteral("ReadOnly")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["error"]["message"].toString(), QStringLiteral("Invalid Operation"));
        QVERIFY(innerMessage(r).contains(QStringLiteral("RestrictAccess, DenyAccess")));
        r = invoke(QStringLiteral("New-ApplicationAccessPolicy"),
                   {{QStringLiteral("AppId"), kCrmApp},
                    {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("no-such-group@contoso.com")},
                    {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")}});
        QCOMPARE(r.status, 404);
        r = invoke(
            QStringLiteral("New-ApplicationAccessPolicy"),
            {{QStringLiteral("AppId"), kCrmApp}, {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")}});
        QCOMPARE(r.status, 400);
        QVERIFY(innerMessage(r).contains(QStringLiteral("PolicyScopeGroupId")));
        // A distribution group (not security-enabled) is not a security principal.
        QCOMPARE(invoke(QStringLiteral("New-DistributionGroup"),
                        {{QStringLiteral("Name"), QStringLiteral("Newsletter")},
                         {QStringLiteral("Type"), QStringLiteral("Distribution")}})
                     .status,
                 200);
        r = invoke(QStringLiteral("New-ApplicationAccessPolicy"),
                   {{QStringLiteral("AppId"), kCrmApp},
                    {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("Newsletter")},
                    {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")}});
        QCOMPARE(r.status, 400);
        QVERIFY(innerMessage(r).contains(QStringLiteral("security principal")));
    }

    void policySizeLimit()
    {
        // ~100 policies with 100-character descriptions fit; a one-character description leaves room for ~300.
        auto fill = [this](const QString& description) {
            int created = 0;
            for (int i = 0; i < 400; ++i) {
                const Reply r = invoke(QStringLiteral("New-ApplicationAccessPolicy"),
                                       {{QStringLiteral("AppId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                        {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("CRM Mailbox Access")},
                                        {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")},
                                        {QStringLiteral("Description"), description}});
                if (r.status != 200) {
                    if (!innerMessage(r).contains(
                            QStringLiteral("The total size of App Access Policies exceeded the limit"))) {
                        return -1;
                    }
                    return created;
                }
                ++created;
            }
            return created;
        };
        const int longOnes = fill(QString(100, QLatin1Char('x')));
        QVERIFY2(longOnes >= 95 && longOnes <= 100, qPrintable(QString::number(longOnes)));
        QVERIFY(m_env->server().reset());
        const int shortOnes = fill(QStringLiteral(" "));
        QVERIFY2(shortOnes >= 290 && shortOnes <= 303, qPrintable(QString::number(shortOnes)));
    }

    void groupsAndMembers()
    {
        Reply r = invoke(QStringLiteral("New-DistributionGroup"),
                         {{QStringLiteral("Name"), QStringLiteral("Backup Pilot")},
                          {QStringLiteral("Type"), QStringLiteral("Security")},
                          {QStringLiteral("Members"), QJsonArray {kMember}}});
        QCOMPARE(r.status, 200);
        const QJsonObject group = r.value().first().toObject();
        QCOMPARE(group.value(QStringLiteral("RecipientTypeDetails")).toString(),
                 QStringLiteral("MailUniversalSecurityGroup"));
        QCOMPARE(group.value(QStringLiteral("PrimarySmtpAddress")).toString(),
                 QStringLiteral("backup-pilot@contoso.com"));
        // The Entra side exists too: a mail-enabled security group.
        const Reply graphGroup = m_env->get(QStringLiteral("/v1.0/groups/")
                                                + group.value(QStringLiteral("ExternalDirectoryObjectId")).toString(),
                                            m_env->token(kGlobalAdmin));
        QCOMPARE(graphGroup.status, 200);
        QVERIFY(graphGroup.json().value(QStringLiteral("mailEnabled")).toBool());
        QVERIFY(graphGroup.json().value(QStringLiteral("securityEnabled")).toBool());
        QCOMPARE(invoke(QStringLiteral("Add-DistributionGroupMember"),
                        {{QStringLiteral("Identity"), QStringLiteral("Backup Pilot")},
                         {QStringLiteral("Member"), kExecutive}})
                     .status,
                 200);
        r = invoke(
            QStringLiteral("Add-DistributionGroupMember"),
            {{QStringLiteral("Identity"), QStringLiteral("Backup Pilot")}, {QStringLiteral("Member"), kExecutive}});
        QCOMPARE(r.status, 400);
        QVERIFY(innerMessage(r).contains(QStringLiteral("already a member")));
        r = invoke(QStringLiteral("Get-DistributionGroupMember"),
                   {{QStringLiteral("Identity"), QStringLiteral("backup-pilot@contoso.com")}});
        QCOMPARE(r.value().size(), 2);
        QCOMPARE(
            invoke(QStringLiteral("Remove-DistributionGroupMember"),
                   {{QStringLiteral("Identity"), QStringLiteral("Backup Pilot")}, {QStringLiteral("Member"), kMember}})
                .status,
            200);
        r = invoke(QStringLiteral("Remove-DistributionGroupMember"),
                   {{QStringLiteral("Identity"), QStringLiteral("Backup Pilot")}, {QStringLiteral("Member"), kMember}});
        QCOMPARE(r.status, 400);
        QCOMPARE(invoke(QStringLiteral("Get-DistributionGroupMember"),
                        {{QStringLiteral("Identity"), QStringLiteral("Backup Pilot")}})
                     .value()
                     .size(),
                 1);
        // Nested members show as groups; Get-DistributionGroup lists the new group.
        r = invoke(QStringLiteral("Get-DistributionGroupMember"),
                   {{QStringLiteral("Identity"), QStringLiteral("CRM Mailbox Access")}});
        bool nested = false;
        for (const auto& v : r.value()) {
            nested
                = nested || v.toObject().value(QStringLiteral("Name")).toString() == QLatin1String("Sales Operations");
        }
        QVERIFY(nested);
        QCOMPARE(invoke(QStringLiteral("Get-DistributionGroup"),
                        {{QStringLiteral("Identity"), QStringLiteral("Backup Pilot")}})
                     .status,
                 200);
        QCOMPARE(
            invoke(QStringLiteral("New-DistributionGroup"), {{QStringLiteral("Name"), QStringLiteral("Backup Pilot")}})
                .status,
            400);
    }

    void appOnlyTokens()
    {
        const Reply r = m_env->get(QStringLiteral("/_sandbox/token?app=") + kBackupApp, QString());
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(r.json().value(QStringLiteral("roles")).toArray().contains(QStringLiteral("Mail.ReadWrite")));
        const auto claims = m_env->server().tokens().validateAccessToken(
            r.json().value(QStringLiteral("access_token")).toString().toLatin1());
        QVERIFY(claims && claims->appOnly);
        QVERIFY(claims->upn.isEmpty());
        QCOMPARE(
            m_env->get(QStringLiteral("/_sandbox/token?app=00000000-0000-0000-0000-000000000001"), QString()).status,
            400);
    }

    void graphMailObeysPoliciesAfterPropagation()
    {
        QCOMPARE(
            m_env->post(QStringLiteral("/_sandbox/exchange/propagation"), QString(), {{QStringLiteral("delayMs"), 800}})
                .status,
            200);
        const QString backup = appToken(kBackupApp);
        QCOMPARE(mail(backup, kNonMember).status, 200);
        QCOMPARE(mail(backup, kNonMember).value().size(), 3);
        QCOMPARE(mail(backup, kNonMember, true).status, 200);

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(invoke(QStringLiteral("New-ApplicationAccessPolicy"),
                        {{QStringLiteral("AppId"), kBackupApp},
                         {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("CRM Mailbox Access")},
                         {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")}})
                     .status,
                 200);
        // Exchange's own test knows at once; Graph still serves the non-member until the change propagates.
        QCOMPARE(accessCheck(kBackupApp, kNonMember), QStringLiteral("Denied"));
        const Reply early = mail(backup, kNonMember);
        if (clock.elapsed() < 700) {
            QCOMPARE(early.status, 200);
        }
        QTest::qWait(900);
        const Reply late = mail(backup, kNonMember);
        QCOMPARE(late.status, 403);
        QCOMPARE(late.errorCode(), QStringLiteral("ErrorAccessDenied"));
        QCOMPARE(late.json()["error"]["message"].toString(), QStringLiteral("Access to OData is disabled."));
        QCOMPARE(mail(backup, kNonMember, true).status, 403);
        QCOMPARE(mail(backup, kMember).status, 200);
        QCOMPARE(mail(backup, kNestedMember).status, 200);
        // An app without any mail permission is refused whatever the policies say; a user without a mailbox is 404.
        QCOMPARE(mail(appToken(kTailspinApp), kMember).errorCode(), QStringLiteral("ErrorAccessDenied"));
        // A delegated caller reaches only their own mailbox.
        QCOMPARE(mail(m_env->token(kMember), kMember).status, 200);
        QCOMPARE(mail(m_env->token(kMember), kNonMember).status, 403);
        const Reply settings = m_env->get(QStringLiteral("/_sandbox/exchange/settings"), QString());
        QCOMPARE(settings.json().value(QStringLiteral("delayMs")).toInt(), 800);
    }

    void rbacForApplications()
    {
        // Exchange's pointer to the enterprise app must exist before a role assignment.
        Reply r = invoke(
            QStringLiteral("New-ManagementRoleAssignment"),
            {{QStringLiteral("App"), kTailspinApp}, {QStringLiteral("Role"), QStringLiteral("Application Mail.Read")}});
        QCOMPARE(r.status, 404);
        QVERIFY(innerMessage(r).contains(QStringLiteral("New-ServicePrincipal")));
        r = invoke(QStringLiteral("New-ServicePrincipal"),
                   {{QStringLiteral("AppId"), kTailspinApp},
                    {QStringLiteral("ObjectId"), QStringLiteral("00000000-0000-0000-0000-00000000dead")}});
        QCOMPARE(r.status, 400);
        r = invoke(QStringLiteral("New-ServicePrincipal"),
                   {{QStringLiteral("AppId"), kTailspinApp}, {QStringLiteral("ObjectId"), kTailspinSp}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.value().first().toObject().value(QStringLiteral("DisplayName")).toString(),
                 QStringLiteral("Tailspin Projects"));
        r = invoke(QStringLiteral("New-ManagementScope"),
                   {{QStringLiteral("Name"), QStringLiteral("CRM mailboxes")},
                    {QStringLiteral("RecipientRestrictionFilter"),
                     QStringLiteral(
                         "MemberOfGroup -eq 'CN=CRM Mailbox Access,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange "
                         "Hosted Organizations,DC=EURPR01A001,DC=PROD,DC=OUTLOOK,DC=COM'")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(invoke(QStringLiteral("Get-ManagementScope")).value().size(), 1);
        r = invoke(QStringLiteral("New-ManagementRoleAssignment"),
                   {{QStringLiteral("App"), kTailspinApp},
                    {QStringLiteral("Role"), QStringLiteral("Application Mail.Read")},
                    {QStringLiteral("CustomResourceScope"), QStringLiteral("CRM mailboxes")}});
        QCOMPARE(r.status, 200);
        const QString assignment = r.value().first().toObject().value(QStringLiteral("Name")).toString();
        QCOMPARE(invoke(QStringLiteral("Get-ManagementRoleAssignment"), {{QStringLiteral("App"), kTailspinApp}})
                     .value()
                     .size(),
                 1);

        auto authorization = [this](const QString& resource) {
            QJsonObject p {{QStringLiteral("Identity"), kTailspinApp}};
            if (!resource.isEmpty()) {
                p.insert(QStringLiteral("Resource"), resource);
            }
            return invoke(QStringLiteral("Test-ServicePrincipalAuthorization"), p).value().first().toObject();
        };
        QJsonObject row = authorization(kMember);
        QCOMPARE(row.value(QStringLiteral("RoleName")).toString(), QStringLiteral("Application Mail.Read"));
        QCOMPARE(row.value(QStringLiteral("GrantedPermissions")).toString(), QStringLiteral("Mail.Read"));
        QCOMPARE(row.value(QStringLiteral("ScopeType")).toString(), QStringLiteral("CustomRecipientScope"));
        QCOMPARE(row.value(QStringLiteral("AllowedResourceScope")).toString(), QStringLiteral("CRM mailboxes"));
        QCOMPARE(row.value(QStringLiteral("InScope")).toBool(), true);
        QCOMPARE(authorization(kNonMember).value(QStringLiteral("InScope")).toBool(), false);
        // MemberOfGroup is direct membership only, as in Exchange: the nested member is out of this scope.
        QCOMPARE(authorization(kNestedMember).value(QStringLiteral("InScope")).toBool(), false);
        QCOMPARE(authorization(QString()).value(QStringLiteral("InScope")).toString(), QStringLiteral("Not Run"));
        // Groups carry the distinguished name that MemberOfGroup filters need (a name matches nothing).
        QVERIFY(!invoke(QStringLiteral("Get-DistributionGroup"),
                        {{QStringLiteral("Identity"), QStringLiteral("CRM Mailbox Access")}})
                     .value()
                     .first()
                     .toObject()
                     .value(QStringLiteral("DistinguishedName"))
                     .toString()
                     .isEmpty());

        // Graph honours the scoped role (Tailspin has no Entra mail permission at all).
        const QString tailspin = appToken(kTailspinApp);
        QCOMPARE(mail(tailspin, kMember).status, 200);
        QCOMPARE(mail(tailspin, kNonMember).status, 403);
        QCOMPARE(invoke(QStringLiteral("Remove-ManagementRoleAssignment"), {{QStringLiteral("Identity"), assignment}})
                     .status,
                 200);
        QCOMPARE(mail(tailspin, kMember).status, 403);
        QVERIFY(
            invoke(QStringLiteral("Test-ServicePrincipalAuthorization"), {{QStringLiteral("Identity"), kTailspinApp}})
                .value()
                .isEmpty());
    }

    void resetRestoresTheFixture()
    {
        QCOMPARE(invoke(QStringLiteral("Remove-ApplicationAccessPolicy"),
                        {{QStringLiteral("Identity"),
                          invoke(QStringLiteral("Get-ApplicationAccessPolicy"))
                              .value()
                              .first()
                              .toObject()
                              .value(QStringLiteral("Identity"))}})
                     .status,
                 200);
        QVERIFY(invoke(QStringLiteral("Get-ApplicationAccessPolicy")).value().isEmpty());
        QCOMPARE(m_env->post(QStringLiteral("/_sandbox/reset"), QString(), {}).status, 200);
        QCOMPARE(invoke(QStringLiteral("Get-ApplicationAccessPolicy")).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExchangeSandbox)
#include "TestExchangeSandbox.moc"
