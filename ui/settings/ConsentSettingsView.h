#pragma once

#include "common/ConsoleView.h"
#include "posture/PostureCheck.h"
#include "settings/ConsentSettings.h"

#include <QFuture>

class ConsentSettingsLoader;
class ExchangeAdminClient;
class GroupOwnerConsentPanel;
class GraphClient;
class Journal;
class LowImpactPanel;
class PlanRunner;
class PostureDialog;
class PostureService;
class QLabel;
class QPushButton;
class ReviewerSearch;
class ServicePrincipalCache;
class SignInManager;
class UserConsentPanel;
class WorkflowPanel;
struct WritePlan;

/**
 * Consent settings: what decides whether a user can connect an app by themself, and who hears about it when they
 * cannot — the admin consent workflow (on or off, reviewers and whether anyone among them can approve, e-mails,
 * reminders, expiry), user consent for applications in the admin center's words with the permission grant policies
 * in force, group owner consent, and the permissions classified low impact on Microsoft Graph. Read with
 * ConsentSettingsLoader (as `consentdesk-cli settings show`), changed through SettingsPlanner and the one PlanRunner
 * (preview with PowerShell, journaled, undoable from Activity). Controls the admin's roles do not allow stay disabled
 * with the reason shown. Each section is a panel of its own (WorkflowPanel, UserConsentPanel, GroupOwnerConsentPanel,
 * LowImpactPanel); the view reads, decides what may be edited and runs the changes.
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
    // The troubleshooter's fix for "no reviewer can approve": a reviewer who cannot, selected (once read).
    void showReviewerProblem();
    const ConsentSettings& settings() const { return m_settings; }
    AdminConsentWorkflow editedWorkflow() const;

signals:
    void loaded(); // the settings on screen are the tenant's as just read
    void viewRequested(const QString& viewId); // a posture fix starts in another view

private:
    void show(const ConsentSettings& settings);
    void clear(const QString& message);
    void updateControls();
    void saveWorkflow();
    void applyUserConsent();
    void applyGroupOwnerConsent();
    void runPlan(const WritePlan& plan, const QStringList& writeScopes);
    void goToFix(PostureCheck::Action action, const QString& id);

    Services m_services;
    ConsentSettingsLoader* m_loader = nullptr;
    ReviewerSearch* m_search = nullptr;
    PlanRunner* m_runner = nullptr;
    SessionState* m_session = nullptr;
    QFuture<ConsentSettings> m_loading;
    ConsentSettings m_settings;
    bool m_loaded = false;

    PostureService* m_posture = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_checkPosture = nullptr;
    QLabel* m_status = nullptr;
    WorkflowPanel* m_workflow = nullptr;
    UserConsentPanel* m_userConsent = nullptr;
    GroupOwnerConsentPanel* m_groupOwners = nullptr;
    LowImpactPanel* m_lowImpact = nullptr;
};
