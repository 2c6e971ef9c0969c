#include "AccessCheckModel.h"

#include "common/ModelExporter.h"
#include "common/ViewStyle.h"

#include "common/StateColorPalette.h"
#include <QBrush>

#include <QColor>

AccessCheckModel::AccessCheckModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccessCheckModel::clear()
{
    beginResetModel();
    m_checks.clear();
    endResetModel();
}

void AccessCheckModel::setCheck(int row, const MailboxAccessCheck& check)
{
    if (row < 0) {
        return;
    }
    if (row >= m_checks.size()) {
        beginInsertRows({}, int(m_checks.size()), row);
        while (m_checks.size() <= row) {
            m_checks.append(MailboxAccessCheck {});
        }
        m_checks[row] = check;
        endInsertRows();
        return;
    }
    m_checks[row] = check;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AccessCheckModel::count(bool granted) const
{
    int n = 0;
    for (const auto& c : m_checks) {
        const bool g = c.agreement() == MailboxAccessCheck::Agreement::Agree
                               || c.agreement() == MailboxAccessCheck::Agreement::Disagree
                           ? c.exchange.granted()
                           : c.local.granted();
        n += g == granted ? 1 : 0;
    }
    return n;
}

int AccessCheckModel::disagreements() const
{
    return int(std::count_if(m_checks.begin(), m_checks.end(), [](const MailboxAccessCheck& c) {
        return c.agreement() == MailboxAccessCheck::Agreement::Disagree;
    }));
}

QStringList AccessCheckModel::exportKeys()
{
    return {QStringLiteral("Mailbox"),
            QStringLiteral("DisplayName"),
            QStringLiteral("InScope"),
            QStringLiteral("Exchange"),
            QStringLiteral("Directory"),
            QStringLiteral("Agreement"),
            QStringLiteral("Why")};
}

int AccessCheckModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int AccessCheckModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessCheckModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size()) {
        return {};
    }
    const MailboxAccessCheck& c = m_checks.at(index.row());
    const auto agreement = c.agreement();
    if (role == Qt::ToolTipRole) {
        return ViewStyle::plainToolTip(data(index, Qt::DisplayRole).toString()); // mailbox names are tenant text
    }
    if (role == Qt::DisplayRole) { // mailbox names, servers' words: shown, never reordered
        return ViewStyle::tenantText(cellText(c, index.column(), role).toString());
    }
    if (role == ModelExporter::ExportRole) {
        return cellText(c, index.column(), role);
    }
    if (role == Qt::ForegroundRole) {
        const StateColorPalette palette;
        auto tint = [&palette](bool granted) {
            return QBrush(palette.color(granted ? StateColorPalette::Role::Success : StateColorPalette::Role::Danger));
        };
        if (index.column() == Exchange
            && (agreement == MailboxAccessCheck::Agreement::Agree
                || agreement == MailboxAccessCheck::Agreement::Disagree)) {
            return tint(c.exchange.granted());
        }
        if (index.column() == Directory) {
            return tint(c.local.granted());
        }
        if (index.column() == Agreement && agreement == MailboxAccessCheck::Agreement::Disagree) {
            return QBrush(palette.color(StateColorPalette::Role::Danger));
        }
    }
    if (role == Qt::BackgroundRole && agreement == MailboxAccessCheck::Agreement::Disagree) {
        return QBrush(StateColorPalette().color(StateColorPalette::Role::AlertBackground));
    }
    return {};
}

QVariant AccessCheckModel::cellText(const MailboxAccessCheck& check, int column, int role) const
{
    const auto agreement = check.agreement();
    switch (column) {
    case Mailbox:
        return check.mailboxLabel();
    case Name:
        return check.mailbox.displayName;
    case InScope:
        return check.isMember() ? tr("yes") : tr("no");
    case Exchange:
        if (agreement == MailboxAccessCheck::Agreement::ExchangeNotAsked) {
            return role == ModelExporter::ExportRole ? QString() : tr("Asking…");
        }
        if (role == ModelExporter::ExportRole
            && (agreement == MailboxAccessCheck::Agreement::Agree
                || agreement == MailboxAccessCheck::Agreement::Disagree)) {
            return check.exchange.granted() ? QStringLiteral("Granted")
                                            : QStringLiteral("Denied"); // a key, like the CLI's
        }
        return check.exchangeResultText();
    case Directory:
        return role == ModelExporter::ExportRole ? check.local.resultName() : check.local.resultText();
    case Agreement:
        switch (agreement) {
        case MailboxAccessCheck::Agreement::Agree:
            return tr("Agree");
        case MailboxAccessCheck::Agreement::Disagree:
            return tr("⚠ Disagree");
        case MailboxAccessCheck::Agreement::ExchangeFailed:
            return tr("Exchange failed");
        case MailboxAccessCheck::Agreement::ExchangeNotAsked:
            return QString();
        }
        return {};
    case Why:
        return agreement == MailboxAccessCheck::Agreement::Disagree ? check.disagreementReason()
                                                                    : check.local.explanation();
    default:
        return {};
    }
}

QVariant AccessCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Mailbox:
        return tr("Mailbox");
    case Name:
        return tr("Name");
    case InScope:
        return tr("In scope group");
    case Exchange:
        return tr("Exchange says");
    case Directory:
        return tr("Directory says");
    case Agreement:
        return tr("Agreement");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}
