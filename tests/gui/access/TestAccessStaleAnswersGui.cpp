// Only the latest question may answer: the RBAC panel and the wizard's group page ask Exchange about what is on
// screen, and an answer about an app or a group the admin has since left must never show. A scripted Exchange
// (TestHttpServer) answers the earlier question late, after the later one; the widgets must keep the later answer.
#include "TestHttpServer.h"
#include "access/RbacPanel.h"
#include "access/ScopeAppWizard.h"
#include "access/scope/ScopeGroupPage.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/AccessPolicyModel.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/MailboxApp.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

const QString kSlowApp = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString kFastApp = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString kSentinelApp = QStringLiteral("33333333-3333-3333-3333-333333333333");
constexpr int kLateMs = 1200; // the earlier question's answer comes this much later
constexpr int kSentinelMs = 1800; // answered after the late one: once it is in, so is the late answer

struct Cmdlet
{
    QString name;
    QJsonObject parameters;
};

Cmdlet cmdletOf(const TestHttpServer::Request& request)
{
    const QJsonObject input
        = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("CmdletInput")).toObject();
    return {input.value(QStringLiteral("CmdletName")).toString(), input.value(QStringLiteral("Parameters")).toObject()};
}

TestHttpServer::Response rows(const QJsonArray& values, int delayMs = 0)
{
    TestHttpServer::Response r = TestHttpServer::Response::json(
        200, QJsonDocument(QJsonObject {{QStringLiteral("value"), values}}).toJson(QJsonDocument::Compact));
    r.delayMs = delayMs;
    return r;
}

QJsonObject assignment(const QString& name, const QString& role, const QString& app)
{
    return {{QStringLiteral("Name"), name}, {QStringLiteral("Role"), role}, {QStringLiteral("App"), app}};
}

QJsonObject group(const QString& name)
{
    return {{QStringLiteral("Name"), name},
            {QStringLiteral("DisplayName"), name},
            {QStringLiteral("Guid"), QString(name.toLower() + QStringLiteral("-guid"))},
            {QStringLiteral("PrimarySmtpAddress"), QString(name.toLower() + QStringLiteral("@contoso.com"))},
            {QStringLiteral("RecipientTypeDetails"), QStringLiteral("MailUniversalSecurityGroup")}};
}

QJsonObject member(const QString& displayName)
{
    return {{QStringLiteral("DisplayName"), displayName},
            {QStringLiteral("PrimarySmtpAddress"),
             QString(displayName.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@contoso.com"))},
            {QStringLiteral("RecipientTypeDetails"), QStringLiteral("UserMailbox")}};
}

MailboxApp app(const QString& appId, const QString& name)
{
    MailboxApp a;
    a.appId = appId;
    a.displayName = name;
    a.permissions = {QStringLiteral("Mail.Read")};
    return a;
}

QStringList column(QTreeWidget* tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        texts.append(tree->topLevelItem(i)->text(column));
    }
    return texts;
}

} // namespace

class TestAccessStaleAnswersGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rbacPanelKeepsTheAppOnScreen();
    void rbacTestKeepsTheMailboxAskedLast();
    void groupPageKeepsTheGroupChosenLast();

private:
    // An answer the sentinel read outlasts: once it is in, every earlier, slower answer is in too.
    void waitForTheLateAnswers();
    int requestsFor(const QString& cmdlet, const QString& parameter, const QString& value) const;

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<ExchangeAdminClient> m_exchange;
    StaticTokenProvider m_tokens {"graph-token", "exchange-token"};
};

