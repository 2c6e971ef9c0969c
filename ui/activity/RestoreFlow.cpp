#include "RestoreFlow.h"

#include "async/Async.h"
#include "auth/ConsentDeskScopes.h"
#include "common/ExchangePlanRunner.h"
#include "common/PlanRunner.h"
#include "consent/GrantInventory.h"
#include "consent/RestorePlanner.h"
#include "exchange/ExchangeRestorePlanner.h"
#include "session/SessionState.h"

#include <QWidget>

#include <algorithm>

RestoreFlow::RestoreFlow(const Services& services, QWidget* dialogParent)
    : QObject(dialogParent)
{
    m_graphRunner = new PlanRunner(dialogParent, services.graph, services.signIn, services.journal);
    m_exchangeRunner = new ExchangePlanRunner(dialogParent, services.exchange, services.journal);
    connect(m_exchangeRunner, &ExchangePlanRunner::busyChanged, this, &RestoreFlow::busyChanged);
    connect(m_graphRunner, &PlanRunner::busyChanged, this, &RestoreFlow::busyChanged);
    connect(m_graphRunner, &PlanRunner::finished, this, [this](const GrantExecution& execution) {
        emit statusMessage(execution.allSucceeded() ? tr("Restored.") : tr("Some items were not restored."));
        emit finished();
    });
    connect(m_exchangeRunner, &ExchangePlanRunner::finished, this, [this](const ExchangeExecution& execution) {
        emit statusMessage(execution.allSucceeded() ? tr("Restored.") : tr("Some items were not restored."));
        emit finished();
    });
}

void RestoreFlow::setSession(SessionState* session)
{
    m_session = session;
    if (session) {
        const AccountInfo& account = session->account();
        m_exchangeRunner->setActor({account.tenantId, account.userPrincipalName, account.userObjectId});
    }
}

bool RestoreFlow::isExchangeBusy() const
{
    return m_exchangeRunner->isBusy();
}

void RestoreFlow::restore(const QList<JournalEntry>& selected)
{
    if (selected.isEmpty() || !m_session) {
        return;
    }
    QList<JournalEntry> entries = selected;
    std::sort(
        entries.begin(), entries.end(), [](const JournalEntry& a, const JournalEntry& b) { return a.time < b.time; });
    if (ExchangeRestorePlanner::isExchange(entries.first())) {
        m_exchangeRunner->run(ExchangeRestorePlanner::plan(entries));
        return;
    }
    restoreGraph(entries);
}

void RestoreFlow::restoreGraph(QList<JournalEntry> entries)
{
    // RestorePlanner needs what the apps hold now (never restore a duplicate), so read each app first.
    QList<QFuture<AppInventory>> reads;
    for (const QString& clientId : RestorePlanner::clientIds(entries)) {
        reads.append(m_session->inventory()->loadApp(ServicePrincipalCache::Key::byId(clientId)));
    }
    if (!reads.isEmpty()) {
        emit statusMessage(tr("Reading what the apps hold now…"));
    }
    const qsizetype expected = reads.size();
    Async::then(Async::all(reads), this, [this, entries, expected](const QList<AppInventory>& read) {
        if (!m_session || read.size() != expected) {
            return; // the session ended while the apps were read: nothing may be written for it
        }
        QList<AppInventory> inventories;
        for (const AppInventory& inventory : read) {
            if (inventory.isValid()) {
                inventories.append(inventory);
            }
        }
        const GrantPlan plan = RestorePlanner::plan(entries, RestorePlanner::State::from(inventories));
        m_graphRunner->run(plan, ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::Revoke));
    });
}
