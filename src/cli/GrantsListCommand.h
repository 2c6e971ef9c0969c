#pragma once

#include "CliCommand.h"

#include "directory/GrantedPermission.h"
#include "report/Table.h"

struct AppSummary;

// `grants list --app ID | --user UPN | --all [--permissions]`: what an app can do in the tenant, what a user granted
// and what applies to them, or the whole tenant's apps — read-only, a Global Reader sees it all.
class GrantsListCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("grants"), QStringLiteral("list")}; }
    bool needsTenantId() const override { return false; } // Graph reads only
    QString summary() const override
    {
        return QStringLiteral("Granted permissions of one app (--app), one user (--user) or every app (--all).");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    // The MSIdentityTools columns, plus GrantedThrough (the group of an app role assignment; empty when direct).
    static Table permissionTable(const QList<GrantedPermission>& rows, bool withGrantedThrough = false);
    static Table summaryTable(const QList<AppSummary>& apps);

private:
    static void listApp(CliContext& context, const QString& app, std::function<void(ExitCode)> done);
    static void listUser(CliContext& context, const QString& user, std::function<void(ExitCode)> done);
    static void listTenant(CliContext& context, bool permissions, std::function<void(ExitCode)> done);
    static void listPermissions(CliContext& context, std::function<void(ExitCode)> done);
};
