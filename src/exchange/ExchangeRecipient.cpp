#include "ExchangeRecipient.h"

ExchangeRecipient ExchangeRecipient::fromJson(const QJsonObject& row)
{
    ExchangeRecipient r;
    r.externalDirectoryObjectId = row.value(QStringLiteral("ExternalDirectoryObjectId")).toString();
    r.guid = row.value(QStringLiteral("Guid")).toString();
    r.sid = row.value(QStringLiteral("Sid")).toString();
    r.name = row.value(QStringLiteral("Name")).toString();
    r.alias = row.value(QStringLiteral("Alias")).toString();
    r.displayName = row.value(QStringLiteral("DisplayName")).toString();
    r.primarySmtpAddress = row.value(QStringLiteral("PrimarySmtpAddress")).toString();
    r.recipientTypeDetails = row.value(QStringLiteral("RecipientTypeDetails")).toString();
    r.distinguishedName = row.value(QStringLiteral("DistinguishedName")).toString();
    return r;
}
