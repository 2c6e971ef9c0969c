// The mailbox-scoping rules both front ends apply (the Mailbox access view, `consentdesk-cli policy remove`).
#include "directory/MailboxPermissions.h"
#include "exchange/MailboxScoping.h"

#include <QTest>

namespace {

const QString kGraph = QStringLiteral("00000003-0000-0000-c000-000000000000");

ApplicationAccessPolicy policy(const QString& group, bool deny)
{
    ApplicationAccessPolicy p;
    p.appId = QStringLiteral("app-1");
    p.scopeName = group;
    p.accessRight = deny ? ApplicationAccessPolicy::AccessRight::DenyAccess
                         : ApplicationAccessPolicy::AccessRight::RestrictAccess;
    return p;
}

MailboxApp app(const QStringList& permissions)
{
    return MailboxApp {QStringLiteral("sp-1"), QStringLiteral("app-1"), QStringLiteral("Contoso CRM"), permissions};
}

ManagementRoleAssignment role(const QString& appId, const QString& name, const QString& scope = {})
{
    ManagementRoleAssignment a;
    a.appId = appId;
    a.role = name;
    a.customResourceScope = scope;
    return a;
}

GrantedPermission held(GrantedPermission::Source source, const QString& resource, const QString& value)
{
    GrantedPermission row;
    row.source = source;
    row.permission.resourceAppId = resource;
    row.permission.value = value;
    return row;
}

} // namespace

class TestMailboxScoping : public QObject
{
    Q_OBJECT

private slots:
    void describeInWords()
    {
        const MailboxApp crm = app({QStringLiteral("Mail.Read")});
        QCOMPARE(MailboxScoping::describe(crm, {}, {}, false, false),
                 QStringLiteral("Every mailbox (no access policy)"));
        QCOMPARE(MailboxScoping::describe(crm, {policy(QStringLiteral("Sales"), false)}, {}, false, false),
                 QStringLiteral("only \"Sales\""));
        QCOMPARE(MailboxScoping::describe(crm, {policy(QStringLiteral("Board"), true)}, {}, false, false),
                 QStringLiteral("all but \"Board\""));
        QCOMPARE(MailboxScoping::describe(crm,
                                          {policy(QStringLiteral("Sales"), false)},
                                          {role(QStringLiteral("APP-1"), QStringLiteral("Application Mail.Read")),
                                           role(QStringLiteral("other"), QStringLiteral("Application Mail.Send")),
                                           role(QStringLiteral("app-1"),
                                                QStringLiteral("Application Calendars.Read"),
                                                QStringLiteral("Sales scope"))},
                                          false,
                                          false),
                 QStringLiteral("only \"Sales\"; RBAC Mail.Read: every mailbox; RBAC Calendars.Read: \"Sales scope\""));
        // Not knowing is said as such, never as "every mailbox".
        QCOMPARE(MailboxScoping::describe(crm, {}, {}, true, false),
                 QStringLiteral("Unknown: Exchange could not be read"));
        QCOMPARE(MailboxScoping::describe(app({}), {}, {}, false, true),
                 QStringLiteral("RBAC roles unknown (Exchange could not be read)"));
        QCOMPARE(MailboxScoping::describe(app({}), {}, {}, false, false), QStringLiteral("No mailbox"));
    }

    void reachesEveryMailbox()
    {
        QVERIFY(MailboxScoping::reachesEveryMailbox(app({QStringLiteral("Mail.Read")}), {}));
        QVERIFY(!MailboxScoping::reachesEveryMailbox(app({QStringLiteral("Mail.Read")}),
                                                     {policy(QStringLiteral("Board"), true)}));
        QVERIFY(!MailboxScoping::reachesEveryMailbox(app({}), {}));
    }

