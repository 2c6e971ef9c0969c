#include "RbacPanel.h"

#include "async/Async.h"
#include "common/ViewStyle.h"
#include "consent/GraphPowerShell.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/MailPermissionAudit.h"
#include "exchange/ServicePrincipalAuthorization.h"
#include "report/TenantText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

RbacPanel::RbacPanel(ExchangeAdminClient* exchange, QWidget* parent)
    : QWidget(parent)
    , m_exchange(exchange)
{
    // The three parts keep their natural heights and the page scrolls: squeezed into a short pane they would be
    // unreadable.
    QVBoxLayout* layout = ViewStyle::scrollingPage(this);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("rbacWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(ViewStyle::boxStyle(QStringLiteral("QLabel"), ViewStyle::Box::Notice));
    m_warnings->hide();
    layout->addWidget(m_warnings);

    auto* assigned = new QGroupBox(tr("Role assignments of this app (Get-ManagementRoleAssignment -App)"), this);
    auto* assignedLayout = new QVBoxLayout(assigned);
    m_assignmentTree = new QTreeWidget(assigned);
    m_assignmentTree->setObjectName(QStringLiteral("roleAssignments"));
    m_assignmentTree->setAccessibleName(tr("Role assignments of this app"));
    m_assignmentTree->setAccessibleDescription(
        tr("One row per Exchange role assigned to the selected app, and what the assignment is limited to."));
    m_assignmentTree->setHeaderLabels({tr("Role"), tr("Limited to"), tr("Scope filter"), tr("Assignment")});
    m_assignmentTree->setRootIsDecorated(false);
    m_assignmentTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assignmentTree->setMinimumHeight(90);
    m_assignmentTree->setMaximumHeight(150);
    assignedLayout->addWidget(m_assignmentTree);
    m_removeAssignment = new QPushButton(tr("Remove assignment…"), assigned);
    m_removeAssignment->setObjectName(QStringLiteral("removeRoleAssignment"));
    m_removeAssignment->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_removeAssignment);
    assignedLayout->addLayout(row);
    layout->addWidget(assigned);

    auto* test = new QGroupBox(tr("Can the app reach a mailbox? (Test-ServicePrincipalAuthorization)"), this);
    auto* testLayout = new QVBoxLayout(test);
    auto* testRow = new QHBoxLayout;
    m_mailbox = new QLineEdit(test);
    m_mailbox->setObjectName(QStringLiteral("rbacMailbox"));
    m_mailbox->setAccessibleName(tr("Mailbox to test"));
    m_mailbox->setPlaceholderText(tr("Mailbox address"));
    m_test = new QPushButton(tr("Test"), test);
    m_test->setObjectName(QStringLiteral("rbacTest"));
    testRow->addWidget(m_mailbox, 1);
    testRow->addWidget(m_test);
    testLayout->addLayout(testRow);
    m_authorization = new QTreeWidget(test);
    m_authorization->setObjectName(QStringLiteral("rbacAuthorization"));
    m_authorization->setAccessibleName(tr("Roles that reach the mailbox"));
    m_authorization->setAccessibleDescription(tr(
        "One row per role that gives the app access to the tested mailbox, and whether the mailbox is in its scope."));
    m_authorization->setHeaderLabels({tr("Role"), tr("Permissions"), tr("Scope"), tr("Scope type"), tr("In scope")});
    m_authorization->setRootIsDecorated(false);
    m_authorization->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_authorization->setMinimumHeight(90);
    m_authorization->setMaximumHeight(150);
    testLayout->addWidget(m_authorization);
    m_testStatus = new QLabel(test);
    m_testStatus->setObjectName(QStringLiteral("rbacTestStatus"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextFormat(Qt::PlainText);
    testLayout->addWidget(m_testStatus);
    layout->addWidget(test);

    auto* equivalent = new QGroupBox(tr("The RBAC equivalent of an access policy"), this);
    auto* eqLayout = new QVBoxLayout(equivalent);
    auto* note = new QLabel(tr("Access policies are legacy. The same limit with RBAC for Applications: register the "
                               "app with Exchange, a management scope on the policy's group, a role assignment "
                               "limited to it."),
                            equivalent);
    note->setWordWrap(true);
    eqLayout->addWidget(note);
    auto* form = new QFormLayout;
    m_policyChoice = new QComboBox(equivalent);
    m_policyChoice->setObjectName(QStringLiteral("rbacPolicyChoice"));
    m_roleChoice = new QComboBox(equivalent);
    m_roleChoice->setObjectName(QStringLiteral("rbacRoleChoice"));
    form->addRow(tr("Policy:"), m_policyChoice);
    form->addRow(tr("Role:"), m_roleChoice);
    eqLayout->addLayout(form);
    m_equivalent = new QPlainTextEdit(equivalent);
    m_equivalent->setObjectName(QStringLiteral("rbacEquivalent"));
    m_equivalent->setAccessibleName(tr("RBAC equivalent in PowerShell"));
    m_equivalent->setReadOnly(true);
    m_equivalent->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_equivalent->setFont(QFont(QStringLiteral("monospace")));
    m_equivalent->setMinimumHeight(110);
    eqLayout->addWidget(m_equivalent);
    m_equivalentNote = new QLabel(equivalent);
    m_equivalentNote->setObjectName(QStringLiteral("rbacEquivalentNote"));
    m_equivalentNote->setWordWrap(true);
    m_equivalentNote->setTextFormat(Qt::PlainText);
    eqLayout->addWidget(m_equivalentNote);
    m_applyEquivalent = new QPushButton(tr("Assign the scoped role…"), equivalent);
    m_applyEquivalent->setObjectName(QStringLiteral("rbacApply"));
    auto* applyRow = new QHBoxLayout;
    applyRow->addStretch();
    applyRow->addWidget(m_applyEquivalent);
    eqLayout->addLayout(applyRow);
    layout->addWidget(equivalent);
    layout->addStretch();

    connect(m_assignmentTree, &QTreeWidget::itemSelectionChanged, this, [this]() { updateButtons(); });
    connect(m_removeAssignment, &QPushButton::clicked, this, [this]() {
        const auto items = m_assignmentTree->selectedItems();
        if (items.isEmpty()) {
            return;
        }
        const int i = items.first()->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_assignments.size()) {
            emit planRequested(ExchangePlanner::removeRoleAssignment(m_assignments.at(i)));
        }
    });
    connect(m_test, &QPushButton::clicked, this, [this]() { testMailbox(m_mailbox->text().trimmed()); });
    connect(m_mailbox, &QLineEdit::returnPressed, this, [this]() { testMailbox(m_mailbox->text().trimmed()); });
    connect(m_policyChoice, &QComboBox::currentIndexChanged, this, [this]() { updateEquivalent(); });
    connect(m_roleChoice, &QComboBox::currentIndexChanged, this, [this]() { updateEquivalent(); });
    connect(m_applyEquivalent, &QPushButton::clicked, this, [this]() {
        const ExchangePlan plan = equivalentPlan();
        if (!plan.isEmpty()) {
            emit planRequested(plan);
        }
    });
    clear();
}

QString RbacPanel::roleFor(const QString& permission)
{
    // Exchange's application roles are named after the Graph permissions, with two exceptions.
    if (permission == QLatin1String("full_access_as_app")) {
        return QStringLiteral("Application EWS.AccessAsApp");
    }
    if (permission == QLatin1String("Mail.ReadBasic.All")) {
        return QStringLiteral("Application Mail.ReadBasic");
    }
    return QStringLiteral("Application ") + permission;
}

void RbacPanel::setCanWrite(bool allowed, const QString& reason)
{
    m_canWrite = allowed;
    m_cannotWriteReason = reason;
    updateButtons();
}

void RbacPanel::updateButtons()
{
    const bool selected = !m_assignmentTree->selectedItems().isEmpty()
                          && m_assignmentTree->selectedItems().first()->data(0, Qt::UserRole).isValid();
    m_removeAssignment->setEnabled(m_canWrite && selected);
    m_removeAssignment->setToolTip(ViewStyle::plainToolTip(m_canWrite ? QString() : m_cannotWriteReason));
    const bool ready = m_servicePrincipalChecked && !equivalentPlan().isEmpty();
    m_applyEquivalent->setEnabled(m_canWrite && ready);
    m_applyEquivalent->setToolTip(ViewStyle::plainToolTip(
        !m_canWrite ? m_cannotWriteReason : (m_servicePrincipalChecked ? QString() : tr("Asking Exchange…"))));
}

QString RbacPanel::scopeFilter(const QString& scopeName) const
{
    for (const auto& scope : m_scopes) {
        if (scope.name.compare(scopeName, Qt::CaseInsensitive) == 0) {
            return scope.recipientFilter;
        }
    }
    return {};
}

void RbacPanel::cancelReads()
{
    Async::cancel(m_servicePrincipalReading);
    Async::cancel(m_scopesReading);
    Async::cancel(m_assignmentsReading);
    if (!m_testing.isFinished()) {
        Async::cancel(m_testing);
        m_testStatus->clear(); // asked about what is no longer on screen
    }
}

void RbacPanel::clear()
{
    cancelReads();
    m_app = {};
    m_policies.clear();
    m_permissions.clear();
    m_assignments.clear();
    m_scopes.clear();
    m_scopesLoaded = false;
    m_exchangeKnowsApp = false;
    m_servicePrincipalChecked = false;
    m_assignmentTree->clear();
    m_authorization->clear();
    m_testStatus->clear();
    m_warnings->hide();
    m_policyChoice->clear();
    m_roleChoice->clear();
    m_equivalent->clear();
    m_equivalentNote->clear();
    m_applyEquivalent->setEnabled(false);
    m_test->setEnabled(false);
}

void RbacPanel::setApp(const MailboxApp& app,
                       const QList<ApplicationAccessPolicy>& policies,
                       const QList<GrantedPermission>& permissions)
{
    clear();
    m_app = app;
    m_policies = policies;
    m_permissions = permissions;
    m_test->setEnabled(true);
    setPermissions(permissions);
    {
        const QSignalBlocker a(m_policyChoice);
        const QSignalBlocker b(m_roleChoice);
        for (int i = 0; i < policies.size(); ++i) {
            if (!policies.at(i).isDeny()) {
                m_policyChoice->addItem(
                    ViewStyle::tenantText(tr("RestrictAccess on \"%1\"").arg(policies.at(i).scopeName)), i);
            }
        }
        QStringList perms = app.permissions.isEmpty() ? QStringList {QStringLiteral("Mail.Read")} : app.permissions;
        for (const auto& perm : perms) {
            m_roleChoice->addItem(roleFor(perm), roleFor(perm));
        }
        // Mail.Read is what most apps scoped this way need; start there when the app holds it.
        if (const int i = m_roleChoice->findData(roleFor(QStringLiteral("Mail.Read"))); i >= 0) {
            m_roleChoice->setCurrentIndex(i);
        }
    }
    reload();
}

void RbacPanel::setPermissions(const QList<GrantedPermission>& permissions)
{
    m_permissions = permissions;
    const bool limited = std::any_of(m_policies.begin(), m_policies.end(), [](const auto& p) { return !p.isDeny(); });
    const QStringList warnings = MailPermissionAudit::rbacWarnings(m_app.displayName, permissions, limited);
    m_warnings->setText(ViewStyle::tenantText(warnings.join(QLatin1Char(' '))));
    m_warnings->setVisible(!warnings.isEmpty());
    updateEquivalent();
}

void RbacPanel::reload()
{
    if (m_app.appId.isEmpty()) {
        return;
    }
    cancelReads();
    m_assignmentTree->clear();
    auto* loading = new QTreeWidgetItem(m_assignmentTree, {tr("Reading…")});
    Q_UNUSED(loading);
    m_servicePrincipalReading
        = m_exchange->invoke(QStringLiteral("Get-ServicePrincipal"), {{QStringLiteral("Identity"), m_app.appId}});
    Async::then(m_servicePrincipalReading, this, [this](const ExchangeAdminClient::RawAnswer& answer) {
        m_exchangeKnowsApp = !answer.error && !answer.rows.isEmpty();
        // On an error other than NotFound the plan registers the app and Exchange decides.
        m_servicePrincipalChecked = true;
        updateEquivalent();
    });
    m_scopesReading = m_exchange->getManagementScopes();
    Async::then(m_scopesReading, this, [this](const ExchangeAdminClient::Answer<ManagementScope>& answer) {
        m_scopesLoaded = true;
        if (answer.error) {
            updateEquivalent(); // unknown scopes: the plan creates its own
            return;
        }
        m_scopes = answer.rows;
        for (int i = 0; i < m_assignmentTree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_assignmentTree->topLevelItem(i);
            const int at = item->data(0, Qt::UserRole).isValid() ? item->data(0, Qt::UserRole).toInt() : -1;
            if (at >= 0 && at < m_assignments.size()) { // the scope's own name: the column shows it as displayed
                item->setText(2, ViewStyle::tenantText(scopeFilter(m_assignments.at(at).customResourceScope)));
            }
        }
        updateEquivalent();
    });
    m_assignmentsReading = m_exchange->getManagementRoleAssignments(m_app.appId);
    Async::then(
        m_assignmentsReading, this, [this](const ExchangeAdminClient::Answer<ManagementRoleAssignment>& answer) {
            const GraphError& error = answer.error;
            const QList<ManagementRoleAssignment>& rows = answer.rows;
            m_assignmentTree->clear();
            m_assignments = rows;
            if (error && error.kind != GraphError::Kind::NotFound) {
                new QTreeWidgetItem(m_assignmentTree,
                                    {ViewStyle::tenantText(tr("Could not read: %1").arg(error.message))});
                return;
            }
            if (rows.isEmpty()) {
                new QTreeWidgetItem(m_assignmentTree, {tr("None: no RBAC for Applications role for this app.")});
                return;
            }
            for (int i = 0; i < rows.size(); ++i) {
                const auto& a = rows.at(i);
                auto* item = new QTreeWidgetItem(
                    m_assignmentTree,
                    ViewStyle::tenantText(QStringList {a.role,
                                                       a.customResourceScope.isEmpty() ? tr("The whole organization")
                                                                                       : a.customResourceScope,
                                                       scopeFilter(a.customResourceScope),
                                                       a.name}));
                item->setData(0, Qt::UserRole, i);
            }
        });
}

void RbacPanel::testMailbox(const QString& mailbox)
{
    if (m_app.appId.isEmpty() || mailbox.isEmpty()) {
        m_testStatus->setText(tr("Type a mailbox address."));
        return;
    }
    m_mailbox->setText(mailbox);
    m_authorization->clear();
    Async::cancel(m_testing); // the answer about the mailbox asked before would land in this one's rows
    m_testStatus->setText(tr("Asking Exchange…"));
    m_testing = m_exchange->testServicePrincipalAuthorization(m_app.appId, mailbox);
    Async::then(
        m_testing, this, [this, mailbox](const ExchangeAdminClient::Answer<ServicePrincipalAuthorization>& answer) {
            const GraphError& error = answer.error;
            const QList<ServicePrincipalAuthorization>& rows = answer.rows;
            if (error) {
                m_testStatus->setText(ViewStyle::tenantText(tr("Exchange could not test: %1").arg(error.message)));
                return;
            }
            bool any = false;
            for (const auto& r : rows) {
                const QString in
                    = r.inScope == ServicePrincipalAuthorization::InScope::Yes
                          ? tr("Yes")
                          : (r.inScope == ServicePrincipalAuthorization::InScope::No ? tr("No") : tr("Not run"));
                any = any || r.inScope == ServicePrincipalAuthorization::InScope::Yes;
                new QTreeWidgetItem(m_authorization,
                                    ViewStyle::tenantText(QStringList {
                                        r.roleName, r.grantedPermissions, r.allowedResourceScope, r.scopeType, in}));
            }
            QString text = rows.isEmpty()
                               ? tr("%1 has no RBAC for Applications role: through RBAC it reaches no mailbox.")
                                     .arg(m_app.displayName)
                               : (any ? tr("Through RBAC, %1 reaches %2.").arg(m_app.displayName, mailbox)
                                      : tr("Through RBAC, %1 does not reach %2.").arg(m_app.displayName, mailbox));
            if (!MailPermissionAudit::mailboxPermissions(m_permissions).isEmpty()) {
                text += QLatin1Char(' ')
                        + tr("Its Entra ID application permissions still apply on top (RBAC is additive), limited only "
                             "by "
                             "access policies.");
            }
            m_testStatus->setText(ViewStyle::tenantText(text));
        });
}

ExchangePlan RbacPanel::equivalentPlan() const
{
    const int index = m_policyChoice->currentData().isValid() ? m_policyChoice->currentData().toInt() : -1;
    if (m_app.appId.isEmpty() || index < 0 || index >= m_policies.size()) {
        return {};
    }
    const ApplicationAccessPolicy& policy = m_policies.at(index);
    if (policy.scopeDistinguishedName.isEmpty()) {
        return {}; // MemberOfGroup needs the DN; without it there is no working equivalent to offer
    }
    ExchangePlanner::RbacRequest request;
    request.appId = m_app.appId;
    request.servicePrincipalObjectId = m_app.servicePrincipalId;
    request.appDisplayName = m_app.displayName;
    request.createServicePrincipal = !m_exchangeKnowsApp;
    request.role = m_roleChoice->currentData().toString();
    request.recipientFilter = ExchangePlanner::rbacFilterForGroup(policy.scopeDistinguishedName);
    if (request.recipientFilter.isEmpty()) {
        return {}; // a DN that cannot be put into an OPATH string safely: updateEquivalent() says why
    }
    // One scope per group: a second role for the same group reuses it (a second New-ManagementScope would fail).
    request.scopeName = tr("%1 (mailbox access)").arg(policy.scopeName);
    request.createScope = true;
    for (const auto& scope : m_scopes) {
        if (scope.recipientFilter.compare(request.recipientFilter, Qt::CaseInsensitive) == 0
            || scope.name.compare(request.scopeName, Qt::CaseInsensitive) == 0) {
            request.scopeName = scope.name;
            request.createScope = false;
            break;
        }
    }
    ExchangePlan plan = ExchangePlanner::grantRbac(request);
    plan.warnings.append(MailPermissionAudit::rbacWarnings(m_app.displayName, m_permissions, true));
    plan.warnings.append(directMembersWarning(policy.scopeName));
    plan.note = noteFor(policy.scopeName);
    return plan;
}

QString RbacPanel::directMembersWarning(const QString& group)
{
    return tr("MemberOfGroup counts direct members only. Members the policy reaches through nested "
              "groups are not in the RBAC scope: add them to \"%1\" directly first.")
        .arg(group);
}

QString RbacPanel::noteFor(const QString& group)
{
    return tr("Keep the access policy on \"%1\" until Test-ServicePrincipalAuthorization shows the role reaching the "
              "right mailboxes, then revoke the tenant-wide Entra permissions and remove the policy.")
        .arg(group);
}

void RbacPanel::updateEquivalent()
{
    if (!m_app.appId.isEmpty() && (!m_servicePrincipalChecked || !m_scopesLoaded)) {
        // Whether Exchange knows the app and which scopes exist decide the plan: show it only once both are known.
        m_equivalent->setPlainText(tr("# Reading Exchange…"));
        m_equivalentNote->clear();
        updateButtons();
        return;
    }
    const ExchangePlan plan = equivalentPlan();
    if (plan.isEmpty()) {
        QString text;
        if (m_app.appId.isEmpty()) {
            text.clear();
        } else if (m_policyChoice->count() == 0) {
            // The app's name is tenant text inside a comment, its id a literal: both through TenantText.
            text = tr("# %1 has no RestrictAccess policy to translate. A role for the whole organization would be:\n"
                      "New-ManagementRoleAssignment -App %2 -Role 'Application Mail.Read'")
                       .arg(TenantText::forPowerShellComment(m_app.displayName), GraphPowerShell::quote(m_app.appId));
        } else {
            const int index = m_policyChoice->currentData().isValid() ? m_policyChoice->currentData().toInt() : -1;
            const QString dn
                = index >= 0 && index < m_policies.size() ? m_policies.at(index).scopeDistinguishedName : QString();
            QString refusal;
            if (!dn.isEmpty() && ExchangePlanner::rbacFilterForGroup(dn, &refusal).isEmpty()) {
                text = QStringLiteral("# ") + TenantText::forPowerShellComment(refusal);
            } else {
                text = tr("# The group's distinguished name is not known (Exchange could not be read), and "
                          "MemberOfGroup needs it.");
            }
        }
        m_equivalent->setPlainText(text);
        m_equivalentNote->clear();
        updateButtons();
        return;
    }
    m_equivalent->setPlainText(plan.powerShellScript());
    const int index = m_policyChoice->currentData().toInt();
    const QString group = m_policies.at(index).scopeName;
    m_equivalentNote->setText(ViewStyle::tenantText(directMembersWarning(group) + QLatin1Char(' ') + noteFor(group)));
    updateButtons();
}
