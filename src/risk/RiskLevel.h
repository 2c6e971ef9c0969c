#pragma once

#include <QString>

// Ordered: a larger value is riskier, so tables sort by risk with a plain integer compare.
enum class RiskLevel : int {
    Unranked = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
};

namespace Risk {
QString toKey(RiskLevel level); // "critical" … "unranked" (files, CSV, JSON)
RiskLevel fromKey(const QString& key, bool* ok = nullptr);
QString displayName(RiskLevel level); // translated, for people
RiskLevel raised(RiskLevel level); // one step up, capped at Critical
} // namespace Risk
