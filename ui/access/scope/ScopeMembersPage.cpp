#include "ScopeMembersPage.h"

#include "ScopeAccessPage.h"
#include "ScopeGroupPage.h"
#include "access/ScopeAppWizard.h"
#include "common/ViewStyle.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

ScopeMembersPage::ScopeMembersPage(ScopeAppWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("membersPage"));
    setTitle(tr("Add members"));
    setSubTitle(tr("Add the mailboxes the policy is about (user or shared mailboxes). Members already in the group "
                   "stay; nested groups can be added in the Exchange admin center."));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_memberEdit = new QLineEdit(this);
    m_memberEdit->setObjectName(QStringLiteral("memberEdit"));
    m_memberEdit->setAccessibleName(tr("Mailbox to add"));
    m_memberEdit->setPlaceholderText(tr("Mailbox address, e.g. priya.raman@contoso.com"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addMember"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeMember"));
    row->addWidget(m_memberEdit, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    m_toAdd = new QListWidget(this);
    m_toAdd->setObjectName(QStringLiteral("membersToAdd"));
    m_toAdd->setAccessibleName(tr("Mailboxes to add to the group"));
    layout->addWidget(m_toAdd, 1);
    m_info = ViewStyle::selectableLabel(this, "membersInfo");
    layout->addWidget(m_info);
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), this));
    m_powerShell = ViewStyle::powerShellLabel(this, "membersPowerShell");
    layout->addWidget(m_powerShell);
    connect(m_add, &QPushButton::clicked, this, &ScopeMembersPage::addMember);
    connect(m_memberEdit, &QLineEdit::returnPressed, this, &ScopeMembersPage::addMember);
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        qDeleteAll(m_toAdd->selectedItems());
        initializePage();
    });
    loadMailboxes();
}

QString ScopeMembersPage::addressOf(const ExchangeRecipient& recipient)
{
    return recipient.primarySmtpAddress.isEmpty() ? recipient.alias : recipient.primarySmtpAddress;
}

void ScopeMembersPage::loadMailboxes()
{
    m_wizard->services().exchange->getMailboxes(
        this, [this](const QList<ExchangeRecipient>& rows, const GraphError& error) {
            if (error) {
                m_info->setText(
                    ViewStyle::tenantText(tr("Could not read the mailboxes from Exchange: %1").arg(error.message)));
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

QStringList ScopeMembersPage::addedMembers() const
{
    QStringList out;
    for (int i = 0; i < m_toAdd->count(); ++i) {
        out.append(m_toAdd->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

QStringList ScopeMembersPage::plannedMembers() const
{
    QStringList out;
    for (const auto& r : m_wizard->groupPage()->currentMembers()) {
        out.append(addressOf(r));
    }
    return out + addedMembers();
}

void ScopeMembersPage::addMember()
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
        m_info->setText(
            ViewStyle::tenantText(tr("No mailbox \"%1\" in Exchange. Type an address from the list.").arg(text)));
        return;
    }
    const QString address = addressOf(*it);
    if (plannedMembers().contains(address, Qt::CaseInsensitive)) {
        m_info->setText(ViewStyle::tenantText(tr("%1 is already a member.").arg(it->displayName)));
        m_memberEdit->clear();
        return;
    }
    auto* item
        = new QListWidgetItem(ViewStyle::tenantText(QStringLiteral("%1 <%2>").arg(it->displayName, address)), m_toAdd);
    item->setData(Qt::UserRole, address);
    m_memberEdit->clear();
    initializePage();
}

void ScopeMembersPage::initializePage()
{
    const QString group = m_wizard->groupPage()->groupName();
    const ExchangePlan plan = ExchangePlanner::addMembers(group, addedMembers());
    QStringList lines;
    for (const auto& op : std::as_const(plan.operations)) {
        lines.append(op.powerShell());
    }
    m_powerShell->setText(lines.isEmpty() ? tr("(no member to add)") : lines.join(QLatin1Char('\n')));
    const int total = int(plannedMembers().size());
    m_info->setText(ViewStyle::tenantText(
        total == 0 ? tr("The group has no members: a RestrictAccess policy on it would deny every mailbox. "
                        "Add at least one.")
                   : tr("%1 will have %n member(s).", nullptr, total).arg(group)));
}

bool ScopeMembersPage::validatePage()
{
    if (!m_wizard->accessPage()->isDeny() && plannedMembers().isEmpty()) {
        m_info->setText(tr("Add at least one member: a RestrictAccess policy on an empty group denies every mailbox."));
        return false;
    }
    return true;
}
