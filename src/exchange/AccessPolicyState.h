#pragma once

#include "AccessPolicyModel.h"
#include "async/Async.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <optional>

class AccessPolicyLoader;
class ExchangeAdminClient;
class GraphClient;

/**
 * The tenant's Exchange application access policies and their scope groups, read once per session and shared by
 * everyone who asks (the Mailbox access view, its tests, the helpdesk's mailbox column), instead of one loader each
 * kept in step by hand. A write marks it stale (invalidate()): the next question reads the tenant again, and a read
 * that was under way when the write happened is repeated before it answers. An answer with an error is not kept.
 */
class AccessPolicyState : public QObject
{
    Q_OBJECT

public:
    struct Snapshot
    {
        AccessPolicyModel model;
        GraphError error; // Exchange (or Graph, for the groups) could not be read: the model may be partial
    };

    AccessPolicyState(ExchangeAdminClient* exchange, GraphClient* graph, QObject* parent = nullptr);

    QFuture<Snapshot> policies(); // the kept snapshot, or a read (callers meanwhile share it)
    QFuture<Snapshot> reload(); // read again now: the admin pressed Refresh
    void invalidate(); // a write changed the policies or a scope group's members
    bool isLoading() const;
    bool isLoaded() const { return m_snapshot.has_value(); }

private:
    void read();
    void onLoaded(const AccessPolicyModel& model, const GraphError& error);

    AccessPolicyLoader* m_loader = nullptr;
    std::optional<Snapshot> m_snapshot;
    QList<Async::Promise<Snapshot>> m_waiting;
    bool m_readAgain = false; // invalidated while a read was under way
};
