#include "ActivityModel.h"

#include "common/ModelExporter.h"
#include "common/ViewStyle.h"
#include "consent/RestorePlanner.h"
#include "exchange/ExchangeRestorePlanner.h"
#include "report/TenantText.h"
#include "settings/SettingsPlanner.h"
#include "settings/SettingsWrite.h"

#include <QJsonArray>

#include "common/StateColorPalette.h"

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
    if (action == QLatin1String("exchange.accessPolicy.create")) {
        return tr("Access policy created");
    }
    if (action == QLatin1String("exchange.accessPolicy.update")) {
        return tr("Access policy description changed");
    }
    if (action == QLatin1String("exchange.accessPolicy.delete")) {
        return tr("Access policy removed");
    }
    if (action == QLatin1String("exchange.group.create")) {
        return tr("Mail-enabled security group created");
    }
    if (action == QLatin1String("exchange.groupMember.add")) {
        return tr("Member added to group");
    }
    if (action == QLatin1String("exchange.groupMember.remove")) {
        return tr("Member removed from group");
    }
    if (action == QLatin1String("exchange.servicePrincipal.create")) {
        return tr("App registered with Exchange");
    }
    if (action == QLatin1String("exchange.managementScope.create")) {
        return tr("Management scope created");
    }
    if (action == QLatin1String("exchange.roleAssignment.create")) {
        return tr("Exchange role assigned to app");
    }
    if (action == QLatin1String("exchange.roleAssignment.delete")) {
        return tr("Exchange role removed from app");
    }
    if (action == SettingsWrite::kPutWorkflow) {
        return tr("Admin consent workflow changed");
    }
    if (action == SettingsWrite::kUserConsent) {
        return tr("User consent setting changed");
    }
    if (action == SettingsWrite::kGroupOwnerConsent) {
        return tr("Group owner consent changed");
    }
    if (action == SettingsWrite::kLegacyGroupConsent) {
        return tr("Older group owner consent setting (Consent Policy Settings) changed");
    }
    if (action == SettingsWrite::kClassify) {
        return tr("Permission classified low impact");
    }
    if (action == SettingsWrite::kUnclassify) {
        return tr("Permission classification removed");
    }
    return action;
}

namespace {

QString text(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isArray()) { // -AppId takes a list
        QStringList items;
        for (const auto& item : v.toArray()) {
            items << item.toString();
        }
        return items.join(QStringLiteral(", "));
    }
    return v.toString();
}

QString either(const QString& a, const QString& b)
{
    return a.isEmpty() ? b : a;
}

} // namespace

QString ActivityModel::changeText(const JournalEntry& e)
{
    if (!ExchangeRestorePlanner::isExchange(e)) {
        return e.summary;
    }
    const QJsonObject p = e.request.value(QStringLiteral("parameters")).toObject();
    const QJsonObject& prior = e.prior;
    const QString appName = text(e.target, "appDisplayName");
    QString words;
    if (e.action == QLatin1String("exchange.accessPolicy.create")) {
        words = QStringLiteral("%1 → %2 (%3)")
                    .arg(either(appName, text(p, "AppId")),
                         either(text(e.target, "group"), text(p, "PolicyScopeGroupId")),
                         text(p, "AccessRight"));
    } else if (e.action == QLatin1String("exchange.accessPolicy.delete")) {
        words = QStringLiteral("%1 → %2 (%3)")
                    .arg(either(appName, either(text(prior, "AppId"), text(e.target, "appId"))),
                         either(text(prior, "ScopeName"), text(e.target, "group")),
                         text(prior, "AccessRight"));
    } else if (e.action == QLatin1String("exchange.accessPolicy.update")) {
        words = tr("%1 → %2: description \"%3\"")
                    .arg(either(appName, either(text(prior, "AppId"), text(e.target, "appId"))),
                         text(prior, "ScopeName"),
                         text(p, "Description"));
    } else if (e.action == QLatin1String("exchange.group.create")
               || e.action == QLatin1String("exchange.managementScope.create")) {
        words = text(p, "Name");
    } else if (e.action == QLatin1String("exchange.groupMember.add")
               || e.action == QLatin1String("exchange.groupMember.remove")) {
        words = QStringLiteral("%1: %2").arg(text(p, "Identity"), text(p, "Member"));
    } else if (e.action == QLatin1String("exchange.servicePrincipal.create")) {
        words = either(text(p, "DisplayName"), text(p, "AppId"));
    } else if (e.action == QLatin1String("exchange.roleAssignment.create")) {
        const QString scope = text(p, "CustomResourceScope");
        words = QStringLiteral("%1: %2 (%3)")
                    .arg(either(appName, text(p, "App")),
                         text(p, "Role"),
                         scope.isEmpty() ? tr("whole organization") : scope);
    } else if (e.action == QLatin1String("exchange.roleAssignment.delete")) {
        const QString scope = text(prior, "CustomResourceScope");
        words = QStringLiteral("%1: %2 (%3)")
                    .arg(either(appName, either(text(prior, "App"), text(e.target, "appId"))),
                         text(prior, "Role"),
                         scope.isEmpty() ? tr("whole organization") : scope);
    }
    return words.isEmpty() ? e.summary : words;
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

QString ActivityModel::notRestorableReason(const JournalEntry& entry)
{
    // Deleting a service principal takes with it everything made on it since, by anyone (users' consents,
    // assignments, sign-in settings), and Graph has no condition that would stop the delete if something was; the
    // grant made with it is undone on its own, which leaves the app without access.
    if (entry.action == QLatin1String("servicePrincipal.create")) {
        return tr("Restore does not remove an app ConsentDesk added to the tenant: deleting it would also delete "
                  "every consent, assignment and sign-in setting made on it since, by anyone. Undo the permissions "
                  "granted with it instead; the app then has no access. To remove the app itself, delete it in the "
                  "Entra admin center (Enterprise applications, Properties), where it can be restored for 30 days.");
    }
    return {};
}

bool ActivityModel::isRestorable(const JournalEntry& entry)
{
    if (ExchangeRestorePlanner::isExchange(entry)) {
        return ExchangeRestorePlanner::isRestorable(entry);
    }
    if (SettingsWrite::isSettingsAction(entry.action)) {
        return SettingsPlanner::isRestorable(entry);
    }
    return RestorePlanner::isRestorable(entry);
}

void ActivityModel::setEntries(const QList<JournalEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const JournalEntry& a, const JournalEntry& b) {
        return a.time > b.time;
    });
    m_restored.clear();
    m_rowOf.clear();
    m_resentBy.clear();
    for (int row = 0; row < m_entries.size(); ++row) {
        const JournalEntry& e = m_entries.at(row);
        m_rowOf.insert(e.id, row);
        if (!e.restoresEntryId.isEmpty() && e.outcome == JournalEntry::Outcome::Succeeded) {
            m_restored.insert(e.restoresEntryId);
        }
        if (!e.resendsEntryId.isEmpty()) {
            m_resentBy.insert(e.resendsEntryId, e.id);
        }
    }
    endResetModel();
}

