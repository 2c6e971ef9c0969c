#pragma once

#include "directory/GrantedPermission.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/**
 * Permissions an app holds (or a user granted), one row per claim: API name, Claim value, Permission, Type,
 * Granted through, Granted by, Risk. Sorts by meaning (SortRole: risk as its level) and exports raw values.
 *
 * "Granted by": Graph does not record who consented; when ConsentDesk made the grant, its journal knows, so the
 * view passes what the journal says (setGrantedBy) and the column says "not recorded" otherwise.
 */
class PermissionRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Api, Claim, PermissionName, Type, GrantedThrough, GrantedBy, Risk, App, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RowKeyRole };

    explicit PermissionRowModel(QObject* parent = nullptr);

    void setRows(const QList<GrantedPermission>& rows);
    void setGrantedBy(const QHash<QString, QString>& actorsByObjectId); // grant or assignment id -> UPN
    const QList<GrantedPermission>& rows() const { return m_rows; }
    const GrantedPermission* row(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QStringList exportKeys(); // stable keys per column, for ModelExporter

private:
    QString grantedThrough(const GrantedPermission& row) const;
    QString grantedBy(const GrantedPermission& row) const;

    QList<GrantedPermission> m_rows;
    QHash<QString, QString> m_grantedBy;
};
