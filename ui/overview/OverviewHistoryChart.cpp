#include "OverviewHistoryChart.h"

#include "async/Async.h"
#include "async/WorkerPool.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "report/FirstSeenHistory.h"

#include <QAccessible>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

constexpr int MostBuckets = 12;

QDate nextStart(const QDate& start, bool weeks)
{
    return weeks ? start.addDays(7) : start.addMonths(1);
}

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
    // Tab reaches the bars: Left and Right choose one, Enter opens its apps (the description says so).
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(170);
    const QString tip = tr("Click a bar to list the apps that hold its consents now.");
    m_view->setToolTip(ViewStyle::plainToolTip(tip));
    m_focusFrame = new QGraphicsRectItem(m_chart); // in the chart's coordinates, above its bars
    m_focusFrame->setZValue(1000);
    m_focusFrame->hide();
    connect(m_chart, &QChart::plotAreaChanged, this, &OverviewHistoryChart::placeFocusFrame);
    connect(m_view, &QWidget::customContextMenuRequested, this, &OverviewHistoryChart::showMenu);
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
    const QDate last = startOf(std::max(today, firstLook));
    const QDate first = weeks ? startOf(firstLook) : std::max(startOf(firstLook), last.addMonths(1 - MostBuckets));

    // What was there at the first look has no date of its own: one bar, apart from what came after.
    Bucket baseline;
    baseline.baseline = true;
    baseline.start = first > startOf(firstLook) ? first : firstLook;
    figures.buckets.append(baseline);
    for (QDate start = first; start <= last; start = nextStart(start, weeks)) {
        Bucket bucket;
        bucket.start = start;
        figures.buckets.append(bucket);
    }
    // Counted by bucketOf, the rule the bars' apps are sorted by too: a bar lists the apps of what it counts.
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const int bucket = bucketOf(figures, it.key());
        if (bucket >= 0) {
            figures.buckets[bucket].consents += it.value();
        }
    }
    return figures;
}

int OverviewHistoryChart::bucketOf(const Figures& figures, const QDate& day)
{
    if (figures.buckets.isEmpty() || !day.isValid()) {
        return -1;
    }
    // The baseline: the first look's day and anything older, and whatever came before the first bar shown.
    if (day <= figures.since.toUTC().date() || figures.buckets.size() < 2 || day < figures.buckets.at(1).start) {
        return 0;
    }
    for (int i = int(figures.buckets.size()) - 1; i >= 1; --i) {
        const QDate start = figures.buckets.at(i).start;
        if (start <= day) {
            return day < nextStart(start, figures.weeks) ? i : -1; // after the last bar (a clock set back): none
        }
    }
    return 0;
}

OverviewHistoryChart::Figures
OverviewHistoryChart::read(const QString& tenantId, const QDate& today, const std::optional<ClaimKeyCollector>& claims)
{
    FirstSeenHistory history(tenantId);
    Figures figures;
    if (!history.load(&figures.error)) {
        return figures;
    }
    figures = figuresOf(history.userConsentsFirstSeenByDay(), history.firstObservation(), today);
    if (!claims || figures.buckets.isEmpty()) {
        return figures;
    }
    // Each user consent the tenant holds now, in the bar of the day it was first seen: a bar's apps. A consent
    // revoked since counts in its bar and names no app.
    QList<QSet<QString>> apps(figures.buckets.size());
    claims->forEachUserConsent([&](const QString& servicePrincipalId, const QString& claimKey) {
        const QDateTime seen = history.firstSeen(claimKey);
        const int bucket = seen.isValid() ? bucketOf(figures, seen.date()) : -1;
        if (bucket >= 0) {
            apps[bucket].insert(servicePrincipalId);
        }
    });
    for (qsizetype i = 0; i < apps.size(); ++i) {
        QStringList ids(apps.at(i).cbegin(), apps.at(i).cend());
        ids.sort();
        figures.buckets[i].apps = ids;
    }
    figures.appsKnown = true;
    return figures;
}

void OverviewHistoryChart::setTenant(const QString& tenantId, const std::optional<ClaimKeyCollector>& claims)
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
    m_read = QtConcurrent::run(
        WorkerPool::instance(), &OverviewHistoryChart::read, tenantId, QDate::currentDate(), claims);
    Async::then(m_read, this, [this](const Figures& figures) { show(figures); });
}

