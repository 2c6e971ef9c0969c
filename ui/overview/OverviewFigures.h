#pragma once

#include "OverviewAppList.h"
#include "OverviewBarChart.h"
#include "consent/ConsentOverview.h"

#include <QCoreApplication>

/**
 * What the Overview's charts and lists show, built from ConsentOverview's counts: the bars (colour from
 * StateColorPalette, name, number, the filter a click opens) and the rows. Separate from the view's wiring.
 */
class OverviewFigures
{
    Q_DECLARE_TR_FUNCTIONS(OverviewFigures)

public:
    // One bar per level, the first levelCount of ConsentOverview::levels() (Critical first).
    static QList<OverviewBarChart::Bar>
    riskBars(const QList<AppSummary>& apps, ConsentOverview::Measure measure, int levelCount);
    // The apps at High or Critical for the measure; each row opens the app in Apps and permissions.
    static QList<OverviewAppList::Row> riskyRows(const QList<AppSummary>& apps, ConsentOverview::Measure measure);
    // Pending requests by age (the Unknown bar only when some have no date); *pending: how many in all.
    static QList<OverviewBarChart::Bar>
    ageBars(const QList<ConsentRequest>& requests, const QDateTime& now, int* pending);
    // Apps that reach every mailbox; each row opens the app in Mailbox access.
    static QList<OverviewAppList::Row> mailboxRows(const QList<AppSummary>& apps);
};
