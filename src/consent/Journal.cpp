#include "Journal.h"

#include "log/Log.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
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

} // namespace

Journal::Journal(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{
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
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (error) {
                *error = tr("Cannot create the journal %1: %2").arg(m_path, create.errorString());
            }
            return false;
        }
        create.setPermissions(kOwnerFile);
        create.close();
        syncDirectory(dir.absolutePath());
    }
    QFile::setPermissions(m_path, kOwnerFile);
    return reload(error);
}

bool Journal::reload(QString* error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read the journal %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    const QByteArray data = file.readAll();
    m_needsNewline = !data.isEmpty() && !data.endsWith('\n');
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
            if (it == m_index.cend() || !m_entries[*it].applyOutcomeJson(object)) {
                ++m_skippedLines;
            }
        } else {
            ++m_skippedLines;
        }
    }
    if (m_skippedLines > 0) {
        Log::get("journal")->warn("{} unreadable line(s) in {} were skipped", m_skippedLines, m_path);
    }
    emit changed();
    return true;
}

bool Journal::ensureOpenForAppend(QString* error)
{
    if (m_file.isOpen()) {
        return true;
    }
    m_file.setFileName(m_path);
    // Unbuffered + append: every line is one write() at the end of the file, even with another process appending.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error) {
            *error = tr("Cannot write the journal %1: %2").arg(m_path, m_file.errorString());
        }
        return false;
    }
    return true;
}

bool Journal::appendLine(const QJsonObject& object, QString* error)
{
    if (!ensureOpenForAppend(error)) {
        return false;
    }
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (m_needsNewline) {
        line.prepend('\n'); // the previous writer died mid-line; never glue onto its fragment
        m_needsNewline = false;
    }
    line.append('\n');
    if (m_file.write(line) != line.size() || !syncToDisk(m_file)) {
        if (error) {
            *error = tr("Cannot write the journal %1: %2").arg(m_path, m_file.errorString());
        }
        m_file.close();
        return false;
    }
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
    if (!appendLine(entry.intentJson(), error)) {
        return false;
    }
    m_index.insert(entry.id, m_entries.size());
    m_entries.append(entry);
    Log::get("journal")->info("intent {} {} ({})", entry.id, entry.action, entry.summary);
    emit changed();
    return true;
}

bool Journal::isOutcomeUnknown(const GraphError& error)
{
    return error.kind == GraphError::Kind::Network || error.kind == GraphError::Kind::Timeout;
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
        return true; // stays Pending: only the tenant can say whether the write happened
    }
    return recordOutcome(
        entryId, JournalEntry::Outcome::Failed, httpStatus, {}, error.summary(), QStringLiteral("response"), journalError);
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
    m_entries[*it] = updated;
    Log::get("journal")->info("outcome {} {} (HTTP {})", entryId, JournalEntry::outcomeKey(outcome), httpStatus);
    emit changed();
    return true;
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
