#include "ScopeAppPage.h"

#include "access/ScopeAppWizard.h"
#include "async/Async.h"
#include "common/ViewStyle.h"
#include "consent/GrantInventory.h"
#include "consent/GraphPowerShell.h"
#include "exchange/MailPermissionAudit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

ScopeAppPage::ScopeAppPage(ScopeAppWizard* wizard,
                           const QList<MailboxApp>& apps,
                           const AccessPolicyModel& policies,
                           const QString& preselectAppId)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_apps(apps)
    , m_policies(policies)
{
    setObjectName(QStringLiteral("appPage"));
    setTitle(tr("Which app?"));
    setSubTitle(tr("Apps with application permissions such as Mail.Read reach every mailbox in the tenant until "
                   "Exchange Online limits them."));
    auto* layout = new QVBoxLayout(this);
    m_appCombo = new QComboBox(this);
    m_appCombo->setObjectName(QStringLiteral("appCombo"));
    for (const auto& app : std::as_const(m_apps)) {
        m_appCombo->addItem(
            ViewStyle::tenantText(QStringLiteral("%1 — %2").arg(
                app.displayName,
                app.permissions.isEmpty() ? tr("no mailbox permission") : app.permissions.join(QStringLiteral(", ")))),
            app.appId);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("App:"), m_appCombo);
    layout->addLayout(form);
    m_existing = ViewStyle::selectableLabel(this, "appPolicies");
    layout->addWidget(m_existing);
    layout->addSpacing(6);
    m_notes = ViewStyle::selectableLabel(this, "appNotes");
    layout->addWidget(m_notes);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), this));
    m_powerShell = ViewStyle::powerShellLabel(this, "appPowerShell");
    layout->addWidget(m_powerShell);

    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps.at(i).appId.compare(preselectAppId, Qt::CaseInsensitive) == 0) {
            m_appCombo->setCurrentIndex(i);
        }
    }
    connect(m_appCombo, &QComboBox::currentIndexChanged, this, &ScopeAppPage::onAppChanged);
    onAppChanged();
}

MailboxApp ScopeAppPage::app() const
{
    const int i = m_appCombo->currentIndex();
    return i >= 0 && i < m_apps.size() ? m_apps.at(i) : MailboxApp {};
}

bool ScopeAppPage::validatePage()
{
    return !app().appId.isEmpty();
}

void ScopeAppPage::onAppChanged()
{
    const MailboxApp chosen = app();
    Async::cancel(m_reading); // only the app on screen may answer
    m_permissions.clear();
    m_notes->setText(ViewStyle::tenantText(tr("Reading what %1 holds…").arg(chosen.displayName)));
    m_powerShell->setText(QStringLiteral("Get-ApplicationAccessPolicy | Where-Object AppId -eq %1")
                              .arg(GraphPowerShell::quote(chosen.appId)));
    QStringList existing;
    for (const auto& p : m_policies.policiesFor(chosen.appId)) {
        existing.append(tr("• %1 on \"%2\"").arg(ApplicationAccessPolicy::accessRightName(p.accessRight), p.scopeName));
    }
    m_existing->setText(ViewStyle::tenantText(
        existing.isEmpty() ? tr("%1 has no access policy yet: it reaches every mailbox.").arg(chosen.displayName)
                           : tr("Policies %1 already has (a new one is added to them):\n%2")
                                 .arg(chosen.displayName, existing.join(QLatin1Char('\n')))));
    emit appChanged();
    if (chosen.servicePrincipalId.isEmpty()) {
        m_notes->clear();
        return;
    }
    m_reading = m_wizard->services().inventory->loadApp(ServicePrincipalCache::Key::byId(chosen.servicePrincipalId));
    Async::then(m_reading, this, [this, chosen](const AppInventory& inventory) {
        m_permissions = inventory.permissions;
        QStringList notes = MailPermissionAudit::accessPolicyNotes(chosen.displayName, inventory.permissions);
        if (inventory.error) {
            notes.append(tr("Could not read all of the app's permissions: %1").arg(inventory.error.message));
        }
        m_notes->setText(ViewStyle::tenantText(notes.join(QStringLiteral("\n\n"))));
    });
}
