#pragma once

#include "directory/ConsentRequest.h"
#include "risk/RiskLevel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

/**
 * The admin-consent request queue as a table: App, Publisher (with the verified mark), Requested by (count),
 * Latest request, Expires, Permissions, Highest risk, Status. Sorting uses SortRole (dates as timestamps, risk as
 * its level) so a QSortFilterProxyModel sorts by meaning, not by the displayed text.
 *
 * Publisher facts arrive later than the list (they need the app's service principal): setPublisher() fills them in
 * as lookups finish. The highest risk of a request comes from the risk catalog alone and is known at once.
 */
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { App, Publisher, RequestedBy, Latest, Expires, Permissions, Risk, Status, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RequestIdRole, AppIdRole, SearchTextRole, StatusRole, ExpiringSoonRole };

    struct PublisherInfo
    {
        QString name;
        bool verified = false;
        bool microsoft = false;
        bool noServicePrincipal = false; // not in the tenant yet: nobody has consented before
        bool disabled = false; // blocked (accountEnabled = false)
    };

    explicit RequestTableModel(QObject* parent = nullptr);

    void setRequests(const QList<ConsentRequest>& requests);
    void upsert(const ConsentRequest& request); // streaming: add or replace by id
    void setPublisher(const QString& appId, const PublisherInfo& info);
    void setNow(const QDateTime& now) { m_now = now; } // tests: a fixed "now" for expiry highlighting
    void setExpiringSoonDays(int days) { m_expiringSoonDays = days; }

    const ConsentRequest* request(int row) const;
    int rowOf(const QString& requestId) const;
    RiskLevel highestRisk(int row) const;
    QStringList appIds() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString& status);

private:
    struct Row
    {
        ConsentRequest request;
        RiskLevel risk = RiskLevel::Unranked;
    };
    QVariant display(const Row& row, int column) const;
    QVariant sortKey(const Row& row, int column) const;
    bool expiringSoon(const ConsentRequest& request) const;
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    QList<Row> m_rows;
    QHash<QString, PublisherInfo> m_publishers; // by appId (lower-case)
    QDateTime m_now;
    int m_expiringSoonDays = 3;
};
