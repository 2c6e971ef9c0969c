#pragma once

#include "directory/GrantedPermission.h"
#include "exchange/AccessPolicyModel.h"
#include "exchange/ExchangePlan.h"
#include "exchange/ExchangeRecipient.h"
#include "exchange/MailboxApp.h"
#include "pipeline/WriteRun.h"

#include <QPointer>
#include <QWizard>

class AccessCheckCard;
class ExchangeAdminClient;
class GrantInventory;
class GraphClient;
class Journal;
class MailboxAccessTester;
class PlanRunner;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class ServicePrincipalCache;
class SignInManager;

/**
 * "Scope an app" — Microsoft's recipe for limiting an app's mailbox permissions, walked step by step so nobody
 * needs PowerShell: choose the app (with what a policy would and would not limit for it), choose or create a
 * mail-enabled security group, add members, RestrictAccess or DenyAccess with a description, review every write
 * and its PowerShell, create, then test one member and one non-member against Exchange and the directory and show
 * both answers. Each page shows the cmdlet it stands for. The review page is the plan's preview; Create runs it
 * through PlanRunner like every write (journaled first), and after a partial failure the results offer to roll
 * back what was made.
 */
class ScopeAppWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { AppPage, GroupPage, MembersPage, AccessPage, ReviewPage, TestPage };

    struct Services
    {
        ExchangeAdminClient* exchange = nullptr;
        GraphClient* graph = nullptr;
        ServicePrincipalCache* servicePrincipals = nullptr;
        Journal* journal = nullptr;
        SignInManager* signIn = nullptr; // who acts, for the journal
    };

    ScopeAppWizard(const Services& services,
                   const QList<MailboxApp>& apps,
                   const AccessPolicyModel& policies,
                   const QString& preselectAppId,
                   QWidget* parent = nullptr);

    ExchangePlan plan() const; // what the Review page shows and Create runs
    bool isExecuted() const { return m_executed; }
    AccessCheckCard* memberCard() const { return m_memberCard; }
    AccessCheckCard* nonMemberCard() const { return m_nonMemberCard; }
    bool isTesting() const;
    PlanRunner* runner() const { return m_runner; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void reject() override; // refused while writes run (the create, or its rollback)

protected:
    void closeEvent(QCloseEvent* event) override;

signals:
    void tenantChanged(const QString& appId); // something was written (created, or rolled back): views reload

private:
    void buildAppPage();
    void buildGroupPage();
    void buildMembersPage();
    void buildAccessPage();
    void buildReviewPage();
    void buildTestPage();
    void loadDirectory();
    void onAppChanged();
    void onGroupChanged();
    void updateGroupPowerShell();
    void addMember();
    void create();
    void onRun(const WriteRun& run);
    void runTests();
    void fillTestChoices(const AccessPolicyModel& model);
    MailboxApp currentApp() const;
    QString groupName() const; // chosen or new
    bool creatingGroup() const;
    QStringList plannedMembers() const; // current members + added (addresses)
    QString defaultDescription() const;

    Services m_services;
    QList<MailboxApp> m_apps;
    AccessPolicyModel m_policies;
    QList<ExchangeRecipient> m_mailboxes;
    QList<ExchangeRecipient> m_groups;
    QList<ExchangeRecipient> m_currentMembers;
    QList<GrantedPermission> m_appPermissions;
    bool m_descriptionEdited = false;
    int m_appGeneration = 0;
    int m_groupGeneration = 0;
    bool m_executed = false;
    bool m_creating = false; // Create was pressed and its run has not ended

    GrantInventory* m_inventory = nullptr;
    PlanRunner* m_runner = nullptr;
    MailboxAccessTester* m_tester = nullptr;

    // App page
    QComboBox* m_appCombo = nullptr;
    QLabel* m_appNotes = nullptr;
    QLabel* m_appPolicies = nullptr;
    QLabel* m_appPowerShell = nullptr;
    // Group page
    QRadioButton* m_useExisting = nullptr;
    QRadioButton* m_createNew = nullptr;
    QComboBox* m_groupCombo = nullptr;
    QLineEdit* m_newGroupName = nullptr;
    QLabel* m_groupInfo = nullptr;
    QLabel* m_groupPowerShell = nullptr;
    // Members page
    QLineEdit* m_memberEdit = nullptr;
    QPushButton* m_addMember = nullptr;
    QPushButton* m_removeMember = nullptr;
    QListWidget* m_membersToAdd = nullptr;
    QLabel* m_membersInfo = nullptr;
    QLabel* m_membersPowerShell = nullptr;
    // Access page
    QRadioButton* m_restrict = nullptr;
    QRadioButton* m_deny = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_accessPowerShell = nullptr;
    // Review page
    QListWidget* m_planList = nullptr;
    QPlainTextEdit* m_planPowerShell = nullptr;
    QLabel* m_planNotes = nullptr;
    QLabel* m_runStatus = nullptr;
    // Test page
    QComboBox* m_memberChoice = nullptr;
    QComboBox* m_nonMemberChoice = nullptr;
    QPushButton* m_testAgain = nullptr;
    AccessCheckCard* m_memberCard = nullptr;
    AccessCheckCard* m_nonMemberCard = nullptr;
    QLabel* m_propagation = nullptr;
};
