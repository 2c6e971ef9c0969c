#include "SourceSortProxyModel.h"

void SourceSortProxyModel::sort(int column, Qt::SortOrder order)
{
    // The proxy keeps the source's order (its own sort column stays -1); the source reorders itself.
    if (sourceModel()) {
        sourceModel()->sort(column, order);
    }
}
