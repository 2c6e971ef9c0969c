#include "ScopeAppWizard.h"

#include "AccessCheckCard.h"
#include "common/PlanRunner.h"
#include "common/StateColorPalette.h"
#include "consent/GrantInventory.h"
#include "consent/GraphPowerShell.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangeOperation.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/MailPermissionAudit.h"
#include "exchange/MailboxAccessTester.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {

QLabel* wrapped(const QString& text, QWidget* parent, const char* name = nullptr)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // app, group and user names come from the tenant
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (name) {
        label->setObjectName(QLatin1String(name));
    }
    return label;
}

QLabel* powerShellLabel(QWidget* parent, const char* name)
{
    QLabel* label = wrapped({}, parent, name);
    label->setStyleSheet(QStringLiteral("QLabel { font-family: monospace; background: palette(alternate-base); "
                                        "border: 1px solid palette(mid); padding: 6px; }"));
    return label;
}

QString addressOf(const ExchangeRecipient& r)
{
    return r.primarySmtpAddress.isEmpty() ? r.alias : r.primarySmtpAddress;
}

} // namespace

ScopeAppWizard::ScopeAppWizard(const Services& services,
                               const QList<MailboxApp>& apps,
                               const AccessPolicyModel& policies,
                               const QString& preselectAppId,
                               QWidget* parent)
    : QWizard(parent)
    , m_services(services)
    , m_apps(apps)
    , m_policies(policies)
{
    setObjectName(QStringLiteral("scopeAppWizard"));
    setWindowTitle(tr("Scope an app to a group's mailboxes"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(760, 560);

    m_inventory = new GrantInventory(services.graph, services.servicePrincipals, this);
    m_runner = new PlanRunner(this, {services.graph, services.exchange, services.journal, services.signIn});
    m_tester = new MailboxAccessTester(services.exchange, services.graph, this);

    buildAppPage();
    buildGroupPage();
    buildMembersPage();
    buildAccessPage();
    buildReviewPage();
    buildTestPage();

    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps.at(i).appId.compare(preselectAppId, Qt::CaseInsensitive) == 0) {
            m_appCombo->setCurrentIndex(i);
        }
    }
    onAppChanged();
    loadDirectory();

    connect(m_runner, &PlanRunner::progress, m_runStatus, &QLabel::setText);
    connect(m_runner, &PlanRunner::cancelled, this, [this]() {
        if (!std::exchange(m_creating, false)) {
            return; // a declined rollback preview: the outcome of Create stays on the page
        }
        button(QWizard::CommitButton)->setEnabled(true);
        button(QWizard::BackButton)->setEnabled(true);
        button(QWizard::CancelButton)->setEnabled(true);
        m_runStatus->setText(tr("Nothing was sent."));
    });
    connect(m_runner, &PlanRunner::finished, this, &ScopeAppWizard::onRun);
}

MailboxApp ScopeAppWizard::currentApp() const
{
    const int i = m_appCombo->currentIndex();
    return i >= 0 && i < m_apps.size() ? m_apps.at(i) : MailboxApp {};
}

bool ScopeAppWizard::isTesting() const
{
    return m_tester->isRunning();
}

void ScopeAppWizard::buildAppPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("appPage"));
    page->setTitle(tr("Which app?"));
    page->setSubTitle(tr("Apps with application permissions such as Mail.Read reach every mailbox in the tenant "
                         "until Exchange Online limits them."));
    auto* layout = new QVBoxLayout(page);
    m_appCombo = new QComboBox(page);
    m_appCombo->setObjectName(QStringLiteral("appCombo"));
    for (const auto& app : std::as_const(m_apps)) {
        m_appCombo->addItem(QStringLiteral("%1 — %2").arg(app.displayName,
                                                          app.permissions.isEmpty()
                                                              ? tr("no mailbox permission")
                                                              : app.permissions.join(QStringLiteral(", "))),
                            app.appId);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("App:"), m_appCombo);
    layout->addLayout(form);
    m_appPolicies = wrapped({}, page, "appPolicies");
    layout->addWidget(m_appPolicies);
    layout->addSpacing(6);
    m_appNotes = wrapped({}, page, "appNotes");
    layout->addWidget(m_appNotes);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), page));
    m_appPowerShell = powerShellLabel(page, "appPowerShell");
    layout->addWidget(m_appPowerShell);
    connect(m_appCombo, &QComboBox::currentIndexChanged, this, [this]() { onAppChanged(); });
    setPage(AppPage, page);
}

