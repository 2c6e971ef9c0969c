#pragma once

#include "consent/ConsentOverview.h"

#include <QDateTime>
#include <QSortFilterProxyModel>

#include <optional>

/**
 * Filters the requests list: the search text (the model's search role), and optionally only the pending requests
 * that have waited a given time (ConsentOverview's rule, so the Overview's bar and this list agree).
 */
class RequestFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setAge(ConsentOverview::Age age, const QDateTime& now);
    void clearAge();
    bool hasAge() const { return m_age.has_value(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    std::optional<ConsentOverview::Age> m_age;
    QDateTime m_now;
};
