#include "SnapshotReader.h"

#include "GzipCodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

bool isArrayOfObjects(const QJsonValue& value)
{
    if (!value.isArray()) {
        return false;
    }
    for (const auto& v : value.toArray()) {
        if (!v.isObject()) {
            return false;
        }
    }
    return true;
}

} // namespace

qint64 SnapshotReader::maxBytes()
{
    bool ok = false;
    const qint64 mb = qEnvironmentVariableIntValue("CONSENTDESK_MAX_SNAPSHOT_MB", &ok);
    return (ok && mb > 0 ? mb : 2048) * 1024 * 1024;
}

QString SnapshotReader::refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return QStringLiteral("none");
    case Refusal::Unreadable:
        return QStringLiteral("unreadable");
    case Refusal::Empty:
        return QStringLiteral("empty");
    case Refusal::TooLarge:
        return QStringLiteral("tooLarge");
    case Refusal::Damaged:
        return QStringLiteral("damaged");
    case Refusal::Truncated:
        return QStringLiteral("truncated");
    case Refusal::Foreign:
        return QStringLiteral("foreign");
    case Refusal::NewerSchema:
        return QStringLiteral("newerSchema");
    case Refusal::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

SnapshotReader::Result SnapshotReader::refuse(Refusal refusal, const QString& error)
{
    Result r;
    r.refusal = refusal;
    r.error = error;
    return r;
}

SnapshotReader::Result SnapshotReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(Refusal::Unreadable, tr("The file cannot be read: %1.").arg(file.errorString()));
    }
    if (file.size() > maxBytes()) {
        return refuse(
            Refusal::TooLarge,
            tr("The file is larger than %1 MB, more than a snapshot can be.").arg(maxBytes() / (1024 * 1024)));
    }
    return readBytes(file.readAll());
}

