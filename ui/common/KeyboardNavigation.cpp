#include "KeyboardNavigation.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QTextEdit>

void KeyboardNavigation::install()
{
    if (!qApp || qApp->findChild<KeyboardNavigation*>(QString(), Qt::FindDirectChildrenOnly)) {
        return;
    }
    qApp->installEventFilter(new KeyboardNavigation(qApp));
}

bool KeyboardNavigation::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        if (auto* view = qobject_cast<QAbstractItemView*>(watched)) {
            view->setTabKeyNavigation(false);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(watched)) {
            plain->setTabChangesFocus(true);
        } else if (auto* rich = qobject_cast<QTextEdit*>(watched)) {
            rich->setTabChangesFocus(true);
        }
    }
    return QObject::eventFilter(watched, event);
}
