#include "ExchangePlan.h"

#include <QJsonArray>

QStringList ExchangePlan::describe() const
{
    QStringList lines;
    for (int i = 0; i < operations.size(); ++i) {
        lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(operations.at(i).summary));
    }
    return lines;
}

QString ExchangePlan::powerShellScript() const
{
    QStringList lines {QStringLiteral("Connect-ExchangeOnline")};
    for (const auto& op : operations) {
        lines.append(op.powerShell());
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject ExchangePlan::toJson() const
{
    QJsonArray ops;
    for (const auto& op : operations) {
        ops.append(op.toJson());
    }
    QJsonObject json {{QStringLiteral("title"), title},
                      {QStringLiteral("operations"), ops},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                      {QStringLiteral("note"), note},
                      {QStringLiteral("powerShell"), powerShellScript()}};
    if (purpose != Purpose::Change) {
        json.insert(QStringLiteral("purpose"),
                    purpose == Purpose::Restore ? QStringLiteral("restore") : QStringLiteral("rollback"));
        json.insert(QStringLiteral("refused"), QJsonArray::fromStringList(refused));
    }
    return json;
}
