#include "ActivityModel.h"

#include "common/ModelExporter.h"

#include <QColor>
#include <QLocale>
#include <QSet>

ActivityModel::ActivityModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString ActivityModel::actionText(const QString& action)
{
    if (action == QLatin1String("grant.create")) {
        return tr("Delegated permissions granted");
    }
    if (action == QLatin1String("grant.updateScope")) {
        return tr("Delegated permissions changed");
    }
    if (action == QLatin1String("grant.delete")) {
        return tr("Delegated permissions removed");
    }
    if (action == QLatin1String("appRoleAssignment.create")) {
        return tr("Application permission granted");
    }
    if (action == QLatin1String("appRoleAssignment.delete")) {
        return tr("Application permission removed");
    }
    if (action == QLatin1String("servicePrincipal.create")) {
        return tr("App added to the tenant");
    }
    if (action == QLatin1String("servicePrincipal.update")) {
        return tr("App changed (e.g. blocked)");
    }
    if (action == QLatin1String("servicePrincipal.delete")) {
        return tr("App removed from the tenant");
    }
    return action;
}

QString ActivityModel::outcomeText(JournalEntry::Outcome outcome)
{
    switch (outcome) {
    case JournalEntry::Outcome::Pending:
        return tr("Unknown (not confirmed yet)");
    case JournalEntry::Outcome::Succeeded:
        return tr("Done");
    case JournalEntry::Outcome::Failed:
        return tr("Failed");
    case JournalEntry::Outcome::NotApplied:
        return tr("Not applied");
    }
    return {};
}

bool ActivityModel::isRestorable(const JournalEntry& entry)
{
    return entry.outcome == JournalEntry::Outcome::Succeeded && !entry.prior.isEmpty()
           && (entry.action == QLatin1String("grant.delete") || entry.action == QLatin1String("grant.updateScope")
               || entry.action == QLatin1String("appRoleAssignment.delete"));
}

void ActivityModel::setEntries(const QList<JournalEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const JournalEntry& a, const JournalEntry& b) {
        return a.time > b.time;
    });
    m_restored.clear();
    for (const JournalEntry& e : m_entries) {
        if (!e.restoresEntryId.isEmpty() && e.outcome == JournalEntry::Outcome::Succeeded) {
            m_restored.insert(e.restoresEntryId);
        }
    }
    endResetModel();
}

const JournalEntry* ActivityModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

bool ActivityModel::isRestored(const QString& entryId) const
{
    return m_restored.contains(entryId);
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const JournalEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case Admin:
            return e.actor;
        case Action: {
            QString text = actionText(e.action);
            if (!e.restoresEntryId.isEmpty()) {
                text += tr(" (restore)");
            }
            return text;
        }
        case Change:
            return e.summary;
        case Outcome: {
            QString text = outcomeText(e.outcome);
            if (e.outcome == JournalEntry::Outcome::Failed && e.httpStatus > 0) {
                text += QStringLiteral(" (HTTP %1)").arg(e.httpStatus);
            }
            if (m_restored.contains(e.id)) {
                text += tr(" · restored");
            }
            return text;
        }
        default:
            return {};
        }
    case ModelExporter::ExportRole:
        switch (index.column()) {
        case Time:
            return e.time.toUTC().toString(Qt::ISODateWithMs);
        case Action:
            return e.action;
        case Outcome:
            return JournalEntry::outcomeKey(e.outcome);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Outcome && !e.error.isEmpty()) {
            return e.error;
        }
        if (index.column() == Change) {
            return e.summary;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome) {
            if (e.outcome == JournalEntry::Outcome::Failed) {
                return QColor(0xc4, 0x31, 0x4b);
            }
            if (e.outcome == JournalEntry::Outcome::Pending) {
                return QColor(0x8a, 0x5a, 0x00);
            }
        }
        return {};
    case EntryIdRole:
        return e.id;
    case TimeRole:
        return e.time;
    case ActionKeyRole:
        return e.action;
    case OutcomeRole:
        return int(e.outcome);
    case TenantRole:
        return e.tenantId;
    case RestoredRole:
        return m_restored.contains(e.id);
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("When");
    case Admin:
        return tr("Admin");
    case Action:
        return tr("Action");
    case Change:
        return tr("Change");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}
