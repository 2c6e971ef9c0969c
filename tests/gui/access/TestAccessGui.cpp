// Mailbox access as an admin uses it (offscreen, demo tenant): the apps that can read mailboxes with how Exchange
// scopes them, the scope-an-app wizard end to end (member Granted, non-member Denied, then the app's own Graph mail
// call for the non-member refused once the change has propagated), the test matrix and its export, removing a
// policy through the preview, and the RBAC for Applications path — each checked in the sandbox's own state.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "access/AccessCheckCard.h"
#include "access/AccessCheckModel.h"
#include "access/AccessView.h"
#include "access/ScopeAppWizard.h"
#include "auth/SignInManager.h"
#include "common/ModelExporter.h"
#include "consent/Journal.h"
#include "consent/JournalEntry.h"
#include "exchange/ExchangeAdminClient.h"
#include "log/Log.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using GuiTestSupport::saveScreenshot;
using GuiTestSupport::waitForWidget;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString BackupAppId = QStringLiteral("84e94910-16ce-4447-ba77-f1f86257b3b4"); // Wide World Backup
const QString CrmAppId = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0"); // Northwind CRM
const QString Member = QStringLiteral("priya.raman@contoso.com");

struct HttpResult
{
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestAccessGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void appsThatReachMailboxesWithTheirScoping();
    void wizardScopesAnAppAndProvesIt();
    void matrixShowsMembersAndNonMembersAndExports();
    void removePolicyThroughPreview();
    void rbacEquivalentOfALegacyPolicy();
    void secondRbacRoleReusesTheScope();
    void wizardDenyAccessKeepsTheAppOutOfTheGroup();
    void wizardOffersRollbackAfterAPartialFailure();
    void withoutAnExchangeRoleTheViewSaysWhy();

private:
    HttpResult get(const QString& path, const QString& token = {});
    QString appToken(const QString& appId);
    HttpResult post(const QString& path, const QJsonObject& body);
    QJsonArray exchangeData(const QString& key) const;
    bool selectApp(const QString& appId);
    QStringList groupMembers(const QString& group);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
    AccessView* m_view = nullptr;
    QNetworkAccessManager m_http;
};

void TestAccessGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    m_window->resize(1280, 860);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
    m_view = m_controller->accessView();
    QVERIFY(m_view);
}

void TestAccessGui::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
}

