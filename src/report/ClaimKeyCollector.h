#pragma once

#include "SnapshotIndex.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

/**
 * The claim keys (SnapshotIndex::claimKey) of Graph's JSON as it streams past — service principals, delegated
 * grants and appRoleAssignedTo items in any order — for the first-seen history, without holding the collections:
 * a grant keeps its ids and scopes, a service principal its appId (and app roles when it publishes some). The
 * keys are made by claims() once everything arrived, as SnapshotIndex::build would make them from the file.
 *
 * A huge tenant (600 000 grants, 3.2 million claims) repeats the same ids and scope strings in every grant: each is
 * held once (interned), and forEachChunk() makes the keys a chunk at a time, so the millions of keys — about 300
 * bytes each — are never all in memory together.
 */
class ClaimKeyCollector
{
public:
    using Claims = QList<std::pair<QString, SnapshotIndex::ClaimKind>>;
    static constexpr qsizetype DefaultChunk = 50000;

    void addServicePrincipal(const QJsonObject& servicePrincipal);
    void addGrant(const QJsonObject& grant);
    void addAssignment(const QJsonObject& assignment); // appRoleAssignedTo item; users' and groups' are skipped
    Claims claims() const; // every claim at once: for small tenants and tests
    // The claims in lists of at most `chunk` (the same claims, in the same order, as claims()).
    void forEachChunk(qsizetype chunk, const std::function<void(const Claims&)>& fn) const;
    // Each user's own consent (one claim a scope, as claims() keys it) with the service principal id (lower case) of
    // the app it was given to: the first-seen history keeps only hashed keys, so this names a key's app. One key at a
    // time, none held.
    using UserConsentFn = std::function<void(const QString& servicePrincipalId, const QString& claimKey)>;
    void forEachUserConsent(const UserConsentFn& fn) const;
    bool isEmpty() const { return m_grants.isEmpty() && m_assignments.isEmpty(); }

private:
    struct Grant
    {
        QString clientId;
        QString resourceId;
        QString principalId; // a per-user grant's user, else empty
        QString scope; // Graph's space-separated "scope", split when the keys are made
    };
    struct Assignment
    {
        QString clientId;
        QString resourceId;
        QString roleId;
    };

    QString intern(const QString& text);
    QString appIdOf(const QString& objectId) const; // lower-case appId, or the object id when the app was not listed

    QHash<QString, QString> m_appIds; // lower-case object id → lower-case appId
    QHash<QString, QHash<QString, QString>> m_roles; // resource object id → app role id → value
    QList<Grant> m_grants;
    QList<Assignment> m_assignments;
    QSet<QString> m_strings; // one copy of each id and scope string the grants and assignments hold
};