const JournalEntry* ActivityModel::entryById(const QString& entryId) const
{
    const auto it = m_rowOf.constFind(entryId);
    return it == m_rowOf.constEnd() ? nullptr : &m_entries.at(it.value());
}

const JournalEntry* ActivityModel::resentBy(const QString& entryId) const
{
    return entryById(m_resentBy.value(entryId));
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
            return TenantText::forDisplay(e.actor);
        case Action: {
            const QString text = actionText(e.action);
            if (!e.resendsEntryId.isEmpty()) {
                //: %1 is an action ("Delegated permissions removed"); the entry is the same change sent a second time
                //: because the answer to the first was lost and the tenant showed it had not been made.
                return tr("%1 (sent again)").arg(text);
            }
            //: %1 is an action ("Revoke delegated permission"); the entry restores an earlier one.
            return e.restoresEntryId.isEmpty() ? text : tr("%1 (restore)").arg(text);
        }
        case Change: // what the admin restores from: an override in a name is shown, not obeyed
            return TenantText::forDisplay(changeText(e));
        case Outcome: {
            QString text = outcomeText(e.outcome);
            if (e.outcome == JournalEntry::Outcome::Failed && e.httpStatus > 0) {
                text += QStringLiteral(" (HTTP %1)").arg(e.httpStatus);
            }
            if (m_restored.contains(e.id)) {
                //: %1 is the entry's outcome ("Applied"); a later entry restored what it changed.
                text = tr("%1 · restored").arg(text);
            }
            if (m_resentBy.contains(e.id)) {
                //: %1 is the entry's outcome ("Not applied"); its answer was lost, so a later entry sent it again.
                text = tr("%1 · sent again").arg(text);
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
            return ViewStyle::plainToolTip(e.error); // the server's words
        }
        if (index.column() == Action) {
            const QString reason = notRestorableReason(e);
            return reason.isEmpty() ? QVariant() : QVariant(ViewStyle::plainToolTip(reason));
        }
        if (index.column() == Change) {
            const QString powerShell = e.request.value(QStringLiteral("powerShell")).toString();
            return ViewStyle::plainToolTip(
                TenantText::forDisplay(powerShell.isEmpty() ? e.summary : e.summary + QLatin1Char('\n') + powerShell));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome) {
            if (e.outcome == JournalEntry::Outcome::Failed) {
                return StateColorPalette().color(StateColorPalette::Role::Danger);
            }
            if (e.outcome == JournalEntry::Outcome::Pending) {
                return StateColorPalette().color(StateColorPalette::Role::Caution);
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
    case RestoresRole:
        return !e.restoresEntryId.isEmpty();
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
