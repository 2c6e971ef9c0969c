#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/**
 * The snapshots this computer wrote or opened, per tenant (<AppDataLocation>/snapshots.json: path, tenant, time
 * taken) — so the app can answer "what changed since the last snapshot" without asking the admin for a file.
 * Only paths and times are kept, never tenant content.
 */
class SnapshotCatalog
{
public:
    struct Entry
    {
        QString path;
        QString tenantId;
        QDateTime taken; // the snapshot's createdDateTime (UTC)
    };

    explicit SnapshotCatalog(const QString& file = defaultFile());
    static QString defaultFile();

    void remember(const QString& path, const QString& tenantId, const QDateTime& taken);
    // The newest snapshot of the tenant whose file still exists (taken before `before` when that is valid).
    std::optional<Entry> latest(const QString& tenantId, const QDateTime& before = {}) const;
    QList<Entry> entries() const;

private:
    QString m_file;
};
