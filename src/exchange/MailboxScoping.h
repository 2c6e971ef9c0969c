#pragma once

#include "ApplicationAccessPolicy.h"
#include "MailboxApp.h"
#include "ManagementRoleAssignment.h"
#include "directory/GrantedPermission.h"
#include "directory/ServicePrincipal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * How Exchange Online limits an app's mailbox access, as rules both front ends apply the same way (the Mailbox access
 * view, `consentdesk-cli policy …`). Pure: no I/O.
 *
 * An app's application permissions on mailboxes (Mail.Read, full_access_as_app, …) reach every mailbox until an
 * application access policy scopes them; RBAC for Applications roles add access of their own (RBAC is additive).
 * RestrictAccess policies are an allow list: removing the last one opens every mailbox again, unless DenyAccess
 * policies keep some out.
 */
class MailboxScoping
{
    Q_DECLARE_TR_FUNCTIONS(MailboxScoping)

public:
    // What Exchange lets the app reach, in words: "Every mailbox (no access policy)", "only "G"", "all but "G"",
    // "RBAC Mail.Read: every mailbox"…; "Unknown: …" when the policies could not be read.
    static QString describe(const MailboxApp& app,
                            const QList<ApplicationAccessPolicy>& appPolicies,
                            const QList<ManagementRoleAssignment>& roles,
                            bool policiesUnknown,
                            bool rolesUnknown);
    // Holds mailbox permissions and no policy limits them.
    static bool reachesEveryMailbox(const MailboxApp& app, const QList<ApplicationAccessPolicy>& appPolicies);

    // The RBAC for Applications role assignments ("Application …" roles held by an app) among all of them.
    static QList<ManagementRoleAssignment> applicationRoles(const QList<ManagementRoleAssignment>& assignments);
    // Apps that Exchange scopes (a policy, an RBAC role) but that hold no mailbox permission in Entra ID — left over,
    // or granted later: they are listed too. Each appId once, in first-seen order.
    static QStringList scopedWithoutPermission(const QList<MailboxApp>& apps,
                                               const QStringList& policyAppIds,
                                               const QList<ManagementRoleAssignment>& roles);
    // Such an app, named by its service principal when there is one ("*": every app).
    static MailboxApp scopedApp(const QString& appId, const std::optional<ServicePrincipal>& servicePrincipal);

    // The mailbox application permissions among what an app holds, sorted: what a policy would limit.
    static QStringList mailboxPermissions(const QList<GrantedPermission>& held);

    // What removing `removed` means for the app, before it is removed: the warning when it is the app's only
    // RestrictAccess policy (the app reaches every mailbox again, or every one its DenyAccess policies leave).
    static QStringList removalWarnings(const ApplicationAccessPolicy& removed,
                                       const QList<ApplicationAccessPolicy>& appPolicies,
                                       const MailboxApp& app);
};
