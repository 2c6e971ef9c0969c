#include "RequestsGrantCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "RequestsBackend.h"
#include "RequestsShowCommand.h"

#include "consent/AdminConsentUrl.h"
#include "consent/GrantPlanner.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

QString RequestsGrantCommand::details() const
{
    return QStringLiteral(
        "Grants what the request asks for, tenant-wide (for all users), and nothing more: by default every requested\n"
        "permission not granted yet; --scopes Mail.Read,User.Read only those (claim names as `requests show` lists\n"
        "them; a name the request does not ask for is a usage error). ConsentDesk creates the app's service\n"
        "principal if it has none and merges the delegated permissions into the app's tenant-wide grant on each API,\n"
        "keeping what is there.\n"
        "\n"
        "First the plan: one numbered line per change, what is already granted, what cannot be granted, warnings.\n"
        "--dry-run stops there and adds the Microsoft Graph PowerShell equivalent (--format json: the plan as JSON;\n"
        "csv: one row per change); nothing is sent. Otherwise the changes need confirmation: --yes, or \"y\" when\n"
        "standard input is a terminal; a script without --yes is refused with exit 2 — review with --dry-run, then\n"
        "pass --yes.\n"
        "\n"
        "Making changes needs a role that may grant (Cloud Application Administrator, Application Administrator,\n"
        "Privileged Role Administrator or Global Administrator) AND a token allowed to make changes: sign in once "
        "with\n"
        "`consentdesk-cli signin --allow-changes` (or allow changes in the ConsentDesk app), or give a\n"
        "CONSENTDESK_ACCESS_TOKEN that carries DelegatedPermissionGrant.ReadWrite.All and Application.ReadWrite.All.\n"
        "This command never opens a browser; without them it stops with exit 4 before changing anything.\n"
        "\n"
        "Every change is written to the activity journal (shared with the ConsentDesk app) before it is sent; if the\n"
        "journal cannot be opened nothing is sent. Results: one line per change (✓ made, ✗ failed with the reason,\n"
        "– skipped). If some changes fail after others were made, --rollback-on-failure undoes the ones made;\n"
        "without it the command prints the PowerShell that would undo them.\n"
        "\n"
        "Exit codes: 0 all made (or nothing to do, or --dry-run); 1 a change failed, the journal could not be opened,\n"
        "or you answered no; 2 usage, or no --yes without a terminal; 3 sign-in needed; 4 permission denied (role,\n"
        "token, or Graph answered 403 to any change); 5 no request has this ID.");
}

QList<QCommandLineOption> RequestsGrantCommand::options() const
{
    return {
        {QStringLiteral("scopes"),
         QStringLiteral("Only these requested permissions (comma-separated claim names)."),
         QStringLiteral("a,b")},
        {QStringLiteral("dry-run"), QStringLiteral("Show the plan and the PowerShell equivalent; change nothing.")},
        {QStringLiteral("rollback-on-failure"), QStringLiteral("If some changes fail, undo the ones that were made.")},
    };
}

void RequestsGrantCommand::run(CliContext& context,
                               const QCommandLineParser& parser,
                               std::function<void(ExitCode)> done)
{
    QString id;
    if (!RequestsShowCommand::requestId(context, parser, QStringLiteral("grant"), &id)) {
        done(ExitCode::Usage);
        return;
    }
    QStringList wanted;
    if (parser.isSet(QStringLiteral("scopes"))) {
        for (const QString& value : parser.values(QStringLiteral("scopes"))) {
            for (const QString& part : value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
                if (!wanted.contains(part, Qt::CaseInsensitive)) {
                    wanted.append(part);
                }
            }
        }
        if (wanted.isEmpty()) {
            context.printError(QStringLiteral("--scopes needs at least one permission name, e.g. --scopes "
                                              "User.Read,Calendars.Read."));
            done(ExitCode::Usage);
            return;
        }
    }
    const CliPlanRunner::Options options = CliPlanRunner::commandOptions(parser, CapabilityMap::Kind::GrantDelegated);

    auto* backend = new RequestsBackend(context.graph());
    auto* runner = new CliPlanRunner(context, nullptr, backend);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    backend->review(
        id,
        [&context, runner, finish, id, wanted, options](const ConsentRequestReview& review, const GraphError& error) {
            if (error.isError()) {
                if (review.request.id.isEmpty()) {
                    finish(RequestsShowCommand::readFailed(context, id, error));
                    return;
                }
                // Planning on a partly known state could drop or duplicate a grant: nothing is changed.
                context.printError(QStringLiteral("Could not read what %1 holds now: %2. Nothing was changed.")
                                       .arg(review.request.appDisplayName, error.summary()));
                finish(exitCodeFor(error));
                return;
            }
            if (review.items.isEmpty()) {
                const CloudEnvironment env = context.settings().authProfile.environment();
                const QUrl page
                    = AdminConsentUrl::legacy(env.authority(), context.settings().tenant, review.request.appId);
                context.printError(
                    QStringLiteral(
                        "This request names no permissions (consent type %1): it asks for the permissions %2 is "
                        "configured with, which only the app's publisher knows. ConsentDesk cannot grant them "
                        "one by one.")
                        .arg(review.request.consentType.isEmpty() ? QStringLiteral("unknown")
                                                                  : review.request.consentType,
                             review.request.appDisplayName),
                    QStringLiteral("Grant them on the admin consent page, signed in as an administrator: %1")
                        .arg(page.toString()));
                finish(ExitCode::Failure);
                return;
            }
            QList<Permission> selected;
            if (wanted.isEmpty()) {
                selected = review.notYetGranted();
            } else {
                QStringList unknown;
                for (const QString& name : wanted) {
                    bool found = false;
                    for (const ConsentRequestReview::Item& item : review.items) {
                        if (item.permission.value.compare(name, Qt::CaseInsensitive) == 0
                            || item.requestedScope.compare(name, Qt::CaseInsensitive) == 0) {
                            if (!found) {
                                selected.append(item.permission);
                            }
                            found = true;
                        }
                    }
                    if (!found) {
                        unknown.append(name);
                    }
                }
                if (!unknown.isEmpty()) {
                    context.printError(QStringLiteral("The request does not ask for %1.")
                                           .arg(unknown.join(QStringLiteral(", ")).left(200)),
                                       QStringLiteral("It asks for: %1.")
                                           .arg(review.request.pendingScopes.join(QStringLiteral(", "))));
                    finish(ExitCode::Usage);
                    return;
                }
            }
            runner->runAsAccount(
                [runner, review, selected] {
                    return WritePlan::from(
                        GrantPlanner::planGrant(review.state, selected, runner->account().capabilities()));
                },
                options,
                finish);
        });
}
