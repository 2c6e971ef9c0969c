#include "RequestTableModel.h"

#include "common/ModelExporter.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "report/TenantText.h"

#include "risk/RequestRisk.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace {

QString relativeDate(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid()) {
        return {};
    }
    const qint64 days = when.toUTC().date().daysTo(now.toUTC().date());
    const QString date = QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
    if (days == 0) {
        return RequestTableModel::tr("Today");
    }
    if (days == 1) {
        return RequestTableModel::tr("Yesterday");
    }
    if (days > 1 && days < 7) {
        return RequestTableModel::tr("%n day(s) ago", nullptr, int(days));
    }
    return date;
}

} // namespace

RequestTableModel::RequestTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString RequestTableModel::statusText(const QString& status)
{
    if (status == QLatin1String("InProgress")) {
        return tr("Pending");
    }
    if (status == QLatin1String("Initializing")) {
        return tr("Being created");
    }
    if (status == QLatin1String("Expired")) {
        return tr("Expired");
    }
    if (status == QLatin1String("Completed")) {
        return tr("Completed");
    }
    return status;
}

void RequestTableModel::setRequests(const QList<ConsentRequest>& requests)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(requests.size());
    for (const ConsentRequest& request : requests) {
        m_rows.append({request, RequestRisk::highest(request)});
    }
    endResetModel();
}

void RequestTableModel::upsert(const ConsentRequest& request)
{
    const int row = rowOf(request.id);
    if (row >= 0) {
        m_rows[row] = {request, RequestRisk::highest(request)};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({request, RequestRisk::highest(request)});
    endInsertRows();
}

void RequestTableModel::setPublisher(const QString& appId, const PublisherInfo& info)
{
    m_publishers.insert(appId.toLower(), info);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).request.appId.compare(appId, Qt::CaseInsensitive) == 0) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

const ConsentRequest* RequestTableModel::request(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).request : nullptr;
}

int RequestTableModel::rowOf(const QString& requestId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).request.id == requestId) {
            return row;
        }
    }
    return -1;
}

RiskLevel RequestTableModel::highestRisk(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).risk : RiskLevel::Unranked;
}

