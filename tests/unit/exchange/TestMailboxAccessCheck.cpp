#include "directory/MailboxPermissions.h"
#include "directory/PermissionResolver.h"
#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/MailPermissionAudit.h"
#include "exchange/MailboxAccessCheck.h"
#include "exchange/MailboxAccessTester.h"

#include <QTest>

namespace {

const QString kApp = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString kOther = QStringLiteral("22222222-2222-2222-2222-222222222222");

AccessPolicyModel::Node
node(const QString& id, AccessPolicyModel::Node::Kind kind, const QStringList& members = {}, bool mailEnabled = true)
{
    AccessPolicyModel::Node n;
    n.id = id;
    n.displayName = id;
    n.kind = kind;
    n.mailEnabled = mailEnabled;
    n.securityEnabled = true;
    n.memberIds = members;
    return n;
}

// scope ⊃ alice, nested ⊃ bob; carol, dave, erin, frank outside; "plain" is not mail-enabled and holds carol.
AccessPolicyModel model(bool plainScope = false)
{
    using K = AccessPolicyModel::Node::Kind;
    AccessPolicyModel m;
    m.addNode(node(QStringLiteral("scope"), K::Group, {QStringLiteral("alice"), QStringLiteral("nested")}));
    m.addNode(node(QStringLiteral("nested"), K::Group, {QStringLiteral("bob")}));
    m.addNode(node(QStringLiteral("plain"), K::Group, {QStringLiteral("carol")}, false));
    for (const auto* id : {"alice", "bob", "carol", "dave", "erin", "frank"}) {
        m.addNode(node(QString::fromLatin1(id), K::User));
    }
    ApplicationAccessPolicy p;
    p.appId = kApp;
    p.scopeObjectId = plainScope ? QStringLiteral("plain") : QStringLiteral("scope");
    p.scopeName = p.scopeObjectId;
    p.accessRight = ApplicationAccessPolicy::AccessRight::RestrictAccess;
    m.policies.append(p);
    return m;
}

ExchangeRecipient mailbox(const QString& id, const QString& type = QStringLiteral("UserMailbox"))
{
    ExchangeRecipient r;
    r.externalDirectoryObjectId = id;
    r.displayName = id;
    r.primarySmtpAddress = id + QStringLiteral("@contoso.com");
    r.recipientTypeDetails = type;
    return r;
}

MailboxAccessCheck check(const AccessPolicyModel& m, const QString& user, const QString& exchangeResult)
{
    MailboxAccessCheck c;
    c.appId = kApp;
    c.mailbox = mailbox(user);
    c.local = AccessPolicyEvaluator::evaluate(m, kApp, user);
    if (!exchangeResult.isEmpty()) {
        c.exchangeAsked = true;
        c.exchange.accessCheckResult = exchangeResult;
    }
    return c;
}

GrantedPermission application(const QString& resourceAppId, const QString& value)
{
    GrantedPermission g;
    g.source = GrantedPermission::Source::Application;
    g.permission.resourceAppId = resourceAppId;
    g.permission.value = value;
    return g;
}

} // namespace

class TestMailboxAccessCheck : public QObject
{
    Q_OBJECT

private slots:
    void agreement()
    {
        const AccessPolicyModel m = model();
        QCOMPARE(check(m, QStringLiteral("alice"), QStringLiteral("Granted")).agreement(),
                 MailboxAccessCheck::Agreement::Agree);
        QCOMPARE(check(m, QStringLiteral("bob"), QStringLiteral("Granted")).agreement(),
                 MailboxAccessCheck::Agreement::Agree); // nested
        QCOMPARE(check(m, QStringLiteral("dave"), QStringLiteral("Denied")).agreement(),
                 MailboxAccessCheck::Agreement::Agree);
        QCOMPARE(check(m, QStringLiteral("dave"), QString()).agreement(),
                 MailboxAccessCheck::Agreement::ExchangeNotAsked);
        MailboxAccessCheck failed = check(m, QStringLiteral("dave"), QString());
        failed.exchangeAsked = true;
        failed.exchangeError = GraphError::make(GraphError::Kind::PermissionDenied, QStringLiteral("no role"));
        QCOMPARE(failed.agreement(), MailboxAccessCheck::Agreement::ExchangeFailed);
        QVERIFY(failed.exchangeResultText().contains(QStringLiteral("no role")));
        QVERIFY(check(m, QStringLiteral("alice"), QStringLiteral("Granted")).disagreementReason().isEmpty());
    }

    void disagreementIsExplained()
    {
        // A member Exchange has not caught up with: the likely cause is a recent change.
        const MailboxAccessCheck late = check(model(), QStringLiteral("alice"), QStringLiteral("Denied"));
        QCOMPARE(late.agreement(), MailboxAccessCheck::Agreement::Disagree);
        QVERIFY2(late.disagreementReason().contains(QStringLiteral("not have reached")),
                 qPrintable(late.disagreementReason()));
        // A whole sentence says who says what (not Exchange's raw "Denied" inside a translated sentence).
        QVERIFY2(late.disagreementReason().startsWith(QStringLiteral(
                     "Exchange denies the app access to this mailbox, but the directory's policies grant it.")),
                 qPrintable(late.disagreementReason()));
        const MailboxAccessCheck early = check(model(), QStringLiteral("dave"), QStringLiteral("Granted"));
        QCOMPARE(early.agreement(), MailboxAccessCheck::Agreement::Disagree);
        QVERIFY2(early.disagreementReason().startsWith(QStringLiteral(
                     "Exchange grants the app access to this mailbox, but the directory's policies deny it.")),
                 qPrintable(early.disagreementReason()));
        // A scope that is not a mail-enabled security group: the evaluator's warning is the reason.
        const MailboxAccessCheck plain = check(model(true), QStringLiteral("carol"), QStringLiteral("Denied"));
        QCOMPARE(plain.agreement(), MailboxAccessCheck::Agreement::Disagree);
        QVERIFY2(plain.disagreementReason().contains(QStringLiteral("is a security group that is not mail-enabled")),
                 qPrintable(plain.disagreementReason()));
        QVERIFY(plain.toJson().contains(QStringLiteral("disagreement")));
    }

