#include "GrantsListCommand.h"

#include "CliContext.h"
#include "GrantsBackend.h"

#include "consent/AppSummary.h"
#include "consent/TenantInventoryLoader.h"
#include "consent/UserConsentLookup.h"
#include "report/FirstSeenHistory.h"
#include "report/PermissionReport.h"
#include "report/PermissionReportEngine.h"
#include "report/PermissionTableSink.h"
#include "report/TableStreamWriter.h"
#include "risk/RiskLevel.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

namespace {

const QString kReadRoles = QStringLiteral("Reading permissions needs Global Reader, Cloud Application Administrator, "
                                          "Application Administrator or Global Administrator.");

ExitCode readFailed(CliContext& context, const QString& what, const GraphError& error)
{
    const ExitCode code = exitCodeFor(error);
    context.printError(QStringLiteral("Could not read %1: %2").arg(what, error.summary()),
                       code == ExitCode::PermissionDenied ? kReadRoles : QString());
    return code == ExitCode::Ok ? ExitCode::Failure : code;
}

// Stable order for people and for diffs between runs: app, API, type, claim, user.
void sortRows(QList<GrantedPermission>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const GrantedPermission& a, const GrantedPermission& b) {
        const auto ka = std::make_tuple(a.clientDisplayName.toLower(),
                                        a.permission.resourceDisplayName.toLower(),
                                        a.permissionType(),
                                        a.permission.value.toLower(),
                                        a.principalDisplayName.toLower());
        const auto kb = std::make_tuple(b.clientDisplayName.toLower(),
                                        b.permission.resourceDisplayName.toLower(),
                                        b.permissionType(),
                                        b.permission.value.toLower(),
                                        b.principalDisplayName.toLower());
        return ka < kb;
    });
}

// Service principals the lists referred to but did not return: said, never silently dropped (issue 12).
void warnUnresolved(CliContext& context, const QStringList& resolvedOutsideList, const QStringList& notFound)
{
    if (!resolvedOutsideList.isEmpty()) {
        context.printNote(QStringLiteral("warning: %1 service principal(s) that grants or assignments refer to were "
                                         "missing from Graph's list and were read one by one: %2")
                              .arg(resolvedOutsideList.size())
                              .arg(resolvedOutsideList.join(QStringLiteral(", "))));
    }
    if (!notFound.isEmpty()) {
        context.printNote(QStringLiteral("warning: %1 service principal(s) that grants or assignments refer to could "
                                         "not be found in the directory: %2. Their rows are listed with "
                                         "\"(not found)\"; the app or API may have been deleted, or be too new to "
                                         "be read yet — run it again later.")
                              .arg(notFound.size())
                              .arg(notFound.join(QStringLiteral(", "))));
    }
}

// The tenant's id for the first-seen history (a GUID: a domain or "organizations" names no history).
QString historyTenant(const CliContext& context)
{
    const QString tenant = context.account() && !context.account()->tenantId.isEmpty() ? context.account()->tenantId
                                                                                       : context.settings().tenant;
    return QUuid::fromString(tenant).isNull() ? QString() : tenant;
}

// Every live list teaches the history what it saw; a history that cannot be written only costs the dates.
void remember(const CliContext& context, const FirstSeenHistory::Claims& claims)
{
    const QString tenant = historyTenant(context);
    if (!tenant.isEmpty()) {
        FirstSeenHistory::record(tenant, claims, QDateTime::currentDateTimeUtc(), FirstSeenHistory::Source::Live);
    }
}

void remember(const CliContext& context, const ClaimKeyCollector& claims) // keys made a chunk at a time
{
    const QString tenant = historyTenant(context);
    if (!tenant.isEmpty()) {
        FirstSeenHistory::record(tenant, claims, QDateTime::currentDateTimeUtc(), FirstSeenHistory::Source::Live);
    }
}

} // namespace

