#include "CapabilityMap.h"

const QString CapabilityMap::GlobalAdministrator = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
const QString CapabilityMap::PrivilegedRoleAdministrator = QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");
const QString CapabilityMap::CloudApplicationAdministrator = QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7");
const QString CapabilityMap::ApplicationAdministrator = QStringLiteral("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3");
const QString CapabilityMap::GlobalReader = QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451");
const QString CapabilityMap::HelpdeskAdministrator = QStringLiteral("729827e3-9c14-49f7-bb1b-9608f156bbb8");
const QString CapabilityMap::ExchangeAdministrator = QStringLiteral("29232cdf-9323-42fd-ade2-1d097af3e4de");
const QString CapabilityMap::SecurityReader = QStringLiteral("5d6b6bb7-de71-4623-b4af-96380a352509");

CapabilityMap::CapabilityMap() = default;

CapabilityMap CapabilityMap::fromRoleTemplateIds(const QStringList& roleTemplateIds, bool rolesKnown)
{
    CapabilityMap map;
    for (const QString& id : roleTemplateIds) {
        const QString lower = id.trimmed().toLower();
        if (!lower.isEmpty() && !map.m_roles.contains(lower)) {
            map.m_roles.append(lower);
        }
    }
    map.m_rolesKnown = rolesKnown;
    return map;
}

QList<CapabilityMap::Kind> CapabilityMap::kinds()
{
    return {Kind::ReadInventory,
            Kind::ReadRequests,
            Kind::GrantDelegated,
            Kind::GrantApplication,
            Kind::GrantApplicationOtherApis,
            Kind::Revoke,
            Kind::BlockApp,
            Kind::EditPolicies,
            Kind::EditUserConsentSettings,
            Kind::ExchangeAccessPolicies};
}

QStringList CapabilityMap::sufficientRoleIds(Kind kind)
{
    switch (kind) {
    case Kind::ReadInventory:
        return {GlobalReader,
                CloudApplicationAdministrator,
                ApplicationAdministrator,
                PrivilegedRoleAdministrator,
                HelpdeskAdministrator,
                ExchangeAdministrator,
                SecurityReader,
                GlobalAdministrator};
    case Kind::ReadRequests:
        // graph-api.md §1: reading consent requests needs one of these roles on top of ConsentRequest.Read.All.
        return {GlobalReader, CloudApplicationAdministrator, ApplicationAdministrator, GlobalAdministrator};
    case Kind::GrantDelegated:
    case Kind::GrantApplicationOtherApis:
    case Kind::Revoke:
        // Cloud/Application Administrators may consent to any delegated permission and to other APIs' app roles.
        return {
            CloudApplicationAdministrator, ApplicationAdministrator, PrivilegedRoleAdministrator, GlobalAdministrator};
    case Kind::GrantApplication:
        // Microsoft Graph app roles can grant anything in the tenant: Privileged Role Administrator or Global Admin.
        return {PrivilegedRoleAdministrator, GlobalAdministrator};
    case Kind::BlockApp:
    case Kind::EditPolicies:
        return {CloudApplicationAdministrator, ApplicationAdministrator, GlobalAdministrator};
    case Kind::EditUserConsentSettings:
        return {PrivilegedRoleAdministrator, GlobalAdministrator};
    case Kind::ExchangeAccessPolicies:
        return {ExchangeAdministrator, GlobalAdministrator};
    }
    return {};
}

QString CapabilityMap::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ReadInventory:
        return QStringLiteral("read-inventory");
    case Kind::ReadRequests:
        return QStringLiteral("read-requests");
    case Kind::GrantDelegated:
        return QStringLiteral("grant-delegated");
    case Kind::GrantApplication:
        return QStringLiteral("grant-application");
    case Kind::GrantApplicationOtherApis:
        return QStringLiteral("grant-application-other-apis");
    case Kind::Revoke:
        return QStringLiteral("revoke");
    case Kind::BlockApp:
        return QStringLiteral("block-app");
    case Kind::EditPolicies:
        return QStringLiteral("edit-policies");
    case Kind::EditUserConsentSettings:
        return QStringLiteral("edit-user-consent-settings");
    case Kind::ExchangeAccessPolicies:
        return QStringLiteral("exchange-access-policies");
    }
    return {};
}

