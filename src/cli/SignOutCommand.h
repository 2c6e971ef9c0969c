#pragma once

#include "CliCommand.h"

/**
 * `signout`: deletes the profile's stored sign-in (its refresh token in the system keychain, the entry the GUI uses
 * too) and says what was removed. Idempotent: nothing stored is success. The profile itself (tenant, client id, last
 * account as the next sign-in's hint) stays; access tokens die with the process anyway.
 */
class SignOutCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("signout")}; }
    QString summary() const override { return QStringLiteral("Remove the stored sign-in from the system keychain."); }
    QString details() const override;
    bool needsTenant() const override { return false; }
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
