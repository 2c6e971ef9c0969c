#include "ExchangeServicePrincipal.h"

ExchangeServicePrincipal ExchangeServicePrincipal::fromJson(const QJsonObject& row)
{
    ExchangeServicePrincipal sp;
    sp.identity = row.value(QStringLiteral("Identity")).toString();
    sp.displayName = row.value(QStringLiteral("DisplayName")).toString();
    sp.appId = row.value(QStringLiteral("AppId")).toString();
    sp.objectId = row.value(QStringLiteral("ObjectId")).toString();
    sp.guid = row.value(QStringLiteral("Guid")).toString();
    return sp;
}
