#pragma once

#include "exchange/AccessPolicyModel.h"
#include "exchange/ExchangePlan.h"
#include "exchange/MailboxApp.h"

#include <QWizard>

class AccessCheckCard;
class AccessPolicyState;
class ExchangeAdminClient;
class GrantInventory;
class GraphClient;
class Journal;
class MailboxAccessTester;
class PlanRunner;
class ScopeAccessPage;
class ScopeAppPage;
class ScopeGroupPage;
class ScopeMembersPage;
class ScopeReviewPage;
class ScopeTestPage;
class ServicePrincipalCache;
class SignInManager;

/**
 * "Scope an app" — Microsoft's recipe for limiting an app's mailbox permissions, walked step by step so nobody
 * needs PowerShell: choose the app (with what a policy would and would not limit for it), choose or create a
 * mail-enabled security group, add members, RestrictAccess or DenyAccess with a description, review every write
 * and its PowerShell, create, then test one member and one non-member against Exchange and the directory and show
 * both answers. Each page (ui/access/scope) shows the cmdlet it stands for and checks its own input. The review page
 * is the plan's preview; Create runs it through PlanRunner like every write (journaled first), and after a partial
 * failure the results offer to roll back what was made.
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
        GrantInventory* inventory = nullptr; // the session's; null: the wizard reads with one of its own
        AccessPolicyState* accessPolicies = nullptr; // the session's; null: one of its own
    };

    ScopeAppWizard(const Services& services,
                   const QList<MailboxApp>& apps,
                   const AccessPolicyModel& policies,
                   const QString& preselectAppId,
                   QWidget* parent = nullptr);

    ExchangePlan plan() const; // what the Review page shows and Create runs
    bool isExecuted() const;
    AccessCheckCard* memberCard() const;
    AccessCheckCard* nonMemberCard() const;
    bool isTesting() const;
    PlanRunner* runner() const { return m_runner; }

    // For the pages.
    const Services& services() const { return m_services; }
    MailboxAccessTester* tester() const { return m_tester; }
    ScopeAppPage* appPage() const { return m_appPage; }
    ScopeGroupPage* groupPage() const { return m_groupPage; }
    ScopeMembersPage* membersPage() const { return m_membersPage; }
    ScopeAccessPage* accessPage() const { return m_accessPage; }

    void reject() override; // refused while writes run (the create, or its rollback)

protected:
    void closeEvent(QCloseEvent* event) override;

signals:
    void tenantChanged(const QString& appId); // something was written (created, or rolled back): views reload

private:
    Services m_services;
    PlanRunner* m_runner = nullptr;
    MailboxAccessTester* m_tester = nullptr;
    ScopeAppPage* m_appPage = nullptr;
    ScopeGroupPage* m_groupPage = nullptr;
    ScopeMembersPage* m_membersPage = nullptr;
    ScopeAccessPage* m_accessPage = nullptr;
    ScopeReviewPage* m_reviewPage = nullptr;
    ScopeTestPage* m_testPage = nullptr;
};
