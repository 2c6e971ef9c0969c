#pragma once

#include "PermissionColumnTexts.h"
#include "directory/GrantedPermission.h"
#include "report/FirstSeenHistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMetaObject>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

/**
 * Permissions an app holds (or a user granted), one row per claim: API name, Claim value, Permission, Type,
 * Granted through, Granted by, Risk, App, First seen (by ConsentDesk, from the session's FirstSeenHistory: Graph keeps
 * no grant dates). Sorts by meaning (SortRole: risk as its level, dates as days) and exports raw values.
 *
 * "Granted by": Graph does not record who consented; when ConsentDesk made the grant, its journal knows, so the
 * view passes what the journal says (setGrantedBy) and the column says "not recorded" otherwise.
 */
class FirstSeenState;

class PermissionRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Api, Claim, PermissionName, Type, GrantedThrough, GrantedBy, Risk, App, FirstSeen, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RowKeyRole };

    explicit PermissionRowModel(QObject* parent = nullptr);
    ~PermissionRowModel() override;

    void setRows(const QList<GrantedPermission>& rows);
    void setGrantedBy(const QHash<QString, QString>& actorsByObjectId); // grant or assignment id -> UPN
    // The dates of the First seen column, and what they mean (its tooltip: FirstSeenState::explanation()).
    void setFirstSeen(const FirstSeenHistory& history, const QString& explanation);
    void follow(FirstSeenState* state); // setFirstSeen now and whenever it changes; null: no dates
    const QList<GrantedPermission>& rows() const { return m_rows; } // as given (row() follows the sort)
    const GrantedPermission* row(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts its own rows (keys computed once per row, text compared case-insensitively); the order stays through
    // setRows() and the selection follows its rows. An app 20 000 users consented to has 100 000 rows: from
    // PrepareKeysFrom rows on, the text columns' keys are prepared off the GUI thread once the rows (or who granted
    // them) are set, so a click on a column only sorts integers; a column sorted before its keys are ready computes
    // them itself, the same keys.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool sortKeysPending() const { return m_keysQueued || m_keysRunning; }
    static constexpr int PrepareKeysFrom = 5000;

    static QStringList exportKeys(); // stable keys per column, for ModelExporter

signals:
    void sortKeysReady(); // the text columns' keys prepared off the GUI thread are in place

private:
    using Ranks = std::array<std::vector<quint32>, ColumnCount>;
    const PermissionColumnTexts& texts() const; // with the constant words translated (once)
    QString text(const GrantedPermission& row, int column) const; // what the column shows
    qint64 firstSeenDay(int stored) const; // Julian day the row's claim was first seen; 0 when never
    const std::vector<quint32>& ranks(int column) const; // per row: its place in the column's order (cached)
    void clearRanks();
    void prepareSortKeys(); // queued after the rows or who granted them change: one job for both
    void startSortKeys();
    void cancelSortKeys();
    std::vector<int> sortedOrder() const; // the rows' order under the current sort
    void applySort(bool notify);

    QList<GrantedPermission> m_rows; // as given; never moved
    std::vector<int> m_order; // row -> index in m_rows
    FirstSeenHistory m_firstSeen {QString()};
    QString m_firstSeenExplanation;
    QMetaObject::Connection m_firstSeenFollow;
    mutable PermissionColumnTexts m_texts; // its words translated at the first text asked for
    mutable bool m_translated = false;
    mutable std::vector<qint64> m_firstSeenDays; // per stored row, -1 until asked for (a hash per row)
    mutable Ranks m_ranks; // per column, filled on its first sort or by the job that prepares them
    bool m_keysQueued = false; // a job to prepare the keys starts at the next turn of the event loop
    bool m_keysRunning = false;
    quint64 m_keysRun = 0; // which rows and granted-by the running job's keys are for
    std::shared_ptr<std::atomic_bool> m_keysCancel; // the running job's: it stops between columns
    bool m_orderValid = false; // m_order is the current sort of the current rows
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
