// Fuzz target "exchange-response": Exchange Online's admin API (POST /adminapi/beta/{tenant}/InvokeCommand) as
// ConsentDesk decodes it. The input is a script of HTTP answers (tests/fuzz/support/ScriptedResponse.h) played to
// ExchangeAdminClient's read cmdlets in order — Get-ApplicationAccessPolicy, Get-DistributionGroup,
// Get-DistributionGroupMember, Get-Mailbox, Test-ApplicationAccessPolicy, Get-ManagementScope,
// Get-ManagementRoleAssignment, Test-ServicePrincipalAuthorization — with paging (@odata.nextLink), retries and
// Exchange's error shapes (ExchangeAdminClient::decode). What they return feeds the local policy evaluator
// (AccessPolicyModel/AccessPolicyEvaluator: every app against every mailbox, member paths, scope warnings), as the
// Mailbox access view does, and the plans built from them (remove/describe a policy, scope an app to a group, add
// members, the RBAC equivalent). Oracles besides the sanitizers: every call answers exactly once; requests and the
// Exchange token stay on the configured Exchange origin; generated PowerShell keeps its shape; an RBAC scope filter
// is one MemberOfGroup comparison with one literal.
#include "FuzzEnvironment.h"
#include "FuzzOracles.h"
#include "ScriptedNetworkAccessManager.h"
#include "ScriptedResponse.h"
#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/AccessPolicyModel.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QUrl kGraph(QStringLiteral("http://127.0.0.1:8080"));
const QUrl kExchange(QStringLiteral("http://127.0.0.1:8081"));

void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "exchange-response: %s: %s\n", what, qPrintable(detail.left(400)));
    std::abort();
}

struct Harness
{
    ScriptedNetworkAccessManager nam;
    StaticTokenProvider tokens {"fuzz-graph-token", "fuzz-exchange-token"};
    GraphClient client;
    ExchangeAdminClient exchange {&client};

    Harness()
    {
        client.setNetworkAccessManager(&nam);
        client.setTokenProvider(&tokens);
        client.setEndpoints({kGraph, kExchange, QStringLiteral("contoso.onmicrosoft.com")});
        RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelayMs = 1;
        policy.maxDelayMs = 2;
        policy.maxTotalWaitMs = 30;
        policy.jitter = 0;
        client.setRetryPolicy(policy);
    }
};

Harness* g_harness = nullptr;

// Runs one wrapper call; the callback must come exactly once.
template<class Call> void run(const char* cmdlet, Call call)
{
    int answers = 0;
    QObject context;
    call(&context, [&answers, cmdlet](const GraphError& error) {
        ++answers;
        ExchangeAdminClient::decode(QString::fromLatin1(cmdlet), error).summary();
    });
    FuzzEnvironment::runUntil([&answers] { return answers > 0; }, 10000, cmdlet);
    QCoreApplication::processEvents(); // a second answer would arrive now
    if (answers != 1) {
        fail("a cmdlet answered more than once", QString::fromLatin1(cmdlet));
    }
}

