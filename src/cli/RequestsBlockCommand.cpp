#include "RequestsBlockCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "RequestsBackend.h"
#include "RequestsShowCommand.h"

#include "auth/ConsentDeskScopes.h"
#include "consent/GrantPlanner.h"

#include <QCommandLineParser>

QString RequestsBlockCommand::details() const
{
    return QStringLiteral(
        "Disables the app in this tenant (its service principal's accountEnabled becomes false; an app that has none\n"
        "yet gets one, created disabled), so nobody can sign in to it or request it again. Undo: enable the service\n"
        "principal again (Entra admin center, Enterprise applications, Properties). Graph has no API to deny a\n"
        "request itself; blocking is the safe answer to an unwanted app.\n"
        "\n"
        "The plan is shown first; --dry-run stops there (with the Microsoft Graph PowerShell equivalent). Changing\n"
        "needs --yes, or \"y\" at a terminal (without a terminal and without --yes: exit 2). Needs Cloud Application\n"
        "Administrator, Application Administrator or Global Administrator, and a sign-in allowed to make changes\n"
        "(`consentdesk-cli signin --allow-changes`) or a CONSENTDESK_ACCESS_TOKEN with Application.ReadWrite.All.\n"
        "The change is journaled before it is sent.\n"
        "\n"
        "Exit codes: 0 blocked (or already blocked, or --dry-run); 1 failure or you answered no; 2 usage, or no --yes\n"
        "without a terminal; 3 sign-in needed; 4 permission denied; 5 no request has this ID.");
}

QList<QCommandLineOption> RequestsBlockCommand::options() const
{
    return {
        {QStringLiteral("dry-run"), QStringLiteral("Show the plan and the PowerShell equivalent; change nothing.")},
    };
}

void RequestsBlockCommand::run(CliContext& context,
                               const QCommandLineParser& parser,
                               std::function<void(ExitCode)> done)
{
    QString id;
    if (!RequestsShowCommand::requestId(context, parser, QStringLiteral("block"), &id)) {
        done(ExitCode::Usage);
        return;
    }
    CliPlanRunner::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.capability = CapabilityMap::Kind::BlockApp;
    options.writeScopes = ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::BlockApp);

    auto* backend = new RequestsBackend(context.graph());
    auto* runner = new CliPlanRunner(context, nullptr, backend);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    backend->fetch(
        id, [&context, backend, runner, finish, id, options](const ConsentRequest& request, const GraphError& error) {
            if (error.isError()) {
                finish(RequestsShowCommand::readFailed(context, id, error));
                return;
            }
            backend->service()->loadClientState(
                request.appId,
                request.appDisplayName,
                backend,
                [&context, runner, finish, options](const ClientConsentState& state, const GraphError& stateError) {
                    if (stateError.isError()) {
                        context.printError(QStringLiteral("Could not read the app's service principal: %1. Nothing was "
                                                          "changed.")
                                               .arg(stateError.summary()));
                        finish(exitCodeFor(stateError));
                        return;
                    }
                    runner->runAsAccount(
                        [runner, state] {
                            return WritePlan::from(GrantPlanner::planBlock(state, runner->account().capabilities()));
                        },
                        options,
                        finish);
                });
        });
}
