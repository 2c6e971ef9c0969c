#include "FirstSeenState.h"

#include "async/Async.h"
#include "async/WorkerPool.h"
#include "directory/GrantedPermission.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

FirstSeenState::FirstSeenState(const QString& tenantId, QObject* parent)
    : QObject(parent)
    , m_history(tenantId)
{
}

void FirstSeenState::load()
{
    m_queue.prepend({});
    next();
}

void FirstSeenState::record(ClaimSource claims, const QDateTime& when, FirstSeenHistory::Source source)
{
    // Offline, only what the snapshot file itself says is recorded (its own time), never a read of it "now".
    if ((!m_recording && source == FirstSeenHistory::Source::Live) || m_history.tenantId().isEmpty()) {
        return;
    }
    m_queue.append(
        {[claims = std::move(claims)](const FirstSeenHistory::ChunkSink& sink) { sink(claims()); }, when, source});
    next();
}

void FirstSeenState::record(const ClaimKeyCollector& claims, const QDateTime& when, FirstSeenHistory::Source source)
{
    if ((!m_recording && source == FirstSeenHistory::Source::Live) || m_history.tenantId().isEmpty()) {
        return;
    }
    m_queue.append({[claims](const FirstSeenHistory::ChunkSink& sink) {
                        claims.forEachChunk(ClaimKeyCollector::DefaultChunk, sink);
                    },
                    when,
                    source});
    next();
}

void FirstSeenState::record(const QList<GrantedPermission>& rows)
{
    record([rows] { return FirstSeenHistory::claimsOf(rows); });
}

void FirstSeenState::next()
{
    if (m_running || m_queue.isEmpty()) {
        return;
    }
    m_running = true;
    const Pending pending = m_queue.takeFirst();
    const FirstSeenHistory::ChunkProducer claims = pending.claims;
    const QDateTime when = pending.when.isValid() ? pending.when : QDateTime::currentDateTimeUtc();
    const FirstSeenHistory::Source source = pending.source;
    const FirstSeenHistory base = m_history;
    const bool loaded = m_loaded;
    const QString tenant = m_history.tenantId();
    const QString directory = FirstSeenHistory::defaultDirectory();
    QFuture<FirstSeenHistory> work
        = QtConcurrent::run(WorkerPool::instance(), [base, loaded, claims, when, source, tenant, directory] {
              if (!claims) {
                  FirstSeenHistory history(tenant, directory);
                  history.load();
                  return history;
              }
              if (!loaded) {
                  return FirstSeenHistory::record(tenant, claims, when, source, directory);
              }
              // Continues from the history this session holds: one append, no reading of the file again.
              FirstSeenHistory history = base;
              claims([&history, &when, source](const FirstSeenHistory::Claims& chunk) {
                  history.note(chunk, when, source);
              });
              history.save();
              return history;
          });
    Async::then(work, this, [this](const FirstSeenHistory& history) {
        m_history = history;
        m_loaded = true;
        m_running = false;
        emit changed();
        next();
    });
}

QString FirstSeenState::explanation() const
{
    const QDateTime since = m_history.firstObservation();
    if (!since.isValid()) {
        return tr("Graph keeps no date for a grant. ConsentDesk notes on this computer when it first sees each "
                  "grant, from the lists it reads and the snapshots it opens; it has not noted any for this "
                  "tenant yet.");
    }
    return tr("Graph keeps no date for a grant. ConsentDesk noted this date on this computer the first time it saw "
              "the grant, in a list it read or a snapshot it opened; it has been noting them since %1, so an "
              "earlier grant shows that date or a later one.")
        .arg(QLocale().toString(since.toLocalTime().date(), QLocale::ShortFormat));
}
