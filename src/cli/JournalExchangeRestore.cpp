#include "JournalExchangeRestore.h"

#include "CliContext.h"
#include "CliPlanRunner.h"

#include "consent/Journal.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangeExecutor.h"
#include "exchange/ExchangeRestorePlanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace {

using Status = ExchangeExecution::Result::Status;

QString mark(Status status)
{
    switch (status) {
    case Status::Succeeded:
        return QStringLiteral("✓");
    case Status::Failed:
        return QStringLiteral("✗");
    case Status::Skipped:
        return QStringLiteral("–");
    case Status::Pending:
        break;
    }
    return QStringLiteral("?");
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QString changes(int n)
{
    return n == 1 ? QStringLiteral("1 change") : QStringLiteral("%1 changes").arg(n);
}

Table planTable(const ExchangePlan& plan)
{
    Table table;
    table.addColumn(QStringLiteral("Index"));
    table.addColumn(QStringLiteral("Action"));
    table.addColumn(QStringLiteral("Operation"));
    table.addColumn(QStringLiteral("PowerShell"));
    table.addColumn(QStringLiteral("RestoresEntryId"));
    for (int i = 0; i < plan.operations.size(); ++i) {
        const ExchangeOperation& op = plan.operations.at(i);
        table.addRow({i + 1, op.action(), op.summary, op.powerShell(), op.restoresEntryId});
    }
    return table;
}

Table resultsTable(const ExchangeExecution& execution, const QString& phase)
{
    Table table;
    table.addColumn(QStringLiteral("Phase"));
    table.addColumn(QStringLiteral("Index"));
    table.addColumn(QStringLiteral("Status"));
    table.addColumn(QStringLiteral("Operation"));
    table.addColumn(QStringLiteral("PowerShell"));
    table.addColumn(QStringLiteral("ErrorCode"));
    table.addColumn(QStringLiteral("Message"));
    table.addColumn(QStringLiteral("JournalEntryId"));
    for (const auto& r : execution.results) {
        table.addRow({phase,
                      r.index + 1,
                      statusName(r.status),
                      r.operation.summary,
                      r.operation.powerShell(),
                      r.error.code,
                      r.message,
                      r.journalEntryId});
    }
    return table;
}

} // namespace

