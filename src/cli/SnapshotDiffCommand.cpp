#include "SnapshotDiffCommand.h"

#include "CliContext.h"

#include "async/Async.h"
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

#include <future>
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

// A file argument read and indexed (any thread), or why not.
struct ReadFile
{
    bool exists = false;
    QString error; // the reader's refusal
    std::optional<SnapshotIndex> index;
};

ReadFile readFile(const QString& path)
{
    ReadFile file;
    file.exists = QFileInfo::exists(path);
    if (!file.exists) {
        return file;
    }
    const SnapshotReader::Result read = SnapshotReader::readFile(path);
    if (!read.ok()) {
        file.error = read.error;
        return file;
    }
    file.index = SnapshotIndex::build(*read.snapshot); // the snapshot itself is dropped here: the index is enough
    return file;
}

// The index, or the exit code and message of the refusal.
std::optional<SnapshotIndex> indexOf(CliContext& context, const QString& path, ReadFile file, ExitCode* code)
{
    if (!file.exists) {
        context.printError(QStringLiteral("No snapshot file %1.").arg(path),
                           QStringLiteral("Write one with: consentdesk-cli snapshot export FILE"));
        *code = ExitCode::NotFound;
        return std::nullopt;
    }
    if (!file.index) {
        context.printError(QStringLiteral("Cannot use %1: %2").arg(path, file.error),
                           QStringLiteral("Nothing was compared. Give a complete snapshot file written by "
                                          "'consentdesk-cli snapshot export'."));
        *code = ExitCode::Usage;
        return std::nullopt;
    }
    return std::move(file.index);
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
        "  kind app|delegated|application|userConsent|setting|policy, app, appId, permission, principal, before,\n"
        "  after, risk} and two additions: resource, firstSeen]}; html: a self-contained report (inline CSS, no\n"
        "  script). permission is the bare scope or app role name; resource the API it belongs to (Microsoft Graph,\n"
        "  Office 365 Exchange Online, ...). A removal's after is 'removed'. firstSeen (rows about a grant; last\n"
        "  column in table/csv): the UTC date ConsentDesk on this computer first saw the grant (in a list it read or\n"
        "  a snapshot it opened; the grant may be older).\n"
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
    QList<FirstSeenHistory> histories; // one per tenant (the two sides are one tenant, as a rule)
    for (const SnapshotIndex* index : {&before, &after}) {
        const bool sameTenant
            = !histories.isEmpty()
              && histories.constLast().tenantId().compare(index->tenantId(), Qt::CaseInsensitive) == 0;
        if (!sameTenant) {
            FirstSeenHistory history(index->tenantId());
            if (!history.load()) {
                continue; // unreadable: no dates rather than a history started over
            }
            histories.append(history);
        }
        histories.last().observe(*index, index->createdDateTime(), FirstSeenHistory::Source::Snapshot);
    }
    QList<SnapshotChange> changes = SnapshotDiff::compare(before, after, RiskCatalog::builtIn());
    for (const FirstSeenHistory& history : std::as_const(histories)) {
        SnapshotDiff::addFirstSeen(changes, history); // each grant's row: since when ConsentDesk has seen it
    }
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
    if (!isLive(args.at(1))) {
        // Two files: the second is read and indexed on another thread meanwhile (a large tenant's file takes seconds).
        std::future<ReadFile> second = std::async(std::launch::async, readFile, args.at(1));
        const auto before = indexOf(context, args.at(0), readFile(args.at(0)), &code);
        ReadFile afterFile = second.get();
        if (!before) {
            done(code); // the first file's refusal is the answer, as when they are read one by one
            return;
        }
        const auto after = indexOf(context, args.at(1), std::move(afterFile), &code);
        if (!after) {
            done(code);
            return;
        }
        done(print(context,
                   *before,
                   *after,
                   sideOf(QFileInfo(args.at(0)).fileName(), *before),
                   sideOf(QFileInfo(args.at(1)).fileName(), *after)));
        return;
    }
    auto before = indexOf(context, args.at(0), readFile(args.at(0)), &code);
    if (!before) {
        done(code);
        return;
    }
    const SnapshotDiffReport::Side beforeSide = sideOf(QFileInfo(args.at(0)).fileName(), *before);
    auto* exchange = new ExchangeAdminClient(context.graph());
    SnapshotExporter::Options options;
    options.tenantId = context.settings().tenant;
    options.createdBy = context.account() ? context.account()->userPrincipalName : QString();
    auto held = std::make_shared<SnapshotIndex>(std::move(*before));
    const QFuture<LiveSnapshot::Read> read = LiveSnapshot::read(context.graph(), exchange, options, exchange);
    Async::then(read, exchange, [&context, exchange, held, beforeSide, done](const LiveSnapshot::Read& r) {
        const SnapshotReader::Result& live = r.snapshot;
        const GraphError& error = r.error;
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
