#pragma once

#include "CliCommand.h"

// `settings user-consent none|low|legacy|recommended`: which apps users may consent to by themselves, as the admin
// center words it — one PATCH of the authorization policy through the journaled pipeline, keeping every other
// assigned policy (group owner / resource-specific consent).
class SettingsUserConsentCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("settings"), QStringLiteral("user-consent")}; }
    QString summary() const override { return QStringLiteral("Set user consent for applications."); }
    QString usage() const override { return QStringLiteral("none|low|legacy|recommended"); }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
