#include "CliWriteReport.h"

#include "report/TenantText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

using Status = WriteRun::Result::Status;
using Style = CliWriteReport::Style;

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

// The policy commands shipped their statuses capitalised; the others lower case. Scripts read both.
QString statusName(Status status, Style style)
{
    const QString name = WriteRun::Result::statusName(status);
    return style == Style::ExchangeChange ? name.left(1).toUpper() + name.mid(1) : name;
}

QString permissionList(const QList<Permission>& permissions)
{
    QStringList names;
    for (const Permission& p : permissions) {
        names.append(QStringLiteral("%1 (%2, %3)")
                         .arg(p.value,
                              p.resourceDisplayName.isEmpty() ? p.resourceAppId : p.resourceDisplayName,
                              Permission::typeKey(p.type)));
    }
    return names.join(QStringLiteral(", "));
}

QString compact(const QJsonObject& json)
{
    return json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString heading(const WritePlan& plan)
{
    switch (CliWriteReport::styleOf(plan)) {
    case Style::ExchangeChange:
        return plan.title;
    case Style::ExchangeRestore:
        return plan.purpose == PlanHeader::Purpose::Rollback ? QStringLiteral("Roll back in Exchange Online")
                                                             : QStringLiteral("Restore in Exchange Online");
    case Style::Graph:
        break;
    }
    if (!plan.title.isEmpty() && (plan.clientDisplayName.isEmpty() || plan.purpose == PlanHeader::Purpose::Change)) {
        // A tenant setting ("Change the admin consent workflow"), or a change that names itself ("Enable sign-in for
        // Contoso CRM"), not a grant, block, revoke or restore of one app's permissions.
        return plan.title;
    }
    const QString purpose = plan.purpose == PlanHeader::Purpose::Grant     ? QStringLiteral("Grant")
                            : plan.purpose == PlanHeader::Purpose::Block   ? QStringLiteral("Block")
                            : plan.purpose == PlanHeader::Purpose::Revoke  ? QStringLiteral("Revoke from")
                            : plan.purpose == PlanHeader::Purpose::Restore ? QStringLiteral("Restore for")
                                                                           : QStringLiteral("Roll back");
    QString text = purpose + QLatin1Char(' ') + plan.clientDisplayName;
    if (!plan.clientAppId.isEmpty()) {
        text += QStringLiteral(" (") + plan.clientAppId + QLatin1Char(')');
    }
    return text;
}

} // namespace

CliWriteReport::Style CliWriteReport::styleOf(const WritePlan& plan)
{
    if (plan.service == WritePlan::Service::Graph) {
        return Style::Graph;
    }
    const bool undo = plan.purpose == PlanHeader::Purpose::Restore || plan.purpose == PlanHeader::Purpose::Rollback;
    return undo ? Style::ExchangeRestore : Style::ExchangeChange;
}

QString CliWriteReport::changes(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 change") : QStringLiteral("%1 changes").arg(n);
}

void CliWriteReport::writePlan(QTextStream& s, const WritePlan& plan, const QStringList& notes)
{
    const Style style = styleOf(plan);
    // Each item on one line of its own: a line break in a name (an app's, a permission's) would print a line of the
    // publisher's choosing in the list the admin confirms. (JSON and CSV keep the names exact.)
    const auto line = [](const QString& text) { return TenantText::forTerminal(text); };
    s << line(heading(plan)) << ": "
      << (plan.isEmpty() ? QStringLiteral("nothing to change.") : changes(plan.operations.size())) << '\n';
    for (int i = 0; i < plan.operations.size(); ++i) {
        s << "  " << (i + 1) << ". " << line(plan.operations.at(i)->summary) << '\n';
        if (style == Style::ExchangeChange) {
            s << "       PS> " << plan.operations.at(i)->powerShell() << '\n'; // a restore's script: --dry-run only
        }
    }
    if (!plan.alreadyGranted.isEmpty()) {
        s << "Already granted, no change: " << line(permissionList(plan.alreadyGranted)) << '\n';
    }
    if (!plan.notGrantable.isEmpty()) {
        s << "Skipped, cannot be granted: " << line(permissionList(plan.notGrantable)) << '\n';
    }
    if (!plan.warnings.isEmpty()) {
        s << "Warnings:\n";
        for (const QString& w : plan.warnings) {
            s << "  ! " << line(w) << '\n';
        }
    }
    if (!notes.isEmpty()) {
        s << "What it changes for this app:\n";
        for (const QString& n : notes) {
            s << "  - " << line(n) << '\n';
        }
    }
    if (!plan.refused.isEmpty()) {
        s << "Not restored:\n";
        for (const QString& r : plan.refused) {
            s << "  – " << line(r) << '\n';
        }
    }
    if (!plan.note.isEmpty() && !plan.isEmpty()) {
        s << "Note: " << line(plan.note) << '\n';
    }
    s.flush();
}

