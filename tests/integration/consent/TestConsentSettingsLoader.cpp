#include "ConsentTestHarness.h"
#include "async/Async.h"
#include "posture/PostureService.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "settings/ConsentSettingsLoader.h"

#include <QJsonArray>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

// ConsentSettingsLoader against the sandbox through ConsentDesk's own GraphClient: every part of the settings, the
// reviewers resolved (who can approve, who cannot and why), and a reader whose token lacks a part.
class TestConsentSettingsLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void readsEverything();
    void reviewersWhoCannotApprove();
    void onWithoutReviewers();
    void globalReaderReadsIt();
    void partsFailOnTheirOwn();
    void destroyedMidLoadAnswersNobody();
    void postureReadDestroyedMidReadAnswersNobody();

private:
    ConsentSettings load();
    void setReviewers(const QJsonArray& queries, bool enabled = true);
    QJsonObject reviewer(const QString& query) const
    {
        return {{QStringLiteral("query"), query},
                {QStringLiteral("queryType"), QStringLiteral("MicrosoftGraph")},
                {QStringLiteral("queryRoot"), QJsonValue::Null}};
    }
    QString user(const QString& name)
    {
        return QStringLiteral("/users/") + m_h.env().userId(name + QStringLiteral("@mini.onmicrosoft.com"));
    }

    ConsentTestHarness m_h;
};

