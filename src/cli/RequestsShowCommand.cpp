#include "RequestsShowCommand.h"

#include "CliContext.h"
#include "RequestTables.h"
#include "RequestsBackend.h"

#include "graph/GraphError.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

QString RequestsShowCommand::details() const
{
    return QStringLiteral(
        "ID is the request's Id from `consentdesk-cli requests list`.\n"
        "\n"
        "--format table: the request, its requesters (with their reasons) and its permissions, one table each.\n"
        "--format json: {\"Request\": {…}, \"Requesters\": […], \"Permissions\": […]} with the keys of the tables:\n"
        "  Request: Id, App, AppId, ConsentType, Status, RequestCount, LatestRequest, Expires, HighestRisk,\n"
        "           ClientServicePrincipal (enabled | disabled | missing), Permissions\n"
        "  Requesters: Requester, Name, Status, Requested, Expires, Completed, ReviewResult, Reason\n"
        "  Permissions: Api, ResourceAppId, Permission, Type, AdminConsentRequired, Risk, AlreadyGranted, Published,\n"
        "               DisplayName, Description, RiskReason\n"
        "--format csv: the Permissions table.\n"
        "\n"
        "Exit codes: 0 ok, 2 usage, 3 sign-in needed, 4 your role may not read consent requests, 5 no request has\n"
        "this ID.");
}

bool RequestsShowCommand::requestId(CliContext& context,
                                    const QCommandLineParser& parser,
                                    const QString& command,
                                    QString* id)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.constFirst().trimmed().isEmpty()) {
        context.printError(args.isEmpty() ? QStringLiteral("requests %1 needs the request's ID.").arg(command)
                                          : QStringLiteral("requests %1 takes one request ID.").arg(command),
                           QStringLiteral("The IDs are in the Id column of `consentdesk-cli requests list`."));
        return false;
    }
    *id = args.constFirst().trimmed();
    return true;
}

ExitCode RequestsShowCommand::readFailed(CliContext& context, const QString& id, const GraphError& error)
{
    const ExitCode code = exitCodeFor(error);
    if (code == ExitCode::NotFound) {
        context.printError(QStringLiteral("There is no consent request with ID %1.").arg(id.left(60)),
                           QStringLiteral("The IDs are in the Id column of `consentdesk-cli requests list`."));
    } else if (code == ExitCode::PermissionDenied) {
        context.printError(QStringLiteral("Your account may not read consent requests (%1).").arg(error.summary()),
                           QStringLiteral("Reading them needs Global Reader, Cloud Application Administrator, "
                                          "Application Administrator or Global Administrator."));
    } else {
        context.printError(QStringLiteral("Could not read the consent request: %1").arg(error.summary()));
    }
    return code;
}

void RequestsShowCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    QString id;
    if (!requestId(context, parser, QStringLiteral("show"), &id)) {
        done(ExitCode::Usage);
        return;
    }
    auto* backend = new RequestsBackend(context.graph());
    backend->review(id, [&context, backend, done, id](const ConsentRequestReview& review, const GraphError& error) {
        backend->deleteLater();
        if (error.isError() && review.request.id.isEmpty()) {
            done(readFailed(context, id, error));
            return;
        }
        const auto format = context.settings().format;
        if (format == TableWriter::Format::Json) {
            context.out() << QString::fromUtf8(
                QJsonDocument(RequestTables::reviewJson(review)).toJson(QJsonDocument::Indented));
            context.out().flush();
        } else if (format == TableWriter::Format::Csv) {
            context.print(RequestTables::permissions(review, format));
        } else {
            context.print(RequestTables::request(review, format));
            context.out() << "\nRequested by:\n";
            context.print(RequestTables::requesters(review.request));
            context.out() << "\nPermissions:\n";
            if (review.items.isEmpty()) {
                context.out() << (review.request.isStatic()
                                      ? "(none listed: a Static request asks for the permissions the app is "
                                        "configured with; grant them on the admin consent page)\n"
                                      : "(none)\n");
            } else {
                context.print(RequestTables::permissions(review, format));
            }
            context.out().flush();
        }
        if (error.isError()) {
            // A partial review (one API could not be read): what is shown is right, but some rows are unresolved.
            context.printNote(QStringLiteral("note: not everything could be read: %1").arg(error.summary()));
        }
        done(ExitCode::Ok);
    });
}
