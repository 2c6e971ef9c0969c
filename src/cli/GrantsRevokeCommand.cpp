#include "GrantsRevokeCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "GrantsBackend.h"

#include "consent/RevokePlanner.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

namespace {

// Plans removing the chosen scopes from every grant that holds them; returns the chosen scopes none of them holds.
QStringList revokeScopes(const AppInventory& app,
                         const QList<PermissionGrant>& grants,
                         const QStringList& scopes,
                         QList<GrantPlan>* plans)
{
    QStringList held;
    for (const PermissionGrant& grant : grants) {
        QStringList mine;
        for (const QString& s : scopes) {
            if (grant.hasScope(s)) {
                mine.append(s);
                held.append(s.toLower());
            }
        }
        if (!mine.isEmpty()) {
            plans->append(RevokePlanner::revokeScopes(app, grant.id, mine));
        }
    }
    QStringList notHeld;
    for (const QString& s : scopes) {
        if (!held.contains(s.toLower())) {
            notHeld.append(s);
        }
    }
    return notHeld;
}

} // namespace

QString GrantsRevokeCommand::details() const
{
    return QStringLiteral(
        "Which apps: --app APP (application ID, object ID or exact display name; repeat it for several) and/or\n"
        "--apps-file FILE (one app a line; blank lines and # comments skipped). Every app must exist, else nothing\n"
        "is changed (exit 5).\n"
        "\n"
        "What to remove from each app (at least one; they combine):\n"
        "  --scope S            delegated permission(s) (repeat or comma-separate) from the app's tenant-wide\n"
        "                       (AllPrincipals) grants; with --user from that user's own consent instead\n"
        "  --user UPN           that user's consent to the app: all of it, or only the --scope values\n"
        "  --application-permission V   application permission(s) (app role value, e.g. Mail.Read)\n"
        "  --all-permissions    everything the app holds: every delegated grant (tenant-wide and every user's)\n"
        "                       and every application permission\n"
        "A scope the app does not hold is a warning, not an error. Removing the last scope of a grant deletes it.\n"
        "\n"
        "First the plan, one numbered line per change; --dry-run stops there and adds the Microsoft Graph\n"
        "PowerShell equivalent. Then the same rules as `requests grant`: confirmation (--yes, or \"y\" at a\n"
        "terminal), a role that may revoke (Cloud Application Administrator, Application Administrator,\n"
        "Privileged Role Administrator or Global Administrator), a token with DelegatedPermissionGrant.ReadWrite.All\n"
        "and AppRoleAssignment.ReadWrite.All, every change journaled before it is sent, one result line per change.\n"
        "Tokens the app already holds stay valid until they expire (typically 60–90 minutes). `journal restore\n"
        "--operation ID` puts it all back.\n"
        "\n"
        "Exit codes: 0 all made (or nothing to do, or --dry-run); 1 a change failed or you answered no; 2 usage or no\n"
        "--yes without a terminal; 3 sign-in needed; 4 permission denied; 5 no such app, or --user has no consent to\n"
        "the app.");
}

QList<QCommandLineOption> GrantsRevokeCommand::options() const
{
    return {
        {QStringLiteral("app"),
         QStringLiteral("An app (appId, object id, display name); repeatable."),
         QStringLiteral("app")},
        {QStringLiteral("apps-file"), QStringLiteral("A file with one app a line."), QStringLiteral("file")},
        {QStringLiteral("scope"),
         QStringLiteral("Delegated permission(s) to remove; repeatable, a,b."),
         QStringLiteral("scope")},
        {QStringLiteral("user"), QStringLiteral("That user's consent (all, or only --scope)."), QStringLiteral("upn")},
        {QStringLiteral("application-permission"),
         QStringLiteral("Application permission(s) to remove; repeatable, a,b."),
         QStringLiteral("value")},
        {QStringLiteral("all-permissions"), QStringLiteral("Everything the app holds.")},
        {QStringLiteral("dry-run"), QStringLiteral("Show the plan and the PowerShell equivalent; change nothing.")},
        {QStringLiteral("rollback-on-failure"), QStringLiteral("If some changes fail, undo the ones that were made.")},
    };
}

QStringList GrantsRevokeCommand::splitValues(const QStringList& values)
{
    QStringList result;
    for (const QString& value : values) {
        for (const QString& part : value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
            if (!result.contains(part, Qt::CaseInsensitive)) {
                result.append(part);
            }
        }
    }
    return result;
}

bool GrantsRevokeCommand::appNames(CliContext& context, const QCommandLineParser& parser, QStringList* names)
{
    for (const QString& app : parser.values(QStringLiteral("app"))) {
        if (!app.trimmed().isEmpty()) {
            names->append(app.trimmed());
        }
    }
    if (parser.isSet(QStringLiteral("apps-file"))) {
        QString error;
        const QString path = parser.value(QStringLiteral("apps-file"));
        if (!GrantsBackend::readAppsFile(path, names, &error)) {
            context.printError(QStringLiteral("Cannot read %1: %2").arg(path, error));
            return false;
        }
    }
    if (names->isEmpty()) {
        context.printError(QStringLiteral("Name the app(s): --app APP (repeatable) or --apps-file FILE."));
        return false;
    }
    return true;
}

