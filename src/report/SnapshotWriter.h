#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

class GzipCodec;
class QIODevice;
struct TenantSnapshot;

/**
 * Writes a snapshot file (TenantSnapshot's layout) as its parts arrive: the header, then each collection item by
 * item, then the other members, then the trailer with the count of every collection. Only a small buffer is held,
 * so a large tenant's export streams; with gzip the bytes pass through GzipCodec on the way.
 */
class SnapshotWriter
{
public:
    SnapshotWriter(QIODevice* device, bool gzip); // device not owned, open for writing
    ~SnapshotWriter();

    bool begin(const QJsonObject& header);
    bool beginArray(const QString& name);
    bool append(const QJsonObject& item); // into the open array
    bool endArray();
    bool member(const QString& name, const QJsonValue& value); // a whole member (policies, errors)
    bool finish(); // the trailer; the file is complete only after this
    QString errorString() const { return m_error; }
    qint64 items(const QString& array) const { return m_counts.value(array); }

    // The whole snapshot at once (tests, the live side of a diff).
    static bool write(const TenantSnapshot& snapshot, QIODevice* device, bool gzip, QString* error);

private:
    bool put(const QByteArray& bytes);
    bool flush();
    void separate();

    QIODevice* m_device = nullptr;
    std::unique_ptr<GzipCodec> m_gzip;
    QByteArray m_buffer;
    QString m_error;
    QString m_array; // the open array
    QHash<QString, qint64> m_counts;
    bool m_firstMember = true;
    bool m_firstItem = true;
    bool m_failed = false;
};
