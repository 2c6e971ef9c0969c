#include "TenantStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

namespace {

const QString kUsers = QStringLiteral("users");
const QString kGroups = QStringLiteral("groups");
const QString kServicePrincipals = QStringLiteral("servicePrincipals");
const QString kGrants = QStringLiteral("oauth2PermissionGrants");
const QString kAssignments = QStringLiteral("appRoleAssignments");
const QString kAppConsentRequests = QStringLiteral("appConsentRequests");
const QString kDirectoryRoles = QStringLiteral("directoryRoles");
const QString kConditionalAccess = QStringLiteral("conditionalAccessPolicies");
const QString kGroupSettings = QStringLiteral("groupSettings"); // tenant-wide directory settings

// Collections loaded verbatim from the fixture (navigation arrays are split off below).
const QStringList kEntityCollections {kUsers,
                                      kGroups,
                                      kServicePrincipals,
                                      kGrants,
                                      kAssignments,
                                      kAppConsentRequests,
                                      kDirectoryRoles,
                                      kConditionalAccess,
                                      kGroupSettings};

QString lower(const QString& s)
{
    return s.toLower();
}

QStringList stringList(const QJsonValue& value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (const auto& v : array) {
        if (v.isString()) {
            result.append(v.toString());
        }
    }
    return result;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

TenantStore::TenantStore()
{
    clear();
}

void TenantStore::clear()
{
    m_tenant = {};
    m_clients = {};
    m_collections.clear();
    m_groupMembers.clear();
    m_memberOf.clear();
    m_roleMembers.clear();
    m_rolesOf.clear();
    m_userConsentRequests.clear();
    m_classifications.clear();
    m_catalog.clear();
    m_policies = {};
    m_permissionGrantPolicies = {};
    m_exchange = {};
    // The indexes the endpoints look things up by; everything else is a scan.
    m_indexes = {
        {kGrants, QStringLiteral("clientId"), {}},
        {kGrants, QStringLiteral("principalId"), {}},
        {kGrants, QStringLiteral("resourceId"), {}},
        {kAssignments, QStringLiteral("principalId"), {}},
        {kAssignments, QStringLiteral("resourceId"), {}},
        {kUsers, QStringLiteral("userPrincipalName"), {}},
        {kServicePrincipals, QStringLiteral("appId"), {}},
        {kAppConsentRequests, QStringLiteral("appId"), {}},
    };
    for (const auto& name : kEntityCollections) {
        m_collections.insert(name, Collection {});
    }
    ++m_revision;
}

bool TenantStore::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        }
        return false;
    }
    return load(doc.object(), error);
}

