#pragma once

#include "CliCommand.h"

// `whoami`: the signed-in account, its tenant, its directory roles and what they allow in ConsentDesk (and why not) —
// what every other command acts as. Works with an environment token or the stored sign-in.
class WhoAmICommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("whoami")}; }
    bool needsTenantId() const override { return false; } // Graph reads only
    QString summary() const override
    {
        return QStringLiteral("Show the signed-in account, its tenant, directory roles and what they allow.");
    }
    QString details() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
