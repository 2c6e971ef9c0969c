#pragma once

#include "CliCommand.h"

// `policy matrix --app APP [--sample N]`: the app against every mailbox inside its policy scopes and a sample of
// mailboxes outside them — Exchange's answer and the directory's for each, exportable as CSV or JSON.
class PolicyMatrixCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("policy"), QStringLiteral("matrix")}; }
    QString summary() const override
    {
        return QStringLiteral("Test the app against its scopes' mailboxes and a sample of the others.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
