#pragma once

#include "CliCommand.h"

// `policy remove IDENTITY [--dry-run]`: removes one application access policy (its Identity as `policy list` prints
// it) — shown, confirmed, journaled before it is sent.
class PolicyRemoveCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("policy"), QStringLiteral("remove")}; }
    QString usage() const override { return QStringLiteral("IDENTITY"); }
    QString summary() const override { return QStringLiteral("Remove an application access policy."); }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
