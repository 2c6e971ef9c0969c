#include "PermissionRowModel.h"

#include "common/ModelExporter.h"
#include "common/ViewStyle.h"

#include <QColor>
#include <QFont>

PermissionRowModel::PermissionRowModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PermissionRowModel::setRows(const QList<GrantedPermission>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PermissionRowModel::setGrantedBy(const QHash<QString, QString>& actorsByObjectId)
{
    m_grantedBy = actorsByObjectId;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, GrantedBy), index(int(m_rows.size()) - 1, GrantedBy));
    }
}

const GrantedPermission* PermissionRowModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PermissionRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PermissionRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList PermissionRowModel::exportKeys()
{
    return {QStringLiteral("ResourceDisplayName"),
            QStringLiteral("Permission"),
            QStringLiteral("PermissionDisplayName"),
            QStringLiteral("PermissionType"),
            QStringLiteral("GrantedThrough"),
            QStringLiteral("GrantedBy"),
            QStringLiteral("Risk"),
            QStringLiteral("ClientDisplayName")};
}

QString PermissionRowModel::grantedThrough(const GrantedPermission& row) const
{
    switch (row.source) {
    case GrantedPermission::Source::TenantWide:
        return tr("Admin consent (all users)");
    case GrantedPermission::Source::User:
        return row.principalUpn.isEmpty() ? row.principalDisplayName : row.principalUpn;
    case GrantedPermission::Source::Application:
        return tr("Admin consent (application)");
    case GrantedPermission::Source::AppRoleAssignment:
        return row.grantedThrough.isEmpty() ? tr("Assigned directly") : tr("Group: %1").arg(row.grantedThrough);
    }
    return {};
}

QString PermissionRowModel::grantedBy(const GrantedPermission& row) const
{
    const QString id = row.isDelegated() ? row.grantId : row.assignmentId;
    if (const auto it = m_grantedBy.constFind(id); it != m_grantedBy.constEnd()) {
        return it.value();
    }
    if (row.source == GrantedPermission::Source::User) {
        return row.principalUpn.isEmpty() ? row.principalDisplayName : row.principalUpn; // users consent themselves
    }
    return tr("Not recorded");
}

QVariant PermissionRowModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const GrantedPermission& r = m_rows.at(index.row());
    const Permission& p = r.permission;
    if (role == Qt::DisplayRole || role == ModelExporter::ExportRole || role == SortRole) {
        switch (index.column()) {
        case Api:
            return p.resourceDisplayName.isEmpty() ? p.resourceAppId : p.resourceDisplayName;
        case Claim:
            return p.value;
        case PermissionName:
            return p.displayName;
        case Type:
            if (role == ModelExporter::ExportRole) {
                return r.permissionType();
            }
            return p.isApplication() ? tr("Application") : tr("Delegated");
        case GrantedThrough:
            return grantedThrough(r);
        case GrantedBy:
            return grantedBy(r);
        case Risk:
            if (role == SortRole) {
                return int(p.risk);
            }
            return role == ModelExporter::ExportRole ? Risk::toKey(p.risk) : Risk::displayName(p.risk);
        case App:
            return r.clientDisplayName;
        default:
            return {};
        }
    }
    switch (role) {
    case RowKeyRole:
        return r.rowKey();
    case Qt::ToolTipRole:
        if (index.column() == PermissionName || index.column() == Claim) {
            return ViewStyle::plainToolTip(p.description.isEmpty() ? p.displayName : p.description);
        }
        if (index.column() == Risk) {
            return ViewStyle::plainToolTip(p.riskReason);
        }
        if (index.column() == GrantedBy && grantedBy(r) == tr("Not recorded")) {
            return tr("Graph does not record who granted a permission; ConsentDesk knows it only for grants it "
                      "made (see Activity).");
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Risk) {
            const QColor color = ViewStyle::riskColor(p.risk);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Risk && int(p.risk) >= int(RiskLevel::High)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant PermissionRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Api:
        return tr("API name");
    case Claim:
        return tr("Claim value");
    case PermissionName:
        return tr("Permission");
    case Type:
        return tr("Type");
    case GrantedThrough:
        return tr("Granted through");
    case GrantedBy:
        return tr("Granted by");
    case Risk:
        return tr("Risk");
    case App:
        return tr("App");
    default:
        return {};
    }
}
