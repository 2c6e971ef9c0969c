#include "OverviewAppList.h"

#include "common/ViewStyle.h"

#include <QHeaderView>

OverviewAppList::OverviewAppList(const QString& objectName,
                                 const QString& accessibleName,
                                 const QString& accessibleDescription,
                                 const QStringList& headers,
                                 bool shortLastColumn,
                                 QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setAccessibleDescription(accessibleDescription);
    setHeaderLabels(headers);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMinimumHeight(fontMetrics().height() * 6);
    // Names and permissions share the width (long ones end in "…", the tooltip has them whole); a short last column
    // (the risk) takes what it needs.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Stretch);
    if (shortLastColumn) {
        header()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::ResizeToContents);
    }
    connect(
        this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { activate(indexOfTopLevelItem(item)); });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        activate(indexOfTopLevelItem(item));
    });
}

void OverviewAppList::setRows(const QList<Row>& rows)
{
    m_rows = rows;
    clear();
    for (const Row& row : rows) {
        // App and publisher names, permissions: tenant text, shown but never reordered.
        auto* item = new QTreeWidgetItem(this, ViewStyle::tenantText(row.columns));
        const int last = int(row.columns.size()) - 1;
        if (row.color.isValid() && last >= 0) {
            item->setForeground(last, row.color);
        }
        if (row.bold) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            if (last > 0) {
                item->setFont(last, bold);
            }
        }
        for (int column = 0; column < row.columns.size(); ++column) {
            item->setToolTip(column, ViewStyle::plainToolTip(row.columns.at(column)));
        }
    }
}

void OverviewAppList::activate(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).viewId.isEmpty()) {
        return; // a row with nowhere to go (an app that is gone)
    }
    emit activated(m_rows.at(row).viewId, m_rows.at(row).filter);
}