HttpResult TestAccessGui::get(const QString& path, const QString& token)
{
    QNetworkRequest request(GuiTestSupport::demoSandbox(*m_controller)->baseUrl().resolved(QUrl(path)));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    QNetworkReply* reply = m_http.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

HttpResult TestAccessGui::post(const QString& path, const QJsonObject& body)
{
    QNetworkRequest request(GuiTestSupport::demoSandbox(*m_controller)->baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

QString TestAccessGui::appToken(const QString& appId)
{
    return get(QStringLiteral("/_sandbox/token?app=") + appId).json.value(QStringLiteral("access_token")).toString();
}

QJsonArray TestAccessGui::exchangeData(const QString& key) const
{
    return GuiTestSupport::demoSandbox(*m_controller)->store().exchange().value(key).toArray();
}

bool TestAccessGui::selectApp(const QString& appId)
{
    return GuiTestSupport::waitUntil([&] {
        if (m_view->isLoading()) {
            return false;
        }
        m_view->selectApp(appId);
        return m_view->selectedAppId().compare(appId, Qt::CaseInsensitive) == 0;
    });
}

QStringList TestAccessGui::groupMembers(const QString& group)
{
    QStringList addresses;
    bool done = false;
    m_controller->exchange()->getDistributionGroupMembers(
        group, this, [&](const QList<ExchangeRecipient>& rows, const GraphError&) {
            for (const auto& r : rows) {
                addresses.append(r.primarySmtpAddress);
            }
            done = true;
        });
    GuiTestSupport::waitUntil([&] { return done; });
    return addresses;
}

void TestAccessGui::appsThatReachMailboxesWithTheirScoping()
{
    m_window->showView(QStringLiteral("access"));
    auto* apps = m_view->findChild<QTreeWidget*>(QStringLiteral("mailboxApps"));
    QVERIFY(apps);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading() && apps->topLevelItemCount() > 0, 20000);
    QHash<QString, QTreeWidgetItem*> byName;
    for (int i = 0; i < apps->topLevelItemCount(); ++i) {
        byName.insert(apps->topLevelItem(i)->text(0), apps->topLevelItem(i));
    }
    // Exactly the apps holding mailbox application permissions in the fixture, names resolved.
    QVERIFY2(byName.contains(QStringLiteral("Northwind CRM")), qPrintable(byName.keys().join(',')));
    QVERIFY(byName.contains(QStringLiteral("Wide World Backup")));
    QVERIFY(byName.contains(QStringLiteral("Southridge Meetings")));
    QVERIFY(byName.contains(QStringLiteral("Coho Signature Manager")));
    QVERIFY(!byName.contains(QStringLiteral("Tailspin Projects"))); // Sites.ReadWrite.All: not a mailbox permission
    QVERIFY(byName.value(QStringLiteral("Wide World Backup"))->text(1).contains(QStringLiteral("full_access_as_app")));
    QCOMPARE(byName.value(QStringLiteral("Wide World Backup"))->text(2),
             QStringLiteral("Every mailbox (no access policy)"));
    QCOMPARE(byName.value(QStringLiteral("Northwind CRM"))->text(2), QStringLiteral("only \"CRM Mailbox Access\""));

    QVERIFY(selectApp(CrmAppId));
    auto* policies = m_view->findChild<QTreeWidget*>(QStringLiteral("policyTree"));
    QCOMPARE(policies->topLevelItemCount(), 1);
    QCOMPARE(policies->topLevelItem(0)->text(0), QStringLiteral("RestrictAccess"));
    QCOMPARE(policies->topLevelItem(0)->text(1), QStringLiteral("CRM Mailbox Access"));
    QCOMPARE(policies->topLevelItem(0)->text(2), QStringLiteral("a mail-enabled security group"));
    // What a policy does not limit is said (Northwind CRM holds Directory.Read.All and User.Read.All too).
    auto* notes = m_view->findChild<QLabel*>(QStringLiteral("policyNotes"));
    QTRY_VERIFY_WITH_TIMEOUT(notes->text().contains(QStringLiteral("Directory.Read.All")), 10000);
    auto* notice = m_view->findChild<QLabel*>(QStringLiteral("exchangeNotice"));
    QVERIFY(notice->text().contains(QStringLiteral("RBAC for Applications")));

    // A test of one mailbox: a member through the nested group, both answers and the group path.
    m_view->testMailbox(QStringLiteral("aisha.rahman@contoso.com"));
    AccessCheckCard* card = m_view->testCard();
    QTRY_VERIFY_WITH_TIMEOUT(card->hasCheck() && card->check().exchangeAsked, 20000);
    QVERIFY(card->check().local.granted());
    QVERIFY(card->check().exchange.granted());
    QCOMPARE(card->check().agreement(), MailboxAccessCheck::Agreement::Agree);
    QVERIFY2(
        card->findChild<QLabel*>(QStringLiteral("explanation"))->text().contains(QStringLiteral("CRM Mailbox Access")),
        qPrintable(card->findChild<QLabel*>(QStringLiteral("explanation"))->text()));
    QVERIFY(card->findChild<QLabel*>(QStringLiteral("checkPowerShell"))
                ->text()
                .contains(QStringLiteral("Test-ApplicationAccessPolicy")));
    saveScreenshot(m_window, QStringLiteral("access-view.png"));
}

void TestAccessGui::wizardScopesAnAppAndProvesIt()
{
    m_window->showView(QStringLiteral("access"));
    QVERIFY(selectApp(BackupAppId));
    const QString backupToken = appToken(BackupAppId);
    QVERIFY(!backupToken.isEmpty());
    const QString nonMember = QStringLiteral("adaeze.okafor@contoso.com");
    QCOMPARE(post(QStringLiteral("/_sandbox/exchange/propagation"), {{QStringLiteral("delayMs"), 4000}}).status, 200);
    // Before: the backup app reads the non-member's mail through Graph.
    QCOMPARE(get(QStringLiteral("/v1.0/users/%1/messages").arg(nonMember), backupToken).status, 200);

    m_view->findChild<QPushButton*>(QStringLiteral("scopeApp"))->click();
    ScopeAppWizard* wizard = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((wizard = m_view->wizard()) && wizard->isVisible(), 10000);
    auto* appCombo = wizard->findChild<QComboBox*>(QStringLiteral("appCombo"));
    QCOMPARE(appCombo->currentData().toString(), BackupAppId);
    auto* appNotes = wizard->findChild<QLabel*>(QStringLiteral("appNotes"));
    QTRY_VERIFY_WITH_TIMEOUT(appNotes->text().contains(QStringLiteral("Files.ReadWrite.All")), 10000);
    QVERIFY(appNotes->text().contains(QStringLiteral("Mail.ReadWrite")));
    saveScreenshot(wizard, QStringLiteral("access-wizard-app.png"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::GroupPage));

    // A new group: the name is taken from the app; a name that exists is refused.
    auto* groups = wizard->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 3, 10000);
    wizard->findChild<QRadioButton*>(QStringLiteral("createGroup"))->click();
    auto* name = wizard->findChild<QLineEdit*>(QStringLiteral("newGroupName"));
    name->setText(QStringLiteral("CRM Mailbox Access"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::GroupPage));
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("groupInfo"))->text().contains(QStringLiteral("exists already")));
    name->setText(QStringLiteral("Backup Mailboxes"));
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("groupPowerShell"))
                ->text()
                .contains(QStringLiteral("New-DistributionGroup -Name 'Backup Mailboxes' -Type Security")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::MembersPage));

    // RestrictAccess on an empty group would deny everyone: the wizard does not go on without a member.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::MembersPage));
    auto* memberEdit = wizard->findChild<QLineEdit*>(QStringLiteral("memberEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(memberEdit->completer() != nullptr, 10000);
    memberEdit->setText(QStringLiteral("nobody@contoso.com"));
    wizard->findChild<QPushButton*>(QStringLiteral("addMember"))->click();
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("membersInfo"))->text().contains(QStringLiteral("No mailbox")));
    memberEdit->setText(Member);
    wizard->findChild<QPushButton*>(QStringLiteral("addMember"))->click();
    QCOMPARE(wizard->findChild<QListWidget*>(QStringLiteral("membersToAdd"))->count(), 1);
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("membersPowerShell"))
                ->text()
                .contains(QStringLiteral("Add-DistributionGroupMember")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::AccessPage));
    QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("restrictAccess"))->isChecked());
    QVERIFY(wizard->findChild<QLineEdit*>(QStringLiteral("description"))
                ->text()
                .contains(QStringLiteral("Backup Mailboxes")));
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("accessPowerShell"))
                ->text()
                .contains(QStringLiteral("-AccessRight RestrictAccess")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::ReviewPage));

    // The review lists every write, in order, and nothing has been sent yet.
    auto* planList = wizard->findChild<QListWidget*>(QStringLiteral("planList"));
    QCOMPARE(planList->count(), 3);
    const QString script = wizard->findChild<QPlainTextEdit*>(QStringLiteral("planPowerShell"))->toPlainText();
    QVERIFY(script.contains(QStringLiteral("New-ApplicationAccessPolicy")));
    const int policiesBefore = int(exchangeData(QStringLiteral("applicationAccessPolicies")).size());
    saveScreenshot(wizard, QStringLiteral("access-wizard-review.png"));
    QElapsedTimer sinceCreate;
    sinceCreate.start();
    wizard->button(QWizard::CommitButton)->click();
    // While Exchange is being written to, the wizard cannot be closed.
    wizard->reject();
    QVERIFY(wizard->isVisible());

    // Created, journaled, then tested: the member Granted, the non-member Denied — by Exchange and the directory.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ScopeAppWizard::TestPage), 20000);
    QVERIFY(wizard->isExecuted());
    QCOMPARE(exchangeData(QStringLiteral("applicationAccessPolicies")).size(), policiesBefore + 1);
    // Journaled: one entry per write, in order, all succeeded, one operation.
    QStringList actions;
    QSet<QString> operations;
    for (const JournalEntry& e : m_controller->journal()->entries()) {
        if (e.action.startsWith(QLatin1String("exchange."))) {
            actions.append(e.action);
            operations.insert(e.operationId);
            QCOMPARE(e.outcome, JournalEntry::Outcome::Succeeded);
        }
    }
    QCOMPARE(actions,
             (QStringList {QStringLiteral("exchange.group.create"),
                           QStringLiteral("exchange.groupMember.add"),
                           QStringLiteral("exchange.accessPolicy.create")}));
    QCOMPARE(operations.size(), 1);
    // Graph has not caught up yet: the app still reads the non-member's mail right after the policy was created.
    if (sinceCreate.elapsed() < 3000) {
        QCOMPARE(get(QStringLiteral("/v1.0/users/%1/messages").arg(nonMember), backupToken).status, 200);
    }
    auto* memberCard = wizard->memberCard();
    auto* nonMemberCard = wizard->nonMemberCard();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isTesting() && memberCard->hasCheck() && nonMemberCard->hasCheck(), 20000);
    QCOMPARE(memberCard->check().query, Member);
    QCOMPARE(memberCard->check().exchange.accessCheckResult, QStringLiteral("Granted"));
    QVERIFY(memberCard->check().local.granted());
    QCOMPARE(nonMemberCard->check().query, nonMember); // the same mailbox the app could read before
    QVERIFY(!nonMemberCard->check().isMember());
    QCOMPARE(nonMemberCard->check().exchange.accessCheckResult, QStringLiteral("Denied"));
    QVERIFY(!nonMemberCard->check().local.granted());
    QCOMPARE(nonMemberCard->check().agreement(), MailboxAccessCheck::Agreement::Agree);
    QVERIFY(
        memberCard->findChild<QLabel*>(QStringLiteral("exchangeVerdict"))->text().contains(QStringLiteral("Granted")));
    QVERIFY(nonMemberCard->findChild<QLabel*>(QStringLiteral("exchangeVerdict"))
                ->text()
                .contains(QStringLiteral("Denied")));
    saveScreenshot(wizard, QStringLiteral("access-wizard-test.png"));

    // The app's own Graph call: refused for the non-member once the change has reached Graph (the sandbox's
    // propagation delay), still served for the member.
    HttpResult late;
    QTRY_VERIFY_WITH_TIMEOUT(
        (late = get(QStringLiteral("/v1.0/users/%1/messages").arg(nonMember), backupToken)).status == 403, 15000);
    QCOMPARE(late.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("ErrorAccessDenied"));
    QCOMPARE(get(QStringLiteral("/v1.0/users/%1/messages").arg(Member), backupToken).status, 200);

    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!m_view->wizard());
    // The view shows the new scoping.
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading() && m_view->selectedAppId() == BackupAppId, 20000);
    auto* policies = m_view->findChild<QTreeWidget*>(QStringLiteral("policyTree"));
    QTRY_COMPARE_WITH_TIMEOUT(policies->topLevelItem(0)->text(1), QStringLiteral("Backup Mailboxes"), 10000);
}

