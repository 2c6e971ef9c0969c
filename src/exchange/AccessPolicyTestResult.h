#pragma once

#include <QJsonObject>
#include <QString>

/** One row of Test-ApplicationAccessPolicy (its output is undocumented; these are the commonly seen fields). */
struct AccessPolicyTestResult
{
    QString appId;
    QString mailbox;
    QString mailboxId;
    QString mailboxSid;
    QString accessCheckResult; // "Granted" | "Denied"

    bool granted() const { return accessCheckResult.compare(QLatin1String("Granted"), Qt::CaseInsensitive) == 0; }
    static AccessPolicyTestResult fromJson(const QJsonObject& row);
};
