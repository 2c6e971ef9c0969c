#include "FirstSeenHistory.h"

#include "ClaimKeyCollector.h"

#include "directory/GrantedPermission.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>
#include <QUuid>

#include <cstring>

namespace {

// record() calls are serialised in this process: two loads finishing together must not both append the same claims.
QMutex& recordMutex()
{
    static QMutex mutex;
    return mutex;
}

QString kindKey(SnapshotIndex::ClaimKind kind)
{
    return SnapshotIndex::kindName(kind);
}

SnapshotIndex::ClaimKind kindFrom(const QString& name)
{
    if (name == QLatin1String("userConsent")) {
        return SnapshotIndex::ClaimKind::UserConsent;
    }
    if (name == QLatin1String("application")) {
        return SnapshotIndex::ClaimKind::Application;
    }
    return SnapshotIndex::ClaimKind::Delegated;
}

QString safeFileName(const QString& tenantId)
{
    // A tenant id is a GUID; anything else (a domain typed by hand) is reduced to safe characters.
    const QUuid uuid = QUuid::fromString(tenantId);
    if (!uuid.isNull()) {
        return uuid.toString(QUuid::WithoutBraces);
    }
    QString out;
    for (const QChar ch : tenantId.toLower()) {
        out.append(ch.isLetterOrNumber() || ch == QLatin1Char('.') || ch == QLatin1Char('-') ? ch : QLatin1Char('_'));
    }
    return out.isEmpty() ? QStringLiteral("unknown") : out;
}

} // namespace

FirstSeenHistory::FirstSeenHistory(const QString& tenantId, const QString& directory)
    : m_tenantId(tenantId)
    , m_path(QDir(directory).filePath(safeFileName(tenantId) + QStringLiteral(".jsonl")))
{
}

QString FirstSeenHistory::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("first-seen"));
}

FirstSeenHistory::Key FirstSeenHistory::hash(const QString& claimKey)
{
    const QByteArray digest = QCryptographicHash::hash(claimKey.toUtf8(), QCryptographicHash::Sha256);
    Key key;
    std::memcpy(&key.first, digest.constData(), 8);
    std::memcpy(&key.second, digest.constData() + 8, 4);
    return key;
}

FirstSeenHistory::Key FirstSeenHistory::keyFromText(QByteArrayView text, bool* ok)
{
    const QByteArray bytes = QByteArray::fromBase64(text.toByteArray(), QByteArray::Base64UrlEncoding);
    Key key;
    *ok = text.size() == 16 && bytes.size() == 12;
    if (*ok) {
        std::memcpy(&key.first, bytes.constData(), 8);
        std::memcpy(&key.second, bytes.constData() + 8, 4);
    }
    return key;
}

QByteArray FirstSeenHistory::keyText(const Key& key)
{
    // The first 12 bytes of the SHA-256 as base64url, as the file has always held them.
    char bytes[12];
    std::memcpy(bytes, &key.first, 8);
    std::memcpy(bytes + 8, &key.second, 4);
    return QByteArray::fromRawData(bytes, 12).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool FirstSeenHistory::load(QString* error)
{
    m_seen.clear();
    m_pending.clear();
    QFile file(m_path);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    const QByteArray prefix = QByteArrayLiteral("{\"keys\":[");
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        // The keys of a line as save() writes it are read straight from its text (a first read of a huge tenant is a
        // line of millions); only the short rest goes through the JSON parser. Any other shape: all of it does.
        QJsonObject o;
        QByteArrayView list; // "k1","k2",…
        QJsonArray array; // keys of a line in another shape
        const qsizetype close = line.startsWith(prefix) ? line.indexOf(']', prefix.size()) : -1;
        if (close > 0 && line.mid(close, 2) == "],") {
            o = QJsonDocument::fromJson('{' + line.mid(close + 2)).object();
            list = QByteArrayView(line).sliced(prefix.size(), close - prefix.size());
        } else {
            o = QJsonDocument::fromJson(line).object();
            array = o.value(QStringLiteral("keys")).toArray();
        }
        const QDateTime t = QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODate);
        if (!t.isValid()) {
            continue; // a line cut short by a crash: the next observation records its claims again
        }
        const qint64 ms = t.toMSecsSinceEpoch();
        const SnapshotIndex::ClaimKind kind = kindFrom(o.value(QStringLiteral("kind")).toString());
        auto add = [this, ms, kind](QByteArrayView text) {
            bool ok = false;
            const Key h = keyFromText(text, &ok);
            if (!ok) {
                return; // not one of ours
            }
            auto it = m_seen.find(h);
            if (it == m_seen.end()) {
                m_seen.insert(h, {ms, kind});
            } else if (ms < it->msecs) {
                it->msecs = ms;
            }
        };
        while (!list.isEmpty()) {
            const qsizetype comma = list.indexOf(',');
            const QByteArrayView quoted = comma < 0 ? list : list.first(comma);
            list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
            if (quoted.size() >= 2 && quoted.front() == '"' && quoted.back() == '"') {
                add(quoted.sliced(1, quoted.size() - 2));
            }
        }
        for (const auto& v : std::as_const(array)) {
            add(v.toString().toLatin1());
        }
    }
    return true;
}