void TestAccessGui::matrixShowsMembersAndNonMembersAndExports()
{
    QVERIFY(selectApp(BackupAppId));
    m_view->findChild<QPushButton*>(QStringLiteral("runMatrix"))->click();
    AccessCheckModel* matrix = m_view->matrixModel();
    auto* exportButton = m_view->findChild<QPushButton*>(QStringLiteral("exportMatrix"));
    QTRY_VERIFY_WITH_TIMEOUT(exportButton->isEnabled(), 30000);
    QCOMPARE(matrix->rowCount(), 1 + 5); // the one member, then the default sample of five non-members
    QCOMPARE(matrix->checkAt(0).mailbox.primarySmtpAddress, Member);
    QVERIFY(matrix->checkAt(0).isMember());
    QCOMPARE(matrix->checkAt(0).exchange.accessCheckResult, QStringLiteral("Granted"));
    for (int row = 1; row < matrix->rowCount(); ++row) {
        QVERIFY(!matrix->checkAt(row).isMember());
        QCOMPARE(matrix->checkAt(row).exchange.accessCheckResult, QStringLiteral("Denied"));
        QCOMPARE(matrix->checkAt(row).agreement(), MailboxAccessCheck::Agreement::Agree);
    }
    QCOMPARE(matrix->disagreements(), 0);
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("matrixSummary"))
                ->text()
                .contains(QStringLiteral("1 granted, 5 denied")));
    const Table table = ModelExporter::toTable(*matrix, AccessCheckModel::exportKeys());
    QCOMPARE(table.rows.size(), 6);
    QCOMPARE(table.rows.first().at(table.columnIndex(QStringLiteral("Exchange"))).toString(),
             QStringLiteral("Granted"));
    saveScreenshot(m_window, QStringLiteral("access-matrix.png"));
}

