#pragma once

#include "access/ScopeAppWizard.h"
#include "common/ConsoleView.h"
#include "directory/GrantedPermission.h"
#include "exchange/AccessPolicyModel.h"
#include "exchange/MailboxApp.h"
#include "exchange/ManagementRoleAssignment.h"
#include "graph/GraphError.h"

#include <QPointer>

class AccessCheckCard;
class AccessCheckModel;
class AccessPolicyLoader;
class ExchangeAdminClient;
class PlanRunner;
class GrantInventory;
class GraphClient;
class Journal;
class MailboxAccessTester;
class MailboxAppFinder;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;
class RbacPanel;

class ServicePrincipalCache;
class SignInManager;
struct ExchangePlan;

/**
 * Mailbox access: which apps can read which mailboxes. The apps holding mailbox application permissions
 * (tenant-wide until Exchange limits them) and every app with an Exchange access policy, with how Exchange scopes
 * each; for one app: its policies (group names resolved, scope problems flagged), a test of any mailbox with
 * Exchange's answer beside the directory's, the test matrix (scope members and a sample of non-members,
 * exportable), and RBAC for Applications. "Scope an app…" walks the recipe (ScopeAppWizard); removing a policy or
 * a role assignment goes through a preview and the journal (PlanRunner).
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
    // Who acts, and whether their Exchange role may write; read again after Exchange writes made elsewhere.
    void setSession(SessionState* session) override;

    void setSignedIn(bool signedIn);
    // Writing policies and role assignments needs an Exchange role; without it the buttons say why.
    void setCanWrite(bool allowed, const QString& reason);
    void refresh();
    bool isLoading() const { return m_loadsPending > 0; }
    void selectApp(const QString& appId);
    QString selectedAppId() const;
    void openScopeWizard(); // for the selected app
    void testMailbox(const QString& mailbox);
    void runMatrix();

    const QList<MailboxApp>& apps() const { return m_apps; }
    const AccessPolicyModel& policies() const { return m_policies; }
    ScopeAppWizard* wizard() const { return m_wizard; }
    AccessCheckModel* matrixModel() const { return m_matrix; }
    AccessCheckCard* testCard() const { return m_testCard; }
    MailboxAccessTester* tester() const { return m_tester; }

signals:
    void tenantChanged(); // an access policy or role assignment was written

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onLoaded();
    void populateApps();
    void showApp();
    void removeSelectedPolicy();
    void runPlan(const ExchangePlan& plan);
    MailboxApp appById(const QString& appId) const;
    QString scopingText(const MailboxApp& app) const; // "only \"CRM Mailbox Access\"; RBAC Mail.Read: …"

    Services m_services;
    bool m_signedIn = false;
    bool m_canWrite = true;
    bool m_loadedOnce = false;
    bool m_refreshAgain = false;
    int m_loadsPending = 0;
    int m_appGeneration = 0;
    QList<MailboxApp> m_apps; // mailbox-permission holders and apps with policies
    AccessPolicyModel m_policies;
    QList<ManagementRoleAssignment> m_roleAssignments; // RBAC for Applications, every app's
    GraphError m_rbacError;
    GraphError m_appsError;
    GraphError m_policiesError;
    QList<GrantedPermission> m_appPermissions;
    QString m_pendingSelect;

    MailboxAppFinder* m_finder = nullptr;
    AccessPolicyLoader* m_loader = nullptr;
    MailboxAccessTester* m_tester = nullptr;
    GrantInventory* m_inventory = nullptr;
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
    QTreeWidget* m_policyTree = nullptr;
    QLabel* m_policyNotes = nullptr;
    QLabel* m_policyPowerShell = nullptr;
    QPushButton* m_removePolicy = nullptr;
    QLineEdit* m_testMailbox = nullptr;
    QPushButton* m_testButton = nullptr;
    AccessCheckCard* m_testCard = nullptr;
    QSpinBox* m_sample = nullptr;
    QPushButton* m_runMatrix = nullptr;
    QPushButton* m_exportMatrix = nullptr;
    QLabel* m_matrixSummary = nullptr;
    QTableView* m_matrixTable = nullptr;
    AccessCheckModel* m_matrix = nullptr;
    RbacPanel* m_rbac = nullptr;
};
