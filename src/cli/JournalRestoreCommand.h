#pragma once

#include "CliCommand.h"

// `journal restore ENTRY… | --operation ID [--dry-run] [--yes]`: re-creates what revokes removed (new ids, same
// client, resource, principal, scopes and roles), or undoes Exchange writes (CliPlanRunner), itself
// journaled with restoresEntryId.
class JournalRestoreCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("journal"), QStringLiteral("restore")}; }
    QString summary() const override
    {
        return QStringLiteral(
            "Put back what journaled revokes removed, or undo Exchange changes (entries, or a whole --operation).");
    }
    QString usage() const override { return QStringLiteral("[ENTRY…]"); }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
