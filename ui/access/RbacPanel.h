#pragma once

#include "directory/GrantedPermission.h"
#include "exchange/ApplicationAccessPolicy.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlan.h"
#include "exchange/MailboxApp.h"
#include "exchange/ManagementRoleAssignment.h"
#include "exchange/ManagementScope.h"

#include <QFuture>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

/**
 * RBAC for Applications, Microsoft's replacement for access policies, for one app: its management role
 * assignments and their scopes, Test-ServicePrincipalAuthorization for a mailbox, and — for each legacy
 * RestrictAccess policy of the app — the RBAC equivalent (register the app with Exchange, a management scope on
 * the group, a role assignment) ready to apply. Warns when the app's tenant-wide Entra permissions would make the
 * scoped role pointless (RBAC is additive). Writes are handed to the view (planRequested) to preview and journal.
 */
class RbacPanel : public QWidget
{
    Q_OBJECT

public:
    RbacPanel(ExchangeAdminClient* exchange, QWidget* parent = nullptr);

    void setApp(const MailboxApp& app,
                const QList<ApplicationAccessPolicy>& policies,
                const QList<GrantedPermission>& permissions);
    // The app's Entra permissions arrive after the app (GrantInventory): only the warnings change.
    void setPermissions(const QList<GrantedPermission>& permissions);
    void clear();
    void reload();
    // Role assignments are written only with an Exchange role; without it the buttons say why.
    void setCanWrite(bool allowed, const QString& reason);
    void testMailbox(const QString& mailbox);
    ExchangePlan equivalentPlan() const; // the RBAC equivalent of the chosen legacy policy (empty: none)
    int assignmentCount() const { return int(m_assignments.size()); }

signals:
    void planRequested(const ExchangePlan& plan);

private:
    void cancelReads(); // only the app on screen may answer
    void updateEquivalent();
    void updateButtons();
    QString scopeFilter(const QString& scopeName) const;
    static QString roleFor(const QString& permission);
    static QString directMembersWarning(const QString& group);
    static QString noteFor(const QString& group); // "Mail.Read" -> "Application Mail.Read"

    ExchangeAdminClient* m_exchange = nullptr;
    MailboxApp m_app;
    QList<ApplicationAccessPolicy> m_policies;
    QList<GrantedPermission> m_permissions;
    QList<ManagementRoleAssignment> m_assignments;
    QList<ManagementScope> m_scopes;
    bool m_exchangeKnowsApp = false;
    bool m_servicePrincipalChecked = false; // Get-ServicePrincipal answered for this app
    bool m_scopesLoaded = false; // Get-ManagementScope answered
    bool m_canWrite = true;
    QString m_cannotWriteReason;
    QFuture<ExchangeAdminClient::RawAnswer> m_servicePrincipalReading;
    QFuture<ExchangeAdminClient::Answer<ManagementScope>> m_scopesReading;
    QFuture<ExchangeAdminClient::Answer<ManagementRoleAssignment>> m_assignmentsReading;
    QFuture<ExchangeAdminClient::Answer<ServicePrincipalAuthorization>> m_testing;

    QLabel* m_warnings = nullptr;
    QTreeWidget* m_assignmentTree = nullptr;
    QPushButton* m_removeAssignment = nullptr;
    QLineEdit* m_mailbox = nullptr;
    QPushButton* m_test = nullptr;
    QTreeWidget* m_authorization = nullptr;
    QLabel* m_testStatus = nullptr;
    QComboBox* m_policyChoice = nullptr;
    QComboBox* m_roleChoice = nullptr;
    QPlainTextEdit* m_equivalent = nullptr;
    QLabel* m_equivalentNote = nullptr;
    QPushButton* m_applyEquivalent = nullptr;
};
