#include "AppFilter.h"

#include "AppListModel.h"

void AppFilter::setText(const QString& text)
{
    m_text = text.trimmed().toLower();
    invalidateFilter();
}

void AppFilter::setOnlyHolding(bool onlyHolding)
{
    m_onlyHolding = onlyHolding;
    invalidateFilter();
}

bool AppFilter::filterAcceptsRow(int row, const QModelIndex&) const
{
    const auto* model = static_cast<const AppListModel*>(sourceModel());
    const AppSummary* app = model->summary(row);
    if (!app || (m_onlyHolding && !app->holdsAnything())) {
        return false;
    }
    return m_text.isEmpty() || model->matches(row, m_text);
}
