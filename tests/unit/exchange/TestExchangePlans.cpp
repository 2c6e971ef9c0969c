#include "exchange/ExchangePlanner.h"

#include <QTest>

class TestExchangePlans : public QObject
{
    Q_OBJECT

private slots:
    // Issue 12.6: a group DN goes into MemberOfGroup -eq '…'. Doubling only the ASCII quote let a typographic one end
    // the string (Exchange reads all of them as quotes) and widen the scope to every mailbox: such DNs are refused.
    void rbacFilterRefusesQuoteLikeDistinguishedNames_data()
    {
        QTest::addColumn<QString>("dn");
        const QString tail = QStringLiteral(",OU=contoso.onmicrosoft.com,DC=EURPR01A001,DC=prod,DC=outlook,DC=com");
        const QList<QPair<const char*, QString>> cases {
            {"ascii apostrophe", QStringLiteral("CN=O'Brien Team")},
            {"right single quote widens the scope", QStringLiteral("CN=x\u2019 -or Name -like \u2019*")},
            {"left single quote", QStringLiteral("CN=\u2018Sales")},
            {"low-9 quote", QStringLiteral("CN=\u201aSales")},
            {"reversed-9 quote", QStringLiteral("CN=\u201bSales")},
            {"double quote", QStringLiteral("CN=\"Sales\"")},
            {"typographic double quotes", QStringLiteral("CN=\u201cSales\u201d\u201e")},
            {"backtick", QStringLiteral("CN=Sales`")},
            {"full-width apostrophe", QStringLiteral("CN=Sales\uff07")},
            {"prime", QStringLiteral("CN=Sales\u2032")},
            {"carriage return", QStringLiteral("CN=Sales\r-or")},
            {"NEL", QStringLiteral("CN=Sales\u0085")},
            // QChar() is U+0000 itself: a scan that kept "the offending character" in a QChar took a NUL for none
            // found, and the fuzzer's DN "…DC=EURPR<NUL>'A001" reached the filter with its quote.
            {"NUL then a quote", QStringLiteral("CN=Sales") + QChar(u'\0') + QStringLiteral("' -or Name -like '*")},
            {"NUL alone", QStringLiteral("CN=Sales") + QChar(u'\0')},
            {"start of heading", QStringLiteral("CN=Sales\u0001")},
            {"line separator", QStringLiteral("CN=Sales\u2028-or")},
            {"paragraph separator", QStringLiteral("CN=Sales\u2029")},
            {"right-to-left override", QStringLiteral("CN=Sales\u202e")},
        };
        for (const auto& [label, dn] : cases) {
            QTest::newRow(label) << dn + tail;
        }
        QTest::newRow("empty") << QString();
    }
    void rbacFilterRefusesQuoteLikeDistinguishedNames()
    {
        QFETCH(QString, dn);
        QString refusal;
        QCOMPARE(ExchangePlanner::rbacFilterForGroup(dn, &refusal), QString());
        QVERIFY(!refusal.isEmpty());
        QVERIFY2(dn.isEmpty() || refusal.contains(QLatin1String("rename the group")), qPrintable(refusal));
        for (const QChar c : refusal) {
            QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7F || c.unicode() > 0x9F), qPrintable(refusal));
        }
    }
    void rbacFilterKeepsOrdinaryDistinguishedNames()
    {
        const QString dn = QStringLiteral("CN=CRM Mailbox Access,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange "
                                          "Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com");
        QString refusal;
        QCOMPARE(ExchangePlanner::rbacFilterForGroup(dn, &refusal), QStringLiteral("MemberOfGroup -eq '%1'").arg(dn));
        QVERIFY(refusal.isEmpty());
        const QString accents = QStringLiteral("CN=Équipe Ventes – Zürich,OU=contoso.onmicrosoft.com");
        QCOMPARE(ExchangePlanner::rbacFilterForGroup(accents), QStringLiteral("MemberOfGroup -eq '%1'").arg(accents));
    }

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
