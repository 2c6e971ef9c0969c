#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * One tenant write of a plan, exactly as it will be sent: method, path, body. What a preview lists, what the
 * journal records and what the PowerShell equivalent is made from.
 *
 * Objects created earlier in the same plan are referenced by variable: an operation that creates a service
 * principal "produces" e.g. "clientSp", and later operations write "${clientSp}" in their path or body; the
 * executor substitutes the new object id (PowerShell uses $clientSp.Id).
 */
struct PlannedOperation
{
    enum class Kind {
        CreateServicePrincipal,
        UpdateServicePrincipal, // PATCH (accountEnabled=false for Block)
        DeleteServicePrincipal, // only to undo a creation
        CreateGrant,
        UpdateGrantScope,
        DeleteGrant,
        CreateAppRoleAssignment,
        DeleteAppRoleAssignment,
    };

    Kind kind = Kind::CreateGrant;
    QString summary; // one line for people
    QByteArray method;
    QString path; // relative to /v1.0
    QJsonObject body;
    QString produces; // variable name set to the created object's id
    QStringList dependsOn; // variables used in path/body
    QJsonObject target; // ids: clientId, resourceId, grantId, appRoleId, appId, principalId
    QJsonObject prior; // the object before the write, as the planner saw it (the executor re-reads it)

    // Preview details.
    QString clientDisplayName;
    QString resourceDisplayName;
    QStringList addedScopes; // UpdateGrantScope/CreateGrant: what this adds
    QStringList resultingScopes; // the scope string after the write
    QString appRoleValue;
    bool mergeWithCurrent = false; // UpdateGrantScope: re-read the grant and add addedScopes to what is there now
    // Revoke: UpdateGrantScope re-reads the grant and removes removedScopes from what is there now — a scope added
    // since the preview survives; when nothing would remain the executor DELETEs the grant instead (Graph rejects
    // an empty scope string as a way to revoke).
    QStringList removedScopes;
    bool subtractFromCurrent = false;
    bool needsPrivilegedRole = false; // Microsoft Graph app role: Privileged Role Administrator or Global Admin
    QString restoresEntryId; // an undo: the journal entry it reverses

    QString action() const; // journal action: "servicePrincipal.create", "grant.updateScope", …
    bool isCreation() const;
    QString describeRequest() const; // "PATCH /oauth2PermissionGrants/… {"scope":"…"}"
    // Path and body with ${var} replaced; false (and *missing) when a variable has no value.
    bool substitute(const QHash<QString, QString>& variables, PlannedOperation* out, QString* missing = nullptr) const;
    QJsonObject toJson() const;

    static QString kindName(Kind kind);
    static QString variable(const QString& name) { return QStringLiteral("${") + name + QLatin1Char('}'); }
};
