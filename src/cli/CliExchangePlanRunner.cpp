#include "CliExchangePlanRunner.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "CliPlanText.h"
#include "PolicyBackend.h"

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

using Purpose = CliExchangePlanRunner::Purpose;
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

// Restore results spell it as CliPlanRunner does; the policy commands shipped capitalised, and scripts read both.
QString statusName(Status status, Purpose purpose)
{
    const QString name = [status] {
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
    }();
    return purpose == Purpose::Change ? name.left(1).toUpper() + name.mid(1) : name;
}

QString changes(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 change") : QStringLiteral("%1 changes").arg(n);
}

QString toText(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

Table planTable(const ExchangePlan& plan, Purpose purpose)
{
    Table table;
    table.addColumn(QStringLiteral("Index"));
    table.addColumn(QStringLiteral("Action"));
    table.addColumn(QStringLiteral("Operation"));
    if (purpose == Purpose::Change) {
        table.addColumn(QStringLiteral("Cmdlet"));
    }
    table.addColumn(QStringLiteral("PowerShell"));
    if (purpose == Purpose::Restore) {
        table.addColumn(QStringLiteral("RestoresEntryId"));
    }
    for (int i = 0; i < plan.operations.size(); ++i) {
        const ExchangeOperation& op = plan.operations.at(i);
        table.addRow(purpose == Purpose::Change
                         ? QVariantList {i + 1, op.action(), op.summary, op.cmdlet, op.powerShell()}
                         : QVariantList {i + 1, op.action(), op.summary, op.powerShell(), op.restoresEntryId});
    }
    return table;
}

Table changeResultsTable(const ExchangeExecution& execution)
{
    Table table;
    table.addColumn(QStringLiteral("Index"));
    table.addColumn(QStringLiteral("Status"));
    table.addColumn(QStringLiteral("Operation"));
    table.addColumn(QStringLiteral("Cmdlet"));
    table.addColumn(QStringLiteral("HttpStatus"));
    table.addColumn(QStringLiteral("Message"));
    table.addColumn(QStringLiteral("OperationId"));
    table.addColumn(QStringLiteral("JournalEntryId"));
    for (const auto& r : execution.results) {
        table.addRow({r.index + 1,
                      statusName(r.status, Purpose::Change),
                      r.operation.summary,
                      r.operation.cmdlet,
                      r.error.httpStatus > 0 ? QVariant(r.error.httpStatus) : QVariant(),
                      r.message,
                      execution.operationId,
                      r.journalEntryId});
    }
    return table;
}

// With a Phase column: a restore's rollback prints a second table.
Table restoreResultsTable(const ExchangeExecution& execution, const QString& phase)
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
                      statusName(r.status, Purpose::Restore),
                      r.operation.summary,
                      r.operation.powerShell(),
                      r.error.code,
                      r.message,
                      r.journalEntryId});
    }
    return table;
}

// The first failure stops the rest, so its error is the run's: 403 -> 4, 401 -> 3, 404 -> 5, else 1.
ExitCode exitCodeOf(const ExchangeExecution& execution)
{
    if (execution.allSucceeded()) {
        return ExitCode::Ok;
    }
    for (const auto& r : execution.results) {
        if (r.status == Status::Failed && r.error) {
            return exitCodeFor(r.error);
        }
    }
    return ExitCode::Failure;
}

} // namespace