bool TenantStore::load(const QJsonObject& fixture, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };

    clear();
    m_tenant = fixture.value(QStringLiteral("tenant")).toObject();
    if (m_tenant.value(QStringLiteral("id")).toString().isEmpty()) {
        return fail(QStringLiteral("the fixture has no tenant.id"));
    }
    m_clients = fixture.value(QStringLiteral("clients")).toArray();

    for (const auto& name : kEntityCollections) {
        const QJsonArray items = fixture.value(name).toArray();
        Collection& c = collection(name);
        c.order.reserve(items.size());
        c.byId.reserve(items.size());
        for (const auto& item : items) {
            QJsonObject object = item.toObject();
            const QString id = object.value(QStringLiteral("id")).toString();
            if (id.isEmpty()) {
                return fail(QStringLiteral("an object in \"%1\" has no id").arg(name));
            }
            if (c.byId.contains(id)) {
                return fail(QStringLiteral("duplicate id %1 in \"%2\"").arg(id, name));
            }
            // Navigation kept out of the served objects.
            if (name == kGroups) {
                setMembers(m_groupMembers, m_memberOf, id, stringList(object.take(QStringLiteral("members"))));
            } else if (name == kDirectoryRoles) {
                setMembers(m_roleMembers, m_rolesOf, id, stringList(object.take(QStringLiteral("members"))));
            } else if (name == kAssignments && !object.contains(QStringLiteral("deletedDateTime"))) {
                // Graph's appRoleAssignment always carries it (null while the assignment exists); fixtures may omit it.
                object.insert(QStringLiteral("deletedDateTime"), QJsonValue::Null);
            } else if (name == kAppConsentRequests) {
                QList<QJsonObject> requests;
                for (const auto& r : object.take(QStringLiteral("userConsentRequests")).toArray()) {
                    requests.append(r.toObject());
                }
                m_userConsentRequests.insert(id, requests);
            } else if (name == kServicePrincipals) {
                QList<QJsonObject> classifications;
                for (const auto& c : object.take(QStringLiteral("delegatedPermissionClassifications")).toArray()) {
                    classifications.append(c.toObject());
                }
                if (!classifications.isEmpty()) {
                    m_classifications.insert(lower(id), classifications);
                }
            }
            c.order.append(id);
            c.byId.insert(id, object);
            indexObject(name, nullptr, &object);
        }
    }

    const QJsonObject policies = fixture.value(QStringLiteral("policies")).toObject();
    m_policies = {};
    for (const auto& name : {QStringLiteral("adminConsentRequestPolicy"), QStringLiteral("authorizationPolicy")}) {
        m_policies.insert(name, policies.value(name).toObject());
    }
    m_permissionGrantPolicies = policies.value(QStringLiteral("permissionGrantPolicies")).toArray();
    m_exchange = fixture.value(QStringLiteral("exchange")).toObject();

    // The catalog of multi-tenant apps: every app the fixture mentions can be instantiated again. The first entry for
    // an appId wins, so the richer sources (service principals, the fixture's catalog with publisher and permissions)
    // come before consent requests, which know only the app's name.
    for (const auto& sp : list(kServicePrincipals)) {
        addCatalogApp(sp);
    }
    for (const auto& app : fixture.value(QStringLiteral("catalog")).toArray()) {
        addCatalogApp(app.toObject());
    }
    for (const auto& request : list(kAppConsentRequests)) {
        addCatalogApp(QJsonObject {{QStringLiteral("appId"), request.value(QStringLiteral("appId"))},
                                   {QStringLiteral("displayName"), request.value(QStringLiteral("appDisplayName"))}});
    }
    ++m_revision;
    return true;
}

QJsonObject TenantStore::toFixture() const
{
    QJsonObject fixture {{QStringLiteral("tenant"), m_tenant}, {QStringLiteral("clients"), m_clients}};
    for (const auto& name : kEntityCollections) {
        QJsonArray items;
        for (QJsonObject object : list(name)) {
            const QString id = object.value(QStringLiteral("id")).toString();
            // Navigation goes back where load() took it from.
            if (name == kGroups) {
                object.insert(QStringLiteral("members"), QJsonArray::fromStringList(m_groupMembers.value(id)));
            } else if (name == kDirectoryRoles) {
                object.insert(QStringLiteral("members"), QJsonArray::fromStringList(m_roleMembers.value(id)));
            } else if (name == kAppConsentRequests) {
                QJsonArray requests;
                for (const auto& r : m_userConsentRequests.value(id)) {
                    requests.append(r);
                }
                object.insert(QStringLiteral("userConsentRequests"), requests);
            } else if (name == kServicePrincipals && m_classifications.contains(lower(id))) {
                QJsonArray classifications;
                for (const auto& c : m_classifications.value(lower(id))) {
                    classifications.append(c);
                }
                object.insert(QStringLiteral("delegatedPermissionClassifications"), classifications);
            }
            items.append(object);
        }
        fixture.insert(name, items);
    }
    QJsonArray catalog;
    QStringList appIds = m_catalog.keys();
    appIds.sort(); // QHash order changes from run to run; an export must not
    for (const auto& appId : appIds) {
        catalog.append(m_catalog.value(appId));
    }
    fixture.insert(QStringLiteral("catalog"), catalog);
    QJsonObject policies = m_policies;
    policies.insert(QStringLiteral("permissionGrantPolicies"), m_permissionGrantPolicies);
    fixture.insert(QStringLiteral("policies"), policies);
    fixture.insert(QStringLiteral("exchange"), m_exchange);
    return fixture;
}

QJsonObject TenantStore::tenant() const
{
    return m_tenant;
}

QString TenantStore::tenantId() const
{
    return m_tenant.value(QStringLiteral("id")).toString();
}

QJsonArray TenantStore::clients() const
{
    return m_clients;
}

