#pragma once

#include <QStyledItemDelegate>

/**
 * Draws a column's text ending in "…" in the middle instead of at the end: a long name keeps its start and its end in
 * sight. For name columns whose end matters — a verified publisher's ✔ comes last, and a hostile name's own start
 * (a fake badge, markup) must not be all the admin sees of it. The view's other columns keep its own elide mode.
 */
class ElideMiddleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
