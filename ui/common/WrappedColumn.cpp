#include "WrappedColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>

WrappedColumn::WrappedColumn(QTreeWidget* tree, int column)
    : WrappedColumn(tree, QList<int> {column})
{
}

WrappedColumn::WrappedColumn(QTreeWidget* tree, const QList<int>& columns)
    : QObject(tree)
    , m_tree(tree)
    , m_columns(columns)
{
    setObjectName(QStringLiteral("wrappedColumn"));
    tree->setWordWrap(true);
    tree->setTextElideMode(Qt::ElideNone);
    tree->setUniformRowHeights(false);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(tree->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (m_columns.contains(section)) {
            fit();
        }
    });
    // A stretched column changes with the view, after the header has followed the resize.
    tree->viewport()->installEventFilter(this);
}

bool WrappedColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
        QTimer::singleShot(0, this, [this] { fit(); });
    }
    return QObject::eventFilter(watched, event);
}

void WrappedColumn::fit(QTreeWidget* tree)
{
    if (auto* wrapped = tree->findChild<WrappedColumn*>(QStringLiteral("wrappedColumn"), Qt::FindDirectChildrenOnly)) {
        wrapped->m_widths.clear();
        wrapped->fit();
    }
}

void WrappedColumn::fit()
{
    // The delegate's text margins (QStyle::PM_FocusFrameHMargin + 1 on each side, as QCommonStyle lays out item text).
    const int margin = 2 * (m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1);
    QList<int> widths;
    for (int column : std::as_const(m_columns)) {
        widths << qMax(40, m_tree->columnWidth(column) - margin);
    }
    bool changed = false;
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int single = metrics.height() + 4;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        int height = single;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QRect bounds = metrics.boundingRect(
                QRect(0, 0, widths.at(c), 100000), Qt::TextWordWrap | Qt::AlignLeft, item->text(m_columns.at(c)));
            height = qMax(height, bounds.height() + 4);
        }
        // The row's height is its tallest cell's; the hint goes on the first wrapped column.
        const QSize hint(widths.first(), height);
        if (item->sizeHint(m_columns.first()) != hint) {
            item->setSizeHint(m_columns.first(), hint);
            changed = true;
        }
    }
    if (changed || widths != m_widths) {
        m_widths = widths;
        emit fitted();
    }
}
