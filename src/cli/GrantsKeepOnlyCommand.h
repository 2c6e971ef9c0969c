#pragma once

#include "CliCommand.h"

#include "consent/AppInventory.h"

// `grants keep-only --app ID --keep S,S[,App:V]`: the "consent to everything, then revoke the excess" case — shows
// what is kept, removed and not held, then removes the rest like `grants revoke`.
class GrantsKeepOnlyCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("grants"), QStringLiteral("keep-only")}; }
    QString summary() const override
    {
        return QStringLiteral("Keep only the named permissions of an app and revoke everything else it holds.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    // --keep names → Permission::key()s of the app's rows; names that match no row go to *notHeld.
    // "Mail.Read" is a delegated permission, "App:Mail.Read" (or "Application:Mail.Read") an application one.
    static QStringList keepKeys(const AppInventory& app, const QStringList& names, QStringList* notHeld);
};
