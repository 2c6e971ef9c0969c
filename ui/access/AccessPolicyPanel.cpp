#include "AccessPolicyPanel.h"

#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "consent/GraphPowerShell.h"
#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/MailPermissionAudit.h"
#include "exchange/MailboxScoping.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { Access, Scope, ScopeKind, Description, Identity };

} // namespace

AccessPolicyPanel::AccessPolicyPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("policyTree"));
    m_tree->setAccessibleName(tr("Access policies of the app"));
    m_tree->setAccessibleDescription(tr("One row per Exchange application access policy of the selected app: whether "
                                        "it restricts or denies, and the group it applies to."));
    m_tree->setHeaderLabels({tr("Access"), tr("Scope"), tr("Scope is"), tr("Description"), tr("Identity")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    m_notes = ViewStyle::selectableLabel(this, "policyNotes");
    layout->addWidget(m_notes);
    m_powerShell = ViewStyle::selectableLabel(this, "policyPowerShell");
    m_powerShell->setWordWrap(false);
    m_powerShell->setStyleSheet(QStringLiteral("QLabel { font-family: monospace; color: palette(dark); }"));
    layout->addWidget(m_powerShell);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_remove = new QPushButton(tr("Remove policy…"), this);
    m_remove->setObjectName(QStringLiteral("removePolicy"));
    m_remove->setEnabled(false);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &AccessPolicyPanel::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &AccessPolicyPanel::removeSelected);
}

void AccessPolicyPanel::clear()
{
    m_app = {};
    m_policies.clear();
    m_warnings.clear();
    m_tree->clear();
    m_notes->clear();
    m_powerShell->clear();
    updateButtons();
}

void AccessPolicyPanel::setApp(const MailboxApp& app, const AccessPolicyModel& model, bool exchangeUnreadable)
{
    clear();
    m_app = app;
    m_policies = model.policiesFor(app.appId);
    m_powerShell->setText(QStringLiteral("PS> Get-ApplicationAccessPolicy | Where-Object AppId -eq %1")
                              .arg(GraphPowerShell::quote(app.appId)));
    const StateColorPalette palette;
    for (int i = 0; i < m_policies.size(); ++i) {
        const auto& p = m_policies.at(i);
        const auto* scope = model.node(p.scopeObjectId);
        QString kind = tr("not found in the directory");
        if (scope) {
            if (scope->kind == AccessPolicyModel::Node::Kind::User) {
                kind = tr("a mailbox");
            } else if (scope->mailEnabled && scope->securityEnabled) {
                kind = tr("a mail-enabled security group");
            } else {
                kind = tr("a group that is not mail-enabled security");
            }
        }
        auto* item = new QTreeWidgetItem(
            m_tree,
            ViewStyle::tenantText(QStringList {ApplicationAccessPolicy::accessRightName(p.accessRight),
                                               p.scopeName,
                                               kind,
                                               p.description,
                                               p.identity}));
        item->setData(Access, Qt::UserRole, i);
        item->setForeground(
            Access, palette.color(p.isDeny() ? StateColorPalette::Role::Danger : StateColorPalette::Role::Success));
        for (const auto& w : AccessPolicyEvaluator::scopeWarnings(model, p)) {
            m_warnings.append(QStringLiteral("⚠ ") + w);
            item->setToolTip(ScopeKind, ViewStyle::plainToolTip(w));
        }
    }
    if (exchangeUnreadable) {
        new QTreeWidgetItem(m_tree, {tr("Unknown"), tr("Exchange could not be read (see above)")});
    } else if (m_policies.isEmpty()) {
        new QTreeWidgetItem(
            m_tree,
            {tr("None"),
             ViewStyle::tenantText(tr("%1 reaches every mailbox: use \"Scope an app…\"").arg(app.displayName))});
    }
    m_notes->setText(ViewStyle::tenantText(m_warnings.join(QLatin1Char('\n'))));
}

void AccessPolicyPanel::setPermissions(const QList<GrantedPermission>& permissions)
{
    QStringList notes = m_warnings;
    notes.append(MailPermissionAudit::accessPolicyNotes(m_app.displayName, permissions));
    m_notes->setText(ViewStyle::tenantText(notes.join(QStringLiteral("\n"))));
}

void AccessPolicyPanel::setCanWrite(bool allowed, const QString& reason)
{
    m_canWrite = allowed;
    m_remove->setToolTip(ViewStyle::plainToolTip(allowed ? QString() : reason));
    updateButtons();
}

void AccessPolicyPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void AccessPolicyPanel::updateButtons()
{
    m_remove->setEnabled(m_canWrite && !m_busy && !m_tree->selectedItems().isEmpty());
}

void AccessPolicyPanel::removeSelected()
{
    const auto items = m_tree->selectedItems();
    if (items.isEmpty() || !items.first()->data(Access, Qt::UserRole).isValid()) {
        return;
    }
    const int i = items.first()->data(Access, Qt::UserRole).toInt();
    if (i < 0 || i >= m_policies.size()) {
        return;
    }
    ExchangePlan plan = ExchangePlanner::removePolicy(m_policies.at(i));
    plan.warnings.append(MailboxScoping::removalWarnings(m_policies.at(i), m_policies, m_app));
    emit planRequested(plan);
}
