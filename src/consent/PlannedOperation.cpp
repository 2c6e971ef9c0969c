#include "PlannedOperation.h"

#include "GrantPlanner.h"
#include "GraphPowerShell.h"
#include "directory/PermissionGrant.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

namespace {

QString replaceAll(QString text, const QHash<QString, QString>& variables)
{
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        text.replace(PlannedOperation::variable(it.key()), it.value());
    }
    return text;
}

QJsonValue replaceIn(const QJsonValue& value, const QHash<QString, QString>& variables)
{
    if (value.isString()) {
        return replaceAll(value.toString(), variables);
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            it.value() = replaceIn(it.value(), variables);
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a;
        for (const auto& v : value.toArray()) {
            a.append(replaceIn(v, variables));
        }
        return a;
    }
    return value;
}

} // namespace

QString PlannedOperation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CreateServicePrincipal:
        return QStringLiteral("servicePrincipal.create");
    case Kind::UpdateServicePrincipal:
        return QStringLiteral("servicePrincipal.update");
    case Kind::DeleteServicePrincipal:
        return QStringLiteral("servicePrincipal.delete");
    case Kind::CreateGrant:
        return QStringLiteral("grant.create");
    case Kind::UpdateGrantScope:
        return QStringLiteral("grant.updateScope");
    case Kind::DeleteGrant:
        return QStringLiteral("grant.delete");
    case Kind::CreateAppRoleAssignment:
        return QStringLiteral("appRoleAssignment.create");
    case Kind::DeleteAppRoleAssignment:
        return QStringLiteral("appRoleAssignment.delete");
    }
    return {};
}

std::shared_ptr<TenantWrite> PlannedOperation::clone() const
{
    return std::make_shared<PlannedOperation>(*this);
}

QString PlannedOperation::action() const
{
    return kindName(kind);
}

bool PlannedOperation::isCreation() const
{
    return kind == Kind::CreateServicePrincipal || kind == Kind::CreateGrant || kind == Kind::CreateAppRoleAssignment;
}

TenantChanges PlannedOperation::changes() const
{
    // The journal's action names the object: "servicePrincipal.…", "grant.…", "appRoleAssignment.…".
    const QString object = action().section(QLatin1Char('.'), 0, 0);
    if (object == QLatin1String("servicePrincipal")) {
        return TenantChange::ServicePrincipals;
    }
    return object == QLatin1String("grant") ? TenantChange::Grants : TenantChange::AppRoleAssignments;
}

QString PlannedOperation::requestLine() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

QJsonObject PlannedOperation::journalRequest() const
{
    return QJsonObject {{QStringLiteral("method"), QString::fromLatin1(method)},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("body"), body}};
}

QString PlannedOperation::powerShell() const
{
    return GraphPowerShell::forOperation(*this);
}

QStringList PlannedOperation::powerShellScopes() const
{
    switch (kind) {
    case Kind::CreateServicePrincipal:
    case Kind::UpdateServicePrincipal:
    case Kind::DeleteServicePrincipal:
        return {QStringLiteral("Application.ReadWrite.All")};
    case Kind::CreateGrant:
    case Kind::UpdateGrantScope:
    case Kind::DeleteGrant:
        return {QStringLiteral("DelegatedPermissionGrant.ReadWrite.All")};
    case Kind::CreateAppRoleAssignment:
    case Kind::DeleteAppRoleAssignment:
        return {QStringLiteral("AppRoleAssignment.ReadWrite.All"), QStringLiteral("Application.Read.All")};
    }
    return {};
}

