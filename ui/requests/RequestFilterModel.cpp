#include "RequestFilterModel.h"

#include "RequestTableModel.h"

void RequestFilterModel::setAge(ConsentOverview::Age age, const QDateTime& now)
{
    m_age = age;
    m_now = now;
    invalidateFilter();
}

void RequestFilterModel::clearAge()
{
    m_age.reset();
    invalidateFilter();
}

bool RequestFilterModel::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    if (m_age) {
        const ConsentRequest* request = static_cast<const RequestTableModel*>(sourceModel())->request(row);
        if (!request || !ConsentOverview::isPending(*request) || ConsentOverview::age(*request, m_now) != *m_age) {
            return false;
        }
    }
    return QSortFilterProxyModel::filterAcceptsRow(row, parent);
}