Table CliWriteReport::planTable(const WritePlan& plan)
{
    const Style style = styleOf(plan);
    Table table;
    table.addColumn(QStringLiteral("Index"));
    if (style == Style::Graph) {
        table.addColumn(QStringLiteral("Kind"));
        table.addColumn(QStringLiteral("Operation"));
        table.addColumn(QStringLiteral("Method"));
        table.addColumn(QStringLiteral("Path"));
        table.addColumn(QStringLiteral("Body"));
    } else {
        table.addColumn(QStringLiteral("Action"));
        table.addColumn(QStringLiteral("Operation"));
        if (style == Style::ExchangeChange) {
            table.addColumn(QStringLiteral("Cmdlet"));
        }
        table.addColumn(QStringLiteral("PowerShell"));
        if (style == Style::ExchangeRestore) {
            table.addColumn(QStringLiteral("RestoresEntryId"));
        }
    }
    for (int i = 0; i < plan.operations.size(); ++i) {
        const TenantWrite& op = *plan.operations.at(i);
        const QJsonObject request = op.journalRequest();
        switch (style) {
        case Style::Graph:
            table.addRow({i + 1,
                          op.action(),
                          op.summary,
                          request.value(QStringLiteral("method")).toString(),
                          request.value(QStringLiteral("path")).toString(),
                          compact(request.value(QStringLiteral("body")).toObject())});
            break;
        case Style::ExchangeChange:
            table.addRow({i + 1, op.action(), op.summary, op.requestLine(), op.powerShell()});
            break;
        case Style::ExchangeRestore:
            table.addRow({i + 1, op.action(), op.summary, op.powerShell(), op.restoresEntryId});
            break;
        }
    }
    return table;
}

QJsonObject CliWriteReport::planJson(const WritePlan& plan, const QStringList& notes)
{
    QJsonObject json = plan.toJson();
    if (styleOf(plan) == Style::ExchangeChange) {
        json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    }
    return json;
}

QString CliWriteReport::powerShellHeading(const WritePlan& plan)
{
    return plan.service == WritePlan::Service::Exchange ? QStringLiteral("Exchange Online PowerShell equivalent:")
                                                        : QStringLiteral("Microsoft Graph PowerShell equivalent:");
}

void CliWriteReport::writeResultLine(QTextStream& s, const WriteRun::Result& r)
{
    // One line per change, as in the plan (TenantText::forTerminal: a name's line break becomes a space).
    s << "  " << mark(r.status) << ' ' << (r.index + 1) << ". "
      << TenantText::forTerminal(r.operation ? r.operation->summary : QString());
    if (!r.message.isEmpty()) {
        s << " — " << TenantText::forTerminal(r.message);
    }
    s << '\n';
    s.flush();
}

void CliWriteReport::writeSummary(QTextStream& s, const WriteRun& run, const QString& phase, const QString& journalPath)
{
    s << (phase == QLatin1String("rollback") ? "Rolled back " : "Done: ") << run.count(Status::Succeeded) << " of "
      << run.results.size() << " made";
    const int failed = run.count(Status::Failed);
    const int skipped = run.count(Status::Skipped);
    if (failed > 0) {
        s << ", " << failed << " failed";
    }
    if (skipped > 0) {
        s << ", " << skipped << " skipped";
    }
    s << ". Journal: " << journalPath << " (operation " << run.operationId << ")\n";
    s.flush();
}

