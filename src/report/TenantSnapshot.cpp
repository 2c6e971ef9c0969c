#include "TenantSnapshot.h"

QStringList TenantSnapshot::collectionNames()
{
    return {QStringLiteral("servicePrincipals"),
            QStringLiteral("oauth2PermissionGrants"),
            QStringLiteral("appRoleAssignments"),
            QStringLiteral("users"),
            QStringLiteral("appConsentRequests"),
            QStringLiteral("applicationAccessPolicies")};
}

QJsonObject TenantSnapshot::header() const
{
    return QJsonObject {
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("tenantDisplayName"), tenantDisplayName},
        {QStringLiteral("createdDateTime"), createdDateTime.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("consentDeskVersion"), consentDeskVersion},
    };
}

QStringList TenantSnapshot::errorParts() const
{
    QStringList parts;
    for (const auto& e : errors) {
        parts.append(e.toObject().value(QStringLiteral("part")).toString());
    }
    return parts;
}

bool TenantSnapshot::lacks(const QString& part) const
{
    return errorParts().contains(part);
}
