#pragma once

#include "CliCommand.h"

#include "exchange/MailboxAccessCheck.h"
#include "report/Table.h"

// `policy test --app APP --user UPN`: may this app reach that mailbox? Exchange's own answer
// (Test-ApplicationAccessPolicy) beside the local evaluator's, and whether they agree. A query: exit 0 either way.
class PolicyTestCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("policy"), QStringLiteral("test")}; }
    QString summary() const override
    {
        return QStringLiteral("May the app reach this mailbox? Exchange's answer beside the directory's.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    // One row per check: AppId, App, Mailbox, DisplayName, InScope, Exchange, Directory, Agreement, Rule,
    // Disagreement (why the answers differ; empty when they agree).
    static Table table(const QList<MailboxAccessCheck>& checks);
};
