#include "JournalListCommand.h"

#include "CliContext.h"
#include "JournalBackend.h"

#include "consent/Journal.h"
#include "consent/JournalQuery.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

namespace {

// For people and scripts, in the form the other commands use for statuses; the file keeps its own keys.
QString outcomeName(JournalEntry::Outcome outcome)
{
    switch (outcome) {
    case JournalEntry::Outcome::Succeeded:
        return QStringLiteral("Succeeded");
    case JournalEntry::Outcome::Failed:
        return QStringLiteral("Failed");
    case JournalEntry::Outcome::NotApplied:
        return QStringLiteral("NotApplied");
    case JournalEntry::Outcome::Pending:
        break;
    }
    return QStringLiteral("Pending");
}

} // namespace

QString JournalListCommand::details() const
{
    return QStringLiteral(
        "Lists the journal shared with the ConsentDesk app (oldest first). When signed in, entries that have no\n"
        "outcome yet — a process died between writing the intent and hearing back — are first settled by reading\n"
        "the tenant (--no-settle skips that); without a sign-in the journal is listed as it is.\n"
        "\n"
        "Filters (all must match): --since 2026-11-30 | 2026-11-30T08:00:00Z | 7d | 12h | 30m; --action\n"
        "grant.delete (or a prefix: grant.*); --app (client object ID, app ID or part of the name); --outcome\n"
        "Pending,Succeeded,Failed,NotApplied; --actor (part of the UPN); --operation ID (one admin action, e.g. a\n"
        "bulk revoke).\n"
        "\n"
        "Columns (CSV headers and JSON keys, stable): Id, Time, Actor, Action, Summary, Outcome, HttpStatus,\n"
        "OperationId, RestoresEntryId. Exit codes: 0 ok (also when nothing matches), 1 the journal cannot be read,\n"
        "2 usage.");
}

QList<QCommandLineOption> JournalListCommand::options() const
{
    return {
        {QStringLiteral("since"),
         QStringLiteral("From this time: ISO 8601 date/time, or 7d, 12h, 30m ago."),
         QStringLiteral("when")},
        {QStringLiteral("action"), QStringLiteral("Action, or a prefix ending in . or *."), QStringLiteral("action")},
        {QStringLiteral("app"), QStringLiteral("Client object ID, app ID or part of its name."), QStringLiteral("app")},
        {QStringLiteral("outcome"),
         QStringLiteral("Pending, Succeeded, Failed, NotApplied (comma-separated)."),
         QStringLiteral("outcome")},
        {QStringLiteral("actor"), QStringLiteral("Who made the change (part of the UPN)."), QStringLiteral("upn")},
        {QStringLiteral("operation"), QStringLiteral("One operation's entries."), QStringLiteral("id")},
        {QStringLiteral("no-settle"), QStringLiteral("Do not settle pending entries by reading the tenant.")},
    };
}

QDateTime JournalListCommand::parseSince(const QString& text, const QDateTime& now)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})([dhm])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0).toLower();
        const qint64 seconds = unit == QLatin1Char('d') ? n * 86400 : unit == QLatin1Char('h') ? n * 3600 : n * 60;
        return now.addSecs(-seconds);
    }
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid()) {
            time = QDateTime(date, QTime(0, 0), Qt::UTC);
        }
    }
    if (time.isValid() && time.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+'))) {
        time.setTimeSpec(Qt::UTC); // the journal is UTC; an ISO time without a zone is read as UTC too
    }
    return time;
}

Table JournalListCommand::table(const QList<JournalEntry>& entries)
{
    Table table;
    for (const char* key :
         {"Id", "Time", "Actor", "Action", "Summary", "Outcome", "HttpStatus", "OperationId", "RestoresEntryId"}) {
        table.addColumn(QString::fromLatin1(key));
    }
    for (const JournalEntry& e : entries) {
        table.addRow({e.id,
                      e.time.toUTC().toString(Qt::ISODate),
                      e.actor,
                      e.action,
                      e.summary,
                      outcomeName(e.outcome),
                      e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant(),
                      e.operationId,
                      e.restoresEntryId});
    }
    return table;
}

void JournalListCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.printError(QStringLiteral("journal list takes no arguments (got '%1').")
                               .arg(parser.positionalArguments().join(QLatin1Char(' ')).left(60)));
        done(ExitCode::Usage);
        return;
    }
    JournalQuery query;
    if (parser.isSet(QStringLiteral("since"))) {
        query.from = parseSince(parser.value(QStringLiteral("since")), QDateTime::currentDateTimeUtc());
        if (!query.from.isValid()) {
            context.printError(
                QStringLiteral("--since: cannot read '%1'.").arg(parser.value(QStringLiteral("since")).left(40)),
                QStringLiteral("Use an ISO 8601 date or time (2026-11-30, 2026-11-30T08:00:00Z) or an "
                               "age: 7d, 12h, 30m."));
            done(ExitCode::Usage);
            return;
        }
    }
    for (const QString& value : parser.values(QStringLiteral("action"))) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            query.actions.append(part.trimmed());
        }
    }
    for (const QString& value : parser.values(QStringLiteral("outcome"))) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool known = false;
            for (const auto outcome : {JournalEntry::Outcome::Pending,
                                       JournalEntry::Outcome::Succeeded,
                                       JournalEntry::Outcome::Failed,
                                       JournalEntry::Outcome::NotApplied}) {
                if (outcomeName(outcome).compare(part.trimmed(), Qt::CaseInsensitive) == 0
                    || JournalEntry::outcomeKey(outcome).compare(part.trimmed(), Qt::CaseInsensitive) == 0) {
                    query.outcomes.append(outcome);
                    known = true;
                }
            }
            if (!known) {
                context.printError(QStringLiteral("Unknown outcome '%1'.").arg(part.trimmed().left(40)),
                                   QStringLiteral("Use Pending, Succeeded, Failed or NotApplied."));
                done(ExitCode::Usage);
                return;
            }
        }
    }
    query.app = parser.value(QStringLiteral("app")).trimmed();
    query.actor = parser.value(QStringLiteral("actor")).trimmed();
    query.operationId = parser.value(QStringLiteral("operation")).trimmed();

    auto* backend = new JournalBackend(context);
    backend->open(!parser.isSet(QStringLiteral("no-settle")), [&context, backend, query, done](ExitCode code) {
        backend->deleteLater();
        if (code != ExitCode::Ok) {
            done(code);
            return;
        }
        const QList<JournalEntry> entries = query.apply(backend->journal()->entries());
        context.print(table(entries));
        if (context.settings().format == TableWriter::Format::Table && entries.isEmpty()) {
            context.printNote(QStringLiteral("No journal entries match (%1).").arg(backend->journal()->path()));
        }
        done(ExitCode::Ok);
    });
}