void TestAccessStaleAnswersGui::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listenOnLoopback());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_graph = std::make_unique<GraphClient>();
    m_graph->setNetworkAccessManager(m_nam.get());
    m_graph->setEndpoints({m_server->baseUrl(), m_server->baseUrl(), QStringLiteral("contoso.onmicrosoft.com")});
    m_graph->setTokenProvider(&m_tokens);
    m_exchange = std::make_unique<ExchangeAdminClient>(m_graph.get());
    m_server->setHandler([](const TestHttpServer::Request& request) {
        const Cmdlet c = cmdletOf(request);
        const QString identity = c.parameters.value(QStringLiteral("Identity")).toString();
        const QString appId = c.parameters.value(QStringLiteral("App")).toString();
        if (c.name == QLatin1String("Get-ManagementRoleAssignment")) {
            if (appId == kSlowApp) {
                return rows(
                    {assignment(QStringLiteral("slow-assignment"), QStringLiteral("Application Mail.Read"), kSlowApp)},
                    kLateMs);
            }
            if (appId == kFastApp) {
                return rows({assignment(
                    QStringLiteral("fast-assignment"), QStringLiteral("Application Calendars.Read"), kFastApp)});
            }
            return rows({}, appId == kSentinelApp ? kSentinelMs : 0);
        }
        if (c.name == QLatin1String("Test-ServicePrincipalAuthorization")) {
            const bool slow = identity == kSlowApp;
            return rows({QJsonObject {{QStringLiteral("RoleName"),
                                       slow ? QStringLiteral("Slow role") : QStringLiteral("Fast role")},
                                      {QStringLiteral("GrantedPermissions"), QStringLiteral("Mail.Read")},
                                      {QStringLiteral("ScopeType"), QStringLiteral("CustomRecipientScope")},
                                      {QStringLiteral("InScope"), slow}}},
                        slow ? kLateMs : 0);
        }
        if (c.name == QLatin1String("Get-DistributionGroup")) {
            return rows({group(QStringLiteral("Alpha")), group(QStringLiteral("Beta"))});
        }
        if (c.name == QLatin1String("Get-DistributionGroupMember")) {
            if (identity == QLatin1String("Alpha")) {
                return rows({member(QStringLiteral("Adele Alpha"))}, kLateMs);
            }
            return rows({member(QStringLiteral("Bianca Beta"))});
        }
        return rows({}); // Get-ServicePrincipal, Get-ManagementScope, Get-Mailbox, Graph reads: nothing
    });
}

void TestAccessStaleAnswersGui::cleanup()
{
    m_exchange.reset();
    m_graph.reset();
    m_nam.reset();
    m_server.reset();
}

