#include "ExchangeSandboxKit.h"
#include "async/Async.h"
#include "consent/Journal.h"
#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/AccessPolicyLoader.h"
#include "exchange/AccessPolicyState.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangeMailboxScopeProvider.h"
#include "exchange/ExchangePlanner.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"
#include "pipeline/WriteRunner.h"
#include "sandbox/SandboxStats.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ExchangeSandboxKit;

Q_DECLARE_METATYPE(AccessPolicyModel)

class TestExchangeClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestEnvironment> m_env;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<ExchangeAdminClient> m_exchange;

    void signIn(const QString& upn)
    {
        m_tokens->setToken(TokenResource::Graph, m_env->token(upn).toLatin1());
        m_tokens->setToken(TokenResource::Exchange, m_env->exchangeToken(upn).toLatin1());
    }

    // Runs one typed call to completion with the event loop.
    template<class T, class Call> QPair<QList<T>, GraphError> wait(Call call)
    {
        bool done = false;
        QPair<QList<T>, GraphError> out;
        call([&](const QList<T>& rows, const GraphError& error) {
            out = {rows, error};
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }
    // Runs a plan through the write pipeline to its end with the event loop.
    static bool ran(const QFuture<WriteRun>& run)
    {
        return QTest::qWaitFor([&] { return run.isFinished(); }, 10000);
    }
    // A write sent as is (the pipeline's tests cover journaling; these cover the client and Exchange's answers).
    GraphError send(const QString& cmdlet, const QJsonObject& parameters)
    {
        return waitDone([&](auto cb) {
            m_exchange->invoke(cmdlet, parameters, this, [cb](const QJsonArray&, const GraphError& e) { cb(e); });
        });
    }
    template<class Call> GraphError waitDone(Call call)
    {
        bool done = false;
        GraphError out;
        call([&](const GraphError& error) {
            out = error;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }
    QString test(const QString& appId, const QString& mailbox)
    {
        const auto r = wait<AccessPolicyTestResult>(
            [&](auto cb) { m_exchange->testApplicationAccessPolicy(mailbox, appId, this, cb); });
        return r.second ? r.second.message : r.first.value(0).accessCheckResult;
    }
    AccessPolicyModel load()
    {
        AccessPolicyLoader loader(m_exchange.get(), m_graph.get());
        int answers = 0;
        AccessPolicyModel model;
        Async::then(loader.load(), this, [&](const AccessPolicyLoader::Loaded& loaded) {
            ++answers;
            model = loaded.model;
        });
        [&] { QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 10000); }();
        return model;
    }

private slots:
    void initTestCase() { qRegisterMetaType<AccessPolicyModel>(); }

    void init()
    {
        m_env = std::make_unique<SandboxTestEnvironment>(demoOptions());
        QString error;
        QVERIFY2(m_env->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_tokens = std::make_unique<StaticTokenProvider>();
        m_graph = std::make_unique<GraphClient>();
        m_graph->setNetworkAccessManager(m_nam.get());
        m_graph->setTokenProvider(m_tokens.get());
        m_graph->setEndpoints({m_env->baseUrl(), m_env->baseUrl(), m_env->server().store().tenantId()});
        m_exchange = std::make_unique<ExchangeAdminClient>(m_graph.get());
        signIn(kExchangeAdmin);
    }
    void cleanup()
    {
        m_exchange.reset();
        m_graph.reset();
        m_tokens.reset();
        m_nam.reset();
        m_env.reset();
    }

    void typedReadsAndPaging()
    {
        const auto policies
            = wait<ApplicationAccessPolicy>([&](auto cb) { m_exchange->getApplicationAccessPolicies(this, cb); });
        QVERIFY(!policies.second);
        QCOMPARE(policies.first.size(), 1);
        QCOMPARE(policies.first.first().appId, kCrmApp);
        QCOMPARE(policies.first.first().accessRight, ApplicationAccessPolicy::AccessRight::RestrictAccess);
        QVERIFY(!policies.first.first().scopeGuid().isEmpty());
        // Small pages: the transport follows @odata.nextLink with GET and the client sees every row.
        QCOMPARE(
            m_env->post(QStringLiteral("/_sandbox/exchange/settings"), QString(), {{QStringLiteral("pageSize"), 6}})
                .status,
            200);
        const auto mailboxes = wait<ExchangeRecipient>([&](auto cb) { m_exchange->getMailboxes(this, cb); });
        QVERIFY(!mailboxes.second);
        QCOMPARE(mailboxes.first.size(),
                 m_env->server().store().exchange().value(QStringLiteral("mailboxes")).toArray().size());
        const auto groups = wait<ExchangeRecipient>([&](auto cb) { m_exchange->getDistributionGroups(this, cb); });
        QVERIFY(groups.first.size() >= 3);
        QVERIFY(groups.first.first().isMailEnabledSecurityGroup());
        QCOMPARE(test(kCrmApp, kMember), QStringLiteral("Granted"));
        QCOMPARE(test(kCrmApp, kNonMember), QStringLiteral("Denied"));
    }

    void errorsAreDecoded()
    {
        // "Invalid Operation" becomes the cmdlet's own text; the kind follows the status.
        const auto r = wait<ApplicationAccessPolicy>([&](auto cb) {
            m_exchange->invoke(QStringLiteral("New-ApplicationAccessPolicy"),
                               {{QStringLiteral("AppId"), kCrmApp},
                                {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("no-such-group")},
                                {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")}},
                               this,
                               [cb](const QJsonArray&, const GraphError& error) { cb({}, error); });
        });
        QCOMPARE(r.second.kind, GraphError::Kind::NotFound);
        QVERIFY2(r.second.message.contains(QStringLiteral("couldn't be found")), qPrintable(r.second.message));
        QVERIFY(!r.second.message.contains(QStringLiteral("Invalid Operation")));
        QVERIFY(!r.second.message.contains(QLatin1Char('|')));
        // The non-JSON 403: a clear PermissionDenied naming the role.
        signIn(kAppAdmin);
        const auto denied
            = wait<ApplicationAccessPolicy>([&](auto cb) { m_exchange->getApplicationAccessPolicies(this, cb); });
        QCOMPARE(denied.second.kind, GraphError::Kind::PermissionDenied);
        QVERIFY(denied.second.message.contains(QStringLiteral("Exchange Administrator")));
        QVERIFY(denied.second.message.contains(QStringLiteral("Get-ApplicationAccessPolicy")));
    }

    void localEvaluatorAgreesWithExchange()
    {
        const AccessPolicyModel model = load();
        QCOMPARE(model.policies.size(), 1);
        QVERIFY(!model.policies.first().scopeObjectId.isEmpty());
        const QHash<QString, QString> ids {{kMember, m_env->userId(kMember)},
                                           {kNestedMember, m_env->userId(kNestedMember)},
                                           {kNonMember, m_env->userId(kNonMember)},
                                           {kExecutive, m_env->userId(kExecutive)}};
        for (const auto& app : {kCrmApp, kBackupApp}) {
            for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
                const AccessDecision local = AccessPolicyEvaluator::evaluate(model, app, it.value());
                QCOMPARE(local.resultName(), test(app, it.key()));
            }
        }
        const AccessDecision nested = AccessPolicyEvaluator::evaluate(model, kCrmApp, ids.value(kNestedMember));
        QCOMPARE(nested.rule, AccessDecision::Rule::RestrictMatched);
        QCOMPARE(nested.policies.first().path.size(), 3);
        QCOMPARE(nested.policies.first().path.at(1), QStringLiteral("Sales Operations"));
        QVERIFY(nested.warnings.isEmpty());
    }

    void mailboxScopeProvider()
    {
        AccessPolicyState policies(m_exchange.get(), m_graph.get());
        ExchangeMailboxScopeProvider provider(&policies);
        auto ask = [&](const QString& app, const QString& upn) {
            User user;
            user.id = m_env->userId(upn);
            user.userPrincipalName = upn;
            bool done = false;
            MailboxScopeProvider::Scope scope = MailboxScopeProvider::Scope::NotChecked;
            Async::then(provider.evaluate(app, user), this, [&](const MailboxScopeProvider::Answer& answer) {
                scope = answer.scope;
                done = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
            return scope;
        };
        QCOMPARE(ask(kCrmApp, kMember), MailboxScopeProvider::Scope::InScope);
        QCOMPARE(ask(kCrmApp, kNonMember), MailboxScopeProvider::Scope::OutOfScope);
        QCOMPARE(ask(kBackupApp, kNonMember), MailboxScopeProvider::Scope::Unrestricted);
    }

    // One read of the policies serves everyone who asks meanwhile; it is kept until a write marks it stale, and a
    // read that was under way when that happened is repeated before it answers.
    void accessPolicyStateSharesAndRereads()
    {
        auto requests
            = [this] { return m_env->server().stats().toJson().value(QStringLiteral("requests")).toInteger(); };
        auto wait = [](QFuture<AccessPolicyState::Snapshot> future) {
            [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000); }();
            return future.result();
        };
        AccessPolicyState policies(m_exchange.get(), m_graph.get());
        qint64 before = requests();
        QFuture<AccessPolicyState::Snapshot> first = policies.policies();
        QFuture<AccessPolicyState::Snapshot> second = policies.policies();
        QVERIFY(policies.isLoading());
        const AccessPolicyState::Snapshot answer = wait(first);
        QVERIFY2(!answer.error, qPrintable(answer.error.message));
        QVERIFY(!answer.model.policiesFor(kCrmApp).isEmpty());
        QVERIFY(wait(second).model.policiesFor(kCrmApp).size() == answer.model.policiesFor(kCrmApp).size());
        const qint64 oneRead = requests() - before;
        QVERIFY(oneRead > 0);

        // Kept: answered at once, without asking the tenant.
        before = requests();
        QFuture<AccessPolicyState::Snapshot> kept = policies.policies();
        QVERIFY(kept.isFinished());
        QCOMPARE(requests(), before);

        // Stale after a write: read again.
        policies.invalidate();
        QVERIFY(!policies.isLoaded());
        before = requests();
        QVERIFY(!wait(policies.policies()).error);
        QCOMPARE(requests() - before, oneRead);

        // Marked stale while reading: the answer comes from a second read, and only once.
        policies.invalidate();
        before = requests();
        QFuture<AccessPolicyState::Snapshot> during = policies.policies();
        policies.invalidate();
        QVERIFY(!wait(during).error);
        QCOMPARE(requests() - before, 2 * oneRead);
        QCOMPARE(during.resultCount(), 1);
    }

    // The loader gathers its nested group reads as futures: destroyed mid-read, its future is cancelled, nobody is
    // called with a partial model, and the answers still arriving find nothing freed.
    void loaderDestroyedMidReadAnswersNobody()
    {
        auto* loader = new AccessPolicyLoader(m_exchange.get(), m_graph.get());
        QFuture<AccessPolicyLoader::Loaded> future = loader->load();
        bool called = false;
        Async::then(future, this, [&called](const AccessPolicyLoader::Loaded&) { called = true; });
        QVERIFY(loader->isLoading());
        delete loader;
        QVERIFY(future.isCanceled());
        QTest::qWait(500);
        QVERIFY(!called);

        // A loader that lives answers once, with the nested groups read.
        QVERIFY(load().node(m_env->userId(kNestedMember)) != nullptr);
    }

    void writesAreJournaledBeforeSending()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open());
        WriteRunner executor({nullptr, m_exchange.get()}, &journal);
        const Actor actor {m_env->server().store().tenantId(), kExchangeAdmin, m_env->userId(kExchangeAdmin)};

        ExchangePlanner::ScopeAppRequest request;
        request.appId = kBackupApp;
        request.appDisplayName = QStringLiteral("Wide World Backup");
        request.group = QStringLiteral("Backup Scope");
        request.createGroup = true;
        request.addMembers = {kMember, kExecutive};
        request.description = QStringLiteral("Backups only for the pilot");
        QVERIFY(ran(executor.run(WritePlan::from(ExchangePlanner::scopeApp(request)), actor)));
        QVERIFY2(executor.current().allSucceeded(), qPrintable(executor.current().describe().join(QLatin1Char('\n'))));
        QCOMPARE(journal.entries().size(), 4);
        for (const auto& e : journal.entries()) {
            QCOMPARE(e.outcome, JournalEntry::Outcome::Succeeded);
            QCOMPARE(e.request.value(QStringLiteral("api")).toString(), QStringLiteral("exchange"));
            QVERIFY(!e.request.value(QStringLiteral("powerShell")).toString().isEmpty());
            QCOMPARE(e.operationId, executor.current().operationId);
        }
        QCOMPARE(journal.entries().last().action, QStringLiteral("exchange.accessPolicy.create"));
        QCOMPARE(test(kBackupApp, kMember), QStringLiteral("Granted"));
        QCOMPARE(test(kBackupApp, kNonMember), QStringLiteral("Denied"));

        // Removing the policy journals its full prior state.
        const auto created
            = ApplicationAccessPolicy::fromJson(executor.current().results.last().rows().first().toObject());
        QVERIFY(ran(executor.run(WritePlan::from(ExchangePlanner::removePolicy(created)), actor)));
        QVERIFY(executor.current().allSucceeded());
        const JournalEntry removal = journal.entries().last();
        QCOMPARE(removal.action, QStringLiteral("exchange.accessPolicy.delete"));
        QCOMPARE(removal.prior.value(QStringLiteral("Description")).toString(),
                 QStringLiteral("Backups only for the pilot"));
        QCOMPARE(test(kBackupApp, kNonMember), QStringLiteral("Granted"));

        // A failure stops the recipe: later steps are skipped and never sent.
        request.group = QStringLiteral("Backup Scope"); // exists now: New-DistributionGroup fails
        const int before = int(journal.entries().size());
        QVERIFY(ran(executor.run(WritePlan::from(ExchangePlanner::scopeApp(request)), actor)));
        QCOMPARE(executor.current().count(WriteRun::Result::Status::Failed), 1);
        QCOMPARE(executor.current().count(WriteRun::Result::Status::Skipped), 3);
        QCOMPARE(int(journal.entries().size()), before + 1);
        QCOMPARE(journal.entries().last().outcome, JournalEntry::Outcome::Failed);
    }

    void rbacPath()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open());
        WriteRunner executor({nullptr, m_exchange.get()}, &journal);
        const Actor actor;
        ExchangePlanner::RbacRequest request;
        request.appId = kTailspinApp;
        request.servicePrincipalObjectId = kTailspinSp;
        request.appDisplayName = QStringLiteral("Tailspin Projects");
        request.scopeName = QStringLiteral("CRM mailboxes");
        // MemberOfGroup takes the group's distinguished name, as Get-DistributionGroup gives it.
        const auto group = wait<ExchangeRecipient>(
            [&](auto cb) { m_exchange->getDistributionGroups(this, cb, QStringLiteral("CRM Mailbox Access")); });
        QCOMPARE(group.first.size(), 1);
        QVERIFY(group.first.first().distinguishedName.startsWith(QStringLiteral("CN=CRM Mailbox Access,")));
        request.recipientFilter = ExchangePlanner::rbacFilterForGroup(group.first.first().distinguishedName);
        request.createScope = true;
        QVERIFY(ran(executor.run(WritePlan::from(ExchangePlanner::grantRbac(request)), actor)));
        QVERIFY2(executor.current().allSucceeded(), qPrintable(executor.current().describe().join(QLatin1Char('\n'))));

        const auto assignments = wait<ManagementRoleAssignment>(
            [&](auto cb) { m_exchange->getManagementRoleAssignments(kTailspinApp, this, cb); });
        QCOMPARE(assignments.first.size(), 1);
        QCOMPARE(assignments.first.first().customResourceScope, QStringLiteral("CRM mailboxes"));
        const auto scopes = wait<ManagementScope>([&](auto cb) { m_exchange->getManagementScopes(this, cb); });
        QCOMPARE(scopes.first.size(), 1);
        auto authorize = [&](const QString& mailbox) {
            return wait<ServicePrincipalAuthorization>(
                [&](auto cb) { m_exchange->testServicePrincipalAuthorization(kTailspinApp, mailbox, this, cb); });
        };
        QCOMPARE(authorize(kMember).first.first().inScope, ServicePrincipalAuthorization::InScope::Yes);
        QCOMPARE(authorize(kNonMember).first.first().inScope, ServicePrincipalAuthorization::InScope::No);
        QCOMPARE(authorize(QString()).first.first().inScope, ServicePrincipalAuthorization::InScope::NotRun);
        QCOMPARE(authorize(kMember).first.first().grantedPermissions, QStringLiteral("Mail.Read"));

        QVERIFY(ran(
            executor.run(WritePlan::from(ExchangePlanner::removeRoleAssignment(assignments.first.first())), actor)));
        QVERIFY(executor.current().allSucceeded());
        QCOMPARE(journal.entries().last().prior.value(QStringLiteral("Role")).toString(),
                 QStringLiteral("Application Mail.Read"));
        QVERIFY(authorize(kMember).first.isEmpty());
    }

    void groupMembershipWrappers()
    {
        const QJsonObject member {{QStringLiteral("Identity"), QStringLiteral("Client Group")},
                                  {QStringLiteral("Member"), kExecutive}};
        QVERIFY(!send(QStringLiteral("New-DistributionGroup"),
                      {{QStringLiteral("Name"), QStringLiteral("Client Group")},
                       {QStringLiteral("Type"), QStringLiteral("Security")},
                       {QStringLiteral("Members"), QJsonArray {kMember}}}));
        const auto created = wait<ExchangeRecipient>(
            [&](auto cb) { m_exchange->getDistributionGroups(this, cb, QStringLiteral("Client Group")); });
        QVERIFY(!created.second);
        QVERIFY(created.first.first().isMailEnabledSecurityGroup());
        QVERIFY(!send(QStringLiteral("Add-DistributionGroupMember"), member));
        const GraphError again = send(QStringLiteral("Add-DistributionGroupMember"), member);
        QVERIFY(again.message.contains(QStringLiteral("already a member")));
        QCOMPARE(wait<ExchangeRecipient>([&](auto cb) {
                     m_exchange->getDistributionGroupMembers(QStringLiteral("Client Group"), this, cb);
                 }).first.size(),
                 2);
        QVERIFY(
            !send(QStringLiteral("Remove-DistributionGroupMember"),
                  {{QStringLiteral("Identity"), QStringLiteral("Client Group")}, {QStringLiteral("Member"), kMember}}));
        QCOMPARE(wait<ExchangeRecipient>([&](auto cb) {
                     m_exchange->getDistributionGroupMembers(QStringLiteral("Client Group"), this, cb);
                 }).first.size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestExchangeClient)
#include "TestExchangeClient.moc"