int FirstSeenHistory::observe(const Claims& claims, const QDateTime& when, Source source, QString* error)
{
    const int changed = note(claims, when, source);
    save(error);
    return changed;
}

int FirstSeenHistory::note(const Claims& claims, const QDateTime& when, Source source)
{
    const qint64 ms = when.toMSecsSinceEpoch();
    int changed = 0;
    for (const auto& [key, kind] : claims) {
        const Key h = hash(key);
        auto it = m_seen.find(h);
        if (it != m_seen.end() && it->msecs <= ms) {
            continue;
        }
        if (it == m_seen.end()) {
            m_seen.insert(h, {ms, kind});
        } else {
            it->msecs = ms;
        }
        m_pending[{ms, int(source), int(kind)}].push_back(h);
        ++changed;
    }
    return changed;
}

bool FirstSeenHistory::save(QString* error)
{
    if (m_pending.empty()) {
        return true;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error) {
            *error = file.errorString();
        }
        return false; // kept in memory (and pending) for this session
    }
    if (!existed) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // One line per time, source and kind: a large first load is a few long lines. Written as QJsonDocument's compact
    // form (keys in its order) a megabyte at a time: a first read of millions of claims builds no JSON document.
    QByteArray out;
    bool ok = true;
    auto put = [&file, &out, &ok](bool last) {
        if (ok && (last || out.size() >= (1 << 20))) {
            ok = file.write(out) == out.size();
            out.clear();
        }
    };
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const auto& [ms, source, kind] = it->first;
        out += "{\"keys\":[";
        bool first = true;
        for (const Key& key : it->second) {
            out += first ? "\"" : ",\"";
            out += keyText(key);
            out += '"';
            first = false;
            put(false);
        }
        out += "],\"kind\":\"" + kindKey(SnapshotIndex::ClaimKind(kind)).toLatin1() + "\",\"src\":\""
               + (Source(source) == Source::Snapshot ? QByteArrayLiteral("snapshot") : QByteArrayLiteral("live"))
               + "\",\"t\":\"" + QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toLatin1() + "\"}\n";
    }
    put(true);
    ok = ok && file.flush();
    if (!ok) {
        file.write("\n"); // a cut line stays a line of its own: the next save() starts a fresh one
    }
    if (!ok) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    m_pending.clear();
    return true;
}

int FirstSeenHistory::observe(const SnapshotIndex& index, const QDateTime& when, Source source, QString* error)
{
    return observe(claimsOf(index), when, source, error);
}

FirstSeenHistory::Claims FirstSeenHistory::claimsOf(const SnapshotIndex& index)
{
    Claims claims;
    claims.reserve(index.claims().size());
    for (auto it = index.claims().cbegin(); it != index.claims().cend(); ++it) {
        claims.append({it.key(), it->kind});
    }
    return claims;
}

QString FirstSeenHistory::claimKey(const GrantedPermission& row)
{
    switch (row.source) {
    case GrantedPermission::Source::TenantWide:
        return SnapshotIndex::claimKey(
            SnapshotIndex::ClaimKind::Delegated, row.clientAppId, row.permission.resourceAppId, row.permission.value);
    case GrantedPermission::Source::User:
        return SnapshotIndex::claimKey(SnapshotIndex::ClaimKind::UserConsent,
                                       row.clientAppId,
                                       row.permission.resourceAppId,
                                       row.permission.value,
                                       row.principalId);
    case GrantedPermission::Source::Application:
        return SnapshotIndex::claimKey(SnapshotIndex::ClaimKind::Application,
                                       row.clientAppId,
                                       row.permission.resourceAppId,
                                       row.permission.value.isEmpty() ? row.permission.permissionId.toLower()
                                                                      : row.permission.value);
    case GrantedPermission::Source::AppRoleAssignment:
        return {};
    }
    return {};
}

