#pragma once

#include "CliCommand.h"

// `requests list [--mine] [--status S] [--app APPID]`: the admin consent request queue — all requests, or those
// waiting for the signed-in reviewer — in --format, with stable column keys for scripts.
class RequestsListCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("requests"), QStringLiteral("list")}; }
    bool needsTenantId() const override { return false; } // Graph reads only
    QString summary() const override
    {
        return QStringLiteral("List admin consent requests (all, by status, or those waiting for you).");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
