#include "AppFilterModel.h"

#include "AppListModel.h"

void AppFilterModel::refilter()
{
    // invalidate(), not invalidateFilter(): the latter tells the view of every run of rows that left or came back
    // (thousands of signals for a search over 100 000 apps, each one handled by the table and its headers); this is one
    // layout change, the rows filtered again in one pass, the selection kept where its app is still shown.
    invalidate();
}

void AppFilterModel::setOnlyHolding(bool on)
{
    m_onlyHolding = on;
    refilter();
}

void AppFilterModel::setText(const QString& text)
{
    m_text = text.trimmed().toLower();
    refilter();
}

void AppFilterModel::setRisk(ConsentOverview::Measure measure, RiskLevel level)
{
    m_risk = std::make_pair(measure, level);
    refilter();
}

void AppFilterModel::clearRisk()
{
    m_risk.reset();
    refilter();
}

void AppFilterModel::setApps(const QSet<QString>& servicePrincipalIds)
{
    QSet<QString> ids;
    for (const QString& id : servicePrincipalIds) {
        ids.insert(id.toLower());
    }
    m_apps = ids;
    refilter();
}

void AppFilterModel::clearApps()
{
    m_apps.reset();
    refilter();
}

bool AppFilterModel::filterAcceptsRow(int row, const QModelIndex&) const
{
    const auto* model = static_cast<const AppListModel*>(sourceModel());
    if (m_onlyHolding && !model->holdsAnything(row)) {
        return false;
    }
    if (m_apps) {
        const AppSummary* app = model->summary(row);
        if (!app || !m_apps->contains(app->app.id.toLower())) {
            return false;
        }
    }
    if (m_risk) {
        const AppSummary* app = model->summary(row);
        if (!app || !ConsentOverview::matches(*app, m_risk->first, m_risk->second)) {
            return false;
        }
    }
    return m_text.isEmpty() || model->matches(row, m_text);
}
