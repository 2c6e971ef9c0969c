#pragma once

#include <QList>
#include <QObject>

class QTreeWidget;

/**
 * Makes one column (or a few) of a QTreeWidget wrap its text over as many lines as it needs, instead of ending in "…"
 * (a requester's reason, why a permission is needed). QTreeView gives every row the height of one line whatever
 * wordWrap says, because its delegate is asked for a size without the column's width; this sets each row's height
 * from the text at the column's current width, again whenever the column or the view is resized.
 * Owned by the tree (created as its child).
 */
class WrappedColumn : public QObject
{
    Q_OBJECT

public:
    WrappedColumn(QTreeWidget* tree, int column);
    WrappedColumn(QTreeWidget* tree, const QList<int>& columns); // a row is as tall as its tallest wrapped cell

    void fit(); // after the items changed
    static void fit(QTreeWidget* tree); // the same, for the tree's WrappedColumn

signals:
    void fitted(); // row heights may have changed

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTreeWidget* m_tree;
    QList<int> m_columns;
    QList<int> m_widths; // the widths the rows were fitted to
};
