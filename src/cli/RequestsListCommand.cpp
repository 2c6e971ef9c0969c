#include "RequestsListCommand.h"

#include "CliContext.h"
#include "RequestTables.h"
#include "RequestsBackend.h"

#include "graph/ODataFilter.h"

#include <QCommandLineParser>
#include <QTextStream>

QString RequestsListCommand::details() const
{
    return QStringLiteral(
        "Without options: every request in the tenant, whatever its status. --mine: only the requests waiting for\n"
        "you as a reviewer of the admin consent workflow (InProgress). --status narrows the list to requests with a\n"
        "user request in that status: Initializing, InProgress, Expired or Completed (any case; repeat the option or\n"
        "separate with commas for several). --app APPID: only that application.\n"
        "\n"
        "Columns (CSV headers and JSON keys, stable): Id, App, AppId, Status, RequestCount, RequestedBy,\n"
        "LatestRequest, Expires, HighestRisk, Permissions. Dates are ISO 8601 UTC; Expires is the earliest expiry of\n"
        "the open user requests (empty when none is open or the workflow policy cannot be read). In JSON,\n"
        "RequestedBy and Permissions are arrays; in CSV, RequestedBy is separated by \"; \" and Permissions by "
        "spaces.\n"
        "HighestRisk is one of critical, high, medium, low, unranked (JSON/CSV).\n"
        "\n"
        "Reading requests needs Global Reader, Cloud Application Administrator, Application Administrator or Global\n"
        "Administrator. Exit codes: 0 ok (also when the list is empty), 2 usage (e.g. an unknown status),\n"
        "3 sign-in needed, 4 your role may not read consent requests.");
}

QList<QCommandLineOption> RequestsListCommand::options() const
{
    return {
        {QStringLiteral("mine"), QStringLiteral("Only the requests waiting for you as a reviewer.")},
        {QStringLiteral("status"),
         QStringLiteral("Initializing, InProgress, Expired or Completed (several: comma-separated)."),
         QStringLiteral("status")},
        {QStringLiteral("app"),
         QStringLiteral("Only requests for this application (client) ID."),
         QStringLiteral("appid")},
    };
}

void RequestsListCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.printError(QStringLiteral("requests list takes no arguments (got '%1').")
                               .arg(parser.positionalArguments().join(QLatin1Char(' ')).left(60)),
                           QStringLiteral("To see one request: consentdesk-cli requests show ID"));
        done(ExitCode::Usage);
        return;
    }
    ConsentRequestService::Query query;
    query.view = parser.isSet(QStringLiteral("mine")) ? ConsentRequestService::View::MyPending
                                                      : ConsentRequestService::View::All;
    QStringList statuses;
    for (const QString& value : parser.values(QStringLiteral("status"))) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString canonical;
            for (const QString& known : ConsentRequestService::statuses()) {
                if (known.compare(part.trimmed(), Qt::CaseInsensitive) == 0) {
                    canonical = known;
                }
            }
            if (canonical.isEmpty()) {
                context.printError(QStringLiteral("Unknown status '%1'.").arg(part.trimmed().left(40)),
                                   QStringLiteral("Use one of: ")
                                       + ConsentRequestService::statuses().join(QStringLiteral(", "))
                                       + QLatin1Char('.'));
                done(ExitCode::Usage);
                return;
            }
            if (!statuses.contains(canonical)) {
                statuses.append(canonical);
            }
        }
    }
    if (parser.isSet(QStringLiteral("status")) && statuses.isEmpty()) {
        context.printError(QStringLiteral("--status needs a value."),
                           QStringLiteral("Use one of: ")
                               + ConsentRequestService::statuses().join(QStringLiteral(", ")));
        done(ExitCode::Usage);
        return;
    }
    if (query.view == ConsentRequestService::View::MyPending && !statuses.isEmpty()) {
        // "Waiting for me" is InProgress by definition (Graph's filterByCurrentUser); a status on top would either
        // repeat that or contradict it.
        context.printError(QStringLiteral("--mine lists the requests waiting for you (InProgress); it cannot be "
                                          "combined with --status."),
                           QStringLiteral("For other statuses, list all requests: consentdesk-cli requests list "
                                          "--status STATUS"));
        done(ExitCode::Usage);
        return;
    }
    query.statuses = statuses;
    query.appId = parser.value(QStringLiteral("app")).trimmed();
    if (!query.appId.isEmpty() && !ODataFilter::isGuid(query.appId)) {
        context.printError(
            QStringLiteral("--app needs an application (client) ID, a GUID; got '%1'.").arg(query.appId.left(40)));
        done(ExitCode::Usage);
        return;
    }

    auto* backend = new RequestsBackend(context.graph());
    backend->service()->list(
        query, backend, [&context, backend, done, query](const ConsentRequestService::Listing& listing) {
            backend->deleteLater();
            if (listing.error.isError()) {
                const ExitCode code = exitCodeFor(listing.error);
                context.printError(
                    QStringLiteral("Could not read the consent requests: %1").arg(listing.error.summary()),
                    code == ExitCode::PermissionDenied
                        ? QStringLiteral("Reading them needs Global Reader, Cloud Application Administrator, "
                                         "Application Administrator or Global Administrator.")
                        : QString());
                done(code);
                return;
            }
            context.print(RequestTables::list(listing.requests, context.settings().format));
            if (context.settings().format == TableWriter::Format::Table) {
                if (listing.requests.isEmpty()) {
                    context.printNote(query.view == ConsentRequestService::View::MyPending
                                          ? QStringLiteral("Nothing is waiting for you as a reviewer.")
                                          : QStringLiteral("No consent requests match."));
                }
                if (listing.policyError.isError()) {
                    context.printNote(QStringLiteral("note: expiry unknown: the admin consent workflow policy could "
                                                     "not be read (%1).")
                                          .arg(listing.policyError.summary()));
                } else if (!listing.workflowEnabled && listing.requestDurationInDays >= 0) {
                    context.printNote(QStringLiteral("note: the admin consent workflow is off: users cannot file new "
                                                     "requests."));
                }
            }
            done(ExitCode::Ok);
        });
}