std::optional<QJsonObject> TenantStore::client(const QString& appId) const
{
    for (const auto& c : m_clients) {
        const QJsonObject object = c.toObject();
        if (object.value(QStringLiteral("appId")).toString().compare(appId, Qt::CaseInsensitive) == 0) {
            return object;
        }
    }
    return std::nullopt;
}

TenantStore::Collection& TenantStore::collection(const QString& name)
{
    return m_collections[name];
}

const TenantStore::Collection* TenantStore::findCollection(const QString& name) const
{
    const auto it = m_collections.constFind(name);
    return it == m_collections.constEnd() ? nullptr : &it.value();
}

QString TenantStore::resolveId(const Collection& c, const QString& id) const
{
    if (c.byId.contains(id)) {
        return id;
    }
    // GUIDs compare case-insensitively; the fixtures spell them in lower case. Opaque ids stay exact.
    const QString lowered = id.toLower();
    return c.byId.contains(lowered) ? lowered : QString();
}

QList<QJsonObject> TenantStore::list(const QString& collection) const
{
    const Collection* c = findCollection(collection);
    if (!c) {
        return {};
    }
    if (!c->snapshotValid) {
        c->snapshot.clear();
        c->snapshot.reserve(c->order.size());
        for (const auto& id : c->order) {
            c->snapshot.append(c->byId.value(id));
        }
        c->snapshotValid = true;
    }
    return c->snapshot;
}

int TenantStore::count(const QString& collection) const
{
    const Collection* c = findCollection(collection);
    return c ? int(c->order.size()) : 0;
}

std::optional<QJsonObject> TenantStore::get(const QString& collection, const QString& id) const
{
    const Collection* c = findCollection(collection);
    if (!c || id.isEmpty()) {
        return std::nullopt;
    }
    const QString key = resolveId(*c, id);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    return c->byId.value(key);
}

void TenantStore::put(const QString& name, const QJsonObject& object)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        return;
    }
    Collection& c = collection(name);
    c.snapshotValid = false;
    const auto existing = c.byId.constFind(id);
    if (existing != c.byId.constEnd()) {
        const QJsonObject before = existing.value();
        indexObject(name, &before, &object);
    } else {
        c.order.append(id);
        indexObject(name, nullptr, &object);
    }
    c.byId.insert(id, object);
    ++m_revision;
}

bool TenantStore::remove(const QString& name, const QString& id)
{
    Collection& c = collection(name);
    const QString key = resolveId(c, id);
    if (key.isEmpty()) {
        return false;
    }
    const QJsonObject before = c.byId.take(key);
    c.snapshotValid = false;
    indexObject(name, &before, nullptr);
    c.order.removeOne(key);
    c.position.clear();
    if (name == kGroups) {
        setMembers(m_groupMembers, m_memberOf, key, {});
    } else if (name == kDirectoryRoles) {
        setMembers(m_roleMembers, m_rolesOf, key, {});
    } else if (name == kAppConsentRequests) {
        m_userConsentRequests.remove(key);
    } else if (name == kServicePrincipals) {
        m_classifications.remove(lower(key));
    }
    ++m_revision;
    return true;
}

void TenantStore::indexObject(const QString& name, const QJsonObject* before, const QJsonObject* after)
{
    for (auto& index : m_indexes) {
        if (index.collection != name) {
            continue;
        }
        const QString oldKey = before ? lower(before->value(index.field).toString()) : QString();
        const QString newKey = after ? lower(after->value(index.field).toString()) : QString();
        const QString id = (after ? after : before)->value(QStringLiteral("id")).toString();
        if (before && after && oldKey == newKey) {
            continue; // keeps its place in the index
        }
        if (before && !oldKey.isEmpty()) {
            auto it = index.ids.find(oldKey);
            if (it != index.ids.end()) {
                it->removeOne(id);
                if (it->isEmpty()) {
                    index.ids.erase(it);
                }
            }
        }
        if (after && !newKey.isEmpty()) {
            index.ids[newKey].append(id);
        }
    }
}

