#pragma once

#include "pipeline/TenantWrite.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * One Microsoft Graph write of a plan, exactly as it will be sent: method, path, body. What a preview lists, what the
 * journal records and what the PowerShell equivalent is made from; as a TenantWrite it reads the object it changes
 * (GET on the same path), sends itself through GraphClient and knows its inverse.
 *
 * Objects created earlier in the same plan are referenced by variable: an operation that creates a service
 * principal "produces" e.g. "clientSp", and later operations write "${clientSp}" in their path or body; the
 * runner substitutes the new object id (PowerShell uses $clientSp.Id).
 */
struct PlannedOperation : TenantWrite
{
    Q_DECLARE_TR_FUNCTIONS(PlannedOperation)

public:
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
    QByteArray method;
    QString path; // relative to /v1.0
    QJsonObject body;
    QString produces; // variable name set to the created object's id
    QStringList dependsOn; // variables used in path/body
    // target: ids (clientId, resourceId, grantId, appRoleId, appId, principalId); prior: the object before the
    // write, as the planner saw it (prepare() reads it again).

    // Preview details.
    QString clientDisplayName;
    QString resourceDisplayName;
    QStringList addedScopes; // UpdateGrantScope/CreateGrant: what this adds
    QStringList resultingScopes; // the scope string after the write
    QString appRoleValue;
    bool mergeWithCurrent = false; // UpdateGrantScope: re-read the grant and add addedScopes to what is there now
    // Revoke: UpdateGrantScope re-reads the grant and removes removedScopes from what is there now — a scope added
    // since the preview survives; when nothing would remain the grant is DELETEd instead (Graph rejects an empty
    // scope string as a way to revoke).
    QStringList removedScopes;
    bool subtractFromCurrent = false;
    bool needsPrivilegedRole = false; // Microsoft Graph app role: Privileged Role Administrator or Global Admin

    QString describeRequest() const; // "PATCH /oauth2PermissionGrants/… {"scope":"…"}"
    // Path and body with ${var} replaced; false (and *missing) when a variable has no value.
    bool substitute(const QHash<QString, QString>& variables, PlannedOperation* out, QString* missing = nullptr) const;

    // TenantWrite
    Service service() const override { return Service::Graph; }
    std::shared_ptr<TenantWrite> clone() const override;
    QString action() const override; // journal action: "servicePrincipal.create", "grant.updateScope", …
    bool isCreation() const override;
    TenantChanges changes() const override;
    QString requestLine() const override; // "PATCH /oauth2PermissionGrants/…"
    QString requestText() const override { return describeRequest(); }
    QJsonObject journalRequest() const override; // {method, path, body}
    QString powerShell() const override; // GraphPowerShell::forOperation
    QStringList powerShellScopes() const override;
    QJsonObject toJson() const override;
    QString producedVariable() const override { return produces; }
    bool resolve(const QHash<QString, QString>& variables, QString* missing) override;
    // GET on the same path (…/appRoleAssignedTo/{id} included); merges or subtracts a grant's scope from the live one.
    QFuture<Prepared> prepare(const Channel& channel) const override;
    QFuture<Reply> send(const Channel& channel, const QString& clientRequestId) const override;
    // A 403 on a Microsoft Graph app role names the roles that may grant it.
    QString explain(const GraphError& error) const override;
    // Creations are deleted, a scope or property change is put back; deletions are Restore's (journal), not undone
    // here.
    Inverse inverse(const QJsonObject& result, const QString& label) const override;

    static QString kindName(Kind kind);
    static QString variable(const QString& name) { return QStringLiteral("${") + name + QLatin1Char('}'); }

private:
    void subtractScopes(); // revoke: current scopes minus removedScopes; DELETE when none remain
};
