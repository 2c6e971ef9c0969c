#include "PermissionRowModel.h"

#include "common/ModelExporter.h"
#include "common/ViewStyle.h"
#include "session/FirstSeenState.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <numeric>

PermissionRowModel::PermissionRowModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PermissionRowModel::setRows(const QList<GrantedPermission>& rows)
{
    beginResetModel();
    m_rows = rows;
    m_orderValid = false;
    clearRanks();
    m_firstSeenDays.clear();
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    applySort(false);
    endResetModel();
}

QString PermissionRowModel::text(const GrantedPermission& r, int column) const
{
    const Permission& p = r.permission;
    switch (column) {
    case Api:
        return p.resourceDisplayName.isEmpty() ? p.resourceAppId : p.resourceDisplayName;
    case Claim:
        return p.value;
    case PermissionName:
        return p.displayName;
    case Type:
        return p.isApplication() ? words().application : words().delegated;
    case GrantedThrough:
        return grantedThrough(r);
    case GrantedBy:
        return grantedBy(r);
    case Risk:
        return Risk::displayName(p.risk);
    case App:
        return r.clientDisplayName;
    case FirstSeen: {
        const auto stored = &r - m_rows.constData();
        const qint64 day = stored >= 0 && stored < m_rows.size() ? firstSeenDay(int(stored)) : 0;
        return day == 0 ? QString() : QLocale().toString(QDate::fromJulianDay(day), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

qint64 PermissionRowModel::firstSeenDay(int stored) const
{
    // Row by row as they are shown (each a claim key and its hash): a table that paints or measures a few hundred of
    // its 100 000 rows computes those, not all; sorting by the column asks for every row.
    if (m_firstSeenDays.size() != size_t(m_rows.size())) {
        m_firstSeenDays.assign(m_rows.size(), -1);
    }
    qint64& day = m_firstSeenDays[stored];
    if (day < 0) {
        const QDateTime seen = m_firstSeen.firstSeen(m_rows.at(stored));
        day = seen.isValid() ? seen.toUTC().date().toJulianDay() : 0;
    }
    return day;
}

void PermissionRowModel::setFirstSeen(const FirstSeenHistory& history, const QString& explanation)
{
    m_firstSeen = history;
    m_firstSeenExplanation = explanation;
    m_firstSeenDays.clear();
    m_ranks[FirstSeen].clear();
    if (m_sortColumn == FirstSeen) {
        m_orderValid = false;
        applySort(true);
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, FirstSeen), index(int(m_rows.size()) - 1, FirstSeen));
    }
    emit headerDataChanged(Qt::Horizontal, FirstSeen, FirstSeen);
}

void PermissionRowModel::follow(FirstSeenState* state)
{
    disconnect(m_firstSeenFollow);
    if (!state) {
        setFirstSeen(FirstSeenHistory(QString()), QString());
        return;
    }
    auto apply = [this, state] { setFirstSeen(state->history(), state->explanation()); };
    m_firstSeenFollow = connect(state, &FirstSeenState::changed, this, apply);
    apply();
}

void PermissionRowModel::clearRanks()
{
    for (std::vector<quint32>& rank : m_ranks) {
        rank.clear();
    }
}

void PermissionRowModel::sort(int column, Qt::SortOrder order)
{
    // QTableView::sortByColumn sorts twice (the header's signal, then itself): the second finds the rows in place.
    if (m_orderValid && column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    applySort(true);
}

const std::vector<quint32>& PermissionRowModel::ranks(int column) const
{
    // Each row's value ranked among the column's distinct values, once per column until the rows change: an app's
    // 100 000 rows have a few hundred claims and as many users as consented, so only the distinct texts are lowered
    // and compared; the texts themselves are shared copies (no allocation per row).
    std::vector<quint32>& rank = m_ranks[column];
    if (!rank.empty() || m_rows.isEmpty()) {
        return rank;
    }
    const int n = int(m_rows.size());
    rank.resize(n);
    if (column == Risk) {
        for (int i = 0; i < n; ++i) {
            rank[i] = quint32(int(m_rows.at(i).permission.risk));
        }
        return rank;
    }
    if (column == FirstSeen) {
        for (int i = 0; i < n; ++i) {
            rank[i] = quint32(firstSeenDay(i)); // Julian days fit; never seen (0) sorts first
        }
        return rank;
    }
    QHash<QString, quint32> distinctOf; // shown text -> its index in distinct
    QStringList distinct;
    distinctOf.reserve(std::min(n, 4096)); // grows from there only for columns of many texts (users)
    for (int i = 0; i < n; ++i) {
        const QString shown = text(m_rows.at(i), column);
        auto it = distinctOf.constFind(shown);
        if (it == distinctOf.constEnd()) {
            it = distinctOf.insert(shown, quint32(distinct.size()));
            distinct.append(shown);
        }
        rank[i] = it.value();
    }
    // Case-insensitive order of the distinct texts; texts equal but for case share a rank.
    std::vector<QString> folded(distinct.size());
    std::vector<int> byText(distinct.size());
    for (int d = 0; d < int(distinct.size()); ++d) {
        folded[d] = distinct.at(d).toLower();
        byText[d] = d;
    }
    std::sort(byText.begin(), byText.end(), [&folded](int a, int b) { return folded[a] < folded[b]; });
    std::vector<quint32> rankOfDistinct(distinct.size());
    quint32 next = 0;
    for (int k = 0; k < int(byText.size()); ++k) {
        if (k > 0 && folded[byText[k]] != folded[byText[k - 1]]) {
            ++next;
        }
        rankOfDistinct[byText[k]] = next;
    }
    for (int i = 0; i < n; ++i) {
        rank[i] = rankOfDistinct[rank[i]];
    }
    return rank;
}

std::vector<int> PermissionRowModel::sortedOrder() const
{
    const int n = int(m_rows.size());
    const std::vector<quint32>& value = ranks(m_sortColumn);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::vector<quint64> packed(n); // value above, the row below: a stable sort in one integer sort
    for (int i = 0; i < n; ++i) {
        packed[i] = (quint64(descending ? 0xffffffffu - value[i] : value[i]) << 32) | quint32(i);
    }
    std::sort(packed.begin(), packed.end());
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i) {
        order[i] = int(packed[i] & 0xffffffffu);
    }
    return order;
}

void PermissionRowModel::applySort(bool notify)
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount || m_rows.size() < 2) {
        return;
    }
    // The rows stay where they are stored; only the order in which they are shown changes.
    std::vector<int> order = sortedOrder();
    m_orderValid = true;
    if (order == m_order) {
        return;
    }
    if (!notify) {
        m_order = std::move(order);
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> stored(before.size());
    for (int i = 0; i < before.size(); ++i) {
        stored[i] = before.at(i).isValid() ? m_order[before.at(i).row()] : -1;
    }
    m_order = std::move(order);
    std::vector<int> rowOf(m_order.size());
    for (int row = 0; row < int(m_order.size()); ++row) {
        rowOf[m_order[row]] = row;
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        after.append(stored[i] < 0 ? QModelIndex() : index(rowOf[stored[i]], before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PermissionRowModel::setGrantedBy(const QHash<QString, QString>& actorsByObjectId)
{
    m_grantedBy = actorsByObjectId;
    m_orderValid = false;
    clearRanks();
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, GrantedBy), index(int(m_rows.size()) - 1, GrantedBy));
    }
}

const GrantedPermission* PermissionRowModel::row(int row) const
{
    return row >= 0 && row < int(m_order.size()) ? &m_rows.at(m_order[row]) : nullptr;
}

int PermissionRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
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
            QStringLiteral("ClientDisplayName"),
            QStringLiteral("FirstSeen")};
}

