#include "JournalRestoreCommand.h"

#include "CliContext.h"
#include "CliExchangePlanRunner.h"
#include "CliPlanRunner.h"
#include "GrantsBackend.h"
#include "JournalBackend.h"

#include "auth/ConsentDeskScopes.h"
#include "consent/Journal.h"
#include "consent/JournalQuery.h"
#include "consent/RestorePlanner.h"
#include "exchange/ExchangeRestorePlanner.h"

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
    CliPlanRunner::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.rollbackOnFailure = parser.isSet(QStringLiteral("rollback-on-failure"));
    // Re-creating grants and assignments needs the same roles and permissions as removing them.
    options.capability = CapabilityMap::Kind::Revoke;
    options.writeScopes = ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::Revoke);
    options.verb = QStringLiteral("restore");

    auto* journal = new JournalBackend(context);
    auto* backend = new GrantsBackend(context.graph(), journal);
    auto finish = [journal, done](ExitCode code) {
        journal->deleteLater();
        done(code);
    };
    journal->open(true, [&context, journal, backend, ids, operation, options, finish](ExitCode opened) {
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
        // Restored before: re-creating it again would duplicate access the admin already put back.
        const QHash<QString, QString> restored = JournalQuery::restoredBy(all);
        QList<JournalEntry> open;
        QStringList already;
        int exchange = 0;
        for (const JournalEntry& e : chosen) {
            exchange += ExchangeRestorePlanner::isExchange(e) ? 1 : 0;
            if (restored.contains(e.id)) {
                already.append(
                    QStringLiteral("%1 (%2): restored already by %3").arg(e.id, e.summary, restored.value(e.id)));
            } else {
                open.append(e);
            }
        }
        if (exchange > 0 && exchange < chosen.size()) {
            // Two executors, two confirmations, two tokens: one kind per command keeps the plan one list.
            context.printError(QStringLiteral("These entries mix Exchange and Microsoft Graph changes."),
                               QStringLiteral("Restore them in two commands: the Exchange entries, then the others."));
            finish(ExitCode::Usage);
            return;
        }
        if (exchange > 0) {
            ExchangePlan plan = ExchangeRestorePlanner::plan(open);
            plan.refused = already + plan.refused;
            if (plan.isEmpty()) {
                context.printError(QStringLiteral("Nothing to restore."));
                for (const QString& r : plan.refused) {
                    context.err() << "  – " << r << '\n';
                }
                finish(ExitCode::Failure);
                return;
            }
            CliExchangePlanRunner::Options exchangeOptions;
            exchangeOptions.purpose = CliExchangePlanRunner::Purpose::Restore;
            exchangeOptions.dryRun = options.dryRun;
            exchangeOptions.checkRoles = true;
            exchangeOptions.onPartialFailure = options.rollbackOnFailure
                                                   ? CliExchangePlanRunner::OnPartialFailure::RollBack
                                                   : CliExchangePlanRunner::OnPartialFailure::ShowRollback;
            exchangeOptions.journal = journal->journal();
            exchangeOptions.account = journal->runner(); // settling may have found out who is acting already
            auto* runner = new CliExchangePlanRunner(context, nullptr, journal);
            runner->run(plan, exchangeOptions, [finish](ExitCode code, const ExchangeExecution&) { finish(code); });
            return;
        }
        const QStringList apps = RestorePlanner::clientIds(open);
        backend->loadApps(
            apps,
            [&context, journal, open, already, options, finish](const GrantsBackend::Loaded& loaded) {
                const ExitCode failed = GrantsBackend::reportFailure(context, loaded);
                if (failed != ExitCode::Ok) {
                    finish(failed);
                    return;
                }
                GrantPlan plan = RestorePlanner::plan(open, RestorePlanner::State::from(loaded.apps));
                plan.refused = already + plan.refused;
                if (plan.isEmpty()) {
                    context.printError(QStringLiteral("Nothing to restore."));
                    for (const QString& r : plan.refused) {
                        context.err() << "  – " << r << '\n';
                    }
                    finish(ExitCode::Failure);
                    return;
                }
                CliPlanRunner* runner = journal->runner();
                auto go = [runner, plan, options, finish] { runner->run(plan, options, finish); };
                if (runner->account()) {
                    go(); // settling found out who is acting already
                } else {
                    runner->loadAccount(go);
                }
            },
            true);
    });
}
