#pragma once

#include "directory/GrantedPermission.h"
#include "exchange/AccessPolicyModel.h"
#include "exchange/MailboxApp.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
struct ExchangePlan;

/**
 * The Mailbox access view's "Access policies" tab for one app: its policies with the scope's kind (a mail-enabled
 * security group, a mailbox, or something Exchange will not honour) and problems flagged, what a policy does not limit
 * for this app, the PowerShell that lists them, and Remove policy… — planned here (with the warning when it is the
 * app's last RestrictAccess), run by the view.
 */
class AccessPolicyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccessPolicyPanel(QWidget* parent = nullptr);

    void clear();
    void setApp(const MailboxApp& app, const AccessPolicyModel& model, bool exchangeUnreadable);
    void setPermissions(const QList<GrantedPermission>& permissions); // what the app holds, read after setApp
    void setCanWrite(bool allowed, const QString& reason);
    void setBusy(bool busy); // a write runs: nothing else may start

signals:
    void planRequested(const ExchangePlan& plan);

private:
    void updateButtons();
    void removeSelected();

    MailboxApp m_app;
    QList<ApplicationAccessPolicy> m_policies;
    QStringList m_warnings;
    bool m_canWrite = true;
    bool m_busy = false;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_powerShell = nullptr;
    QPushButton* m_remove = nullptr;
};
