#include "ScopeTestPage.h"

#include "ScopeAccessPage.h"
#include "ScopeAppPage.h"
#include "ScopeGroupPage.h"
#include "ScopeMembersPage.h"
#include "access/AccessCheckCard.h"
#include "access/ScopeAppWizard.h"
#include "common/ViewStyle.h"
#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/MailboxAccessTester.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ScopeTestPage::ScopeTestPage(ScopeAppWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("testPage"));
    setTitle(tr("Prove it: a member and a non-member"));
    setSubTitle(tr("Exchange's Test-ApplicationAccessPolicy beside ConsentDesk's reading of the directory."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_memberChoice = new QComboBox(this);
    m_memberChoice->setObjectName(QStringLiteral("memberChoice"));
    m_nonMemberChoice = new QComboBox(this);
    m_nonMemberChoice->setObjectName(QStringLiteral("nonMemberChoice"));
    form->addRow(tr("A member:"), m_memberChoice);
    form->addRow(tr("Not a member:"), m_nonMemberChoice);
    layout->addLayout(form);
    m_testAgain = new QPushButton(tr("Test again"), this);
    m_testAgain->setObjectName(QStringLiteral("testAgain"));
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_testAgain);
    layout->addLayout(row);
    m_memberCard = new AccessCheckCard(tr("A member"), this);
    m_memberCard->setObjectName(QStringLiteral("memberCard"));
    m_nonMemberCard = new AccessCheckCard(tr("Not a member"), this);
    m_nonMemberCard->setObjectName(QStringLiteral("nonMemberCard"));
    layout->addWidget(m_memberCard);
    layout->addWidget(m_nonMemberCard);
    m_propagation = ViewStyle::selectableLabel(this, "propagationNote");
    layout->addWidget(m_propagation);
    layout->addStretch();
    connect(m_testAgain, &QPushButton::clicked, this, [this]() {
        m_wizard->tester()->reload(); // memberships may have changed since
        runTests();
    });
}

void ScopeTestPage::initializePage()
{
    m_propagation->setText(
        m_wizard->accessPage()->isDeny()
            ? tr("Exchange's Test already shows the new policy. Graph and EWS calls of the app can take up to an "
                 "hour to honor it: until then, the app may still read the group's mailboxes.")
            : tr("Exchange's Test already shows the new policy. Graph and EWS calls of the app can take up to an "
                 "hour to honor it: until then, the app may still read mailboxes outside the group."));
    m_memberChoice->clear();
    m_nonMemberChoice->clear();
    m_memberCard->setPending(tr("Reading the group's members…"));
    m_nonMemberCard->setPending(tr("Reading the group's members…"));
    MailboxAccessTester* tester = m_wizard->tester();
    tester->reload(); // the policy (and maybe the group) is new
    connect(
        tester,
        &MailboxAccessTester::modelLoaded,
        this,
        [this](const AccessPolicyModel& model, const GraphError&) { fillChoices(model); },
        Qt::SingleShotConnection);
    tester->prepare();
}

void ScopeTestPage::fillChoices(const AccessPolicyModel& model)
{
    // Members and non-members by the directory (nested groups count), so the "non-member" really is one.
    const QString appId = m_wizard->appPage()->app().appId;
    const QString group = m_wizard->groupPage()->groupName();
    QString scopeId;
    for (const auto& p : model.policiesFor(appId)) {
        if (p.scopeName.compare(group, Qt::CaseInsensitive) == 0) {
            scopeId = p.scopeObjectId;
        }
    }
    const QStringList planned = m_wizard->membersPage()->plannedMembers();
    for (const auto& r : m_wizard->membersPage()->mailboxes()) {
        if (r.recipientTypeDetails != QLatin1String("UserMailbox")) {
            continue;
        }
        const QString address = ScopeMembersPage::addressOf(r);
        const bool inside
            = planned.contains(address, Qt::CaseInsensitive)
              || (!scopeId.isEmpty()
                  && !AccessPolicyEvaluator::memberPath(model, scopeId, r.externalDirectoryObjectId).isEmpty());
        (inside ? m_memberChoice : m_nonMemberChoice)
            ->addItem(ViewStyle::tenantText(QStringLiteral("%1 <%2>").arg(r.displayName, address)), address);
    }
    // The members just added first: they are what the admin expects to see tested.
    const QStringList added = m_wizard->membersPage()->addedMembers();
    for (int i = m_memberChoice->count() - 1; i >= 0; --i) {
        if (!added.isEmpty()
            && m_memberChoice->itemData(i).toString().compare(added.first(), Qt::CaseInsensitive) == 0) {
            m_memberChoice->setCurrentIndex(i);
        }
    }
    runTests();
}

void ScopeTestPage::runTests()
{
    const QString member = m_memberChoice->currentData().toString();
    const QString nonMember = m_nonMemberChoice->currentData().toString();
    m_memberCard->setHeading(tr("A member: %1").arg(member));
    m_nonMemberCard->setHeading(tr("Not a member: %1").arg(nonMember));
    m_memberCard->setPending(member.isEmpty() ? tr("The group has no member with a mailbox to test.")
                                              : tr("Asking Exchange…"));
    m_nonMemberCard->setPending(nonMember.isEmpty() ? tr("Every mailbox is in the group: no non-member to test.")
                                                    : tr("Asking Exchange…"));
    QStringList queries;
    if (!member.isEmpty()) {
        queries.append(member);
    }
    if (!nonMember.isEmpty()) {
        queries.append(nonMember);
    }
    if (queries.isEmpty()) {
        return;
    }
    MailboxAccessTester* tester = m_wizard->tester();
    m_testAgain->setEnabled(false);
    connect(tester, &MailboxAccessTester::checked, this, [this, member](int, const MailboxAccessCheck& c) {
        (c.query == member ? m_memberCard : m_nonMemberCard)->setCheck(c);
    });
    connect(
        tester,
        &MailboxAccessTester::finished,
        this,
        [this, tester](const QList<MailboxAccessCheck>&, const GraphError& error) {
            disconnect(tester, &MailboxAccessTester::checked, this, nullptr);
            m_testAgain->setEnabled(true);
            if (error) {
                m_memberCard->setPending(tr("Could not test: %1").arg(error.message));
                m_nonMemberCard->setPending(tr("Could not test: %1").arg(error.message));
            }
        },
        Qt::SingleShotConnection);
    tester->check(m_wizard->appPage()->app().appId, queries);
}