QString PlannedOperation::describeRequest() const
{
    QString text = requestLine();
    if (!body.isEmpty()) {
        text += QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return text;
}

bool PlannedOperation::substitute(const QHash<QString, QString>& variables,
                                  PlannedOperation* out,
                                  QString* missing) const
{
    for (const auto& name : dependsOn) {
        if (variables.value(name).isEmpty()) {
            if (missing) {
                *missing = name;
            }
            return false;
        }
    }
    *out = *this;
    out->path = replaceAll(path, variables);
    out->body = replaceIn(body, variables).toObject();
    out->target = replaceIn(target, variables).toObject();
    return true;
}

QJsonObject PlannedOperation::toJson() const
{
    QJsonObject o {
        {QStringLiteral("action"), action()},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), path},
        {QStringLiteral("target"), target},
    };
    if (!body.isEmpty()) {
        o.insert(QStringLiteral("body"), body);
    }
    if (!produces.isEmpty()) {
        o.insert(QStringLiteral("produces"), produces);
    }
    if (!dependsOn.isEmpty()) {
        o.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(dependsOn));
    }
    if (!prior.isEmpty()) {
        o.insert(QStringLiteral("prior"), prior);
    }
    if (!addedScopes.isEmpty()) {
        o.insert(QStringLiteral("addedScopes"), QJsonArray::fromStringList(addedScopes));
    }
    if (!removedScopes.isEmpty()) {
        o.insert(QStringLiteral("removedScopes"), QJsonArray::fromStringList(removedScopes));
    }
    if (needsPrivilegedRole) {
        o.insert(QStringLiteral("needsPrivilegedRoleAdministrator"), true);
    }
    if (!restoresEntryId.isEmpty()) {
        o.insert(QStringLiteral("restoresEntryId"), restoresEntryId);
    }
    return o;
}

bool PlannedOperation::resolve(const QHash<QString, QString>& variables, QString* missing)
{
    PlannedOperation resolved;
    if (!substitute(variables, &resolved, missing)) {
        return false;
    }
    *this = resolved;
    return true;
}

QFuture<TenantWrite::Prepared> PlannedOperation::prepare(const Channel& channel) const
{
    if (!channel.graph) {
        return notPrepared(GraphError::make(GraphError::Kind::Protocol, tr("No Microsoft Graph connection.")),
                           tr("Not sent: there is no Microsoft Graph connection."));
    }
    if (isCreation()) {
        return prepared(clone());
    }
    auto promise = std::make_shared<QPromise<Prepared>>();
    promise->start();
    // The same path reads the object (GET …/appRoleAssignedTo/{id} included).
    GraphReply* reply = channel.graph->send(GraphRequest::get(path));
    QObject::connect(reply, &GraphReply::finished, reply, [reply, promise, operation = *this]() mutable {
        if (!reply->ok()) {
            promise->addResult(Prepared {nullptr, reply->error(), {}});
            promise->finish();
            return;
        }
        QJsonObject current = reply->json();
        current.remove(QStringLiteral("@odata.context"));
        operation.prior = current;
        if (operation.kind == Kind::UpdateGrantScope && operation.mergeWithCurrent) {
            const QStringList scopes = PermissionGrant::splitScopes(current.value(QStringLiteral("scope")).toString());
            operation.resultingScopes = GrantPlanner::mergeScopes(scopes, operation.addedScopes);
            operation.body.insert(QStringLiteral("scope"), operation.resultingScopes.join(QLatin1Char(' ')));
        }
        if (operation.kind == Kind::UpdateGrantScope && operation.subtractFromCurrent) {
            operation.subtractScopes();
        }
        promise->addResult(Prepared {operation.clone(), {}, {}});
        promise->finish();
    });
    return promise->future();
}

void PlannedOperation::subtractScopes()
{
    QStringList remaining;
    for (const auto& scope : PermissionGrant::splitScopes(prior.value(QStringLiteral("scope")).toString())) {
        if (!removedScopes.contains(scope, Qt::CaseInsensitive)) {
            remaining.append(scope);
        }
    }
    resultingScopes = remaining;
    if (remaining.isEmpty()) {
        // Nothing left: the grant itself goes (an empty scope string would leave a grant that grants nothing).
        kind = Kind::DeleteGrant;
        method = "DELETE";
        body = {};
        return;
    }
    body.insert(QStringLiteral("scope"), remaining.join(QLatin1Char(' ')));
}

QFuture<TenantWrite::Reply> PlannedOperation::send(const Channel& channel, const QString& clientRequestId) const
{
    if (!channel.graph) {
        return failed(GraphError::make(GraphError::Kind::Protocol, tr("No Microsoft Graph connection.")));
    }
    return sendToGraph(channel.graph, method, path, body, clientRequestId, !produces.isEmpty());
}

QString PlannedOperation::explain(const GraphError& error) const
{
    if (error.kind == GraphError::Kind::PermissionDenied) {
        if (kind == Kind::CreateAppRoleAssignment && needsPrivilegedRole) {
            return tr("Permission denied: granting Microsoft Graph application permissions needs the Privileged Role "
                      "Administrator or Global Administrator role (%1).")
                .arg(error.code);
        }
        return tr("Permission denied: your role does not allow this change (%1).").arg(error.code);
    }
    if (error.kind == GraphError::Kind::SignInRequired) {
        return tr("Sign-in needed: %1").arg(error.summary());
    }
    return error.summary();
}

