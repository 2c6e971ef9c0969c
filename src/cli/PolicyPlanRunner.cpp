#include "PolicyPlanRunner.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "PolicyBackend.h"

#include "consent/Journal.h"
#include "exchange/ExchangeExecutor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QString mark(ExchangeExecution::Result::Status status)
{
    switch (status) {
    case ExchangeExecution::Result::Status::Succeeded:
        return QStringLiteral("✓");
    case ExchangeExecution::Result::Status::Failed:
        return QStringLiteral("✗");
    case ExchangeExecution::Result::Status::Skipped:
        return QStringLiteral("–");
    case ExchangeExecution::Result::Status::Pending:
        break;
    }
    return QStringLiteral("?");
}

QString statusName(ExchangeExecution::Result::Status status)
{
    switch (status) {
    case ExchangeExecution::Result::Status::Succeeded:
        return QStringLiteral("Succeeded");
    case ExchangeExecution::Result::Status::Failed:
        return QStringLiteral("Failed");
    case ExchangeExecution::Result::Status::Skipped:
        return QStringLiteral("Skipped");
    case ExchangeExecution::Result::Status::Pending:
        break;
    }
    return QStringLiteral("Pending");
}

QString changes(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 change") : QStringLiteral("%1 changes").arg(n);
}

bool isForbidden(const ExchangeExecution::Result& r)
{
    return r.status == ExchangeExecution::Result::Status::Failed
           && (r.error.kind == GraphError::Kind::PermissionDenied || r.error.httpStatus == 403);
}

Table planTable(const ExchangePlan& plan)
{
    Table table;
    table.addColumn(QStringLiteral("Index"));
    table.addColumn(QStringLiteral("Action"));
    table.addColumn(QStringLiteral("Operation"));
    table.addColumn(QStringLiteral("Cmdlet"));
    table.addColumn(QStringLiteral("PowerShell"));
    for (int i = 0; i < plan.operations.size(); ++i) {
        const ExchangeOperation& op = plan.operations.at(i);
        table.addRow({i + 1, op.action(), op.summary, op.cmdlet, op.powerShell()});
    }
    return table;
}

Table resultsTable(const ExchangeExecution& execution)
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
                      statusName(r.status),
                      r.operation.summary,
                      r.operation.cmdlet,
                      r.error.httpStatus > 0 ? QVariant(r.error.httpStatus) : QVariant(),
                      r.message,
                      execution.operationId,
                      r.journalEntryId});
    }
    return table;
}

} // namespace