void OverviewHistoryChart::show(const Figures& figures)
{
    m_loading = false;
    m_figures = figures;
    m_current = std::clamp(m_current, 0, std::max(0, int(figures.buckets.size()) - 1));
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
    m_series = nullptr;
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
    int highest = 0;
    for (const Bucket& bucket : std::as_const(m_figures.buckets)) {
        *set << bucket.consents;
        categories->append(label(bucket));
        highest = std::max(highest, bucket.consents);
    }
    set->setColor(p.color(QPalette::Highlight));
    set->setBorderColor(Qt::transparent); // the baseline's fill has no highlight edge
    set->setLabelColor(p.color(QPalette::WindowText));
    // The baseline is not "consented that week": drawn in a colour of its own (not the low-risk grey).
    set->setSelectedColor(baseline);
    set->selectBar(0);
    connect(set, &QBarSet::clicked, this, &OverviewHistoryChart::activate);
    connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
        const bool opens = on && m_figures.appsKnown && m_figures.buckets.value(index).consents > 0;
        m_view->viewport()->setCursor(opens ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    auto* series = new QBarSeries;
    m_series = series;
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
    QColor fill = p.color(QPalette::Highlight);
    fill.setAlpha(40);
    m_focusFrame->setPen(QPen(p.color(QPalette::Highlight), 2));
    m_focusFrame->setBrush(fill);
    setCurrentBar(m_current); // the description, and the frame where the bars now are
}

QString OverviewHistoryChart::spoken(int index) const
{
    const Bucket& bucket = m_figures.buckets.at(index);
    const QString text = label(bucket);
    const QString count = QLocale().toString(bucket.consents);
    return bucket.baseline && text == tr("First look")
               //: the chart's first bar in words, for screen readers: %1 is a date, %2 a number
               ? tr("Already there when ConsentDesk first looked, %1: %2")
                     .arg(QLocale().toString(bucket.start, QLocale::ShortFormat), count)
               //: one bar of the chart in words, for screen readers: %1 is its label, %2 a number
               : tr("%1: %2").arg(text, count);
}

void OverviewHistoryChart::setCurrentBar(int index)
{
    if (m_figures.buckets.isEmpty()) {
        return;
    }
    m_current = std::clamp(index, 0, int(m_figures.buckets.size()) - 1);
    placeFocusFrame();
    // A screen reader hears the chosen bar first, then how to choose and open one, then every bar.
    QStringList described;
    for (int i = 0; i < m_figures.buckets.size(); ++i) {
        described.append(spoken(i));
    }
    const QString chosen = m_view->hasFocus() ? spoken(m_current) + QStringLiteral(". ") : QString();
    m_view->setAccessibleDescription(
        chosen + tr("Left and Right choose a bar, Enter shows the apps that hold its consents in Apps and permissions.")
        + QLatin1Char(' ') + described.join(QStringLiteral("; ")));
    if (m_view->hasFocus()) {
        QAccessibleEvent event(m_view, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void OverviewHistoryChart::placeFocusFrame()
{
    // The chosen bar's column, framed while the chart has the keyboard focus (as a list marks its current row).
    const bool framed = m_series && m_view->hasFocus() && m_current < m_figures.buckets.size();
    m_focusFrame->setVisible(framed);
    if (!framed) {
        return;
    }
    const QRectF plot = m_chart->plotArea();
    const qreal left = m_chart->mapToPosition(QPointF(m_current - 0.46, 0), m_series).x();
    const qreal right = m_chart->mapToPosition(QPointF(m_current + 0.46, 0), m_series).x();
    m_focusFrame->setRect(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())).adjusted(0, 0, 0, 2));
}

ViewFilter OverviewHistoryChart::filterOf(int index) const
{
    const Bucket& bucket = m_figures.buckets.at(index);
    const QLocale locale;
    QString sentence;
    if (bucket.baseline && label(bucket) == tr("First look")) {
        //: the line above the apps list after a click on the history chart's first bar; %1 is a date
        sentence = tr("Only the apps that hold a user's own consent that was already there when ConsentDesk first "
                      "looked at the tenant, on %1.")
                       .arg(locale.toString(bucket.start, QLocale::LongFormat));
    } else if (bucket.baseline) {
        //: %1 is the first day of the history chart's oldest month shown
        sentence = tr("Only the apps that hold a user's own consent ConsentDesk first saw before %1.")
                       .arg(locale.toString(bucket.start, QLocale::LongFormat));
    } else if (m_figures.weeks) {
        //: %1 is the Monday of a week
        sentence = tr("Only the apps that hold a user's own consent ConsentDesk first saw in the week of %1.")
                       .arg(locale.toString(bucket.start, QLocale::LongFormat));
    } else {
        //: %1 is a month and its year, as "November 2026"
        sentence = tr("Only the apps that hold a user's own consent ConsentDesk first saw in %1.")
                       .arg(locale.toString(bucket.start, QStringLiteral("MMMM yyyy")));
    }
    ViewFilter filter {QStringLiteral("apps"), QString(), sentence};
    filter.values = bucket.apps;
    return filter;
}

void OverviewHistoryChart::activate(int index)
{
    if (!m_figures.appsKnown || index < 0 || index >= m_figures.buckets.size()
        || m_figures.buckets.at(index).consents == 0) {
        return; // an empty bar lists nothing; while the session reads, no bar knows its apps yet
    }
    setCurrentBar(index);
    emit activated(QStringLiteral("apps"), filterOf(index));
}

bool OverviewHistoryChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view) {
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        setCurrentBar(m_current); // the frame, and the chosen bar first in the description
    } else if (event->type() == QEvent::KeyPress && !m_figures.buckets.isEmpty()) {
        const int last = int(m_figures.buckets.size()) - 1;
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Left:
            setCurrentBar(m_current - 1);
            return true;
        case Qt::Key_Right:
            setCurrentBar(m_current + 1);
            return true;
        case Qt::Key_Home:
            setCurrentBar(0);
            return true;
        case Qt::Key_End:
            setCurrentBar(last);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            activate(m_current);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewHistoryChart::showMenu(const QPoint& pos)
{
    if (m_figures.buckets.isEmpty()) {
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("overviewHistoryMenu"));
    for (int i = 0; i < m_figures.buckets.size(); ++i) {
        const int consents = m_figures.buckets.at(i).consents;
        if (consents == 0) {
            continue;
        }
        //: a context menu item of the history chart: %1 is a bar's label (a date, "First look"), then its count
        QAction* action = menu.addAction(
            tr("%1 — %n consent(s): show their apps", nullptr, consents).arg(label(m_figures.buckets.at(i))));
        action->setEnabled(m_figures.appsKnown);
        connect(action, &QAction::triggered, this, [this, i] { activate(i); });
    }
    if (!menu.isEmpty()) {
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    }
}
