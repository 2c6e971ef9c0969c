#pragma once

#include "auth/AccountInfo.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * The signed-in account at a glance: who, which tenant, which directory roles, where the sign-in is kept, which
 * permissions ConsentDesk holds, and what this admin may and may not do here — with the reason, so a disabled
 * button elsewhere is never a mystery.
 */
class AccountView : public QWidget
{
    Q_OBJECT

public:
    explicit AccountView(QWidget* parent = nullptr);

    void setAccount(const AccountInfo& account, const QString& profileName);
    // persistent: the refresh token is in the system keychain; otherwise why not (shown as is).
    void setSessionStorage(bool persistent, const QString& reason = {});
    // The Graph permissions the current token carries, and whether the write set is among them.
    void setGrantedPermissions(const QStringList& permissions, bool canWrite);
    void setBusy(bool busy);

signals:
    void signOutRequested();
    void switchProfileRequested();
    void writeConsentRequested();

private:
    QLabel* m_name = nullptr;
    QLabel* m_upn = nullptr;
    QLabel* m_tenant = nullptr;
    QLabel* m_roles = nullptr;
    QLabel* m_storage = nullptr;
    QLabel* m_permissions = nullptr;
    QTreeWidget* m_capabilities = nullptr;
    QPushButton* m_writeConsent = nullptr;
    QPushButton* m_switch = nullptr;
    QPushButton* m_signOut = nullptr;
};
