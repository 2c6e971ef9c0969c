#pragma once

#include "exchange/MailboxAccessCheck.h"

#include <QAbstractTableModel>

/**
 * The test matrix: one row per mailbox (the scope group's members, then a sample of non-members) with Exchange's
 * answer beside the directory's. Rows arrive with the local answer first and are updated as Exchange replies;
 * a disagreement is painted red. Exportable (ModelExporter::ExportRole gives the plain values).
 */
class AccessCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Mailbox, Name, InScope, Exchange, Directory, Agreement, Why, ColumnCount };

    explicit AccessCheckModel(QObject* parent = nullptr);

    void clear();
    void setCheck(int row, const MailboxAccessCheck& check); // grows the table as needed
    const MailboxAccessCheck& checkAt(int row) const { return m_checks.at(row); }
    int count(bool granted) const; // by Exchange's answer where there is one, else the directory's
    int disagreements() const;
    static QStringList exportKeys();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // A cell's text: as shown (Qt::DisplayRole) or as exported (ModelExporter::ExportRole), before tenantText().
    QVariant cellText(const MailboxAccessCheck& check, int column, int role) const;
    QList<MailboxAccessCheck> m_checks;
};
