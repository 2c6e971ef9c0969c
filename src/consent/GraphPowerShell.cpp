#include "GraphPowerShell.h"

#include "report/TenantText.h"

#include <QJsonValue>
#include <QRegularExpression>

QString GraphPowerShell::quote(const QString& value)
{
    return TenantText::forPowerShellLiteral(value);
}

QString GraphPowerShell::parameterName(const QString& key)
{
    // Parameter names come from our own JSON keys; anything but letters and digits would not be one.
    QString name;
    for (const QChar c : key) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            name.append(c);
        }
    }
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name;
}

QString GraphPowerShell::value(const QString& value)
{
    static const QRegularExpression variable(QStringLiteral("^\\$\\{([A-Za-z][A-Za-z0-9]*)\\}$"));
    const auto m = variable.match(value);
    if (m.hasMatch()) {
        return QLatin1Char('$') + m.captured(1) + QStringLiteral(".Id");
    }
    return quote(value);
}

QString GraphPowerShell::forOperation(const PlannedOperation& op)
{
    const QJsonObject& b = op.body;
    const QJsonObject& t = op.target;
    auto s = [](const QJsonValue& v) { return v.toString(); };
    switch (op.kind) {
    case PlannedOperation::Kind::CreateServicePrincipal: {
        QString line = QStringLiteral("New-MgServicePrincipal -AppId ") + quote(s(b.value(QStringLiteral("appId"))));
        if (b.contains(QStringLiteral("accountEnabled"))) {
            line += b.value(QStringLiteral("accountEnabled")).toBool() ? QStringLiteral(" -AccountEnabled:$true")
                                                                       : QStringLiteral(" -AccountEnabled:$false");
        }
        return op.produces.isEmpty() ? line : QString(QLatin1Char('$') + op.produces + QStringLiteral(" = ") + line);
    }
    case PlannedOperation::Kind::UpdateServicePrincipal: {
        QString line = QStringLiteral("Update-MgServicePrincipal -ServicePrincipalId ")
                       + value(s(t.value(QStringLiteral("servicePrincipalId"))));
        for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
            const QString name = parameterName(it.key());
            if (name.isEmpty()) {
                continue;
            }
            if (it.value().isBool()) {
                line += QStringLiteral(" -%1:%2").arg(
                    name, it.value().toBool() ? QStringLiteral("$true") : QStringLiteral("$false"));
            } else {
                line += QStringLiteral(" -%1 %2").arg(name, quote(it.value().toString()));
            }
        }
        return line;
    }
    case PlannedOperation::Kind::DeleteServicePrincipal:
        return QStringLiteral("Remove-MgServicePrincipal -ServicePrincipalId ")
               + value(s(t.value(QStringLiteral("servicePrincipalId"))));
    case PlannedOperation::Kind::CreateGrant: {
        // A restore may re-create one user's grant (Principal + PrincipalId); grants made by the planner are
        // tenant-wide.
        const QString consentType = b.value(QStringLiteral("consentType")).toString();
        const bool principal = consentType == QLatin1String("Principal");
        QString line = QStringLiteral("New-MgOauth2PermissionGrant -ClientId %1 -ConsentType %2 ")
                           .arg(value(s(b.value(QStringLiteral("clientId")))),
                                quote(principal ? consentType : QStringLiteral("AllPrincipals")));
        if (principal) {
            line += QStringLiteral("-PrincipalId ") + value(s(b.value(QStringLiteral("principalId"))))
                    + QLatin1Char(' ');
        }
        return line
               + QStringLiteral("-ResourceId %1 -Scope %2")
                     .arg(value(s(b.value(QStringLiteral("resourceId")))), quote(s(b.value(QStringLiteral("scope")))));
    }
    case PlannedOperation::Kind::UpdateGrantScope:
        if (s(b.value(QStringLiteral("scope"))).trimmed().isEmpty()) {
            // Nothing left (a restore taking back all it added): the write deletes the grant, so must the script —
            // an empty scope would leave a grant that grants nothing.
            return QStringLiteral("Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId ")
                   + value(s(t.value(QStringLiteral("grantId"))));
        }
        return QStringLiteral("Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId %1 -Scope %2")
            .arg(value(s(t.value(QStringLiteral("grantId")))), quote(s(b.value(QStringLiteral("scope")))));
    case PlannedOperation::Kind::DeleteGrant:
        return QStringLiteral("Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId ")
               + value(s(t.value(QStringLiteral("grantId"))));
    case PlannedOperation::Kind::CreateAppRoleAssignment:
        return QStringLiteral("New-MgServicePrincipalAppRoleAssignedTo -ServicePrincipalId %1 -PrincipalId %2 "
                              "-ResourceId %1 -AppRoleId %3")
            .arg(value(s(b.value(QStringLiteral("resourceId")))),
                 value(s(b.value(QStringLiteral("principalId")))),
                 value(s(b.value(QStringLiteral("appRoleId")))));
    case PlannedOperation::Kind::DeleteAppRoleAssignment:
        return QStringLiteral(
                   "Remove-MgServicePrincipalAppRoleAssignedTo -ServicePrincipalId %1 -AppRoleAssignmentId %2")
            .arg(value(s(t.value(QStringLiteral("resourceId")))), value(s(t.value(QStringLiteral("assignmentId")))));
    }
    return {};
}

QStringList GraphPowerShell::requiredScopes(const GrantPlan& plan)
{
    QStringList scopes;
    for (const auto& op : plan.operations) {
        for (const QString& scope : op.powerShellScopes()) {
            if (!scopes.contains(scope)) {
                scopes.append(scope);
            }
        }
    }
    return scopes;
}

QString GraphPowerShell::forPlan(const GrantPlan& plan, const QString& tenantId)
{
    return WritePlan::from(plan).powerShellScript(tenantId);
}
