#include "MailboxScoping.h"

#include "directory/MailboxPermissions.h"

#include <algorithm>

namespace {

const QLatin1String kApplicationRolePrefix("Application ");

} // namespace

QString MailboxScoping::describe(const MailboxApp& app,
                                 const QList<ApplicationAccessPolicy>& appPolicies,
                                 const QList<ManagementRoleAssignment>& roles,
                                 bool policiesUnknown,
                                 bool rolesUnknown)
{
    if (policiesUnknown) {
        return tr("Unknown: Exchange could not be read");
    }
    QStringList parts;
    if (reachesEveryMailbox(app, appPolicies)) {
        parts.append(tr("Every mailbox (no access policy)"));
    }
    for (const auto& p : appPolicies) {
        parts.append(p.isDeny() ? tr("all but \"%1\"").arg(p.scopeName) : tr("only \"%1\"").arg(p.scopeName));
    }
    for (const auto& a : roles) {
        if (a.appId.compare(app.appId, Qt::CaseInsensitive) == 0) {
            parts.append(tr("RBAC %1: %2")
                             .arg(a.role.mid(kApplicationRolePrefix.size()),
                                  a.customResourceScope.isEmpty()
                                      ? tr("every mailbox")
                                      : QStringLiteral("\"%1\"").arg(a.customResourceScope)));
        }
    }
    if (rolesUnknown) {
        parts.append(tr("RBAC roles unknown (Exchange could not be read)")); // an RBAC-only app may be missing too
    }
    return parts.isEmpty() ? tr("No mailbox") : parts.join(QStringLiteral("; "));
}

bool MailboxScoping::reachesEveryMailbox(const MailboxApp& app, const QList<ApplicationAccessPolicy>& appPolicies)
{
    return !app.permissions.isEmpty() && appPolicies.isEmpty();
}

QList<ManagementRoleAssignment> MailboxScoping::applicationRoles(const QList<ManagementRoleAssignment>& assignments)
{
    QList<ManagementRoleAssignment> roles;
    for (const auto& a : assignments) {
        if (!a.appId.isEmpty() && a.role.startsWith(kApplicationRolePrefix)) {
            roles.append(a);
        }
    }
    return roles;
}

QStringList MailboxScoping::scopedWithoutPermission(const QList<MailboxApp>& apps,
                                                    const QStringList& policyAppIds,
                                                    const QList<ManagementRoleAssignment>& roles)
{
    QStringList scoped = policyAppIds;
    for (const auto& a : roles) {
        scoped.append(a.appId);
    }
    QStringList missing;
    for (const auto& appId : std::as_const(scoped)) {
        const bool listed = std::any_of(apps.cbegin(), apps.cend(), [&appId](const MailboxApp& app) {
            return app.appId.compare(appId, Qt::CaseInsensitive) == 0;
        });
        if (!listed && !missing.contains(appId, Qt::CaseInsensitive)) {
            missing.append(appId);
        }
    }
    return missing;
}

MailboxApp MailboxScoping::scopedApp(const QString& appId, const std::optional<ServicePrincipal>& servicePrincipal)
{
    MailboxApp app;
    app.appId = appId;
    app.displayName = appId;
    if (servicePrincipal) {
        app.servicePrincipalId = servicePrincipal->id;
        app.displayName = servicePrincipal->displayName;
    } else if (appId == QLatin1String("*")) {
        app.displayName = tr("Every app (*)");
    }
    return app;
}

QStringList MailboxScoping::mailboxPermissions(const QList<GrantedPermission>& held)
{
    QStringList values;
    for (const auto& row : held) {
        if (row.source == GrantedPermission::Source::Application
            && MailboxPermissions::contains(row.permission.resourceAppId, row.permission.value)
            && !values.contains(row.permission.value)) {
            values.append(row.permission.value);
        }
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

QStringList MailboxScoping::removalWarnings(const ApplicationAccessPolicy& removed,
                                            const QList<ApplicationAccessPolicy>& appPolicies,
                                            const MailboxApp& app)
{
    const auto restricts
        = std::count_if(appPolicies.cbegin(), appPolicies.cend(), [](const auto& p) { return !p.isDeny(); });
    const auto denies = appPolicies.size() - restricts;
    if (removed.isDeny() || restricts != 1 || app.permissions.isEmpty()) {
        return {};
    }
    const QString permissions = app.permissions.join(QStringLiteral(", "));
    return {denies == 0 ? tr("This is %1's only RestrictAccess policy: after removing it, %1 reaches every mailbox in "
                             "the tenant again with %2.")
                              .arg(app.displayName, permissions)
                        : tr("This is %1's only RestrictAccess policy: after removing it, %1 reaches every mailbox "
                             "with %2 except those its DenyAccess policies hold.")
                              .arg(app.displayName, permissions)};
}
