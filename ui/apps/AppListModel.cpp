#include "AppListModel.h"

#include "common/ModelExporter.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"

#include <QColor>
#include <QFont>

AppListModel::AppListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AppListModel::clear()
{
    beginResetModel();
    m_apps.clear();
    m_rowById.clear();
    endResetModel();
}

void AppListModel::upsert(const QList<AppSummary>& apps)
{
    QList<AppSummary> added;
    for (const AppSummary& app : apps) {
        const auto it = m_rowById.constFind(app.app.id);
        if (it != m_rowById.constEnd()) {
            m_apps[it.value()] = app;
            emit dataChanged(index(it.value(), 0), index(it.value(), ColumnCount - 1));
        } else {
            added << app;
        }
    }
    if (added.isEmpty()) {
        return;
    }
    const int first = int(m_apps.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const AppSummary& app : added) {
        m_rowById.insert(app.app.id, int(m_apps.size()));
        m_apps.append(app);
    }
    endInsertRows();
}

const AppSummary* AppListModel::summary(int row) const
{
    return row >= 0 && row < m_apps.size() ? &m_apps.at(row) : nullptr;
}

int AppListModel::rowOf(const QString& servicePrincipalId) const
{
    return m_rowById.value(servicePrincipalId, -1);
}

int AppListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int AppListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_apps.size()) {
        return {};
    }
    const AppSummary& a = m_apps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ModelExporter::ExportRole:
        switch (index.column()) {
        case App:
            // The id's first group is enough to tell rows apart; the whole id is in the tooltip and the detail pane.
            // Exports stay English, like the CLI and the full report ("(not found)" is what scripts look for).
            if (a.notFound) {
                return role == ModelExporter::ExportRole ? QStringLiteral("(not found) ") + a.app.id
                                                         : tr("(not found) %1…").arg(a.app.id.left(8));
            }
            return a.app.displayName;
        case Publisher: {
            QString text = a.app.publisherName;
            if (a.microsoftApp) {
                text = tr("Microsoft");
            } else if (a.verifiedPublisher) {
                text += QStringLiteral(" ✔");
            }
            return text;
        }
        case TenantWide:
            return a.tenantWideScopes;
        case Users:
            return a.users;
        case Application:
            return a.applicationPermissions;
        case Risk:
            return role == ModelExporter::ExportRole ? Risk::toKey(a.highestRisk) : Risk::displayName(a.highestRisk);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case App:
        case Publisher:
            return data(index, Qt::DisplayRole).toString().toLower();
        case Risk:
            return int(a.highestRisk);
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return a.app.id;
    case HoldsAnythingRole:
        return a.holdsAnything();
    case Qt::ToolTipRole:
        if (index.column() == Risk) {
            return ViewStyle::plainToolTip(a.highestRiskPermission); // may be a permission of the app's own API
        }
        if (index.column() == Publisher && a.verifiedPublisher) {
            return tr("Verified publisher");
        }
        if (index.column() == App && a.notFound) {
            return tr("Grants or assignments refer to the service principal %1, but Graph does not return it "
                      "(deleted, or too new to be read yet).")
                .arg(a.app.id);
        }
        if (index.column() == App && !a.app.accountEnabled) {
            return tr("Blocked: sign-in is disabled for this app.");
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Risk) {
            const QColor color = ViewStyle::riskColor(a.highestRisk);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        if (index.column() == App && !a.app.accountEnabled) {
            return StateColorPalette().color(StateColorPalette::Role::Muted);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Risk && int(a.highestRisk) >= int(RiskLevel::High)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= TenantWide && index.column() <= Application) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant AppListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TenantWide:
            return tr("Delegated permissions granted for all users (admin consent)");
        case Users:
            return tr("Users who consented to the app themselves");
        case Application:
            return tr("Application permissions: the app acts as itself, without a user");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case App:
        return tr("App");
    case Publisher:
        return tr("Publisher");
    case TenantWide:
        return tr("Admin-consented");
    case Users:
        return tr("User consents");
    case Application:
        return tr("Application");
    case Risk:
        return tr("Highest risk");
    default:
        return {};
    }
}