void TestAccessGui::removePolicyThroughPreview()
{
    QVERIFY(selectApp(BackupAppId));
    auto* policies = m_view->findChild<QTreeWidget*>(QStringLiteral("policyTree"));
    QTRY_COMPARE_WITH_TIMEOUT(policies->topLevelItemCount(), 1, 10000);
    m_view->findChild<QTabWidget*>(QStringLiteral("accessTabs"))->setCurrentIndex(0);
    policies->setCurrentItem(policies->topLevelItem(0));
    policies->topLevelItem(0)->setSelected(true);
    auto* remove = m_view->findChild<QPushButton*>(QStringLiteral("removePolicy"));
    QVERIFY(remove->isEnabled());
    const int before = int(exchangeData(QStringLiteral("applicationAccessPolicies")).size());
    remove->click();
    auto* preview = waitForWidget<QDialog>(QStringLiteral("exchangePlanPreviewDialog"));
    QVERIFY(preview);
    // Exactly what will change, and the consequence: the app reaches every mailbox again.
    auto* warnings = preview->findChild<QLabel*>(QStringLiteral("planWarnings"));
    QVERIFY(warnings);
    QVERIFY2(warnings->text().contains(QStringLiteral("reaches every mailbox in the tenant again")),
             qPrintable(warnings->text()));
    QCOMPARE(exchangeData(QStringLiteral("applicationAccessPolicies")).size(), before); // nothing sent yet
    preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(exchangeData(QStringLiteral("applicationAccessPolicies")).size(), before - 1, 20000);
    auto* result = waitForWidget<QDialog>(QStringLiteral("exchangeExecutionResultDialog"));
    QVERIFY(result);
    result->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading() && policies->topLevelItemCount() == 1
                                 && policies->topLevelItem(0)->text(0) == QStringLiteral("None"),
                             20000);
}

