#include "TroubleshootCommand.h"

#include "CheckBlockPrinter.h"
#include "CliContext.h"
#include "CliPlanRunner.h"

#include "async/Async.h"
#include "directory/ServicePrincipalCache.h"
#include "report/Table.h"
#include "troubleshoot/TroubleshootFixPlanner.h"
#include "troubleshoot/Troubleshooter.h"

#include <QCommandLineParser>
#include <QJsonDocument>

QString TroubleshootCommand::details() const
{
    return QStringLiteral(
        "Reads what decides whether USER can sign in to and consent to APP, and prints one row per check:\n"
        "  user                    the account exists and is enabled\n"
        "  app-enabled             the app is not blocked (its service principal is enabled)\n"
        "  assignment              the app requires assignment and the user is not assigned (AADSTS50105)\n"
        "  conditional-access      the conditional access policies that apply, and what they demand (read-only)\n"
        "  grant                   what the app holds, and the permissions the user is still prompted for\n"
        "  user-consent            whether the user may consent to those themselves (\"Approval required\")\n"
        "  admin-consent-workflow  whether the user can request approval, and who reviews\n"
        "  pending-request         the user's request waiting for review, and when it expires\n"
        "--app takes an application (client) ID, a service principal object ID or the exact display name. The\n"
        "permissions the user is asked for are --scope (repeatable), else the user's consent request's, else what\n"
        "the app holds.\n"
        "--format table: one block per check (status, check, title; then its evidence and fix, wrapped).\n"
        "--format csv: check, status, evidence, fix.\n"
        "--format json: a list of {check, title, status (pass|warn|fail), evidence, fix, fixAction, command}.\n"
        "\n"
        "--fix CHECK applies that check's fix where ConsentDesk can make it (fixAction not null): enable the app,\n"
        "assign the user, grant admin consent for the missing permissions, turn on the admin consent workflow.\n"
        "Reviewers are the admin's choice: when no reviewer can approve, the row's command (`settings workflow\n"
        "--enable --reviewer \"role:Cloud Application Administrator\"`) is the fix, and --fix prints it.\n"
        "Like every write: --dry-run shows it and its PowerShell; otherwise --yes or a terminal confirms; journaled;\n"
        "undo with `consentdesk-cli journal restore`.\n"
        "\n"
        "Exit codes: 0 no check fails (or the fix was made), 1 a check fails (or the fix failed), 2 usage, 3 sign-in\n"
        "needed, 4 permission denied, 5 no such user or app.");
}

QList<QCommandLineOption> TroubleshootCommand::options() const
{
    return {
        {QStringLiteral("user"), QStringLiteral("The user (UPN or object id)."), QStringLiteral("upn")},
        {QStringLiteral("app"), QStringLiteral("The app (appId, object id or exact name)."), QStringLiteral("app")},
        {QStringLiteral("scope"),
         QStringLiteral("A permission the user is asked for (repeatable)."),
         QStringLiteral("permission")},
        {QStringLiteral("fix"), QStringLiteral("Apply the fix of this check."), QStringLiteral("check")},
        {QStringLiteral("dry-run"), QStringLiteral("With --fix: show the change; change nothing.")},
    };
}

Table TroubleshootCommand::table(const TroubleshootReport& report)
{
    Table table;
    table.addColumn(QStringLiteral("check"), QStringLiteral("Check"));
    table.addColumn(QStringLiteral("status"), QStringLiteral("Status"));
    table.addColumn(QStringLiteral("evidence"), QStringLiteral("Evidence"));
    table.addColumn(QStringLiteral("fix"), QStringLiteral("Fix"));
    for (const auto& c : report.checks) {
        table.addRow({c.check, TroubleshootCheck::statusName(c.status), c.evidence, c.fix});
    }
    return table;
}

void TroubleshootCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    Troubleshooter::Query query;
    query.user = parser.value(QStringLiteral("user")).trimmed();
    query.app = parser.value(QStringLiteral("app")).trimmed();
    query.scopes = parser.values(QStringLiteral("scope"));
    if (query.user.isEmpty() || query.app.isEmpty()) {
        context.printError(QStringLiteral("Name both the user and the app: --user UPN --app APP."),
                           QStringLiteral("See `consentdesk-cli troubleshoot --help`."));
        done(ExitCode::Usage);
        return;
    }
    const QString fixCheck = parser.value(QStringLiteral("fix")).trimmed();
    if (parser.isSet(QStringLiteral("dry-run")) && fixCheck.isEmpty()) {
        context.printError(QStringLiteral("--dry-run goes with --fix CHECK: the checks themselves change nothing."));
        done(ExitCode::Usage);
        return;
    }

    auto* cache = new ServicePrincipalCache(context.graph());
    auto* troubleshooter = new Troubleshooter(context.graph(), cache, cache);
    auto finish = [cache, done](ExitCode code) {
        cache->deleteLater();
        done(code);
    };
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Async::then(
        troubleshooter->run(query), cache, [&context, cache, fixCheck, dryRun, finish](const TroubleshootReport& r) {
            if (r.userNotFound) {
                context.printError(QStringLiteral("No user '%1' in this tenant.").arg(r.facts.userText),
                                   QStringLiteral("Give the user's sign-in name (UPN) or object ID."));
                finish(ExitCode::NotFound);
                return;
            }
            if (r.appAmbiguous) {
                context.printError(QStringLiteral("Several apps are named '%1'.").arg(r.facts.appText),
                                   QStringLiteral("Give its application (client) ID instead."));
                finish(ExitCode::Usage);
                return;
            }
            if (r.appNotFound) {
                context.printError(
                    QStringLiteral("No app '%1' in this tenant, and no consent request names it.").arg(r.facts.appText),
                    QStringLiteral("Give its application (client) ID, object ID or exact display name."));
                finish(ExitCode::NotFound);
                return;
            }
            if (r.error.isError()) {
                const ExitCode code = exitCodeFor(r.error);
                context.printError(QStringLiteral("Could not read the user or the app: %1").arg(r.error.summary()));
                finish(code == ExitCode::Ok ? ExitCode::Failure : code);
                return;
            }
            if (fixCheck.isEmpty()) {
                if (context.settings().format == TableWriter::Format::Json) {
                    context.out() << QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
                } else if (context.settings().format == TableWriter::Format::Csv) {
                    context.print(table(r));
                } else {
                    // Evidence runs long (policies, reviewers): one block per check, wrapped, as `posture` prints.
                    CheckBlockPrinter blocks(context.out(), 24);
                    for (const auto& c : r.checks) {
                        blocks.check(TroubleshootCheck::statusName(c.status), c.check, c.title);
                        blocks.field(QStringLiteral("Evidence"), c.evidence);
                        blocks.field(QStringLiteral("Fix"), c.fix);
                    }
                    context.out().flush();
                }
                finish(r.hasFailure() ? ExitCode::Failure : ExitCode::Ok);
                return;
            }
            const TroubleshootCheck* check = r.check(fixCheck);
            if (!check) {
                context.printError(QStringLiteral("No check '%1'.").arg(fixCheck.left(40)),
                                   QStringLiteral("Checks: user, app-enabled, assignment, conditional-access, grant, "
                                                  "user-consent, admin-consent-workflow, pending-request."));
                finish(ExitCode::Usage);
                return;
            }
            if (!check->canFix()) {
                context.printError(QStringLiteral("Nothing for ConsentDesk to fix in '%1' (%2).")
                                       .arg(check->check, TroubleshootCheck::statusName(check->status)),
                                   check->fix.isEmpty() ? QString() : check->fix);
                finish(check->status == TroubleshootCheck::Status::Fail ? ExitCode::Failure : ExitCode::Ok);
                return;
            }
            const TroubleshootCheck::Fix action = check->action;
            if (action == TroubleshootCheck::Fix::EditReviewers) {
                context.printError(
                    QStringLiteral("ConsentDesk does not choose the workflow's reviewers for you; nothing "
                                   "was changed."),
                    QStringLiteral("Run: %1").arg(check->command));
                finish(ExitCode::Failure);
                return;
            }
            const TroubleshootFacts facts = r.facts;
            auto* runner = new CliPlanRunner(context, nullptr, cache);
            runner->account().load([runner, action, facts, dryRun, finish, &context] {
                const WritePlan plan = TroubleshootFixPlanner::plan(facts, action, runner->account().capabilities());
                if (plan.isEmpty()) {
                    context.printNote(plan.note);
                    finish(ExitCode::Ok);
                    return;
                }
                CliPlanRunner::Options options;
                options.dryRun = dryRun;
                options.capability = TroubleshootFixPlanner::capability(action);
                options.writeScopes = TroubleshootFixPlanner::writeScopes(action);
                runner->run(plan, options, [finish](ExitCode code, const WriteRun&) { finish(code); });
            });
        });
}
