#include "PolicyRemoveCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "GrantsBackend.h"
#include "PolicyBackend.h"

#include "consent/GrantInventory.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/MailboxScoping.h"
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
        "access right — and the plan with its Exchange Online PowerShell (Remove-ApplicationAccessPolicy). When it is\n"
        "the app's only RestrictAccess policy, the plan warns that the app reaches every mailbox again.\n"
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
            auto plan = [&context, backend, policy, dryRun, finish](const MailboxApp& holder,
                                                                    const QStringList& warnings) {
                const QString appName = holder.displayName;
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
                plan.warnings.append(warnings);
                CliPlanRunner::Options options;
                options.dryRun = dryRun;
                options.printJson = false; // the result names the policy as it was
                options.onPartialFailure = CliPlanRunner::OnPartialFailure::KeepMade;
                auto* runner = new CliPlanRunner(context, nullptr, backend);
                runner->run(WritePlan::from(plan),
                            options,
                            [&context, runner, policy, app, finish](ExitCode code, const WriteRun& execution) {
                                if (context.settings().format == TableWriter::Format::Json
                                    && !execution.operationId.isEmpty()) {
                                    QJsonObject json = runner->runJson(execution);
                                    json.insert(QStringLiteral("policy"), policy.toJson());
                                    json.insert(QStringLiteral("appDisplayName"), app.displayName);
                                    context.out()
                                        << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
                                    context.out().flush();
                                }
                                finish(code);
                            });
            };
            // What the removal means for the app — its only RestrictAccess policy opens every mailbox again — needs
            // the app's other policies and the mailbox permissions it holds (MailboxScoping, as the GUI asks).
            backend->exchange()->getApplicationAccessPolicies(
                backend,
                [backend, policy, plan](const QList<ApplicationAccessPolicy>& all, const GraphError& allError) {
                    QList<ApplicationAccessPolicy> appPolicies;
                    for (const auto& p : all) {
                        if (p.appId.compare(policy.appId, Qt::CaseInsensitive) == 0) {
                            appPolicies.append(p);
                        }
                    }
                    auto warn = [policy, appPolicies, allError, plan](const MailboxApp& holder,
                                                                      const GraphError& holderError) {
                        MailboxApp named = holder;
                        if (named.displayName.isEmpty()) {
                            named.displayName = policy.appId;
                        }
                        QStringList warnings = MailboxScoping::removalWarnings(policy, appPolicies, named);
                        const GraphError& doubt = allError ? allError : holderError;
                        if (doubt && !policy.isDeny()) {
                            warnings.append(QStringLiteral("Could not check whether this is the app's only "
                                                           "RestrictAccess policy (%1): if it is, the app reaches "
                                                           "every mailbox again once it is removed.")
                                                .arg(doubt.summary()));
                        }
                        plan(holder, warnings);
                    };
                    if (!ODataFilter::isGuid(policy.appId)) {
                        warn(MailboxApp {{}, policy.appId, {}, {}}, {});
                        return;
                    }
                    backend->grants()->inventory()->loadApp(
                        ServicePrincipalCache::Key::byAppId(policy.appId),
                        backend,
                        [policy, warn](const AppInventory& inventory) {
                            MailboxApp holder;
                            holder.appId = policy.appId;
                            holder.servicePrincipalId = inventory.app.id;
                            holder.displayName = inventory.app.displayName;
                            holder.permissions = MailboxScoping::mailboxPermissions(inventory.permissions);
                            // An app not in the tenant holds nothing: no doubt there.
                            const bool gone
                                = !inventory.isValid() && inventory.error.kind == GraphError::Kind::NotFound;
                            warn(holder, gone ? GraphError() : inventory.error);
                        });
                });
        },
        identity);
}