JournalExchangeRestore::JournalExchangeRestore(CliContext& context, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_journal(journal)
{
}

void JournalExchangeRestore::finish(ExitCode code)
{
    if (auto done = std::exchange(m_done, nullptr)) {
        m_context.out().flush();
        m_context.err().flush();
        done(code);
    }
}

void JournalExchangeRestore::printPlan(const ExchangePlan& plan, bool toErr)
{
    QTextStream& s = toErr ? m_context.err() : m_context.out();
    s << (plan.purpose == ExchangePlan::Purpose::Rollback ? "Roll back in Exchange Online: "
                                                          : "Restore in Exchange Online: ");
    if (plan.isEmpty()) {
        s << "nothing to change.\n";
    } else {
        s << changes(int(plan.operations.size())) << '\n';
        for (const QString& line : plan.describe()) {
            s << "  " << line << '\n';
        }
    }
    if (!plan.warnings.isEmpty()) {
        s << "Warnings:\n";
        for (const QString& w : plan.warnings) {
            s << "  ! " << w << '\n';
        }
    }
    // What will not be undone, and why — before the admin confirms the rest.
    if (!plan.refused.isEmpty()) {
        s << "Not restored:\n";
        for (const QString& r : plan.refused) {
            s << "  – " << r << '\n';
        }
    }
    if (!plan.note.isEmpty() && !plan.isEmpty()) {
        s << "Note: " << plan.note << '\n';
    }
    s.flush();
}

void JournalExchangeRestore::run(const ExchangePlan& plan,
                                 const std::optional<AccountInfo>& account,
                                 const Options& options,
                                 std::function<void(ExitCode)> done)
{
    m_options = options;
    m_account = account;
    m_done = std::move(done);
    const auto format = m_context.settings().format;
    if (format == TableWriter::Format::Table) {
        printPlan(plan, false);
    }
    if (options.dryRun) {
        if (format == TableWriter::Format::Json) {
            m_context.out() << QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
        } else if (format == TableWriter::Format::Csv) {
            m_context.print(planTable(plan));
        } else if (!plan.isEmpty()) {
            m_context.out() << "\nExchange Online PowerShell equivalent:\n" << plan.powerShellScript() << '\n';
        }
        m_context.printNote(QStringLiteral("Dry run: nothing was changed."));
        finish(ExitCode::Ok);
        return;
    }
    if (!checkRoles()) {
        finish(ExitCode::PermissionDenied);
        return;
    }
    if (m_context.settings().environmentTokens && qEnvironmentVariableIsEmpty("CONSENTDESK_EXCHANGE_TOKEN")) {
        m_context.printError(QStringLiteral("Undoing Exchange changes needs an Exchange Online token, and "
                                            "CONSENTDESK_EXCHANGE_TOKEN is not set. Nothing was changed."),
                             QStringLiteral("Set CONSENTDESK_EXCHANGE_TOKEN to a token for "
                                            "https://outlook.office365.com, or use a stored sign-in."));
        finish(ExitCode::SignInNeeded);
        return;
    }
    if (!confirm(plan)) {
        return;
    }
    execute(plan, [this](const ExchangeExecution& execution) {
        printResults(execution, QStringLiteral("apply"));
        const ExitCode code = exitCodeOf(execution);
        const int made = execution.count(Status::Succeeded);
        if (code == ExitCode::Ok || made == 0) {
            if (m_context.settings().format == TableWriter::Format::Json) {
                m_context.out() << QString::fromUtf8(
                    QJsonDocument(executionJson(execution)).toJson(QJsonDocument::Indented));
            }
            finish(code);
            return;
        }
        const ExchangePlan rollback = ExchangeRestorePlanner::planRollback(execution);
        if (!m_options.rollbackOnFailure) {
            m_context.printNote(
                QStringLiteral("\n%1 of %2 were made and the rest were not. To undo the ones that were made, run the "
                               "command again with --rollback-on-failure next time, or now run these Exchange Online "
                               "PowerShell commands (the journal %3 holds the prior state, operation %4):\n")
                    .arg(changes(made))
                    .arg(execution.results.size())
                    .arg(m_journal->path(), execution.operationId)
                + rollback.powerShellScript());
            if (m_context.settings().format == TableWriter::Format::Json) {
                QJsonObject json = executionJson(execution);
                json.insert(QStringLiteral("rollbackPlan"), rollback.toJson());
                m_context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
            }
            finish(code);
            return;
        }
        if (m_context.settings().format == TableWriter::Format::Table) {
            m_context.out() << "\nRolling back the " << changes(made) << " that were made:\n";
        }
        QTimer::singleShot(0, this, [this, rollback, execution, code] {
            execute(rollback, [this, execution, code](const ExchangeExecution& undone) {
                printResults(undone, QStringLiteral("rollback"));
                if (m_context.settings().format == TableWriter::Format::Json) {
                    QJsonObject json = executionJson(execution);
                    json.insert(QStringLiteral("rollback"), executionJson(undone));
                    m_context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
                }
                if (!undone.allSucceeded()) {
                    m_context.printError(QStringLiteral("The rollback did not complete; Exchange is partly changed. "
                                                        "The journal %1 holds every prior state (operation %2).")
                                             .arg(m_journal->path(), undone.operationId));
                }
                finish(code);
            });
        });
    });
}

bool JournalExchangeRestore::checkRoles()
{
    if (!m_account || !m_account->rolesKnown) {
        return true; // roles unknown: Exchange decides, and its 403 still ends in exit 4
    }
    const CapabilityMap::Capability capability
        = m_account->capabilities().capability(CapabilityMap::Kind::ExchangeAccessPolicies);
    if (capability.allowed) {
        return true;
    }
    m_context.printError(QStringLiteral("%1 may not %2: %3 Nothing was changed.")
                             .arg(m_account->userPrincipalName,
                                  CapabilityMap::describe(CapabilityMap::Kind::ExchangeAccessPolicies),
                                  capability.reason),
                         capability.sufficientRoles.isEmpty()
                             ? QString()
                             : QStringLiteral("Ask an administrator with one of these roles: %1.")
                                   .arg(capability.sufficientRoles.join(QStringLiteral(", "))));
    return false;
}

bool JournalExchangeRestore::confirm(const ExchangePlan& plan)
{
    if (m_context.settings().assumeYes) {
        return true;
    }
    if (!CliPlanRunner::stdinIsTerminal()) {
        m_context.printError(QStringLiteral("Not changing the tenant without confirmation: standard input is not a "
                                            "terminal, so there is no one to ask. Nothing was changed."),
                             QStringLiteral("Review the plan with --dry-run, then run the command again with --yes."));
        finish(ExitCode::Usage);
        return false;
    }
    if (m_context.settings().format != TableWriter::Format::Table) {
        printPlan(plan, true); // stdout is for the machine-readable result
    }
    const QString tenant = m_account && !m_account->tenantDefaultDomain.isEmpty() ? m_account->tenantDefaultDomain
                                                                                  : m_context.settings().tenant;
    m_context.err() << "Apply " << changes(int(plan.operations.size())) << " to Exchange Online of " << tenant
                    << "? [y/N] ";
    m_context.err().flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes")) {
        return true;
    }
    m_context.printNote(QStringLiteral("Nothing was changed."));
    finish(ExitCode::Failure);
    return false;
}

