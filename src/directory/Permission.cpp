#include "Permission.h"

RiskCatalog::PermissionType Permission::riskType() const
{
    return type == Type::Application ? RiskCatalog::PermissionType::Application
                                     : RiskCatalog::PermissionType::Delegated;
}

QString Permission::key() const
{
    return QString(resourceAppId.toLower() + QLatin1Char('|') + typeKey(type) + QLatin1Char('|') + value.toLower());
}

QString Permission::typeKey(Type type)
{
    return type == Type::Application ? QStringLiteral("Application") : QStringLiteral("Delegated");
}