    void scopedAppsWithoutAPermissionAreListedToo()
    {
        const QList<ManagementRoleAssignment> roles = MailboxScoping::applicationRoles(
            {role(QStringLiteral("rbac-only"), QStringLiteral("Application Mail.Read")),
             role(QStringLiteral("x"), QStringLiteral("Mail Recipients")), // not RBAC for Applications
             role(QString(), QStringLiteral("Application Mail.Read"))});
        QCOMPARE(roles.size(), 1);
        QCOMPARE(MailboxScoping::scopedWithoutPermission({app({QStringLiteral("Mail.Read")})},
                                                         {QStringLiteral("APP-1"),
                                                          QStringLiteral("left-over"),
                                                          QStringLiteral("Left-Over"),
                                                          QStringLiteral("*")},
                                                         roles),
                 (QStringList {QStringLiteral("left-over"), QStringLiteral("*"), QStringLiteral("rbac-only")}));
        ServicePrincipal sp;
        sp.id = QStringLiteral("sp-9");
        sp.displayName = QStringLiteral("Old Tool");
        const MailboxApp named = MailboxScoping::scopedApp(QStringLiteral("left-over"), sp);
        QCOMPARE(named.displayName, QStringLiteral("Old Tool"));
        QCOMPARE(named.servicePrincipalId, QStringLiteral("sp-9"));
        QVERIFY(named.permissions.isEmpty());
        QCOMPARE(MailboxScoping::scopedApp(QStringLiteral("gone"), std::nullopt).displayName, QStringLiteral("gone"));
        QCOMPARE(MailboxScoping::scopedApp(QStringLiteral("*"), std::nullopt).displayName,
                 QStringLiteral("Every app (*)"));
    }

    void mailboxPermissionsOfWhatAnAppHolds()
    {
        const QStringList values = MailboxScoping::mailboxPermissions(
            {held(GrantedPermission::Source::Application, kGraph, QStringLiteral("Mail.Read")),
             held(GrantedPermission::Source::Application, kGraph, QStringLiteral("Files.Read.All")),
             held(GrantedPermission::Source::TenantWide, kGraph, QStringLiteral("Calendars.Read")), // delegated
             held(GrantedPermission::Source::Application,
                  MailboxPermissions::ExchangeOnlineAppId,
                  QStringLiteral("full_access_as_app")),
             held(GrantedPermission::Source::Application, kGraph, QStringLiteral("Calendars.Read"))});
        QCOMPARE(values,
                 (QStringList {QStringLiteral("Calendars.Read"),
                               QStringLiteral("full_access_as_app"),
                               QStringLiteral("Mail.Read")}));
    }

    void removingTheOnlyRestrictAccessPolicyIsSaid()
    {
        const MailboxApp crm = app({QStringLiteral("Mail.Read"), QStringLiteral("Mail.Send")});
        const ApplicationAccessPolicy sales = policy(QStringLiteral("Sales"), false);
        QCOMPARE(MailboxScoping::removalWarnings(sales, {sales}, crm),
                 QStringList {QStringLiteral("This is Contoso CRM's only RestrictAccess policy: after removing it, "
                                             "Contoso CRM reaches every mailbox in the tenant again with Mail.Read, "
                                             "Mail.Send.")});
        const ApplicationAccessPolicy board = policy(QStringLiteral("Board"), true);
        QVERIFY(MailboxScoping::removalWarnings(sales, {sales, board}, crm)
                    .value(0)
                    .endsWith(QStringLiteral("except those its DenyAccess policies hold.")));
        // Another RestrictAccess stays, a DenyAccess goes, or the app reaches no mailbox at all: nothing to say.
        QVERIFY(MailboxScoping::removalWarnings(sales, {sales, policy(QStringLiteral("HR"), false)}, crm).isEmpty());
        QVERIFY(MailboxScoping::removalWarnings(board, {sales, board}, crm).isEmpty());
        QVERIFY(MailboxScoping::removalWarnings(sales, {sales}, app({})).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailboxScoping)
#include "TestMailboxScoping.moc"
