#include "SnapshotDiffCommand.h"

#include "CliContext.h"

#include "exchange/ExchangeAdminClient.h"
#include "report/FirstSeenHistory.h"
#include "report/LiveSnapshot.h"
#include "report/SnapshotDiff.h"
#include "report/SnapshotIndex.h"
#include "report/SnapshotReader.h"
#include "report/Table.h"
#include "risk/RiskCatalog.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace {

bool isLive(const QString& arg)
{
    return arg == QLatin1String("live");
}

SnapshotDiffReport::Side sideOf(const QString& label, const SnapshotIndex& index)
{
    const QString tenant = index.tenantDisplayName().isEmpty()
                               ? index.tenantId()
                               : QStringLiteral("%1 (%2)").arg(index.tenantDisplayName(), index.tenantId());
    return {label, tenant, index.createdDateTime().toString(Qt::ISODate)};
}

// A file argument read and indexed, or the exit code and message of its refusal.
std::optional<SnapshotIndex> readIndex(CliContext& context, const QString& path, ExitCode* code)
{
    if (!QFileInfo::exists(path)) {
        context.printError(QStringLiteral("No snapshot file %1.").arg(path),
                           QStringLiteral("Write one with: consentdesk-cli snapshot export FILE"));
        *code = ExitCode::NotFound;
        return std::nullopt;
    }
    const SnapshotReader::Result read = SnapshotReader::readFile(path);
    if (!read.ok()) {
        context.printError(QStringLiteral("Cannot use %1: %2").arg(path, read.error),
                           QStringLiteral("Nothing was compared. Give a complete snapshot file written by "
                                          "'consentdesk-cli snapshot export'."));
        *code = ExitCode::Usage;
        return std::nullopt;
    }
    return SnapshotIndex::build(*read.snapshot); // the snapshot itself is dropped here: the index is enough
}

} // namespace

QString SnapshotDiffCommand::details() const
{
    return QStringLiteral(
        "A and B are snapshot files (consentdesk-cli snapshot export; .json or .json.gz); B may be 'live' for the\n"
        "tenant as it is now (read in full, as an export would). Rows, riskiest first: apps added, removed or\n"
        "renamed; tenant-wide delegated scopes, users' own consents and application permissions added or removed;\n"
        "a scope that moved between per-user consent and tenant-wide ('changed'); consent settings and permission\n"
        "grant policies and Exchange application access policies added, removed or changed. A part either side could\n"
        "not read is not compared (stderr says which).\n"
        "--format table|csv: the rows; json: {before, after, notCompared, changes: [{change added|removed|changed,\n"
        "  kind app|delegated|application|userConsent|setting|policy, app, appId, permission, resource, principal,\n"
        "  before, after, risk}]}; html: a self-contained report (inline CSS, no script).\n"
        "\n"
        "Exit codes: 0 no difference, 1 different, 2 usage or a file that is not a complete snapshot (refused,\n"
        "nothing compared), 3 sign-in needed (live), 4 permission denied (live), 5 a file does not exist.\n"
        "When the live tenant cannot be read for another reason the exit code is 1 with nothing on stdout.");
}

bool SnapshotDiffCommand::needsTenantFor(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    return args.size() == 2 && isLive(args.at(1));
}

