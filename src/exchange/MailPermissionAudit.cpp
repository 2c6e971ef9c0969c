#include "MailPermissionAudit.h"

#include "directory/MailboxPermissions.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MailPermissionAudit", text);
}

QStringList applicationValues(const QList<GrantedPermission>& rows, bool mailbox)
{
    QStringList out;
    for (const auto& row : rows) {
        if (row.source != GrantedPermission::Source::Application || row.permission.value.isEmpty()) {
            continue;
        }
        if (MailboxPermissions::contains(row.permission.resourceAppId, row.permission.value) == mailbox
            && !out.contains(row.permission.value)) {
            out.append(row.permission.value);
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

} // namespace

QStringList MailPermissionAudit::mailboxPermissions(const QList<GrantedPermission>& rows)
{
    return applicationValues(rows, true);
}

QStringList MailPermissionAudit::otherApplicationPermissions(const QList<GrantedPermission>& rows)
{
    return applicationValues(rows, false);
}

QStringList MailPermissionAudit::accessPolicyNotes(const QString& appName, const QList<GrantedPermission>& rows)
{
    QStringList notes;
    const QStringList mailbox = mailboxPermissions(rows);
    if (mailbox.isEmpty()) {
        notes.append(tr("%1 holds no application permission that an access policy limits (Mail.*, Calendars.*, "
                        "Contacts.*, MailboxSettings.*, full_access_as_app): the policy changes nothing until it "
                        "gets one. Delegated permissions are never limited by access policies.")
                         .arg(appName));
    } else {
        notes.append(tr("The policy will limit %1's application permissions %2 to the group's mailboxes.")
                         .arg(appName, mailbox.join(QStringLiteral(", "))));
    }
    if (const QStringList others = otherApplicationPermissions(rows); !others.isEmpty()) {
        notes.append(tr("It does not limit %1: those still reach the whole tenant (files, sites, directory). Revoke "
                        "them in Apps and permissions if the app does not need them.")
                         .arg(others.join(QStringLiteral(", "))));
    }
    return notes;
}

QStringList
MailPermissionAudit::rbacWarnings(const QString& appName, const QList<GrantedPermission>& rows, bool limitedByPolicy)
{
    const QStringList mailbox = mailboxPermissions(rows);
    if (mailbox.isEmpty()) {
        return {};
    }
    if (limitedByPolicy) {
        return {QCoreApplication::translate(
                    "MailPermissionAudit",
                    "%1 holds %n tenant-wide application permission(s) in Entra ID (%2); today its access policy "
                    "limits them. RBAC for Applications is additive: once the policy is removed in favor of a scoped "
                    "role, they would reach every mailbox again. Revoke %2 in Apps and permissions before removing the "
                    "policy.",
                    nullptr,
                    int(mailbox.size()))
                    .arg(appName, mailbox.join(QStringLiteral(", ")))};
    }
    return {QCoreApplication::translate(
                "MailPermissionAudit",
                "%1 holds %n tenant-wide application permission(s) in Entra ID (%2). RBAC for Applications is "
                "additive: a scoped role assignment does not narrow them, so the app still reaches every mailbox. "
                "After the role assignment works, revoke %2 in Apps and permissions.",
                nullptr,
                int(mailbox.size()))
                .arg(appName, mailbox.join(QStringLiteral(", ")))};
}

QString MailPermissionAudit::deprecationNote()
{
    return tr("Microsoft is replacing application access policies with RBAC for Applications in Exchange Online "
              "and advises against creating new policies. Existing policies keep working; ConsentDesk shows the "
              "RBAC equivalent of each one (a management scope and a role assignment).");
}