CliExchangePlanRunner::CliExchangePlanRunner(CliContext& context, ExchangeAdminClient* exchange, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_exchange(exchange)
{
}

CliExchangePlanRunner::~CliExchangePlanRunner() = default;

QString CliExchangePlanRunner::journalPath() const
{
    if (m_options.journal) {
        return m_options.journal->path();
    }
    return m_ownJournal ? m_ownJournal->path() : Journal::defaultPath();
}

void CliExchangePlanRunner::finish(ExitCode code, const ExchangeExecution& execution)
{
    if (auto done = std::exchange(m_done, nullptr)) {
        m_context.out().flush();
        m_context.err().flush();
        done(code, execution);
    }
}

void CliExchangePlanRunner::printPlan(const ExchangePlan& plan, bool toErr)
{
    QTextStream& s = toErr ? m_context.err() : m_context.out();
    const bool change = m_options.purpose == Purpose::Change;
    if (change) {
        s << plan.title;
    } else {
        s << (plan.purpose == ExchangePlan::Purpose::Rollback ? "Roll back in Exchange Online"
                                                              : "Restore in Exchange Online");
    }
    s << ": " << (plan.isEmpty() ? QStringLiteral("nothing to change.") : changes(plan.operations.size())) << '\n';
    for (int i = 0; i < plan.operations.size(); ++i) {
        const ExchangeOperation& op = plan.operations.at(i);
        s << "  " << (i + 1) << ". " << op.summary << '\n';
        if (change) {
            s << "       PS> " << op.powerShell() << '\n'; // a restore shows its script with --dry-run only
        }
    }
    CliPlanText::writeTrailer(s, plan.warnings, m_options.notes, plan.refused, plan.note, !plan.isEmpty());
    s.flush();
}

void CliExchangePlanRunner::run(const ExchangePlan& plan, const Options& options, Done done)
{
    m_options = options;
    m_done = std::move(done);
    if (!m_options.account) {
        m_options.account = new CliPlanRunner(m_context, this);
    }
    const auto format = m_context.settings().format;
    if (format == TableWriter::Format::Table) {
        printPlan(plan, false);
    }
    if (m_options.dryRun) {
        if (format == TableWriter::Format::Json) {
            QJsonObject json = plan.toJson();
            if (m_options.purpose == Purpose::Change) {
                json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(m_options.notes));
            }
            m_context.out() << toText(json);
        } else if (format == TableWriter::Format::Csv) {
            m_context.print(planTable(plan, m_options.purpose));
        } else if (!plan.isEmpty()) {
            m_context.out() << "\nExchange Online PowerShell equivalent:\n" << plan.powerShellScript() << '\n';
        }
        m_context.printNote(QStringLiteral("Dry run: nothing was changed."));
        finish(ExitCode::Ok);
        return;
    }
    if (plan.isEmpty()) {
        finish(ExitCode::Ok);
        return;
    }
    auto go = [this, plan] {
        if (!checkToken() || !confirm(plan) || !openJournal()) {
            return;
        }
        // Who acts is for the journal; not knowing is not fatal, so it is asked only now.
        withAccount(
            [this, plan] { execute(plan, [this](const ExchangeExecution& execution) { finished(execution); }); });
    };
    if (!m_options.checkRoles) {
        go();
        return;
    }
    withAccount([this, go] {
        if (!checkRoles()) {
            finish(ExitCode::PermissionDenied);
            return;
        }
        go();
    });
}

void CliExchangePlanRunner::withAccount(std::function<void()> then)
{
    if (m_accountAsked || m_options.account->account()) {
        then();
        return;
    }
    m_accountAsked = true;
    m_options.account->loadAccount(std::move(then));
}

bool CliExchangePlanRunner::checkRoles()
{
    const auto& account = m_options.account->account();
    if (!account || !account->rolesKnown) {
        return true; // roles unknown: Exchange decides, and its 403 still ends in exit 4
    }
    const CapabilityMap::Capability capability
        = account->capabilities().capability(CapabilityMap::Kind::ExchangeAccessPolicies);
    if (capability.allowed) {
        return true;
    }
    m_context.printError(QStringLiteral("%1 may not %2: %3 Nothing was changed.")
                             .arg(account->userPrincipalName,
                                  CapabilityMap::describe(CapabilityMap::Kind::ExchangeAccessPolicies),
                                  capability.reason),
                         capability.sufficientRoles.isEmpty()
                             ? QString()
                             : QStringLiteral("Ask an administrator with one of these roles: %1.")
                                   .arg(capability.sufficientRoles.join(QStringLiteral(", "))));
    return false;
}