ExitCode SnapshotDiffCommand::print(CliContext& context,
                                    const SnapshotIndex& before,
                                    const SnapshotIndex& after,
                                    const SnapshotDiffReport::Side& beforeSide,
                                    const SnapshotDiffReport::Side& afterSide)
{
    // Both sides are observations of the tenant: what they hold was there no later than when they were taken.
    for (const SnapshotIndex* index : {&before, &after}) {
        FirstSeenHistory history(index->tenantId());
        if (history.load()) {
            history.observe(*index, index->createdDateTime(), FirstSeenHistory::Source::Snapshot);
        }
    }
    const QList<SnapshotChange> changes = SnapshotDiff::compare(before, after, RiskCatalog::builtIn());
    const QStringList notCompared = SnapshotDiff::notCompared(before, after);
    if (!before.tenantId().isEmpty() && !after.tenantId().isEmpty()
        && before.tenantId().compare(after.tenantId(), Qt::CaseInsensitive) != 0) {
        context.printNote(QStringLiteral("note: the two sides are different tenants (%1 and %2).")
                              .arg(before.tenantId(), after.tenantId()));
    }
    const CliContext::Settings& s = context.settings();
    QTextStream& out = context.out();
    if (s.formatName == QLatin1String("html")) {
        out << QString::fromUtf8(SnapshotDiffReport::html(changes, beforeSide, afterSide, notCompared));
    } else if (s.format == TableWriter::Format::Json) {
        auto side = [](const SnapshotDiffReport::Side& side) {
            return QJsonObject {{QStringLiteral("label"), side.label},
                                {QStringLiteral("tenant"), side.tenant},
                                {QStringLiteral("createdDateTime"), side.taken}};
        };
        const QJsonObject doc {{QStringLiteral("before"), side(beforeSide)},
                               {QStringLiteral("after"), side(afterSide)},
                               {QStringLiteral("notCompared"), QJsonArray::fromStringList(notCompared)},
                               {QStringLiteral("changes"), SnapshotDiff::toJson(changes)}};
        out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else if (changes.isEmpty() && s.format == TableWriter::Format::Table) {
        out << "No differences.\n";
    } else {
        out.flush();
        context.print(SnapshotDiff::toTable(changes));
    }
    out.flush();
    for (const QString& part : notCompared) {
        context.printNote(QStringLiteral("note: not compared (that side could not read it): %1").arg(part));
    }
    return changes.isEmpty() ? ExitCode::Ok : ExitCode::Failure; // 1: different
}

void SnapshotDiffCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || isLive(args.at(0))) {
        context.printError(QStringLiteral("snapshot diff needs two arguments: a snapshot FILE, then a FILE or 'live'."),
                           QStringLiteral("Example: consentdesk-cli snapshot diff monday.json.gz live"));
        done(ExitCode::Usage);
        return;
    }
    ExitCode code = ExitCode::Ok;
    auto before = readIndex(context, args.at(0), &code);
    if (!before) {
        done(code);
        return;
    }
    const SnapshotDiffReport::Side beforeSide = sideOf(QFileInfo(args.at(0)).fileName(), *before);
    if (!isLive(args.at(1))) {
        const auto after = readIndex(context, args.at(1), &code);
        if (!after) {
            done(code);
            return;
        }
        done(print(context, *before, *after, beforeSide, sideOf(QFileInfo(args.at(1)).fileName(), *after)));
        return;
    }
    auto* exchange = new ExchangeAdminClient(context.graph());
    SnapshotExporter::Options options;
    options.tenantId = context.settings().tenant;
    options.createdBy = context.account() ? context.account()->userPrincipalName : QString();
    auto held = std::make_shared<SnapshotIndex>(std::move(*before));
    LiveSnapshot::read(
        context.graph(),
        exchange,
        options,
        exchange,
        [&context, exchange, held, beforeSide, done](const SnapshotReader::Result& live, const GraphError& error) {
            exchange->deleteLater();
            if (error.isError() || !live.ok()) {
                const ExitCode failed = error.isError() ? exitCodeFor(error) : ExitCode::Failure;
                context.printError(QStringLiteral("Could not read the live tenant: %1")
                                       .arg(error.isError() ? error.summary() : live.error),
                                   failed == ExitCode::PermissionDenied
                                       ? QStringLiteral("Reading it needs Directory.Read.All and "
                                                        "Policy.Read.All and a role such as Global "
                                                        "Reader.")
                                       : QString());
                done(failed == ExitCode::Ok ? ExitCode::Failure : failed);
                return;
            }
            const SnapshotIndex after = SnapshotIndex::build(*live.snapshot);
            done(print(context, *held, after, beforeSide, sideOf(QStringLiteral("live tenant"), after)));
        });
}
