#pragma once

#include "report/SnapshotChange.h"
#include "report/SnapshotDiffReport.h"

#include <QDialog>
#include <QList>

class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

/**
 * What changed between two snapshots (or a snapshot and the tenant as it is now): one row per change, riskiest first
 * and sortable by any column; exported as CSV, JSON or a self-contained HTML report. Tenant text is shown as plain
 * text only.
 */
class SnapshotDiffDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Csv, Json, Html };

    explicit SnapshotDiffDialog(QWidget* parent = nullptr);

    void setChanges(const QList<SnapshotChange>& changes,
                    const SnapshotDiffReport::Side& before,
                    const SnapshotDiffReport::Side& after,
                    const QStringList& missingBefore, // parts a side could not read (SnapshotIndex::missingParts)
                    const QStringList& missingAfter);
    int rowCount() const;
    QTableView* table() const { return m_table; }
    bool exportTo(const QString& path, Format format, QString* error = nullptr) const; // tests, and the Export button

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // the columns follow the table's width

private:
    void exportAsked();
    void fitColumns(); // from m_naturalWidths to the table's width
    // Sets columns' widths so that they take at most room together (as far as least allows).
    void shareWidth(const QList<int>& columns, int room, int least);

    QList<SnapshotChange> m_changes;
    QList<int> m_naturalWidths; // each column's width with nothing cut
    SnapshotDiffReport::Side m_before;
    SnapshotDiffReport::Side m_after;
    QStringList m_notCompared; // in the GUI's language, for the HTML export
    QLabel* m_summary = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
};