QString GrantsListCommand::details() const
{
    return QStringLiteral(
        "Exactly one of:\n"
        "  --app APP    one app: every delegated permission (tenant-wide and each user's consent, with the user) and\n"
        "               every application permission it holds. APP is the application (client) ID, the service\n"
        "               principal's object ID, or the exact display name.\n"
        "  --user UPN   one user (UPN or object ID): the apps they consented to themselves, the tenant-wide grants\n"
        "               that apply to everyone and so to them, and their app role assignments, direct or through a\n"
        "               group (GrantedThrough names the group).\n"
        "  --all        every app in the tenant that holds a permission, one row each: AppId, ObjectId, DisplayName,\n"
        "               TenantWideGrants, TenantWideScopes, UserGrants, Users, ApplicationPermissions, HighestRisk,\n"
        "               HighestRiskPermission, MicrosoftApp, VerifiedPublisher. With --permissions: every permission\n"
        "               row of every app instead, printed as Graph's pages arrive (in the order Graph sends them; "
        "sort\n"
        "               the CSV or JSON if you need an order) — a tenant of any size, in about the time --all takes.\n"
        "\n"
        "Nothing is left out: an app or API that grants or assignments refer to but Graph's list did not return is\n"
        "read by id; one Graph cannot find at all keeps its rows, named \"(not found)\" with its object id (a user:\n"
        "\"<id> (not found)\"), and a warning on standard error lists the ids. If reading fails part-way, the output\n"
        "stops there (JSON stays unterminated) and the exit code says so.\n"
        "\n"
        "Permission rows have the MSIdentityTools columns (CSV headers and JSON keys, stable): PermissionType,\n"
        "ClientObjectId, AppId, ClientDisplayName, ResourceDisplayName, Permission, ConsentType,\n"
        "PrincipalDisplayName, Risk, MicrosoftApp, AppOwnerOrganizationId (--user adds GrantedThrough).\n"
        "--all --permissions adds FirstSeen last: the UTC date (ISO 8601) ConsentDesk first saw the grant on this\n"
        "computer — Graph keeps no grant dates, so it is \"no later than\"; today for a grant never seen before, "
        "empty\n"
        "(JSON null) for a tenant given by domain name. Every grants list run is remembered for it.\n"
        "--all cross-checks the items received against Graph's $count; a difference (Graph is known to drop grants\n"
        "while paging) is printed to standard error as a warning.\n"
        "\n"
        "Exit codes: 0 ok, 1 failure, 2 usage (not exactly one of --app/--user/--all, or a display name that matches\n"
        "several apps), 3 sign-in needed, 4 your role may not read the directory, 5 no such app or user.");
}

QList<QCommandLineOption> GrantsListCommand::options() const
{
    return {
        {QStringLiteral("app"),
         QStringLiteral("One app: appId, object id or exact display name."),
         QStringLiteral("app")},
        {QStringLiteral("user"), QStringLiteral("One user: UPN or object id."), QStringLiteral("upn")},
        {QStringLiteral("all"), QStringLiteral("Every app in the tenant.")},
        {QStringLiteral("permissions"), QStringLiteral("With --all: one row per permission instead of per app.")},
    };
}

Table GrantsListCommand::permissionTable(const QList<GrantedPermission>& rows, bool withGrantedThrough)
{
    QList<GrantedPermission> ordered = rows;
    sortRows(ordered);
    Table table = PermissionReport::table(ordered);
    if (withGrantedThrough) {
        table.addColumn(QStringLiteral("GrantedThrough"));
        for (int i = 0; i < ordered.size(); ++i) {
            table.rows[i].append(ordered.at(i).grantedThrough);
        }
    }
    return table;
}

Table GrantsListCommand::summaryTable(const QList<AppSummary>& apps)
{
    Table table;
    for (const char* key : {"AppId",
                            "ObjectId",
                            "DisplayName",
                            "TenantWideGrants",
                            "TenantWideScopes",
                            "UserGrants",
                            "Users",
                            "ApplicationPermissions",
                            "HighestRisk",
                            "HighestRiskPermission",
                            "MicrosoftApp",
                            "VerifiedPublisher"}) {
        table.addColumn(QString::fromLatin1(key));
    }
    QList<AppSummary> ordered = apps;
    std::stable_sort(ordered.begin(), ordered.end(), [](const AppSummary& a, const AppSummary& b) {
        return a.app.displayName.compare(b.app.displayName, Qt::CaseInsensitive) < 0;
    });
    for (const AppSummary& s : ordered) {
        table.addRow({s.app.appId,
                      s.app.id,
                      s.notFound ? QStringLiteral("(not found)") : s.app.displayName,
                      s.tenantWideGrants,
                      s.tenantWideScopes,
                      s.userGrants,
                      s.users,
                      s.applicationPermissions,
                      Risk::toKey(s.highestRisk),
                      s.highestRiskPermission,
                      s.microsoftApp,
                      s.verifiedPublisher});
    }
    return table;
}

void GrantsListCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    const bool byApp = parser.isSet(QStringLiteral("app"));
    const bool byUser = parser.isSet(QStringLiteral("user"));
    const bool all = parser.isSet(QStringLiteral("all"));
    if (int(byApp) + int(byUser) + int(all) != 1 || !parser.positionalArguments().isEmpty()) {
        context.printError(QStringLiteral("grants list needs exactly one of --app APP, --user UPN or --all."),
                           QStringLiteral("e.g. consentdesk-cli grants list --app \"Litware Outreach\""));
        done(ExitCode::Usage);
        return;
    }
    if (parser.isSet(QStringLiteral("permissions")) && !all) {
        context.printError(QStringLiteral("--permissions goes with --all (--app and --user list permissions "
                                          "already)."));
        done(ExitCode::Usage);
        return;
    }
    if (byApp) {
        const QString app = parser.value(QStringLiteral("app")).trimmed();
        if (app.isEmpty()) {
            context.printError(QStringLiteral("--app needs an app ID, object ID or display name."));
            done(ExitCode::Usage);
            return;
        }
        listApp(context, app, done);
    } else if (byUser) {
        const QString user = parser.value(QStringLiteral("user")).trimmed();
        if (user.isEmpty()) {
            context.printError(QStringLiteral("--user needs a UPN or object ID."));
            done(ExitCode::Usage);
            return;
        }
        listUser(context, user, done);
    } else {
        listTenant(context, parser.isSet(QStringLiteral("permissions")), done);
    }
}

void GrantsListCommand::listApp(CliContext& context, const QString& app, std::function<void(ExitCode)> done)
{
    auto* backend = new GrantsBackend(context.graph());
    backend->loadApps({app}, [&context, backend, app, done](const GrantsBackend::Loaded& loaded) {
        backend->deleteLater();
        if (!loaded.ambiguous.isEmpty()) {
            context.printError(QStringLiteral("Several apps are named '%1'.").arg(app.left(80)),
                               QStringLiteral("Name it by its application ID (grants list --all shows them)."));
            done(ExitCode::Usage);
            return;
        }
        if (!loaded.notFound.isEmpty()) {
            context.printError(QStringLiteral("No app '%1' in this tenant (no service principal with that "
                                              "application ID, object ID or display name).")
                                   .arg(app.left(80)));
            done(ExitCode::NotFound);
            return;
        }
        if (loaded.error.isError()) {
            done(readFailed(context, QStringLiteral("what %1 holds").arg(app.left(80)), loaded.error));
            return;
        }
        const AppInventory& inventory = loaded.apps.first();
        remember(context, FirstSeenHistory::claimsOf(inventory.permissions));
        context.print(permissionTable(inventory.permissions));
        if (context.settings().format == TableWriter::Format::Table) {
            context.printNote(QStringLiteral("%1 (%2): %3 tenant-wide grant(s), %4 user(s) with their own consent, "
                                             "%5 application permission(s).")
                                  .arg(inventory.app.displayName, inventory.app.appId)
                                  .arg(std::count_if(inventory.grants.cbegin(),
                                                     inventory.grants.cend(),
                                                     [](const PermissionGrant& g) {
                                                         return g.consentType == QLatin1String("AllPrincipals");
                                                     }))
                                  .arg(inventory.userCount())
                                  .arg(inventory.assignments.size()));
        }
        done(ExitCode::Ok);
    });
}

void GrantsListCommand::listUser(CliContext& context, const QString& user, std::function<void(ExitCode)> done)
{
    auto* backend = new GrantsBackend(context.graph());
    auto* lookup = new UserConsentLookup(context.graph(), backend->cache(), backend);
    lookup->load(user, backend, [&context, backend, user, done](const UserConsentView& view) {
        backend->deleteLater();
        if (!view.isValid()) {
            if (view.error.kind == GraphError::Kind::NotFound) {
                context.printError(QStringLiteral("No user '%1' in this tenant.").arg(user.left(80)),
                                   QStringLiteral("Give the user principal name or object ID."));
                done(ExitCode::NotFound);
                return;
            }
            done(readFailed(context, QStringLiteral("the user %1").arg(user.left(80)), view.error));
            return;
        }
        if (view.error.isError()) {
            // Showing a part as if it were the whole would tell the helpdesk "nothing else" when it is not known.
            done(readFailed(context, QStringLiteral("everything %1 holds").arg(view.user.label()), view.error));
            return;
        }
        const QList<GrantedPermission> rows = view.userConsents + view.tenantWide + view.appRoles;
        remember(context, FirstSeenHistory::claimsOf(rows));
        context.print(permissionTable(rows, true));
        if (context.settings().format == TableWriter::Format::Table) {
            context.printNote(QStringLiteral("%1: consented to %2 app(s) themselves; %3 tenant-wide permission(s) "
                                             "apply to everyone; %4 app role assignment(s).")
                                  .arg(view.user.label())
                                  .arg(view.consentedApps().size())
                                  .arg(view.tenantWide.size())
                                  .arg(view.appRoles.size()));
        }
        done(ExitCode::Ok);
    });
}

