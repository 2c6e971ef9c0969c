#pragma once

#include "consent/AppSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

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
    void upsert(const QList<AppSummary>& apps); // streaming: add or update by SP id
    const AppSummary* summary(int row) const;
    int rowOf(const QString& servicePrincipalId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AppSummary> m_apps;
    QHash<QString, int> m_rowById;
};
