#include "SnapshotFixture.h"

#include <QJsonArray>

namespace {

const QString kHeader = QStringLiteral("consentDeskSnapshot");
const QString kReaderId = QStringLiteral("5a0e0000-0000-4000-8000-00000000feed");
const QString kGlobalReaderTemplate = QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451");

} // namespace

bool SnapshotFixture::isSnapshot(const QJsonObject& json)
{
    return json.value(kHeader).isObject();
}

std::optional<QJsonObject> SnapshotFixture::toFixture(const QJsonObject& snapshot, QString* error)
{
    const QJsonObject header = snapshot.value(kHeader).toObject();
    const QString tenantId = header.value(QStringLiteral("tenantId")).toString();
    if (tenantId.isEmpty()) {
        if (error) {
            *error = QStringLiteral("the snapshot's header names no tenant");
        }
        return std::nullopt;
    }
    const QString domain = QStringLiteral("snapshot.invalid");
    QJsonObject fixture;
    fixture.insert(QStringLiteral("tenant"),
                   QJsonObject {{QStringLiteral("id"), tenantId},
                                {QStringLiteral("displayName"), header.value(QStringLiteral("tenantDisplayName"))},
                                {QStringLiteral("defaultDomain"), domain},
                                {QStringLiteral("verifiedDomains"), QJsonArray {domain}}});
    fixture.insert(QStringLiteral("clients"),
                   QJsonArray {QJsonObject {
                       {QStringLiteral("appId"), clientId()},
                       {QStringLiteral("displayName"), QStringLiteral("ConsentDesk")},
                       {QStringLiteral("publicClient"), true},
                       {QStringLiteral("redirectUris"),
                        QJsonArray {QStringLiteral("http://localhost"), QStringLiteral("http://127.0.0.1")}}}});
    QJsonArray users = snapshot.value(QStringLiteral("users")).toArray();
    users.append(QJsonObject {{QStringLiteral("id"), kReaderId},
                              {QStringLiteral("displayName"), QStringLiteral("Snapshot reader")},
                              {QStringLiteral("userPrincipalName"), readerUpn()},
                              {QStringLiteral("accountEnabled"), true},
                              {QStringLiteral("userType"), QStringLiteral("Member")}});
    fixture.insert(QStringLiteral("users"), users);
    fixture.insert(QStringLiteral("groups"), QJsonArray {});
    fixture.insert(
        QStringLiteral("directoryRoles"),
        QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("5a0e0000-0000-4000-8000-0000000000a1")},
                                 {QStringLiteral("roleTemplateId"), kGlobalReaderTemplate},
                                 {QStringLiteral("displayName"), QStringLiteral("Global Reader")},
                                 {QStringLiteral("members"), QJsonArray {kReaderId}}}});
    for (const char* name :
         {"servicePrincipals", "oauth2PermissionGrants", "appRoleAssignments", "appConsentRequests"}) {
        fixture.insert(QLatin1String(name), snapshot.value(QLatin1String(name)).toArray());
    }
    fixture.insert(QStringLiteral("policies"), snapshot.value(QStringLiteral("policies")).toObject());
    fixture.insert(QStringLiteral("exchange"),
                   QJsonObject {{QStringLiteral("applicationAccessPolicies"),
                                 snapshot.value(QStringLiteral("applicationAccessPolicies")).toArray()}});
    return fixture;
}
