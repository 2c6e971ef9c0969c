#include "AppListModel.h"

#include "common/ModelExporter.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "report/TenantText.h"

#include <QColor>
#include <QFont>

#include <algorithm>
#include <numeric>

AppListModel::AppListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AppListModel::clear()
{
    beginResetModel();
    m_apps.clear();
    m_keys.clear();
    m_nameRank.clear();
    m_order.clear();
    m_rowOf.clear();
    m_ranksValid = false;
    m_orderValid = false;
    m_indexById.clear();
    endResetModel();
}

QString AppListModel::appText(const AppSummary& a) const
{
    // The id's first group is enough to tell rows apart; the whole id is in the tooltip and the detail pane.
    return a.notFound ? tr("(not found) %1…").arg(a.app.id.left(8)) : a.app.displayName;
}

QString AppListModel::publisherText(const AppSummary& a, bool shown) const
{
    if (a.microsoftApp) {
        return tr("Microsoft");
    }
    // On screen the publisher's own check marks become U+FFFD: the only ✔ in the column is ConsentDesk's verified
    // badge, last.
    const QString name = shown ? TenantText::forNameBesideBadge(a.app.publisherName) : a.app.publisherName;
    return a.verifiedPublisher ? name + QStringLiteral(" ✔") : name;
}

AppListModel::Keys AppListModel::keysOf(const AppSummary& app) const
{
    return {appText(app).toLower(), publisherText(app).toLower(), app.holdsAnything()};
}

void AppListModel::upsert(const QList<AppSummary>& apps)
{
    QList<AppSummary> added;
    for (const AppSummary& app : apps) {
        const auto it = m_indexById.constFind(app.app.id);
        if (it != m_indexById.constEnd()) {
            m_apps[it.value()] = app;
            m_keys[it.value()] = keysOf(app);
            m_ranksValid = false;
            m_orderValid = false;
            const int row = m_rowOf[it.value()];
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            added << app;
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_apps.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const AppSummary& app : added) {
            const int at = int(m_apps.size());
            m_indexById.insert(app.app.id, at);
            m_apps.append(app);
            m_keys.append(keysOf(app));
            m_order.push_back(at);
            m_rowOf.push_back(at);
        }
        m_ranksValid = false;
        m_orderValid = false;
        endInsertRows();
    }
    if (!m_ranksValid) {
        rankNames(); // here, as the rows arrive, rather than in the next sort
    }
    applySort(); // rows that arrived or changed take their place
}

const AppSummary* AppListModel::summary(int row) const
{
    return row >= 0 && row < int(m_order.size()) ? &m_apps.at(m_order[row]) : nullptr;
}

int AppListModel::rowOf(const QString& servicePrincipalId) const
{
    const auto it = m_indexById.constFind(servicePrincipalId);
    return it == m_indexById.constEnd() ? -1 : m_rowOf[it.value()];
}

bool AppListModel::matches(int row, const QString& lowerText) const
{
    if (row < 0 || row >= int(m_order.size())) {
        return false;
    }
    const Keys& k = m_keys.at(m_order[row]);
    return k.name.contains(lowerText) || k.publisher.contains(lowerText);
}

bool AppListModel::holdsAnything(int row) const
{
    return row >= 0 && row < int(m_order.size()) && m_keys.at(m_order[row]).holdsAnything;
}

