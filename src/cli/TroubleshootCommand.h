#pragma once

#include "CliCommand.h"

struct Table;
struct TroubleshootReport;

// `troubleshoot --user UPN --app APP [--scope S]… [--fix CHECK [--dry-run]]`: why can't this user connect this app —
// the troubleshooter's checklist (Troubleshooter, the same checks as the GUI), one row per check {check, status
// pass|warn|fail, evidence, fix}; exit 0 when nothing fails, 1 otherwise. --fix applies the fix of one check through
// CliPlanRunner (journaled, --dry-run, --yes or a prompt, undo with `journal restore`).
class TroubleshootCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("troubleshoot")}; }
    QString summary() const override
    {
        return QStringLiteral("Why can't a user connect an app? Checks consent, assignment, blocks, conditional "
                              "access, requests.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    static Table table(const TroubleshootReport& report); // --format csv
};
