#include "ScopeGroupPage.h"

#include "ScopeAppPage.h"
#include "access/ScopeAppWizard.h"
#include "async/Async.h"
#include "common/ViewStyle.h"
#include "consent/GraphPowerShell.h"
#include "exchange/ExchangeAdminClient.h"
#include "report/TenantText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

ScopeGroupPage::ScopeGroupPage(ScopeAppWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("groupPage"));
    setTitle(tr("Which mailboxes?"));
    setSubTitle(tr("The policy's scope is a mail-enabled security group (members of nested groups count). "
                   "RestrictAccess lets the app reach only its members' mailboxes; DenyAccess keeps it out of "
                   "them. Distribution lists and Microsoft 365 groups do not work."));
    auto* layout = new QVBoxLayout(this);
    m_useExisting = new QRadioButton(tr("Use an existing mail-enabled security group"), this);
    m_useExisting->setObjectName(QStringLiteral("useExistingGroup"));
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_groupCombo->setAccessibleName(tr("Existing group"));
    m_groupCombo->setEnabled(false);
    m_createNew = new QRadioButton(tr("Create a new one"), this);
    m_createNew->setObjectName(QStringLiteral("createGroup"));
    m_newGroupName = new QLineEdit(this);
    m_newGroupName->setObjectName(QStringLiteral("newGroupName"));
    m_newGroupName->setAccessibleName(tr("Name of the new group"));
    m_newGroupName->setPlaceholderText(
        tr("Group name, e.g. \"%1 mailboxes\"", "%1 is an app's name, not a count").arg(tr("App")));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_useExisting);
    choice->addButton(m_createNew);
    m_useExisting->setChecked(true);
    layout->addWidget(m_useExisting);
    layout->addWidget(m_groupCombo);
    layout->addSpacing(8);
    layout->addWidget(m_createNew);
    layout->addWidget(m_newGroupName);
    m_info = ViewStyle::selectableLabel(this, "groupInfo");
    m_info->setText(tr("Reading the groups from Exchange…"));
    layout->addWidget(m_info);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), this));
    m_powerShell = ViewStyle::powerShellLabel(this, "groupPowerShell");
    layout->addWidget(m_powerShell);
    auto toggle = [this]() {
        m_groupCombo->setEnabled(m_useExisting->isChecked() && m_groupCombo->count() > 0);
        m_newGroupName->setEnabled(m_createNew->isChecked());
        onGroupChanged();
    };
    connect(m_useExisting, &QRadioButton::toggled, this, toggle);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, [this]() { onGroupChanged(); });
    connect(m_newGroupName, &QLineEdit::textChanged, this, [this]() { updatePowerShell(); });
    toggle();
    loadGroups();
}

bool ScopeGroupPage::creatingGroup() const
{
    return m_createNew->isChecked();
}

QString ScopeGroupPage::groupName() const
{
    if (creatingGroup()) {
        return m_newGroupName->text().trimmed();
    }
    const int i = m_groupCombo->currentIndex();
    return i >= 0 && i < m_groups.size() ? m_groups.at(i).name : QString();
}

void ScopeGroupPage::loadGroups()
{
    m_wizard->services().exchange->getDistributionGroups(
        this, [this](const QList<ExchangeRecipient>& rows, const GraphError& error) {
            if (error) {
                m_info->setText(
                    ViewStyle::tenantText(tr("Could not read the groups from Exchange: %1").arg(error.message)));
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
                m_groupCombo->addItem(
                    ViewStyle::tenantText(QStringLiteral("%1 <%2>").arg(g.displayName, g.primarySmtpAddress)), g.guid);
            }
            if (m_groups.isEmpty()) {
                m_createNew->setChecked(true);
            }
            m_groupCombo->setEnabled(m_useExisting->isChecked() && !m_groups.isEmpty());
            onGroupChanged();
        });
}

void ScopeGroupPage::onGroupChanged()
{
    Async::cancel(m_readingMembers); // a late answer about the previous choice must not describe this one
    m_currentMembers.clear();
    updatePowerShell();
    if (creatingGroup()) {
        m_info->setText(tr("Exchange creates the group as a mail-enabled security group; it appears in Entra ID too. "
                           "Add its members on the next page."));
        return;
    }
    const QString name = groupName();
    if (name.isEmpty()) {
        m_info->setText(ViewStyle::tenantText(m_groups.isEmpty() && m_groupCombo->count() == 0
                                                  ? tr("No mail-enabled security group yet: create one.")
                                                  : QString()));
        return;
    }
    m_info->setText(ViewStyle::tenantText(tr("Reading the members of %1…").arg(name)));
    m_readingMembers = m_wizard->services().exchange->getDistributionGroupMembers(name);
    Async::then(m_readingMembers, this, [this, name](const ExchangeAdminClient::Answer<ExchangeRecipient>& answer) {
        const GraphError& error = answer.error;
        const QList<ExchangeRecipient>& rows = answer.rows;
        if (error) {
            m_info->setText(ViewStyle::tenantText(tr("Could not read the members of %1: %2").arg(name, error.message)));
            return;
        }
        m_currentMembers = rows;
        QStringList names;
        for (const auto& r : rows) {
            names.append(r.displayName);
        }
        m_info->setText(ViewStyle::tenantText(rows.isEmpty() ? tr("%1 has no members yet.").arg(name)
                                                             : tr("%1 has %n member(s): %2", nullptr, int(rows.size()))
                                                                   .arg(name, names.join(QStringLiteral(", ")))));
    });
}

void ScopeGroupPage::updatePowerShell()
{
    if (creatingGroup()) {
        const QString name = m_newGroupName->text().trimmed();
        m_powerShell->setText(QStringLiteral("New-DistributionGroup -Name %1 -Type Security")
                                  .arg(GraphPowerShell::quote(name.isEmpty() ? tr("<name>") : name)));
    } else {
        m_powerShell->setText(
            QStringLiteral("Get-DistributionGroupMember -Identity %1").arg(GraphPowerShell::quote(groupName())));
    }
}

void ScopeGroupPage::initializePage()
{
    if (m_newGroupName->text().isEmpty()) {
        // A name this wizard proposes for a new group: the app's name without its controls (bidirectional ones
        // included), so none is written into the tenant.
        m_newGroupName->setText(tr("%1 mailboxes", "a group's name; %1 is the app's name, not a count")
                                    .arg(TenantText::singleLine(m_wizard->appPage()->app().displayName)));
    }
    updatePowerShell();
}

bool ScopeGroupPage::validatePage()
{
    if (groupName().isEmpty()) {
        m_info->setText(creatingGroup() ? tr("Type a name for the new group.")
                                        : tr("Choose a group, or create a new one."));
        return false;
    }
    if (creatingGroup()) {
        for (const auto& g : std::as_const(m_groups)) {
            if (g.name.compare(groupName(), Qt::CaseInsensitive) == 0) {
                m_info->setText(tr("A group named \"%1\" exists already: choose it above.").arg(groupName()));
                return false;
            }
        }
    }
    return true;
}
