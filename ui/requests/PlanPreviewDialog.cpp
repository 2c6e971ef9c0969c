#include "PlanPreviewDialog.h"

#include "common/ViewStyle.h"
#include "consent/GraphPowerShell.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString applyText(GrantPlan::Purpose purpose, int count)
{
    switch (purpose) {
    case GrantPlan::Purpose::Block:
        return PlanPreviewDialog::tr("Block the app");
    case GrantPlan::Purpose::Rollback:
        return PlanPreviewDialog::tr("Roll back %n change(s)", nullptr, count);
    case GrantPlan::Purpose::Revoke:
        return PlanPreviewDialog::tr("Remove (%n change(s))", nullptr, count);
    case GrantPlan::Purpose::Restore:
        return PlanPreviewDialog::tr("Restore (%n change(s))", nullptr, count);
    case GrantPlan::Purpose::Grant:
        break;
    }
    return PlanPreviewDialog::tr("Apply %n change(s)", nullptr, count);
}

QString titleFor(const GrantPlan& plan)
{
    switch (plan.purpose) {
    case GrantPlan::Purpose::Block:
        return PlanPreviewDialog::tr("Block %1").arg(plan.clientDisplayName);
    case GrantPlan::Purpose::Rollback:
        return PlanPreviewDialog::tr("Roll back changes to %1").arg(plan.clientDisplayName);
    case GrantPlan::Purpose::Revoke:
        return PlanPreviewDialog::tr("Remove permissions from %1").arg(plan.clientDisplayName);
    case GrantPlan::Purpose::Restore:
        return PlanPreviewDialog::tr("Restore permissions of %1").arg(plan.clientDisplayName);
    case GrantPlan::Purpose::Grant:
        break;
    }
    return PlanPreviewDialog::tr("Grant permissions to %1").arg(plan.clientDisplayName);
}

} // namespace

PlanPreviewDialog::PlanPreviewDialog(const GrantPlan& plan, const QString& tenantId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("planPreviewDialog"));
    setWindowTitle(titleFor(plan));
    resize(780, 480);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("planIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString introText = plan.isEmpty() ? tr("Nothing to change: everything selected is already in place.")
                                       : tr("These %n change(s) will be made in the tenant, in this order. Each is "
                                            "recorded in the activity journal before it is sent.",
                                            nullptr,
                                            int(plan.operations.size()));
    if (plan.purpose == GrantPlan::Purpose::Grant && !plan.isEmpty()) {
        introText += QLatin1Char(' ') + tr("Existing permissions of the app are kept.");
    }
    if (!plan.note.isEmpty()) {
        introText += QStringLiteral("\n\n") + plan.note;
    }
    intro->setText(introText);
    layout->addWidget(intro);

    auto* tabs = new QTabWidget(this);
    auto* changes = new QTreeWidget(tabs);
    changes->setObjectName(QStringLiteral("planOperations"));
    changes->setHeaderLabels({tr("#"), tr("Change"), tr("Request")});
    changes->setRootIsDecorated(false);
    changes->setSelectionMode(QAbstractItemView::NoSelection);
    changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    changes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    changes->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    int n = 0;
    for (const PlannedOperation& op : plan.operations) {
        auto* item = new QTreeWidgetItem(changes);
        item->setText(0, QString::number(++n));
        item->setText(1, op.summary);
        item->setToolTip(1, op.summary);
        item->setText(2, QString::fromLatin1(op.method) + QLatin1Char(' ') + op.path);
        item->setToolTip(2, op.describeRequest());
        if (op.needsPrivilegedRole) {
            item->setToolTip(1,
                             op.summary + QLatin1Char('\n')
                                 + tr("Microsoft Graph application permission: needs Privileged Role Administrator "
                                      "or Global Administrator."));
        }
    }
    for (const Permission& p : plan.alreadyGranted) {
        auto* item = new QTreeWidgetItem(changes);
        item->setText(1, tr("No change: %1 (%2) is already granted").arg(p.value, p.resourceDisplayName));
        item->setForeground(1, palette().color(QPalette::PlaceholderText));
    }
    for (const QString& refused : plan.refused) {
        auto* item = new QTreeWidgetItem(changes);
        item->setText(1, tr("Not restored: %1").arg(refused));
        item->setToolTip(1, refused);
        item->setForeground(1, QColor(0xc4, 0x31, 0x4b));
    }
    for (const Permission& p : plan.notGrantable) {
        auto* item = new QTreeWidgetItem(changes);
        item->setText(1, tr("Skipped: %1 (%2) cannot be granted here").arg(p.value, p.resourceDisplayName));
        item->setForeground(1, QColor(0xc4, 0x31, 0x4b));
    }
    tabs->addTab(changes, tr("Changes"));

    auto* script = new QPlainTextEdit(tabs);
    script->setObjectName(QStringLiteral("planPowerShell"));
    script->setReadOnly(true);
    script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    script->setPlainText(GraphPowerShell::forPlan(plan, tenantId));
    tabs->addTab(script, tr("Microsoft Graph PowerShell"));
    layout->addWidget(tabs, 1);

    if (!plan.warnings.isEmpty()) {
        auto* warnings = new QLabel(plan.warnings.join(QLatin1Char('\n')), this);
        warnings->setObjectName(QStringLiteral("planWarnings"));
        warnings->setTextFormat(Qt::PlainText);
        warnings->setWordWrap(true);
        ViewStyle::makeNotice(warnings);
        layout->addWidget(warnings);
    }

    auto* buttons = new QDialogButtonBox(this);
    auto* copy = buttons->addButton(tr("Copy PowerShell"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPowerShellButton"));
    connect(copy, &QPushButton::clicked, this, [script] { QApplication::clipboard()->setText(script->toPlainText()); });
    if (!plan.isEmpty()) {
        m_apply
            = buttons->addButton(applyText(plan.purpose, int(plan.operations.size())), QDialogButtonBox::AcceptRole);
        m_apply->setObjectName(QStringLiteral("applyPlanButton"));
        m_apply->setAutoDefault(false);
    }
    auto* cancel = buttons->addButton(plan.isEmpty() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    cancel->setDefault(true); // a tenant write is never one Enter key away
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

PlanPreviewDialog* PlanPreviewDialog::powerShellOnly(const GrantPlan& plan, const QString& tenantId, QWidget* parent)
{
    auto* dialog = new PlanPreviewDialog(plan, tenantId, parent);
    dialog->setWindowTitle(tr("PowerShell for %1").arg(plan.clientDisplayName));
    if (dialog->m_apply) {
        dialog->m_apply->hide();
    }
    if (auto* tabs = dialog->findChild<QTabWidget*>()) {
        tabs->setCurrentIndex(1);
    }
    return dialog;
}