bool CliExchangePlanRunner::checkToken()
{
    // A stored sign-in gets its Exchange token on demand; with environment tokens alone, it must be one of them.
    if (!m_context.settings().environmentTokens || m_context.settings().environmentExchange
        || m_context.hasSignInManager()) {
        return true;
    }
    m_context.printError(QStringLiteral("%1 needs an Exchange Online token, and CONSENTDESK_EXCHANGE_TOKEN is not set. "
                                        "Nothing was changed.")
                             .arg(m_options.purpose == Purpose::Restore ? QStringLiteral("Undoing Exchange changes")
                                                                        : QStringLiteral("Changing Exchange Online")),
                         QStringLiteral("Set CONSENTDESK_EXCHANGE_TOKEN to a token for https://outlook.office365.com, "
                                        "or use a stored sign-in."));
    finish(ExitCode::SignInNeeded);
    return false;
}

bool CliExchangePlanRunner::confirm(const ExchangePlan& plan)
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
    const auto& account = m_options.account->account();
    const QString tenant = account && !account->tenantDefaultDomain.isEmpty() ? account->tenantDefaultDomain
                                                                              : m_context.settings().tenant;
    m_context.err() << "Apply " << changes(plan.operations.size()) << " to Exchange Online of " << tenant << "? [y/N] ";
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

bool CliExchangePlanRunner::openJournal()
{
    if (m_options.journal) {
        return true;
    }
    m_ownJournal = std::make_unique<Journal>(Journal::defaultPath());
    QString error;
    if (m_ownJournal->open(&error)) {
        return true;
    }
    m_context.printError(QStringLiteral("The activity journal could not be opened (%1), and ConsentDesk never changes "
                                        "a tenant without recording the change first. Nothing was changed.")
                             .arg(error),
                         QStringLiteral("Check that %1 can be written.").arg(m_ownJournal->path()));
    finish(ExitCode::Failure);
    return false;
}

