#pragma once

#include <QString>

class QHeaderView;
class QMainWindow;
class QSettings;
class QWidget;

/**
 * Remembers how the admin arranged the window: its geometry, and per view every named splitter's sizes and every
 * named table's or tree's column widths and sort order (QSettings, under "layout/"). Only what the admin can change
 * is kept — column widths of Interactive sections, never the resize modes the code sets — so a newer ConsentDesk's
 * layout decisions are not overridden by an old saved state, and a table whose columns changed is left alone.
 */
class LayoutMemory
{
public:
    explicit LayoutMemory(QSettings& settings);

    void saveWindow(const QMainWindow* window);
    bool restoreWindow(QMainWindow* window);
    void saveView(const QString& viewId, const QWidget* view);
    void restoreView(const QString& viewId, QWidget* view);
    void forget(); // everything under "layout/": the next start uses the defaults

    // A splitter's sizes only mean something at its real size: restoreView() keeps them on the splitter until the view
    // is shown and laid out, and the shell calls this then (a hidden page of a stacked widget has a stale size, and
    // restoring into it would shift the divider by the stretch factors at every start).
    static void applyPending(QWidget* view);

    // Whether the admin's column widths were restored into this header.
    static bool isRestored(const QHeaderView* header);
    // True once per header, the first time data arrives, unless the admin's widths were restored: views fit their
    // columns to the contents then, and afterwards leave the widths alone (no columns jumping at every refresh).
    static bool fitOnce(QHeaderView* header);

private:
    QSettings& m_settings;
};