void TestAccessGui::rbacEquivalentOfALegacyPolicy()
{
    QVERIFY(selectApp(CrmAppId));
    m_view->findChild<QTabWidget*>(QStringLiteral("accessTabs"))->setCurrentIndex(3);
    // Northwind CRM holds Mail.Read tenant-wide in Entra: a scoped RBAC role alone would not limit it.
    auto* warning = m_view->findChild<QLabel*>(QStringLiteral("rbacWarnings"));
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible() && warning->text().contains(QStringLiteral("additive")), 10000);
    auto* equivalent = m_view->findChild<QPlainTextEdit*>(QStringLiteral("rbacEquivalent"));
    QTRY_VERIFY_WITH_TIMEOUT(equivalent->toPlainText().contains(QStringLiteral("New-ManagementRoleAssignment")), 10000);
    // MemberOfGroup takes the group's distinguished name, read from Exchange.
    QVERIFY2(equivalent->toPlainText().contains(QStringLiteral("MemberOfGroup -eq ''CN=CRM Mailbox Access,OU=")),
             qPrintable(equivalent->toPlainText()));
    QVERIFY(equivalent->toPlainText().contains(QStringLiteral("New-ServicePrincipal")));
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("rbacEquivalentNote"))
                ->text()
                .contains(QStringLiteral("direct members")));
    saveScreenshot(m_window, QStringLiteral("access-rbac.png"));

    const int before = int(exchangeData(QStringLiteral("managementRoleAssignments")).size());
    m_view->findChild<QPushButton*>(QStringLiteral("rbacApply"))->click();
    auto* preview = waitForWidget<QDialog>(QStringLiteral("exchangePlanPreviewDialog"));
    QVERIFY(preview);
    preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(exchangeData(QStringLiteral("managementRoleAssignments")).size(), before + 1, 20000);
    auto* result = waitForWidget<QDialog>(QStringLiteral("exchangeExecutionResultDialog"));
    QVERIFY(result);
    result->accept();
    // The role shows in the apps list and the app's RBAC tab, and Test-ServicePrincipalAuthorization puts a direct
    // group member in scope and others out.
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 20000);
    QVERIFY(selectApp(CrmAppId));
    QVERIFY2(m_view->findChild<QLabel*>(QStringLiteral("accessAppFacts"))
                 ->text()
                 .contains(QStringLiteral("RBAC Mail.Read: \"CRM Mailbox Access (mailbox access)\"")),
             qPrintable(m_view->findChild<QLabel*>(QStringLiteral("accessAppFacts"))->text()));
    auto* assignments = m_view->findChild<QTreeWidget*>(QStringLiteral("roleAssignments"));
    QTRY_VERIFY_WITH_TIMEOUT(assignments->topLevelItemCount() == 1
                                 && assignments->topLevelItem(0)->text(0).startsWith(QStringLiteral("Application ")),
                             20000);
    auto* mailbox = m_view->findChild<QLineEdit*>(QStringLiteral("rbacMailbox"));
    auto* results = m_view->findChild<QTreeWidget*>(QStringLiteral("rbacAuthorization"));
    auto inScope = [&](const QString& who) {
        mailbox->setText(who);
        results->clear();
        m_view->findChild<QPushButton*>(QStringLiteral("rbacTest"))->click();
        GuiTestSupport::waitUntil([&] { return results->topLevelItemCount() > 0; });
        return results->topLevelItemCount() > 0 ? results->topLevelItem(0)->text(4) : QString();
    };
    QCOMPARE(inScope(QStringLiteral("elena.petrova@contoso.com")), QStringLiteral("Yes")); // a direct member
    QCOMPARE(inScope(GlobalAdmin), QStringLiteral("No"));
    // MemberOfGroup counts direct members only: Aisha, a member through a nested group, is in the legacy policy's
    // scope but not in the RBAC scope — and the plan said so before it was applied.
    QCOMPARE(inScope(QStringLiteral("aisha.rahman@contoso.com")), QStringLiteral("No"));
}

