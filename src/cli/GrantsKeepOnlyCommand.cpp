#include "GrantsKeepOnlyCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "GrantsBackend.h"
#include "GrantsRevokeCommand.h"

#include "consent/RevokePlanner.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

// "App:Mail.Read" → {true, "Mail.Read"}; "Mail.Read" → {false, "Mail.Read"}.
std::pair<bool, QString> parseName(const QString& name)
{
    for (const QLatin1String prefix : {QLatin1String("app:"), QLatin1String("application:")}) {
        if (name.startsWith(prefix, Qt::CaseInsensitive)) {
            return {true, name.mid(prefix.size())};
        }
    }
    return {false, name};
}

} // namespace

QString GrantsKeepOnlyCommand::details() const
{
    return QStringLiteral(
        "--keep lists what the app may keep, comma-separated or repeated: a plain name is a delegated permission\n"
        "(\"Mail.Read\", on whichever API grants it), App:NAME an application permission (\"App:Mail.Read\";\n"
        "Application:NAME works too). Everything else the app holds is revoked: scopes of its tenant-wide grants,\n"
        "the users' own consents (unless --keep-user-consents), application permissions. Keep only never adds a\n"
        "permission: a kept name the app does not hold is listed as \"not held\".\n"
        "\n"
        "First the diff (Status kept / removed / not held; CSV and JSON with the keys Status, PermissionType,\n"
        "ResourceDisplayName, Permission, PrincipalDisplayName), then the plan; --dry-run stops there. Confirmation,\n"
        "roles, token, journal and exit codes as `grants revoke`. Tokens already issued stay valid until they\n"
        "expire.");
}

QList<QCommandLineOption> GrantsKeepOnlyCommand::options() const
{
    return {
        {QStringLiteral("app"), QStringLiteral("The app: appId, object id or display name."), QStringLiteral("app")},
        {QStringLiteral("keep"), QStringLiteral("What to keep: S,S,App:V."), QStringLiteral("names")},
        {QStringLiteral("keep-user-consents"), QStringLiteral("Leave the users' own consents as they are.")},
        {QStringLiteral("dry-run"), QStringLiteral("Show the diff, the plan and the PowerShell; change nothing.")},
        {QStringLiteral("rollback-on-failure"), QStringLiteral("If some changes fail, undo the ones that were made.")},
    };
}

QStringList GrantsKeepOnlyCommand::keepKeys(const AppInventory& app, const QStringList& names, QStringList* notHeld)
{
    QStringList keys;
    for (const QString& name : names) {
        const auto [application, value] = parseName(name);
        bool held = false;
        for (const GrantedPermission& row : app.permissions) {
            if (row.permission.isApplication() == application
                && row.permission.value.compare(value, Qt::CaseInsensitive) == 0) {
                held = true;
                if (!keys.contains(row.permissionKey())) {
                    keys.append(row.permissionKey());
                }
            }
        }
        if (!held) {
            notHeld->append(name);
        }
    }
    return keys;
}

void GrantsKeepOnlyCommand::run(CliContext& context,
                                const QCommandLineParser& parser,
                                std::function<void(ExitCode)> done)
{
    const QStringList apps = parser.values(QStringLiteral("app"));
    const QStringList names = GrantsRevokeCommand::splitValues(parser.values(QStringLiteral("keep")));
    if (apps.size() != 1 || apps.first().trimmed().isEmpty() || !parser.positionalArguments().isEmpty()) {
        context.printError(QStringLiteral("grants keep-only needs one --app APP."));
        done(ExitCode::Usage);
        return;
    }
    if (names.isEmpty()) {
        // An empty keep list would mean "revoke everything": that is --all-permissions of grants revoke, by name.
        context.printError(QStringLiteral("--keep needs at least one permission, e.g. --keep User.Read,App:Mail.Read."),
                           QStringLiteral("To remove everything: consentdesk-cli grants revoke --app APP "
                                          "--all-permissions"));
        done(ExitCode::Usage);
        return;
    }
    const CliPlanRunner::Options options = CliPlanRunner::commandOptions(parser, CapabilityMap::Kind::Revoke);
    const bool userConsents = !parser.isSet(QStringLiteral("keep-user-consents"));

    auto* backend = new GrantsBackend(context.graph());
    auto* runner = new CliPlanRunner(context, nullptr, backend);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    backend->loadApps(
        {apps.first().trimmed()},
        [&context, runner, names, options, userConsents, finish](const GrantsBackend::Loaded& loaded) {
            const ExitCode failed = GrantsBackend::reportFailure(context, loaded);
            if (failed != ExitCode::Ok) {
                finish(failed);
                return;
            }
            const AppInventory& app = loaded.apps.first();
            QStringList notHeld;
            const QStringList keys = keepKeys(app, names, &notHeld);
            const RevokePlanner::KeepOnlyDiff diff = RevokePlanner::keepOnlyDiff(app, keys, userConsents);
            Table table;
            for (const char* key :
                 {"Status", "PermissionType", "ResourceDisplayName", "Permission", "PrincipalDisplayName"}) {
                table.addColumn(QString::fromLatin1(key));
            }
            auto add = [&table](const QString& status, const GrantedPermission& row) {
                table.addRow({status,
                              row.permissionType(),
                              row.permission.resourceDisplayName,
                              row.permission.value,
                              row.principalDisplayName});
            };
            for (const GrantedPermission& row : diff.kept) {
                add(QStringLiteral("kept"), row);
            }
            for (const GrantedPermission& row : diff.removed) {
                add(QStringLiteral("removed"), row);
            }
            for (const QString& name : notHeld) {
                const auto [application, value] = parseName(name);
                table.addRow({QStringLiteral("not held"),
                              application ? QStringLiteral("Application") : QStringLiteral("Delegated"),
                              QString(),
                              value,
                              QString()});
            }
            const auto format = context.settings().format;
            if (format == TableWriter::Format::Table) {
                context.out() << "Keep only, " << app.app.displayName << ":\n";
                context.print(table);
                context.out() << '\n';
            } else if (options.dryRun) {
                // Machine-readable output is one document: the diff is what a dry run of keep-only answers.
                context.print(table);
                finish(ExitCode::Ok);
                return;
            }
            GrantPlan plan = RevokePlanner::keepOnly(app, keys, userConsents);
            for (const QString& name : notHeld) {
                plan.warnings.append(QStringLiteral("%1 is not held by %2: Keep only does not add permissions.")
                                         .arg(name, app.app.displayName));
            }
            plan.note = RevokePlanner::tokenNote();
            runner->runAsAccount([plan] { return WritePlan::from(plan); }, options, finish);
        });
}
