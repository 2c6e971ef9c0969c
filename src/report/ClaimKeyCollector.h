#pragma once

#include "SnapshotIndex.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/**
 * The claim keys (SnapshotIndex::claimKey) of Graph's JSON as it streams past — service principals, delegated
 * grants and appRoleAssignedTo items in any order — for the first-seen history, without holding the collections:
 * a grant keeps its ids and scopes, a service principal its appId (and app roles when it publishes some). The
 * keys are made by claims() once everything arrived, as SnapshotIndex::build would make them from the file.
 */
class ClaimKeyCollector
{
public:
    using Claims = QList<std::pair<QString, SnapshotIndex::ClaimKind>>;

    void addServicePrincipal(const QJsonObject& servicePrincipal);
    void addGrant(const QJsonObject& grant);
    void addAssignment(const QJsonObject& assignment); // appRoleAssignedTo item; users' and groups' are skipped
    Claims claims() const;
    bool isEmpty() const { return m_grants.isEmpty() && m_assignments.isEmpty(); }

private:
    struct Grant
    {
        QString clientId;
        QString resourceId;
        QString principalId; // a per-user grant's user, else empty
        QStringList scopes;
    };
    struct Assignment
    {
        QString clientId;
        QString resourceId;
        QString roleId;
    };

    QHash<QString, QString> m_appIds; // lower-case object id → lower-case appId
    QHash<QString, QHash<QString, QString>> m_roles; // resource object id → app role id → value
    QList<Grant> m_grants;
    QList<Assignment> m_assignments;
};