QString CapabilityMap::describe(Kind kind)
{
    switch (kind) {
    case Kind::ReadInventory:
        return tr("see apps, their permissions and users' grants");
    case Kind::ReadRequests:
        return tr("read consent requests");
    case Kind::GrantDelegated:
        return tr("grant delegated permissions");
    case Kind::GrantApplication:
        return tr("grant Microsoft Graph application permissions");
    case Kind::GrantApplicationOtherApis:
        return tr("grant application permissions of APIs other than Microsoft Graph");
    case Kind::Revoke:
        return tr("revoke permissions");
    case Kind::BlockApp:
        return tr("block an app");
    case Kind::EditPolicies:
        return tr("change the admin consent workflow");
    case Kind::EditUserConsentSettings:
        return tr("change the user consent settings");
    case Kind::ExchangeAccessPolicies:
        return tr("restrict an app's mailbox access in Exchange Online");
    }
    return {};
}

QString CapabilityMap::roleDisplayName(const QString& roleTemplateId)
{
    const QString id = roleTemplateId.trimmed().toLower();
    if (id == GlobalAdministrator) {
        return tr("Global Administrator");
    }
    if (id == PrivilegedRoleAdministrator) {
        return tr("Privileged Role Administrator");
    }
    if (id == CloudApplicationAdministrator) {
        return tr("Cloud Application Administrator");
    }
    if (id == ApplicationAdministrator) {
        return tr("Application Administrator");
    }
    if (id == GlobalReader) {
        return tr("Global Reader");
    }
    if (id == HelpdeskAdministrator) {
        return tr("Helpdesk Administrator");
    }
    if (id == ExchangeAdministrator) {
        return tr("Exchange Administrator");
    }
    if (id == SecurityReader) {
        return tr("Security Reader");
    }
    return {};
}

CapabilityMap::Capability CapabilityMap::capability(Kind kind) const
{
    Capability c;
    c.kind = kind;
    const QStringList sufficient = sufficientRoleIds(kind);
    for (const QString& id : sufficient) {
        c.sufficientRoles.append(roleDisplayName(id));
    }
    for (const QString& id : sufficient) {
        if (m_roles.contains(id)) {
            c.allowed = true;
            return c;
        }
    }

    // "A or B" / "A, B or C" in the admin's language.
    QString needed;
    for (qsizetype i = 0; i < c.sufficientRoles.size(); ++i) {
        if (i > 0) {
            needed += i == c.sufficientRoles.size() - 1 ? tr(" or ") : QStringLiteral(", ");
        }
        needed += c.sufficientRoles.at(i);
    }
    if (!m_rolesKnown) {
        c.reason = tr("ConsentDesk could not read your directory roles, so it cannot tell whether you may %1. "
                      "It needs %2.")
                       .arg(describe(kind), needed);
        return c;
    }
    QStringList mine;
    for (const QString& id : m_roles) {
        const QString name = roleDisplayName(id);
        if (!name.isEmpty()) {
            mine.append(name);
        }
    }
    const QString current = mine.isEmpty() ? tr("Your account has no administrator role that ConsentDesk uses.")
                                           : tr("Your roles: %1.").arg(mine.join(QStringLiteral(", ")));
    c.reason = tr("Needs %1 to %2.").arg(needed, describe(kind)) + QLatin1Char(' ') + current;
    return c;
}

CapabilityMap::Capability CapabilityMap::grantApplication(bool microsoftGraph) const
{
    return capability(microsoftGraph ? Kind::GrantApplication : Kind::GrantApplicationOtherApis);
}

QList<CapabilityMap::Capability> CapabilityMap::all() const
{
    QList<Capability> list;
    for (Kind kind : kinds()) {
        list.append(capability(kind));
    }
    return list;
}