void ScopeAppWizard::onAppChanged()
{
    const MailboxApp app = currentApp();
    const int generation = ++m_appGeneration;
    m_appPermissions.clear();
    m_appNotes->setText(tr("Reading what %1 holds…").arg(app.displayName));
    m_appPowerShell->setText(QStringLiteral("Get-ApplicationAccessPolicy | Where-Object AppId -eq %1")
                                 .arg(GraphPowerShell::quote(app.appId)));
    QStringList existing;
    for (const auto& p : m_policies.policiesFor(app.appId)) {
        existing.append(tr("• %1 on \"%2\"").arg(ApplicationAccessPolicy::accessRightName(p.accessRight), p.scopeName));
    }
    m_appPolicies->setText(existing.isEmpty()
                               ? tr("%1 has no access policy yet: it reaches every mailbox.").arg(app.displayName)
                               : tr("Policies %1 already has (a new one is added to them):\n%2")
                                     .arg(app.displayName, existing.join(QLatin1Char('\n'))));
    if (app.servicePrincipalId.isEmpty()) {
        m_appNotes->clear();
        return;
    }
    m_inventory->loadApp(
        ServicePrincipalCache::Key::byId(app.servicePrincipalId),
        this,
        [this, generation, app](const AppInventory& inventory) {
            if (generation != m_appGeneration) {
                return;
            }
            m_appPermissions = inventory.permissions;
            QStringList notes = MailPermissionAudit::accessPolicyNotes(app.displayName, inventory.permissions);
            if (inventory.error) {
                notes.append(tr("Could not read all of the app's permissions: %1").arg(inventory.error.message));
            }
            m_appNotes->setText(notes.join(QStringLiteral("\n\n")));
        });
    m_descriptionEdited = false;
}

void ScopeAppWizard::buildGroupPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("groupPage"));
    page->setTitle(tr("Which mailboxes?"));
    page->setSubTitle(tr("The policy's scope is a mail-enabled security group (members of nested groups count). "
                         "RestrictAccess lets the app reach only its members' mailboxes; DenyAccess keeps it out of "
                         "them. Distribution lists and Microsoft 365 groups do not work."));
    auto* layout = new QVBoxLayout(page);
    m_useExisting = new QRadioButton(tr("Use an existing mail-enabled security group"), page);
    m_useExisting->setObjectName(QStringLiteral("useExistingGroup"));
    m_groupCombo = new QComboBox(page);
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_groupCombo->setEnabled(false);
    m_createNew = new QRadioButton(tr("Create a new one"), page);
    m_createNew->setObjectName(QStringLiteral("createGroup"));
    m_newGroupName = new QLineEdit(page);
    m_newGroupName->setObjectName(QStringLiteral("newGroupName"));
    m_newGroupName->setPlaceholderText(
        tr("Group name, e.g. \"%1 mailboxes\"", "%1 is an app's name, not a count").arg(tr("App")));
    auto* choice = new QButtonGroup(page);
    choice->addButton(m_useExisting);
    choice->addButton(m_createNew);
    m_useExisting->setChecked(true);
    layout->addWidget(m_useExisting);
    layout->addWidget(m_groupCombo);
    layout->addSpacing(8);
    layout->addWidget(m_createNew);
    layout->addWidget(m_newGroupName);
    m_groupInfo = wrapped(tr("Reading the groups from Exchange…"), page, "groupInfo");
    layout->addWidget(m_groupInfo);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), page));
    m_groupPowerShell = powerShellLabel(page, "groupPowerShell");
    layout->addWidget(m_groupPowerShell);
    auto toggle = [this]() {
        m_groupCombo->setEnabled(m_useExisting->isChecked() && m_groupCombo->count() > 0);
        m_newGroupName->setEnabled(m_createNew->isChecked());
        onGroupChanged();
    };
    connect(m_useExisting, &QRadioButton::toggled, this, toggle);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, [this]() { onGroupChanged(); });
    connect(m_newGroupName, &QLineEdit::textChanged, this, [this]() { updateGroupPowerShell(); });
    toggle();
    setPage(GroupPage, page);
}

bool ScopeAppWizard::creatingGroup() const
{
    return m_createNew->isChecked();
}

