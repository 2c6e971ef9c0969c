#pragma once

#include "CliCommand.h"

// `requests block ID [--dry-run] [--yes]`: disable the request's app in the tenant (creating its service principal
// disabled when it has none), so nobody can sign in to it or request it again.
class RequestsBlockCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("requests"), QStringLiteral("block")}; }
    QString summary() const override
    {
        return QStringLiteral("Block the request's app: disable its service principal (created disabled if missing).");
    }
    QString usage() const override { return QStringLiteral("ID"); }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
