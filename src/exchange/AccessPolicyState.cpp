#include "AccessPolicyState.h"

#include "AccessPolicyLoader.h"

AccessPolicyState::AccessPolicyState(ExchangeAdminClient* exchange, GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_loader(new AccessPolicyLoader(exchange, graph, this))
{
}

void AccessPolicyState::read()
{
    Async::then(m_loader->load(), this, [this](const AccessPolicyLoader::Loaded& loaded) {
        onLoaded(loaded.model, loaded.error);
    });
}

bool AccessPolicyState::isLoading() const
{
    return m_loader->isLoading();
}

QFuture<AccessPolicyState::Snapshot> AccessPolicyState::policies()
{
    if (m_snapshot) {
        return Async::ready(*m_snapshot);
    }
    Async::Promise<Snapshot> promise;
    m_waiting.append(promise);
    if (!m_loader->isLoading()) {
        read();
    }
    return promise.future();
}

QFuture<AccessPolicyState::Snapshot> AccessPolicyState::reload()
{
    invalidate();
    return policies();
}

void AccessPolicyState::invalidate()
{
    m_snapshot.reset();
    if (m_loader->isLoading()) {
        m_readAgain = true;
    }
}

void AccessPolicyState::onLoaded(const AccessPolicyModel& model, const GraphError& error)
{
    if (m_readAgain) {
        m_readAgain = false; // the tenant changed while this read ran: its answer may predate the change
        read();
        return;
    }
    const Snapshot snapshot {model, error};
    if (!error) {
        m_snapshot = snapshot;
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& promise : waiting) {
        promise.finish(snapshot);
    }
}
