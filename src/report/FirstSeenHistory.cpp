#include "FirstSeenHistory.h"

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

namespace {

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

QByteArray FirstSeenHistory::hash(const QString& claimKey)
{
    return QCryptographicHash::hash(claimKey.toUtf8(), QCryptographicHash::Sha256)
        .left(12)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
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
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QDateTime t = QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODate);
        if (!t.isValid()) {
            continue; // a line cut short by a crash: the next observation records its claims again
        }
        const qint64 ms = t.toMSecsSinceEpoch();
        const SnapshotIndex::ClaimKind kind = kindFrom(o.value(QStringLiteral("kind")).toString());
        for (const auto& v : o.value(QStringLiteral("keys")).toArray()) {
            const QByteArray h = v.toString().toLatin1();
            auto it = m_seen.find(h);
            if (it == m_seen.end()) {
                m_seen.insert(h, {ms, kind});
            } else if (ms < it->msecs) {
                it->msecs = ms;
            }
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
        const QByteArray h = hash(key);
        auto it = m_seen.find(h);
        if (it != m_seen.end() && it->msecs <= ms) {
            continue;
        }
        if (it == m_seen.end()) {
            m_seen.insert(h, {ms, kind});
        } else {
            it->msecs = ms;
        }
        m_pending[{ms, int(source), int(kind)}].append(QString::fromLatin1(h));
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
    // One line per time, source and kind: a large first load is a few long lines, written at once.
    QByteArray out;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const auto& [ms, source, kind] = it->first;
        const QJsonObject line {
            {QStringLiteral("t"), QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate)},
            {QStringLiteral("src"),
             Source(source) == Source::Snapshot ? QStringLiteral("snapshot") : QStringLiteral("live")},
            {QStringLiteral("kind"), kindKey(SnapshotIndex::ClaimKind(kind))},
            {QStringLiteral("keys"), QJsonArray::fromStringList(it->second)},
        };
        out += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    const bool ok = file.write(out) == out.size() && file.flush();
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
    Claims claims;
    claims.reserve(index.claims().size());
    for (auto it = index.claims().cbegin(); it != index.claims().cend(); ++it) {
        claims.append({it.key(), it->kind});
    }
    return observe(claims, when, source, error);
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
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    FirstSeenHistory history(tenantId, directory);
    if (history.load() && !tenantId.isEmpty()) {
        history.observe(claims, when, source);
    }
    return history;
}

QString FirstSeenHistory::dateText(const QDateTime& firstSeen)
{
    return firstSeen.isValid() ? firstSeen.toUTC().date().toString(Qt::ISODate) : QString();
}

QDateTime FirstSeenHistory::firstSeen(const QString& claimKey) const
{
    const auto it = m_seen.constFind(hash(claimKey));
    return it == m_seen.cend() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(it->msecs).toUTC();
}

QDateTime FirstSeenHistory::firstSeen(const GrantedPermission& row) const
{
    const QString key = claimKey(row);
    return key.isEmpty() ? QDateTime() : firstSeen(key);
}

QMap<QDate, int> FirstSeenHistory::userConsentsFirstSeenByDay() const
{
    QMap<QDate, int> days;
    for (const auto& s : m_seen) {
        if (s.kind == SnapshotIndex::ClaimKind::UserConsent) {
            ++days[QDateTime::fromMSecsSinceEpoch(s.msecs).toUTC().date()];
        }
    }
    return days;
}

QDateTime FirstSeenHistory::firstObservation() const
{
    qint64 oldest = 0;
    for (const auto& s : m_seen) {
        oldest = oldest == 0 ? s.msecs : std::min(oldest, s.msecs);
    }
    return oldest == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(oldest).toUTC();
}
