#pragma once

#include "common/ConsoleView.h"
#include "posture/PostureCheck.h"
#include "settings/ConsentSettings.h"

#include <QFuture>

class ConsentSettingsLoader;
class ExchangeAdminClient;
class PostureDialog;
class PostureService;
class ServicePrincipalCache;
class GraphClient;
class Journal;
class PlanRunner;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class ReviewerSearch;
class SignInManager;
struct WritePlan;

/**
 * Consent settings: what decides whether a user can connect an app by themself, and who hears about it when they
 * cannot — the admin consent workflow (on or off, reviewers and whether anyone among them can approve, e-mails,
 * reminders, expiry), user consent for applications in the admin center's words with the permission grant policies
 * in force, and the permissions classified low impact on Microsoft Graph. Read with ConsentSettingsLoader (as
 * `consentdesk-cli settings show`), changed through SettingsPlanner and the one PlanRunner (preview with PowerShell,
 * journaled, undoable from Activity). Controls the admin's roles do not allow stay disabled with the reason shown.
 */
class ConsentSettingsView : public ConsoleView
{
    Q_OBJECT

public:
    struct Services
    {
        GraphClient* graph = nullptr;
        Journal* journal = nullptr;
        SignInManager* signIn = nullptr;
        ServicePrincipalCache* servicePrincipals = nullptr; // the posture checks
        ExchangeAdminClient* exchange = nullptr; // the posture's mailbox check; may be null
    };

    explicit ConsentSettingsView(const Services& services, QWidget* parent = nullptr);

    QString viewId() const override { return QStringLiteral("settings"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    void setSession(SessionState* session) override;

    void refresh();
    PostureDialog* showPosture(); // "Check posture…": the consent posture, read now
    const ConsentSettings& settings() const { return m_settings; }
    const AdminConsentWorkflow& editedWorkflow() const { return m_edited; }

signals:
    void loaded(); // the settings on screen are the tenant's as just read
    void viewRequested(const QString& viewId); // a posture fix starts in another view

private:
    void show(const ConsentSettings& settings);
    void clear(const QString& message);
    void showReviewers();
    void updateControls();
    void addReviewer();
    void removeReviewer();
    void saveWorkflow();
    void applyUserConsent();
    void addClassification();
    void removeClassification();
    void runPlan(const WritePlan& plan, const QStringList& writeScopes);
    AdminConsentWorkflow workflowFromControls() const;
    void goToFix(PostureCheck::Action action, const QString& id);

    Services m_services;
    ConsentSettingsLoader* m_loader = nullptr;
    ReviewerSearch* m_search = nullptr;
    PlanRunner* m_runner = nullptr;
    SessionState* m_session = nullptr;
    QFuture<ConsentSettings> m_loading;
    QFuture<AdminConsentWorkflow> m_resolving;
    ConsentSettings m_settings;
    AdminConsentWorkflow m_edited; // the workflow as the admin is editing it
    bool m_loaded = false;

    PostureService* m_posture = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_checkPosture = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_enabled = nullptr;
    QCheckBox* m_notify = nullptr;
    QCheckBox* m_reminders = nullptr;
    QSpinBox* m_duration = nullptr;
    QLabel* m_workflowState = nullptr;
    QLabel* m_workflowWarning = nullptr;
    QLabel* m_workflowReason = nullptr;
    QTreeWidget* m_reviewers = nullptr;
    QPushButton* m_addReviewer = nullptr;
    QPushButton* m_removeReviewer = nullptr;
    QPushButton* m_saveWorkflow = nullptr;
    QLabel* m_userConsent = nullptr;
    QButtonGroup* m_options = nullptr;
    QPushButton* m_applyUserConsent = nullptr;
    QLabel* m_userConsentReason = nullptr;
    QTreeWidget* m_policies = nullptr;
    QTreeWidget* m_lowImpact = nullptr;
    QPushButton* m_classify = nullptr;
    QPushButton* m_unclassify = nullptr;
    QLabel* m_classifyReason = nullptr;
};
