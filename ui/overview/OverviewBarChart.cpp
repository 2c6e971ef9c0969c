#include "OverviewBarChart.h"

#include "common/FlowLayout.h"
#include "common/ViewStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0, 0, 12, 12), 2, 2);
    return QIcon(pixmap);
}

} // namespace

OverviewBarChart::OverviewBarChart(const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
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
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setAccessibleName(accessibleName);
    m_view->setFocusPolicy(Qt::NoFocus); // the buttons below are the keyboard's way in
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(150);
    m_message = ViewStyle::placeholder(this, "overviewChartMessage");
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_buttonRow = new FlowLayout;
    m_buttonRow->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message, 1);
    layout->addLayout(m_buttonRow);
    m_message->hide();
    applyPalette();
}

void OverviewBarChart::applyPalette()
{
    // The chart draws itself; it takes its colours from the widget palette here, so dark and high-contrast
    // schemes read as well as the rest of the window.
    const QPalette p = palette();
    m_view->setBackgroundBrush(p.brush(QPalette::Window));
    for (QAbstractSeries* series : m_chart->series()) {
        for (QBarSet* set : static_cast<QBarSeries*>(series)->barSets()) {
            set->setLabelColor(p.color(QPalette::WindowText));
        }
    }
    for (QAbstractAxis* axis : m_chart->axes()) {
        axis->setLabelsBrush(p.brush(QPalette::WindowText));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Mid));
    }
}

void OverviewBarChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

void OverviewBarChart::setBars(const QList<Bar>& bars)
{
    m_bars = bars;
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    // One set per bar in a single category: each bar keeps its own colour, and a click names its set.
    auto* series = new QBarSeries;
    int highest = 0;
    for (const Bar& bar : bars) {
        auto* set = new QBarSet(bar.label);
        *set << bar.value;
        set->setColor(bar.color);
        set->setBorderColor(bar.color);
        set->setLabelColor(palette().color(QPalette::WindowText));
        series->append(set);
        highest = std::max(highest, bar.value);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.9);
    m_chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(QStringLiteral(" "));
    categories->setLabelsVisible(false);
    categories->setGridLineVisible(false);
    // No scale: every bar has its number written on it, and a scale of fractional ticks would only distract.
    auto* values = new QValueAxis;
    values->setRange(0, std::max(1.0, highest * 1.2)); // room for the numbers above the bars
    values->setLabelsVisible(false);
    values->setGridLineVisible(false);
    values->setLineVisible(false);
    m_chart->addAxis(categories, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    connect(series, &QBarSeries::clicked, this, [this, series](int, QBarSet* set) {
        activate(int(series->barSets().indexOf(set)));
    });
    applyPalette();

    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (int i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars.at(i);
        auto* button = new QPushButton(
            swatch(bar.color), QStringLiteral("%1  %2").arg(bar.label, QLocale().toString(bar.value)), this);
        button->setObjectName(objectName() + QStringLiteral("Bar%1").arg(i));
        button->setFlat(true);
        button->setAccessibleName(bar.description);
        button->setToolTip(ViewStyle::plainToolTip(bar.description));
        button->setEnabled(bar.value > 0);
        connect(button, &QPushButton::clicked, this, [this, i] { activate(i); });
        m_buttonRow->addWidget(button);
        m_buttons.append(button);
    }
    m_message->hide();
    m_view->show();
}

void OverviewBarChart::showMessage(const QString& text)
{
    m_bars.clear();
    m_chart->removeAllSeries();
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_view->hide();
    m_message->setText(ViewStyle::tenantText(text));
    m_message->show();
}

void OverviewBarChart::activate(int index)
{
    if (index < 0 || index >= m_bars.size() || m_bars.at(index).value == 0) {
        return; // an empty bar lists nothing
    }
    emit activated(m_bars.at(index).viewId, m_bars.at(index).filter);
}