QList<QJsonObject> TenantStore::lookup(const QString& name, const QString& field, const QString& value) const
{
    QList<QJsonObject> result;
    const Collection* c = findCollection(name);
    if (!c || value.isEmpty()) {
        return result;
    }
    for (const auto& index : m_indexes) {
        if (index.collection == name && index.field == field) {
            for (const auto& id : index.ids.value(lower(value))) {
                result.append(c->byId.value(id));
            }
            return result;
        }
    }
    // Not indexed: scan (small collections only).
    for (const auto& id : c->order) {
        const QJsonObject& object = c->byId[id];
        if (object.value(field).toString().compare(value, Qt::CaseInsensitive) == 0) {
            result.append(object);
        }
    }
    return result;
}

std::optional<QJsonObject> TenantStore::userByIdOrUpn(const QString& idOrUpn) const
{
    if (auto user = get(kUsers, idOrUpn)) {
        return user;
    }
    const QList<QJsonObject> byUpn = lookup(kUsers, QStringLiteral("userPrincipalName"), idOrUpn);
    if (byUpn.isEmpty()) {
        return std::nullopt;
    }
    return byUpn.first();
}

std::optional<QJsonObject> TenantStore::servicePrincipalByAppId(const QString& appId) const
{
    const QList<QJsonObject> found = lookup(kServicePrincipals, QStringLiteral("appId"), appId);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<QJsonObject> TenantStore::grantsByClient(const QString& clientSpId) const
{
    return lookup(kGrants, QStringLiteral("clientId"), clientSpId);
}

QList<QJsonObject> TenantStore::grantsByPrincipal(const QString& userId) const
{
    return lookup(kGrants, QStringLiteral("principalId"), userId);
}

QList<QJsonObject> TenantStore::grantsByResource(const QString& resourceSpId) const
{
    return lookup(kGrants, QStringLiteral("resourceId"), resourceSpId);
}

QList<QJsonObject> TenantStore::assignmentsByPrincipal(const QString& principalId) const
{
    return lookup(kAssignments, QStringLiteral("principalId"), principalId);
}

QList<QJsonObject> TenantStore::assignmentsByResource(const QString& resourceSpId) const
{
    return lookup(kAssignments, QStringLiteral("resourceId"), resourceSpId);
}

void TenantStore::setGroupMembers(const QString& groupId, const QStringList& memberIds)
{
    const Collection* c = findCollection(kGroups);
    const QString key = c ? resolveId(*c, groupId) : QString();
    if (key.isEmpty()) {
        return;
    }
    setMembers(m_groupMembers, m_memberOf, key, memberIds);
    ++m_revision;
}

void TenantStore::setMembers(QHash<QString, QStringList>& forward,
                             QHash<QString, QStringList>& reverse,
                             const QString& ownerId,
                             const QStringList& memberIds)
{
    for (const auto& old : forward.value(ownerId)) {
        auto it = reverse.find(lower(old));
        if (it != reverse.end()) {
            it->removeAll(ownerId);
            if (it->isEmpty()) {
                reverse.erase(it);
            }
        }
    }
    if (memberIds.isEmpty()) {
        forward.remove(ownerId);
        return;
    }
    QStringList unique;
    QSet<QString> seen;
    for (const auto& member : memberIds) {
        if (!seen.contains(lower(member))) {
            seen.insert(lower(member));
            unique.append(member);
            reverse[lower(member)].append(ownerId);
        }
    }
    forward.insert(ownerId, unique);
}

QStringList TenantStore::directoryRoleTemplateIds(const QString& userId) const
{
    QStringList result;
    for (const auto& role : directoryRolesOf(userId)) {
        const QString templateId = role.value(QStringLiteral("roleTemplateId")).toString();
        if (!templateId.isEmpty() && !result.contains(templateId)) {
            result.append(templateId);
        }
    }
    return result;
}

QList<QJsonObject> TenantStore::directoryRolesOf(const QString& userId) const
{
    QList<QJsonObject> result;
    for (const auto& roleId : directoryRoleIdsOf(userId)) {
        if (auto role = get(kDirectoryRoles, roleId)) {
            result.append(*role);
        }
    }
    return result;
}

QStringList TenantStore::directoryRoleIdsOf(const QString& userId) const
{
    return m_rolesOf.value(lower(userId));
}

QStringList TenantStore::roleMemberIds(const QString& directoryRoleId) const
{
    const Collection* c = findCollection(kDirectoryRoles);
    return c ? m_roleMembers.value(resolveId(*c, directoryRoleId)) : QStringList();
}

QStringList TenantStore::memberIds(const QString& groupId) const
{
    const Collection* c = findCollection(kGroups);
    return c ? m_groupMembers.value(resolveId(*c, groupId)) : QStringList();
}

QStringList TenantStore::directGroupIds(const QString& principalId) const
{
    return m_memberOf.value(lower(principalId));
}

QStringList TenantStore::transitiveMemberIds(const QString& groupId) const
{
    // Breadth-first over nested groups; membership cycles are possible in fixtures and tolerated.
    QStringList result;
    QSet<QString> seen;
    QSet<QString> visitedGroups {lower(groupId)};
    QList<QString> queue {groupId};
    while (!queue.isEmpty()) {
        const QString current = queue.takeFirst();
        for (const auto& member : memberIds(current)) {
            const QString key = lower(member);
            if (!seen.contains(key) && key != lower(groupId)) {
                seen.insert(key);
                result.append(member);
            }
            if (m_groupMembers.contains(member) && !visitedGroups.contains(key)) {
                visitedGroups.insert(key);
                queue.append(member);
            }
        }
    }
    return result;
}

QStringList TenantStore::transitiveGroupIds(const QString& principalId) const
{
    QStringList result;
    QSet<QString> seen;
    QList<QString> queue {principalId};
    while (!queue.isEmpty()) {
        const QString current = queue.takeFirst();
        for (const auto& groupId : directGroupIds(current)) {
            if (!seen.contains(lower(groupId)) && lower(groupId) != lower(principalId)) {
                seen.insert(lower(groupId));
                result.append(groupId);
                queue.append(groupId);
            }
        }
    }
    return result;
}

std::optional<QJsonObject> TenantStore::directoryObject(const QString& id) const
{
    static const QList<QPair<QString, QString>> kTypes {
        {kUsers, QStringLiteral("#microsoft.graph.user")},
        {kGroups, QStringLiteral("#microsoft.graph.group")},
        {kServicePrincipals, QStringLiteral("#microsoft.graph.servicePrincipal")},
        {kDirectoryRoles, QStringLiteral("#microsoft.graph.directoryRole")},
    };
    for (const auto& [name, type] : kTypes) {
        if (auto object = get(name, id)) {
            QJsonObject typed = *object;
            typed.insert(QStringLiteral("@odata.type"), type);
            return typed;
        }
    }
    return std::nullopt;
}

QList<QJsonObject> TenantStore::userConsentRequests(const QString& appConsentRequestId) const
{
    const Collection* c = findCollection(kAppConsentRequests);
    return c ? m_userConsentRequests.value(resolveId(*c, appConsentRequestId)) : QList<QJsonObject>();
}

std::optional<QJsonObject> TenantStore::userConsentRequest(const QString& appConsentRequestId, const QString& id) const
{
    for (const auto& request : userConsentRequests(appConsentRequestId)) {
        if (request.value(QStringLiteral("id")).toString().compare(id, Qt::CaseInsensitive) == 0) {
            return request;
        }
    }
    return std::nullopt;
}

void TenantStore::putUserConsentRequest(const QString& appConsentRequestId, const QJsonObject& request)
{
    const Collection* c = findCollection(kAppConsentRequests);
    const QString key = c ? resolveId(*c, appConsentRequestId) : QString();
    if (key.isEmpty()) {
        return;
    }
    QList<QJsonObject>& requests = m_userConsentRequests[key];
    const QString id = request.value(QStringLiteral("id")).toString();
    for (auto& existing : requests) {
        if (existing.value(QStringLiteral("id")).toString() == id) {
            existing = request;
            ++m_revision;
            return;
        }
    }
    requests.append(request);
    ++m_revision;
}

std::optional<QJsonObject> TenantStore::appConsentRequestForApp(const QString& appId) const
{
    const QList<QJsonObject> found = lookup(kAppConsentRequests, QStringLiteral("appId"), appId);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QPair<QJsonObject, QJsonObject> TenantStore::fileConsentRequest(const QString& appId,
                                                                const QString& appDisplayName,
                                                                const QStringList& scopes,
                                                                const QJsonObject& user,
                                                                const QString& reason,
                                                                bool reuseInProgress)
{
    QString displayName = appDisplayName;
    if (displayName.isEmpty()) {
        if (auto sp = servicePrincipalByAppId(appId)) {
            displayName = sp->value(QStringLiteral("displayName")).toString();
        } else if (auto app = catalogApp(appId)) {
            displayName = app->value(QStringLiteral("displayName")).toString();
        } else {
            displayName = appId;
        }
    }
    addCatalogApp(QJsonObject {{QStringLiteral("appId"), appId}, {QStringLiteral("displayName"), displayName}});

    QJsonObject appRequest;
    if (auto existing = appConsentRequestForApp(appId)) {
        appRequest = *existing;
    } else {
        appRequest = QJsonObject {{QStringLiteral("id"), newGuid()},
                                  {QStringLiteral("appId"), appId},
                                  {QStringLiteral("appDisplayName"), displayName},
                                  {QStringLiteral("consentType"), QStringLiteral("Dynamic")},
                                  {QStringLiteral("pendingScopes"), QJsonArray()}};
    }
    // Merge the requested scopes into pendingScopes (case-insensitive, first spelling wins).
    QJsonArray pending = appRequest.value(QStringLiteral("pendingScopes")).toArray();
    QSet<QString> known;
    for (const auto& p : pending) {
        known.insert(lower(p.toObject().value(QStringLiteral("displayName")).toString()));
    }
    for (const auto& scope : scopes) {
        if (!known.contains(lower(scope))) {
            known.insert(lower(scope));
            pending.append(QJsonObject {{QStringLiteral("displayName"), scope}});
        }
    }
    appRequest.insert(QStringLiteral("pendingScopes"), pending);
    put(kAppConsentRequests, appRequest);
    const QString appRequestId = appRequest.value(QStringLiteral("id")).toString();

    const QString userId = user.value(QStringLiteral("id")).toString();
    if (reuseInProgress) {
        for (const auto& request : userConsentRequests(appRequestId)) {
            if (request.value(QStringLiteral("status")).toString() == QLatin1String("InProgress")
                && request.value(QStringLiteral("createdBy"))
                           .toObject()
                           .value(QStringLiteral("user"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString()
                           .compare(userId, Qt::CaseInsensitive)
                       == 0) {
                return {appRequest, request};
            }
        }
    }
    const QString id = newGuid();
    const QJsonObject userRequest {
        {QStringLiteral("id"), id},
        {QStringLiteral("approvalId"), id},
        {QStringLiteral("status"), QStringLiteral("InProgress")},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("createdDateTime"), nowIso()},
        {QStringLiteral("completedDateTime"), QJsonValue::Null},
        {QStringLiteral("createdBy"),
         QJsonObject {
             {QStringLiteral("user"),
              QJsonObject {{QStringLiteral("id"), userId},
                           {QStringLiteral("displayName"), user.value(QStringLiteral("displayName"))},
                           {QStringLiteral("userPrincipalName"), user.value(QStringLiteral("userPrincipalName"))},
                           {QStringLiteral("mail"), user.value(QStringLiteral("mail"))}}}}},
        {QStringLiteral("customData"), QJsonValue::Null},
    };
    putUserConsentRequest(appRequestId, userRequest);
    return {appRequest, userRequest};
}

void TenantStore::completeConsentRequests(const QString& appId, const QString& reviewerUserId)
{
    const auto appRequest = appConsentRequestForApp(appId);
    if (!appRequest) {
        return;
    }
    const QString appRequestId = appRequest->value(QStringLiteral("id")).toString();
    const auto reviewer = userByIdOrUpn(reviewerUserId);
    QJsonObject reviewedBy;
    if (reviewer) {
        reviewedBy = QJsonObject {
            {QStringLiteral("id"), reviewer->value(QStringLiteral("id"))},
            {QStringLiteral("displayName"), reviewer->value(QStringLiteral("displayName"))},
            {QStringLiteral("userPrincipalName"), reviewer->value(QStringLiteral("userPrincipalName"))},
            {QStringLiteral("mail"), reviewer->value(QStringLiteral("mail"))},
        };
    }
    const QString now = nowIso();
    for (QJsonObject request : userConsentRequests(appRequestId)) {
        const QString status = request.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("InProgress") && status != QLatin1String("Initializing")) {
            continue;
        }
        const QString id = request.value(QStringLiteral("id")).toString();
        request.insert(QStringLiteral("status"), QStringLiteral("Completed"));
        request.insert(QStringLiteral("completedDateTime"), now);
        // Single-stage approval, as the portal records an approval through admin consent.
        const QJsonObject stage {
            {QStringLiteral("id"), id},
            {QStringLiteral("displayName"), QJsonValue::Null},
            {QStringLiteral("status"), QStringLiteral("Completed")},
            {QStringLiteral("reviewResult"), QStringLiteral("Approve")},
            {QStringLiteral("assignedToMe"), false},
            {QStringLiteral("justification"), QStringLiteral("Admin consent granted")},
            {QStringLiteral("reviewedDateTime"), now},
            {QStringLiteral("reviewedBy"),
             reviewedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reviewedBy)},
        };
        request.insert(QStringLiteral("approval"),
                       QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("stages"), QJsonArray {stage}}});
        putUserConsentRequest(appRequestId, request);
    }
}

