#include "exchange/ExchangePlanner.h"

#include <QTest>

class TestExchangePlans : public QObject
{
    Q_OBJECT

private slots:
    void scopeAppRecipe()
    {
        ExchangePlanner::ScopeAppRequest r;
        r.appId = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0");
        r.appDisplayName = QStringLiteral("Northwind CRM");
        r.group = QStringLiteral("CRM Pilot");
        r.createGroup = true;
        r.addMembers = {QStringLiteral("elena.petrova@contoso.com")};
        r.description = QStringLiteral("O'Brien's pilot");
        const ExchangePlan plan = ExchangePlanner::scopeApp(r);
        QCOMPARE(plan.operations.size(), 3);
        QCOMPARE(plan.operations.at(0).cmdlet, QStringLiteral("New-DistributionGroup"));
        QCOMPARE(plan.operations.at(0).powerShell(),
                 QStringLiteral("New-DistributionGroup -Name 'CRM Pilot' -Type Security"));
        QCOMPARE(
            plan.operations.at(1).powerShell(),
            QStringLiteral("Add-DistributionGroupMember -Identity 'CRM Pilot' -Member 'elena.petrova@contoso.com'"));
        QCOMPARE(plan.operations.at(2).powerShell(),
                 QStringLiteral("New-ApplicationAccessPolicy -AccessRight RestrictAccess -AppId "
                                "'0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0' -Description 'O''Brien''s pilot' "
                                "-PolicyScopeGroupId 'CRM Pilot'"));
        QCOMPARE(plan.operations.at(2).action(), QStringLiteral("exchange.accessPolicy.create"));
        QVERIFY(plan.powerShellScript().startsWith(QStringLiteral("Connect-ExchangeOnline\n")));
        QVERIFY(!plan.warnings.isEmpty()); // access policies are deprecated
    }

    void removeAndRbac()
    {
        ApplicationAccessPolicy p;
        p.identity = QStringLiteral("t\\a:S;g");
        p.appId = QStringLiteral("a");
        p.accessRight = ApplicationAccessPolicy::AccessRight::RestrictAccess;
        const ExchangePlan remove = ExchangePlanner::removePolicy(p);
        QCOMPARE(remove.operations.first().powerShell(),
                 QStringLiteral("Remove-ApplicationAccessPolicy -Confirm:$false -Identity 't\\a:S;g'"));

        ExchangePlanner::RbacRequest r;
        r.appId = QStringLiteral("a");
        r.servicePrincipalObjectId = QStringLiteral("sp");
        r.scopeName = QStringLiteral("CRM mailboxes");
        r.recipientFilter = ExchangePlanner::rbacFilterForGroup(QStringLiteral("CRM Mailbox Access"));
        r.createScope = true;
        const ExchangePlan rbac = ExchangePlanner::grantRbac(r);
        QCOMPARE(rbac.operations.size(), 3);
        QCOMPARE(rbac.operations.at(1).powerShell(),
                 QStringLiteral("New-ManagementScope -Name 'CRM mailboxes' -RecipientRestrictionFilter "
                                "'MemberOfGroup -eq ''CRM Mailbox Access'''"));
        QCOMPARE(rbac.operations.at(2).powerShell(),
                 QStringLiteral("New-ManagementRoleAssignment -App 'a' -CustomResourceScope 'CRM mailboxes' -Role "
                                "'Application Mail.Read'"));
        QVERIFY(rbac.note.contains(QStringLiteral("additive")));
    }
};

QTEST_GUILESS_MAIN(TestExchangePlans)
#include "TestExchangePlans.moc"
