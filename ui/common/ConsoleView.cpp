#include "ConsoleView.h"

ConsoleView* ConsoleView::enclosing(QWidget* widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (auto* view = qobject_cast<ConsoleView*>(widget)) {
            return view;
        }
    }
    return nullptr;
}

bool ConsoleView::showFiltered(const ViewFilter&)
{
    return false;
}
