#include "Journal.h"

#include "log/Log.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

const QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
const QFile::Permissions kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

bool syncToDisk(QFile& file)
{
    if (!file.flush()) {
        return false;
    }
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

void syncDirectory(const QString& dir)
{
#ifndef Q_OS_WIN
    // A new file's directory entry must reach the disk too, or a crash can lose the whole file.
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

// Intents of this process whose reply has not come yet, whichever Journal object recorded them (the GUI's thread only).
QSet<QString>& inFlightIds()
{
    static QSet<QString> ids;
    return ids;
}

} // namespace

Journal::Journal(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_lock(path + QStringLiteral(".lock"))
{
    // Holders keep the lock for one append (milliseconds); one older than this was left by a process that hung or
    // ran on another computer. A dead holder on this computer is recognised at once.
    m_lock.setStaleLockTime(60000);
    m_reloadDebounce.setSingleShot(true);
    m_reloadDebounce.setInterval(250);
    connect(&m_reloadDebounce, &QTimer::timeout, this, [this] {
        if (QFileInfo(m_path).size() != m_knownSize) {
            reload();
        }
    });
}

Journal::~Journal() = default;

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/journal/consentdesk-journal.jsonl");
}

bool Journal::open(QString* error)
{
    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.absolutePath())) {
            if (error) {
                *error = tr("Cannot create the journal folder %1.").arg(dir.absolutePath());
            }
            return false;
        }
        QFile::setPermissions(dir.absolutePath(), kOwnerDir);
    }
    if (!QFile::exists(m_path)) {
        QFile create(m_path);
        // NewOnly: another process may create it at the same moment; then its file is the journal.
        if (create.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            create.setPermissions(kOwnerFile);
            create.close();
            syncDirectory(dir.absolutePath());
        } else if (!QFile::exists(m_path)) {
            if (error) {
                *error = tr("Cannot create the journal %1: %2").arg(m_path, create.errorString());
            }
            return false;
        }
    }
    QFile::setPermissions(m_path, kOwnerFile);
    if (!reload(error)) {
        return false;
    }
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Journal::onFileChanged);
    }
    if (!m_watcher->files().contains(m_path)) {
        m_watcher->addPath(m_path);
    }
    return true;
}

void Journal::onFileChanged()
{
    // Some platforms stop watching a file that was replaced; watch it again. Debounced: a CLI appends in bursts.
    if (!m_watcher->files().contains(m_path) && QFile::exists(m_path)) {
        m_watcher->addPath(m_path);
    }
    m_reloadDebounce.start();
}

bool Journal::withLock(const std::function<bool()>& work, QString* error)
{
    // QLockFile::tryLock(timeout) backs off 100 ms, 200 ms, … between attempts; a writer holds the lock for one append,
    // so try again every few milliseconds (tryLock(0) also takes over a stale lock).
    QElapsedTimer waited;
    waited.start();
    bool locked = m_lock.tryLock(0);
    while (!locked && waited.elapsed() < m_lockTimeoutMs) {
        QThread::msleep(2);
        locked = m_lock.tryLock(0);
    }
    if (!locked) {
        if (error) {
            qint64 pid = 0;
            QString host;
            QString app;
            *error = m_lock.getLockInfo(&pid, &host, &app)
                         ? tr("The journal %1 is locked by another ConsentDesk (process %2 on %3). Try again when it "
                              "has finished.")
                               .arg(m_path)
                               .arg(pid)
                               .arg(host)
                         : tr("The journal %1 could not be locked (%2).")
                               .arg(m_path,
                                    m_lock.error() == QLockFile::PermissionError ? tr("no permission") : tr("locked"));
        }
        return false;
    }
    const bool ok = work();
    m_lock.unlock();
    return ok;
}