QString ScopeAppWizard::groupName() const
{
    if (creatingGroup()) {
        return m_newGroupName->text().trimmed();
    }
    const int i = m_groupCombo->currentIndex();
    return i >= 0 && i < m_groups.size() ? m_groups.at(i).name : QString();
}

void ScopeAppWizard::loadDirectory()
{
    m_services.exchange->getDistributionGroups(
        this, [this](const QList<ExchangeRecipient>& rows, const GraphError& error) {
            if (error) {
                m_groupInfo->setText(tr("Could not read the groups from Exchange: %1").arg(error.message));
                return;
            }
            m_groups.clear();
            for (const auto& g : rows) {
                if (g.isMailEnabledSecurityGroup()) {
                    m_groups.append(g);
                }
            }
            std::sort(m_groups.begin(), m_groups.end(), [](const auto& a, const auto& b) {
                return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
            });
            const QSignalBlocker block(m_groupCombo);
            m_groupCombo->clear();
            for (const auto& g : std::as_const(m_groups)) {
                m_groupCombo->addItem(QStringLiteral("%1 <%2>").arg(g.displayName, g.primarySmtpAddress), g.guid);
            }
            if (m_groups.isEmpty()) {
                m_createNew->setChecked(true);
            }
            m_groupCombo->setEnabled(m_useExisting->isChecked() && !m_groups.isEmpty());
            onGroupChanged();
        });
    m_services.exchange->getMailboxes(this, [this](const QList<ExchangeRecipient>& rows, const GraphError& error) {
        if (error) {
            m_membersInfo->setText(tr("Could not read the mailboxes from Exchange: %1").arg(error.message));
            return;
        }
        m_mailboxes = rows;
        std::sort(m_mailboxes.begin(), m_mailboxes.end(), [](const auto& a, const auto& b) {
            return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
        });
        QStringList addresses;
        for (const auto& m : std::as_const(m_mailboxes)) {
            addresses.append(addressOf(m));
        }
        auto* completer = new QCompleter(addresses, m_memberEdit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_memberEdit->setCompleter(completer);
    });
}

void ScopeAppWizard::onGroupChanged()
{
    const int generation = ++m_groupGeneration; // a late answer about the previous choice is dropped
    m_currentMembers.clear();
    updateGroupPowerShell();
    if (creatingGroup()) {
        m_groupInfo->setText(tr("Exchange creates the group as a mail-enabled security group; it appears in Entra ID "
                                "too. Add its members on the next page."));
        return;
    }
    const QString name = groupName();
    if (name.isEmpty()) {
        m_groupInfo->setText(m_groups.isEmpty() && m_groupCombo->count() == 0
                                 ? tr("No mail-enabled security group yet: create one.")
                                 : QString());
        return;
    }
    m_groupInfo->setText(tr("Reading the members of %1…").arg(name));
    m_services.exchange->getDistributionGroupMembers(
        name, this, [this, generation, name](const QList<ExchangeRecipient>& rows, const GraphError& error) {
            if (generation != m_groupGeneration) {
                return;
            }
            if (error) {
                m_groupInfo->setText(tr("Could not read the members of %1: %2").arg(name, error.message));
                return;
            }
            m_currentMembers = rows;
            QStringList names;
            for (const auto& r : rows) {
                names.append(r.displayName);
            }
            m_groupInfo->setText(rows.isEmpty() ? tr("%1 has no members yet.").arg(name)
                                                : tr("%1 has %n member(s): %2", nullptr, int(rows.size()))
                                                      .arg(name, names.join(QStringLiteral(", "))));
        });
}

void ScopeAppWizard::updateGroupPowerShell()
{
    if (creatingGroup()) {
        const QString name = m_newGroupName->text().trimmed();
        m_groupPowerShell->setText(QStringLiteral("New-DistributionGroup -Name %1 -Type Security")
                                       .arg(GraphPowerShell::quote(name.isEmpty() ? tr("<name>") : name)));
    } else {
        m_groupPowerShell->setText(
            QStringLiteral("Get-DistributionGroupMember -Identity %1").arg(GraphPowerShell::quote(groupName())));
    }
}

void ScopeAppWizard::buildMembersPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("membersPage"));
    page->setTitle(tr("Add members"));
    page->setSubTitle(tr("Add the mailboxes the policy is about (user or shared mailboxes). Members already in the "
                         "group stay; nested groups can be added in the Exchange admin center."));
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_memberEdit = new QLineEdit(page);
    m_memberEdit->setObjectName(QStringLiteral("memberEdit"));
    m_memberEdit->setPlaceholderText(tr("Mailbox address, e.g. priya.raman@contoso.com"));
    m_addMember = new QPushButton(tr("Add"), page);
    m_addMember->setObjectName(QStringLiteral("addMember"));
    m_removeMember = new QPushButton(tr("Remove"), page);
    m_removeMember->setObjectName(QStringLiteral("removeMember"));
    row->addWidget(m_memberEdit, 1);
    row->addWidget(m_addMember);
    row->addWidget(m_removeMember);
    layout->addLayout(row);
    m_membersToAdd = new QListWidget(page);
    m_membersToAdd->setObjectName(QStringLiteral("membersToAdd"));
    layout->addWidget(m_membersToAdd, 1);
    m_membersInfo = wrapped({}, page, "membersInfo");
    layout->addWidget(m_membersInfo);
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), page));
    m_membersPowerShell = powerShellLabel(page, "membersPowerShell");
    layout->addWidget(m_membersPowerShell);
    connect(m_addMember, &QPushButton::clicked, this, [this]() { addMember(); });
    connect(m_memberEdit, &QLineEdit::returnPressed, this, [this]() { addMember(); });
    connect(m_removeMember, &QPushButton::clicked, this, [this]() {
        qDeleteAll(m_membersToAdd->selectedItems());
        initializePage(MembersPage);
    });
    setPage(MembersPage, page);
}

