#pragma once

#include "CliCommand.h"

#include "consent/AppInventory.h"
#include "consent/GrantPlan.h"

// `grants revoke --app ID… [--scope S]… [--user UPN] [--application-permission V]… [--all-permissions]`: removes
// what the apps hold — previewed, confirmed, journaled (CliPlanRunner); `journal restore` puts it back.
class GrantsRevokeCommand : public CliCommand
{
public:
    struct Selection
    {
        QStringList scopes; // delegated claim values
        QString user; // UPN or object id: that user's consent instead of the tenant-wide grants
        QStringList applicationPermissions; // app role values (or ids)
        bool allPermissions = false;
    };

    QStringList words() const override { return {QStringLiteral("grants"), QStringLiteral("revoke")}; }
    QString summary() const override
    {
        return QStringLiteral("Revoke scopes, a user's consent, application permissions or everything an app holds.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    // "a,b" and repeated options as one list, without duplicates (case-insensitive).
    static QStringList splitValues(const QStringList& values);
    // The app names of --app (repeatable) and --apps-file; false after printing a usage error.
    static bool appNames(CliContext& context, const QCommandLineParser& parser, QStringList* names);

    // The plan for one app, or *missingUser set when --user has no consent to this app.
    static GrantPlan plan(const AppInventory& app, const Selection& selection, bool* missingUser);
};
