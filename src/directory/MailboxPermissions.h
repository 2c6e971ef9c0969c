#pragma once

#include <QString>
#include <QStringList>

/**
 * The application permissions that reach mailboxes — the ones Exchange Online's application access policies and
 * RBAC for Applications roles govern (graph-api.md §9, "Scope of effect"): Mail.*, MailboxSettings.*, Calendars.*,
 * Contacts.* on Microsoft Graph, and EWS full access on Office 365 Exchange Online. One list, so the helpdesk view,
 * the Mailbox access view and the CLI agree on which apps can read a mailbox.
 */
class MailboxPermissions
{
public:
    static const QString ExchangeOnlineAppId; // 00000002-0000-0ff1-ce00-000000000000

    static const QStringList& values(); // "Mail.Read", …, "full_access_as_app", "EWS.AccessAsApp"
    static bool contains(const QString& resourceAppId, const QString& value);
};