QString PermissionRowModel::grantedThrough(const GrantedPermission& row) const
{
    switch (row.source) {
    case GrantedPermission::Source::TenantWide:
        return words().allUsers;
    case GrantedPermission::Source::User:
        return row.principalUpn.isEmpty() ? row.principalDisplayName : row.principalUpn;
    case GrantedPermission::Source::Application:
        return words().asApplication;
    case GrantedPermission::Source::AppRoleAssignment:
        return row.grantedThrough.isEmpty() ? words().assignedDirectly : tr("Group: %1").arg(row.grantedThrough);
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
    return words().notRecorded;
}

const PermissionRowModel::Words& PermissionRowModel::words() const
{
    // Once: a sort of 100 000 rows asks for a column's text of every row, and each tr() is a lookup and a new string.
    if (!m_words) {
        m_words = Words {tr("Application"),
                         tr("Delegated"),
                         tr("Admin consent (all users)"),
                         tr("Admin consent (application)"),
                         tr("Assigned directly"),
                         tr("Not recorded")};
    }
    return *m_words;
}

QVariant PermissionRowModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_order.size())) {
        return {};
    }
    const GrantedPermission& r = m_rows.at(m_order[index.row()]);
    const Permission& p = r.permission;
    if (role == Qt::DisplayRole || role == ModelExporter::ExportRole || role == SortRole) {
        // Exports carry keys, not translated words; risk sorts by level. Everything else is what the column shows.
        if (index.column() == Type && role == ModelExporter::ExportRole) {
            return r.permissionType();
        }
        if (index.column() == Risk && role == SortRole) {
            return int(p.risk);
        }
        if (index.column() == Risk && role == ModelExporter::ExportRole) {
            return Risk::toKey(p.risk);
        }
        if (index.column() == FirstSeen && role != Qt::DisplayRole) {
            const qint64 day = firstSeenDay(m_order[index.row()]);
            if (role == SortRole) {
                return day;
            }
            return day == 0 ? QVariant() : QVariant(QDate::fromJulianDay(day).toString(Qt::ISODate));
        }
        // Shown: bidirectional controls as U+FFFD; exported and sorted: the tenant's own text.
        return role == Qt::DisplayRole ? ViewStyle::tenantText(text(r, index.column())) : text(r, index.column());
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
        if (index.column() == FirstSeen) {
            return ViewStyle::plainToolTip(m_firstSeenExplanation);
        }
        if (index.column() == GrantedBy && grantedBy(r) == words().notRecorded) {
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == FirstSeen) {
        return ViewStyle::plainToolTip(m_firstSeenExplanation);
    }
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
    case FirstSeen:
        //: Column title: the date this computer's ConsentDesk first saw the grant (Graph keeps no grant dates).
        return tr("First seen by ConsentDesk");
    default:
        return {};
    }
}
