#pragma once

#include "AccessPolicyModel.h"
#include "async/Async.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ExchangeAdminClient;
class GraphClient;

/**
 * Fills an AccessPolicyModel from the tenant: the policies from Exchange (Get-ApplicationAccessPolicy), their scopes
 * resolved from Exchange GUIDs to Entra object ids (Get-DistributionGroup, else Get-Mailbox -Identity <guid>), then
 * every scope group and its nested groups from Graph (/groups/{id} and /groups/{id}/members), so the evaluator can
 * name the group path. The nested groups are read as a tree of futures gathered with Async::all. One load at a
 * time: callers meanwhile share it.
 */
class AccessPolicyLoader : public QObject
{
    Q_OBJECT

public:
    AccessPolicyLoader(ExchangeAdminClient* exchange, GraphClient* graph, QObject* parent = nullptr);

    struct Loaded
    {
        AccessPolicyModel model;
        GraphError error; // the first failure: the model may be partial
    };

    QFuture<Loaded> load();
    bool isLoading() const { return m_loading; }

private:
    void resolveScopes();
    void resolveNextMailbox(int index);
    void expandGroups();
    // The object, and for a group its members and every nested group below: the first error among them (a scope
    // that is gone is no error: the evaluator flags it).
    QFuture<GraphError> fetchGroup(const QString& id);
    void done(const GraphError& error);

    QPointer<ExchangeAdminClient> m_exchange;
    QPointer<GraphClient> m_graph;
    AccessPolicyModel m_model;
    QSet<QString> m_requested; // group ids asked of Graph (lower case)
    QList<Async::Promise<Loaded>> m_waiting;
    bool m_loading = false;
};
