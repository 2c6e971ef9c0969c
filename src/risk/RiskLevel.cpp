#include "RiskLevel.h"

#include <QCoreApplication>

QString Risk::toKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Critical:
        return QStringLiteral("critical");
    case RiskLevel::High:
        return QStringLiteral("high");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Unranked:
        break;
    }
    return QStringLiteral("unranked");
}

RiskLevel Risk::fromKey(const QString& key, bool* ok)
{
    const QString k = key.trimmed().toLower();
    if (ok) {
        *ok = true;
    }
    if (k == QLatin1String("critical")) {
        return RiskLevel::Critical;
    }
    if (k == QLatin1String("high")) {
        return RiskLevel::High;
    }
    if (k == QLatin1String("medium")) {
        return RiskLevel::Medium;
    }
    if (k == QLatin1String("low")) {
        return RiskLevel::Low;
    }
    if (ok) {
        *ok = k == QLatin1String("unranked");
    }
    return RiskLevel::Unranked;
}

QString Risk::displayName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Critical:
        return QCoreApplication::translate("Risk", "Critical");
    case RiskLevel::High:
        return QCoreApplication::translate("Risk", "High");
    case RiskLevel::Medium:
        return QCoreApplication::translate("Risk", "Medium");
    case RiskLevel::Low:
        return QCoreApplication::translate("Risk", "Low");
    case RiskLevel::Unranked:
        break;
    }
    return QCoreApplication::translate("Risk", "Unranked");
}

RiskLevel Risk::raised(RiskLevel level)
{
    return level >= RiskLevel::Critical ? RiskLevel::Critical : RiskLevel(int(level) + 1);
}
