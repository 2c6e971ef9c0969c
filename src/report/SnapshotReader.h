#pragma once

#include "TenantSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * Reads a snapshot file, plain or gzip, whole or not at all: a malformed, truncated, foreign or newer-schema file is
 * refused with the reason in an admin's words, and nothing of it is returned. The file is untrusted input (it may
 * come from anyone): its size is capped, its shape checked member by member.
 */
class SnapshotReader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReader)

public:
    enum class Refusal { None, Unreadable, Empty, TooLarge, Damaged, Truncated, Foreign, NewerSchema, Malformed };

    struct Result
    {
        std::optional<TenantSnapshot> snapshot;
        Refusal refusal = Refusal::None;
        QString error; // why it was refused (a sentence without the file name)

        bool ok() const { return snapshot.has_value(); }
    };

    static Result readFile(const QString& path);
    static Result readBytes(const QByteArray& bytes);
    static qint64 maxBytes(); // 2 GiB uncompressed; CONSENTDESK_MAX_SNAPSHOT_MB names another limit
    static QString refusalName(Refusal refusal); // "truncated", "newerSchema", … (JSON, tests)

private:
    static Result refuse(Refusal refusal, const QString& error);
};