void JournalExchangeRestore::execute(const ExchangePlan& plan, std::function<void(const ExchangeExecution&)> then)
{
    if (!m_executor) {
        m_exchange = new ExchangeAdminClient(m_context.graph(), this);
        m_executor = new ExchangeExecutor(m_exchange, m_journal, this);
        ExchangeExecutor::Actor actor;
        if (m_account) {
            actor.tenantId = m_account->tenantId;
            actor.upn = m_account->userPrincipalName;
            actor.userId = m_account->userObjectId;
        }
        m_executor->setActor(actor);
        if (m_context.settings().format == TableWriter::Format::Table) {
            // Live, one line per cmdlet: an interrupted run shows how far it got.
            connect(m_executor,
                    &ExchangeExecutor::operationFinished,
                    this,
                    [this](int, const ExchangeExecution::Result& r) {
                        m_context.out() << "  " << mark(r.status) << ' ' << (r.index + 1) << ". "
                                        << r.operation.summary;
                        if (!r.message.isEmpty()) {
                            m_context.out() << " — " << r.message;
                        }
                        m_context.out() << '\n';
                        m_context.out().flush();
                    });
        }
    }
    auto* scope = new QObject(this);
    connect(m_executor, &ExchangeExecutor::finished, scope, [scope, then](const ExchangeExecution& execution) {
        scope->deleteLater();
        then(execution);
    });
    if (m_context.settings().format == TableWriter::Format::Table) {
        m_context.out() << (plan.purpose == ExchangePlan::Purpose::Rollback ? "" : "\nApplying:\n");
        m_context.out().flush();
    }
    if (!m_executor->execute(plan)) {
        scope->deleteLater();
        m_context.printError(QStringLiteral("Internal error: a change is already running."));
        finish(ExitCode::Failure);
    }
}

void JournalExchangeRestore::printResults(const ExchangeExecution& execution, const QString& phase)
{
    const auto format = m_context.settings().format;
    if (format == TableWriter::Format::Csv) {
        m_context.print(resultsTable(execution, phase));
        return;
    }
    if (format != TableWriter::Format::Table) {
        return; // JSON: one object at the end
    }
    const int made = execution.count(Status::Succeeded);
    m_context.out() << (phase == QLatin1String("rollback") ? "Rolled back " : "Done: ") << made << " of "
                    << execution.results.size() << " made";
    const int failed = execution.count(Status::Failed);
    const int skipped = execution.count(Status::Skipped);
    if (failed > 0) {
        m_context.out() << ", " << failed << " failed";
    }
    if (skipped > 0) {
        m_context.out() << ", " << skipped << " skipped";
    }
    m_context.out() << ". Journal: " << m_journal->path() << " (operation " << execution.operationId << ")\n";
    m_context.out().flush();
}

QJsonObject JournalExchangeRestore::executionJson(const ExchangeExecution& execution) const
{
    QJsonArray results;
    for (const auto& r : execution.results) {
        results.append(QJsonObject {
            {QStringLiteral("index"), r.index + 1},
            {QStringLiteral("status"), statusName(r.status)},
            {QStringLiteral("summary"), r.operation.summary},
            {QStringLiteral("cmdlet"), r.operation.cmdlet},
            {QStringLiteral("powerShell"), r.operation.powerShell()},
            {QStringLiteral("errorCode"), r.error.code},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("journalEntryId"), r.journalEntryId},
            {QStringLiteral("restoresEntryId"), r.operation.restoresEntryId},
        });
    }
    return QJsonObject {
        {QStringLiteral("plan"), execution.plan.toJson()},
        {QStringLiteral("operationId"), execution.operationId},
        {QStringLiteral("journal"), m_journal->path()},
        {QStringLiteral("succeeded"), execution.count(Status::Succeeded)},
        {QStringLiteral("failed"), execution.count(Status::Failed)},
        {QStringLiteral("skipped"), execution.count(Status::Skipped)},
        {QStringLiteral("results"), results},
    };
}

ExitCode JournalExchangeRestore::exitCodeOf(const ExchangeExecution& execution)
{
    if (execution.allSucceeded()) {
        return ExitCode::Ok;
    }
    for (const auto& r : execution.results) {
        if (r.status == Status::Failed && r.error) {
            return exitCodeFor(r.error); // 403 -> 4, 401 -> 3, …
        }
    }
    return ExitCode::Failure;
}