bool Journal::reload(QString* error)
{
    // Under the lock, so no half-appended line of a live writer is read as damage. A lock that cannot be had (a
    // process hanging on it) must not hide the journal: read anyway.
    QString lockError;
    bool ok = false;
    if (!withLock(
            [&] {
                ok = readUnlocked(error);
                return true;
            },
            &lockError)) {
        Log::get("journal")->warn("reading {} without its lock: {}", m_path, lockError);
        ok = readUnlocked(error);
    }
    if (ok) {
        emit changed();
    }
    return ok;
}

bool Journal::readUnlocked(QString* error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read the journal %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    const QByteArray data = file.readAll();
    m_knownSize = data.size();
    m_entries.clear();
    m_index.clear();
    m_skippedLines = 0;
    for (const QByteArray& raw : data.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            ++m_skippedLines;
            continue;
        }
        const QJsonObject object = doc.object();
        const QString type = object.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("intent")) {
            if (auto entry = JournalEntry::fromIntentJson(object); entry && !m_index.contains(entry->id)) {
                m_index.insert(entry->id, m_entries.size());
                m_entries.append(*entry);
            } else {
                ++m_skippedLines;
            }
        } else if (type == QLatin1String("outcome")) {
            const auto it = m_index.constFind(object.value(QStringLiteral("entry")).toString());
            if (it == m_index.cend()) {
                ++m_skippedLines;
                continue;
            }
            JournalEntry& entry = m_entries[*it];
            // An outcome from the write's own response wins over one settled by reading the tenant, in either order.
            const bool settled = object.value(QStringLiteral("settledBy")).toString() != QLatin1String("response");
            if (settled && !entry.isPending() && entry.settledBy == QLatin1String("response")) {
                continue;
            }
            if (!entry.applyOutcomeJson(object)) {
                ++m_skippedLines;
            }
        } else {
            ++m_skippedLines;
        }
    }
    if (m_skippedLines > 0) {
        Log::get("journal")->warn("{} unreadable line(s) in {} were skipped", m_skippedLines, m_path);
    }
    return true;
}

bool Journal::appendLine(const QJsonObject& object, QString* error)
{
    return withLock([&] { return appendUnlocked(object, error); }, error);
}

