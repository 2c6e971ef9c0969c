#include "SettingsGroupOwnerConsentCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "SettingsBackend.h"

#include "async/Async.h"
#include "auth/ConsentDeskScopes.h"
#include "settings/ConsentSettingsLoader.h"
#include "settings/SettingsPlanner.h"

#include <QCommandLineParser>

QString SettingsGroupOwnerConsentCommand::details() const
{
    return QStringLiteral(
        "  none          Do not allow group owner consent (what CISA's baseline MS.AAD.5.4 asks)\n"
        "  pre-approved  Allow group owner consent to apps an administrator pre-approved\n"
        "                (microsoft-pre-approval-apps-for-group)\n"
        "  all           Allow group owner consent to apps, for permissions that need no administrator\n"
        "                (microsoft-all-application-permissions-for-group)\n"
        "Changes defaultUserRolePermissions.permissionGrantPoliciesAssigned of /policies/authorizationPolicy: the\n"
        "ManagePermissionGrantsForOwnedResource entries of policies scoped to groups are replaced; user consent\n"
        "(ManagePermissionGrantsForSelf.*) and the entries for teams and chats are kept as they are at the moment of\n"
        "the change. Consents group owners gave stay.\n"
        "The older directory setting \"Consent Policy Settings\" (/groupSettings, EnableGroupSpecificConsent) lets\n"
        "group owners consent whatever these policies say while it is on: `none` turns it off too (a second PATCH,\n"
        "of /groupSettings/{id}, every other value of the setting kept); the other choices leave it as it is.\n"
        "--dry-run shows the change and its PowerShell (Update-MgPolicyAuthorizationPolicy, Update-MgGroupSetting);\n"
        "otherwise --yes or a\n"
        "terminal confirms. Journaled; undo with `consentdesk-cli journal restore`.\n"
        "\n"
        "Needs Policy.ReadWrite.Authorization and Privileged Role Administrator or Global Administrator.\n"
        "\n"
        "Exit codes: 0 done or nothing to do, 1 failed, 2 usage, 3 sign-in needed, 4 permission denied.");
}

QList<QCommandLineOption> SettingsGroupOwnerConsentCommand::options() const
{
    return {
        {QStringLiteral("dry-run"), QStringLiteral("Show the change and the PowerShell equivalent; change nothing.")}};
}

void SettingsGroupOwnerConsentCommand::run(CliContext& context,
                                           const QCommandLineParser& parser,
                                           std::function<void(ExitCode)> done)
{
    const QStringList args = parser.positionalArguments();
    GroupOwnerConsentSetting::Option option = GroupOwnerConsentSetting::Option::None;
    if (args.size() != 1 || !GroupOwnerConsentSetting::optionFromName(args.first(), &option)) {
        context.printError(QStringLiteral("settings group-owner-consent takes one of: none, pre-approved, all."),
                           QStringLiteral("See `consentdesk-cli settings group-owner-consent --help`."));
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
                context.printError(QStringLiteral("Could not read the group owner consent setting: %1")
                                       .arg(s.authorizationError.summary()));
                finish(code == ExitCode::Ok ? ExitCode::Failure : code);
                return;
            }
            const WritePlan p = SettingsPlanner::groupOwnerConsent(s, option);
            runner->runAsAccount([p] { return p; }, options, finish);
        });
}
