#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * A ConsentDesk snapshot file served as the sandbox's tenant (`--fixture` given a snapshot, `consentdesk --snapshot`).
 * The snapshot's collections are Graph's own JSON, so they become the fixture's as they are; read here from the JSON
 * alone (the sandbox shares no code with the client side). Added: the tenant from the snapshot's header, the
 * ConsentDesk public client, and one user who can only read — "snapshot.reader@snapshot.invalid", a Global Reader —
 * so a snapshot opens with no real account. Exchange answers with the snapshot's application access policies.
 */
class SnapshotFixture
{
public:
    static bool isSnapshot(const QJsonObject& json); // it has the "consentDeskSnapshot" header
    static std::optional<QJsonObject> toFixture(const QJsonObject& snapshot, QString* error);

    static QString readerUpn() { return QStringLiteral("snapshot.reader@snapshot.invalid"); }
    static QString clientId() { return QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07"); }
};
