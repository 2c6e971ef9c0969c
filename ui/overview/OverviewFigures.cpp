#include "OverviewFigures.h"

#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "report/TenantText.h"

#include <QLocale>
#include <QPalette>

namespace {

using Measure = ConsentOverview::Measure;
using Role = StateColorPalette::Role;

QColor blend(const QColor& a, const QColor& b, double towardB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardB));
}

// Bar colours: meaning from StateColorPalette, one step lighter (or darker, on a dark palette) for the second of
// two levels that share a role. Every bar also carries its name and number in words.
QColor levelColor(RiskLevel level)
{
    const StateColorPalette palette;
    const QColor window = QPalette().color(QPalette::Window);
    switch (level) {
    case RiskLevel::Critical:
        return palette.color(Role::Danger);
    case RiskLevel::High:
        return blend(palette.color(Role::Danger), window, 0.4);
    case RiskLevel::Medium:
        return palette.color(Role::Caution);
    case RiskLevel::Low:
        return palette.color(Role::Muted);
    case RiskLevel::Unranked:
        break;
    }
    return blend(palette.color(Role::Muted), window, 0.5);
}

QColor ageColor(ConsentOverview::Age age)
{
    const StateColorPalette palette;
    const QColor window = QPalette().color(QPalette::Window);
    switch (age) {
    case ConsentOverview::Age::UnderADay:
        return palette.color(Role::Muted);
    case ConsentOverview::Age::UnderAWeek:
        return blend(palette.color(Role::Caution), window, 0.4);
    case ConsentOverview::Age::UnderAMonth:
        return palette.color(Role::Caution);
    case ConsentOverview::Age::OverAMonth:
        return palette.color(Role::Danger);
    case ConsentOverview::Age::Unknown:
        break;
    }
    return blend(palette.color(Role::Muted), window, 0.5);
}

QString filterSentence(Measure measure, RiskLevel level)
{
    const QString name = Risk::displayName(level);
    switch (measure) {
    case Measure::Highest:
        //: %1 is a risk level (Critical, High, Medium, Low, Unranked)
        return OverviewFigures::tr("Only the apps whose riskiest permission is %1.").arg(name);
    case Measure::TenantWide:
        //: %1 is a risk level (Critical, High, Medium, Low, Unranked)
        return OverviewFigures::tr("Only the apps whose riskiest tenant-wide permission (admin consent or application "
                                   "permission) is %1.")
            .arg(name);
    case Measure::UserConsent:
        //: %1 is a risk level (Critical, High, Medium, Low, Unranked)
        return OverviewFigures::tr("Only the apps whose riskiest permission consented by users themselves is %1.")
            .arg(name);
    }
    return {};
}

} // namespace

QList<OverviewBarChart::Bar> OverviewFigures::riskBars(const QList<AppSummary>& apps, Measure measure, int levelCount)
{
    const auto counts = ConsentOverview::tally(apps, measure);
    QList<OverviewBarChart::Bar> bars;
    for (int i = 0; i < levelCount; ++i) {
        const RiskLevel level = ConsentOverview::levels().at(std::size_t(i));
        OverviewBarChart::Bar bar;
        bar.label = Risk::displayName(level);
        bar.value = counts.at(std::size_t(i));
        bar.color = levelColor(level);
        //: %1 is a risk level (Critical, High, …); the button opens the list of those apps
        bar.description = OverviewFigures::tr("%1: %n app(s). Show them.", nullptr, bar.value).arg(bar.label);
        bar.viewId = QStringLiteral("apps");
        bar.filter = {ConsentOverview::measureKey(measure), Risk::toKey(level), filterSentence(measure, level)};
        bars.append(bar);
    }
    return bars;
}

QList<OverviewAppList::Row> OverviewFigures::riskyRows(const QList<AppSummary>& apps, Measure measure)
{
    QList<OverviewAppList::Row> rows;
    for (const AppSummary& app : ConsentOverview::risky(apps, measure)) {
        const RiskLevel level = ConsentOverview::level(app, measure);
        OverviewAppList::Row row;
        // "(unverified)" is ConsentDesk's mark: no check mark of the app's or the publisher's beside it.
        QString publisher = TenantText::forNameBesideBadge(app.app.publisherName);
        if (measure == Measure::UserConsent && !app.verifiedPublisher) {
            //: after a publisher's name: Microsoft has not verified it (a sign of consent phishing)
            publisher = publisher.isEmpty() ? OverviewFigures::tr("unverified")
                                            : OverviewFigures::tr("%1 (unverified)").arg(publisher);
        }
        row.columns = {TenantText::forNameBesideBadge(app.app.displayName),
                       publisher,
                       ConsentOverview::permission(app, measure),
                       Risk::displayName(level)};
        if (measure == Measure::UserConsent) {
            row.columns.insert(2, QLocale().toString(app.users));
        }
        row.color = ViewStyle::riskColor(level);
        row.bold = level == RiskLevel::Critical;
        row.viewId = QStringLiteral("apps");
        row.filter = {QStringLiteral("app"), app.app.id, QString()};
        rows.append(row);
    }
    return rows;
}

QList<OverviewBarChart::Bar>
OverviewFigures::ageBars(const QList<ConsentRequest>& requests, const QDateTime& now, int* pending)
{
    const auto counts = ConsentOverview::tallyAges(requests, now);
    QList<OverviewBarChart::Bar> bars;
    *pending = 0;
    for (int i = 0; i < ConsentOverview::AgeCount; ++i) {
        const auto age = ConsentOverview::Age(i);
        const int count = counts.at(std::size_t(i));
        *pending += count;
        if (age == ConsentOverview::Age::Unknown && count == 0) {
            continue; // Graph dates every request; a bar for none would only puzzle
        }
        OverviewBarChart::Bar bar;
        bar.label = ConsentOverview::ageName(age);
        bar.value = count;
        bar.color = ageColor(age);
        //: %1 is how long requests have waited ("Over 30 days"); the button opens the list of those requests
        bar.description = tr("%1: %n pending request(s). Show them.", nullptr, count).arg(bar.label);
        bar.viewId = QStringLiteral("requests");
        //: %1 is how long requests have waited ("Over 30 days", "Less than a day")
        bar.filter = {QStringLiteral("pendingAge"),
                      ConsentOverview::ageKey(age),
                      tr("Only the pending requests that have waited this long: %1.").arg(bar.label)};
        bars.append(bar);
    }
    return bars;
}

QList<OverviewAppList::Row> OverviewFigures::mailboxRows(const QList<AppSummary>& apps)
{
    QList<OverviewAppList::Row> rows;
    for (const AppSummary& app : apps) {
        OverviewAppList::Row row;
        // Beside the lists that say "(unverified)", on the same page: the same rule for the names.
        row.columns = {TenantText::forNameBesideBadge(app.app.displayName),
                       TenantText::forNameBesideBadge(app.app.publisherName),
                       app.mailboxPermissions.join(QStringLiteral(", "))};
        row.color = StateColorPalette().color(Role::Danger);
        row.viewId = QStringLiteral("access");
        row.filter = {QStringLiteral("app"), app.app.appId, QString()};
        rows.append(row);
    }
    return rows;
}
