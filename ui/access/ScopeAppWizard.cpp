#include "ScopeAppWizard.h"

#include "common/PlanRunner.h"
#include "consent/GrantInventory.h"
#include "exchange/AccessPolicyState.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/MailPermissionAudit.h"
#include "exchange/MailboxAccessTester.h"
#include "scope/ScopeAccessPage.h"
#include "scope/ScopeAppPage.h"
#include "scope/ScopeGroupPage.h"
#include "scope/ScopeMembersPage.h"
#include "scope/ScopeReviewPage.h"
#include "scope/ScopeTestPage.h"

#include <QCloseEvent>

ScopeAppWizard::ScopeAppWizard(const Services& services,
                               const QList<MailboxApp>& apps,
                               const AccessPolicyModel& policies,
                               const QString& preselectAppId,
                               QWidget* parent)
    : QWizard(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("scopeAppWizard"));
    setWindowTitle(tr("Scope an app to a group's mailboxes"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(760, 560);

    // Outside a session (tests, tools) the wizard reads with its own; in the GUI it shares the session's.
    if (!m_services.inventory) {
        m_services.inventory = new GrantInventory(services.graph, services.servicePrincipals, this);
    }
    if (!m_services.accessPolicies) {
        m_services.accessPolicies = new AccessPolicyState(services.exchange, services.graph, this);
    }
    m_runner = new PlanRunner(this, {services.graph, services.exchange, services.journal, services.signIn});
    m_tester = new MailboxAccessTester(services.exchange, m_services.accessPolicies, this);

    // In order: a page may ask those before it.
    m_appPage = new ScopeAppPage(this, apps, policies, preselectAppId);
    setPage(AppPage, m_appPage);
    m_groupPage = new ScopeGroupPage(this);
    setPage(GroupPage, m_groupPage);
    m_membersPage = new ScopeMembersPage(this);
    setPage(MembersPage, m_membersPage);
    m_accessPage = new ScopeAccessPage(this);
    setPage(AccessPage, m_accessPage);
    m_reviewPage = new ScopeReviewPage(this);
    setPage(ReviewPage, m_reviewPage);
    m_testPage = new ScopeTestPage(this);
    setPage(TestPage, m_testPage);
    connect(m_reviewPage, &ScopeReviewPage::tenantChanged, this, &ScopeAppWizard::tenantChanged);
}

bool ScopeAppWizard::isExecuted() const
{
    return m_reviewPage->isExecuted();
}

AccessCheckCard* ScopeAppWizard::memberCard() const
{
    return m_testPage->memberCard();
}

AccessCheckCard* ScopeAppWizard::nonMemberCard() const
{
    return m_testPage->nonMemberCard();
}

bool ScopeAppWizard::isTesting() const
{
    return m_tester->isRunning();
}

ExchangePlan ScopeAppWizard::plan() const
{
    const MailboxApp app = m_appPage->app();
    ExchangePlanner::ScopeAppRequest request;
    request.appId = app.appId;
    request.appDisplayName = app.displayName;
    request.group = m_groupPage->groupName();
    request.createGroup = m_groupPage->creatingGroup();
    request.addMembers = m_membersPage->addedMembers();
    request.accessRight = m_accessPage->accessRight();
    request.description = m_accessPage->description();
    ExchangePlan p = ExchangePlanner::scopeApp(request);
    p.warnings.append(MailPermissionAudit::accessPolicyNotes(app.displayName, m_appPage->permissions()));
    return p;
}

void ScopeAppWizard::reject()
{
    if (m_runner->isBusy()) {
        m_reviewPage->tellBusy();
        return; // closing now would drop the run between journal entry and outcome
    }
    QWizard::reject();
}

void ScopeAppWizard::closeEvent(QCloseEvent* event)
{
    if (m_runner->isBusy()) {
        event->ignore();
        reject();
        return;
    }
    QWizard::closeEvent(event);
}
