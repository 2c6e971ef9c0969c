#pragma once

#include "CliCommand.h"

#include "exchange/AccessPolicyModel.h"
#include "report/Table.h"

#include <QHash>

// `policy list [--app APP]`: every Exchange application access policy, with the app and the scope named (display
// names from Entra ID), what kind of recipient the scope is, and what may make Exchange disagree with the directory.
class PolicyListCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("policy"), QStringLiteral("list")}; }
    QString summary() const override
    {
        return QStringLiteral("Exchange application access policies, with app and scope names resolved.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    // "MailEnabledSecurityGroup" | "Group" (not mail-enabled security: Exchange may not honour it) | "Mailbox" |
    // "Unresolved" (the scope is not in the directory any more).
    static QString scopeKind(const AccessPolicyModel& model, const ApplicationAccessPolicy& policy);
    // appNames: appId (lower case) -> display name.
    static Table table(const AccessPolicyModel& model,
                       const QList<ApplicationAccessPolicy>& policies,
                       const QHash<QString, QString>& appNames);
};
