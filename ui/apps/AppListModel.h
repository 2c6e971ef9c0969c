#pragma once

#include "consent/AppSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

/**
 * The tenant's apps and what each holds, filled page by page as the inventory streams in: App, Publisher (Microsoft
 * / verified marks), Tenant-wide (claims), Users (with their own consent), Application permissions, Highest risk.
 */
class AppListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { App, Publisher, TenantWide, Users, Application, Risk, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, HoldsAnythingRole };

    explicit AppListModel(QObject* parent = nullptr);

    void clear();
    void upsert(const QList<AppSummary>& apps); // streaming: add or update by SP id (kept in the sorted order)
    const AppSummary* summary(int row) const;
    int rowOf(const QString& servicePrincipalId) const;
    // The filter: does the app's name or publisher contain this text (lower-case)? No data() call per row.
    bool matches(int row, const QString& lowerText) const;
    bool holdsAnything(int row) const; // AppSummary::holdsAnything, without reading the whole summary

    // Sorts its own rows by keys computed once per row; persistent indexes (the selection) follow their rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Keys
    {
        QString name; // lower-case, as compared and filtered
        QString publisher;
        bool holdsAnything = false; // here too: filtering 100 000 rows then reads this array only
    };
    Keys keysOf(const AppSummary& app) const;
    QString appText(const AppSummary& app) const;
    // shown: as the column shows it (TenantText::forNameBesideBadge); else as exported, the tenant's own name.
    QString publisherText(const AppSummary& app, bool shown = false) const;
    void rankNames();
    void applySort();

    // Apps are stored in the order they arrived and never move; m_order says which one each row shows.
    QList<AppSummary> m_apps;
    QList<Keys> m_keys; // per stored app
    std::vector<int> m_nameRank; // per stored app: its place A to Z by name
    bool m_ranksValid = false;
    bool m_orderValid = false; // m_order is the current sort of the current apps
    std::vector<int> m_order; // row -> stored app
    std::vector<int> m_rowOf; // stored app -> row
    QHash<QString, int> m_indexById; // SP id -> stored app
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
