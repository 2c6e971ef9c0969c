#include "StateColorPalette.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace {

double channel(double value)
{
    // sRGB to linear light, as WCAG 2 defines relative luminance.
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

bool isTextRole(StateColorPalette::Role role)
{
    switch (role) {
    case StateColorPalette::Role::Danger:
    case StateColorPalette::Role::Caution:
    case StateColorPalette::Role::Success:
    case StateColorPalette::Role::Muted:
        return true;
    default:
        return false;
    }
}

} // namespace

StateColorPalette::StateColorPalette()
    : StateColorPalette(QGuiApplication::palette())
{
}

StateColorPalette::StateColorPalette(const QPalette& palette)
    : m_palette(palette)
    , m_dark(isDark(palette))
{
}

bool StateColorPalette::isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Active, QPalette::Window)) < 0.2;
}

double StateColorPalette::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StateColorPalette::color(Role role) const
{
    const QColor wanted = designed(role);
    if (!isTextRole(role)) {
        return wanted; // the boxes bring their own background; their pairs are chosen together
    }
    // Text roles are drawn on the window (labels) and on table rows (base, alternate base).
    for (auto background : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
        if (contrast(wanted, m_palette.color(QPalette::Active, background)) < MinimumTextContrast) {
            return m_palette.color(QPalette::Active, QPalette::Text);
        }
    }
    return wanted;
}

QColor StateColorPalette::designed(Role role) const
{
    // One light and one dark set; each text colour reads at 4.5:1 or more on the usual window and row colours.
    switch (role) {
    case Role::Danger:
        return m_dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Role::Caution:
        return m_dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x80, 0x52, 0x00);
    case Role::Success:
        return m_dark ? QColor(0x7b, 0xd8, 0x8f) : QColor(0x17, 0x6b, 0x32);
    case Role::Muted:
        return m_dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x5f, 0x5f, 0x5f);
    case Role::NoticeText:
        return m_dark ? QColor(0xff, 0xe7, 0xa3) : QColor(0x4a, 0x3b, 0x00);
    case Role::NoticeBackground:
        return m_dark ? QColor(0x3b, 0x31, 0x00) : QColor(0xff, 0xf4, 0xce);
    case Role::NoticeBorder:
        return m_dark ? QColor(0x80, 0x6a, 0x1f) : QColor(0xe0, 0xc9, 0x7a);
    case Role::AlertText:
        return m_dark ? QColor(0xff, 0xb4, 0xab) : QColor(0x8a, 0x1c, 0x1c);
    case Role::AlertBackground:
        return m_dark ? QColor(0x4a, 0x1a, 0x1a) : QColor(0xfd, 0xe8, 0xe8);
    case Role::AlertBorder:
        return m_dark ? QColor(0x8f, 0x3b, 0x3b) : QColor(0xe0, 0xa0, 0xa0);
    case Role::NavigationHighlight:
        return m_dark ? QColor(0x26, 0x45, 0x66) : QColor(0xdc, 0xe9, 0xf7);
    case Role::NavigationHighlightText:
        return m_dark ? QColor(0xe3, 0xef, 0xff) : QColor(0x0b, 0x3a, 0x66);
    case Role::ChartBaseline:
        // Violet: apart from the risk colours (red, amber, the low-risk grey) and the selection blue of the other bars.
        return m_dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x7e, 0x5c, 0xad);
    }
    return m_palette.color(QPalette::Active, QPalette::Text);
}
