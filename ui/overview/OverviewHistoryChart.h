#pragma once

#include "common/ViewFilter.h"
#include "report/ClaimKeyCollector.h"

#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QWidget>

#include <optional>

class QBarSeries;
class QChart;
class QChartView;
class QGraphicsRectItem;
class QLabel;

/**
 * Users' own consents over time: how many per-user consents ConsentDesk first saw in each week (or month, over a
 * longer history), from the tenant's first-seen history (FirstSeenHistory). Graph gives a grant no date, so the
 * first bar is what was already there when ConsentDesk first looked, and the note says since when it has been
 * looking; a sudden bar after it is what a consent phishing campaign leaves. The history file is read off the GUI
 * thread (a large tenant's holds tens of thousands of claims). The chart is a picture: its accessible description
 * and the note carry the figures in words.
 *
 * A bar opens Apps and permissions filtered to the apps that hold, now, a user's consent first seen in it (activated):
 * the history keeps only hashed claim keys, so the read also hashes the session's user consents (ClaimKeyCollector)
 * and sorts their apps into the bars by the rule the counts use (bucketOf). Click a bar, or focus the chart and choose
 * one with Left and Right (a frame marks it) and press Enter; the context menu lists every bar.
 */
class OverviewHistoryChart : public QWidget
{
    Q_OBJECT

public:
    struct Bucket
    {
        QDate start; // the week's Monday or the month's first day; the baseline: the first look's day
        bool baseline = false; // consents already there at the first look (or before the buckets shown)
        int consents = 0;
        QStringList apps; // the service principal ids (lower case, sorted) holding one of its consents now
    };

    struct Figures
    {
        QList<Bucket> buckets;
        bool weeks = true;
        QDateTime since; // the history's first observation (invalid: no history)
        QString error; // the history file could not be read
        bool appsKnown = false; // the buckets' apps were made from the session's read (not there while it reads)
    };

    explicit OverviewHistoryChart(QWidget* parent = nullptr);

    // Reads the history again; empty: signed out. The claims (the session's finished read) name the bars' apps.
    void setTenant(const QString& tenantId, const std::optional<ClaimKeyCollector>& claims = std::nullopt);
    bool isLoading() const { return m_loading; }
    const Figures& figures() const { return m_figures; }

    // Weeks (Monday first) when the history spans at most 12 of them, else months (the last 12). Bucket 0 is the
    // baseline: the consents first seen on the first look's day, or before the first bucket shown.
    static Figures figuresOf(const QMap<QDate, int>& byDay, const QDateTime& firstObservation, const QDate& today);
    // The bar of figures a consent first seen on `day` (UTC) counts in, by figuresOf's rule: 0 the baseline, -1 none
    // (after the last bar).
    static int bucketOf(const Figures& figures, const QDate& day);
    // Any thread. With claims, each bar's apps: those holding a user consent of the claims first seen in it.
    static Figures read(const QString& tenantId, const QDate& today, const std::optional<ClaimKeyCollector>& claims);

    int currentBar() const { return m_current; } // the one Enter opens (framed while the chart has focus)
    void activate(int index); // as a click on that bar: nothing for an empty bar or while the apps are read
    ViewFilter filterOf(int index) const; // what a bar's click asks Apps and permissions to show

signals:
    void loaded();
    void activated(const QString& viewId, const ViewFilter& filter);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const Figures& figures);
    void draw();
    QString label(const Bucket& bucket) const;
    QString spoken(int index) const; // a bar in words: its label and count
    void setCurrentBar(int index);
    void placeFocusFrame();
    void showMenu(const QPoint& pos);

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_note = nullptr;
    QBarSeries* m_series = nullptr;
    QGraphicsRectItem* m_focusFrame = nullptr;
    int m_current = 0;
    QString m_tenantId;
    QFuture<Figures> m_read;
    Figures m_figures;
    bool m_loading = false;
};
