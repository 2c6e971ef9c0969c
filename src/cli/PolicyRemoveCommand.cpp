#include "PolicyRemoveCommand.h"

#include "CliContext.h"
#include "CliExchangePlanRunner.h"
#include "GrantsBackend.h"
#include "PolicyBackend.h"

#include "directory/ServicePrincipalCache.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"
#include "graph/ODataFilter.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

QString PolicyRemoveCommand::details() const
{
    return QStringLiteral(
        "IDENTITY is the policy's Identity as `policy list` prints it (<tenant>\\<appId>:<scope SID>;<scope GUID>;\n"
        "quote it: it holds a backslash and a semicolon). The policy is read first; then what changes — app, scope,\n"
        "access right — and the plan with its Exchange Online PowerShell (Remove-ApplicationAccessPolicy). Removing\n"
        "a RestrictAccess policy may let the app reach every mailbox again.\n"
        "--dry-run stops there. Otherwise the rules of the other write commands: confirmation (--yes, or \"y\" at a\n"
        "terminal), the policy as it was journaled before the removal is sent, one result line; `journal list`\n"
        "shows it (action exchange.accessPolicy.delete).\n"
        "\n"
        "Needs an Exchange role that may change policies (Exchange Administrator, Global Administrator, or the\n"
        "Organization Management role group).\n"
        "Exit codes: 0 removed (or --dry-run), 1 failure or you answered no, 2 usage or no --yes without a terminal,\n"
        "3 sign-in needed, 4 permission denied, 5 no such policy.");
}

QList<QCommandLineOption> PolicyRemoveCommand::options() const
{
    return {
        {QStringLiteral("dry-run"), QStringLiteral("Show the plan and the PowerShell equivalent; change nothing.")},
    };
}

void PolicyRemoveCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty()) {
        context.printError(QStringLiteral("Name exactly one policy: consentdesk-cli policy remove IDENTITY (policy "
                                          "list prints the identities)."));
        done(ExitCode::Usage);
        return;
    }
    const QString identity = args.first().trimmed();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    auto* backend = new PolicyBackend(context);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    auto notFound = [&context, identity, finish] {
        context.printError(
            QStringLiteral("No application access policy '%1'. Nothing was changed.").arg(identity.left(200)),
            QStringLiteral("consentdesk-cli policy list prints the identities of the policies."));
        finish(ExitCode::NotFound);
    };
    backend->exchange()->getApplicationAccessPolicies(
        backend,
        [&context, backend, identity, dryRun, finish, notFound](const QList<ApplicationAccessPolicy>& rows,
                                                                const GraphError& error) {
            if (error.kind == GraphError::Kind::NotFound || (!error && rows.isEmpty())) {
                notFound();
                return;
            }
            if (error) {
                finish(PolicyBackend::reportError(context, QStringLiteral("read the policy"), error));
                return;
            }
            const ApplicationAccessPolicy policy = rows.first();
            const auto key = ServicePrincipalCache::Key::byAppId(policy.appId);
            auto plan = [&context, backend, policy, dryRun, finish](const QString& appName) {
                const PolicyBackend::App app {policy.appId, {}, appName};
                if (context.settings().format == TableWriter::Format::Table) {
                    context.out() << "Policy:      " << policy.identity << '\n'
                                  << "App:         " << app.label() << '\n'
                                  << "Scope:       " << policy.scopeName << '\n'
                                  << "AccessRight: " << ApplicationAccessPolicy::accessRightName(policy.accessRight)
                                  << '\n';
                    if (!policy.description.isEmpty()) {
                        context.out() << "Description: " << policy.description << '\n';
                    }
                    context.out() << '\n';
                }
                ExchangePlan plan = ExchangePlanner::removePolicy(policy);
                if (!appName.isEmpty()) {
                    // People (and the journal's summary) know the app by its name.
                    plan.title.replace(policy.appId, appName);
                    for (auto& op : plan.operations) {
                        op.summary.replace(policy.appId, appName);
                    }
                }
                CliExchangePlanRunner::Options options;
                options.dryRun = dryRun;
                options.printJson = false; // the result names the policy as it was
                auto* runner = new CliExchangePlanRunner(context, backend->exchange(), backend);
                runner->run(plan,
                            options,
                            [&context, runner, policy, app, finish](ExitCode code, const ExchangeExecution& execution) {
                                if (context.settings().format == TableWriter::Format::Json
                                    && !execution.operationId.isEmpty()) {
                                    QJsonObject json = runner->executionJson(execution);
                                    json.insert(QStringLiteral("policy"), policy.toJson());
                                    json.insert(QStringLiteral("appDisplayName"), app.displayName);
                                    context.out()
                                        << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
                                    context.out().flush();
                                }
                                finish(code);
                            });
            };
            if (!ODataFilter::isGuid(policy.appId)) {
                plan({});
                return;
            }
            backend->grants()->cache()->resolve({key}, backend, [key, plan](const auto& result) {
                const auto sp = result.get(key);
                plan(sp ? sp->displayName : QString()); // the name is a courtesy: the policy is what matters
            });
        },
        identity);
}
