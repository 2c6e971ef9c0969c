#pragma once

#include "ApplicationAccessPolicy.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * What the local evaluator knows: the policies read from Exchange (scopes resolved to Entra object ids) and the
 * directory objects reachable from their scopes, as Graph returned them (groups with their direct members).
 * Pure data: tests build it by hand, AccessPolicyLoader fills it from the tenant.
 */
struct AccessPolicyModel
{
    struct Node
    {
        enum class Kind { User, Group, Other };
        QString id;
        QString displayName;
        Kind kind = Kind::Other;
        bool mailEnabled = false;
        bool securityEnabled = false;
        QStringList memberIds; // groups: direct members
    };

    QList<ApplicationAccessPolicy> policies;
    QHash<QString, Node> nodes; // lower-cased id -> node

    void addNode(const Node& node) { nodes.insert(node.id.toLower(), node); }
    const Node* node(const QString& id) const;
    QList<ApplicationAccessPolicy> policiesFor(const QString& appId) const;
    QStringList appIds() const; // every app that has a policy, in first-seen order
};
