#include "OverviewHistoryChart.h"

#include "async/Async.h"
#include "async/WorkerPool.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "report/FirstSeenHistory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

constexpr int MostBuckets = 12;

} // namespace

OverviewHistoryChart::OverviewHistoryChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewHistoryChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("overviewHistoryChartView"));
    m_view->setAccessibleName(tr("Users' own consents by when ConsentDesk first saw them"));
    m_view->setFocusPolicy(Qt::NoFocus); // a picture: the note and the description carry the figures
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(170);
    m_note = ViewStyle::plainLabel(this, "overviewHistoryNote");
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop); // with no chart above it, at the top of the card
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    setTenant({});
}

OverviewHistoryChart::Figures
OverviewHistoryChart::figuresOf(const QMap<QDate, int>& byDay, const QDateTime& firstObservation, const QDate& today)
{
    Figures figures;
    if (!firstObservation.isValid()) {
        return figures;
    }
    figures.since = firstObservation;
    const QDate firstLook = firstObservation.toUTC().date();
    figures.weeks = firstLook.daysTo(today) < MostBuckets * 7;
    const bool weeks = figures.weeks;
    const auto startOf = [weeks](const QDate& day) {
        return weeks ? day.addDays(1 - day.dayOfWeek()) : QDate(day.year(), day.month(), 1);
    };
    const auto next = [weeks](const QDate& start) { return weeks ? start.addDays(7) : start.addMonths(1); };
    const QDate last = startOf(std::max(today, firstLook));
    const QDate first = weeks ? startOf(firstLook) : std::max(startOf(firstLook), last.addMonths(1 - MostBuckets));

    // What was there at the first look has no date of its own: one bar, apart from what came after.
    Bucket baseline;
    baseline.baseline = true;
    baseline.start = first > startOf(firstLook) ? first : firstLook;
    for (auto it = byDay.cbegin(); it != byDay.cend() && (it.key() <= firstLook || it.key() < first); ++it) {
        baseline.consents += it.value();
    }
    figures.buckets.append(baseline);
    for (QDate start = first; start <= last; start = next(start)) {
        Bucket bucket;
        bucket.start = start;
        for (auto it = byDay.lowerBound(std::max(start, firstLook.addDays(1)));
             it != byDay.cend() && it.key() < next(start);
             ++it) {
            bucket.consents += it.value();
        }
        figures.buckets.append(bucket);
    }
    return figures;
}

OverviewHistoryChart::Figures OverviewHistoryChart::read(const QString& tenantId, const QDate& today)
{
    FirstSeenHistory history(tenantId);
    Figures figures;
    if (!history.load(&figures.error)) {
        return figures;
    }
    return figuresOf(history.userConsentsFirstSeenByDay(), history.firstObservation(), today);
}

void OverviewHistoryChart::setTenant(const QString& tenantId)
{
    Async::cancel(m_read);
    m_tenantId = tenantId;
    if (tenantId.isEmpty()) {
        m_loading = false;
        m_figures = {};
        m_note->setText(tr("Sign in to see when users consented to apps themselves."));
        draw();
        return;
    }
    m_loading = true;
    if (m_figures.buckets.isEmpty()) {
        m_note->setText(tr("Reading the history of users' consents…"));
    }
    m_read = QtConcurrent::run(WorkerPool::instance(), &OverviewHistoryChart::read, tenantId, QDate::currentDate());
    Async::then(m_read, this, [this](const Figures& figures) { show(figures); });
}

