#pragma once

#include "access/ScopeAppWizard.h"
#include "common/ConsoleView.h"
#include "consent/AppInventory.h"
#include "exchange/AccessPolicyModel.h"
#include "exchange/MailboxApp.h"
#include "exchange/ManagementRoleAssignment.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QPointer>

class AccessCheckCard;
class AccessCheckModel;
class AccessMatrixPanel;
class AccessPolicyPanel;
class ExchangeAdminClient;
class GraphClient;
class Journal;
class MailboxAccessTester;
class MailboxAppFinder;
class MailboxTestPanel;
class PlanRunner;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class RbacPanel;
class ServicePrincipalCache;
class SignInManager;
struct ExchangePlan;

/**
 * Mailbox access: which apps can read which mailboxes. The apps holding mailbox application permissions
 * (tenant-wide until Exchange limits them) and every app with an Exchange access policy or RBAC role, with how
 * Exchange scopes each; for one app, four tabs of their own: its policies (AccessPolicyPanel), a test of any mailbox
 * (MailboxTestPanel), the test matrix (AccessMatrixPanel) and RBAC for Applications (RbacPanel). The policies come
 * from the session's AccessPolicyState and what an app holds from its GrantInventory, shared with the other views.
 * "Scope an app…" walks the recipe (ScopeAppWizard); removing a policy or a role assignment goes through a preview
 * and the journal (PlanRunner).
 */
class AccessView : public ConsoleView
{
    Q_OBJECT

public:
    struct Services
    {
        GraphClient* graph = nullptr;
        ExchangeAdminClient* exchange = nullptr;
        ServicePrincipalCache* servicePrincipals = nullptr;
        Journal* journal = nullptr;
        SignInManager* signIn = nullptr; // who acts, for the journal
    };

    explicit AccessView(const Services& services, QWidget* parent = nullptr);

    QString viewId() const override { return QStringLiteral("access"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    // The session's shared state, and whether the admin's Exchange role may write; read again after writes.
    void setSession(SessionState* session) override;
    bool showFiltered(const ViewFilter& filter) override; // "app" with an appId: that app selected

    void refresh();
    bool isLoading() const { return m_loading; }
    void selectApp(const QString& appId);
    QString selectedAppId() const;
    void openScopeWizard(); // for the selected app
    void testMailbox(const QString& mailbox);
    void runMatrix();

    const QList<MailboxApp>& apps() const { return m_apps; }
    const AccessPolicyModel& policies() const { return m_policies; }
    ScopeAppWizard* wizard() const { return m_wizard; }
    AccessCheckModel* matrixModel() const;
    AccessCheckCard* testCard() const;
    MailboxAccessTester* tester() const { return m_tester; } // the session's; null while signed out

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Reading // what refresh() reads, all at once: the apps, Exchange's policies, the RBAC roles
    {
        bool complete = false; // false: a read was cancelled (the session ended)
        QList<MailboxApp> apps;
        GraphError appsError;
        AccessPolicyModel policies;
        GraphError policiesError;
        QList<ManagementRoleAssignment> roles;
        GraphError rbacError;
    };

    void setCanWrite(bool allowed, const QString& reason);
    void onLoaded();
    void populateApps();
    void showApp();
    void runPlan(const ExchangePlan& plan);
    MailboxApp appById(const QString& appId) const;
    QString scopingText(const MailboxApp& app) const; // "only \"CRM Mailbox Access\"; RBAC Mail.Read: …"

    Services m_services;
    QPointer<SessionState> m_session;
    bool m_canWrite = true;
    bool m_loadedOnce = false;
    bool m_loading = false;
    bool m_refreshAgain = false;
    QFuture<Reading> m_reading;
    QFuture<AppInventory> m_appReading; // what the app on screen holds
    QList<MailboxApp> m_apps; // mailbox-permission holders and apps with policies or roles
    AccessPolicyModel m_policies;
    QList<ManagementRoleAssignment> m_roleAssignments; // RBAC for Applications, every app's
    GraphError m_appsError;
    GraphError m_policiesError;
    GraphError m_rbacError;
    QString m_pendingSelect;

    MailboxAppFinder* m_finder = nullptr;
    MailboxAccessTester* m_tester = nullptr;
    PlanRunner* m_runner = nullptr;
    QPointer<ScopeAppWizard> m_wizard;

    QPushButton* m_scope = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_exchangeNotice = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QTreeWidget* m_appTree = nullptr;
    QLabel* m_appTitle = nullptr;
    QLabel* m_appFacts = nullptr;
    QTabWidget* m_tabs = nullptr;
    AccessPolicyPanel* m_policyPanel = nullptr;
    MailboxTestPanel* m_testPanel = nullptr;
    AccessMatrixPanel* m_matrixPanel = nullptr;
    RbacPanel* m_rbac = nullptr;
};
