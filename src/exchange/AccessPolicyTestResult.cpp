#include "AccessPolicyTestResult.h"

AccessPolicyTestResult AccessPolicyTestResult::fromJson(const QJsonObject& row)
{
    AccessPolicyTestResult r;
    r.appId = row.value(QStringLiteral("AppId")).toString();
    r.mailbox = row.value(QStringLiteral("Mailbox")).toString();
    r.mailboxId = row.value(QStringLiteral("MailboxId")).toString();
    r.mailboxSid = row.value(QStringLiteral("MailboxSid")).toString();
    r.accessCheckResult = row.value(QStringLiteral("AccessCheckResult")).toString();
    return r;
}
