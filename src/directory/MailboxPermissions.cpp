#include "MailboxPermissions.h"

#include "directory/PermissionResolver.h"

const QString MailboxPermissions::ExchangeOnlineAppId = QStringLiteral("00000002-0000-0ff1-ce00-000000000000");

const QStringList& MailboxPermissions::values()
{
    static const QStringList list {
        QStringLiteral("Mail.Read"),
        QStringLiteral("Mail.ReadBasic"),
        QStringLiteral("Mail.ReadBasic.All"),
        QStringLiteral("Mail.ReadWrite"),
        QStringLiteral("Mail.Send"),
        QStringLiteral("MailboxSettings.Read"),
        QStringLiteral("MailboxSettings.ReadWrite"),
        QStringLiteral("Calendars.Read"),
        QStringLiteral("Calendars.ReadWrite"),
        QStringLiteral("Contacts.Read"),
        QStringLiteral("Contacts.ReadWrite"),
        QStringLiteral("full_access_as_app"),
        QStringLiteral("EWS.AccessAsApp"),
    };
    return list;
}

bool MailboxPermissions::contains(const QString& resourceAppId, const QString& value)
{
    const bool resource = resourceAppId.compare(PermissionResolver::MicrosoftGraphAppId, Qt::CaseInsensitive) == 0
                          || resourceAppId.compare(ExchangeOnlineAppId, Qt::CaseInsensitive) == 0;
    return resource && values().contains(value, Qt::CaseInsensitive);
}
