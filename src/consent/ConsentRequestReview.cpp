#include "ConsentRequestReview.h"

QList<Permission> ConsentRequestReview::notYetGranted() const
{
    QList<Permission> result;
    for (const auto& item : items) {
        if (!item.alreadyGranted) {
            result.append(item.permission);
        }
    }
    return result;
}

RiskLevel ConsentRequestReview::highestRisk() const
{
    RiskLevel highest = RiskLevel::Unranked;
    for (const auto& item : items) {
        if (int(item.permission.risk) > int(highest)) {
            highest = item.permission.risk;
        }
    }
    return highest;
}
