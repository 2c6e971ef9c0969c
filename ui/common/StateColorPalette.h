#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

/**
 * The colours that carry meaning — danger, caution, success, the notice and alert boxes — one named role each, so
 * every view says "red" with the same red. The set follows the widget palette it is given: a light and a dark variant,
 * chosen by the window colour, and every text role is checked against the backgrounds it is drawn on. Below WCAG's
 * 4.5:1 it falls back to the palette's own text colour, so a high-contrast scheme keeps legible text; the meaning
 * then stays in the words and the bold type, which every view shows as well (never colour alone).
 *
 *     item->setForeground(column, StateColorPalette().color(StateColorPalette::Role::Danger));
 */
class StateColorPalette
{
public:
    enum class Role {
        Danger, // critical and high risk, denied, failed, destructive, "reaches every mailbox"
        Caution, // medium risk, pending
        Success, // granted, allowed
        Muted, // secondary text: "none", "not applicable"
        NoticeText, // the yellow "something to know" box
        NoticeBackground,
        NoticeBorder,
        AlertText, // the red "these disagree / this failed" box, and rows that disagree
        AlertBackground,
        AlertBorder,
        NavigationHighlight, // the current view in the navigation list
        NavigationHighlightText,
        ChartBaseline, // a chart's "already there when ConsentDesk first looked" bar: no risk grey, no highlight blue
    };

    static constexpr double MinimumTextContrast = 4.5; // WCAG 2, level AA, normal text

    StateColorPalette(); // the application's palette
    explicit StateColorPalette(const QPalette& palette);

    QColor color(Role role) const;
    QString name(Role role) const { return color(role).name(); } // "#rrggbb", for style sheets
    bool isDark() const { return m_dark; }

    static bool isDark(const QPalette& palette);
    static double contrast(const QColor& a, const QColor& b); // WCAG 2 contrast ratio, 1 … 21

private:
    QColor designed(Role role) const;

    QPalette m_palette;
    bool m_dark = false;
};