void TestConsentSettingsLoader::initTestCase()
{
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestConsentSettingsLoader::init()
{
    QVERIFY(m_h.env().server().reset());
    m_h.signInAs(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
}

ConsentSettings TestConsentSettingsLoader::load()
{
    ConsentSettingsLoader loader(&m_h.client());
    ConsentSettings result;
    bool done = false;
    Async::then(loader.load(), &loader, [&](const ConsentSettings& s) {
        result = s;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

void TestConsentSettingsLoader::setReviewers(const QJsonArray& queries, bool enabled)
{
    TenantStore& store = m_h.env().server().store();
    QJsonObject policy = store.policy(QStringLiteral("adminConsentRequestPolicy"));
    policy.insert(QStringLiteral("reviewers"), queries);
    policy.insert(QStringLiteral("isEnabled"), enabled);
    store.setPolicy(QStringLiteral("adminConsentRequestPolicy"), policy);
}

void TestConsentSettingsLoader::readsEverything()
{
    const ConsentSettings s = load();
    QVERIFY2(!s.hasErrors(), qPrintable(s.workflowError.summary() + s.authorizationError.summary()));
    QVERIFY(s.workflow.enabled);
    QCOMPARE(s.workflow.version, 1);
    QCOMPARE(s.workflow.requestDurationInDays, 30);
    QCOMPARE(s.workflow.reviewers.size(), 3);
    // Carlos holds Cloud Application Administrator; the Consent Reviewers group has only a Helpdesk Administrator;
    // the Global Administrator role has Grace.
    const WorkflowReviewer& carlos = s.workflow.reviewers.at(0);
    QCOMPARE(carlos.parsed.type, ReviewerQuery::Type::User);
    QCOMPARE(carlos.displayName, QStringLiteral("Carlos Appadmin"));
    QVERIFY(carlos.canApprove());
    const WorkflowReviewer& group = s.workflow.reviewers.at(1);
    QCOMPARE(group.parsed.type, ReviewerQuery::Type::Group);
    QCOMPARE(group.displayName, QStringLiteral("Consent Reviewers"));
    QCOMPARE(group.approvers, 0);
    QVERIFY(group.problem.contains(QLatin1String("role")));
    const WorkflowReviewer& role = s.workflow.reviewers.at(2);
    QCOMPARE(role.parsed.type, ReviewerQuery::Type::Role);
    QCOMPARE(role.displayName, QStringLiteral("Global Administrator"));
    QCOMPARE(role.approvers, 1);
    QVERIFY(!s.workflow.noReviewerCanAct());
    QVERIFY(s.workflow.reviewerWarning().isEmpty());

    QCOMPARE(s.userConsent.option, UserConsentSetting::Option::Low);
    QCOMPARE(UserConsentSetting::ownedResourcePolicyIds(s.permissionGrantPoliciesAssigned),
             QStringList {QStringLiteral("microsoft-dynamically-managed-permissions-for-team")});
    QCOMPARE(s.policies.size(), 2);
    QCOMPARE(s.userConsentPolicies().size(), 1);
    QCOMPARE(s.userConsentPolicies().first().includes.first().permissionClassification, QStringLiteral("low"));
    QCOMPARE(s.graphServicePrincipalId, QStringLiteral("11dd7a28-1b82-59f6-8180-76af93b6b1c6"));
    QStringList low;
    for (const auto& c : s.lowImpact()) {
        low << c.permissionName;
    }
    low.sort();
    QCOMPARE(low,
             (QStringList {QStringLiteral("User.Read"),
                           QStringLiteral("email"),
                           QStringLiteral("offline_access"),
                           QStringLiteral("openid"),
                           QStringLiteral("profile")}));

    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("userConsent")).toObject().value(QStringLiteral("setting")).toString(),
             QStringLiteral("low"));
    QCOMPARE(json.value(QStringLiteral("adminConsentWorkflow")).toObject().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("lowImpactPermissions")).toArray().size(), 5);
}

void TestConsentSettingsLoader::reviewersWhoCannotApprove()
{
    // A disabled user, a user without a role, a role that may not approve, a user who no longer exists, a query
    // ConsentDesk does not understand: on, and nobody can act.
    setReviewers({reviewer(user(QStringLiteral("jon.smithers"))),
                  reviewer(user(QStringLiteral("alex.wilber"))),
                  reviewer(QStringLiteral("/beta/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq "
                                          "'f2ef992c-3afb-46b9-b7cf-a126ee74c451'")),
                  reviewer(QStringLiteral("/users/00000000-0000-4000-8000-00000000dead")),
                  reviewer(QStringLiteral("/servicePrincipals/11dd7a28-1b82-59f6-8180-76af93b6b1c6"))});
    ConsentSettings s = load();
    QCOMPARE(s.workflow.reviewers.size(), 5);
    for (const auto& r : s.workflow.reviewers) {
        QVERIFY2(r.resolved, qPrintable(r.query()));
        QCOMPARE(r.approvers, 0);
        QVERIFY2(!r.problem.isEmpty(), qPrintable(r.query()));
    }
    QVERIFY(s.workflow.reviewers.at(0).problem.contains(QLatin1String("disabled")));
    QCOMPARE(s.workflow.reviewers.at(2).displayName, QStringLiteral("Global Reader"));
    QVERIFY(s.workflow.noReviewerCanAct());
    QVERIFY(!s.workflow.reviewerWarning().isEmpty());
    QVERIFY(!s.toJson()
                 .value(QStringLiteral("adminConsentWorkflow"))
                 .toObject()
                 .value(QStringLiteral("warning"))
                 .toString()
                 .isEmpty());

    // The same reviewers with the workflow off: nothing to warn about. With one approver more: fine.
    setReviewers({reviewer(user(QStringLiteral("jon.smithers"))), reviewer(user(QStringLiteral("amara.appadmin")))});
    s = load();
    QVERIFY(!s.workflow.noReviewerCanAct());
    QCOMPARE(s.workflow.reviewers.at(1).approvers, 1);
    // A directoryRoles/{objectId} reviewer is the role behind it.
    setReviewers({reviewer(QStringLiteral("/directoryRoles/6abf7224-2a31-576e-a604-20ef378fc9dc"))});
    s = load();
    QCOMPARE(s.workflow.reviewers.first().roleTemplateId, QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7"));
    QCOMPARE(s.workflow.reviewers.first().displayName, QStringLiteral("Cloud Application Administrator"));
    QCOMPARE(s.workflow.reviewers.first().approvers, 1);
}

void TestConsentSettingsLoader::onWithoutReviewers()
{
    setReviewers({});
    const ConsentSettings s = load();
    QVERIFY(s.workflow.enabled);
    QVERIFY(s.workflow.reviewers.isEmpty());
    QVERIFY(s.workflow.noReviewerCanAct());
    QVERIFY(s.workflow.reviewerWarning().contains(QLatin1String("no reviewers")));
}

void TestConsentSettingsLoader::globalReaderReadsIt()
{
    m_h.signInAs(QStringLiteral("gil.reader@mini.onmicrosoft.com"));
    const ConsentSettings s = load();
    QVERIFY2(!s.hasErrors(), qPrintable(s.workflowError.summary()));
    QCOMPARE(s.workflow.reviewers.size(), 3);
    QVERIFY(s.workflow.reviewers.first().canApprove());
}

void TestConsentSettingsLoader::partsFailOnTheirOwn()
{
    // A token without Policy.Read.All or Directory.Read.All: the policies fail (403), Microsoft Graph's classifications
    // still read.
    QStringList scopes = SandboxTestEnvironment::adminScopes();
    scopes.removeAll(QStringLiteral("Policy.Read.All"));
    scopes.removeAll(QStringLiteral("Policy.ReadWrite.ConsentRequest"));
    scopes.removeAll(QStringLiteral("Policy.ReadWrite.Authorization"));
    scopes.removeAll(QStringLiteral("Directory.Read.All")); // reads the workflow policy too
    const QString token = m_h.env().tokenWithRoles(QStringLiteral("grace.admin@mini.onmicrosoft.com"),
                                                   {QStringLiteral("62e90394-69f5-4237-9190-012177145e10")},
                                                   scopes);
    StaticTokenProvider tokens;
    tokens.setToken(TokenResource::Graph, token.toLatin1());
    GraphClient client;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    client.setNetworkAccessManager(&network);
    GraphClient::Endpoints endpoints;
    endpoints.graph = m_h.env().baseUrl();
    endpoints.tenant = m_h.tenantId();
    client.setEndpoints(endpoints);
    client.setTokenProvider(&tokens);
    ConsentSettingsLoader loader(&client);
    ConsentSettings s;
    bool done = false;
    Async::then(loader.load(), &loader, [&](const ConsentSettings& result) {
        s = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(s.workflowError.httpStatus, 403);
    QCOMPARE(s.authorizationError.httpStatus, 403);
    QVERIFY(!s.classificationsError.isError());
    QCOMPARE(s.lowImpact().size(), 5);
    QVERIFY(
        s.toJson().value(QStringLiteral("adminConsentWorkflow")).toObject().value(QStringLiteral("error")).isString());
    QVERIFY(s.toJson().value(QStringLiteral("userConsent")).toObject().value(QStringLiteral("setting")).isNull());
}

// load() gathers its reads (and the reviewers' reads behind the workflow) as futures continued on the loader:
// destroyed at any point of the read, its future is cancelled and nobody is called with part of the settings.
void TestConsentSettingsLoader::destroyedMidLoadAnswersNobody()
{
    int cancelled = 0;
    for (const int waitMs : {0, 5, 15, 40}) {
        auto* loader = new ConsentSettingsLoader(&m_h.client());
        QFuture<ConsentSettings> future = loader->load();
        QFuture<AdminConsentWorkflow> workflow = loader->loadWorkflow();
        bool called = false;
        QObject context;
        Async::then(future, &context, [&called](const ConsentSettings&) { called = true; });
        if (waitMs > 0) {
            QTest::qWait(waitMs);
        }
        const bool finished = future.isFinished();
        delete loader;
        if (finished) {
            QVERIFY(called); // answered whole before the loader went
            continue;
        }
        ++cancelled;
        QTRY_VERIFY_WITH_TIMEOUT(future.isCanceled(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(workflow.isFinished(), 5000);
        QTest::qWait(200); // the replies still under way arrive and find nothing freed
        QVERIFY2(!called, qPrintable(QStringLiteral("called after %1 ms").arg(waitMs)));
    }
    QVERIFY(cancelled > 0);
    // A loader that lives answers with every part.
    const ConsentSettings s = load();
    QVERIFY(!s.workflowError.isError());
    QVERIFY(!s.workflow.reviewers.isEmpty());
    QVERIFY(!s.policies.isEmpty());
}

// PostureService gathers these settings with three more reads the same way (parts filled once all are in):
// destroyed mid-read, its future is cancelled; alive, it answers with the settings among its inputs.
void TestConsentSettingsLoader::postureReadDestroyedMidReadAnswersNobody()
{
    for (const int waitMs : {0, 10}) {
        auto* service = new PostureService(&m_h.client(), &m_h.cache(), nullptr);
        QFuture<PostureInputs> future = service->read();
        bool called = false;
        QObject context;
        Async::then(future, &context, [&called](const PostureInputs&) { called = true; });
        if (waitMs > 0) {
            QTest::qWait(waitMs);
        }
        QVERIFY(!future.isFinished()); // several reads and lookups: not done in 10 ms
        delete service;
        QTRY_VERIFY_WITH_TIMEOUT(future.isCanceled(), 5000);
        QTest::qWait(200);
        QVERIFY2(!called, qPrintable(QStringLiteral("called after %1 ms").arg(waitMs)));
    }
    PostureService service(&m_h.client(), &m_h.cache(), nullptr);
    bool done = false;
    PostureInputs inputs;
    Async::then(service.read(), &service, [&](const PostureInputs& read) {
        inputs = read;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!inputs.settings.workflowError.isError());
    QVERIFY(!inputs.settings.workflow.reviewers.isEmpty());
    QVERIFY(!inputs.requestsError.isError());
    QVERIFY(!inputs.userConsentsError.isError());
}

QTEST_GUILESS_MAIN(TestConsentSettingsLoader)
#include "TestConsentSettingsLoader.moc"