TenantWrite::Inverse PlannedOperation::inverse(const QJsonObject& result, const QString& label) const
{
    Inverse inverse;
    const QString createdId = result.value(QStringLiteral("id")).toString();
    PlannedOperation op;
    op.clientDisplayName = clientDisplayName;
    op.resourceDisplayName = resourceDisplayName;
    switch (kind) {
    case Kind::CreateServicePrincipal:
        op.kind = Kind::DeleteServicePrincipal;
        op.method = "DELETE";
        op.path = GraphPath::servicePrincipal(createdId);
        op.target = QJsonObject {{QStringLiteral("servicePrincipalId"), createdId},
                                 {QStringLiteral("appId"), body.value(QStringLiteral("appId"))}};
        op.summary = tr("Delete the service principal created for %1")
                         .arg(resourceDisplayName.isEmpty() ? clientDisplayName : resourceDisplayName);
        break;
    case Kind::CreateGrant:
        op.kind = Kind::DeleteGrant;
        op.method = "DELETE";
        op.path = QStringLiteral("/oauth2PermissionGrants/") + GraphPath::segment(createdId);
        op.target = QJsonObject {{QStringLiteral("grantId"), createdId},
                                 {QStringLiteral("clientId"), result.value(QStringLiteral("clientId"))},
                                 {QStringLiteral("resourceId"), result.value(QStringLiteral("resourceId"))}};
        op.summary = tr("Delete the tenant-wide grant of %1 on %2 created just now")
                         .arg(clientDisplayName, resourceDisplayName);
        break;
    case Kind::UpdateGrantScope: {
        const QString priorScope = prior.value(QStringLiteral("scope")).toString();
        op.kind = Kind::UpdateGrantScope;
        op.method = "PATCH";
        op.path = path;
        op.body = QJsonObject {{QStringLiteral("scope"), priorScope}};
        op.target = target;
        op.resultingScopes = PermissionGrant::splitScopes(priorScope);
        op.summary = tr("Put the tenant-wide grant of %1 on %2 back to: %3")
                         .arg(clientDisplayName, resourceDisplayName, priorScope);
        break;
    }
    case Kind::CreateAppRoleAssignment: {
        const QString resourceId = body.value(QStringLiteral("resourceId")).toString();
        op.kind = Kind::DeleteAppRoleAssignment;
        op.method = "DELETE";
        op.path = GraphPath::servicePrincipal(resourceId) + QStringLiteral("/appRoleAssignedTo/")
                  + GraphPath::segment(createdId);
        op.target = QJsonObject {{QStringLiteral("assignmentId"), createdId},
                                 {QStringLiteral("resourceId"), resourceId},
                                 {QStringLiteral("principalId"), body.value(QStringLiteral("principalId"))},
                                 {QStringLiteral("appRoleId"), body.value(QStringLiteral("appRoleId"))}};
        op.appRoleValue = appRoleValue;
        op.needsPrivilegedRole = needsPrivilegedRole;
        op.summary = tr("Remove the application permission %1 of %2 from %3")
                         .arg(appRoleValue, resourceDisplayName, clientDisplayName);
        break;
    }
    case Kind::UpdateServicePrincipal: {
        QJsonObject restored;
        for (auto k = body.constBegin(); k != body.constEnd(); ++k) {
            restored.insert(k.key(), prior.value(k.key()));
        }
        op.kind = Kind::UpdateServicePrincipal;
        op.method = "PATCH";
        op.path = path;
        op.body = restored;
        op.target = target;
        op.summary = tr("Restore %1 of %2").arg(body.keys().join(QStringLiteral(", ")), clientDisplayName);
        break;
    }
    case Kind::DeleteServicePrincipal:
    case Kind::DeleteGrant:
    case Kind::DeleteAppRoleAssignment:
        // Re-creating deleted objects is Restore (from the journal), not a rollback of a grant.
        inverse.warnings.append(tr("Not rolled back here: %1").arg(label));
        return inverse;
    }
    inverse.operations.append(std::make_shared<const PlannedOperation>(op));
    return inverse;
}
