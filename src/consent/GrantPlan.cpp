#include "GrantPlan.h"

#include <QJsonArray>

QString GrantPlan::purposeName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Grant:
        return QStringLiteral("grant");
    case Purpose::Block:
        return QStringLiteral("block");
    case Purpose::Rollback:
        return QStringLiteral("rollback");
    case Purpose::Revoke:
        return QStringLiteral("revoke");
    case Purpose::Restore:
        return QStringLiteral("restore");
    }
    return {};
}

QStringList GrantPlan::describe() const
{
    QStringList lines;
    for (int i = 0; i < operations.size(); ++i) {
        lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(operations.at(i).summary));
    }
    return lines;
}

QJsonObject GrantPlan::toJson() const
{
    QJsonArray ops;
    for (const auto& op : operations) {
        ops.append(op.toJson());
    }
    auto claims = [](const QList<Permission>& list) {
        QJsonArray a;
        for (const auto& p : list) {
            a.append(QJsonObject {{QStringLiteral("resourceAppId"), p.resourceAppId},
                                  {QStringLiteral("resource"), p.resourceDisplayName},
                                  {QStringLiteral("permission"), p.value},
                                  {QStringLiteral("type"), Permission::typeKey(p.type)}});
        }
        return a;
    };
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
