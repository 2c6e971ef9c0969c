#include "SettingsWorkflowCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "SettingsBackend.h"

#include "async/Async.h"
#include "auth/ConsentDeskScopes.h"
#include "settings/ConsentSettingsLoader.h"
#include "settings/SettingsPlanner.h"

#include <QCommandLineParser>

QString SettingsWorkflowCommand::details() const
{
    return QStringLiteral(
        "Changes /policies/adminConsentRequestPolicy. Graph replaces the whole policy, so what you do not name stays\n"
        "as it is now: --enable/--disable, --duration, --notify, --reminders change only themselves. --reviewer\n"
        "(repeatable) gives the complete list of reviewers, replacing the current one:\n"
        "  --reviewer alice@contoso.com     a user (UPN or object id)\n"
        "  --reviewer group:NAME            the users of a group (its exact display name)\n"
        "  --reviewer role:NAME             the holders of a directory role (\"role:Cloud Application "
        "Administrator\")\n"
        "The policy is read first; if someone changes it before the PUT is sent, nothing is sent (exit 1).\n"
        "A warning is shown when the workflow would be on with no reviewer who can approve.\n"
        "--dry-run shows the change and its PowerShell (Update-MgPolicyAdminConsentRequestPolicy); otherwise --yes\n"
        "or a terminal confirms. Journaled; undo with `consentdesk-cli journal restore`.\n"
        "\n"
        "Needs Policy.ReadWrite.ConsentRequest and Cloud Application Administrator, Application Administrator or\n"
        "Global Administrator.\n"
        "\n"
        "Exit codes: 0 done or nothing to do, 1 failed or changed meanwhile, 2 usage, 3 sign-in needed, 4 permission\n"
        "denied, 5 a reviewer does not exist.");
}

QList<QCommandLineOption> SettingsWorkflowCommand::options() const
{
    return {
        {QStringLiteral("enable"), QStringLiteral("Users may request admin consent.")},
        {QStringLiteral("disable"), QStringLiteral("Users may not request admin consent.")},
        {QStringLiteral("reviewer"),
         QStringLiteral("A reviewer (UPN, group:NAME, role:NAME); repeatable; replaces the list."),
         QStringLiteral("reviewer")},
        {QStringLiteral("duration"), QStringLiteral("Days until a request expires (1-30)."), QStringLiteral("days")},
        {QStringLiteral("notify"), QStringLiteral("E-mail reviewers about new requests."), QStringLiteral("on|off")},
        {QStringLiteral("reminders"), QStringLiteral("Remind reviewers before expiry."), QStringLiteral("on|off")},
        {QStringLiteral("dry-run"), QStringLiteral("Show the change and the PowerShell equivalent; change nothing.")},
    };
}

namespace {

bool onOff(CliContext& context, const QCommandLineParser& parser, const QString& name, std::optional<bool>* value)
{
    if (!parser.isSet(name)) {
        return true;
    }
    const QString v = parser.value(name).trimmed().toLower();
    if (v == QLatin1String("on") || v == QLatin1String("off")) {
        *value = v == QLatin1String("on");
        return true;
    }
    context.printError(QStringLiteral("--%1 takes on or off, not '%2'.").arg(name, v.left(20)));
    return false;
}

} // namespace

void SettingsWorkflowCommand::run(CliContext& context,
                                  const QCommandLineParser& parser,
                                  std::function<void(ExitCode)> done)
{
    if (parser.isSet(QStringLiteral("enable")) && parser.isSet(QStringLiteral("disable"))) {
        context.printError(QStringLiteral("--enable and --disable contradict each other."));
        done(ExitCode::Usage);
        return;
    }
    std::optional<bool> notify;
    std::optional<bool> reminders;
    if (!onOff(context, parser, QStringLiteral("notify"), &notify)
        || !onOff(context, parser, QStringLiteral("reminders"), &reminders)) {
        done(ExitCode::Usage);
        return;
    }
    std::optional<int> duration;
    if (parser.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("duration")).toInt(&ok);
        if (!ok || days < AdminConsentWorkflow::kMinDurationDays || days > AdminConsentWorkflow::kMaxDurationDays) {
            context.printError(QStringLiteral("--duration takes a number of days from %1 to %2.")
                                   .arg(AdminConsentWorkflow::kMinDurationDays)
                                   .arg(AdminConsentWorkflow::kMaxDurationDays));
            done(ExitCode::Usage);
            return;
        }
        duration = days;
    }
    const QStringList specs = parser.values(QStringLiteral("reviewer"));
    const bool anything = parser.isSet(QStringLiteral("enable")) || parser.isSet(QStringLiteral("disable"))
                          || !specs.isEmpty() || notify || reminders || duration;
    if (!anything) {
        context.printError(QStringLiteral("Say what to change: --enable or --disable, --reviewer, --duration, "
                                          "--notify, --reminders."),
                           QStringLiteral("See `consentdesk-cli settings workflow --help`."));
        done(ExitCode::Usage);
        return;
    }
    std::optional<bool> enable;
    if (parser.isSet(QStringLiteral("enable")) || parser.isSet(QStringLiteral("disable"))) {
        enable = parser.isSet(QStringLiteral("enable"));
    }

    CliPlanRunner::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.capability = CapabilityMap::Kind::EditPolicies;
    options.writeScopes = ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::EditPolicies);

    auto* backend = new SettingsBackend(context.graph());
    auto* runner = new CliPlanRunner(context, nullptr, backend);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    // The policy as it is now (its version is what the PUT is checked against), then the reviewers named.
    Async::then(backend->loader()->loadWorkflow(), backend, [=, &context](const AdminConsentWorkflow& current) {
        if (current.version < 0) {
            // loadWorkflow() hides the error: read the whole settings for it.
            Async::then(backend->loader()->load(), backend, [&context, finish](const ConsentSettings& s) {
                const ExitCode code = exitCodeFor(s.workflowError);
                context.printError(
                    QStringLiteral("Could not read the admin consent workflow: %1").arg(s.workflowError.summary()));
                finish(code == ExitCode::Ok ? ExitCode::Failure : code);
            });
            return;
        }
        auto plan = [=, &context](const QList<WorkflowReviewer>& named) {
            AdminConsentWorkflow wanted = current;
            if (enable) {
                wanted.enabled = *enable;
            }
            if (notify) {
                wanted.notifyReviewers = *notify;
            }
            if (reminders) {
                wanted.remindersEnabled = *reminders;
            }
            if (duration) {
                wanted.requestDurationInDays = *duration;
            }
            if (!specs.isEmpty()) {
                wanted.reviewers = named;
            }
            // Who can approve, for the warning; the current reviewers' names for the summary.
            Async::then(backend->loader()->resolveReviewers(wanted),
                        backend,
                        [=, &context](const AdminConsentWorkflow& resolved) {
                            Q_UNUSED(context)
                            const WritePlan p = SettingsPlanner::workflow(current, resolved);
                            runner->runAsAccount([p] { return p; }, options, finish);
                        });
        };
        if (specs.isEmpty()) {
            plan({});
            return;
        }
        backend->resolveReviewers(specs, [=, &context](const SettingsBackend::Reviewers& r) {
            if (!r.error.isEmpty()) {
                context.printError(r.error + QStringLiteral(" Nothing was changed."));
                finish(r.notFound ? ExitCode::NotFound : ExitCode::Usage);
                return;
            }
            plan(r.reviewers);
        });
    });
}
