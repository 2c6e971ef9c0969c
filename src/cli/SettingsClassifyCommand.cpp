#include "SettingsClassifyCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "SettingsBackend.h"

#include "async/Async.h"
#include "settings/ConsentSettingsLoader.h"
#include "settings/SettingsPlanner.h"

#include <QCommandLineParser>
#include <QJsonArray>

QString SettingsClassifyCommand::details() const
{
    return QStringLiteral(
        "PERMISSION is a delegated permission of Microsoft Graph (\"Mail.Read\", case-insensitive).\n"
        "  add     POST /servicePrincipals/{Microsoft Graph}/delegatedPermissionClassifications (classification low)\n"
        "  remove  DELETE …/delegatedPermissionClassifications/{id}\n"
        "Only permissions users may consent to at all can be classified (not those that need an admin).\n"
        "--dry-run shows the change and its PowerShell "
        "(New-/Remove-MgServicePrincipalDelegatedPermissionClassification);\n"
        "otherwise --yes or a terminal confirms. Journaled; undo with `consentdesk-cli journal restore`.\n"
        "\n"
        "Needs Policy.ReadWrite.PermissionGrant and Cloud Application Administrator, Application Administrator or\n"
        "Global Administrator.\n"
        "\n"
        "Exit codes: 0 done or nothing to do, 1 failed, 2 usage (or a permission that needs an admin), 3 sign-in\n"
        "needed, 4 permission denied, 5 Microsoft Graph has no such delegated permission.");
}

QList<QCommandLineOption> SettingsClassifyCommand::options() const
{
    return {
        {QStringLiteral("dry-run"), QStringLiteral("Show the change and the PowerShell equivalent; change nothing.")}};
}

void SettingsClassifyCommand::run(CliContext& context,
                                  const QCommandLineParser& parser,
                                  std::function<void(ExitCode)> done)
{
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0).toLower();
    if (args.size() != 2 || (verb != QLatin1String("add") && verb != QLatin1String("remove"))
        || args.at(1).trimmed().isEmpty()) {
        context.printError(QStringLiteral("settings classify takes add or remove and one permission, e.g. "
                                          "`settings classify add Mail.Read`."));
        done(ExitCode::Usage);
        return;
    }
    const QString permission = args.at(1).trimmed();
    CliPlanRunner::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.capability = CapabilityMap::Kind::EditPolicies;
    options.writeScopes = {QStringLiteral("Policy.ReadWrite.PermissionGrant")};

    auto* backend = new SettingsBackend(context.graph());
    auto* runner = new CliPlanRunner(context, nullptr, backend);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    auto run
        = [runner, options, finish](const WritePlan& p) { runner->runAsAccount([p] { return p; }, options, finish); };
    Async::then(backend->loader()->load(), backend, [=, &context](const ConsentSettings& s) {
        if (s.classificationsError.isError()) {
            const ExitCode code = exitCodeFor(s.classificationsError);
            context.printError(QStringLiteral("Could not read Microsoft Graph's permission classifications: %1")
                                   .arg(s.classificationsError.summary()));
            finish(code == ExitCode::Ok ? ExitCode::Failure : code);
            return;
        }
        if (verb == QLatin1String("remove")) {
            run(SettingsPlanner::unclassify(s, permission));
            return;
        }
        backend->graphScopes(
            s.graphServicePrincipalId, [=, &context](const QJsonArray& scopes, const GraphError& error) {
                if (error.isError()) {
                    context.printError(
                        QStringLiteral("Could not read Microsoft Graph's permissions: %1").arg(error.summary()));
                    finish(exitCodeFor(error));
                    return;
                }
                for (const auto& v : scopes) {
                    const QJsonObject scope = v.toObject();
                    const QString value = scope.value(QStringLiteral("value")).toString();
                    if (value.compare(permission, Qt::CaseInsensitive) != 0) {
                        continue;
                    }
                    if (scope.value(QStringLiteral("type")).toString() == QLatin1String("Admin")) {
                        context.printError(QStringLiteral("%1 needs an admin's consent, so users can never consent "
                                                          "to it and it cannot be classified. Nothing was changed.")
                                               .arg(value));
                        finish(ExitCode::Usage);
                        return;
                    }
                    run(SettingsPlanner::classify(s, scope.value(QStringLiteral("id")).toString(), value));
                    return;
                }
                context.printError(
                    QStringLiteral("Microsoft Graph has no delegated permission %1. Nothing was changed.")
                        .arg(permission.left(80)));
                finish(ExitCode::NotFound);
            });
    });
}
