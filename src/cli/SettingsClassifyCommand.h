#pragma once

#include "CliCommand.h"

// `settings classify add|remove PERMISSION`: a delegated permission of Microsoft Graph classified low impact, or no
// longer — the "selected permissions" users may consent to under the low-impact user consent setting.
class SettingsClassifyCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("settings"), QStringLiteral("classify")}; }
    QString summary() const override
    {
        return QStringLiteral("Classify a Microsoft Graph delegated permission as low impact, or remove that.");
    }
    QString usage() const override { return QStringLiteral("add|remove PERMISSION"); }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
