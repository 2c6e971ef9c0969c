#pragma once

#include "common/ConsoleView.h"
#include "troubleshoot/TroubleshootReport.h"

#include <QFuture>

class GraphClient;
class Journal;
class PlanRunner;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class ServicePrincipalCache;
class SignInManager;
class Troubleshooter;

/**
 * Troubleshoot: "why can't this user connect this app?" — the admin names a user and an app (or arrives from a
 * request, an app or a user with one or both filled in) and gets the troubleshooter's checklist (TroubleshootRules:
 * the account, the app blocked, assignment required, conditional access, the grant and what the user is still
 * prompted for, user consent, the admin consent workflow, the user's request), each line pass / warning / fail with
 * its evidence. The selected line says what to do; where ConsentDesk can do it (enable the app, assign the user,
 * grant admin consent for what is missing, turn on the workflow) its button runs the fix through the one PlanRunner —
 * previewed with its PowerShell, journaled, undoable — and the checks run again. Read-only roles see the checks and
 * why the fixes are disabled.
 */
class TroubleshootView : public ConsoleView
{
    Q_OBJECT

public:
    struct Services
    {
        GraphClient* graph = nullptr;
        ServicePrincipalCache* servicePrincipals = nullptr;
        Journal* journal = nullptr;
        SignInManager* signIn = nullptr;
    };

    explicit TroubleshootView(const Services& services, QWidget* parent = nullptr);

    QString viewId() const override { return QStringLiteral("troubleshoot"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    void setSession(SessionState* session) override;

    const TroubleshootReport& report() const { return m_report; }
    bool isRunning() const { return m_running; }

public slots:
    // Fills in the user (UPN or object id) and the app (appId, object id or name) and runs the checks when both are
    // given; with one of them empty, that field waits for the admin (focused). For other views and the explainer.
    void troubleshoot(const QString& user, const QString& app);
    void run(); // the checks for what the fields say now

signals:
    void finished(); // a run ended: the checklist (or why there is none) is on screen
    // The workflow's reviewers fix: Consent settings, with a reviewer who cannot approve selected.
    void reviewersRequested();

private:
    void show(const TroubleshootReport& report);
    void clear(const QString& message);
    void showSelected();
    void applyFix();
    void updateControls();

    Services m_services;
    Troubleshooter* m_troubleshooter = nullptr;
    PlanRunner* m_runner = nullptr;
    QFuture<TroubleshootReport> m_loading;
    TroubleshootReport m_report;
    bool m_running = false;

    QLineEdit* m_user = nullptr;
    QLineEdit* m_app = nullptr;
    QLineEdit* m_scopes = nullptr; // optional: the permissions the consent screen asks for
    QPushButton* m_run = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_checks = nullptr;
    QLabel* m_checkTitle = nullptr;
    QLabel* m_fix = nullptr;
    QLabel* m_fixReason = nullptr;
    QPushButton* m_fixButton = nullptr;
};
