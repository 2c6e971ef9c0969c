#pragma once

#include "SnapshotIndex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

class ClaimKeyCollector;
struct GrantedPermission;

/**
 * When each grant was first observed. Graph gives grants (oauth2PermissionGrant, appRoleAssignment as listed) no
 * creation time, so ConsentDesk keeps its own: a small append-only file per tenant in the app data folder
 * (first-seen/<tenantId>.jsonl, mode 0600), one line per observation with the claims not seen before — as a
 * 16-character hash of SnapshotIndex::claimKey(), never names. An older snapshot opened later moves a claim's time
 * back; nothing is ever rewritten. "First seen" is therefore "no later than": the grant may be older.
 */
class FirstSeenHistory
{
public:
    enum class Source { Snapshot, Live };
    using Claims = QList<std::pair<QString, SnapshotIndex::ClaimKind>>; // claim key and kind (ClaimKeyCollector)

    explicit FirstSeenHistory(const QString& tenantId, const QString& directory = defaultDirectory());

    static QString defaultDirectory(); // <AppDataLocation>/first-seen
    QString path() const { return m_path; }
    QString tenantId() const { return m_tenantId; }

    bool load(QString* error = nullptr); // reads the file (a missing file is an empty history); a bad line is skipped

    // Records what a snapshot or a live read held at `when`; returns how many claims got an earlier (or first) time.
    int observe(const SnapshotIndex& index, const QDateTime& when, Source source, QString* error = nullptr);
    int observe(const QList<GrantedPermission>& rows, const QDateTime& when, Source source, QString* error = nullptr);
    int observe(const Claims& claims, const QDateTime& when, Source source, QString* error = nullptr);
    // observe() in two steps, for rows that stream past: note() records in memory, save() appends what was noted
    // since the last save() to the file (one write). Returns false (and keeps it pending) when the file refused.
    int note(const Claims& claims, const QDateTime& when, Source source);
    bool save(QString* error = nullptr);

    // Loads the tenant's history, records the claims and returns it: one file write, from any thread (calls are
    // serialised in this process so two loads finishing together do not both append the same claims).
    static FirstSeenHistory record(const QString& tenantId,
                                   const Claims& claims,
                                   const QDateTime& when,
                                   Source source,
                                   const QString& directory = defaultDirectory());
    // The same for what a ClaimKeyCollector holds, its keys made and noted a chunk at a time: a huge tenant's
    // millions of keys are never all in memory (the file is still written once).
    static FirstSeenHistory record(const QString& tenantId,
                                   const ClaimKeyCollector& claims,
                                   const QDateTime& when,
                                   Source source,
                                   const QString& directory = defaultDirectory());
    // The same for claims handed over in chunks: produce(sink) calls sink once per chunk.
    using ChunkSink = std::function<void(const Claims&)>;
    using ChunkProducer = std::function<void(const ChunkSink&)>;
    static FirstSeenHistory record(const QString& tenantId,
                                   const ChunkProducer& produce,
                                   const QDateTime& when,
                                   Source source,
                                   const QString& directory = defaultDirectory());
    static Claims claimsOf(const QList<GrantedPermission>& rows);
    static Claims claimsOf(const SnapshotIndex& index);

    QDateTime firstSeen(const QString& claimKey) const; // invalid: never observed
    QDateTime firstSeen(const GrantedPermission& row) const;
    // The UTC date as ISO 8601 ("2026-12-07"), empty when never observed: what reports and tables show.
    static QString dateText(const QDateTime& firstSeen);
    static QString claimKey(const GrantedPermission& row); // empty for a user's or group's app role

    // Users' own consents (per-user delegated claims) by the day they were first seen (UTC), oldest first.
    QMap<QDate, int> userConsentsFirstSeenByDay() const;
    QDateTime firstObservation() const; // the oldest time in the history (invalid when empty)
    int size() const { return int(m_seen.size()); }

private:
    struct Seen
    {
        qint64 msecs = 0;
        SnapshotIndex::ClaimKind kind = SnapshotIndex::ClaimKind::Delegated;
    };
    // The 12 bytes of a claim's hash (the file holds them as 16 base64url characters): a tenant's millions of claims
    // are held as raw numbers, not as strings.
    using Key = std::pair<quint64, quint32>;
    static Key hash(const QString& claimKey);
    static Key keyFromText(QByteArrayView text, bool* ok);
    static QByteArray keyText(const Key& key);

    QString m_tenantId;
    QString m_path;
    QHash<Key, Seen> m_seen;
    std::map<std::tuple<qint64, int, int>, std::vector<Key>> m_pending; // (msecs, source, kind) → not saved yet
};