void ScopeAppWizard::addMember()
{
    const QString text = m_memberEdit->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    const auto it = std::find_if(m_mailboxes.begin(), m_mailboxes.end(), [&](const ExchangeRecipient& r) {
        return addressOf(r).compare(text, Qt::CaseInsensitive) == 0 || r.alias.compare(text, Qt::CaseInsensitive) == 0
               || r.displayName.compare(text, Qt::CaseInsensitive) == 0;
    });
    if (it == m_mailboxes.end()) {
        m_membersInfo->setText(tr("No mailbox \"%1\" in Exchange. Type an address from the list.").arg(text));
        return;
    }
    const QString address = addressOf(*it);
    if (plannedMembers().contains(address, Qt::CaseInsensitive)) {
        m_membersInfo->setText(tr("%1 is already a member.").arg(it->displayName));
        m_memberEdit->clear();
        return;
    }
    auto* item = new QListWidgetItem(QStringLiteral("%1 <%2>").arg(it->displayName, address), m_membersToAdd);
    item->setData(Qt::UserRole, address);
    m_memberEdit->clear();
    initializePage(MembersPage);
}

QStringList ScopeAppWizard::plannedMembers() const
{
    QStringList out;
    for (const auto& r : m_currentMembers) {
        out.append(addressOf(r));
    }
    for (int i = 0; i < m_membersToAdd->count(); ++i) {
        out.append(m_membersToAdd->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void ScopeAppWizard::buildAccessPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("accessPage"));
    page->setTitle(tr("Restrict or deny?"));
    page->setSubTitle(tr("Exchange evaluates an app's policies together: a matching DenyAccess wins over any "
                         "RestrictAccess; with RestrictAccess policies, mailboxes in none of them are denied."));
    auto* layout = new QVBoxLayout(page);
    m_restrict
        = new QRadioButton(tr("RestrictAccess — the app reaches only the group's mailboxes (the usual choice)"), page);
    m_restrict->setObjectName(QStringLiteral("restrictAccess"));
    m_deny = new QRadioButton(tr("DenyAccess — the app reaches every mailbox except the group's"), page);
    m_deny->setObjectName(QStringLiteral("denyAccess"));
    m_restrict->setChecked(true);
    layout->addWidget(m_restrict);
    layout->addWidget(m_deny);
    layout->addSpacing(8);
    auto* form = new QFormLayout;
    m_description = new QLineEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    form->addRow(tr("Description:"), m_description);
    layout->addLayout(form);
    layout->addWidget(wrapped(tr("Exchange has room for about 100 policies, or about 300 with a one-space "
                                 "description; a short description leaves room for more."),
                              page));
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), page));
    m_accessPowerShell = powerShellLabel(page, "accessPowerShell");
    layout->addWidget(m_accessPowerShell);
    auto update = [this]() {
        const ExchangePlan p = plan();
        m_accessPowerShell->setText(p.operations.isEmpty() ? QString() : p.operations.last().powerShell());
    };
    connect(m_restrict, &QRadioButton::toggled, this, [this, update]() {
        if (!m_descriptionEdited) {
            m_description->setText(defaultDescription());
        }
        update();
    });
    connect(m_description, &QLineEdit::textEdited, this, [this]() { m_descriptionEdited = true; });
    connect(m_description, &QLineEdit::textChanged, this, update);
    setPage(AccessPage, page);
}

