#include "SnapshotCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr int kMaxEntries = 200; // the file stays small; the oldest are forgotten first

} // namespace

SnapshotCatalog::SnapshotCatalog(const QString& file)
    : m_file(file)
{
}

QString SnapshotCatalog::defaultFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("snapshots.json"));
}

QList<SnapshotCatalog::Entry> SnapshotCatalog::entries() const
{
    QList<Entry> out;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
        return out;
    }
    for (const auto& v : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = v.toObject();
        Entry e {o.value(QStringLiteral("path")).toString(),
                 o.value(QStringLiteral("tenantId")).toString(),
                 QDateTime::fromString(o.value(QStringLiteral("taken")).toString(), Qt::ISODate).toUTC()};
        if (!e.path.isEmpty() && e.taken.isValid()) {
            out.append(e);
        }
    }
    return out;
}

void SnapshotCatalog::remember(const QString& path, const QString& tenantId, const QDateTime& taken)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QList<Entry> list = entries();
    list.removeIf([&absolute](const Entry& e) { return e.path == absolute; });
    list.append({absolute, tenantId, taken.toUTC()});
    while (list.size() > kMaxEntries) {
        list.removeFirst();
    }
    QJsonArray array;
    for (const auto& e : std::as_const(list)) {
        array.append(QJsonObject {{QStringLiteral("path"), e.path},
                                  {QStringLiteral("tenantId"), e.tenantId},
                                  {QStringLiteral("taken"), e.taken.toString(Qt::ISODate)}});
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

std::optional<SnapshotCatalog::Entry> SnapshotCatalog::latest(const QString& tenantId, const QDateTime& before) const
{
    std::optional<Entry> best;
    for (const auto& e : entries()) {
        if (e.tenantId.compare(tenantId, Qt::CaseInsensitive) != 0 || !QFileInfo::exists(e.path)
            || (before.isValid() && e.taken >= before)) {
            continue;
        }
        if (!best || e.taken > best->taken) {
            best = e;
        }
    }
    return best;
}