bool Journal::appendUnlocked(const QJsonObject& object, QString* error)
{
    QFile file(m_path);
    // Unbuffered + append: the line is one write() at the end of the file.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error) {
            *error = tr("Cannot write the journal %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const qint64 size = file.size();
    if (size > 0 && file.seek(size - 1)) {
        char last = '\n';
        if (file.getChar(&last) && last != '\n') {
            line.prepend('\n'); // a writer died (or failed) mid-line: never glue onto its fragment
        }
    }
    line.append('\n');
    const qint64 written = file.write(line);
    if (written != line.size() || !syncToDisk(file)) {
        if (error) {
            *error = tr("Cannot write the journal %1: %2").arg(m_path, file.errorString());
        }
        if (written > 0 && written < line.size()) {
            file.write("\n", 1); // end the fragment now if the disk lets us; the next append checks again
        }
        return false;
    }
    m_knownSize = size + line.size();
    return true;
}

bool Journal::recordIntent(JournalEntry& entry, QString* error)
{
    if (entry.id.isEmpty()) {
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (!entry.time.isValid()) {
        entry.time = QDateTime::currentDateTimeUtc();
    }
    entry.outcome = JournalEntry::Outcome::Pending;
    if (!entry.writer.isKnown()) {
        entry.writer = JournalWriter::current();
    }
    if (!appendLine(entry.intentJson(), error)) {
        return false;
    }
    m_index.insert(entry.id, m_entries.size());
    m_entries.append(entry);
    if (entry.writer.isCurrentProcess()) {
        inFlightIds().insert(entry.id);
    }
    Log::get("journal")->info("intent {} {} ({})", entry.id, entry.action, entry.summary);
    emit changed();
    return true;
}

bool Journal::isOutcomeUnknown(const GraphError& error)
{
    // A 5xx answers that the server failed, not that it made no change: a gateway timeout (504) or a backend error
    // after the write was committed leaves the change made. Only reading the tenant tells.
    return error.kind == GraphError::Kind::Network || error.kind == GraphError::Kind::Timeout
           || (error.kind == GraphError::Kind::Http && error.httpStatus >= 500);
}

bool Journal::recordReply(const QString& entryId,
                          const GraphError& error,
                          int httpStatus,
                          const QJsonObject& result,
                          QString* journalError)
{
    if (!error) {
        return recordOutcome(entryId,
                             JournalEntry::Outcome::Succeeded,
                             httpStatus,
                             result,
                             {},
                             QStringLiteral("response"),
                             journalError);
    }
    if (isOutcomeUnknown(error)) {
        inFlightIds().remove(entryId); // no longer on its way: the settler may ask the tenant
        return true; // stays Pending: only the tenant can say whether the write happened
    }
    return recordOutcome(entryId,
                         JournalEntry::Outcome::Failed,
                         httpStatus,
                         {},
                         error.summary(),
                         QStringLiteral("response"),
                         journalError);
}

bool Journal::recordOutcome(const QString& entryId,
                            JournalEntry::Outcome outcome,
                            int httpStatus,
                            const QJsonObject& result,
                            const QString& errorText,
                            const QString& settledBy,
                            QString* error)
{
    const auto it = m_index.constFind(entryId);
    if (it == m_index.cend()) {
        if (error) {
            *error = tr("No journal entry %1.").arg(entryId);
        }
        return false;
    }
    JournalEntry updated = m_entries.at(*it);
    updated.outcome = outcome;
    updated.outcomeTime = QDateTime::currentDateTimeUtc();
    updated.httpStatus = httpStatus;
    updated.result = result;
    updated.error = errorText;
    updated.settledBy = settledBy;
    if (!appendLine(updated.outcomeJson(), error)) {
        return false;
    }
    inFlightIds().remove(entryId);
    const JournalEntry& before = m_entries.at(*it);
    if (settledBy == QLatin1String("response") || before.isPending() || before.settledBy != QLatin1String("response")) {
        m_entries[*it] = updated; // as readUnlocked merges: a response's outcome is never replaced by a settled one
    }
    Log::get("journal")->info("outcome {} {} (HTTP {})", entryId, JournalEntry::outcomeKey(outcome), httpStatus);
    emit changed();
    return true;
}

bool Journal::recordSettledOutcome(const QString& entryId,
                                   JournalEntry::Outcome outcome,
                                   const QJsonObject& result,
                                   const QString& reason,
                                   const QString& settledBy,
                                   QString* error)
{
    bool appended = false;
    const bool ok = withLock(
        [&] {
            // What the file says now: the writer's response or another settler may have come first.
            if (!readUnlocked(error)) {
                return false;
            }
            const JournalEntry* current = entry(entryId);
            if (!current) {
                if (error) {
                    *error = tr("No journal entry %1.").arg(entryId);
                }
                return false;
            }
            if (!current->isPending()) {
                return false;
            }
            JournalEntry updated = *current;
            updated.outcome = outcome;
            updated.outcomeTime = QDateTime::currentDateTimeUtc();
            updated.httpStatus = 0;
            updated.result = result;
            updated.error = reason;
            updated.settledBy = settledBy;
            if (!appendUnlocked(updated.outcomeJson(), error)) {
                return false;
            }
            m_entries[m_index.value(entryId)] = updated;
            appended = true;
            return true;
        },
        error);
    emit changed();
    if (appended) {
        Log::get("journal")->info("settled {} as {}", entryId, JournalEntry::outcomeKey(outcome));
    }
    return ok && appended;
}

bool Journal::isInFlight(const QString& entryId)
{
    return inFlightIds().contains(entryId);
}

QList<JournalEntry> Journal::entries() const
{
    return m_entries;
}

QList<JournalEntry> Journal::pending() const
{
    QList<JournalEntry> result;
    for (const JournalEntry& e : m_entries) {
        if (e.isPending()) {
            result.append(e);
        }
    }
    return result;
}

const JournalEntry* Journal::entry(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}
