#pragma once

#include <QJsonObject>
#include <QString>

/** A mailbox or group row of Get-Mailbox / Get-DistributionGroup / Get-DistributionGroupMember. */
struct ExchangeRecipient
{
    QString externalDirectoryObjectId; // the Entra object id
    QString guid; // Exchange's own id (policy identities use it)
    QString sid;
    QString name;
    QString alias;
    QString displayName;
    QString primarySmtpAddress;
    QString recipientTypeDetails;
    QString distinguishedName; // what OPATH filters such as MemberOfGroup compare with // UserMailbox, SharedMailbox,
                               // MailUniversalSecurityGroup, …

    bool isGroup() const { return recipientTypeDetails.startsWith(QLatin1String("MailUniversal")); }
    bool isMailEnabledSecurityGroup() const
    {
        return recipientTypeDetails == QLatin1String("MailUniversalSecurityGroup");
    }
    static ExchangeRecipient fromJson(const QJsonObject& row);
};
