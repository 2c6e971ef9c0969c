#pragma once

#include "AccessPolicyModel.h"
#include "graph/GraphError.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ExchangeAdminClient;
class GraphClient;

/**
 * Fills an AccessPolicyModel from the tenant: the policies from Exchange (Get-ApplicationAccessPolicy), their scopes
 * resolved from Exchange GUIDs to Entra object ids (Get-DistributionGroup, else Get-Mailbox -Identity <guid>), then
 * every scope group and its nested groups from Graph (/groups/{id} and /groups/{id}/members), so the evaluator can
 * name the group path. One load at a time; finished() follows every load().
 */
class AccessPolicyLoader : public QObject
{
    Q_OBJECT

public:
    AccessPolicyLoader(ExchangeAdminClient* exchange, GraphClient* graph, QObject* parent = nullptr);

    bool load(); // false when already loading
    bool isLoading() const { return m_loading; }
    const AccessPolicyModel& model() const { return m_model; }

signals:
    void finished(const AccessPolicyModel& model, const GraphError& error);

private:
    void resolveScopes();
    void resolveNextMailbox(int index);
    void expandGroups();
    void fetchGroup(const QString& id);
    void done(const GraphError& error);

    QPointer<ExchangeAdminClient> m_exchange;
    QPointer<GraphClient> m_graph;
    AccessPolicyModel m_model;
    QSet<QString> m_requested; // group ids asked of Graph (lower case)
    int m_pending = 0;
    GraphError m_firstError;
    bool m_loading = false;
};
