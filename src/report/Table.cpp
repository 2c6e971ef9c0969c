#include "Table.h"

int Table::columnIndex(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key) {
            return i;
        }
    }
    return -1;
}
