#pragma once

#include "directory/GrantedPermission.h"

#include <QList>
#include <QStringList>

/**
 * What Exchange's mailbox scoping can and cannot limit, judged from the application permissions an app holds in
 * Entra ID (its app role assignments on Microsoft Graph and Office 365 Exchange Online):
 *  - an application access policy limits only the mailbox permissions (Mail.*, MailboxSettings.*, Calendars.*,
 *    Contacts.*, EWS full_access_as_app); everything else the app holds (Files.Read.All, Sites.Read.All, …) still
 *    reaches the whole tenant;
 *  - RBAC for Applications is additive: a tenant-wide mailbox permission granted in Entra keeps reaching every
 *    mailbox however narrow the role assignment's scope, so it has to be revoked after moving to RBAC.
 * Which permissions count is MailboxPermissions' one list. Pure: the rows come from AppInventory.
 */
class MailPermissionAudit
{
public:
    // The application permissions of `rows` that Exchange's scoping governs, as "Mail.Read" values, sorted.
    static QStringList mailboxPermissions(const QList<GrantedPermission>& rows);
    // Application permissions outside Exchange's reach that still expose data tenant-wide (for the policy notes).
    static QStringList otherApplicationPermissions(const QList<GrantedPermission>& rows);

    // For the wizard and `policy new`: what an access policy would and would not change for this app.
    static QStringList accessPolicyNotes(const QString& appName, const QList<GrantedPermission>& rows);
    // For RBAC for Applications: tenant-wide mailbox permissions that make a scoped role assignment pointless.
    // limitedByPolicy: a RestrictAccess policy holds them in today (until it is removed in favour of RBAC).
    static QStringList
    rbacWarnings(const QString& appName, const QList<GrantedPermission>& rows, bool limitedByPolicy = false);
    // Microsoft's guidance that application access policies are being replaced by RBAC for Applications.
    static QString deprecationNote();
};