std::optional<QJsonObject> TenantStore::catalogApp(const QString& appId) const
{
    const auto it = m_catalog.constFind(lower(appId));
    if (it == m_catalog.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

void TenantStore::addCatalogApp(const QJsonObject& app)
{
    const QString appId = app.value(QStringLiteral("appId")).toString();
    if (appId.isEmpty() || m_catalog.contains(lower(appId))) {
        return;
    }
    QJsonObject entry;
    for (const auto& key : {QStringLiteral("appId"),
                            QStringLiteral("displayName"),
                            QStringLiteral("publisherName"),
                            QStringLiteral("appOwnerOrganizationId"),
                            QStringLiteral("verifiedPublisher"),
                            QStringLiteral("homepage"),
                            QStringLiteral("replyUrls"),
                            QStringLiteral("appRoles"),
                            QStringLiteral("oauth2PermissionScopes"),
                            QStringLiteral("signInAudience")}) {
        if (app.contains(key)) {
            entry.insert(key, app.value(key));
        }
    }
    if (entry.value(QStringLiteral("displayName")).toString().isEmpty()) {
        entry.insert(QStringLiteral("displayName"), app.value(QStringLiteral("appDisplayName")).toString(appId));
    }
    m_catalog.insert(lower(appId), entry);
}

QJsonObject TenantStore::policy(const QString& name) const
{
    return m_policies.value(name).toObject();
}

void TenantStore::setPolicy(const QString& name, const QJsonObject& value)
{
    m_policies.insert(name, value);
    ++m_revision;
}

QJsonArray TenantStore::permissionGrantPolicies() const
{
    return m_permissionGrantPolicies;
}

QList<QJsonObject> TenantStore::classifications(const QString& servicePrincipalId) const
{
    return m_classifications.value(lower(servicePrincipalId));
}

void TenantStore::putClassification(const QString& servicePrincipalId, const QJsonObject& classification)
{
    QList<QJsonObject>& list = m_classifications[lower(servicePrincipalId)];
    const QString id = classification.value(QStringLiteral("id")).toString();
    for (auto& existing : list) {
        if (existing.value(QStringLiteral("id")).toString() == id) {
            existing = classification;
            ++m_revision;
            return;
        }
    }
    list.append(classification);
    ++m_revision;
}

bool TenantStore::removeClassification(const QString& servicePrincipalId, const QString& classificationId)
{
    QList<QJsonObject>& list = m_classifications[lower(servicePrincipalId)];
    for (qsizetype i = 0; i < list.size(); ++i) {
        // Opaque ids compare exactly (they are base64url).
        if (list.at(i).value(QStringLiteral("id")).toString() == classificationId) {
            list.removeAt(i);
            ++m_revision;
            return true;
        }
    }
    return false;
}

QJsonObject TenantStore::exchange() const
{
    return m_exchange;
}

void TenantStore::setExchange(const QJsonObject& exchange)
{
    m_exchange = exchange;
    ++m_revision;
}

QString TenantStore::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString TenantStore::newOpaqueId()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
