#pragma once

#include "common/ViewFilter.h"

#include <QColor>
#include <QList>
#include <QWidget>

class FlowLayout;
class QChart;
class QChartView;
class QLabel;
class QPushButton;

/**
 * One of the Overview's bar charts: a bar per category (its colour, its value written on it) and under the chart a
 * button per bar with the same colour, name and number — what the keyboard, a screen reader and a high-contrast
 * scheme use, since a chart is only a picture. Clicking a bar or its button asks for the view that lists what it
 * counts, filtered (activated).
 */
class OverviewBarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label; // "Critical", "Over 30 days"
        int value = 0;
        QColor color;
        QString description; // the button's accessible name and tooltip: "Critical: 3 apps. Show them."
        QString viewId; // where the click leads
        ViewFilter filter;
    };

    OverviewBarChart(const QString& objectName, const QString& accessibleName, QWidget* parent = nullptr);

    void setBars(const QList<Bar>& bars);
    void showMessage(const QString& text); // instead of the bars: reading, could not be read, signed out
    const QList<Bar>& bars() const { return m_bars; }
    QList<QPushButton*> buttons() const { return m_buttons; }
    void activate(int index); // as a click on that bar

signals:
    void activated(const QString& viewId, const ViewFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    FlowLayout* m_buttonRow = nullptr; // the legend: wraps when a language's labels are long
    QList<QPushButton*> m_buttons;
    QList<Bar> m_bars;
};
