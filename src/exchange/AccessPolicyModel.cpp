#include "AccessPolicyModel.h"

const AccessPolicyModel::Node* AccessPolicyModel::node(const QString& id) const
{
    const auto it = nodes.constFind(id.toLower());
    return it == nodes.constEnd() ? nullptr : &it.value();
}

QList<ApplicationAccessPolicy> AccessPolicyModel::policiesFor(const QString& appId) const
{
    QList<ApplicationAccessPolicy> out;
    for (const auto& policy : policies) {
        if (policy.appId.compare(appId, Qt::CaseInsensitive) == 0) {
            out.append(policy);
        }
    }
    return out;
}

QStringList AccessPolicyModel::appIds() const
{
    QStringList out;
    for (const auto& policy : policies) {
        if (!out.contains(policy.appId, Qt::CaseInsensitive)) {
            out.append(policy.appId);
        }
    }
    return out;
}