void GrantsListCommand::listTenant(CliContext& context, bool permissions, std::function<void(ExitCode)> done)
{
    if (permissions) {
        listPermissions(context, done);
        return;
    }
    auto* loader = new TenantInventoryLoader(context.graph());
    QObject::connect(
        loader, &TenantInventoryLoader::finished, loader, [&context, loader, done](const TenantInventory& inventory) {
            loader->deleteLater();
            if (inventory.error.isError()) {
                done(readFailed(context, QStringLiteral("the tenant's apps"), inventory.error));
                return;
            }
            for (const QString& mismatch : inventory.mismatches()) {
                context.printNote(QStringLiteral("warning: Graph's $count does not match the items received — %1. "
                                                 "The list may be incomplete; run it again later.")
                                      .arg(mismatch));
            }
            warnUnresolved(context, inventory.resolvedOutsideList, inventory.notFound);
            remember(context, loader->claimCollector());
            QList<AppSummary> holding;
            for (const AppSummary& s : inventory.apps) {
                if (s.holdsAnything()) {
                    holding.append(s);
                }
            }
            context.print(summaryTable(holding));
            if (context.settings().format == TableWriter::Format::Table) {
                context.printNote(QStringLiteral("%1 app(s) hold permissions, of %2 service principals.")
                                      .arg(holding.size())
                                      .arg(inventory.servicePrincipals));
            }
            done(ExitCode::Ok);
        });
    loader->start();
}

void GrantsListCommand::listPermissions(CliContext& context, std::function<void(ExitCode)> done)
{
    // Streamed: rows are printed as the pages they come from arrive; only the join's indexes are held.
    auto* engine = new PermissionReportEngine(context.graph());
    // Each row is dated as it streams past (seen now unless seen before); the history is written once at the end.
    // Without a tenant id to key a history by, the column is still there, empty (null in JSON): one output shape.
    std::shared_ptr<FirstSeenHistory> history;
    if (const QString tenant = historyTenant(context); !tenant.isEmpty()) {
        history = std::make_shared<FirstSeenHistory>(tenant);
        history->load();
    }
    std::shared_ptr<TableStreamWriter> writer
        = context.printStream(PermissionReport::columns() << PermissionReport::firstSeenColumn());
    auto sink = std::make_shared<PermissionTableSink>(writer.get());
    sink->setFirstSeen(history.get(), QDateTime::currentDateTimeUtc());
    engine->setSink(sink.get());
    QObject::connect(engine,
                     &PermissionReportEngine::finished,
                     engine,
                     [&context, engine, writer, sink, history, done](const PermissionReportEngine::Result& result) {
                         engine->deleteLater();
                         if (history) {
                             history->save(); // what was listed before a failure was seen too
                         }
                         if (result.error.isError()) {
                             // The output stops where the failure came: an unterminated JSON array fails a parser
                             // rather than passing for the whole tenant.
                             context.flushOutput();
                             done(readFailed(context, QStringLiteral("every app's permissions"), result.error));
                             return;
                         }
                         writer->finish();
                         context.flushOutput(); // the rows before the warnings about them
                         for (const QString& mismatch : result.mismatches()) {
                             context.printNote(
                                 QStringLiteral("warning: Graph's $count does not match the items received — %1. "
                                                "The list may be incomplete; run it again later.")
                                     .arg(mismatch));
                         }
                         warnUnresolved(context, result.resolvedOutsideList, result.notFound);
                         if (result.usersNotFound > 0) {
                             context.printNote(QStringLiteral("warning: %1 user(s) with their own consent could not be "
                                                              "found in the directory; their rows name the user's id "
                                                              "with \"(not found)\".")
                                                   .arg(result.usersNotFound));
                         }
                         if (context.settings().format == TableWriter::Format::Table) {
                             context.printNote(QStringLiteral("%1 permission row(s): %2 delegated grant(s), %3 "
                                                              "application permission(s), %4 service principals; "
                                                              "%5 request(s) in %6 s.")
                                                   .arg(result.rows)
                                                   .arg(result.grants)
                                                   .arg(result.assignments)
                                                   .arg(result.servicePrincipals)
                                                   .arg(result.requests)
                                                   .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1));
                         }
                         done(ExitCode::Ok);
                     });
    engine->start();
}
