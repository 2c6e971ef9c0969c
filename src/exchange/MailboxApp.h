#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * An app (client service principal) that can reach mailboxes through application permissions: its mailbox
 * permissions as granted in Entra ID, tenant-wide until Exchange scopes them.
 */
struct MailboxApp
{
    QString servicePrincipalId;
    QString appId;
    QString displayName;
    QStringList permissions; // "Mail.Read", "full_access_as_app", … sorted
};

Q_DECLARE_METATYPE(MailboxApp)