GrantPlan GrantsRevokeCommand::plan(const AppInventory& app, const Selection& selection, bool* missingUser)
{
    QList<GrantPlan> plans;
    QStringList warnings;
    if (selection.allPermissions) {
        return RevokePlanner::revokeAll(app);
    }
    if (!selection.user.isEmpty()) {
        QString principalId;
        for (auto it = app.users.cbegin(); it != app.users.cend(); ++it) {
            if (it.key().compare(selection.user, Qt::CaseInsensitive) == 0
                || it->userPrincipalName.compare(selection.user, Qt::CaseInsensitive) == 0) {
                principalId = it.key();
            }
        }
        if (principalId.isEmpty() || app.grantsOf(principalId).isEmpty()) {
            *missingUser = true;
            return {};
        }
        if (selection.scopes.isEmpty()) {
            plans.append(RevokePlanner::revokeUserConsent(app, principalId));
        } else {
            for (const QString& s : revokeScopes(app, app.grantsOf(principalId), selection.scopes, &plans)) {
                warnings.append(QStringLiteral("%1 has not consented to %2 for %3: nothing to remove.")
                                    .arg(selection.user, s, app.app.displayName));
            }
        }
    } else if (!selection.scopes.isEmpty()) {
        QList<PermissionGrant> tenantWide;
        for (const PermissionGrant& grant : app.grants) {
            if (grant.consentType == QLatin1String("AllPrincipals")) {
                tenantWide.append(grant);
            }
        }
        for (const QString& s : revokeScopes(app, tenantWide, selection.scopes, &plans)) {
            warnings.append(QStringLiteral("%1 holds no tenant-wide %2: nothing to remove (a user's own consent is "
                                           "revoked with --user).")
                                .arg(app.app.displayName, s));
        }
    }
    QStringList foundRoles;
    for (const AppRoleAssignment& assignment : app.assignments) {
        const QString value = AppInventory::appRoleValue(assignment, app.resources);
        for (const QString& wanted : selection.applicationPermissions) {
            if (value.compare(wanted, Qt::CaseInsensitive) == 0
                || assignment.appRoleId.compare(wanted, Qt::CaseInsensitive) == 0) {
                plans.append(RevokePlanner::revokeApplicationPermission(app, assignment.id));
                foundRoles.append(wanted.toLower());
                break;
            }
        }
    }
    for (const QString& wanted : selection.applicationPermissions) {
        if (!foundRoles.contains(wanted.toLower())) {
            warnings.append(QStringLiteral("%1 does not hold the application permission %2: nothing to remove.")
                                .arg(app.app.displayName, wanted));
        }
    }
    GrantPlan combined = RevokePlanner::combine(plans);
    combined.clientAppId = app.app.appId;
    combined.clientDisplayName = app.app.displayName;
    combined.warnings.append(warnings);
    return combined;
}

void GrantsRevokeCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.printError(QStringLiteral("grants revoke takes no arguments (got '%1'); name apps with --app.")
                               .arg(parser.positionalArguments().join(QLatin1Char(' ')).left(60)));
        done(ExitCode::Usage);
        return;
    }
    QStringList names;
    if (!appNames(context, parser, &names)) {
        done(ExitCode::Usage);
        return;
    }
    Selection selection;
    selection.scopes = splitValues(parser.values(QStringLiteral("scope")));
    selection.user = parser.value(QStringLiteral("user")).trimmed();
    selection.applicationPermissions = splitValues(parser.values(QStringLiteral("application-permission")));
    selection.allPermissions = parser.isSet(QStringLiteral("all-permissions"));
    if (selection.scopes.isEmpty() && selection.user.isEmpty() && selection.applicationPermissions.isEmpty()
        && !selection.allPermissions) {
        // Never "everything" by omission: removing all an app holds must be asked for by name.
        context.printError(QStringLiteral("Say what to revoke: --scope S, --user UPN, --application-permission V or "
                                          "--all-permissions."));
        done(ExitCode::Usage);
        return;
    }
    if (selection.allPermissions
        && (!selection.scopes.isEmpty() || !selection.user.isEmpty() || !selection.applicationPermissions.isEmpty())) {
        context.printError(QStringLiteral("--all-permissions removes everything; it cannot be combined with --scope, "
                                          "--user or --application-permission."));
        done(ExitCode::Usage);
        return;
    }
    const CliPlanRunner::Options options = CliPlanRunner::commandOptions(parser, CapabilityMap::Kind::Revoke);

    auto* backend = new GrantsBackend(context.graph());
    auto* runner = new CliPlanRunner(context, nullptr, backend);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    backend->loadApps(names, [&context, runner, selection, options, finish](const GrantsBackend::Loaded& loaded) {
        const ExitCode failed = GrantsBackend::reportFailure(context, loaded);
        if (failed != ExitCode::Ok) {
            finish(failed);
            return;
        }
        QList<GrantPlan> plans;
        for (const AppInventory& app : loaded.apps) {
            bool missingUser = false;
            const GrantPlan p = plan(app, selection, &missingUser);
            if (missingUser) {
                context.printError(QStringLiteral("%1 has no consent to %2 (%3). Nothing was changed.")
                                       .arg(selection.user.left(80), app.app.displayName, app.app.appId),
                                   QStringLiteral("See what the user granted: consentdesk-cli grants list --user %1")
                                       .arg(selection.user.left(80)));
                finish(ExitCode::NotFound);
                return;
            }
            plans.append(p);
        }
        GrantPlan all = RevokePlanner::combine(plans);
        if (all.clientDisplayName.isEmpty() && loaded.apps.size() == 1) {
            all.clientDisplayName = loaded.apps.first().app.displayName;
            all.clientAppId = loaded.apps.first().app.appId;
        }
        all.note = RevokePlanner::tokenNote();
        runner->runAsAccount([all] { return WritePlan::from(all); }, options, finish);
    });
}