int FirstSeenHistory::observe(const QList<GrantedPermission>& rows,
                              const QDateTime& when,
                              Source source,
                              QString* error)
{
    return observe(claimsOf(rows), when, source, error);
}

FirstSeenHistory::Claims FirstSeenHistory::claimsOf(const QList<GrantedPermission>& rows)
{
    Claims claims;
    claims.reserve(rows.size());
    for (const auto& row : rows) {
        const QString key = claimKey(row);
        if (key.isEmpty()) {
            continue;
        }
        const auto kind = row.source == GrantedPermission::Source::User          ? SnapshotIndex::ClaimKind::UserConsent
                          : row.source == GrantedPermission::Source::Application ? SnapshotIndex::ClaimKind::Application
                                                                                 : SnapshotIndex::ClaimKind::Delegated;
        claims.append({key, kind});
    }
    return claims;
}

FirstSeenHistory FirstSeenHistory::record(const QString& tenantId,
                                          const Claims& claims,
                                          const QDateTime& when,
                                          Source source,
                                          const QString& directory)
{
    return record(
        tenantId, [&claims](const ChunkSink& sink) { sink(claims); }, when, source, directory);
}

FirstSeenHistory FirstSeenHistory::record(const QString& tenantId,
                                          const ClaimKeyCollector& claims,
                                          const QDateTime& when,
                                          Source source,
                                          const QString& directory)
{
    return record(
        tenantId,
        [&claims](const ChunkSink& sink) { claims.forEachChunk(ClaimKeyCollector::DefaultChunk, sink); },
        when,
        source,
        directory);
}

FirstSeenHistory FirstSeenHistory::record(const QString& tenantId,
                                          const ChunkProducer& produce,
                                          const QDateTime& when,
                                          Source source,
                                          const QString& directory)
{
    const QMutexLocker lock(&recordMutex());
    FirstSeenHistory history(tenantId, directory);
    if (history.load() && !tenantId.isEmpty()) {
        produce([&history, &when, source](const Claims& chunk) { history.note(chunk, when, source); });
        history.save();
    }
    return history;
}

QString FirstSeenHistory::dateText(const QDateTime& firstSeen)
{
    return firstSeen.isValid() ? firstSeen.toUTC().date().toString(Qt::ISODate) : QString();
}

QDateTime FirstSeenHistory::firstSeen(const QString& claimKey) const
{
    if (m_seen.isEmpty()) {
        return {}; // no history (none kept, or not read yet): no hash to compute per row
    }
    const auto it = m_seen.constFind(hash(claimKey));
    return it == m_seen.cend() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(it->msecs, Qt::UTC);
}

QDateTime FirstSeenHistory::firstSeen(const GrantedPermission& row) const
{
    if (m_seen.isEmpty()) {
        return {};
    }
    const QString key = claimKey(row);
    return key.isEmpty() ? QDateTime() : firstSeen(key);
}

QMap<QDate, int> FirstSeenHistory::userConsentsFirstSeenByDay() const
{
    // Counted by UTC day number first: a QDateTime per claim in local time (the default) asked the C library for the
    // time zone each time — a stat() of the zone file per claim, most of the Overview history card's read on large.
    constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
    QHash<qint64, int> byDay;
    for (const auto& s : m_seen) {
        if (s.kind == SnapshotIndex::ClaimKind::UserConsent) {
            ++byDay[s.msecs >= 0 ? s.msecs / msPerDay : (s.msecs - msPerDay + 1) / msPerDay];
        }
    }
    QMap<QDate, int> days;
    const QDate epoch(1970, 1, 1);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        days[epoch.addDays(it.key())] += it.value();
    }
    return days;
}

QDateTime FirstSeenHistory::firstObservation() const
{
    qint64 oldest = 0;
    for (const auto& s : m_seen) {
        oldest = oldest == 0 ? s.msecs : std::min(oldest, s.msecs);
    }
    return oldest == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(oldest, Qt::UTC);
}
