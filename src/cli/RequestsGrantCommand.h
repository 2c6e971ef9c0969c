#pragma once

#include "CliCommand.h"

// `requests grant ID [--scopes a,b] [--dry-run] [--yes] [--rollback-on-failure]`: least-privilege grant of a
// request's permissions — tenant-wide, only those chosen — previewed, confirmed, journaled (CliPlanRunner).
class RequestsGrantCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("requests"), QStringLiteral("grant")}; }
    QString summary() const override
    {
        return QStringLiteral("Grant a request's permissions (all not yet granted, or only --scopes) tenant-wide.");
    }
    QString usage() const override { return QStringLiteral("ID"); }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
