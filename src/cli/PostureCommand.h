#pragma once

#include "CliCommand.h"

// `posture`: the tenant's consent posture — CISA SCuBA's MS.AAD.5.1–5.4 and ConsentDesk's own checks — as rows
// {check, id, status pass|warn|fail, evidence, fix, command}, read by PostureService as the GUI reads them.
class PostureCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("posture")}; }
    QString summary() const override
    {
        return QStringLiteral("Check the tenant's consent posture (CISA SCuBA MS.AAD.5.x and ConsentDesk's checks).");
    }
    QString details() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
