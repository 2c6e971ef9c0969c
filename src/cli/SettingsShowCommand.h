#pragma once

#include "CliCommand.h"

struct ConsentSettings;
struct Table;

// `settings show`: the tenant's consent settings — the admin consent workflow (reviewers resolved, with who can
// approve), user consent in the admin center's words with the permission grant policies behind it, and Microsoft
// Graph's permissions classified low impact. Read through ConsentSettingsLoader, as the GUI reads them.
class SettingsShowCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("settings"), QStringLiteral("show")}; }
    bool needsTenantId() const override { return false; } // Graph reads only
    QString summary() const override
    {
        return QStringLiteral("Show the admin consent workflow, the user consent setting and low-impact permissions.");
    }
    QString details() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    static Table reviewersTable(const ConsentSettings& settings);
    static Table lowImpactTable(const ConsentSettings& settings);
};
