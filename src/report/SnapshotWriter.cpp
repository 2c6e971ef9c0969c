#include "SnapshotWriter.h"

#include "GzipCodec.h"
#include "TenantSnapshot.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr qsizetype kFlushAt = 256 * 1024;

QByteArray quoted(const QString& name)
{
    // A member name is one of ours (no escaping needed), but go through the JSON writer anyway.
    const QByteArray array = QJsonDocument(QJsonArray {name}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray compact(const QJsonValue& value)
{
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

SnapshotWriter::SnapshotWriter(QIODevice* device, bool gzip)
    : m_device(device)
{
    if (gzip) {
        m_gzip = std::make_unique<GzipCodec>(device);
    }
}

SnapshotWriter::~SnapshotWriter() = default;

bool SnapshotWriter::put(const QByteArray& bytes)
{
    if (m_failed) {
        return false;
    }
    m_buffer.append(bytes);
    return m_buffer.size() < kFlushAt || flush();
}

bool SnapshotWriter::flush()
{
    if (m_failed) {
        return false;
    }
    const bool ok = m_gzip ? m_gzip->write(m_buffer) : m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    if (!ok) {
        m_failed = true;
        m_error = m_gzip ? m_gzip->errorString() : m_device->errorString();
    }
    return ok;
}

void SnapshotWriter::separate()
{
    if (!m_firstMember) {
        m_buffer.append(",\n");
    }
    m_firstMember = false;
}

bool SnapshotWriter::begin(const QJsonObject& header)
{
    m_buffer.append("{");
    return member(TenantSnapshot::headerKey(), header);
}

bool SnapshotWriter::beginArray(const QString& name)
{
    separate();
    m_array = name;
    m_counts.insert(name, 0);
    m_firstItem = true;
    return put(quoted(name) + ":[");
}

bool SnapshotWriter::append(const QJsonObject& item)
{
    ++m_counts[m_array];
    QByteArray bytes = m_firstItem ? QByteArray("\n") : QByteArray(",\n");
    m_firstItem = false;
    return put(bytes + compact(item));
}

bool SnapshotWriter::endArray()
{
    m_array.clear();
    return put("\n]");
}

bool SnapshotWriter::member(const QString& name, const QJsonValue& value)
{
    separate();
    return put(quoted(name) + ':' + compact(value));
}

bool SnapshotWriter::finish()
{
    QJsonObject counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        counts.insert(it.key(), double(it.value()));
    }
    if (!member(TenantSnapshot::trailerKey(), counts) || !put("}\n") || !flush()) {
        return false;
    }
    if (m_gzip && !m_gzip->finish()) {
        m_failed = true;
        m_error = m_gzip->errorString();
        return false;
    }
    return true;
}

bool SnapshotWriter::write(const TenantSnapshot& s, QIODevice* device, bool gzip, QString* error)
{
    SnapshotWriter w(device, gzip);
    bool ok = w.begin(s.header());
    const QList<std::pair<QString, const QJsonArray*>> arrays {
        {QStringLiteral("servicePrincipals"), &s.servicePrincipals},
        {QStringLiteral("oauth2PermissionGrants"), &s.oauth2PermissionGrants},
        {QStringLiteral("appRoleAssignments"), &s.appRoleAssignments},
        {QStringLiteral("users"), &s.users},
        {QStringLiteral("appConsentRequests"), &s.appConsentRequests},
        {QStringLiteral("applicationAccessPolicies"), &s.applicationAccessPolicies},
    };
    for (const auto& [name, array] : arrays) {
        ok = ok && w.beginArray(name);
        for (const auto& v : *array) {
            ok = ok && w.append(v.toObject());
        }
        ok = ok && w.endArray();
    }
    ok = ok && w.member(QStringLiteral("policies"), s.policies) && w.member(QStringLiteral("errors"), s.errors)
         && w.finish();
    if (!ok && error) {
        *error = w.errorString();
    }
    return ok;
}