PolicyPlanRunner::PolicyPlanRunner(CliContext& context, ExchangeAdminClient* exchange, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_exchange(exchange)
    , m_account(new CliPlanRunner(context, this))
{
}

PolicyPlanRunner::~PolicyPlanRunner() = default;

QString PolicyPlanRunner::journalPath() const
{
    return m_journal ? m_journal->path() : Journal::defaultPath();
}

void PolicyPlanRunner::finish(ExitCode code, const ExchangeExecution& execution)
{
    if (auto done = std::exchange(m_done, nullptr)) {
        m_context.out().flush();
        m_context.err().flush();
        done(code, execution);
    }
}

void PolicyPlanRunner::printPlan(const ExchangePlan& plan, const QStringList& notes, bool toErr)
{
    QTextStream& s = toErr ? m_context.err() : m_context.out();
    s << plan.title << ": " << (plan.isEmpty() ? QStringLiteral("nothing to change.") : changes(plan.operations.size()))
      << '\n';
    for (int i = 0; i < plan.operations.size(); ++i) {
        const ExchangeOperation& op = plan.operations.at(i);
        s << "  " << (i + 1) << ". " << op.summary << '\n' << "       PS> " << op.powerShell() << '\n';
    }
    if (!plan.warnings.isEmpty()) {
        s << "Warnings:\n";
        for (const QString& w : plan.warnings) {
            s << "  ! " << w << '\n';
        }
    }
    if (!notes.isEmpty()) {
        s << "What it changes for this app:\n";
        for (const QString& n : notes) {
            s << "  - " << n << '\n';
        }
    }
    if (!plan.note.isEmpty() && !plan.isEmpty()) {
        s << "Note: " << plan.note << '\n';
    }
    s.flush();
}

void PolicyPlanRunner::run(const ExchangePlan& plan, const QStringList& notes, bool dryRun, Done done)
{
    m_done = std::move(done);
    const auto format = m_context.settings().format;
    if (format == TableWriter::Format::Table) {
        printPlan(plan, notes, false);
    }
    if (dryRun) {
        if (format == TableWriter::Format::Json) {
            QJsonObject json = plan.toJson();
            json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
            m_context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        } else if (format == TableWriter::Format::Csv) {
            m_context.print(planTable(plan));
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
    if (!confirm(plan, notes)) {
        return;
    }
    m_journal = std::make_unique<Journal>(Journal::defaultPath());
    QString error;
    if (!m_journal->open(&error)) {
        m_context.printError(QStringLiteral("The activity journal could not be opened (%1), and ConsentDesk never "
                                            "changes a tenant without recording the change first. Nothing was "
                                            "changed.")
                                 .arg(error),
                             QStringLiteral("Check that %1 can be written.").arg(m_journal->path()));
        finish(ExitCode::Failure);
        return;
    }
    m_account->loadAccount([this, plan] { execute(plan); });
}

bool PolicyPlanRunner::confirm(const ExchangePlan& plan, const QStringList& notes)
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
        printPlan(plan, notes, true); // stdout is for the machine-readable result
    }
    m_context.err() << "Apply " << changes(plan.operations.size()) << " to " << m_context.settings().tenant
                    << " (Exchange Online)? [y/N] ";
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

void PolicyPlanRunner::execute(const ExchangePlan& plan)
{
    m_executor = new ExchangeExecutor(m_exchange, m_journal.get(), this);
    ExchangeExecutor::Actor actor;
    if (const auto& account = m_account->account()) {
        actor.tenantId = account->tenantId;
        actor.upn = account->userPrincipalName;
        actor.userId = account->userObjectId;
    }
    m_executor->setActor(actor);
    if (m_context.settings().format == TableWriter::Format::Table) {
        // Live, one line per write: a slow tenant shows progress, an interrupted run shows how far it got.
        connect(
            m_executor, &ExchangeExecutor::operationFinished, this, [this](int, const ExchangeExecution::Result& r) {
                m_context.out() << "  " << mark(r.status) << ' ' << (r.index + 1) << ". " << r.operation.summary;
                if (!r.message.isEmpty()) {
                    m_context.out() << " — " << r.message;
                }
                m_context.out() << '\n';
                m_context.out().flush();
            });
        m_context.out() << "\nApplying:\n";
        m_context.out().flush();
    }
    connect(m_executor, &ExchangeExecutor::finished, this, [this](const ExchangeExecution& execution) {
        printResults(execution);
        if (execution.allSucceeded()) {
            finish(ExitCode::Ok, execution);
            return;
        }
        bool forbidden = false;
        for (const auto& r : execution.results) {
            forbidden = forbidden || isForbidden(r);
        }
        if (forbidden) {
            m_context.printError(QStringLiteral("Exchange Online refused the change (HTTP 403)."),
                                 PolicyBackend::exchangeRoleHint());
        }
        const int made = execution.count(ExchangeExecution::Result::Status::Succeeded);
        if (made > 0) {
            // Steps of a recipe depend on each other; what was made stays, and the journal says exactly what.
            m_context.printNote(
                QStringLiteral("%1 of %2 were made and the rest were not. The journal %3 (operation %4) "
                               "holds what was done: consentdesk-cli journal list --operation %4")
                    .arg(changes(made))
                    .arg(execution.results.size())
                    .arg(m_journal->path(), execution.operationId));
        }
        finish(forbidden ? ExitCode::PermissionDenied : ExitCode::Failure, execution);
    });
    if (!m_executor->execute(plan)) {
        m_context.printError(QStringLiteral("Internal error: a change is already running."));
        finish(ExitCode::Failure);
    }
}

void PolicyPlanRunner::printResults(const ExchangeExecution& execution)
{
    const auto format = m_context.settings().format;
    if (format == TableWriter::Format::Csv) {
        m_context.print(resultsTable(execution));
        return;
    }
    if (format != TableWriter::Format::Table) {
        return; // JSON: the caller prints one object at the end
    }
    const int made = execution.count(ExchangeExecution::Result::Status::Succeeded);
    m_context.out() << "Done: " << made << " of " << execution.results.size() << " made";
    const int failed = execution.count(ExchangeExecution::Result::Status::Failed);
    const int skipped = execution.count(ExchangeExecution::Result::Status::Skipped);
    if (failed > 0) {
        m_context.out() << ", " << failed << " failed";
    }
    if (skipped > 0) {
        m_context.out() << ", " << skipped << " skipped";
    }
    m_context.out() << ". Journal: " << journalPath() << " (operation " << execution.operationId << ")\n";
    m_context.out().flush();
}

QJsonObject PolicyPlanRunner::executionJson(const ExchangeExecution& execution) const
{
    QJsonArray results;
    for (const auto& r : execution.results) {
        results.append(QJsonObject {
            {QStringLiteral("index"), r.index + 1},
            {QStringLiteral("status"), statusName(r.status)},
            {QStringLiteral("summary"), r.operation.summary},
            {QStringLiteral("action"), r.operation.action()},
            {QStringLiteral("cmdlet"), r.operation.cmdlet},
            {QStringLiteral("powerShell"), r.operation.powerShell()},
            {QStringLiteral("httpStatus"), r.error.httpStatus},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("journalEntryId"), r.journalEntryId},
        });
    }
    return QJsonObject {
        {QStringLiteral("plan"), execution.plan.toJson()},
        {QStringLiteral("operationId"), execution.operationId},
        {QStringLiteral("journal"), journalPath()},
        {QStringLiteral("succeeded"), execution.count(ExchangeExecution::Result::Status::Succeeded)},
        {QStringLiteral("failed"), execution.count(ExchangeExecution::Result::Status::Failed)},
        {QStringLiteral("skipped"), execution.count(ExchangeExecution::Result::Status::Skipped)},
        {QStringLiteral("results"), results},
    };
}
