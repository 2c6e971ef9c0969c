#include "PermissionColumnTexts.h"

#include "PermissionRowModel.h"

#include <QStringList>

#include <algorithm>

QString PermissionColumnTexts::text(const GrantedPermission& r, int column) const
{
    const Permission& p = r.permission;
    switch (column) {
    case PermissionRowModel::Api:
        return p.resourceDisplayName.isEmpty() ? p.resourceAppId : p.resourceDisplayName;
    case PermissionRowModel::Claim:
        return p.value;
    case PermissionRowModel::PermissionName:
        return p.displayName;
    case PermissionRowModel::Type:
        return p.isApplication() ? m_words.application : m_words.delegated;
    case PermissionRowModel::GrantedThrough:
        return grantedThrough(r);
    case PermissionRowModel::GrantedBy:
        return grantedBy(r);
    case PermissionRowModel::Risk:
        return Risk::displayName(p.risk);
    case PermissionRowModel::App:
        return r.clientDisplayName;
    default:
        return {};
    }
}

QString PermissionColumnTexts::grantedThrough(const GrantedPermission& row) const
{
    switch (row.source) {
    case GrantedPermission::Source::TenantWide:
        return m_words.allUsers;
    case GrantedPermission::Source::User:
        return row.principalUpn.isEmpty() ? row.principalDisplayName : row.principalUpn;
    case GrantedPermission::Source::Application:
        return m_words.asApplication;
    case GrantedPermission::Source::AppRoleAssignment:
        return row.grantedThrough.isEmpty() ? m_words.assignedDirectly : m_words.group.arg(row.grantedThrough);
    }
    return {};
}

QString PermissionColumnTexts::grantedBy(const GrantedPermission& row) const
{
    const QString id = row.isDelegated() ? row.grantId : row.assignmentId;
    if (const auto it = m_grantedBy.constFind(id); it != m_grantedBy.constEnd()) {
        return it.value();
    }
    if (row.source == GrantedPermission::Source::User) {
        return row.principalUpn.isEmpty() ? row.principalDisplayName : row.principalUpn; // users consent themselves
    }
    return m_words.notRecorded;
}

std::vector<quint32> PermissionColumnTexts::ranks(const QList<GrantedPermission>& rows, int column) const
{
    // The texts are shared copies of the rows' strings (no allocation per row); only the distinct ones are lowered.
    const int n = int(rows.size());
    std::vector<quint32> rank(n);
    QHash<QString, quint32> distinctOf; // shown text -> its index in distinct
    QStringList distinct;
    distinctOf.reserve(std::min(n, 4096)); // grows from there only for columns of many texts (users)
    for (int i = 0; i < n; ++i) {
        const QString shown = text(rows.at(i), column);
        auto it = distinctOf.constFind(shown);
        if (it == distinctOf.constEnd()) {
            it = distinctOf.insert(shown, quint32(distinct.size()));
            distinct.append(shown);
        }
        rank[i] = it.value();
    }
    std::vector<QString> folded(distinct.size());
    std::vector<int> byText(distinct.size());
    for (int d = 0; d < int(distinct.size()); ++d) {
        folded[d] = distinct.at(d).toLower();
        byText[d] = d;
    }
    std::sort(byText.begin(), byText.end(), [&folded](int a, int b) { return folded[a] < folded[b]; });
    std::vector<quint32> rankOfDistinct(distinct.size());
    quint32 next = 0;
    for (int k = 0; k < int(byText.size()); ++k) {
        if (k > 0 && folded[byText[k]] != folded[byText[k - 1]]) {
            ++next;
        }
        rankOfDistinct[byText[k]] = next;
    }
    for (int i = 0; i < n; ++i) {
        rank[i] = rankOfDistinct[rank[i]];
    }
    return rank;
}
