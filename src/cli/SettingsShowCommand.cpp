#include "SettingsShowCommand.h"

#include "CliContext.h"

#include "async/Async.h"
#include "graph/GraphError.h"
#include "report/Table.h"
#include "settings/ConsentSettingsLoader.h"

#include <QJsonDocument>
#include <QTextStream>

QString SettingsShowCommand::details() const
{
    return QStringLiteral(
        "--format table: the workflow, its reviewers (who can approve, and why not), the user consent setting with\n"
        "the permission grant policies in force, group owner consent, and Microsoft Graph's permissions classified "
        "low\n"
        "impact.\n"
        "--format json: {\"adminConsentWorkflow\": {enabled, reviewers [{type user|group|role, id, displayName, "
        "query,\n"
        "  canApprove, problem}], notifyReviewers, remindersEnabled, requestDurationInDays, version, warning, error},\n"
        "  \"userConsent\": {setting none|low|legacy|recommended|custom, description, policies […],\n"
        "  permissionGrantPoliciesAssigned, groupOwnerConsentPolicies, allowUserConsentForRiskyApps, allPolicies,\n"
        "  error, policiesError}, \"groupOwnerConsent\": {setting none|pre-approved|all|custom, description,\n"
        "  policies […], error, legacySetting {present, id, enableGroupSpecificConsent, constrainedToGroupId,\n"
        "  constrainedToGroupName, allowsGroupOwnerConsent, error}}, \"lowImpactPermissions\": [{id, permissionId,\n"
        "  permissionName, classification}], \"lowImpactPermissionsError\"}. A part that could not be read is null "
        "with its error.\n"
        "--format csv: the reviewers.\n"
        "\n"
        "Reading needs Policy.Read.All (the workflow also Directory.Read.All) and a role such as Global Reader,\n"
        "Cloud Application Administrator, Application Administrator or Global Administrator.\n"
        "\n"
        "Exit codes: 0 ok (a part that could not be read is noted on stderr), 1 nothing could be read, 3 sign-in\n"
        "needed, 4 your role may read none of it.");
}

Table SettingsShowCommand::reviewersTable(const ConsentSettings& settings)
{
    Table table;
    table.addColumn(QStringLiteral("Type"), QStringLiteral("Type"));
    table.addColumn(QStringLiteral("Reviewer"), QStringLiteral("Reviewer"));
    table.addColumn(QStringLiteral("Id"), QStringLiteral("Id"));
    table.addColumn(QStringLiteral("CanApprove"), QStringLiteral("Can approve"));
    table.addColumn(QStringLiteral("Problem"), QStringLiteral("Problem"));
    for (const auto& r : settings.workflow.reviewers) {
        const QJsonObject json = r.toJson();
        table.addRow({json.value(QStringLiteral("type")).toString(),
                      r.displayName.isEmpty() ? r.query() : r.displayName,
                      json.value(QStringLiteral("id")).toString(),
                      r.approvers < 0 ? QStringLiteral("unknown")
                                      : (r.canApprove() ? QStringLiteral("yes") : QStringLiteral("no")),
                      r.problem});
    }
    return table;
}

Table SettingsShowCommand::lowImpactTable(const ConsentSettings& settings)
{
    Table table;
    table.addColumn(QStringLiteral("Permission"), QStringLiteral("Permission"));
    table.addColumn(QStringLiteral("PermissionId"), QStringLiteral("Permission id"));
    table.addColumn(QStringLiteral("Id"), QStringLiteral("Classification id"));
    for (const auto& c : settings.lowImpact()) {
        table.addRow({c.permissionName, c.permissionId, c.id});
    }
    return table;
}

void SettingsShowCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    Q_UNUSED(parser)
    auto* loader = new ConsentSettingsLoader(context.graph());
    Async::then(loader->load(), loader, [&context, loader, done](const ConsentSettings& s) {
        loader->deleteLater();
        const QList<const GraphError*> errors {
            &s.workflowError, &s.authorizationError, &s.policiesError, &s.classificationsError};
        bool allFailed = true;
        for (const auto* e : errors) { // the older directory setting alone is not "the settings"
            allFailed = allFailed && e->isError();
        }
        if (allFailed) {
            const ExitCode code = exitCodeFor(s.workflowError);
            context.printError(QStringLiteral("Could not read the consent settings: %1").arg(s.workflowError.summary()),
                               code == ExitCode::PermissionDenied ? QStringLiteral(
                                   "Reading them needs Policy.Read.All and a role such as Global Reader, Cloud "
                                   "Application Administrator or Global Administrator.")
                                                                  : QString());
            done(code == ExitCode::Ok ? ExitCode::Failure : code);
            return;
        }
        const auto format = context.settings().format;
        QTextStream& out = context.out();
        if (format == TableWriter::Format::Json) {
            out << QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented));
        } else if (format == TableWriter::Format::Csv) {
            context.print(reviewersTable(s));
        } else {
            out << "Admin consent workflow\n";
            if (s.workflowError.isError()) {
                out << "  (could not be read: " << s.workflowError.summary() << ")\n";
            } else {
                const AdminConsentWorkflow& w = s.workflow;
                out << "  Users can request admin consent: " << (w.enabled ? "yes" : "no") << "\n"
                    << "  Email notifications to reviewers: " << (w.notifyReviewers ? "on" : "off") << "\n"
                    << "  Expiration reminders: " << (w.remindersEnabled ? "on" : "off") << "\n"
                    << "  Requests expire after: " << w.requestDurationInDays << " days\n"
                    << "  Version: " << w.version << "\n";
                if (w.reviewers.isEmpty()) {
                    out << "  Reviewers: (none)\n";
                } else {
                    out << "  Reviewers:\n";
                    out.flush();
                    context.print(reviewersTable(s));
                }
                if (const QString warning = w.reviewerWarning(); !warning.isEmpty()) {
                    out << "  Warning: " << warning << "\n";
                }
            }
            out << "\nUser consent for applications\n";
            if (s.authorizationError.isError()) {
                out << "  (could not be read: " << s.authorizationError.summary() << ")\n";
            } else {
                out << "  " << UserConsentSetting::describe(s.userConsent.option) << " ("
                    << UserConsentSetting::optionName(s.userConsent.option) << ")\n";
                for (const auto& p : s.userConsentPolicies()) {
                    out << "  Policy " << p.id
                        << (p.displayName.isEmpty() ? QString() : QStringLiteral(": ") + p.displayName) << "\n";
                    for (const auto& set : p.includes) {
                        out << "    includes: " << set.describe() << "\n";
                    }
                    for (const auto& set : p.excludes) {
                        out << "    excludes: " << set.describe() << "\n";
                    }
                }
                const GroupOwnerConsentSetting groupOwners = s.groupOwnerConsent();
                out << "\nGroup owner consent for apps accessing data\n  "
                    << GroupOwnerConsentSetting::describe(groupOwners.option) << " ("
                    << GroupOwnerConsentSetting::optionName(groupOwners.option) << ")";
                if (groupOwners.option == GroupOwnerConsentSetting::Option::Custom) {
                    out << ": " << groupOwners.groupPolicyIds.join(QStringLiteral(", "));
                }
                out << "\n";
                const QStringList owners
                    = UserConsentSetting::ownedResourcePolicyIds(s.permissionGrantPoliciesAssigned);
                out << "  Owners' consent policies (groups, teams, chats): "
                    << (owners.isEmpty() ? QStringLiteral("none") : owners.join(QStringLiteral(", "))) << "\n";
            }
            out << "  Older directory setting (Consent Policy Settings): ";
            if (s.legacyGroupConsentError.isError()) {
                out << "(could not be read: " << s.legacyGroupConsentError.summary() << ")\n";
            } else {
                out << s.legacyGroupConsent.describe() << "\n";
            }
            out << "\nLow-impact permissions (Microsoft Graph)\n";
            if (s.classificationsError.isError()) {
                out << "  (could not be read: " << s.classificationsError.summary() << ")\n";
            } else if (s.lowImpact().isEmpty()) {
                out << "  (none)\n";
            } else {
                out.flush();
                context.print(lowImpactTable(s));
            }
        }
        out.flush();
        for (const auto* e : errors + QList<const GraphError*> {&s.legacyGroupConsentError}) {
            if (e->isError()) {
                context.printNote(QStringLiteral("note: part of the settings could not be read: %1").arg(e->summary()));
            }
        }
        done(ExitCode::Ok);
    });
}
