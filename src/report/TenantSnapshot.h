#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * A tenant's consent state at one moment, as a snapshot file holds it: a header (tenant, time, who, ConsentDesk
 * version, schema version) and Graph's own JSON for each collection — service principals, delegated grants,
 * application permissions (appRoleAssignedTo of each resource), the users of per-user grants, consent requests,
 * the consent policies — plus Exchange's application access policies in Exchange's shape.
 *
 * File layout (schemaVersion 1): one JSON object whose first member is "consentDeskSnapshot" (the header) and
 * whose last is "consentDeskSnapshotEnd" (the count of each collection). The trailer proves the file was written
 * to the end; the reader refuses a file without it or whose counts disagree.
 */
struct TenantSnapshot
{
    static constexpr int SchemaVersion = 1;
    static QString headerKey() { return QStringLiteral("consentDeskSnapshot"); }
    static QString trailerKey() { return QStringLiteral("consentDeskSnapshotEnd"); }
    static QStringList collectionNames(); // the arrays, in file order

    int schemaVersion = SchemaVersion;
    QString tenantId;
    QString tenantDisplayName;
    QDateTime createdDateTime; // UTC
    QString createdBy; // the signed-in admin's UPN, or "environment token"
    QString consentDeskVersion;

    QJsonArray servicePrincipals;
    QJsonArray oauth2PermissionGrants;
    QJsonArray appRoleAssignments;
    QJsonArray users; // id, displayName, userPrincipalName of the users holding per-user grants
    QJsonArray appConsentRequests; // each with its userConsentRequests
    QJsonObject policies; // adminConsentRequestPolicy, authorizationPolicy, permissionGrantPolicies
    QJsonArray applicationAccessPolicies; // Exchange's Get-ApplicationAccessPolicy objects
    // Parts that could not be read ({part, message}): the snapshot says so instead of passing them off as empty.
    QJsonArray errors;

    QJsonObject header() const;
    bool hasErrors() const { return !errors.isEmpty(); }
    QStringList errorParts() const;
    bool lacks(const QString& part) const; // that part could not be read
};
