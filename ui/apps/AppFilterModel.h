#pragma once

#include "common/SourceSortProxyModel.h"
#include "consent/ConsentOverview.h"

#include <QSet>
#include <QString>

#include <optional>

/**
 * Filters the apps list: free text on name and publisher, optionally only apps that hold something, and optionally
 * only the apps at one risk level of one measure (the Overview's bars, ConsentOverview's rule) or only a set of apps
 * (the Overview's history bars: their service principal ids, any case). Straight from the model's rows, no data() per
 * cell: 100 000 apps filter in milliseconds.
 */
class AppFilterModel : public SourceSortProxyModel
{
    Q_OBJECT

public:
    using SourceSortProxyModel::SourceSortProxyModel;

    void setOnlyHolding(bool on);
    void setText(const QString& text);
    void setRisk(ConsentOverview::Measure measure, RiskLevel level);
    void clearRisk();
    bool hasRisk() const { return m_risk.has_value(); }
    void setApps(const QSet<QString>& servicePrincipalIds); // an empty set: no app
    void clearApps();
    bool hasApps() const { return m_apps.has_value(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    void refilter();

    bool m_onlyHolding = true;
    QString m_text;
    std::optional<std::pair<ConsentOverview::Measure, RiskLevel>> m_risk;
    std::optional<QSet<QString>> m_apps; // lower case
};
