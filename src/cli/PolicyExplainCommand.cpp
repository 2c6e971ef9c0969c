#include "PolicyExplainCommand.h"

#include "CliContext.h"
#include "PolicyBackend.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

QString PolicyExplainCommand::details() const
{
    return QStringLiteral(
        "The same check as `policy test` (Exchange's Test-ApplicationAccessPolicy beside the local evaluator), with\n"
        "the full explanation: each of the app's policies in Exchange's order, whether it holds the mailbox and\n"
        "through which group path (scope → nested group → user), the rule that decided (denyMatched,\n"
        "restrictMatched, restrictNotMatched, denyNotMatched, noPolicy), warnings about scopes Exchange may treat\n"
        "differently, and — when Exchange disagrees — the likely reason.\n"
        "--format json prints the whole check as one object (app, mailbox, local decision with its policies and\n"
        "paths, Exchange's answer, agreement, disagreement); csv one row (Mailbox, DisplayName, InScope, Exchange,\n"
        "Directory, Agreement, Rule, Why).\n"
        "\n"
        "Exit codes: 0 answered, 1 failure, 2 usage, 3 sign-in needed, 4 permission denied (no Exchange role), 5 no\n"
        "such app or mailbox.");
}

QList<QCommandLineOption> PolicyExplainCommand::options() const
{
    return {
        {QStringLiteral("app"), QStringLiteral("The app (appId, object id or display name)."), QStringLiteral("app")},
        {QStringLiteral("user"), QStringLiteral("The mailbox (UPN or SMTP address)."), QStringLiteral("upn")},
    };
}

void PolicyExplainCommand::write(QTextStream& out, const MailboxAccessCheck& check)
{
    const QString app = check.appDisplayName.isEmpty()
                            ? check.appId
                            : QStringLiteral("%1 (%2)").arg(check.appDisplayName, check.appId);
    const QString mailbox = check.mailbox.displayName.isEmpty()
                                ? check.mailboxLabel()
                                : QStringLiteral("%1 (%2)").arg(check.mailboxLabel(), check.mailbox.displayName);
    out << "App:        " << app << '\n'
        << "Mailbox:    " << mailbox << '\n'
        << "Exchange:   " << check.exchangeResultText() << "  (Test-ApplicationAccessPolicy)\n"
        << "Directory:  " << check.local.resultName() << "  (local evaluator, rule "
        << AccessDecision::ruleName(check.local.rule) << ")\n"
        << "Agreement:  " << MailboxAccessCheck::agreementName(check.agreement()) << "\n\n"
        << "Why: " << check.local.explanation() << "\n\n";
    if (check.local.policies.isEmpty()) {
        out << "The app has no application access policy.\n";
    } else {
        out << "Policies of the app (Exchange's order):\n";
        int i = 0;
        for (const AccessDecision::PolicyMatch& m : check.local.policies) {
            out << "  " << ++i << ". " << ApplicationAccessPolicy::accessRightName(m.policy.accessRight) << " on \""
                << m.policy.scopeName << "\" — ";
            if (m.matches) {
                out << "holds the mailbox: " << m.path.join(QStringLiteral(" → ")) << '\n';
            } else {
                out << "does not hold the mailbox\n";
            }
        }
    }
    if (!check.local.warnings.isEmpty()) {
        out << "Warnings:\n";
        for (const QString& w : check.local.warnings) {
            out << "  ! " << w << '\n';
        }
    }
    if (const QString why = check.disagreementReason(); !why.isEmpty()) {
        out << "\nWhy Exchange disagrees: " << why << '\n';
    }
    out.flush();
}

void PolicyExplainCommand::run(CliContext& context,
                               const QCommandLineParser& parser,
                               std::function<void(ExitCode)> done)
{
    auto* backend = new PolicyBackend(context);
    backend->appAndMailbox(
        parser, [&context, backend, done](const PolicyBackend::App&, const MailboxAccessCheck& check, ExitCode code) {
            backend->deleteLater();
            if (check.hasMailbox()) {
                switch (context.settings().format) {
                case TableWriter::Format::Json:
                    context.out() << QString::fromUtf8(QJsonDocument(check.toJson()).toJson(QJsonDocument::Indented));
                    context.out().flush();
                    break;
                case TableWriter::Format::Csv:
                    context.print(MailboxAccessCheck::toTable({check}));
                    break;
                case TableWriter::Format::Table:
                    write(context.out(), check);
                    break;
                }
            }
            done(code);
        });
}
