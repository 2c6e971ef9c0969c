#pragma once

#include "report/ClaimKeyCollector.h"
#include "report/FirstSeenHistory.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

struct GrantedPermission;

/**
 * The session's first-seen history (FirstSeenHistory): loaded once, and taught by every live read — the tenant-wide
 * inventory and each app's permissions — so the views can say since when ConsentDesk has seen a grant. Loading,
 * hashing and the one file write per read run on a worker thread (a large tenant's first read hashes some
 * 100 000 claims); reads are recorded one after the other, each continuing from the last one's history.
 *
 * Not recording (a snapshot opened offline): the snapshot's time was recorded when it was opened; reading it back
 * "live" would date every grant today.
 */
class FirstSeenState : public QObject
{
    Q_OBJECT

public:
    using ClaimSource = std::function<FirstSeenHistory::Claims()>; // run on the worker thread

    FirstSeenState(const QString& tenantId, QObject* parent = nullptr);

    void setRecording(bool recording) { m_recording = recording; }
    void load(); // reads the history (changed() when done)
    // Seen at `when` (invalid: now): recorded after any earlier record, changed() when done.
    void record(ClaimSource claims,
                const QDateTime& when = {},
                FirstSeenHistory::Source source = FirstSeenHistory::Source::Live);
    void record(const QList<GrantedPermission>& rows);
    // What a tenant-wide read or an export streamed past: its keys made and recorded a chunk at a time on the worker
    // (a huge tenant's millions of keys are never all held).
    void record(const ClaimKeyCollector& claims,
                const QDateTime& when = {},
                FirstSeenHistory::Source source = FirstSeenHistory::Source::Live);

    const FirstSeenHistory& history() const { return m_history; }
    bool isLoaded() const { return m_loaded; }
    bool isIdle() const { return !m_running && m_queue.isEmpty(); } // no load or record queued or on the worker
    QString tenantId() const { return m_history.tenantId(); }

    // What a first-seen date means, for tooltips: Graph keeps no dates; since when this computer has been looking.
    QString explanation() const;

signals:
    void changed();

private:
    void next();

    FirstSeenHistory m_history;
    bool m_loaded = false;
    bool m_recording = true;
    bool m_running = false;
    struct Pending
    {
        FirstSeenHistory::ChunkProducer claims; // null: a load
        QDateTime when;
        FirstSeenHistory::Source source = FirstSeenHistory::Source::Live;
    };
    QList<Pending> m_queue;
};
