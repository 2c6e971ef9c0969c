#pragma once

#include "pipeline/WritePlan.h"

#include <QDialog>
#include <QHeaderView>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * Before any tenant write, Microsoft Graph or Exchange Online alike: an intro, the Changes tab (every write numbered,
 * in order, exactly as it will be sent, plus unnumbered notes — what needs no change, what will not be undone and
 * why), the PowerShell tab ready to copy, the plan's warnings, and Copy PowerShell / Apply / Cancel with Cancel as
 * the default button, so a tenant write is never one Enter key away.
 */
class PlanPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PlanPreviewDialog(const WritePlan& plan, const QString& tenantId, QWidget* parent = nullptr);

    // Just the PowerShell (the "PowerShell…" button): no apply button.
    static PlanPreviewDialog* powerShellOnly(const WritePlan& plan, const QString& tenantId, QWidget* parent);

    QPushButton* applyButton() const { return m_apply; }

private:
    QTreeWidgetItem* addOperation(const TenantWrite& operation);
    QTreeWidgetItem* addNote(const QString& text); // unnumbered, in the Change column
    QTreeWidgetItem* addRefusal(const QString& text, const QString& toolTip = {}); // a note in red
    // Last: the warnings box (if any) and the button row. An empty applyText means nothing to apply: Close only.
    void addButtons(const QStringList& warnings, const QString& applyText);

    QLabel* m_intro = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_operations = nullptr;
    QPlainTextEdit* m_powerShell = nullptr;
    QPushButton* m_apply = nullptr;
    int m_numbered = 0;
};
