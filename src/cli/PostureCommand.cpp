#include "PostureCommand.h"

#include "CheckBlockPrinter.h"
#include "CliContext.h"

#include "async/Async.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/ExchangeAdminClient.h"
#include "posture/PostureEvaluator.h"
#include "posture/PostureService.h"
#include "report/Table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

QString PostureCommand::details() const
{
    return QStringLiteral(
        "Checks, in this order:\n"
        "  MS.AAD.5.1  only administrators may register applications (authorizationPolicy allowedToCreateApps)\n"
        "  MS.AAD.5.2  only administrators may consent to applications (user consent: do not allow)\n"
        "  MS.AAD.5.3  an admin consent workflow is configured, with a reviewer who can approve\n"
        "  MS.AAD.5.4  group owners may not consent to applications (no ManagePermissionGrantsForOwnedResource\n"
        "              policy scoped to groups; teams' and chats' policies alone are a warning)\n"
        "  CD.1        apps holding mailbox application permissions are limited by an Exchange access policy\n"
        "  CD.2        no admin consent request waits more than 7 days\n"
        "  CD.3        no user consented to a high-risk permission for an app of an unverified, non-Microsoft "
        "publisher\n"
        "(MS.AAD.5.x: CISA's Secure Cloud Business Applications baseline for Microsoft Entra ID.) A part that cannot\n"
        "be read makes its check a warning that says why. Where ConsentDesk can apply the fix, the row names the\n"
        "command (settings user-consent, settings group-owner-consent, settings workflow, requests, grants,\n"
        "policy new).\n"
        "\n"
        "--format table: one block per check (status, id, check; then its evidence, fix and command, wrapped).\n"
        "--format csv: Check, Id, Status, Evidence, Fix, Command. --format json: [{check, id, status\n"
        "pass|warn|fail, evidence, fix, command}].\n"
        "\n"
        "Reading needs Policy.Read.All, Directory.Read.All and a role such as Global Reader; the Exchange check also\n"
        "an Exchange token (CONSENTDESK_EXCHANGE_TOKEN or the stored sign-in) and a role that may read application\n"
        "access policies.\n"
        "\n"
        "Exit codes: 0 nothing fails, 1 a check fails (or nothing could be read), 3 sign-in needed, 4 your role may\n"
        "read none of it.");
}

void PostureCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    Q_UNUSED(parser)
    auto* cache = new ServicePrincipalCache(context.graph());
    auto* exchange = new ExchangeAdminClient(context.graph(), cache);
    auto* service = new PostureService(context.graph(), cache, exchange, cache);
    Async::then(service->read(), cache, [&context, cache, done](const PostureInputs& inputs) {
        cache->deleteLater();
        const QList<const GraphError*> errors {&inputs.settings.workflowError,
                                               &inputs.settings.authorizationError,
                                               &inputs.requestsError,
                                               &inputs.userConsentsError,
                                               &inputs.mailboxAppsError};
        if (std::all_of(errors.begin(), errors.end(), [](const GraphError* e) { return e->isError(); })) {
            const ExitCode code = exitCodeFor(inputs.settings.authorizationError);
            context.printError(QStringLiteral("Could not read the tenant's consent posture: %1")
                                   .arg(inputs.settings.authorizationError.summary()),
                               code == ExitCode::PermissionDenied ? QStringLiteral(
                                   "Reading it needs Policy.Read.All and Directory.Read.All and a role such as "
                                   "Global Reader, Cloud Application Administrator or Global Administrator.")
                                                                  : QString());
            done(code == ExitCode::Ok ? ExitCode::Failure : code);
            return;
        }
        const QList<PostureCheck> checks = PostureEvaluator::evaluate(inputs);
        if (context.settings().format == TableWriter::Format::Json) {
            QJsonArray rows;
            for (const auto& c : checks) {
                rows.append(c.toJson());
            }
            context.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
            context.out().flush();
        } else if (context.settings().format == TableWriter::Format::Csv) {
            Table table;
            table.addColumn(QStringLiteral("Check"));
            table.addColumn(QStringLiteral("Id"));
            table.addColumn(QStringLiteral("Status"));
            table.addColumn(QStringLiteral("Evidence"));
            table.addColumn(QStringLiteral("Fix"));
            table.addColumn(QStringLiteral("Command"));
            for (const auto& c : checks) {
                table.addRow({c.check, c.id, PostureCheck::statusName(c.status), c.evidence, c.fix, c.command});
            }
            context.print(table);
        } else {
            // Evidence runs long (app lists): one block per check, wrapped, instead of a table padded to its widest
            // cell.
            CheckBlockPrinter blocks(context.out(), 12);
            for (const auto& c : checks) {
                blocks.check(PostureCheck::statusName(c.status), c.id, c.check);
                blocks.field(QStringLiteral("Evidence"), c.evidence);
                blocks.field(QStringLiteral("Fix"), c.fix);
                blocks.field(QStringLiteral("Run"), c.command);
            }
            context.out().flush();
        }
        done(PostureEvaluator::anyFails(checks) ? ExitCode::Failure : ExitCode::Ok);
    });
}
