#pragma once

#include "CliCommand.h"

struct Table;

// `explain TEXT`: what a sign-in error a user met means, who can fix it and the command that starts the fix —
// SignInErrorExplainer, as the GUI's "Explain a sign-in error…" dialog shows it. Offline: reads no tenant.
class ExplainCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("explain")}; }
    bool needsTenant() const override { return false; }
    QString summary() const override
    {
        return QStringLiteral(
            "Explain a sign-in error a user met: an AADSTS code, an OAuth error or a pasted message.");
    }
    QString usage() const override { return QStringLiteral("TEXT | -"); }
    QString details() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