    void tableHasStableColumns()
    {
        const AccessPolicyModel m = model();
        const Table t = MailboxAccessCheck::toTable({check(m, QStringLiteral("alice"), QStringLiteral("Granted")),
                                                     check(m, QStringLiteral("dave"), QStringLiteral("Granted"))});
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).at(t.columnIndex(QStringLiteral("InScope"))).toString(), QStringLiteral("yes"));
        QCOMPARE(t.rows.at(1).at(t.columnIndex(QStringLiteral("Agreement"))).toString(), QStringLiteral("disagree"));
        QCOMPARE(t.rows.at(1).at(t.columnIndex(QStringLiteral("Directory"))).toString(), QStringLiteral("Denied"));
    }

    void matrixSubjectsAreMembersThenASample()
    {
        const AccessPolicyModel m = model();
        QList<ExchangeRecipient> all;
        for (const auto* id : {"frank", "erin", "dave", "carol", "bob", "alice"}) {
            all.append(mailbox(QString::fromLatin1(id)));
        }
        all.append(mailbox(QStringLiteral("scope"), QStringLiteral("MailUniversalSecurityGroup"))); // groups skipped
        const auto subjects = MailboxAccessTester::matrixSubjects(m, kApp, all, 2);
        QStringList ids;
        for (const auto& s : subjects) {
            ids.append(s.externalDirectoryObjectId);
        }
        QCOMPARE(ids,
                 (QStringList {
                     QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")}));
        // An app without a policy has no members: the sample only.
        QCOMPARE(MailboxAccessTester::matrixSubjects(m, kOther, all, 3).size(), 3);
    }

    void rbacWarningSaysWhetherAPolicyHoldsThePermissionsToday()
    {
        const QList<GrantedPermission> rows {
            application(PermissionResolver::MicrosoftGraphAppId, QStringLiteral("Mail.Read"))};
        QVERIFY(MailPermissionAudit::rbacWarnings(QStringLiteral("CRM"), rows, false)
                    .join(' ')
                    .contains(QStringLiteral("still reaches every mailbox")));
        QVERIFY(MailPermissionAudit::rbacWarnings(QStringLiteral("CRM"), rows, true)
                    .join(' ')
                    .contains(QStringLiteral("today its access policy limits them")));
    }

    void whatAScopeLimits()
    {
        const QString graph = PermissionResolver::MicrosoftGraphAppId;
        const QList<GrantedPermission> backup {
            application(graph, QStringLiteral("Mail.ReadWrite")),
            application(graph, QStringLiteral("Files.ReadWrite.All")),
            application(MailboxPermissions::ExchangeOnlineAppId, QStringLiteral("full_access_as_app"))};
        QCOMPARE(MailPermissionAudit::mailboxPermissions(backup),
                 (QStringList {QStringLiteral("full_access_as_app"), QStringLiteral("Mail.ReadWrite")}));
        QCOMPARE(MailPermissionAudit::otherApplicationPermissions(backup),
                 QStringList {QStringLiteral("Files.ReadWrite.All")});
        const QString notes = MailPermissionAudit::accessPolicyNotes(QStringLiteral("Backup"), backup).join(' ');
        QVERIFY(notes.contains(QStringLiteral("will limit")));
        QVERIFY(notes.contains(QStringLiteral("does not limit Files.ReadWrite.All")));
        // RBAC is additive: tenant-wide mailbox permissions make a scoped role pointless.
        QVERIFY(MailPermissionAudit::rbacWarnings(QStringLiteral("Backup"), backup)
                    .join(' ')
                    .contains(QStringLiteral("additive")));
        // Delegated Mail.Read, or Mail.Read of some other API, is not what Exchange's scoping governs.
        GrantedPermission delegated = application(graph, QStringLiteral("Mail.Read"));
        delegated.source = GrantedPermission::Source::TenantWide;
        const QList<GrantedPermission> none {
            delegated,
            application(QStringLiteral("00000000-aaaa-0000-0000-000000000000"), QStringLiteral("Mail.Read"))};
        QVERIFY(MailPermissionAudit::mailboxPermissions(none).isEmpty());
        QVERIFY(MailPermissionAudit::rbacWarnings(QStringLiteral("X"), none).isEmpty());
        QVERIFY(MailPermissionAudit::accessPolicyNotes(QStringLiteral("X"), none)
                    .join(' ')
                    .contains(QStringLiteral("changes nothing")));
    }
};

QTEST_GUILESS_MAIN(TestMailboxAccessCheck)
#include "TestMailboxAccessCheck.moc"
