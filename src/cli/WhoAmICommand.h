#pragma once

#include "CliCommand.h"

// `whoami`: the signed-in account, its tenant and its directory roles — what every other command acts as.
class WhoAmICommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("whoami")}; }
    QString summary() const override { return QStringLiteral("Show the signed-in account and its directory roles."); }
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
