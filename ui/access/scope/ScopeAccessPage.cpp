#include "ScopeAccessPage.h"

#include "ScopeAppPage.h"
#include "ScopeGroupPage.h"
#include "access/ScopeAppWizard.h"
#include "common/ViewStyle.h"
#include "report/TenantText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

ScopeAccessPage::ScopeAccessPage(ScopeAppWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("accessPage"));
    setTitle(tr("Restrict or deny?"));
    setSubTitle(tr("Exchange evaluates an app's policies together: a matching DenyAccess wins over any "
                   "RestrictAccess; with RestrictAccess policies, mailboxes in none of them are denied."));
    auto* layout = new QVBoxLayout(this);
    m_restrict
        = new QRadioButton(tr("RestrictAccess — the app reaches only the group's mailboxes (the usual choice)"), this);
    m_restrict->setObjectName(QStringLiteral("restrictAccess"));
    m_deny = new QRadioButton(tr("DenyAccess — the app reaches every mailbox except the group's"), this);
    m_deny->setObjectName(QStringLiteral("denyAccess"));
    m_restrict->setChecked(true);
    layout->addWidget(m_restrict);
    layout->addWidget(m_deny);
    layout->addSpacing(8);
    auto* form = new QFormLayout;
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    form->addRow(tr("Description:"), m_description);
    layout->addLayout(form);
    QLabel* room = ViewStyle::selectableLabel(this, "descriptionRoom");
    room->setText(tr("Exchange has room for about 100 policies, or about 300 with a one-space description; a short "
                     "description leaves room for more."));
    layout->addWidget(room);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), this));
    m_powerShell = ViewStyle::powerShellLabel(this, "accessPowerShell");
    layout->addWidget(m_powerShell);
    connect(m_restrict, &QRadioButton::toggled, this, [this]() {
        if (!m_descriptionEdited) {
            m_description->setText(defaultDescription());
        }
        updatePowerShell();
    });
    connect(m_description, &QLineEdit::textEdited, this, [this]() { m_descriptionEdited = true; });
    connect(m_description, &QLineEdit::textChanged, this, &ScopeAccessPage::updatePowerShell);
    // Another app: the default description names it.
    connect(wizard->appPage(), &ScopeAppPage::appChanged, this, [this]() { m_descriptionEdited = false; });
}

bool ScopeAccessPage::isDeny() const
{
    return m_deny->isChecked();
}

ApplicationAccessPolicy::AccessRight ScopeAccessPage::accessRight() const
{
    return isDeny() ? ApplicationAccessPolicy::AccessRight::DenyAccess
                    : ApplicationAccessPolicy::AccessRight::RestrictAccess;
}

QString ScopeAccessPage::description() const
{
    return m_description->text().trimmed();
}

QString ScopeAccessPage::defaultDescription() const
{
    // Written to Exchange as the policy's description: the names without their controls (bidirectional ones too).
    const QString app = TenantText::singleLine(m_wizard->appPage()->app().displayName);
    const QString group = TenantText::singleLine(m_wizard->groupPage()->groupName());
    return isDeny() ? tr("Deny %1 the mailboxes in %2.").arg(app, group)
                    : tr("Restrict %1 to the mailboxes in %2.").arg(app, group);
}

void ScopeAccessPage::updatePowerShell()
{
    const ExchangePlan plan = m_wizard->plan();
    m_powerShell->setText(plan.operations.isEmpty() ? QString() : plan.operations.last().powerShell());
}

void ScopeAccessPage::initializePage()
{
    if (!m_descriptionEdited || m_description->text().isEmpty()) {
        m_description->setText(defaultDescription());
    }
}
