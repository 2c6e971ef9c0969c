#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The emulated tenant's data: Graph JSON kept as Graph JSON (the sandbox shares no types with the client).
 *
 * Collections use Graph's names: "users", "groups", "servicePrincipals", "oauth2PermissionGrants",
 * "appRoleAssignments", "appConsentRequests", "directoryRoles", "conditionalAccessPolicies".
 * Navigation stored in the fixture as id arrays (group "members", directoryRole "members",
 * appConsentRequest "userConsentRequests" objects) is kept out of the served objects.
 * Listing order is insertion order (stable, so paging is deterministic).
 */
class TenantStore
{
public:
    TenantStore();

    bool load(const QJsonObject& fixture, QString* error = nullptr);
    bool loadFile(const QString& path, QString* error = nullptr);
    void clear();

    QJsonObject tenant() const; // {id, displayName, defaultDomain, verifiedDomains}
    QString tenantId() const;
    QJsonArray clients() const; // app registrations the identity endpoints accept
    std::optional<QJsonObject> client(const QString& appId) const;

    // Generic entity access.
    QList<QJsonObject> list(const QString& collection) const;
    int count(const QString& collection) const;
    std::optional<QJsonObject> get(const QString& collection, const QString& id) const;
    void put(const QString& collection, const QJsonObject& object); // insert or replace, keyed by "id"
    bool remove(const QString& collection, const QString& id);

    // Lookups used by several endpoint families.
    std::optional<QJsonObject> userByIdOrUpn(const QString& idOrUpn) const; // UPN compare is case-insensitive
    std::optional<QJsonObject> servicePrincipalByAppId(const QString& appId) const;
    QStringList directoryRoleTemplateIds(const QString& userId) const; // roles the user holds
    QList<QJsonObject> directoryRolesOf(const QString& userId) const;
    QStringList memberIds(const QString& groupId) const; // direct members (users and groups)
    QStringList transitiveMemberIds(const QString& groupId) const; // users and groups, nested, no duplicates
    QStringList transitiveGroupIds(const QString& principalId) const; // groups the principal is in, transitively
    QList<QJsonObject> userConsentRequests(const QString& appConsentRequestId) const;
    void putUserConsentRequest(const QString& appConsentRequestId, const QJsonObject& request);

    QJsonObject policy(const QString& name) const; // "adminConsentRequestPolicy", "authorizationPolicy"
    void setPolicy(const QString& name, const QJsonObject& value);
    QJsonArray permissionGrantPolicies() const;

    // Exchange Online data ("mailboxes", "applicationAccessPolicies", "managementScopes", …), in Exchange's shapes.
    QJsonObject exchange() const;
    void setExchange(const QJsonObject& exchange);

    static QString newGuid();
    static QString newOpaqueId(); // Graph-style opaque ids for grants and assignments (base64url, 43 chars)

    quint64 revision() const { return m_revision; } // bumps on every write

private:
    struct Collection
    {
        QList<QString> order;
        QHash<QString, QJsonObject> byId;
        QHash<QString, qsizetype> position; // id -> index into order (rebuilt lazily after removals)
    };

    Collection& collection(const QString& name);
    const Collection* findCollection(const QString& name) const;

    QJsonObject m_tenant;
    QJsonArray m_clients;
    QHash<QString, Collection> m_collections;
    QHash<QString, QStringList> m_groupMembers;
    QHash<QString, QStringList> m_roleMembers; // directoryRole id -> user ids
    QHash<QString, QList<QJsonObject>> m_userConsentRequests; // appConsentRequest id -> user requests
    QJsonObject m_policies;
    QJsonArray m_permissionGrantPolicies;
    QJsonObject m_exchange;
    quint64 m_revision = 0;
};
