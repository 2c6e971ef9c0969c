#pragma once

#include "CliCommand.h"

#include "exchange/MailboxAccessCheck.h"

class QTextStream;

// `policy explain --app APP --user UPN`: the check of `policy test` with the reasons — every policy of the app,
// whether it holds the mailbox and through which groups, the rule that decided, and why Exchange disagrees if it does.
class PolicyExplainCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("policy"), QStringLiteral("explain")}; }
    QString summary() const override
    {
        return QStringLiteral("Why the app may or may not reach this mailbox: policies, group path, rule.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    // The explanation for people (table format).
    static void write(QTextStream& out, const MailboxAccessCheck& check);
};
