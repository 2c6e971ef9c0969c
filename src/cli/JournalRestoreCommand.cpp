#include "JournalRestoreCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "JournalBackend.h"

#include "async/Async.h"
#include "consent/GrantInventory.h"
#include "consent/Journal.h"
#include "consent/JournalQuery.h"
#include "consent/RestoreService.h"
#include "directory/ServicePrincipalCache.h"

#include <QCommandLineParser>
#include <QTextStream>

QString JournalRestoreCommand::details() const
{
    return QStringLiteral(
        "Names the journal entries to undo (IDs as `journal list` shows them), or --operation ID for every entry of\n"
        "one admin action (e.g. a whole bulk revoke). Pending entries are settled by reading the tenant first.\n"
        "A deleted grant is re-created (new ID; same client, API, consent type, user and scopes), removed scopes go\n"
        "back into the grant that holds the rest, a deleted application permission is assigned again. What cannot be\n"
        "restored is listed with the reason (not a revoke, did not succeed, already there, restored before) and left\n"
        "alone. Then the plan, --dry-run, confirmation, roles, token and journal as `grants revoke`; each restoring\n"
        "write is journaled with RestoresEntryId naming the entry it undoes.\n"
        "\n"
        "Exchange entries (access policies, group members, RBAC role assignments) are undone newest first: a created\n"
        "policy or role assignment is removed, a removed one re-created from its journaled prior state, a changed\n"
        "description put back, a member added is removed and one removed added back. Groups, Exchange service\n"
        "principals and management scopes ConsentDesk created are left in place, with the cmdlet to remove them by\n"
        "hand. This needs an Exchange token (CONSENTDESK_EXCHANGE_TOKEN, or a stored sign-in) and an Exchange role;\n"
        "restore Exchange and Microsoft Graph entries in separate commands.\n"
        "\n"
        "Exit codes: 0 all restored (or --dry-run); 1 a write failed, or nothing named could be restored; 2 usage;\n"
        "3 sign-in needed; 4 permission denied; 5 no such entry or operation, or the app is gone.");
}

QList<QCommandLineOption> JournalRestoreCommand::options() const
{
    return {
        {QStringLiteral("operation"), QStringLiteral("Every entry of this operation."), QStringLiteral("id")},
        {QStringLiteral("dry-run"), QStringLiteral("Show the plan and the PowerShell equivalent; change nothing.")},
        {QStringLiteral("rollback-on-failure"), QStringLiteral("If some writes fail, undo the ones that were made.")},
    };
}

void JournalRestoreCommand::run(CliContext& context,
                                const QCommandLineParser& parser,
                                std::function<void(ExitCode)> done)
{
    const QStringList ids = parser.positionalArguments();
    const QString operation = parser.value(QStringLiteral("operation")).trimmed();
    if (ids.isEmpty() == operation.isEmpty()) {
        context.printError(QStringLiteral("Name what to restore: journal entry IDs, or --operation ID (not both)."),
                           QStringLiteral("consentdesk-cli journal list --action grant.* shows them."));
        done(ExitCode::Usage);
        return;
    }
    const CliPlanRunner::Options options = CliPlanRunner::commandOptions(parser);

    auto* journal = new JournalBackend(context);
    auto finish = [journal, done](ExitCode code) {
        journal->deleteLater();
        done(code);
    };
    journal->open(true, [&context, journal, ids, operation, options, finish](ExitCode opened) {
        if (opened != ExitCode::Ok) {
            finish(opened);
            return;
        }
        const QList<JournalEntry> all = journal->journal()->entries();
        QList<JournalEntry> chosen;
        if (!operation.isEmpty()) {
            chosen = JournalQuery::ofOperation(all, operation);
            if (chosen.isEmpty()) {
                context.printError(QStringLiteral("No journal entries of operation '%1'.").arg(operation.left(60)));
                finish(ExitCode::NotFound);
                return;
            }
        } else {
            for (const JournalEntry& e : all) { // journal order (oldest first), as RestorePlanner wants
                if (ids.contains(e.id, Qt::CaseInsensitive)) {
                    chosen.append(e);
                }
            }
            for (const QString& id : ids) {
                if (!journal->journal()->entry(id)) {
                    context.printError(QStringLiteral("No journal entry '%1'.").arg(id.left(60)),
                                       QStringLiteral("consentdesk-cli journal list shows the IDs."));
                    finish(ExitCode::NotFound);
                    return;
                }
            }
        }
        // The rules of a restore (what was restored before, no mix of services, nothing planned on a partial read)
        // are RestoreService's, as in the Activity view.
        auto* inventory
            = new GrantInventory(context.graph(), new ServicePrincipalCache(context.graph(), journal), journal);
        Async::then(RestoreService::plan(*inventory, chosen, all),
                    journal,
                    [&context, journal, options, finish](const RestoreService::Outcome& outcome) {
                        if (outcome.refused()) {
                            context.printError(outcome.message, outcome.nextStep);
                            switch (outcome.refusal) {
                            case RestoreService::Outcome::Refusal::Mixed:
                                finish(ExitCode::Usage);
                                return;
                            case RestoreService::Outcome::Refusal::AppGone:
                                finish(ExitCode::NotFound);
                                return;
                            case RestoreService::Outcome::Refusal::ReadFailed: {
                                const ExitCode code = exitCodeFor(outcome.error);
                                finish(code == ExitCode::Ok ? ExitCode::Failure : code);
                                return;
                            }
                            case RestoreService::Outcome::Refusal::None:
                                break;
                            }
                            finish(ExitCode::Failure);
                            return;
                        }
                        const WritePlan& plan = outcome.plan;
                        if (plan.isEmpty()) {
                            context.printError(QStringLiteral("Nothing to restore."));
                            for (const QString& r : plan.refused) {
                                context.err() << "  – " << r << '\n';
                            }
                            finish(ExitCode::Failure);
                            return;
                        }
                        CliPlanRunner::Options restoreOptions = options;
                        // Re-creating grants and assignments needs the roles and permissions that removing them needs;
                        // undoing Exchange writes an Exchange role.
                        restoreOptions.capability = plan.service == WritePlan::Service::Exchange
                                                        ? CapabilityMap::Kind::ExchangeAccessPolicies
                                                        : CapabilityMap::Kind::Revoke;
                        restoreOptions.writeScopes = RestoreService::writeScopes(plan);
                        restoreOptions.journal = journal->journal();
                        // Settling may have found out who is acting already.
                        auto* runner = new CliPlanRunner(context, journal->account(), journal);
                        runner->run(plan, restoreOptions, [finish](ExitCode code, const WriteRun&) { finish(code); });
                    });
    });
}