#include "PlanHeader.h"

QString PlanHeader::purposeName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Change:
        return QStringLiteral("change");
    case Purpose::Grant:
        return QStringLiteral("grant");
    case Purpose::Block:
        return QStringLiteral("block");
    case Purpose::Revoke:
        return QStringLiteral("revoke");
    case Purpose::Restore:
        return QStringLiteral("restore");
    case Purpose::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

void PlanHeader::addNotes(const TenantWrite::Inverse& inverse)
{
    if (!inverse.refusal.isEmpty()) {
        refused.append(inverse.refusal);
    }
    for (const QString& warning : inverse.warnings) {
        if (!warnings.contains(warning)) {
            warnings.append(warning);
        }
    }
    if (note.isEmpty()) {
        note = inverse.note;
    }
}
