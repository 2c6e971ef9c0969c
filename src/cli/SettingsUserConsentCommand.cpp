#include "SettingsUserConsentCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "SettingsBackend.h"

#include "async/Async.h"
#include "auth/ConsentDeskScopes.h"
#include "settings/ConsentSettingsLoader.h"
#include "settings/SettingsPlanner.h"

#include <QCommandLineParser>

QString SettingsUserConsentCommand::details() const
{
    return QStringLiteral(
        "  none         Do not allow user consent\n"
        "  low          Allow user consent for apps from verified publishers, for selected permissions\n"
        "               (microsoft-user-default-low: permissions classified low impact; see `settings classify`)\n"
        "  legacy       Allow user consent for apps (microsoft-user-default-legacy; not recommended)\n"
        "  recommended  Let Microsoft manage your consent settings (microsoft-user-default-recommended)\n"
        "Changes defaultUserRolePermissions.permissionGrantPoliciesAssigned of /policies/authorizationPolicy: the\n"
        "ManagePermissionGrantsForSelf entry is replaced, every other entry "
        "(ManagePermissionGrantsForOwnedResource.*)\n"
        "is kept as it is at the moment of the change. Existing consents stay.\n"
        "--dry-run shows the change and its PowerShell (Update-MgPolicyAuthorizationPolicy); otherwise --yes or a\n"
        "terminal confirms. Journaled; undo with `consentdesk-cli journal restore`.\n"
        "\n"
        "Needs Policy.ReadWrite.Authorization and Privileged Role Administrator or Global Administrator.\n"
        "\n"
        "Exit codes: 0 done or nothing to do, 1 failed, 2 usage, 3 sign-in needed, 4 permission denied.");
}

QList<QCommandLineOption> SettingsUserConsentCommand::options() const
{
    return {
        {QStringLiteral("dry-run"), QStringLiteral("Show the change and the PowerShell equivalent; change nothing.")}};
}

void SettingsUserConsentCommand::run(CliContext& context,
                                     const QCommandLineParser& parser,
                                     std::function<void(ExitCode)> done)
{
    const QStringList args = parser.positionalArguments();
    UserConsentSetting::Option option = UserConsentSetting::Option::None;
    if (args.size() != 1 || !UserConsentSetting::optionFromName(args.first(), &option)) {
        context.printError(QStringLiteral("settings user-consent takes one of: none, low, legacy, recommended."),
                           QStringLiteral("See `consentdesk-cli settings user-consent --help`."));
        done(ExitCode::Usage);
        return;
    }
    CliPlanRunner::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.capability = CapabilityMap::Kind::EditUserConsentSettings;
    options.writeScopes = ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::EditUserConsentSettings);

    auto* backend = new SettingsBackend(context.graph());
    auto* runner = new CliPlanRunner(context, nullptr, backend);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    Async::then(
        backend->loader()->load(), backend, [&context, runner, option, options, finish](const ConsentSettings& s) {
            if (s.authorizationError.isError()) {
                const ExitCode code = exitCodeFor(s.authorizationError);
                context.printError(
                    QStringLiteral("Could not read the user consent setting: %1").arg(s.authorizationError.summary()));
                finish(code == ExitCode::Ok ? ExitCode::Failure : code);
                return;
            }
            const WritePlan p = SettingsPlanner::userConsent(s, option);
            runner->runAsAccount([p] { return p; }, options, finish);
        });
}
