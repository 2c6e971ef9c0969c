#pragma once

#include "consent/AppInventory.h"
#include "exchange/AccessPolicyModel.h"
#include "exchange/MailboxApp.h"

#include <QFuture>
#include <QWizardPage>

class QComboBox;
class QLabel;
class ScopeAppWizard;

/**
 * The wizard's first page: which app — with the policies it already has, and what a policy would and would not limit
 * for it (from what it holds: MailPermissionAudit).
 */
class ScopeAppPage : public QWizardPage
{
    Q_OBJECT

public:
    ScopeAppPage(ScopeAppWizard* wizard,
                 const QList<MailboxApp>& apps,
                 const AccessPolicyModel& policies,
                 const QString& preselectAppId);

    MailboxApp app() const;
    QList<GrantedPermission> permissions() const { return m_permissions; } // read after the app was chosen

    bool validatePage() override;

signals:
    void appChanged();

private:
    void onAppChanged();

    ScopeAppWizard* m_wizard = nullptr;
    QList<MailboxApp> m_apps;
    AccessPolicyModel m_policies;
    QList<GrantedPermission> m_permissions;
    QFuture<AppInventory> m_reading; // the chosen app's; cancelled when another is chosen
    QComboBox* m_appCombo = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_existing = nullptr;
    QLabel* m_powerShell = nullptr;
};
