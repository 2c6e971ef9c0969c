#include "AccountInfo.h"

#include <algorithm>

QStringList AccountInfo::roleTemplateIds() const
{
    QStringList ids;
    for (const Role& role : roles) {
        ids.append(role.templateId);
    }
    return ids;
}

QStringList AccountInfo::roleNames() const
{
    QStringList names;
    for (const Role& role : roles) {
        const QString known = CapabilityMap::roleDisplayName(role.templateId);
        names.append(role.displayName.isEmpty() ? known : role.displayName);
    }
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return names;
}