SnapshotReader::Result SnapshotReader::readBytes(const QByteArray& raw)
{
    if (raw.isEmpty()) {
        return refuse(Refusal::Empty, tr("The file is empty."));
    }
    QByteArray bytes = raw;
    if (GzipCodec::isGzip(raw)) {
        QString error;
        if (!GzipCodec::inflate(raw, &bytes, &error, maxBytes())) {
            // GzipCodec's reasons are English; the two an admin meets most are whole sentences here.
            if (error.contains(QLatin1String("truncated"))) {
                return refuse(Refusal::Truncated,
                              tr("The file cannot be decompressed: the compressed file is truncated (its gzip stream "
                                 "ends early)."));
            }
            if (error.contains(QLatin1String("expands"))) {
                return refuse(Refusal::Damaged,
                              tr("The file cannot be decompressed: the compressed file expands to more than %1 MB.")
                                  .arg(maxBytes() / (1024 * 1024)));
            }
            //: %1 is zlib's technical reason, in English
            return refuse(Refusal::Damaged, tr("The file cannot be decompressed: %1.").arg(error));
        }
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Cut off mid-write (a full disk, a partial copy): the parser runs off the end.
        const bool atEnd = parseError.offset >= bytes.trimmed().size() - 1
                           || parseError.error == QJsonParseError::UnterminatedObject
                           || parseError.error == QJsonParseError::UnterminatedArray
                           || parseError.error == QJsonParseError::UnterminatedString;
        const bool looksLikeOurs = bytes.left(64).contains(TenantSnapshot::headerKey().toLatin1());
        if (atEnd && looksLikeOurs) {
            return refuse(Refusal::Truncated,
                          tr("The snapshot is truncated: the file ends before the "
                             "snapshot does (was it copied or written completely?)."));
        }
        return refuse(
            looksLikeOurs ? Refusal::Damaged : Refusal::Foreign,
            looksLikeOurs
                ? tr("The snapshot is damaged: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset)
                : tr("This is not a ConsentDesk snapshot (not JSON: %1 at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
    }
    if (!doc.isObject() || !doc.object().contains(TenantSnapshot::headerKey())) {
        const bool fixture = doc.isObject() && doc.object().contains(QStringLiteral("tenant"))
                             && doc.object().contains(QStringLiteral("servicePrincipals"));
        return refuse(Refusal::Foreign,
                      fixture ? tr("This is a sandbox tenant fixture, not a ConsentDesk snapshot (it has no "
                                   "\"consentDeskSnapshot\" header).")
                              : tr("This is not a ConsentDesk snapshot: the JSON has no "
                                   "\"consentDeskSnapshot\" header."));
    }
    const QJsonObject root = doc.object();
    const QJsonValue headerValue = root.value(TenantSnapshot::headerKey());
    if (!headerValue.isObject()) {
        return refuse(Refusal::Malformed, tr("The snapshot's header is not a JSON object."));
    }
    const QJsonObject header = headerValue.toObject();
    const QJsonValue version = header.value(QStringLiteral("schemaVersion"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1) {
        return refuse(Refusal::Malformed, tr("The snapshot's header has no valid schema version."));
    }
    if (version.toInt() > TenantSnapshot::SchemaVersion) {
        return refuse(Refusal::NewerSchema,
                      tr("The snapshot was written by a newer ConsentDesk (schema version %1; this version "
                         "reads up to %2). Open it with that version or a later one.")
                          .arg(version.toInt())
                          .arg(TenantSnapshot::SchemaVersion));
    }
    if (!root.contains(TenantSnapshot::trailerKey())) {
        return refuse(Refusal::Truncated,
                      tr("The snapshot is incomplete: it has no end marker, so it was "
                         "not written to the end."));
    }

    TenantSnapshot s;
    s.schemaVersion = version.toInt();
    s.tenantId = header.value(QStringLiteral("tenantId")).toString();
    s.tenantDisplayName = header.value(QStringLiteral("tenantDisplayName")).toString();
    s.createdDateTime
        = QDateTime::fromString(header.value(QStringLiteral("createdDateTime")).toString(), Qt::ISODate).toUTC();
    s.createdBy = header.value(QStringLiteral("createdBy")).toString();
    s.consentDeskVersion = header.value(QStringLiteral("consentDeskVersion")).toString();
    if (s.tenantId.isEmpty() || !s.createdDateTime.isValid()) {
        return refuse(Refusal::Malformed,
                      tr("The snapshot's header lacks the tenant id or the time it was "
                         "taken."));
    }

    const QJsonObject counts = root.value(TenantSnapshot::trailerKey()).toObject();
    QJsonArray* arrays[] = {&s.servicePrincipals,
                            &s.oauth2PermissionGrants,
                            &s.appRoleAssignments,
                            &s.users,
                            &s.appConsentRequests,
                            &s.applicationAccessPolicies};
    const QStringList names = TenantSnapshot::collectionNames();
    for (int i = 0; i < names.size(); ++i) {
        const QJsonValue value = root.value(names.at(i));
        if (!isArrayOfObjects(value)) {
            return refuse(Refusal::Malformed,
                          tr("The snapshot's \"%1\" is missing or not a list of objects.").arg(names.at(i)));
        }
        *arrays[i] = value.toArray();
        const QJsonValue expected = counts.value(names.at(i));
        if (!expected.isDouble() || qint64(expected.toDouble()) != arrays[i]->size()) {
            return refuse(Refusal::Damaged,
                          tr("The snapshot is damaged: its end marker counts %n item(s) in \"%1\", the file "
                             "holds %2.",
                             nullptr,
                             expected.isDouble() ? int(expected.toDouble()) : -1)
                              .arg(names.at(i))
                              .arg(arrays[i]->size()));
        }
    }
    if (!root.value(QStringLiteral("policies")).isObject() || !isArrayOfObjects(root.value(QStringLiteral("errors")))) {
        return refuse(Refusal::Malformed,
                      tr("The snapshot's \"policies\" or \"errors\" member is missing "
                         "or of the wrong type."));
    }
    s.policies = root.value(QStringLiteral("policies")).toObject();
    s.errors = root.value(QStringLiteral("errors")).toArray();
    for (const auto& v : std::as_const(s.servicePrincipals)) {
        if (v.toObject().value(QStringLiteral("id")).toString().isEmpty()) {
            return refuse(Refusal::Malformed, tr("The snapshot lists a service principal without an id."));
        }
    }
    Result r;
    r.snapshot = std::move(s);
    return r;
}
