#include "PolicyTestCommand.h"

#include "CliContext.h"
#include "PolicyBackend.h"

#include <QCommandLineParser>

QString PolicyTestCommand::details() const
{
    return QStringLiteral(
        "Asks Exchange Online (Test-ApplicationAccessPolicy -Identity UPN -AppId APPID) and, beside it, evaluates the\n"
        "app's policies locally from the directory (Deny wins; a Restrict that holds the mailbox grants; Restrict\n"
        "policies that do not hold it deny; no policy grants), then says whether the two agree. They may not right\n"
        "after a change: Exchange works from its own copy. `policy explain` says why, with the group path.\n"
        "--app: application ID, service principal object ID or exact display name. --user: the mailbox's UPN or\n"
        "primary SMTP address.\n"
        "\n"
        "Columns (CSV headers and JSON keys, stable): AppId, App, Mailbox, DisplayName, InScope (the mailbox is in\n"
        "one of the app's policy scopes), Exchange (Granted, Denied, or Failed: …), Directory (Granted, Denied),\n"
        "Agreement (agree, disagree, exchangeFailed), Rule, Disagreement.\n"
        "\n"
        "Needs an Exchange role that may run Test-ApplicationAccessPolicy (Global Reader is enough).\n"
        "Exit codes: 0 answered (Granted or Denied, agreeing or not), 1 failure, 2 usage, 3 sign-in needed,\n"
        "4 permission denied (no Exchange role), 5 no such app or mailbox.");
}

QList<QCommandLineOption> PolicyTestCommand::options() const
{
    return {
        {QStringLiteral("app"), QStringLiteral("The app (appId, object id or display name)."), QStringLiteral("app")},
        {QStringLiteral("user"), QStringLiteral("The mailbox (UPN or SMTP address)."), QStringLiteral("upn")},
    };
}

Table PolicyTestCommand::table(const QList<MailboxAccessCheck>& checks)
{
    Table table;
    table.addColumn(QStringLiteral("AppId"));
    table.addColumn(QStringLiteral("App"));
    table.addColumn(QStringLiteral("Mailbox"));
    table.addColumn(QStringLiteral("DisplayName"));
    table.addColumn(QStringLiteral("InScope"));
    table.addColumn(QStringLiteral("Exchange"));
    table.addColumn(QStringLiteral("Directory"));
    table.addColumn(QStringLiteral("Agreement"));
    table.addColumn(QStringLiteral("Rule"));
    table.addColumn(QStringLiteral("Disagreement"));
    for (const MailboxAccessCheck& c : checks) {
        table.addRow({c.appId,
                      c.appDisplayName,
                      c.mailboxLabel(),
                      c.mailbox.displayName,
                      c.isMember() ? QStringLiteral("yes") : QStringLiteral("no"),
                      c.exchangeResultText(),
                      c.local.resultName(),
                      MailboxAccessCheck::agreementName(c.agreement()),
                      AccessDecision::ruleName(c.local.rule),
                      c.disagreementReason()});
    }
    return table;
}

void PolicyTestCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    auto* backend = new PolicyBackend(context);
    backend->appAndMailbox(
        parser, [&context, backend, done](const PolicyBackend::App&, const MailboxAccessCheck& check, ExitCode code) {
            backend->deleteLater();
            if (check.hasMailbox()) {
                context.print(table({check}));
            }
            done(code);
        });
}
