#include "TroubleshootReport.h"

bool TroubleshootReport::hasFailure() const
{
    if (!complete()) {
        return true;
    }
    for (const auto& c : checks) {
        if (c.status == TroubleshootCheck::Status::Fail) {
            return true;
        }
    }
    return false;
}

const TroubleshootCheck* TroubleshootReport::check(const QString& id) const
{
    for (const auto& c : checks) {
        if (c.check == id) {
            return &c;
        }
    }
    return nullptr;
}

QJsonArray TroubleshootReport::toJson() const
{
    QJsonArray out;
    for (const auto& c : checks) {
        out.append(c.toJson());
    }
    return out;
}
