#pragma once

#include "settings/ConsentSettings.h"

#include <QFuture>
#include <QGroupBox>

class ConsentSettingsLoader;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class ReviewerSearch;

/**
 * The admin consent workflow section of Consent settings, as Entra's "Admin consent settings" page has it: on or off,
 * e-mails, reminders, expiry, and the reviewers with whether anyone among them can approve. It edits a copy of the
 * tenant's workflow; the view saves it (saveRequested) through its one PlanRunner.
 */
class WorkflowPanel : public QGroupBox
{
    Q_OBJECT

public:
    WorkflowPanel(ConsentSettingsLoader* loader, ReviewerSearch* search, QWidget* parent = nullptr);

    void clear();
    void show(const ConsentSettings& settings);
    void cancel(); // a reviewer lookup still running
    // saved: the tenant's workflow as read; reason: why the admin may not edit it (empty when they may).
    void updateControls(bool editable, const AdminConsentWorkflow& saved, const QString& reason);
    void turnOn(); // a posture fix: the workflow switched on, for the admin to review and save
    // A fix for "no reviewer can approve": the first reviewer who cannot, selected (else Add reviewer focused).
    void selectReviewerProblem();
    AdminConsentWorkflow edited() const { return m_edited; }
    AdminConsentWorkflow fromControls() const;

signals:
    void changed();
    void saveRequested();

private:
    void showReviewers();
    void showWarning();
    void addReviewer();
    void removeReviewer();

    ConsentSettingsLoader* m_loader = nullptr;
    ReviewerSearch* m_search = nullptr;
    QFuture<AdminConsentWorkflow> m_resolving;
    AdminConsentWorkflow m_edited; // the workflow as the admin is editing it
    bool m_shown = false; // the tenant's workflow is on screen (read, without error)

    QCheckBox* m_enabled = nullptr;
    QCheckBox* m_notify = nullptr;
    QCheckBox* m_reminders = nullptr;
    QSpinBox* m_duration = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_reason = nullptr;
    QTreeWidget* m_reviewers = nullptr;
    QPushButton* m_addReviewer = nullptr;
    QPushButton* m_removeReviewer = nullptr;
    QPushButton* m_save = nullptr;
};
