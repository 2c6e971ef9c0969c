#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

/**
 * The Activity view's filters over ActivityModel: free text (admin, change, action), kind of action (grants,
 * removals, blocks, restores, Exchange), outcome, a time window, and the tenant the admin is signed in to.
 */
class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Kind { All, Grants, Removals, Apps, Restores, Exchange };

    explicit ActivityFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setKind(Kind kind);
    void setOutcome(int outcome); // -1: any; else int(JournalEntry::Outcome)
    void setSince(const QDateTime& since); // invalid: any time
    void setTenant(const QString& tenantId); // empty: every tenant

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    Kind m_kind = Kind::All;
    int m_outcome = -1;
    QDateTime m_since;
    QString m_tenant;
};
