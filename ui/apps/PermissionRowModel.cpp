#include "PermissionRowModel.h"

#include "async/Async.h"
#include "async/WorkerPool.h"
#include "common/ModelExporter.h"
#include "common/ViewStyle.h"
#include "session/FirstSeenState.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

PermissionRowModel::PermissionRowModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

PermissionRowModel::~PermissionRowModel()
{
    cancelSortKeys();
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
    prepareSortKeys();
}

QString PermissionRowModel::text(const GrantedPermission& r, int column) const
{
    if (column != FirstSeen) {
        return texts().text(r, column);
    }
    const auto stored = &r - m_rows.constData();
    const qint64 day = stored >= 0 && stored < m_rows.size() ? firstSeenDay(int(stored)) : 0;
    return day == 0 ? QString() : QLocale().toString(QDate::fromJulianDay(day), QLocale::ShortFormat);
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
    // Each row's value ranked among the column's values, once per column until the rows change (texts: among the
    // distinct texts, PermissionColumnTexts::ranks — unless the job that prepares them was first).
    std::vector<quint32>& rank = m_ranks[column];
    if (!rank.empty() || m_rows.isEmpty()) {
        return rank;
    }
    const int n = int(m_rows.size());
    if (column == Risk) {
        rank.resize(n);
        for (int i = 0; i < n; ++i) {
            rank[i] = quint32(int(m_rows.at(i).permission.risk));
        }
    } else if (column == FirstSeen) {
        rank.resize(n);
        for (int i = 0; i < n; ++i) {
            rank[i] = quint32(firstSeenDay(i)); // Julian days fit; never seen (0) sorts first
        }
    } else {
        rank = texts().ranks(m_rows, column);
    }
    return rank;
}

void PermissionRowModel::prepareSortKeys()
{
    // setRows and setGrantedBy come one after the other (AppDetailPane): one job, started once both are in.
    cancelSortKeys();
    ++m_keysRun;
    if (m_rows.size() < PrepareKeysFrom || m_keysQueued) {
        return;
    }
    m_keysQueued = true;
    QMetaObject::invokeMethod(this, &PermissionRowModel::startSortKeys, Qt::QueuedConnection);
}

void PermissionRowModel::startSortKeys()
{
    m_keysQueued = false;
    if (m_rows.size() < PrepareKeysFrom) {
        return;
    }
    // The job ranks its own copies (the rows are shared, not copied; the words translated here); a column a person
    // sorted meanwhile is computed here too, the same ranks, and kept.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_keysCancel = cancel;
    m_keysRunning = true;
    const quint64 run = m_keysRun;
    QFuture<std::shared_ptr<Ranks>> job
        = QtConcurrent::run(WorkerPool::instance(), [rows = m_rows, texts = texts(), cancel] {
              auto prepared = std::make_shared<Ranks>();
              // Columns of many distinct texts first: they cost the most to rank at a click.
              for (const int column : {GrantedThrough, GrantedBy, App, Api, Claim, PermissionName, Type}) {
                  if (*cancel) {
                      break;
                  }
                  (*prepared)[column] = texts.ranks(rows, column);
              }
              return prepared;
          });
    Async::then(job, this, [this, run](const std::shared_ptr<Ranks>& prepared) {
        if (run != m_keysRun) {
            return; // rows or granted-by changed meanwhile: a newer job is queued or running
        }
        m_keysRunning = false;
        m_keysCancel.reset();
        for (int column = 0; column < ColumnCount; ++column) {
            if (m_ranks[column].empty() && !(*prepared)[column].empty()) {
                m_ranks[column] = std::move((*prepared)[column]);
            }
        }
        emit sortKeysReady();
    });
}

void PermissionRowModel::cancelSortKeys()
{
    if (m_keysCancel) {
        *m_keysCancel = true;
        m_keysCancel.reset();
    }
    m_keysRunning = false;
}

std::vector<int> PermissionRowModel::sortedOrder() const
{
    const int n = int(m_rows.size());
    const std::vector<quint32>& value = ranks(m_sortColumn);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const quint32 top = n == 0 ? 0 : *std::max_element(value.begin(), value.end());
    if (top <= quint32(n)) {
        // Ranks of texts and risk levels are dense: a counting sort, stable (rows in their stored order per rank).
        std::vector<int> start(size_t(top) + 2, 0);
        for (int i = 0; i < n; ++i) {
            ++start[(descending ? top - value[i] : value[i]) + 1];
        }
        std::partial_sum(start.begin(), start.end(), start.begin());
        std::vector<int> order(n);
        for (int i = 0; i < n; ++i) {
            order[start[descending ? top - value[i] : value[i]]++] = i;
        }
        return order;
    }
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
    m_texts.setGrantedBy(actorsByObjectId);
    m_orderValid = false;
    m_ranks[GrantedBy].clear(); // the only column it shows
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, GrantedBy), index(int(m_rows.size()) - 1, GrantedBy));
    }
    prepareSortKeys();
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

const PermissionColumnTexts& PermissionRowModel::texts() const
{
    // Once: a sort of 100 000 rows asks for a column's text of every row, and each tr() is a lookup and a new string.
    if (!m_translated) {
        m_texts.setWords({tr("Application"),
                          tr("Delegated"),
                          tr("Admin consent (all users)"),
                          tr("Admin consent (application)"),
                          tr("Assigned directly"),
                          tr("Not recorded"),
                          tr("Group: %1")});
        m_translated = true;
    }
    return m_texts;
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
        if (index.column() == GrantedBy && texts().grantedBy(r) == texts().words().notRecorded) {
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