void CliExchangePlanRunner::execute(const ExchangePlan& plan, std::function<void(const ExchangeExecution&)> then)
{
    if (!m_executor) {
        if (!m_exchange) {
            m_exchange = new ExchangeAdminClient(m_context.graph(), this);
        }
        m_executor = new ExchangeExecutor(m_exchange, m_options.journal ? m_options.journal : m_ownJournal.get(), this);
        ExchangeExecutor::Actor actor;
        if (const auto& account = m_options.account->account()) {
            actor.tenantId = account->tenantId;
            actor.upn = account->userPrincipalName;
            actor.userId = account->userObjectId;
        }
        m_executor->setActor(actor);
        if (m_context.settings().format == TableWriter::Format::Table) {
            // Live, one line per write: a slow tenant shows progress, an interrupted run shows how far it got.
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
    auto* scope = new QObject(this); // this run's answer only: a rollback runs the same executor again
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

void CliExchangePlanRunner::finished(const ExchangeExecution& execution)
{
    printResults(execution, QStringLiteral("apply"));
    const ExitCode code = exitCodeOf(execution);
    if (code == ExitCode::PermissionDenied) {
        m_context.printError(QStringLiteral("Exchange Online refused the change (HTTP 403)."),
                             PolicyBackend::exchangeRoleHint());
    }
    const int made = execution.count(Status::Succeeded);
    if (code == ExitCode::Ok || made == 0 || m_options.onPartialFailure == OnPartialFailure::KeepMade) {
        if (code != ExitCode::Ok && made > 0) {
            m_context.printNote(
                QStringLiteral("%1 of %2 were made and the rest were not. The journal %3 (operation %4) "
                               "holds what was done: consentdesk-cli journal list --operation %4")
                    .arg(changes(made))
                    .arg(execution.results.size())
                    .arg(journalPath(), execution.operationId));
        }
        printJson(executionJson(execution));
        finish(code, execution);
        return;
    }
    const ExchangePlan rollback = ExchangeRestorePlanner::planRollback(execution);
    if (m_options.onPartialFailure == OnPartialFailure::ShowRollback) {
        m_context.printNote(
            QStringLiteral("\n%1 of %2 were made and the rest were not. To undo the ones that were made, run the "
                           "command again with --rollback-on-failure next time, or now run these Exchange Online "
                           "PowerShell commands (the journal %3 holds the prior state, operation %4):\n")
                .arg(changes(made))
                .arg(execution.results.size())
                .arg(journalPath(), execution.operationId)
            + rollback.powerShellScript());
        QJsonObject json = executionJson(execution);
        json.insert(QStringLiteral("rollbackPlan"), rollback.toJson());
        printJson(json);
        finish(code, execution);
        return;
    }
    if (m_context.settings().format == TableWriter::Format::Table) {
        m_context.out() << "\nRolling back the " << changes(made) << " that were made:\n";
    }
    QTimer::singleShot(0, this, [this, rollback, execution, code] {
        execute(rollback, [this, execution, code](const ExchangeExecution& undone) {
            printResults(undone, QStringLiteral("rollback"));
            QJsonObject json = executionJson(execution);
            json.insert(QStringLiteral("rollback"), executionJson(undone));
            printJson(json);
            if (!undone.allSucceeded()) {
                m_context.printError(QStringLiteral("The rollback did not complete; Exchange is partly changed. "
                                                    "The journal %1 holds every prior state (operation %2).")
                                         .arg(journalPath(), undone.operationId));
            }
            finish(code, execution);
        });
    });
}

void CliExchangePlanRunner::printJson(const QJsonObject& json)
{
    if (m_options.printJson && m_context.settings().format == TableWriter::Format::Json) {
        m_context.out() << toText(json);
    }
}

void CliExchangePlanRunner::printResults(const ExchangeExecution& execution, const QString& phase)
{
    const auto format = m_context.settings().format;
    if (format == TableWriter::Format::Csv) {
        m_context.print(m_options.purpose == Purpose::Change ? changeResultsTable(execution)
                                                             : restoreResultsTable(execution, phase));
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
    m_context.out() << ". Journal: " << journalPath() << " (operation " << execution.operationId << ")\n";
    m_context.out().flush();
}

QJsonObject CliExchangePlanRunner::executionJson(const ExchangeExecution& execution) const
{
    const Purpose purpose = m_options.purpose;
    QJsonArray results;
    for (const auto& r : execution.results) {
        QJsonObject result {
            {QStringLiteral("index"), r.index + 1},
            {QStringLiteral("status"), statusName(r.status, purpose)},
            {QStringLiteral("summary"), r.operation.summary},
            {QStringLiteral("cmdlet"), r.operation.cmdlet},
            {QStringLiteral("powerShell"), r.operation.powerShell()},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("journalEntryId"), r.journalEntryId},
        };
        if (purpose == Purpose::Change) {
            result.insert(QStringLiteral("action"), r.operation.action());
            result.insert(QStringLiteral("httpStatus"), r.error.httpStatus);
        } else {
            result.insert(QStringLiteral("errorCode"), r.error.code);
            result.insert(QStringLiteral("restoresEntryId"), r.operation.restoresEntryId);
        }
        results.append(result);
    }
    return QJsonObject {
        {QStringLiteral("plan"), execution.plan.toJson()},
        {QStringLiteral("operationId"), execution.operationId},
        {QStringLiteral("journal"), journalPath()},
        {QStringLiteral("succeeded"), execution.count(Status::Succeeded)},
        {QStringLiteral("failed"), execution.count(Status::Failed)},
        {QStringLiteral("skipped"), execution.count(Status::Skipped)},
        {QStringLiteral("results"), results},
    };
}
