#pragma once

#include "CliCommand.h"

/**
 * `signin`: the interactive sign-in (authorization code + PKCE in the system browser, as in the GUI), then the refresh
 * token goes to the system keychain under the key the GUI uses, and the profile (tenant, client id, cloud, who signed
 * in) to the GUI's profile store, as the current profile. Later commands sign in silently from there.
 *
 * The profile: --profile NAME (created or updated from the global options), else the stored profile matching the
 * global options, else a new one from them, else the current profile.
 *
 * Keychain missing or locked: the sign-in works, but nothing keeps it once this process ends — and a CLI has no
 * "later in this session". So it is reported as a failure (exit 1) after printing who signed in: a script that runs
 * `signin && …` learns at once, not with exit 3 on the next command.
 */
class SignInCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("signin")}; }
    QString summary() const override { return QStringLiteral("Sign in in the browser and keep the sign-in."); }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    bool needsTenant() const override { return false; } // it makes the token others use
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
