#include "WrappedColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>

WrappedColumn::WrappedColumn(QTreeWidget* tree, int column)
    : QObject(tree)
    , m_tree(tree)
    , m_column(column)
{
    setObjectName(QStringLiteral("wrappedColumn"));
    tree->setWordWrap(true);
    tree->setTextElideMode(Qt::ElideNone);
    tree->setUniformRowHeights(false);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(tree->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == m_column) {
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
        wrapped->m_width = -1;
        wrapped->fit();
    }
}

void WrappedColumn::fit()
{
    // The delegate's text margins (QStyle::PM_FocusFrameHMargin + 1 on each side, as QCommonStyle lays out item text).
    const int margin = 2 * (m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1);
    const int width = qMax(40, m_tree->columnWidth(m_column) - margin);
    bool changed = false;
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int single = metrics.height() + 4;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const QRect bounds
            = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::AlignLeft, item->text(m_column));
        const QSize hint(width, qMax(single, bounds.height() + 4));
        if (item->sizeHint(m_column) != hint) {
            item->setSizeHint(m_column, hint);
            changed = true;
        }
    }
    if (changed || width != m_width) {
        m_width = width;
        emit fitted();
    }
}