QString ScopeAppWizard::defaultDescription() const
{
    return m_deny->isChecked() ? tr("Deny %1 the mailboxes in %2.").arg(currentApp().displayName, groupName())
                               : tr("Restrict %1 to the mailboxes in %2.").arg(currentApp().displayName, groupName());
}

ExchangePlan ScopeAppWizard::plan() const
{
    ExchangePlanner::ScopeAppRequest request;
    const MailboxApp app = currentApp();
    request.appId = app.appId;
    request.appDisplayName = app.displayName;
    request.group = groupName();
    request.createGroup = creatingGroup();
    for (int i = 0; i < m_membersToAdd->count(); ++i) {
        request.addMembers.append(m_membersToAdd->item(i)->data(Qt::UserRole).toString());
    }
    request.accessRight = m_deny->isChecked() ? ApplicationAccessPolicy::AccessRight::DenyAccess
                                              : ApplicationAccessPolicy::AccessRight::RestrictAccess;
    request.description = m_description->text().trimmed();
    ExchangePlan p = ExchangePlanner::scopeApp(request);
    p.warnings.append(MailPermissionAudit::accessPolicyNotes(app.displayName, m_appPermissions));
    return p;
}

void ScopeAppWizard::buildReviewPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("reviewPage"));
    page->setTitle(tr("Review and create"));
    page->setSubTitle(tr("Nothing has been changed yet. These writes are sent to Exchange Online in this order; "
                         "each is recorded in ConsentDesk's journal before it is sent."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("Create"));
    auto* layout = new QVBoxLayout(page);
    m_planList = new QListWidget(page);
    m_planList->setObjectName(QStringLiteral("planList"));
    layout->addWidget(m_planList, 1);
    m_planNotes = wrapped({}, page, "planNotes");
    layout->addWidget(m_planNotes);
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), page));
    m_planPowerShell = new QPlainTextEdit(page);
    m_planPowerShell->setObjectName(QStringLiteral("planPowerShell"));
    m_planPowerShell->setReadOnly(true);
    m_planPowerShell->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_planPowerShell->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_planPowerShell, 1);
    m_runStatus = wrapped({}, page, "runStatus");
    layout->addWidget(m_runStatus);
    setPage(ReviewPage, page);
}

void ScopeAppWizard::buildTestPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("testPage"));
    page->setTitle(tr("Prove it: a member and a non-member"));
    page->setSubTitle(tr("Exchange's Test-ApplicationAccessPolicy beside ConsentDesk's reading of the directory."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_memberChoice = new QComboBox(page);
    m_memberChoice->setObjectName(QStringLiteral("memberChoice"));
    m_nonMemberChoice = new QComboBox(page);
    m_nonMemberChoice->setObjectName(QStringLiteral("nonMemberChoice"));
    form->addRow(tr("A member:"), m_memberChoice);
    form->addRow(tr("Not a member:"), m_nonMemberChoice);
    layout->addLayout(form);
    m_testAgain = new QPushButton(tr("Test again"), page);
    m_testAgain->setObjectName(QStringLiteral("testAgain"));
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_testAgain);
    layout->addLayout(row);
    m_memberCard = new AccessCheckCard(tr("A member"), page);
    m_memberCard->setObjectName(QStringLiteral("memberCard"));
    m_nonMemberCard = new AccessCheckCard(tr("Not a member"), page);
    m_nonMemberCard->setObjectName(QStringLiteral("nonMemberCard"));
    layout->addWidget(m_memberCard);
    layout->addWidget(m_nonMemberCard);
    m_propagation = wrapped(tr("Exchange's Test already shows the new policy. Graph and EWS calls of the app can "
                               "take up to an hour to honor it: until then, the app may still read mailboxes "
                               "outside the group."),
                            page,
                            "propagationNote");
    layout->addWidget(m_propagation);
    layout->addStretch();
    connect(m_testAgain, &QPushButton::clicked, this, [this]() {
        m_tester->reload(); // memberships may have changed since
        runTests();
    });
    setPage(TestPage, page);
}

void ScopeAppWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    switch (id) {
    case GroupPage:
        if (m_newGroupName->text().isEmpty()) {
            m_newGroupName->setText(
                tr("%1 mailboxes", "a group's name; %1 is the app's name, not a count").arg(currentApp().displayName));
        }
        updateGroupPowerShell();
        break;
    case MembersPage: {
        ExchangePlan p = ExchangePlanner::addMembers(groupName(), plannedMembers().mid(int(m_currentMembers.size())));
        QStringList lines;
        for (const auto& op : std::as_const(p.operations)) {
            lines.append(op.powerShell());
        }
        m_membersPowerShell->setText(lines.isEmpty() ? tr("(no member to add)") : lines.join(QLatin1Char('\n')));
        const int total = int(plannedMembers().size());
        m_membersInfo->setText(total == 0 ? tr("The group has no members: a RestrictAccess policy on it would deny "
                                               "every mailbox. Add at least one.")
                                          : tr("%1 will have %n member(s).", nullptr, total).arg(groupName()));
        break;
    }
    case AccessPage:
        if (!m_descriptionEdited || m_description->text().isEmpty()) {
            m_description->setText(defaultDescription());
        }
        break;
    case ReviewPage: {
        const ExchangePlan p = plan();
        m_planList->clear();
        m_planList->addItems(p.describe());
        m_planPowerShell->setPlainText(p.powerShellScript());
        m_planNotes->setText(p.warnings.join(QStringLiteral("\n\n")));
        m_runStatus->clear();
        break;
    }
    case TestPage: {
        m_propagation->setText(
            m_deny->isChecked()
                ? tr("Exchange's Test already shows the new policy. Graph and EWS calls of the app can take up to an "
                     "hour to honor it: until then, the app may still read the group's mailboxes.")
                : tr("Exchange's Test already shows the new policy. Graph and EWS calls of the app can take up to an "
                     "hour to honor it: until then, the app may still read mailboxes outside the group."));
        m_memberChoice->clear();
        m_nonMemberChoice->clear();
        m_memberCard->setPending(tr("Reading the group's members…"));
        m_nonMemberCard->setPending(tr("Reading the group's members…"));
        m_tester->reload(); // the policy (and maybe the group) is new
        connect(
            m_tester,
            &MailboxAccessTester::modelLoaded,
            this,
            [this](const AccessPolicyModel& model, const GraphError&) { fillTestChoices(model); },
            Qt::SingleShotConnection);
        m_tester->prepare();
        break;
    }
    default:
        break;
    }
}

bool ScopeAppWizard::validateCurrentPage()
{
    switch (currentId()) {
    case AppPage:
        return !currentApp().appId.isEmpty();
    case GroupPage:
        if (groupName().isEmpty()) {
            m_groupInfo->setText(creatingGroup() ? tr("Type a name for the new group.")
                                                 : tr("Choose a group, or create a new one."));
            return false;
        }
        if (creatingGroup()) {
            for (const auto& g : std::as_const(m_groups)) {
                if (g.name.compare(groupName(), Qt::CaseInsensitive) == 0) {
                    m_groupInfo->setText(tr("A group named \"%1\" exists already: choose it above.").arg(groupName()));
                    return false;
                }
            }
        }
        return true;
    case MembersPage:
        if (m_restrict->isChecked() && plannedMembers().isEmpty()) {
            m_membersInfo->setText(tr("Add at least one member: a RestrictAccess policy on an empty group denies "
                                      "every mailbox."));
            return false;
        }
        return true;
    case ReviewPage:
        if (m_executed) {
            return true;
        }
        if (!m_runner->isBusy()) {
            create();
        }
        return false; // onRun() moves on when every write succeeded
    default:
        return true;
    }
}