void TestAccessStaleAnswersGui::waitForTheLateAnswers()
{
    bool answered = false;
    m_exchange->getManagementRoleAssignments(
        kSentinelApp, this, [&answered](const QList<ManagementRoleAssignment>&, const GraphError&) {
            answered = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
}

int TestAccessStaleAnswersGui::requestsFor(const QString& cmdlet, const QString& parameter, const QString& value) const
{
    int count = 0;
    for (const auto& request : m_server->requests()) {
        const Cmdlet c = cmdletOf(request);
        if (c.name == cmdlet && c.parameters.value(parameter).toString() == value) {
            ++count;
        }
    }
    return count;
}

void TestAccessStaleAnswersGui::rbacPanelKeepsTheAppOnScreen()
{
    RbacPanel panel(m_exchange.get());
    panel.resize(900, 700);
    panel.show();
    auto* assignments = panel.findChild<QTreeWidget*>(QStringLiteral("roleAssignments"));
    QVERIFY(assignments);

    panel.setApp(app(kSlowApp, QStringLiteral("Slow App")), {}, {});
    QTRY_COMPARE_WITH_TIMEOUT(
        requestsFor(QStringLiteral("Get-ManagementRoleAssignment"), QStringLiteral("App"), kSlowApp), 1, 10000);
    panel.setApp(app(kFastApp, QStringLiteral("Fast App")), {}, {});
    QTRY_COMPARE_WITH_TIMEOUT(column(assignments, 3), QStringList {QStringLiteral("fast-assignment")}, 10000);

    waitForTheLateAnswers();
    // The slow app's assignments arrived after the fast app's: they are not what the admin is looking at.
    QCOMPARE(column(assignments, 0), QStringList {QStringLiteral("Application Calendars.Read")});
    QCOMPARE(column(assignments, 3), QStringList {QStringLiteral("fast-assignment")});
    QCOMPARE(panel.assignmentCount(), 1);
}

void TestAccessStaleAnswersGui::rbacTestKeepsTheMailboxAskedLast()
{
    RbacPanel panel(m_exchange.get());
    panel.resize(900, 700);
    panel.show();
    auto* authorization = panel.findChild<QTreeWidget*>(QStringLiteral("rbacAuthorization"));
    auto* status = panel.findChild<QLabel*>(QStringLiteral("rbacTestStatus"));
    QVERIFY(authorization);
    QVERIFY(status);

    panel.setApp(app(kSlowApp, QStringLiteral("Slow App")), {}, {});
    panel.testMailbox(QStringLiteral("adele@contoso.com"));
    QTRY_COMPARE_WITH_TIMEOUT(
        requestsFor(QStringLiteral("Test-ServicePrincipalAuthorization"), QStringLiteral("Identity"), kSlowApp),
        1,
        10000);
    // Another app chosen while Exchange still tests the first one: the first test's rows must not land here.
    panel.setApp(app(kFastApp, QStringLiteral("Fast App")), {}, {});
    panel.testMailbox(QStringLiteral("bianca@contoso.com"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Fast App")), 10000);

    waitForTheLateAnswers();
    QCOMPARE(column(authorization, 0), QStringList {QStringLiteral("Fast role")});
    QCOMPARE(status->text(), QStringLiteral("Through RBAC, Fast App does not reach bianca@contoso.com."));
}

void TestAccessStaleAnswersGui::groupPageKeepsTheGroupChosenLast()
{
    ServicePrincipalCache cache(m_graph.get());
    ScopeAppWizard::Services services;
    services.exchange = m_exchange.get();
    services.graph = m_graph.get();
    services.servicePrincipals = &cache;
    ScopeAppWizard wizard(services, {}, AccessPolicyModel(), QString());
    wizard.show();
    ScopeGroupPage* page = wizard.groupPage();
    auto* groups = page->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    auto* info = page->findChild<QLabel*>(QStringLiteral("groupInfo"));
    QVERIFY(groups);
    QVERIFY(info);

    // The groups come in sorted, Alpha first: its members are read, slowly.
    QTRY_COMPARE_WITH_TIMEOUT(groups->count(), 2, 10000);
    QCOMPARE(page->groupName(), QStringLiteral("Alpha"));
    QTRY_COMPARE_WITH_TIMEOUT(
        requestsFor(QStringLiteral("Get-DistributionGroupMember"), QStringLiteral("Identity"), QStringLiteral("Alpha")),
        1,
        10000);
    QCOMPARE(info->text(), QStringLiteral("Reading the members of Alpha…"));

    groups->setCurrentIndex(1);
    QCOMPARE(page->groupName(), QStringLiteral("Beta"));
    QTRY_VERIFY_WITH_TIMEOUT(info->text().contains(QStringLiteral("Bianca Beta")), 10000);
    QVERIFY2(info->text().startsWith(QStringLiteral("Beta has 1 member")), qPrintable(info->text()));

    waitForTheLateAnswers();
    // Alpha's members arrived last; the page still describes Beta, and the plan adds to Beta's members.
    QVERIFY2(info->text().startsWith(QStringLiteral("Beta has 1 member")), qPrintable(info->text()));
    QVERIFY2(info->text().endsWith(QStringLiteral(": Bianca Beta")), qPrintable(info->text()));
    QCOMPARE(page->currentMembers().size(), 1);
    QCOMPARE(page->currentMembers().first().displayName, QStringLiteral("Bianca Beta"));
}

QTEST_MAIN(TestAccessStaleAnswersGui)
#include "TestAccessStaleAnswersGui.moc"