Table CliWriteReport::resultsTable(const WriteRun& run, Style style, const QString& phase)
{
    Table table;
    switch (style) {
    case Style::Graph:
        for (const char* column : {"Phase",
                                   "Index",
                                   "Status",
                                   "Operation",
                                   "Method",
                                   "Path",
                                   "HttpStatus",
                                   "ErrorCode",
                                   "Message",
                                   "JournalEntryId"}) {
            table.addColumn(QString::fromLatin1(column));
        }
        break;
    case Style::ExchangeChange:
        for (const char* column :
             {"Index", "Status", "Operation", "Cmdlet", "HttpStatus", "Message", "OperationId", "JournalEntryId"}) {
            table.addColumn(QString::fromLatin1(column));
        }
        break;
    case Style::ExchangeRestore:
        for (const char* column :
             {"Phase", "Index", "Status", "Operation", "PowerShell", "ErrorCode", "Message", "JournalEntryId"}) {
            table.addColumn(QString::fromLatin1(column));
        }
        break;
    }
    for (const auto& r : run.results) {
        const TenantWrite& op = *r.operation;
        const QJsonObject request = op.journalRequest();
        switch (style) {
        case Style::Graph:
            table.addRow({phase,
                          r.index + 1,
                          statusName(r.status, style),
                          op.summary,
                          request.value(QStringLiteral("method")).toString(),
                          request.value(QStringLiteral("path")).toString(),
                          r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(),
                          r.error.code,
                          r.message,
                          r.journalEntryId});
            break;
        case Style::ExchangeChange:
            table.addRow({r.index + 1,
                          statusName(r.status, style),
                          op.summary,
                          op.requestLine(),
                          r.error.httpStatus > 0 ? QVariant(r.error.httpStatus) : QVariant(),
                          r.message,
                          run.operationId,
                          r.journalEntryId});
            break;
        case Style::ExchangeRestore:
            table.addRow({phase,
                          r.index + 1,
                          statusName(r.status, style),
                          op.summary,
                          op.powerShell(),
                          r.error.code,
                          r.message,
                          r.journalEntryId});
            break;
        }
    }
    return table;
}

QJsonObject CliWriteReport::runJson(const WriteRun& run, Style style, const QString& journalPath)
{
    QJsonArray results;
    for (const auto& r : run.results) {
        const TenantWrite& op = *r.operation;
        QJsonObject result {
            {QStringLiteral("index"), r.index + 1},
            {QStringLiteral("status"), statusName(r.status, style)},
            {QStringLiteral("summary"), op.summary},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("journalEntryId"), r.journalEntryId},
        };
        switch (style) {
        case Style::Graph: {
            const QJsonObject request = op.journalRequest();
            result.insert(QStringLiteral("method"), request.value(QStringLiteral("method")));
            result.insert(QStringLiteral("path"), request.value(QStringLiteral("path")));
            result.insert(QStringLiteral("httpStatus"), r.httpStatus);
            result.insert(QStringLiteral("errorCode"), r.error.code);
            break;
        }
        case Style::ExchangeChange:
            result.insert(QStringLiteral("cmdlet"), op.requestLine());
            result.insert(QStringLiteral("powerShell"), op.powerShell());
            result.insert(QStringLiteral("action"), op.action());
            result.insert(QStringLiteral("httpStatus"), r.error.httpStatus);
            break;
        case Style::ExchangeRestore:
            result.insert(QStringLiteral("cmdlet"), op.requestLine());
            result.insert(QStringLiteral("powerShell"), op.powerShell());
            result.insert(QStringLiteral("errorCode"), r.error.code);
            result.insert(QStringLiteral("restoresEntryId"), op.restoresEntryId);
            break;
        }
        results.append(result);
    }
    return QJsonObject {
        {QStringLiteral("plan"), run.plan.toJson()},
        {QStringLiteral("operationId"), run.operationId},
        {QStringLiteral("journal"), journalPath},
        {QStringLiteral("succeeded"), run.count(Status::Succeeded)},
        {QStringLiteral("failed"), run.count(Status::Failed)},
        {QStringLiteral("skipped"), run.count(Status::Skipped)},
        {QStringLiteral("results"), results},
    };
}
