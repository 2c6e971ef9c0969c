#pragma once

#include "CliCommand.h"

#include "exchange/ApplicationAccessPolicy.h"

#include <optional>

// `policy new --app APP --group G --access restrict|deny [--description T] [--create-group] [--add-member UPN]…
// [--dry-run]`: limits (or denies) an app's mailbox access to a mail-enabled security group — Microsoft's recipe
// as one previewed, confirmed, journaled plan — then tests it for a member and a non-member.
class PolicyNewCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("policy"), QStringLiteral("new")}; }
    QString summary() const override
    {
        return QStringLiteral("Restrict or deny an app's mailbox access with a group (access policy).");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    // "restrict" / "RestrictAccess", "deny" / "DenyAccess" (any case); nullopt for anything else.
    static std::optional<ApplicationAccessPolicy::AccessRight> parseAccess(const QString& text);
};
