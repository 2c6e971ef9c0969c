#include "OverviewAppList.h"

#include "common/ViewStyle.h"

#include <QHeaderView>
#include <QStyle>
#include <QTimer>

#include <algorithm>

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
    // Shared widths leave a long title (French, Japanese) less room than it needs, and the header cuts it without a
    // sign ("Autorisation la plus" for "…la plus risquée"): it is elided where it is cut, and whole in its tooltip.
    m_headers = headers;
    for (int column = 0; column < headers.size(); ++column) {
        const QString title = headers.at(column);
        headerItem()->setToolTip(column, ViewStyle::plainToolTip(title));
    }
    connect(header(), &QHeaderView::sectionResized, this, [this] { elideHeaders(); });
    connect(
        this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { activate(indexOfTopLevelItem(item)); });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        activate(indexOfTopLevelItem(item));
    });
}

void OverviewAppList::resizeEvent(QResizeEvent* event)
{
    QTreeWidget::resizeEvent(event);
    QTimer::singleShot(0, this, [this] { elideHeaders(); }); // once the header has stretched its sections
}

void OverviewAppList::elideHeaders()
{
    const int margins = 2 * header()->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header()) + 2;
    for (int column = 0; column < m_headers.size(); ++column) {
        // A column sized to its contents is as wide as its title: eliding it would narrow it again, without end.
        if (header()->sectionResizeMode(column) == QHeaderView::ResizeToContents) {
            continue;
        }
        const QString shown = header()->fontMetrics().elidedText(
            m_headers.at(column), Qt::ElideRight, std::max(0, header()->sectionSize(column) - margins));
        if (headerItem()->text(column) != shown) {
            headerItem()->setText(column, shown);
        }
    }
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
