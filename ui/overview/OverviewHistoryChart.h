#pragma once

#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

/**
 * Users' own consents over time: how many per-user consents ConsentDesk first saw in each week (or month, over a
 * longer history), from the tenant's first-seen history (FirstSeenHistory). Graph gives a grant no date, so the
 * first bar is what was already there when ConsentDesk first looked, and the note says since when it has been
 * looking; a sudden bar after it is what a consent phishing campaign leaves. The history file is read off the GUI
 * thread (a large tenant's holds tens of thousands of claims). The chart is a picture: its accessible description
 * and the note carry the figures in words.
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
    };

    struct Figures
    {
        QList<Bucket> buckets;
        bool weeks = true;
        QDateTime since; // the history's first observation (invalid: no history)
        QString error; // the history file could not be read
    };

    explicit OverviewHistoryChart(QWidget* parent = nullptr);

    void setTenant(const QString& tenantId); // reads the history again; empty: signed out
    bool isLoading() const { return m_loading; }
    const Figures& figures() const { return m_figures; }

    // Weeks (Monday first) when the history spans at most 12 of them, else months (the last 12). Bucket 0 is the
    // baseline: the consents first seen on the first look's day, or before the first bucket shown.
    static Figures figuresOf(const QMap<QDate, int>& byDay, const QDateTime& firstObservation, const QDate& today);
    static Figures read(const QString& tenantId, const QDate& today); // any thread

signals:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void show(const Figures& figures);
    void draw();
    QString label(const Bucket& bucket) const;

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_note = nullptr;
    QString m_tenantId;
    QFuture<Figures> m_read;
    Figures m_figures;
    bool m_loading = false;
};
