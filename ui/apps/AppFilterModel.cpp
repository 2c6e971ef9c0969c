#include "AppFilterModel.h"

#include "AppListModel.h"

void AppFilterModel::setOnlyHolding(bool on)
{
    m_onlyHolding = on;
    invalidateFilter();
}

void AppFilterModel::setText(const QString& text)
{
    m_text = text.trimmed().toLower();
    invalidateFilter();
}

void AppFilterModel::setRisk(ConsentOverview::Measure measure, RiskLevel level)
{
    m_risk = std::make_pair(measure, level);
    invalidateFilter();
}

void AppFilterModel::clearRisk()
{
    m_risk.reset();
    invalidateFilter();
}

bool AppFilterModel::filterAcceptsRow(int row, const QModelIndex&) const
{
    const auto* model = static_cast<const AppListModel*>(sourceModel());
    const AppSummary* app = model->summary(row);
    if (!app || (m_onlyHolding && !app->holdsAnything())) {
        return false;
    }
    if (m_risk && !ConsentOverview::matches(*app, m_risk->first, m_risk->second)) {
        return false;
    }
    return m_text.isEmpty() || model->matches(row, m_text);
}
