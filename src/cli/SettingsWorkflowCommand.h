#pragma once

#include "CliCommand.h"

// `settings workflow --enable|--disable [--reviewer UPN|group:NAME|role:NAME]… [--duration DAYS] [--notify on|off]
// [--reminders on|off]`: change the admin consent workflow with one whole-object PUT through the journaled pipeline,
// refused when someone changed the policy since it was read.
class SettingsWorkflowCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("settings"), QStringLiteral("workflow")}; }
    QString summary() const override
    {
        return QStringLiteral("Turn the admin consent workflow on or off; set reviewers, e-mails, reminders, expiry.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