void OverviewHistoryChart::show(const Figures& figures)
{
    m_loading = false;
    m_figures = figures;
    const QLocale locale;
    if (!figures.error.isEmpty()) {
        //: %1 says why the file could not be read
        m_note->setText(ViewStyle::tenantText(
            tr("The history of users' consents on this computer could not be read: %1").arg(figures.error)));
    } else if (!figures.since.isValid()) {
        m_note->setText(tr("No history yet. Graph gives a consent no date, so ConsentDesk keeps the day it first sees "
                           "each one on this computer. It starts with the first permissions ConsentDesk reads from "
                           "this tenant (or a snapshot of it that you open) and grows as you keep using ConsentDesk "
                           "with this tenant."));
    } else {
        int total = 0;
        for (const Bucket& bucket : figures.buckets) {
            total += bucket.consents;
        }
        const QString since = locale.toString(figures.since.toLocalTime().date(), QLocale::ShortFormat);
        const int later = total - figures.buckets.value(0).consents;
        //: %1 is a date. Graph gives a consent no date: the history starts when ConsentDesk first looked.
        m_note->setText(tr("Graph gives a consent no date: these are the days ConsentDesk first saw each one on this "
                           "computer, since %1. The first bar is what was already there then.")
                            .arg(since)
                        + QLatin1Char(' ')
                        + (later == 0 ? tr("No user has consented to an app on their own since.")
                                      : tr("%n consent(s) given by users on their own since.", nullptr, later)));
    }
    draw();
    emit loaded();
}

QString OverviewHistoryChart::label(const Bucket& bucket) const
{
    const QLocale locale;
    const QString date = locale.toString(bucket.start, QLocale::ShortFormat);
    if (bucket.baseline) {
        if (m_figures.since.isValid() && bucket.start <= m_figures.since.toUTC().date()) {
            //: a bar of a chart: the consents already there when ConsentDesk first looked at the tenant (the note
            //: under the chart gives its date)
            return tr("First look");
        }
        //: a bar of a chart: the consents ConsentDesk first saw before the other bars' months; %1 is a date
        return tr("Before %1").arg(date);
    }
    if (m_figures.weeks) {
        return date; // the week's Monday
    }
    return locale.toString(bucket.start, QStringLiteral("MMM yyyy")); // the month, in the locale's words
}

void OverviewHistoryChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        draw();
    }
}

void OverviewHistoryChart::draw()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    // No history: the note says so and how to start one, and no empty axes are drawn.
    m_view->setVisible(!m_figures.buckets.isEmpty());
    if (m_figures.buckets.isEmpty()) {
        m_view->setAccessibleDescription(m_note->text());
        return;
    }
    const QPalette p = palette();
    const QColor baseline = StateColorPalette(p).color(StateColorPalette::Role::ChartBaseline);
    auto* set = new QBarSet(QString());
    auto* categories = new QBarCategoryAxis;
    QStringList described;
    int highest = 0;
    for (const Bucket& bucket : std::as_const(m_figures.buckets)) {
        *set << bucket.consents;
        const QString text = label(bucket);
        categories->append(text);
        highest = std::max(highest, bucket.consents);
        const QString count = QLocale().toString(bucket.consents);
        described.append(bucket.baseline && text == tr("First look")
                             //: the chart's first bar in words, for screen readers: %1 is a date, %2 a number
                             ? tr("Already there when ConsentDesk first looked, %1: %2")
                                   .arg(QLocale().toString(bucket.start, QLocale::ShortFormat), count)
                             //: one bar of the chart in words, for screen readers: %1 is its label, %2 a number
                             : tr("%1: %2").arg(text, count));
    }
    set->setColor(p.color(QPalette::Highlight));
    set->setBorderColor(Qt::transparent); // the baseline's fill has no highlight edge
    set->setLabelColor(p.color(QPalette::WindowText));
    // The baseline is not "consented that week": drawn in a colour of its own (not the low-risk grey).
    set->setSelectedColor(baseline);
    set->selectBar(0);
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    // No scale: every bar has its number written on it.
    auto* values = new QValueAxis;
    values->setRange(0, std::max(1.0, highest * 1.25));
    values->setVisible(false);
    categories->setLabelsBrush(p.brush(QPalette::WindowText));
    categories->setGridLineVisible(false);
    categories->setLinePenColor(p.color(QPalette::Mid));
    categories->setLabelsAngle(m_figures.buckets.size() > 6 ? -45 : 0); // a dozen dates side by side do not fit
    m_chart->addAxis(categories, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    m_view->setBackgroundBrush(p.brush(QPalette::Window));
    m_view->setAccessibleDescription(described.join(QStringLiteral("; ")));
}