void AppListModel::sort(int column, Qt::SortOrder order)
{
    // QTableView::sortByColumn sorts twice (the header's sortIndicatorChanged, then once more itself): the same sort
    // over unchanged apps is already in place, so the second costs nothing instead of a full key pass and sort.
    if (m_orderValid && column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void AppListModel::rankNames()
{
    // Each app's place in A-to-Z order of names, computed when apps change: a sort then compares integers only.
    const int n = int(m_keys.size());
    std::vector<int> byName(n);
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [this](int a, int b) {
        const int c = m_keys.at(a).name.compare(m_keys.at(b).name);
        return c != 0 ? c < 0 : m_apps.at(a).app.id < m_apps.at(b).app.id;
    });
    m_nameRank.assign(n, 0);
    for (int i = 0; i < n; ++i) {
        m_nameRank[byName[i]] = i;
    }
    m_ranksValid = true;
}

void AppListModel::applySort()
{
    const int n = int(m_apps.size());
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount || n < 2) {
        return;
    }
    if (!m_ranksValid) {
        rankNames();
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // One 64-bit key per app: the column's value above, the name's rank below (ties A to Z in either direction).
    // The apps stay where they are stored; only the order in which rows show them changes.
    QHash<QString, quint32> publisherRank;
    if (m_sortColumn == Publisher) {
        QStringList publishers;
        for (const Keys& k : std::as_const(m_keys)) {
            if (!publisherRank.contains(k.publisher)) {
                publisherRank.insert(k.publisher, 0);
                publishers.append(k.publisher);
            }
        }
        std::sort(publishers.begin(), publishers.end());
        for (int i = 0; i < publishers.size(); ++i) {
            publisherRank[publishers.at(i)] = quint32(i);
        }
    }
    std::vector<quint64> keys(n);
    std::vector<int> atOfRank(n);
    for (int at = 0; at < n; ++at) {
        const AppSummary& a = m_apps.at(at);
        quint32 primary = 0;
        switch (m_sortColumn) {
        case Publisher:
            primary = publisherRank.value(m_keys.at(at).publisher);
            break;
        case TenantWide:
            primary = quint32(std::max(0, a.tenantWideScopes));
            break;
        case Users:
            primary = quint32(std::max(0, a.users));
            break;
        case Application:
            primary = quint32(std::max(0, a.applicationPermissions));
            break;
        case Risk:
            primary = quint32(int(a.highestRisk));
            break;
        default:
            break;
        }
        quint32 rank = quint32(m_nameRank[at]);
        if (m_sortColumn == App && descending) {
            rank = quint32(n - 1) - rank;
        } else if (descending) {
            primary = 0xffffffffu - primary;
        }
        atOfRank[m_nameRank[at]] = at;
        keys[at] = (quint64(primary) << 32) | rank;
    }
    std::sort(keys.begin(), keys.end());
    m_orderValid = true;
    std::vector<int> order(n);
    for (int row = 0; row < n; ++row) {
        quint32 rank = quint32(keys[row] & 0xffffffffu);
        if (m_sortColumn == App && descending) {
            rank = quint32(n - 1) - rank;
        }
        order[row] = atOfRank[rank];
    }
    if (order == m_order) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> stored(before.size()); // which app each persistent index pointed at
    for (int i = 0; i < before.size(); ++i) {
        stored[i] = before.at(i).isValid() ? m_order[before.at(i).row()] : -1;
    }
    m_order = std::move(order);
    for (int row = 0; row < n; ++row) {
        m_rowOf[m_order[row]] = row;
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        after.append(stored[i] < 0 ? QModelIndex() : index(m_rowOf[stored[i]], before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int AppListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int AppListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_order.size())) {
        return {};
    }
    const int at = m_order[index.row()];
    const AppSummary& a = m_apps.at(at);
    switch (role) {
    case Qt::DisplayRole:
    case ModelExporter::ExportRole:
        switch (index.column()) {
        case App:
            // Exports stay English, like the CLI and the full report ("(not found)" is what scripts look for).
            if (a.notFound && role == ModelExporter::ExportRole) {
                return QString(QStringLiteral("(not found) ") + a.app.id);
            }
            // On screen, where the admin picks what to revoke, a bidirectional override shows instead of reordering
            // the name, and its check marks show as U+FFFD beside the Publisher column's ✔; exports get the name as
            // it is (their writers strip controls).
            return role == Qt::DisplayRole ? TenantText::forNameBesideBadge(appText(a)) : appText(a);
        case Publisher:
            return publisherText(a, role == Qt::DisplayRole);
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
            return m_keys.at(at).name;
        case Publisher:
            return m_keys.at(at).publisher;
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
        if (index.column() == Publisher) { // whole, where the column ends it in "…"
            const QString name = publisherText(a, true);
            const QString tip = a.verifiedPublisher ? name + QLatin1Char('\n') + tr("Verified publisher") : name;
            return ViewStyle::plainToolTip(tip);
        }
        if (index.column() == App && a.notFound) {
            // the id comes from the server's grants, not from a principal Graph vouched for
            return ViewStyle::plainToolTip(
                tr("Grants or assignments refer to the service principal %1, but Graph does not return it "
                   "(deleted, or too new to be read yet).")
                    .arg(a.app.id));
        }
        if (index.column() == App) { // whole, where the column cuts it
            const QString name = TenantText::forNameBesideBadge(appText(a));
            const QString tip = a.app.accountEnabled
                                    ? name
                                    : name + QLatin1Char('\n') + tr("Blocked: sign-in is disabled for this app.");
            return ViewStyle::plainToolTip(tip);
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
            return ViewStyle::plainToolTip(tr("Delegated permissions granted for all users (admin consent)"));
        case Users:
            return ViewStyle::plainToolTip(tr("Users who consented to the app themselves"));
        case Application:
            return ViewStyle::plainToolTip(tr("Application permissions: the app acts as itself, without a user"));
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
