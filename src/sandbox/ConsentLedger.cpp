#include "ConsentLedger.h"

#include "GraphNavigation.h"
#include "ScopeSet.h"
#include "TenantStore.h"

#include <QDateTime>
#include <QJsonArray>

namespace {

const QString kServicePrincipals = QStringLiteral("servicePrincipals");
const QString kGrants = QStringLiteral("oauth2PermissionGrants");
const QString kAssignments = QStringLiteral("appRoleAssignments");

std::optional<QJsonObject> findByValue(const QJsonArray& items, const QString& value)
{
    for (const auto& item : items) {
        const QJsonObject object = item.toObject();
        if (object.value(QStringLiteral("value")).toString().compare(value, Qt::CaseInsensitive) == 0
            && object.value(QStringLiteral("isEnabled")).toBool(true)) {
            return object;
        }
    }
    return std::nullopt;
}

void appendUnique(QStringList& list, const QStringList& values)
{
    for (const auto& value : values) {
        if (!value.isEmpty() && !list.contains(value, Qt::CaseInsensitive)) {
            list.append(value);
        }
    }
}

QJsonValue orNull(const QJsonValue& value)
{
    return value.isString() ? value : QJsonValue(QJsonValue::Null);
}

QStringList splitScope(const QJsonValue& scope)
{
    return scope.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

const QString ConsentLedger::kGlobalAdministrator = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
const QString ConsentLedger::kPrivilegedRoleAdministrator = QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");
const QString ConsentLedger::kCloudApplicationAdministrator = QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7");
const QString ConsentLedger::kApplicationAdministrator = QStringLiteral("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3");

ConsentLedger::ConsentLedger(TenantStore& store)
    : m_store(store)
{
}

std::optional<QJsonObject> ConsentLedger::resource(TokenService::Resource resource) const
{
    return m_store.servicePrincipalByAppId(TokenService::resourceAppId(resource));
}

std::optional<QJsonObject> ConsentLedger::clientServicePrincipal(const QString& appId) const
{
    return m_store.servicePrincipalByAppId(appId);
}

std::optional<QJsonObject> ConsentLedger::delegatedScope(const QJsonObject& resource, const QString& value)
{
    return findByValue(resource.value(QStringLiteral("oauth2PermissionScopes")).toArray(), value);
}

std::optional<QJsonObject> ConsentLedger::applicationRole(const QJsonObject& resource, const QString& value)
{
    const auto role = findByValue(resource.value(QStringLiteral("appRoles")).toArray(), value);
    if (role && role->value(QStringLiteral("allowedMemberTypes")).toArray().contains(QStringLiteral("Application"))) {
        return role;
    }
    return std::nullopt;
}

QStringList ConsentLedger::organizationScopes(const QString& clientSpId, const QString& resourceSpId) const
{
    QStringList scopes;
    for (const auto& grant : m_store.grantsByClient(clientSpId)) {
        if (grant.value(QStringLiteral("resourceId")).toString().compare(resourceSpId, Qt::CaseInsensitive) == 0
            && grant.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            appendUnique(scopes, splitScope(grant.value(QStringLiteral("scope"))));
        }
    }
    return scopes;
}

QStringList
ConsentLedger::grantedScopes(const QString& clientSpId, const QString& resourceSpId, const QString& userId) const
{
    QStringList scopes;
    for (const auto& grant : m_store.grantsByClient(clientSpId)) {
        if (grant.value(QStringLiteral("resourceId")).toString().compare(resourceSpId, Qt::CaseInsensitive) != 0) {
            continue;
        }
        const bool everyone = grant.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals");
        const bool mine
            = grant.value(QStringLiteral("principalId")).toString().compare(userId, Qt::CaseInsensitive) == 0;
        if (everyone || (mine && !userId.isEmpty())) {
            appendUnique(scopes, splitScope(grant.value(QStringLiteral("scope"))));
        }
    }
    return scopes;
}

QStringList ConsentLedger::grantedUris(const QString& clientAppId, const QString& userId) const
{
    QStringList uris;
    const auto client = clientServicePrincipal(clientAppId);
    if (!client) {
        return uris;
    }
    const QString clientSpId = client->value(QStringLiteral("id")).toString();
    for (auto kind : {TokenService::Resource::Graph, TokenService::Resource::Exchange}) {
        const auto sp = resource(kind);
        if (!sp) {
            continue;
        }
        for (const auto& value : grantedScopes(clientSpId, sp->value(QStringLiteral("id")).toString(), userId)) {
            if (!ScopeSet::isOidc(value)) {
                uris.append(ScopeSet::fullUri(kind, value));
            }
        }
    }
    return uris;
}

bool ConsentLedger::canConsentForOrganization(const QString& userId) const
{
    const QStringList roles = m_store.directoryRoleTemplateIds(userId);
    for (const auto& role : {kGlobalAdministrator,
                             kPrivilegedRoleAdministrator,
                             kCloudApplicationAdministrator,
                             kApplicationAdministrator}) {
        if (roles.contains(role, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool ConsentLedger::canGrantGraphAppRoles(const QString& userId) const
{
    const QStringList roles = m_store.directoryRoleTemplateIds(userId);
    return roles.contains(kGlobalAdministrator, Qt::CaseInsensitive)
           || roles.contains(kPrivilegedRoleAdministrator, Qt::CaseInsensitive);
}

QStringList ConsentLedger::roleNames(const QString& userId) const
{
    QStringList names;
    for (const auto& role : m_store.directoryRolesOf(userId)) {
        names.append(role.value(QStringLiteral("displayName")).toString());
    }
    return names;
}

bool ConsentLedger::userMayConsent(const QJsonObject& scope,
                                   const QJsonObject& resource,
                                   const QString& clientAppId) const
{
    if (requiresAdmin(scope)) {
        return false;
    }
    const QJsonArray assigned = m_store.policy(QStringLiteral("authorizationPolicy"))
                                    .value(QStringLiteral("defaultUserRolePermissions"))
                                    .toObject()
                                    .value(QStringLiteral("permissionGrantPoliciesAssigned"))
                                    .toArray();
    const QString prefix = QStringLiteral("managepermissiongrantsforself.");
    const ClientFacts client = clientFacts(clientAppId);
    for (const auto& entry : assigned) {
        const QString value = entry.toString();
        if (!value.toLower().startsWith(prefix)) {
            continue;
        }
        const QString policyId = value.mid(prefix.size());
        for (const auto& p : m_store.permissionGrantPolicies()) {
            const QJsonObject policy = p.toObject();
            if (policy.value(QStringLiteral("id")).toString().compare(policyId, Qt::CaseInsensitive) != 0) {
                continue;
            }
            auto anyMatches = [&](const QString& name) {
                for (const auto& set : policy.value(name).toArray()) {
                    if (conditionSetMatches(set.toObject(), scope, resource, client)) {
                        return true;
                    }
                }
                return false;
            };
            if (anyMatches(QStringLiteral("includes")) && !anyMatches(QStringLiteral("excludes"))) {
                return true;
            }
        }
    }
    return false; // no policy lets users consent to it: "Do not allow user consent", or not in the policy
}

ConsentLedger::ClientFacts ConsentLedger::clientFacts(const QString& appId) const
{
    // Microsoft's own apps are published by a verified publisher (Microsoft), though their objects carry none.
    static const QString kMicrosoftTenant = QStringLiteral("f8cdef31-a31e-4b4a-93e4-5f571e91255a");
    ClientFacts facts;
    facts.appId = appId;
    QJsonObject known = clientServicePrincipal(appId).value_or(m_store.catalogApp(appId).value_or(QJsonObject()));
    if (known.isEmpty() && m_store.client(appId)) {
        known.insert(QStringLiteral("appOwnerOrganizationId"), m_store.tenantId());
    }
    facts.ownerTenantId = known.value(QStringLiteral("appOwnerOrganizationId")).toString();
    facts.verifiedPublisherId = known.value(QStringLiteral("verifiedPublisher"))
                                    .toObject()
                                    .value(QStringLiteral("verifiedPublisherId"))
                                    .toString();
    if (facts.verifiedPublisherId.isEmpty()
        && facts.ownerTenantId.compare(kMicrosoftTenant, Qt::CaseInsensitive) == 0) {
        facts.verifiedPublisherId = QStringLiteral("microsoft");
    }
    return facts;
}

bool ConsentLedger::conditionSetMatches(const QJsonObject& set,
                                        const QJsonObject& scope,
                                        const QJsonObject& resource,
                                        const ClientFacts& client) const
{
    // "all" (or "any" for the resource) or a list holding the value, compared case-insensitively like GUIDs.
    auto listAllows = [](const QJsonValue& list, const QString& value) {
        const QJsonArray items = list.toArray();
        if (items.isEmpty()) {
            return true; // Graph fills every list with "all" when a set is created without it
        }
        for (const auto& item : items) {
            const QString v = item.toString();
            if (v.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0
                || (!value.isEmpty() && v.compare(value, Qt::CaseInsensitive) == 0)) {
                return true;
            }
        }
        return false;
    };
    const QString type = set.value(QStringLiteral("permissionType")).toString(QStringLiteral("delegated"));
    if (type != QLatin1String("delegated") && type != QLatin1String("delegatedUserConsentable")) {
        return false;
    }
    const QString resourceApp = set.value(QStringLiteral("resourceApplication")).toString(QStringLiteral("any"));
    if (resourceApp != QLatin1String("any")
        && resourceApp.compare(resource.value(QStringLiteral("appId")).toString(), Qt::CaseInsensitive) != 0) {
        return false;
    }
    const QString wanted = set.value(QStringLiteral("permissionClassification")).toString(QStringLiteral("all"));
    if (wanted != QLatin1String("all")) {
        QString classification;
        for (const auto& c : m_store.classifications(resource.value(QStringLiteral("id")).toString())) {
            if (c.value(QStringLiteral("permissionId"))
                    .toString()
                    .compare(scope.value(QStringLiteral("id")).toString(), Qt::CaseInsensitive)
                == 0) {
                classification = c.value(QStringLiteral("classification")).toString();
            }
        }
        if (classification.compare(wanted, Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    if (!listAllows(set.value(QStringLiteral("permissions")), scope.value(QStringLiteral("id")).toString())
        || !listAllows(set.value(QStringLiteral("clientApplicationIds")), client.appId)
        || !listAllows(set.value(QStringLiteral("clientApplicationTenantIds")), client.ownerTenantId)
        || !listAllows(set.value(QStringLiteral("clientApplicationPublisherIds")), client.verifiedPublisherId)) {
        return false;
    }
    if (set.value(QStringLiteral("clientApplicationsFromVerifiedPublisherOnly")).toBool()
        && client.verifiedPublisherId.isEmpty()) {
        return false;
    }
    return true;
}

bool ConsentLedger::adminConsentWorkflowEnabled() const
{
    return m_store.policy(QStringLiteral("adminConsentRequestPolicy")).value(QStringLiteral("isEnabled")).toBool();
}

QJsonObject ConsentLedger::ensureClientServicePrincipal(const QString& appId, const QString& fallbackDisplayName)
{
    if (auto existing = clientServicePrincipal(appId)) {
        return *existing;
    }
    // What the tenant knows about the app: its registration here, or the catalog of multi-tenant apps.
    QJsonObject known = m_store.catalogApp(appId).value_or(QJsonObject());
    if (const auto registration = m_store.client(appId)) {
        if (!known.contains(QStringLiteral("displayName"))) {
            known.insert(QStringLiteral("displayName"), registration->value(QStringLiteral("displayName")));
        }
        known.insert(QStringLiteral("appOwnerOrganizationId"), m_store.tenantId());
        known.insert(QStringLiteral("replyUrls"), registration->value(QStringLiteral("redirectUris")));
    }
    const QString displayName = known.value(QStringLiteral("displayName")).toString(fallbackDisplayName);
    const QJsonObject nullPublisher {{QStringLiteral("displayName"), QJsonValue::Null},
                                     {QStringLiteral("verifiedPublisherId"), QJsonValue::Null},
                                     {QStringLiteral("addedDateTime"), QJsonValue::Null}};
    const QJsonObject sp {
        {QStringLiteral("id"), TenantStore::newGuid()},
        {QStringLiteral("appId"), appId.toLower()},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("appDisplayName"), displayName},
        {QStringLiteral("publisherName"), known.value(QStringLiteral("publisherName")).toString(displayName)},
        {QStringLiteral("verifiedPublisher"), known.value(QStringLiteral("verifiedPublisher")).toObject(nullPublisher)},
        {QStringLiteral("appOwnerOrganizationId"), orNull(known.value(QStringLiteral("appOwnerOrganizationId")))},
        {QStringLiteral("accountEnabled"), true},
        {QStringLiteral("appRoleAssignmentRequired"), false},
        {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
        {QStringLiteral("signInAudience"),
         known.value(QStringLiteral("signInAudience")).toString(QStringLiteral("AzureADMultipleOrgs"))},
        {QStringLiteral("servicePrincipalNames"), QJsonArray {appId.toLower()}},
        // Entra tags service principals created through consent as integrated apps.
        {QStringLiteral("tags"), QJsonArray {QStringLiteral("WindowsAzureActiveDirectoryIntegratedApp")}},
        {QStringLiteral("homepage"), orNull(known.value(QStringLiteral("homepage")))},
        {QStringLiteral("replyUrls"), known.value(QStringLiteral("replyUrls")).toArray()},
        {QStringLiteral("appRoles"), known.value(QStringLiteral("appRoles")).toArray()},
        {QStringLiteral("oauth2PermissionScopes"), known.value(QStringLiteral("oauth2PermissionScopes")).toArray()},
    };
    m_store.put(kServicePrincipals, sp);
    return sp;
}

void ConsentLedger::grantDelegated(const QString& clientSpId,
                                   const QString& resourceSpId,
                                   const QStringList& scopes,
                                   const QString& principalId)
{
    if (scopes.isEmpty()) {
        return;
    }
    const QString consentType = principalId.isEmpty() ? QStringLiteral("AllPrincipals") : QStringLiteral("Principal");
    for (auto grant : m_store.grantsByClient(clientSpId)) {
        if (grant.value(QStringLiteral("resourceId")).toString().compare(resourceSpId, Qt::CaseInsensitive) == 0
            && grant.value(QStringLiteral("consentType")).toString() == consentType
            && (principalId.isEmpty()
                || grant.value(QStringLiteral("principalId")).toString().compare(principalId, Qt::CaseInsensitive)
                       == 0)) {
            QStringList merged = splitScope(grant.value(QStringLiteral("scope")));
            appendUnique(merged, scopes);
            grant.insert(QStringLiteral("scope"), merged.join(QLatin1Char(' ')));
            m_store.put(kGrants, grant);
            return;
        }
    }
    QStringList unique;
    appendUnique(unique, scopes);
    const QJsonObject grant {
        {QStringLiteral("id"), GraphNavigation::grantId(clientSpId, resourceSpId, principalId)},
        {QStringLiteral("clientId"), clientSpId},
        {QStringLiteral("consentType"), consentType},
        {QStringLiteral("principalId"), principalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(principalId)},
        {QStringLiteral("resourceId"), resourceSpId},
        {QStringLiteral("scope"), unique.join(QLatin1Char(' '))},
    };
    m_store.put(kGrants, grant);
}

int ConsentLedger::assignApplicationRoles(const QJsonObject& client,
                                          const QJsonObject& resource,
                                          const QStringList& appRoleIds)
{
    const QString clientSpId = client.value(QStringLiteral("id")).toString();
    const QString resourceSpId = resource.value(QStringLiteral("id")).toString();
    QStringList existing;
    for (const auto& assignment : m_store.assignmentsByPrincipal(clientSpId)) {
        if (assignment.value(QStringLiteral("resourceId")).toString().compare(resourceSpId, Qt::CaseInsensitive) == 0) {
            existing.append(assignment.value(QStringLiteral("appRoleId")).toString());
        }
    }
    int created = 0;
    for (const auto& roleId : appRoleIds) {
        if (existing.contains(roleId, Qt::CaseInsensitive)) {
            continue;
        }
        existing.append(roleId);
        const QJsonObject assignment {
            {QStringLiteral("id"), GraphNavigation::assignmentId(clientSpId)},
            {QStringLiteral("deletedDateTime"), QJsonValue::Null},
            {QStringLiteral("appRoleId"), roleId},
            {QStringLiteral("createdDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("principalDisplayName"), client.value(QStringLiteral("displayName"))},
            {QStringLiteral("principalId"), clientSpId},
            {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")},
            {QStringLiteral("resourceDisplayName"), resource.value(QStringLiteral("displayName"))},
            {QStringLiteral("resourceId"), resourceSpId},
        };
        m_store.put(kAssignments, assignment);
        ++created;
    }
    return created;
}
