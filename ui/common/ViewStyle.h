#pragma once

#include "risk/RiskLevel.h"

#include <QColor>
#include <QString>
#include <QStringList>

class QLabel;
class QMessageBox;
class QVBoxLayout;
class QWidget;

/**
 * The few visual conventions every view shares, in one place so they stay alike: the page title, the yellow
 * notice box, and the colours that mark risk (red for critical and high, amber for medium, plain otherwise) — all
 * from StateColorPalette's named roles, so they follow light, dark and high-contrast palettes.
 */
class ViewStyle
{
public:
    static QLabel* pageTitle(const QString& text, QWidget* parent); // large bold heading of a view
    // Fills owner with a frameless scroll area holding one page, and returns the page's layout: the page's parts keep
    // their natural heights and the page scrolls, rather than squeezing them into a short window.
    static QVBoxLayout* scrollingPage(QWidget* owner);
    static void makeNotice(QLabel* label); // the yellow "something to know" box (label needs an object name)
    enum class Box { Notice, Alert }; // yellow "something to know", red "this failed / these disagree"
    // A style sheet rule for selector ("QLabel#name", "QFrame#name") in the palette's colours of that box.
    static QString boxStyle(const QString& selector, Box box);
    // The centred, wrapped text a view shows instead of content: loading, empty, error, signed out.
    static QLabel* placeholder(QWidget* parent, const char* objectName);
    // A word-wrapped label that shows its text as it is (tenant text, server errors: never rich text).
    static QLabel* plainLabel(QWidget* parent, const char* objectName);
    static QLabel* selectableLabel(QWidget* parent, const char* objectName); // a plainLabel the admin can copy from
    // The PowerShell a step stands for: monospace, selectable, in a box on the alternate base colour.
    static QLabel* powerShellLabel(QWidget* parent, const char* objectName);
    static QColor riskColor(RiskLevel level); // invalid QColor: the palette's normal text
    // Tooltips render HTML when the text looks like it; names and reasons come from the tenant, so they are shown as
    // the plain text they are.
    static QString plainToolTip(const QString& text);
    // Where a tooltip is shown: by Qt (QToolTip, which renders HTML), or by the system for a tray icon — as plain text
    // on Windows (Shell_NotifyIcon's szTip) and macOS, where the QToolTip form's "<p>…</p>" would show as typed, and
    // perhaps as markup in a Linux tray, so it gets the notification rule (one line, no < > &).
    enum class ToolTipHost { Qt, SystemTray };
    static QString plainToolTip(const QString& text, ToolTipHost host);
    // Tenant text (names, reasons, descriptions, server words) as a widget or model shows it: every bidirectional
    // control as U+FFFD, so nothing is shown reordered (TenantText::forDisplay). Labels, items and model data of every
    // view go through it; plainToolTip() does it for tooltips.
    static QString tenantText(const QString& text);
    static QStringList tenantText(const QStringList& texts); // each, as for an item's columns
    // A message box's text and informative text shown as the plain text they are (call after setting both): a
    // QMessageBox renders text that looks like HTML, and its messages name apps and carry servers' words.
    static void makePlain(QMessageBox* box);
    static void warning(QWidget* parent, const QString& title, const QString& text); // QMessageBox::warning, plain
    static bool isRiskBold(RiskLevel level) { return int(level) >= int(RiskLevel::High); }
};