void ScopeAppWizard::reject()
{
    if (m_runner->isBusy()) {
        m_runStatus->setText(tr("Writing to Exchange Online: the wizard closes when the current step is done."));
        return; // closing now would drop the executor between journal entry and outcome
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

void ScopeAppWizard::create()
{
    button(QWizard::CommitButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(false);
    m_runStatus->setStyleSheet({});
    m_runStatus->setText(tr("Sending to Exchange Online…"));
    m_creating = true;
    m_runner->apply(WritePlan::from(plan())); // this page was the preview
}

void ScopeAppWizard::onRun(const WriteRun& run)
{
    m_creating = false;
    button(QWizard::CancelButton)->setEnabled(true);
    const bool made = run.count(WriteRun::Result::Status::Succeeded) > 0;
    if (made) {
        emit tenantChanged(currentApp().appId);
    }
    m_planList->clear();
    m_planList->addItems(run.describe());
    if (run.plan.purpose == PlanHeader::Purpose::Rollback) {
        QString text = run.allSucceeded() ? tr("Rolled back: what the wizard had made was undone.")
                                          : tr("The rollback did not complete: see the steps above; the journal "
                                               "(Activity) holds what is left.");
        if (!run.plan.refused.isEmpty()) {
            text += QLatin1Char(' ') + tr("Left in place: %1").arg(run.plan.refused.join(QLatin1Char(' ')));
        }
        m_runStatus->setText(text);
        return;
    }
    if (!run.allSucceeded()) {
        QStringList errors;
        for (const auto& r : run.results) {
            if (r.status == WriteRun::Result::Status::Failed) {
                errors.append(r.message);
            }
        }
        m_runStatus->setText(made ? tr("Not done: %1 What succeeded can be rolled back now from the results, or "
                                       "undone later in Activity.")
                                        .arg(errors.join(QLatin1Char(' ')))
                                  : tr("Not done: %1 Nothing was changed.").arg(errors.join(QLatin1Char(' '))));
        m_runStatus->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }").arg(StateColorPalette().name(StateColorPalette::Role::Danger)));
        button(QWizard::CancelButton)->setText(tr("Close"));
        return;
    }
    m_executed = true;
    m_runStatus->setText(tr("Done: every write succeeded."));
    next();
}

void ScopeAppWizard::fillTestChoices(const AccessPolicyModel& model)
{
    // Members and non-members by the directory (nested groups count), so the "non-member" really is one.
    QString scopeId;
    for (const auto& p : model.policiesFor(currentApp().appId)) {
        if (p.scopeName.compare(groupName(), Qt::CaseInsensitive) == 0) {
            scopeId = p.scopeObjectId;
        }
    }
    const QStringList planned = plannedMembers();
    for (const auto& r : std::as_const(m_mailboxes)) {
        if (r.recipientTypeDetails != QLatin1String("UserMailbox")) {
            continue;
        }
        const bool inside
            = planned.contains(addressOf(r), Qt::CaseInsensitive)
              || (!scopeId.isEmpty()
                  && !AccessPolicyEvaluator::memberPath(model, scopeId, r.externalDirectoryObjectId).isEmpty());
        const QString label = QStringLiteral("%1 <%2>").arg(r.displayName, addressOf(r));
        (inside ? m_memberChoice : m_nonMemberChoice)->addItem(label, addressOf(r));
    }
    // The members just added first: they are what the admin expects to see tested.
    for (int i = m_memberChoice->count() - 1; i >= 0; --i) {
        if (m_membersToAdd->count() > 0
            && m_memberChoice->itemData(i).toString().compare(m_membersToAdd->item(0)->data(Qt::UserRole).toString(),
                                                              Qt::CaseInsensitive)
                   == 0) {
            m_memberChoice->setCurrentIndex(i);
        }
    }
    runTests();
}

void ScopeAppWizard::runTests()
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
    m_testAgain->setEnabled(false);
    connect(m_tester, &MailboxAccessTester::checked, this, [this, member](int, const MailboxAccessCheck& c) {
        (c.query == member ? m_memberCard : m_nonMemberCard)->setCheck(c);
    });
    connect(
        m_tester,
        &MailboxAccessTester::finished,
        this,
        [this](const QList<MailboxAccessCheck>&, const GraphError& error) {
            disconnect(m_tester, &MailboxAccessTester::checked, this, nullptr);
            m_testAgain->setEnabled(true);
            if (error) {
                m_memberCard->setPending(tr("Could not test: %1").arg(error.message));
                m_nonMemberCard->setPending(tr("Could not test: %1").arg(error.message));
            }
        },
        Qt::SingleShotConnection);
    m_tester->check(currentApp().appId, queries);
}
