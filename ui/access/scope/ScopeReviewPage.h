#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class ScopeAppWizard;
struct WriteRun;

/**
 * The plan's preview: every write in order, the notes, and the whole Exchange Online PowerShell. Create (the commit
 * button) runs it through the wizard's PlanRunner — each write journaled before it is sent — and the wizard moves on
 * only when every write succeeded; after a partial failure the results offer the rollback.
 */
class ScopeReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScopeReviewPage(ScopeAppWizard* wizard);

    bool isExecuted() const { return m_executed; }
    void tellBusy(); // the admin tried to close while writes run

    void initializePage() override;
    bool validatePage() override;

signals:
    void tenantChanged(const QString& appId); // something was written (created, or rolled back)

private:
    void create();
    void onRun(const WriteRun& run);
    void enableButtons(bool enabled);

    ScopeAppWizard* m_wizard = nullptr;
    bool m_executed = false;
    bool m_creating = false; // Create was pressed and its run has not ended
    QListWidget* m_planList = nullptr;
    QPlainTextEdit* m_powerShell = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_status = nullptr;
};
