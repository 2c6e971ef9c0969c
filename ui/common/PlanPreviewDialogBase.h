#pragma once

#include <QDialog>
#include <QHeaderView>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * Before any tenant write: an intro, the Changes tab (every write numbered, in order, plus unnumbered notes such
 * as what will not be undone), the PowerShell tab, the plan's warnings, and Copy PowerShell / Apply / Cancel with
 * Cancel as the default button. PlanPreviewDialog (Graph) and ExchangePlanPreviewDialog only map their plan onto
 * this, so a write looks the same before it is made whichever service it goes to.
 */
class PlanPreviewDialogBase : public QDialog
{
    Q_OBJECT

public:
    QPushButton* applyButton() const { return m_apply; }
    void removeApplyButton(); // a preview that only shows (PowerShell for a plan)

protected:
    explicit PlanPreviewDialogBase(QWidget* parent);

    void setIntro(const QString& text, const QString& note); // the note, if any, as a paragraph of its own
    // The third column of the Changes tab: what is sent for each write.
    void setRequestColumn(const QString& header, QHeaderView::ResizeMode mode);
    QTreeWidgetItem* addOperation(const QString& summary, const QString& request, const QString& requestToolTip);
    QTreeWidgetItem* addNote(const QString& text); // unnumbered, in the Change column
    QTreeWidgetItem* addRefusal(const QString& text, const QString& toolTip = {}); // a note in red
    void setPowerShell(const QString& script, const QString& tabTitle);
    void showPowerShellTab();
    // Last: the warnings box (if any) and the button row. An empty applyText means nothing to apply: Close only.
    void finish(const QStringList& warnings, const QString& applyText);

private:
    QLabel* m_intro = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_operations = nullptr;
    QPlainTextEdit* m_powerShell = nullptr;
    QPushButton* m_apply = nullptr;
    int m_numbered = 0;
};
