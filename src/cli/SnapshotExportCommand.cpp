#include "SnapshotExportCommand.h"

#include "CliContext.h"

#include "auth/IdTokenClaims.h"
#include "exchange/ExchangeAdminClient.h"
#include "report/FirstSeenHistory.h"
#include "report/SnapshotCatalog.h"
#include "report/SnapshotExporter.h"
#include "report/SnapshotWriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <memory>

namespace {

// Who made the file, for its header: the stored sign-in's account, else the user the environment token was issued to
// (a scheduled export's "who"). The token is read without validating it — a label, never a decision — and not kept.
QString createdBy(const CliContext& context)
{
    if (context.account() && !context.account()->userPrincipalName.isEmpty()) {
        return context.account()->userPrincipalName;
    }
    if (context.settings().environmentGraph) {
        QByteArray token = qgetenv("CONSENTDESK_ACCESS_TOKEN").trimmed();
        const QString user = IdTokenClaims::decode(token).preferredUsername;
        token.fill('\0');
        if (!user.isEmpty()) {
            return user;
        }
    }
    return QStringLiteral("environment token"); // an app-only token names no user
}

} // namespace

QString SnapshotExportCommand::details() const
{
    return QStringLiteral(
        "Writes one JSON file: a header (consentDeskSnapshot: schemaVersion, tenantId, tenantDisplayName,\n"
        "createdDateTime, createdBy (the signed-in user, or the user CONSENTDESK_ACCESS_TOKEN names), "
        "consentDeskVersion), then Graph's own JSON for servicePrincipals,\n"
        "oauth2PermissionGrants, appRoleAssignments (of every resource), the users of per-user grants,\n"
        "appConsentRequests (with userConsentRequests), policies (adminConsentRequestPolicy, authorizationPolicy,\n"
        "permissionGrantPolicies), Exchange's applicationAccessPolicies, the parts that could not be read (errors)\n"
        "and an end marker with the count of each list. Pages are written as they arrive (large tenants stream).\n"
        "FILE ending in .gz, or --gzip, writes gzip. The file is replaced only when the export is complete.\n"
        "\n"
        "--format json prints {file, items, errors}; table prints a line for people.\n"
        "Exit codes: 0 written (parts that could not be read are listed on stderr and in the file), 1 failure,\n"
        "2 usage, 3 sign-in needed, 4 permission denied.");
}

QList<QCommandLineOption> SnapshotExportCommand::options() const
{
    return {{QStringLiteral("gzip"), QStringLiteral("Compress the file with gzip (default when FILE ends in .gz).")}};
}

void SnapshotExportCommand::run(CliContext& context,
                                const QCommandLineParser& parser,
                                std::function<void(ExitCode)> done)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty()) {
        context.printError(QStringLiteral("snapshot export needs exactly one FILE."),
                           QStringLiteral("Example: consentdesk-cli snapshot export contoso-2026-12-07.json.gz"));
        done(ExitCode::Usage);
        return;
    }
    const QString path = args.first();
    const bool gzip = parser.isSet(QStringLiteral("gzip")) || path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        context.printError(QStringLiteral("Cannot write %1: %2").arg(path, file->errorString()),
                           QStringLiteral("Choose a folder you may write to."));
        done(ExitCode::Failure);
        return;
    }
    auto writer = std::make_shared<SnapshotWriter>(file.get(), gzip);
    auto* exchange = new ExchangeAdminClient(context.graph());
    auto* exporter = new SnapshotExporter(context.graph(), exchange);
    exchange->setParent(exporter);
    SnapshotExporter::Options options;
    options.tenantId = context.account() ? context.account()->tenantId : context.settings().tenant;
    if (options.tenantId.isEmpty()) {
        options.tenantId = context.settings().tenant;
    }
    options.createdBy = createdBy(context);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QObject::connect(
        exporter,
        &SnapshotExporter::finished,
        exporter,
        [&context, exporter, file, writer, path, timer, done](bool ok, const GraphError& error) {
            exporter->deleteLater();
            if (!ok) {
                file->cancelWriting();
                const ExitCode code = exitCodeFor(error);
                context.printError(QStringLiteral("The snapshot was not written: %1").arg(error.summary()),
                                   code == ExitCode::PermissionDenied
                                       ? QStringLiteral("Exporting needs Directory.Read.All and Policy.Read.All and a "
                                                        "role such as Global Reader.")
                                       : QString());
                done(code == ExitCode::Ok ? ExitCode::Failure : code);
                return;
            }
            if (!file->commit()) {
                context.printError(QStringLiteral("Cannot write %1: %2").arg(path, file->errorString()));
                done(ExitCode::Failure);
                return;
            }
            // What the file holds was seen now: the first-seen history learns it as if the file were opened.
            FirstSeenHistory::record(exporter->tenantId(),
                                     exporter->claimCollector(),
                                     exporter->createdDateTime(),
                                     FirstSeenHistory::Source::Snapshot);
            const QStringList errors = exporter->partErrors();
            if (context.settings().format == TableWriter::Format::Json) {
                context.out() << QString::fromUtf8(
                    QJsonDocument(QJsonObject {{QStringLiteral("file"), path},
                                               {QStringLiteral("items"), double(exporter->itemsWritten())},
                                               {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}})
                        .toJson(QJsonDocument::Indented));
            } else {
                context.out() << "Snapshot written to " << path << ": " << exporter->itemsWritten() << " items in "
                              << QString::number(timer->elapsed() / 1000.0, 'f', 1) << " s.\n";
            }
            context.out().flush();
            for (const QString& e : errors) {
                context.printNote(QStringLiteral("note: not in the snapshot (could not be read): %1").arg(e));
            }
            done(ExitCode::Ok);
        });
    exporter->start(writer.get(), options);
}
