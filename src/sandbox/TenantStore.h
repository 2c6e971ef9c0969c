#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The emulated tenant's data: Graph JSON kept as Graph JSON (the sandbox shares no types with the client).
 *
 * Collections use Graph's names: "users", "groups", "servicePrincipals", "oauth2PermissionGrants",
 * "appRoleAssignments", "appConsentRequests", "directoryRoles", "conditionalAccessPolicies", "groupSettings" (the
 * tenant-wide directory settings, v1.0's groupSettings).
 * Navigation stored in the fixture as id arrays (group "members", directoryRole "members",
 * appConsentRequest "userConsentRequests" objects) is kept out of the served objects.
 * Listing order is insertion order (stable, so paging is deterministic).
 */
class TenantStore
{
public:
    TenantStore();

    bool load(const QJsonObject& fixture, QString* error = nullptr);
    // The tenant as it is now, in the fixture's shape (load(toFixture()) gives it back): for GET /_sandbox/export,
    // which tests read the final state through without going through Graph (or its faults).
    QJsonObject toFixture() const;
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
    void setGroupMembers(const QString& groupId, const QStringList& memberIds); // replaces the direct members
    QStringList transitiveMemberIds(const QString& groupId) const; // users and groups, nested, no duplicates
    QStringList transitiveGroupIds(const QString& principalId) const; // groups the principal is in, transitively
    QList<QJsonObject> userConsentRequests(const QString& appConsentRequestId) const;
    void putUserConsentRequest(const QString& appConsentRequestId, const QJsonObject& request);

    // Indexed navigation (results in insertion order). Grants: clientId/principalId/resourceId; assignments:
    // principalId/resourceId. Keys compare case-insensitively, like Graph's GUIDs.
    QList<QJsonObject> grantsByClient(const QString& clientSpId) const;
    QList<QJsonObject> grantsByPrincipal(const QString& userId) const;
    QList<QJsonObject> grantsByResource(const QString& resourceSpId) const;
    QList<QJsonObject> assignmentsByPrincipal(const QString& principalId) const;
    QList<QJsonObject> assignmentsByResource(const QString& resourceSpId) const;
    QStringList directGroupIds(const QString& principalId) const; // groups the principal is a direct member of
    QStringList roleMemberIds(const QString& directoryRoleId) const;
    QStringList directoryRoleIdsOf(const QString& userId) const;
    // A user, group, servicePrincipal or directoryRole by object id, with Graph's "@odata.type".
    std::optional<QJsonObject> directoryObject(const QString& id) const;
    std::optional<QJsonObject> appConsentRequestForApp(const QString& appId) const;
    std::optional<QJsonObject> userConsentRequest(const QString& appConsentRequestId, const QString& id) const;
    // A user files "Approval required" for an app (the admin consent workflow): the app's appConsentRequest is
    // created or gets the scopes merged into pendingScopes, and an InProgress userConsentRequest is added. With
    // reuseInProgress, a user who already waits for this app gets the existing request back instead of a second one.
    // Returns {appConsentRequest, userConsentRequest}.
    QPair<QJsonObject, QJsonObject> fileConsentRequest(const QString& appId,
                                                       const QString& appDisplayName,
                                                       const QStringList& scopes,
                                                       const QJsonObject& user,
                                                       const QString& reason,
                                                       bool reuseInProgress = false);
    // The one place consent request status changes: every InProgress user request for the app becomes Completed
    // (approved by the reviewer). Called by the admin-consent page; Graph writes never complete requests.
    void completeConsentRequests(const QString& appId, const QString& reviewerUserId);

    // Multi-tenant apps the sandbox knows without a service principal in the tenant (from consent requests, the
    // fixture's own service principals and its optional "catalog" array): POST /servicePrincipals {appId} instantiates
    // one. Each entry: {appId, displayName, publisherName?, appOwnerOrganizationId?, verifiedPublisher?}.
    std::optional<QJsonObject> catalogApp(const QString& appId) const;
    void addCatalogApp(const QJsonObject& app);

    QJsonObject policy(const QString& name) const; // "adminConsentRequestPolicy", "authorizationPolicy"
    void setPolicy(const QString& name, const QJsonObject& value);
    QJsonArray permissionGrantPolicies() const;

    // delegatedPermissionClassifications of an API's service principal (kept out of the served service principal, as
    // Graph keeps them: a navigation of their own). Fixtures give them in the service principal's
    // "delegatedPermissionClassifications" array.
    QList<QJsonObject> classifications(const QString& servicePrincipalId) const;
    void putClassification(const QString& servicePrincipalId, const QJsonObject& classification);
    bool removeClassification(const QString& servicePrincipalId, const QString& classificationId);

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
        // list()'s answer, built on first use after a write: a listing then costs no copy of the objects (QList is
        // implicitly shared), which keeps paging through 20 000 users from rebuilding the list on every page.
        mutable QList<QJsonObject> snapshot;
        mutable bool snapshotValid = false;
    };

    // A secondary index: lower-cased field value -> ids with that value, in insertion order.
    struct FieldIndex
    {
        QString collection;
        QString field;
        QHash<QString, QStringList> ids;
    };

    Collection& collection(const QString& name);
    const Collection* findCollection(const QString& name) const;
    void indexObject(const QString& collection, const QJsonObject* before, const QJsonObject* after);
    QList<QJsonObject> lookup(const QString& collection, const QString& field, const QString& value) const;
    QString resolveId(const Collection& c, const QString& id) const;
    void setMembers(QHash<QString, QStringList>& forward,
                    QHash<QString, QStringList>& reverse,
                    const QString& ownerId,
                    const QStringList& memberIds);

    QJsonObject m_tenant;
    QJsonArray m_clients;
    QHash<QString, Collection> m_collections;
    QHash<QString, QStringList> m_groupMembers;
    QHash<QString, QStringList> m_memberOf; // member id -> group ids (reverse of m_groupMembers)
    QHash<QString, QStringList> m_roleMembers; // directoryRole id -> user ids
    QHash<QString, QStringList> m_rolesOf; // user id -> directoryRole ids
    QList<FieldIndex> m_indexes;
    QHash<QString, QJsonObject> m_catalog; // lower-cased appId -> catalog entry
    QHash<QString, QList<QJsonObject>> m_userConsentRequests; // appConsentRequest id -> user requests
    QHash<QString, QList<QJsonObject>> m_classifications; // lower-cased service principal id -> classifications
    QJsonObject m_policies;
    QJsonArray m_permissionGrantPolicies;
    QJsonObject m_exchange;
    quint64 m_revision = 0;
};