void TestAccessGui::secondRbacRoleReusesTheScope()
{
    // Another role for the same group: the scope made for the first one is reused (a second New-ManagementScope
    // of the same name would fail in Exchange).
    QVERIFY(selectApp(CrmAppId));
    m_view->findChild<QTabWidget*>(QStringLiteral("accessTabs"))->setCurrentIndex(3);
    auto* role = m_view->findChild<QComboBox*>(QStringLiteral("rbacRoleChoice"));
    const int calendars = role->findData(QStringLiteral("Application Calendars.ReadWrite"));
    QVERIFY(calendars >= 0);
    role->setCurrentIndex(calendars);
    auto* equivalent = m_view->findChild<QPlainTextEdit*>(QStringLiteral("rbacEquivalent"));
    QTRY_VERIFY_WITH_TIMEOUT(equivalent->toPlainText().contains(QStringLiteral("Application Calendars.ReadWrite")),
                             10000);
    QVERIFY2(!equivalent->toPlainText().contains(QStringLiteral("New-ManagementScope")),
             qPrintable(equivalent->toPlainText()));
    QVERIFY(!equivalent->toPlainText().contains(QStringLiteral("New-ServicePrincipal"))); // Exchange knows the app now
    const int scopes = int(exchangeData(QStringLiteral("managementScopes")).size());
    const int before = int(exchangeData(QStringLiteral("managementRoleAssignments")).size());
    auto* apply = m_view->findChild<QPushButton*>(QStringLiteral("rbacApply"));
    QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 10000);
    apply->click();
    auto* preview = waitForWidget<QDialog>(QStringLiteral("exchangePlanPreviewDialog"));
    QVERIFY(preview);
    preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))->click();
    auto* result = waitForWidget<QDialog>(QStringLiteral("exchangeExecutionResultDialog"));
    QVERIFY(result);
    QVERIFY2(result->findChild<QLabel*>(QStringLiteral("executionSummary"))
                 ->text()
                 .contains(QStringLiteral("The change was made in Exchange Online")),
             qPrintable(result->findChild<QLabel*>(QStringLiteral("executionSummary"))->text()));
    result->accept();
    QCOMPARE(exchangeData(QStringLiteral("managementRoleAssignments")).size(), before + 1);
    QCOMPARE(exchangeData(QStringLiteral("managementScopes")).size(), scopes);
}

