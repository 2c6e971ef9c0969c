#include "MailboxAccessCheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MailboxAccessCheck", text);
}
} // namespace

QString MailboxAccessCheck::mailboxLabel() const
{
    if (!mailbox.primarySmtpAddress.isEmpty()) {
        return mailbox.primarySmtpAddress;
    }
    if (!mailbox.displayName.isEmpty()) {
        return mailbox.displayName;
    }
    return query;
}

bool MailboxAccessCheck::isMember() const
{
    return std::any_of(local.policies.begin(), local.policies.end(), [](const auto& m) { return m.matches; });
}

MailboxAccessCheck::Agreement MailboxAccessCheck::agreement() const
{
    if (!exchangeAsked) {
        return Agreement::ExchangeNotAsked;
    }
    if (exchangeError) {
        return Agreement::ExchangeFailed;
    }
    return exchange.granted() == local.granted() ? Agreement::Agree : Agreement::Disagree;
}

QString MailboxAccessCheck::agreementName(Agreement agreement)
{
    switch (agreement) {
    case Agreement::Agree:
        return QStringLiteral("agree");
    case Agreement::Disagree:
        return QStringLiteral("disagree");
    case Agreement::ExchangeNotAsked:
        return QStringLiteral("notAsked");
    case Agreement::ExchangeFailed:
        return QStringLiteral("exchangeFailed");
    }
    return {};
}

QString MailboxAccessCheck::exchangeResultText() const
{
    switch (agreement()) {
    case Agreement::ExchangeNotAsked:
        return tr("Not asked");
    case Agreement::ExchangeFailed:
        return tr("Failed: %1").arg(exchangeError.message);
    default:
        return exchange.granted() ? tr("Granted") : tr("Denied");
    }
}

QString MailboxAccessCheck::disagreementReason() const
{
    if (agreement() != Agreement::Disagree) {
        return {};
    }
    // The evaluator already knows of scopes Exchange treats differently; those explain the difference best.
    // Whole sentences per direction: a translated sentence cannot take Exchange's raw "Granted"/"Denied".
    const QString verdicts
        = exchange.granted()
              ? tr("Exchange grants the app access to this mailbox, but the directory's policies deny it.")
              : tr("Exchange denies the app access to this mailbox, but the directory's policies grant it.");
    if (!local.warnings.isEmpty()) {
        return verdicts + QLatin1Char(' ') + local.warnings.join(QLatin1Char(' '));
    }
    return verdicts + QLatin1Char(' ')
           + tr(
               "Exchange Online and Entra ID each keep their own copy of group membership and synchronize it: a change "
               "made in the last minutes (a group or member added in Exchange, a member changed in Entra ID, a new or "
               "removed policy) may not have reached the other side yet. Run the test again in a few minutes; if the "
               "difference stays, compare the group's members in the Exchange admin center with Entra ID.");
}

QJsonObject MailboxAccessCheck::toJson() const
{
    QJsonObject mb {{QStringLiteral("query"), query},
                    {QStringLiteral("displayName"), mailbox.displayName},
                    {QStringLiteral("primarySmtpAddress"), mailbox.primarySmtpAddress},
                    {QStringLiteral("externalDirectoryObjectId"), mailbox.externalDirectoryObjectId},
                    {QStringLiteral("recipientTypeDetails"), mailbox.recipientTypeDetails}};
    QJsonObject out {{QStringLiteral("appId"), appId},
                     {QStringLiteral("appDisplayName"), appDisplayName},
                     {QStringLiteral("mailbox"), mb},
                     {QStringLiteral("member"), isMember()},
                     {QStringLiteral("local"), local.toJson()},
                     {QStringLiteral("agreement"), agreementName(agreement())}};
    if (exchangeAsked) {
        out.insert(QStringLiteral("exchange"),
                   exchangeError ? QJsonObject {{QStringLiteral("error"), exchangeError.message}}
                                 : QJsonObject {{QStringLiteral("accessCheckResult"), exchange.accessCheckResult},
                                                {QStringLiteral("mailbox"), exchange.mailbox},
                                                {QStringLiteral("mailboxId"), exchange.mailboxId}});
    }
    if (const QString why = disagreementReason(); !why.isEmpty()) {
        out.insert(QStringLiteral("disagreement"), why);
    }
    return out;
}

Table MailboxAccessCheck::toTable(const QList<MailboxAccessCheck>& checks)
{
    Table table;
    table.addColumn(QStringLiteral("Mailbox"), tr("Mailbox"));
    table.addColumn(QStringLiteral("DisplayName"), tr("Name"));
    table.addColumn(QStringLiteral("InScope"), tr("In scope group"));
    table.addColumn(QStringLiteral("Exchange"), tr("Exchange (Test)"));
    table.addColumn(QStringLiteral("Directory"), tr("Directory (local)"));
    table.addColumn(QStringLiteral("Agreement"), tr("Agreement"));
    table.addColumn(QStringLiteral("Rule"), tr("Rule"));
    table.addColumn(QStringLiteral("Why"), tr("Why"));
    for (const auto& c : checks) {
        const QString why = c.agreement() == Agreement::Disagree ? c.disagreementReason() : c.local.explanation();
        table.addRow({c.mailboxLabel(),
                      c.mailbox.displayName,
                      c.isMember() ? QStringLiteral("yes") : QStringLiteral("no"),
                      c.exchangeResultText(),
                      c.local.resultName(),
                      agreementName(c.agreement()),
                      AccessDecision::ruleName(c.local.rule),
                      why});
    }
    return table;
}
