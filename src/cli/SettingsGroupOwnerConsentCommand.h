#pragma once

#include "CliCommand.h"

// `settings group-owner-consent none|pre-approved|all`: whether group owners may let apps reach the data of the
// groups they own (CISA SCuBA MS.AAD.5.4) — one PATCH of the authorization policy through the journaled pipeline,
// replacing only the group-scoped ManagePermissionGrantsForOwnedResource.* entries.
class SettingsGroupOwnerConsentCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("settings"), QStringLiteral("group-owner-consent")}; }
    QString summary() const override { return QStringLiteral("Set group owner consent for apps accessing data."); }
    QString usage() const override { return QStringLiteral("none|pre-approved|all"); }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
