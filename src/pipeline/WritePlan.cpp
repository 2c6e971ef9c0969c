#include "WritePlan.h"

#include "consent/GraphPowerShell.h"
#include "report/TenantText.h"

#include <QJsonArray>

namespace {

QJsonArray claims(const QList<Permission>& permissions)
{
    QJsonArray array;
    for (const auto& p : permissions) {
        array.append(QJsonObject {{QStringLiteral("resourceAppId"), p.resourceAppId},
                                  {QStringLiteral("resource"), p.resourceDisplayName},
                                  {QStringLiteral("permission"), p.value},
                                  {QStringLiteral("type"), Permission::typeKey(p.type)}});
    }
    return array;
}

} // namespace

QStringList WritePlan::describe() const
{
    QStringList lines;
    for (int i = 0; i < operations.size(); ++i) {
        lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(operations.at(i)->summary));
    }
    return lines;
}

QString WritePlan::powerShellScript(const QString& tenantId) const
{
    if (service == Service::Exchange) {
        QStringList lines {QStringLiteral("Connect-ExchangeOnline")};
        for (const auto& op : operations) {
            lines.append(op->powerShell());
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (operations.isEmpty()) {
        return {};
    }
    QStringList scopes;
    for (const auto& op : operations) {
        for (const QString& scope : op->powerShellScopes()) {
            if (!scopes.contains(GraphPowerShell::quote(scope))) {
                scopes.append(GraphPowerShell::quote(scope));
            }
        }
    }
    QString connect = QStringLiteral("Connect-MgGraph -Scopes ") + scopes.join(QLatin1Char(','));
    if (!tenantId.isEmpty()) {
        connect += QStringLiteral(" -TenantId ") + GraphPowerShell::quote(tenantId);
    }
    QStringList lines {connect};
    for (const auto& op : operations) {
        lines.append(QString());
        // The summary names the app: tenant text, which must neither end the comment nor open a block comment.
        lines.append(QStringLiteral("# ") + TenantText::forPowerShellComment(op->summary));
        lines.append(op->powerShell());
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject WritePlan::toJson() const
{
    QJsonArray ops;
    for (const auto& op : operations) {
        ops.append(op->toJson());
    }
    if (service == Service::Exchange) {
        QJsonObject json {{QStringLiteral("title"), title},
                          {QStringLiteral("operations"), ops},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                          {QStringLiteral("note"), note},
                          {QStringLiteral("powerShell"), powerShellScript()}};
        if (purpose != Purpose::Change) {
            json.insert(QStringLiteral("purpose"), purposeName(purpose));
            json.insert(QStringLiteral("refused"), QJsonArray::fromStringList(refused));
        }
        return json;
    }
    QJsonObject json {
        {QStringLiteral("purpose"), purposeName(purpose)},
        {QStringLiteral("appId"), clientAppId},
        {QStringLiteral("appDisplayName"), clientDisplayName},
        {QStringLiteral("operations"), ops},
        {QStringLiteral("alreadyGranted"), claims(alreadyGranted)},
        {QStringLiteral("notGrantable"), claims(notGrantable)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
    if (!refused.isEmpty()) {
        json.insert(QStringLiteral("refused"), QJsonArray::fromStringList(refused));
    }
    if (!note.isEmpty()) {
        json.insert(QStringLiteral("note"), note);
    }
    return json;
}