void TestAccessGui::wizardDenyAccessKeepsTheAppOutOfTheGroup()
{
    // DenyAccess on an existing group, no member added: the group's members are Denied, everyone else Granted —
    // and the app's Graph calendar call for a member fails once the change has propagated.
    QCOMPARE(post(QStringLiteral("/_sandbox/exchange/propagation"), {{QStringLiteral("delayMs"), 300}}).status, 200);
    const QString southridge = QStringLiteral("35c6402d-359e-4adf-a8ef-d7aa0e039a26");
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 20000);
    QVERIFY(selectApp(southridge));
    m_view->openScopeWizard();
    ScopeAppWizard* wizard = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((wizard = m_view->wizard()) && wizard->isVisible(), 10000);
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("appCombo"))->currentData().toString(), southridge);
    wizard->next();
    auto* groups = wizard->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 3, 10000);
    groups->setCurrentIndex(groups->findText(QStringLiteral("Executive Team"), Qt::MatchStartsWith));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QLabel*>(QStringLiteral("groupInfo"))
                                 ->text()
                                 .contains(QRegularExpression(QStringLiteral("has \\d+ members?: "))),
                             10000);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::MembersPage));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::AccessPage));
    wizard->findChild<QRadioButton*>(QStringLiteral("denyAccess"))->click();
    QVERIFY(wizard->findChild<QLineEdit*>(QStringLiteral("description"))->text().startsWith(QStringLiteral("Deny")));
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("accessPowerShell"))
                ->text()
                .contains(QStringLiteral("-AccessRight DenyAccess")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::ReviewPage));
    QCOMPARE(wizard->findChild<QListWidget*>(QStringLiteral("planList"))->count(), 1); // the policy only
    wizard->button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ScopeAppWizard::TestPage), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isTesting() && wizard->memberCard()->hasCheck()
                                 && wizard->nonMemberCard()->hasCheck() && wizard->memberCard()->check().exchangeAsked
                                 && wizard->nonMemberCard()->check().exchangeAsked,
                             20000);
    const MailboxAccessCheck member = wizard->memberCard()->check();
    const MailboxAccessCheck outsider = wizard->nonMemberCard()->check();
    QVERIFY(member.isMember());
    QCOMPARE(member.exchange.accessCheckResult, QStringLiteral("Denied"));
    QVERIFY(!member.local.granted());
    QCOMPARE(member.local.rule, AccessDecision::Rule::DenyMatched);
    QVERIFY(!outsider.isMember());
    QCOMPARE(outsider.exchange.accessCheckResult, QStringLiteral("Granted"));
    QCOMPARE(outsider.local.rule, AccessDecision::Rule::DenyNotMatched);
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("propagationNote"))
                ->text()
                .contains(QStringLiteral("the group's mailboxes")));
    const QString token = appToken(southridge);
    HttpResult late;
    QTRY_VERIFY_WITH_TIMEOUT(
        (late = get(QStringLiteral("/v1.0/users/%1/calendar/events").arg(member.mailbox.primarySmtpAddress), token))
                .status
            == 403,
        10000);
    QCOMPARE(
        get(QStringLiteral("/v1.0/users/%1/calendar/events").arg(outsider.mailbox.primarySmtpAddress), token).status,
        200);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!m_view->wizard());
}

void TestAccessGui::wizardOffersRollbackAfterAPartialFailure()
{
    // Exchange keeps about 15 KB of policies: a description that long makes New-ApplicationAccessPolicy fail after
    // the group was created and the member added. The wizard's results offer to undo what was made.
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 20000);
    QVERIFY(selectApp(BackupAppId));
    m_view->openScopeWizard();
    ScopeAppWizard* wizard = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((wizard = m_view->wizard()) && wizard->isVisible(), 10000);
    wizard->next();
    auto* groups = wizard->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 3, 10000);
    wizard->findChild<QRadioButton*>(QStringLiteral("createGroup"))->click();
    wizard->findChild<QLineEdit*>(QStringLiteral("newGroupName"))->setText(QStringLiteral("Rollback Pilot"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::MembersPage));
    auto* memberEdit = wizard->findChild<QLineEdit*>(QStringLiteral("memberEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(memberEdit->completer() != nullptr, 10000);
    memberEdit->setText(Member);
    wizard->findChild<QPushButton*>(QStringLiteral("addMember"))->click();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::AccessPage));
    wizard->findChild<QLineEdit*>(QStringLiteral("description"))->setText(QString(15000, QLatin1Char('x')));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::ReviewPage));
    const int entriesBefore = int(m_controller->journal()->entries().size());
    wizard->button(QWizard::CommitButton)->click();

    // Two writes made, the policy refused: the results say so and offer the way back.
    auto* result = waitForWidget<QDialog>(QStringLiteral("exchangeExecutionResultDialog"));
    QVERIFY(result);
    QCOMPARE(result->parentWidget(), wizard);
    auto* summary = result->findChild<QLabel*>(QStringLiteral("executionSummary"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("2 succeeded, 1 failed")), qPrintable(summary->text()));
    auto* rows = result->findChild<QTreeWidget*>(QStringLiteral("executionResults"));
    QCOMPARE(rows->topLevelItemCount(), 3);
    QVERIFY2(rows->topLevelItem(2)->text(2).contains(QStringLiteral("exceeded the limit")),
             qPrintable(rows->topLevelItem(2)->text(2)));
    QCOMPARE(wizard->currentId(), int(ScopeAppWizard::ReviewPage));
    QVERIFY(!wizard->isExecuted());
    auto* status = wizard->findChild<QLabel*>(QStringLiteral("runStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("rolled back now")), qPrintable(status->text()));
    QCOMPARE(groupMembers(QStringLiteral("Rollback Pilot")), QStringList {Member});
    auto* rollback = result->findChild<QPushButton*>(QStringLiteral("rollbackButton"));
    QVERIFY(rollback && rollback->isVisible());
    saveScreenshot(result, QStringLiteral("access-wizard-partial-failure.png"));
    rollback->click();

    // The rollback is previewed like any change: the member leaves, the new group stays (with how to remove it).
    auto* preview = waitForWidget<QDialog>(QStringLiteral("exchangePlanPreviewDialog"));
    QVERIFY(preview);
    auto* changes = preview->findChild<QTreeWidget*>(QStringLiteral("planOperations"));
    QCOMPARE(changes->topLevelItem(0)->text(1), QStringLiteral("Remove %1 from \"Rollback Pilot\"").arg(Member));
    QVERIFY2(changes->topLevelItem(1)->text(1).contains(QStringLiteral("ConsentDesk does not delete groups")),
             qPrintable(changes->topLevelItem(1)->text(1)));
    QCOMPARE(groupMembers(QStringLiteral("Rollback Pilot")), QStringList {Member}); // nothing sent yet
    saveScreenshot(preview, QStringLiteral("access-wizard-rollback-preview.png"));
    preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))->click();

    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Rolled back")), 20000);
    QVERIFY2(status->text().contains(QStringLiteral("Remove-DistributionGroup")), qPrintable(status->text()));
    QVERIFY(groupMembers(QStringLiteral("Rollback Pilot")).isEmpty());
    auto* undone = waitForWidget<QDialog>(QStringLiteral("exchangeExecutionResultDialog"));
    QVERIFY(undone);
    QCOMPARE(undone->windowTitle(), QStringLiteral("Done"));
    QVERIFY(!undone->findChild<QPushButton*>(QStringLiteral("rollbackButton"))); // a rollback is not rolled back
    undone->accept();

    // Journaled: the three attempts, then the removal linked to the addition it undoes.
    const QList<JournalEntry> entries = m_controller->journal()->entries().mid(entriesBefore);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(1).action, QStringLiteral("exchange.groupMember.add"));
    QCOMPARE(entries.at(2).outcome, JournalEntry::Outcome::Failed);
    QCOMPARE(entries.at(3).action, QStringLiteral("exchange.groupMember.remove"));
    QCOMPARE(entries.at(3).restoresEntryId, entries.at(1).id);
    QCOMPARE(entries.at(3).outcome, JournalEntry::Outcome::Succeeded);

    wizard->button(QWizard::CancelButton)->click();
    QTRY_VERIFY(!m_view->wizard());
}

