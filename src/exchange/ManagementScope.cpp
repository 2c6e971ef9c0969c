#include "ManagementScope.h"

ManagementScope ManagementScope::fromJson(const QJsonObject& row)
{
    ManagementScope s;
    s.name = row.value(QStringLiteral("Name")).toString();
    s.guid = row.value(QStringLiteral("Guid")).toString();
    s.recipientFilter = row.value(QStringLiteral("RecipientFilter")).toString();
    s.exclusive = row.value(QStringLiteral("Exclusive")).toBool();
    return s;
}