AccessPolicyModel::Node nodeFor(const ExchangeRecipient& r)
{
    AccessPolicyModel::Node node;
    node.id = r.externalDirectoryObjectId;
    node.displayName = r.displayName;
    node.kind = r.isGroup() ? AccessPolicyModel::Node::Kind::Group : AccessPolicyModel::Node::Kind::User;
    node.mailEnabled = true;
    node.securityEnabled = r.isMailEnabledSecurityGroup();
    return node;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 512 * 1024) {
        return -1;
    }
    FuzzEnvironment::init();
    if (!g_harness) {
        g_harness = new Harness;
    }
    g_harness->nam.setScript(
        ScriptedResponse::parseScript(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))));
    ExchangeAdminClient& exchange = g_harness->exchange;

    AccessPolicyModel model;
    QList<ExchangeRecipient> groups;
    QList<ExchangeRecipient> members;
    QList<ExchangeRecipient> mailboxes;
    run("Get-ApplicationAccessPolicy", [&](QObject* context, auto done) {
        exchange.getApplicationAccessPolicies(
            context, [&model, done](const QList<ApplicationAccessPolicy>& rows, const GraphError& e) {
                model.policies = rows;
                done(e);
            });
    });
    run("Get-DistributionGroup", [&](QObject* context, auto done) {
        exchange.getDistributionGroups(context,
                                       [&groups, done](const QList<ExchangeRecipient>& rows, const GraphError& e) {
                                           groups = rows;
                                           done(e);
                                       });
    });
    run("Get-DistributionGroupMember", [&](QObject* context, auto done) {
        exchange.getDistributionGroupMembers(
            groups.isEmpty() ? QStringLiteral("Sales") : groups.first().primarySmtpAddress,
            context,
            [&members, done](const QList<ExchangeRecipient>& rows, const GraphError& e) {
                members = rows;
                done(e);
            });
    });
    run("Get-Mailbox", [&](QObject* context, auto done) {
        exchange.getMailboxes(context, [&mailboxes, done](const QList<ExchangeRecipient>& rows, const GraphError& e) {
            mailboxes = rows;
            done(e);
        });
    });
    run("Test-ApplicationAccessPolicy", [&](QObject* context, auto done) {
        exchange.testApplicationAccessPolicy(
            QStringLiteral("adele@contoso.com"),
            QStringLiteral("6bf1bbc8-2a0f-4d23-9bc6-5f6a7e5a4e0b"),
            context,
            [done](const QList<AccessPolicyTestResult>&, const GraphError& e) { done(e); });
    });
    run("Get-ManagementScope", [&](QObject* context, auto done) {
        exchange.getManagementScopes(context, [done](const QList<ManagementScope>&, const GraphError& e) { done(e); });
    });
    run("Get-ManagementRoleAssignment", [&](QObject* context, auto done) {
        exchange.getManagementRoleAssignments(
            QStringLiteral("6bf1bbc8-2a0f-4d23-9bc6-5f6a7e5a4e0b"),
            context,
            [done](const QList<ManagementRoleAssignment>&, const GraphError& e) { done(e); });
    });
    run("Test-ServicePrincipalAuthorization", [&](QObject* context, auto done) {
        exchange.testServicePrincipalAuthorization(
            QStringLiteral("6bf1bbc8-2a0f-4d23-9bc6-5f6a7e5a4e0b"),
            QStringLiteral("adele@contoso.com"),
            context,
            [done](const QList<ServicePrincipalAuthorization>&, const GraphError& e) { done(e); });
    });

    for (const auto& s : g_harness->nam.sent()) {
        if (s.url.host() != kExchange.host() || s.url.port() != kExchange.port()
            || s.authorization != "Bearer fuzz-exchange-token") {
            fail("an Exchange request left the Exchange origin or carried another token", s.url.toString());
        }
    }

    // The Mailbox access view's reading of what Exchange said: groups with their members, every mailbox.
    for (const ExchangeRecipient& group : groups) {
        AccessPolicyModel::Node node = nodeFor(group);
        for (const ExchangeRecipient& member : members) {
            node.memberIds.append(member.externalDirectoryObjectId);
        }
        model.addNode(node);
    }
    for (const ExchangeRecipient& r : members + mailboxes) {
        if (!model.node(r.externalDirectoryObjectId)) {
            model.addNode(nodeFor(r));
        }
    }
    for (const ApplicationAccessPolicy& policy : model.policies) {
        AccessPolicyEvaluator::scopeWarnings(model, policy);
    }
    const QStringList apps = model.appIds();
    for (qsizetype a = 0; a < apps.size() && a < 8; ++a) {
        for (qsizetype m = 0; m < mailboxes.size() && m < 16; ++m) {
            AccessPolicyEvaluator::evaluate(model, apps.at(a), mailboxes.at(m).externalDirectoryObjectId);
        }
    }

    // The plans the Mailbox access view and `policy` commands build from these objects: their PowerShell keeps its
    // shape, and the RBAC scope filter is one MemberOfGroup comparison with one literal (no quote-like character
    // inside but the doubled ASCII one), whatever the group is called.
    for (const ApplicationAccessPolicy& policy : model.policies) {
        FuzzOracles::checkPowerShell(ExchangePlanner::removePolicy(policy).powerShellScript(), "removePolicy");
        FuzzOracles::checkPowerShell(
            ExchangePlanner::setPolicyDescription(policy, policy.description + QStringLiteral(" (reviewed)"))
                .powerShellScript(),
            "setPolicyDescription");
    }
    QStringList memberAddresses;
    for (const ExchangeRecipient& member : members) {
        memberAddresses.append(member.primarySmtpAddress);
    }
    for (const ExchangeRecipient& group : groups) {
        ExchangePlanner::ScopeAppRequest request;
        request.appId = apps.value(0, QStringLiteral("6bf1bbc8-2a0f-4d23-9bc6-5f6a7e5a4e0b"));
        request.appDisplayName = group.displayName;
        request.group = group.primarySmtpAddress;
        request.addMembers = memberAddresses;
        request.description = group.name;
        FuzzOracles::checkPowerShell(ExchangePlanner::scopeApp(request).powerShellScript(), "scopeApp");
        FuzzOracles::checkPowerShell(ExchangePlanner::addMembers(group.name, memberAddresses).powerShellScript(),
                                     "addMembers");
        const QString filter = ExchangePlanner::rbacFilterForGroup(group.distinguishedName);
        if (!filter.isEmpty()) {
            static const QRegularExpression one(QStringLiteral("^MemberOfGroup -eq '(?:[^'\\x{2018}\\x{2019}\\x{201A}"
                                                               "\\x{201B}\\x{201C}\\x{201D}\\x{201E}\\x{201F}\\x{2032}"
                                                               "\\x{2035}\\x{FF07}`\"]|'')*'$"));
            if (!one.match(filter).hasMatch()) {
                FuzzOracles::fail("an RBAC scope filter is not one MemberOfGroup literal", filter);
            }
            ExchangePlanner::RbacRequest rbac;
            rbac.appId = request.appId;
            rbac.servicePrincipalObjectId = group.externalDirectoryObjectId;
            rbac.appDisplayName = group.displayName;
            rbac.scopeName = group.name;
            rbac.recipientFilter = filter;
            rbac.createScope = true;
            FuzzOracles::checkPowerShell(ExchangePlanner::grantRbac(rbac).powerShellScript(), "grantRbac");
        }
    }
    return 0;
}
