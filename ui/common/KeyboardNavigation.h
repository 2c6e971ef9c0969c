#pragma once

#include <QObject>

/**
 * Tab moves between controls everywhere in the app, as keyboard and screen-reader users expect: lists and tables
 * keep the arrow keys for their rows and cells (Qt's tables would otherwise take Tab from cell to cell, hundreds of
 * presses before the next control), and text boxes pass Tab on instead of typing a tab character (a read-only
 * PowerShell box would otherwise keep the focus for good). Installed once on the application; it sets both as each
 * widget is polished, so views and dialogs written later get it too.
 */
class KeyboardNavigation : public QObject
{
    Q_OBJECT

public:
    static void install(); // on qApp, once

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};