void TestAccessGui::withoutAnExchangeRoleTheViewSaysWhy()
{
    // A Cloud Application Administrator has no Exchange role: Exchange answers 403 without a body. The apps still
    // show (from Graph), the scoping says it is unknown, and the notice names the roles to ask for.
    m_controller.reset();
    m_controller = std::make_unique<AppController>(
        GuiTestSupport::demoOptions(m_dir, QStringLiteral("marcus.lindqvist@contoso.com"), QStringLiteral("-2")));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    m_window->resize(1280, 860);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
    m_view = m_controller->accessView();
    m_window->showView(QStringLiteral("access"));
    auto* apps = m_view->findChild<QTreeWidget*>(QStringLiteral("mailboxApps"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading() && apps->topLevelItemCount() > 0, 20000);
    auto* notice = m_view->findChild<QLabel*>(QStringLiteral("exchangeNotice"));
    QVERIFY2(notice->text().contains(QStringLiteral("Exchange Administrator")), qPrintable(notice->text()));
    QVERIFY(apps->topLevelItem(0)->text(2).startsWith(QStringLiteral("Unknown")));
    // Not knowing is not "every mailbox": the detail says unknown too.
    auto* policies = m_view->findChild<QTreeWidget*>(QStringLiteral("policyTree"));
    QTRY_VERIFY(policies->topLevelItemCount() == 1);
    QCOMPARE(policies->topLevelItem(0)->text(0), QStringLiteral("Unknown"));
    QVERIFY(!m_view->findChild<QLabel*>(QStringLiteral("accessAppFacts"))
                 ->text()
                 .contains(QStringLiteral("Every mailbox")));
    auto* scope = m_view->findChild<QPushButton*>(QStringLiteral("scopeApp"));
    QVERIFY(!scope->isEnabled());
    QVERIFY(!scope->toolTip().isEmpty());
    saveScreenshot(m_window, QStringLiteral("access-no-exchange-role.png"));
}

QTEST_MAIN(TestAccessGui)
#include "TestAccessGui.moc"
