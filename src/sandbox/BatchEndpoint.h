#pragma once

#include "FaultInjector.h"
#include "SandboxHttp.h"

#include <QJsonObject>

#include <functional>

class GraphEndpoints;
class SandboxStats;

/**
 * POST /{version}/$batch, as Graph does it: at most 20 requests with unique ids (else the whole batch is 400),
 * relative URLs, a Content-Type header wherever there is a body, dependsOn executed in order (a failed dependency
 * makes its dependents 424), each item throttled on its own (429/503 with Retry-After inside the item), and the
 * responses deliberately out of order — dependencies before dependents, otherwise last first. Outer status 200.
 */
class BatchEndpoint
{
public:
    BatchEndpoint(GraphEndpoints& graph, const FaultInjector& faults, SandboxStats& stats);

    SandboxResponse handle(const SandboxRequest& request);

    static constexpr int kMaxRequests = 20;

private:
    SandboxRequest itemRequest(const SandboxRequest& outer, const QJsonObject& item, const QString& version) const;
    static QJsonObject itemResponse(const QString& id, const SandboxResponse& response);

    GraphEndpoints& m_graph;
    const FaultInjector& m_faults;
    SandboxStats& m_stats;
};