QStringList RequestTableModel::appIds() const
{
    QStringList ids;
    for (const Row& row : m_rows) {
        if (!ids.contains(row.request.appId, Qt::CaseInsensitive)) {
            ids << row.request.appId;
        }
    }
    return ids;
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestTableModel::expiringSoon(const ConsentRequest& request) const
{
    const QDateTime expiry = request.nextExpiry();
    return expiry.isValid() && request.status() == QLatin1String("InProgress")
           && now().secsTo(expiry) < qint64(m_expiringSoonDays) * 86400;
}

QVariant RequestTableModel::display(const Row& row, int column) const
{
    const ConsentRequest& r = row.request;
    switch (column) {
    case App: // names the admin decides on: bidirectional controls shown, not obeyed; beside the publisher's badge
        return TenantText::forNameBesideBadge(r.appDisplayName.isEmpty() ? r.appId : r.appDisplayName);
    case Publisher: {
        const auto it = m_publishers.constFind(r.appId.toLower());
        if (it == m_publishers.constEnd()) {
            return QString();
        }
        if (it->noServicePrincipal) {
            return tr("Not in tenant yet");
        }
        // The publisher's own check marks become U+FFFD: the only ✔ here is ConsentDesk's verified badge, last.
        QString text = it->name.isEmpty() ? tr("Unknown publisher") : TenantText::forNameBesideBadge(it->name);
        if (it->verified) {
            text += QStringLiteral(" ✔");
        }
        return text;
    }
    case RequestedBy: {
        const QStringList who = r.requesters();
        if (who.isEmpty()) {
            return QString();
        }
        const QString first = TenantText::forDisplay(who.first());
        return who.size() == 1 ? first : tr("%1 and %n more", nullptr, int(who.size() - 1)).arg(first);
    }
    case Latest:
        return relativeDate(r.latestRequest(), now());
    case Expires: {
        const QDateTime expiry = r.nextExpiry();
        if (!expiry.isValid()) {
            return r.status() == QLatin1String("InProgress") ? tr("Unknown") : QString();
        }
        const qint64 secs = now().secsTo(expiry);
        if (secs <= 0) {
            return tr("Due now");
        }
        const qint64 days = secs / 86400;
        return days == 0 ? tr("In %n hour(s)", nullptr, int(qMax<qint64>(1, secs / 3600)))
                         : tr("In %n day(s)", nullptr, int(days));
    }
    case Permissions:
        if (r.isStatic() && r.pendingScopes.isEmpty()) {
            return tr("The app's configured permissions");
        }
        return QString::number(r.pendingScopes.size());
    case Risk:
        return Risk::displayName(row.risk);
    case Status:
        return statusText(r.status());
    default:
        return {};
    }
}

QVariant RequestTableModel::sortKey(const Row& row, int column) const
{
    const ConsentRequest& r = row.request;
    switch (column) {
    case RequestedBy:
        return r.requesters().size();
    case Latest:
        return r.latestRequest().toMSecsSinceEpoch();
    case Expires: {
        const QDateTime expiry = r.nextExpiry();
        return expiry.isValid() ? expiry.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    case Permissions:
        return int(r.pendingScopes.size());
    case Risk:
        return int(row.risk);
    default:
        return display(row, column).toString().toLower();
    }
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const ConsentRequest& r = row.request;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case ModelExporter::ExportRole:
        switch (index.column()) {
        case App:
            return r.appDisplayName;
        case Publisher: { // the publisher's name as the tenant holds it (the screen shows its check marks as U+FFFD)
            const auto it = m_publishers.constFind(r.appId.toLower());
            if (it == m_publishers.constEnd() || it->noServicePrincipal || it->name.isEmpty()) {
                return display(row, index.column());
            }
            return it->verified ? it->name + QStringLiteral(" ✔") : it->name;
        }
        case RequestedBy:
            return r.requesters().join(QLatin1Char(' '));
        case Latest:
            return r.latestRequest().toUTC().toString(Qt::ISODate);
        case Expires:
            return r.nextExpiry().isValid() ? r.nextExpiry().toUTC().toString(Qt::ISODate) : QString();
        case Permissions:
            return r.pendingScopes.join(QLatin1Char(' '));
        case Risk:
            return Risk::toKey(row.risk);
        case Status:
            return r.status();
        default:
            return display(row, index.column());
        }
    case RequestIdRole:
        return r.id;
    case AppIdRole:
        return r.appId;
    case StatusRole:
        return r.status();
    case ExpiringSoonRole:
        return expiringSoon(r);
    case SearchTextRole:
        return QStringList {r.appDisplayName, r.appId, r.requesters().join(QLatin1Char(' ')), r.pendingScopes.join(' ')}
            .join(QLatin1Char(' '));
    case Qt::ForegroundRole:
        if (index.column() == Risk) {
            const QColor color = ViewStyle::riskColor(row.risk);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        if (index.column() == Expires && expiringSoon(r)) {
            return StateColorPalette().color(StateColorPalette::Role::Danger);
        }
        return {};
    case Qt::FontRole:
        if ((index.column() == Risk && int(row.risk) >= int(RiskLevel::High))
            || (index.column() == Expires && expiringSoon(r))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case App: // whole, where the column cuts it
            return ViewStyle::plainToolTip(display(row, App).toString());
        case RequestedBy: // names and reasons are the requesters' own words
            return ViewStyle::plainToolTip(r.requesters().join(QLatin1Char('\n')));
        case Permissions:
            return ViewStyle::plainToolTip(r.pendingScopes.join(QLatin1Char('\n')));
        case Publisher: { // the name whole (the column may cut it), then what the mark means
            const auto it = m_publishers.constFind(r.appId.toLower());
            QString meaning = tr("Not a verified publisher.");
            if (it != m_publishers.constEnd() && it->verified) {
                meaning = tr("Verified publisher: Microsoft has verified the publisher's identity.");
            } else if (it != m_publishers.constEnd() && it->noServicePrincipal) {
                meaning = tr("Nobody in this tenant has consented to this app yet; granting creates its service "
                             "principal.");
            }
            const QString tip = display(row, Publisher).toString() + QLatin1Char('\n') + meaning;
            return ViewStyle::plainToolTip(tip);
        }
        case Expires:
            return r.nextExpiry().isValid() ? QLocale().toString(r.nextExpiry().toLocalTime(), QLocale::LongFormat)
                                            : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Permissions) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case App:
        return tr("App");
    case Publisher:
        return tr("Publisher");
    case RequestedBy:
        return tr("Requested by");
    case Latest:
        return tr("Latest request");
    case Expires:
        return tr("Expires");
    case Permissions:
        return tr("Permissions");
    case Risk:
        return tr("Highest risk");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}
